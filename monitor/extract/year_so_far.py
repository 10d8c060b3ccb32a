"""A flow told "during the year" of a year not yet over is year to date, not the year.

"During the year, Riot has sold 500 BTC" names the year; in a story of July, or in a June
update, the year has not ended, so the figure is the year so far, which no label names (README
"What is NOT labelled": year-to-date totals that are not a whole named period; decided case 42
for the six months of a second quarter's report). The same words in a December update, a
full-year release or a story early in the next year are the whole year, and a first quarter's
"year so far" is the quarter itself (`context._year_so_far` already dates it so).

The year is over when the period the story reports (its report, lead, document or topic
period, else its publication month: `DocContext.fallback`) ends on or after the year's last day.
"""

from __future__ import annotations

from monitor.vocabulary.metrics import (
    BTC_PRODUCED,
    BTC_SALE_PROCEEDS,
    BTC_SOLD,
    DEBT_ISSUED,
    DEBT_REPAID,
    INTEREST_EXPENSE,
)
from monitor.vocabulary.periods import Period

from .context import DocContext
from .model import Extracted
from .sentences import Segment

# Figures of a span; a balance "at the end of the year" is dated, not summed.
_FLOWS = (BTC_SOLD, BTC_PRODUCED, BTC_SALE_PROCEEDS, DEBT_ISSUED, DEBT_REPAID, INTEREST_EXPENSE)

# How `periods` marks "during / in / for / over the (full) (fiscal) year".
_THE_YEAR = "report-year"


def without_year_so_far(
    segment: Segment, ctx: DocContext, found: list[Extracted]
) -> list[Extracted]:
    """`found` (the sentence's figures) without the flows dated by its "during the year"
    when that year was not over at the end of the period the story reports."""
    # (cheap: most sentences tell no figure; a year's label is four digits, and few sentences
    # date a flow by a year)
    if not found or not any(
        item.metric in _FLOWS and len(item.period or "") == 4 for item in found
    ):
        return found
    open_years = {
        period.label()
        for mention in ctx.mentions(segment)
        if mention.relative == _THE_YEAR
        and (period := ctx.absolute(mention)) is not None
        and _not_over(period, ctx)
    }
    if not open_years:
        return found
    return [item for item in found if not (item.metric in _FLOWS and item.period in open_years)]


def _not_over(period: Period, ctx: DocContext) -> bool:
    """Is `period` a year that ends after the period the story reports?"""
    if period.granularity != "year":
        return False
    story = ctx.fallback()
    return story is not None and story.last_day() < period.last_day()
