"""A date's year read as a coin count: "Bitcoin Holdings as of December 9, 2024\\nTotal …".

A heading that ends with a date, followed by a line that opens with the coins' name ("2024\\n
Bitcoin Holdings", "March 31, 2025\\nBTC held"), puts a year right before a BTC unit. A year
(1990–2039, printed without a thousands comma) is no coin count when a day and month stand
before it ("December 9, 2024", "9 December 2024", "Dec. 9, 2024") or when a line break stands
between it and the unit. A count is still read: "mined 2,024 BTC", "held 2024 BTC" (no date
before it, the unit on the same line).
"""

from __future__ import annotations

import re

from .folded import MONTH_WORD

_YEAR = re.compile(r"(?:199\d|20[0-3]\d)")
# "December 9, " / "Dec. 9 " / "9 December " / "9th of December, " right before the year
_DAY_AND_MONTH_BEFORE = re.compile(
    rf"(?:\b{MONTH_WORD}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?|\b\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?{MONTH_WORD}\.?,?)\s*$",
    re.IGNORECASE,
)
_DATE_REACH = 24


_SPACE_AFTER = re.compile(r"\s*")


def is_date_year(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is a year of a date, or a year that ends its line (the unit after it
    opens the next line), not a quantity of coins."""
    if _YEAR.fullmatch(text, start, end) is None:
        return False  # (cheap: most figures are no bare year)
    space = _SPACE_AFTER.match(text, end)
    if space is not None and "\n" in space.group():
        return True
    return _DAY_AND_MONTH_BEFORE.search(text, max(0, start - _DATE_REACH), start) is not None
