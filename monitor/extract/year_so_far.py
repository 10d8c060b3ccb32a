"""A flow told "during the year" of a year not yet over is year to date, not the year.

"During the year, Riot has sold 500 BTC" names the year; in a story of July, or in a June
update, the year has not ended, so the figure is the year so far, which no label names (README
"What is NOT labelled": year-to-date totals that are not a whole named period; decided case 42
for the six months of a second quarter's report). "So far in 2025", "throughout 2023" and a
named year whose flow is told in the present perfect ("In 2023 alone, Marathon has produced a
total of 8,610 BTC" in October 2023) say the same of that year; a figure that names its own
month or quarter ("In 2023, the company has mined 1,187 BTC in September") is not the year's.
The same words in a December update, a full-year release or a story early in the next year are
the whole year, and a first quarter's "year so far" is the quarter itself
(`context._year_so_far` already dates it so).

The year is over when the period the story reports (its report, lead, document or topic
period, else its publication month: `DocContext.fallback`) ends on or after the year's last day.
A fiscal year is not the calendar's: "During the fiscal year, HIVE mined 1,414 BTC" in June is
HIVE's whole year (ended March 31) when the document says so, by a past end day ("for the
fiscal year ended March 31, 2025") or in words ("HIVE ended its fiscal year with …"), and still
the year so far when it names the year's end ahead ("the fiscal year ending March 31, 2026").
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
from .fiscal_year_end import fiscal_year_over
from .folded import Folded
from .model import Extracted
from .periods import Mention
from .sentences import Segment

# Figures of a span; a balance "at the end of the year" is dated, not summed.
_FLOWS = (BTC_SOLD, BTC_PRODUCED, BTC_SALE_PROCEEDS, DEBT_ISSUED, DEBT_REPAID, INTEREST_EXPENSE)

# How `periods` marks "during / in / for / over the (full) year" and "… the fiscal year".
_THE_YEAR = "report-year"
_THE_FISCAL_YEAR = "report-fiscal-year"


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
        if (
            mention.relative in (_THE_YEAR, _THE_FISCAL_YEAR)
            or _so_far(segment.text, mention)
            or _counted_so_far(segment.text, mention)
        )
        and (period := ctx.absolute(mention)) is not None
        and _not_over(period, ctx, fiscal=mention.relative == _THE_FISCAL_YEAR)
    }
    if not open_years:
        return found
    return [item for item in found if not (item.metric in _FLOWS and item.period in open_years)]


# A year named with words of a span still running: "Throughout 2023, Greenidge has … reduced
# its overall debt by $85.3 million" (in November 2023), "so far in 2025", "2025 to date".
_SO_FAR_BEFORE = Folded(r"\b(?:throughout|so\s+far\s+in|thus\s+far\s+in|to\s+date\s+in)\s+$")
_SO_FAR_AFTER = Folded(r"\s+(?:so\s+far|to\s+date|thus\s+far|year[- ]to[- ]date)\b")
_SO_FAR_OPENING = Folded(r"(?:throughout|so\s+far\s+in|thus\s+far\s+in)\s")
_SO_FAR_REACH = 25


def _so_far(text: str, mention: Mention) -> bool:
    """Does the sentence name the year of `mention` as a span still running (the year's own
    end is then checked against the story's period, `_not_over`)?"""
    return (
        _SO_FAR_BEFORE.search(text, max(0, mention.start - _SO_FAR_REACH), mention.start)
        is not None
        or _SO_FAR_OPENING.match(text, mention.start) is not None  # (the phrase holds the word)
        or _SO_FAR_AFTER.match(text, mention.end) is not None
    )


# "In 2023 alone, Marathon has produced a total of 8,610 BTC", "During 2025 it has sold 500
# BTC" (told before the year is over): a year named, then a flow in the present perfect, which
# counts what the year has brought so far. Not "for fiscal 2025" (the mention opens with
# "fiscal": the issuer's year, which may be over) nor "has mined 1,187 BTC in September" (the
# figure names its own month: its period is not the year, so it stays).
_YEAR_OPENING = Folded(r"(?:in|during|for)\s+(?:calendar\s+(?:year\s+)?)?20\d\d\b")
_PERFECT_AFTER = Folded(
    r"[^.;]{0,80}?\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:produced|mined|"
    r"sold|earned|generated|liquidated)\b"
)


def _counted_so_far(text: str, mention: Mention) -> bool:
    """Does the sentence tell a flow of the year of `mention` in the present perfect?"""
    return (
        _YEAR_OPENING.match(text, mention.start, mention.end) is not None
        and _PERFECT_AFTER.match(text, mention.end) is not None
    )


def _not_over(period: Period, ctx: DocContext, *, fiscal: bool) -> bool:
    """Is `period` a year that ends after the period the story reports? For the issuer's
    fiscal year (`fiscal`), what the document says of its end decides when it says anything
    (`fiscal_year_end.fiscal_year_over`): a fiscal year ended in March is over in June."""
    if period.granularity != "year":
        return False
    if fiscal:
        over = fiscal_year_over(ctx.text or "", ctx.published)
        if over is not None:
            return not over
    story = ctx.fallback()
    return story is not None and story.last_day() < period.last_day()
