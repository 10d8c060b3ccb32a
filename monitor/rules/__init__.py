"""Rules: condition kinds (registered into CONDITIONS), rule files, and the engine."""

from __future__ import annotations

from monitor.registry import Registry
from monitor.rules.base import Condition

CONDITIONS: Registry[Condition] = Registry("condition")

# Imported for their registration side effect, after CONDITIONS exists.
from monitor.rules.conditions import price_cross  # noqa: E402, F401
