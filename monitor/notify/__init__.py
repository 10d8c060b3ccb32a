"""Delivery channels (registered into CHANNELS), rendering, and the outbox dispatcher."""

from __future__ import annotations

from monitor.notify.base import Channel
from monitor.registry import Registry

CHANNELS: Registry[Channel] = Registry("channel")

# Imported for their registration side effect, after CHANNELS exists.
from monitor.notify import apprise_channel, email, webhook  # noqa: E402, F401
