"""Rules: condition kinds (registered into CONDITIONS), rule files, and the engine."""

from __future__ import annotations

from monitor.registry import Registry
from monitor.rules.base import Condition

CONDITIONS: Registry[Condition] = Registry("condition")

# Imported for their registration side effect, after CONDITIONS exists.
from monitor.rules.conditions import (  # noqa: E402, F401
    absence,
    change,
    combine,
    mention,
    new_event,
    onchain_holdings,
    onchain_outflow,
    price_cross,
    price_move,
    threshold,
)
