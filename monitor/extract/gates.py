"""Cheap pre-checks that let a pattern family skip sentences it cannot match.

A gate is one compiled alternation of plain substrings, searched in the lowercased sentence:
a single C-level scan, much cheaper than the detailed patterns it protects. Gates only ever
skip work; every figure is still decided by the detailed patterns and guards.
"""

from __future__ import annotations

import re


def any_of(*words: str) -> re.Pattern[str]:
    """A gate matching any of `words` (lowercase substrings)."""
    return re.compile("|".join(re.escape(word) for word in words))
