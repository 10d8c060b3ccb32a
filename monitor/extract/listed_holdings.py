"""A holding on a monthly update's list line stands at the month's last day.

"Bitcoin Holdings: 351 BTC", "• Held 1,005 BTC in treasury", a holdings row: a monthly
update's summary lists the month's flows and, beside them, the closing balance (README,
decided case 21, case 14's rule for a named period). A line that states its own date ("as of
April 15") keeps it; a holding in the update's prose with no date keeps the report's label.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .balance_dates import stock_date
from .sentences import Segment

if TYPE_CHECKING:
    from .context import DocContext

# What opens a list line before its text: a bullet or dash (and the spaces around it).
_BULLET_PREFIX = re.compile(r"[ \t]*[•·▪◦●*–-][ \t•·▪◦●*–-]*")


def listed_day(ctx: DocContext, segment: Segment, label: str | None) -> str | None:
    """`label`, or the reported month's last day for an undated holding on a list line."""
    report = ctx.report
    if label is None or report is None or report.granularity != "month":
        return label
    if label != report.label() or not _on_list_line(ctx, segment):
        return label
    day = stock_date(report)
    if ctx.published is not None and day.last_day() > ctx.published:
        return label  # a month not yet closed when published: no closing balance
    return day.label(as_of=True)


def _on_list_line(ctx: DocContext, segment: Segment) -> bool:
    """Is the segment a table or "Label: value" row, or the first sentence of a bulleted line?"""
    if segment.is_row:
        return True
    text = ctx.text
    if not text:
        return False
    prefix = text[text.rfind("\n", 0, segment.start) + 1 : segment.start]
    return _BULLET_PREFIX.fullmatch(prefix) is not None
