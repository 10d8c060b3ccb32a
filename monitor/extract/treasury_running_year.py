"""A flow of the year still running, told in the present perfect: a year-to-date total.

"In 2023 alone, Marathon has produced a total of 8,610 BTC" in an October 2023 story counts
the coins so far this year (README: year-to-date totals are not labelled); the year is not a
whole period until it is over. A past tense ("mined 8,610 BTC in 2023", published in 2024)
or an earlier year is a whole year's figure, and a fiscal year may end before publication.
"""

from __future__ import annotations

import datetime as dt

from .folded import Folded

# "In 2023 alone, … has produced", "So far in 2024 the company has mined", "During 2025 it has
# sold": the year named before the figure, the verb in the present perfect.
_YEAR_THEN_PERFECT = Folded(
    r"\b(?:in|during|for|throughout|so\s+far\s+in|since\s+the\s+start\s+of)\s+(?P<y>20\d\d)\b"
    r"[^.;]{0,80}?\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:produced|mined|sold|"
    r"earned|generated|liquidated)\s+(?:a\s+total\s+of\s+|some\s+|about\s+|approximately\s+|"
    r"around\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+)*$"
)
_REACH = 160


def is_running_year(text: str, qty_start: int, published: dt.date | None) -> bool:
    """The figure at `qty_start` is the publication year's flow so far."""
    if published is None or str(published.year) not in text:
        return False
    found = _YEAR_THEN_PERFECT.search(text, max(0, qty_start - _REACH), qty_start)
    return found is not None and int(found["y"]) == published.year and "fiscal" not in found[0]
