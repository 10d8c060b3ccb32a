"""Source kinds. Each module registers its kind into SOURCES; importing this package loads all."""

from __future__ import annotations

from monitor.registry import Registry
from monitor.sources.base import Source

SOURCES: Registry[Source] = Registry("source")

# Imported for their registration side effect, after SOURCES exists.
import monitor.sources.edgar  # noqa: E402, F401
from monitor.sources import btc_address, crypto_spot, feed, html_page, stock_price  # noqa: E402, F401
