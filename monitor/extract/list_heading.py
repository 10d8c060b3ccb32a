"""The period a heading names over the list a row belongs to.

A release that reports two periods gives each its own list: "Q1 2025 Financial Results /
Highlights / - Bitcoin Mined: 97 …", then "Preliminary February Operational Results / - Bitcoin
Mined: 27 BTC / - Bitcoin Holdings: 443 BTC". The rows of the second list report February (README:
the period the text names for them), not the release's quarter. Prose learns a heading as it
reads (`DocContext.note_heading`), but rows are read first, so a row looks back itself: over the
list's items and their wrapped lines, up to the first line that is no item. When that line is a
heading naming one period, the row is that period's; any other line ends the look-back (the
list's heading names no period, and the rows keep the report's). A sentence that leads into the
list with a colon and names one period ("Riot's full-year performance in 2023 was defined by
…:") heads it as well.
"""

from __future__ import annotations

import re

from monitor.vocabulary.periods import Period

from .context import DocContext, heading_period
from .periods import find_mentions
from .sentences import Segment

# A list item's opening: a bullet, or a "Label: value" line.
_ITEM = re.compile(r"[ \t]*(?:[-•·▪◦●*–]\s|[A-Z][^:|\n]{1,60}:\s*\S)")
# A line wrapped from the item above: it opens in lower case or on a figure, or it only closes
# the item's bracket ("September)", "30)").
_WRAPPED = re.compile(r"[ \t]*(?:[a-z0-9(),;$]|[^()\n]{0,40}\)[ \t.;]*$)")
_MAX_LINES = 12
_MAX_LEAD_IN = 160
# A lead-in that names a span no whole period covers (README: cumulative, year-to-date totals).
_SPAN = re.compile(
    r"\b(?:since|to\s+date|year[- ]to[- ]date|ytd|so\s+far|cumulative|(?:nine|9)\s+months)\b",
    re.IGNORECASE,
)
_MAX_CHARS = 1500


def heading_over(ctx: DocContext, row: Segment) -> Period | None:
    """The period of the heading right over the list holding `row`, if it names one."""
    text = ctx.text
    if text is None or row.start <= 0:
        return None
    end = text.rfind("\n", max(0, row.start - _MAX_CHARS), row.start)
    for _ in range(_MAX_LINES):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            return None
        # (a month the heading names is the latest one not after publication, README: a
        # quarterly release's monthly list names a month after the quarter it reports)
        named = heading_period(line.strip(" \t-•·▪◦●*–"), ctx.published or ctx.reference)
        if named is None and line.rstrip().endswith(":"):
            named = _lead_in_period(line, ctx)
        if named is not None or not (_ITEM.match(line) or _WRAPPED.match(line)):
            return named
        end = start - 1
    return None


def _lead_in_period(line: str, ctx: DocContext) -> Period | None:
    """ "Riot's full-year performance in 2023 was defined by …:": a sentence that leads into
    the list with a colon, naming one period (not a day), is the list's period too."""
    if len(line) > _MAX_LEAD_IN or _SPAN.search(line):
        return None  # "During the nine months ended September 30, 2024, …:" a running total
    periods = {m.period for m in find_mentions(line, ctx.published or ctx.reference) if m.period}
    if len(periods) != 1:
        return None
    period = periods.pop()
    return None if period.is_date else period


# "New Hut is expected to have: / • 220 MW of hosting infrastructure …": a list that leads in
# with an expectation tells a forecast (of a combined company not yet formed): none of its
# items is a level of the company's now.
_FORECAST_LEAD_IN = re.compile(
    r"\b(?:(?:is|are)\s+expected\s+to|expects?\s+to|will|would|pro\s+forma|on\s+a\s+combined\s+"
    r"basis|upon\s+(?:completion|closing))\b[^:\n]{0,60}:\s*$",
    re.IGNORECASE,
)
# A list item's line: a bullet, or a flattened table's cell ("|•", "|220 MW of hosting …").
_ITEM_LINE = re.compile(r"[ \t]*(?:\||[-•·▪◦●*–](?:\s|$))")


def under_forecast_lead_in(document: str | None, start: int) -> bool:
    """Is the list item at `start` of `document` under a lead-in that tells an expectation?"""
    if document is None or start <= 0:
        return False
    end = document.rfind("\n", max(0, start - _MAX_CHARS), start)
    for _ in range(_MAX_LINES * 2):  # (a flattened list spends a line on each bullet)
        if end < 0:
            return False
        line_start = document.rfind("\n", 0, end) + 1
        line = document[line_start:end]
        if not line.strip():
            return False
        if not _ITEM_LINE.match(line):
            return len(line) <= _MAX_LEAD_IN and _FORECAST_LEAD_IN.search(line) is not None
        end = line_start - 1
    return False
