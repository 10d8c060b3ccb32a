"""A units line's scale stated for shares, not money: "shares in Millions, $ in Thousands".

An SEC R page prints its units under the title, one clause per kind of figure: "$ in Thousands",
"shares in Millions, $ in Thousands", "In Thousands, except Share data". Only a money clause (or
a bare "In Thousands") scales the money rows; the "shares in Millions" clause scales the share
counts. Shared by the readers that take a scale from such a line (`xbrl_statements`,
`table_money`).
"""

from __future__ import annotations

import re

# The words before a scale word that make it the shares' clause ("shares in ").
_SHARES_BEFORE = re.compile(r"\bshares?\s+in\s+$", re.IGNORECASE)
_LOOK_BACK = 12


def for_shares(text: str, at: int) -> bool:
    """Is the scale word at `at` in `text` ("Millions") the scale of a "shares in" clause?"""
    if at <= 0:
        return False
    return _SHARES_BEFORE.search(text, max(0, at - _LOOK_BACK), at) is not None
