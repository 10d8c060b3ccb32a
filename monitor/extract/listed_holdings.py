"""A holding on a periodic report's list line stands at the period's last day.

"Bitcoin Holdings: 351 BTC", "Bitcoin balance: 341 BTC", a holdings row: a monthly update's
summary lists the month's flows and, beside them, the closing balance (README, decided case
21, case 14's rule for a named period); a quarterly release's highlights list does the same
for its quarter (case 25). A noun-phrase line ("BTC holdings of 140.5 valued at ~$13.3M") is
such a line too; a summary with no report period of its own lists the month it names most.
A line that states its own date ("as of April 15")
keeps it; a holding in the update's prose with no date, a bullet that is a sentence ("Riot
held 7,309 BTC") included, keeps the report's label.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .balance_dates import stock_date
from .sentences import Segment

if TYPE_CHECKING:
    from .context import DocContext

# A list line that is a label and its figure: "Bitcoin Holdings: 351 BTC", "Total BTC holdings
# – 2,210 BTC", "BTC held — 1,005".
_LABELLED = re.compile(
    r"[^:–—.;]{0,40}?\b(?:holdings?|balance|held|treasury|reserves?|HODL)\s*(?::|[–—-]{1,2})\s*"
    r"(?:approximately\s+|approx\.\s+|about\s+|~\s*)?\d",
    re.IGNORECASE,
)

# A list line that is a noun phrase: "BTC holdings of 140.5 valued at ~$13.3M", "Total bitcoin
# holdings of 1,204 BTC at an estimated value of $80M". A summary writes the label and its
# figure this way as often as with a colon; with a verb ("holdings of 140.5 were up 9%") the
# line is a sentence, read as prose (case 26).
_NOUN_LINE = re.compile(
    r"[-–—•*]?\s{0,3}(?:total\s+)?(?:bitcoin|btc)\s+holdings\s+of\s+"
    r"(?:approximately\s+|about\s+|~\s*)?\d",
    re.IGNORECASE,
)
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|stood|stands|rose|fell|grew|increased|decreased|"
    r"declined|climbed|dropped|reached|remained|remains|totall?ed)\b",
    re.IGNORECASE,
)


def listed_day(ctx: DocContext, segment: Segment, label: str | None) -> str | None:
    """`label`, or the reported month's or quarter's last day for an undated holding on a
    list line."""
    # (with no report period, the month or quarter the document names most: a filing
    # summary's "mined 7.3 BTC in October" bullets)
    report = ctx.report or ctx.document
    if segment.is_row and report is not None:
        from .list_heading import heading_over  # (at call time: it reads `context`)

        report = heading_over(ctx, segment) or report  # a list under its own period's heading
    if label is None or report is None or report.granularity not in _PERIODIC:
        return label
    if label != report.label() or not _on_list_line(ctx, segment):
        return label
    day = stock_date(report)
    if ctx.published is not None and day.last_day() > ctx.published:
        return label  # a period not yet closed when published: no closing balance
    return day.label(as_of=True)


_PERIODIC = frozenset({"month", "quarter"})  # a year's list is a 10-K's, read as prose


def _on_list_line(ctx: DocContext, segment: Segment) -> bool:
    """Is the segment a table or "Label: value" row, or a labelled list line ("Total BTC
    holdings – 2,210 BTC")? A bullet that is a sentence ("Riot held 7,309 BTC") is prose."""
    text = segment.text
    if segment.is_row or _LABELLED.match(text) is not None:
        return True
    return _NOUN_LINE.match(text) is not None and _FINITE_VERB.search(text) is None
