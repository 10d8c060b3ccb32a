"""A release of the fourth quarter and the full year: its one-off flows are the year's.

"TeraWulf … announced its financial results for the fourth quarter and full year ended December
31, 2024": the report covers both periods. A flow the release tells with no period of its own
("our $500 million oversubscribed convertible debt offering", "prepaid C$4.6 million of
convertible debentures") takes the report's period (README decided case 7), and of the two the
release names, the year is the one such a flow belongs to: the quarter is a part of it, and
the text does not say the flow fell in it. A section heading's quarter ("Fourth Quarter 2024
Highlights") still dates the lines under it, and a flow whose sentence names a period keeps it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .folded import Folded
from .periods import Period

if TYPE_CHECKING:
    from .context import DocContext

# "fourth quarter and full year", "Q4 and full-year 2024", "fourth quarter and full fiscal-year",
# "fourth quarter and fiscal year 2025"
_QUARTER_AND_YEAR = Folded(
    r"\b(?:fourth[\s-]+quarter|q4)\s+and\s+(?:the\s+)?(?:full[\s-]+(?:fiscal[\s-]+)?year|"
    r"(?:fiscal|financial)[\s-]+year|fy)\b"
)
_HEAD_CHARS = 600


def annual_flow(ctx: DocContext, label: str | None) -> str | None:
    """The year's label for a flow dated by a fourth-quarter-and-full-year report's quarter."""
    report = ctx.report
    if label is None or report is None or report.quarter != 4 or ctx.section is not None:
        return label
    if label != report.label() or ctx.text is None:
        return label
    if _QUARTER_AND_YEAR.search(ctx.text[:_HEAD_CHARS]) is None:
        return label
    return Period.of_year(report.year).label()
