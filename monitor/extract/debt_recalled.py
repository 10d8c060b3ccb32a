"""Debt figures of an earlier period that a document recalls as background.

README decided case 1: a document reports its own period and its own events. "In January,
Marathon said it fully paid off $30 million in December" in a March story, "As of March 31,
Hut 8 had $65 million outstanding" in a June story about a new facility, "the Group issued a
US$30.0 million promissory note on July 23, 2021" in a FY2024 annual report: each names its
own (earlier) period, and none is labelled. A figure is recalled when its period ended before
the document's own period began: the report's period, and the few months before the month of
publication that news of a deal or a quarter's balance runs behind it.
"""

from __future__ import annotations

import datetime as dt
import re

from monitor.vocabulary.periods import Period

from .filing_note_period import note_period
from .folded import Folded
from .model import DEBT_ISSUED, DEBT_REPAID, DEBT_TOTAL, INTEREST_EXPENSE, Extracted

_DEBT = (DEBT_TOTAL, DEBT_ISSUED, DEBT_REPAID, INTEREST_EXPENSE)


# How many whole months before the month of publication a document's own events may lie (news
# runs a few weeks behind a deal or a repayment).
_MONTHS_BEHIND = 2


# A subsequent-events note's heading opens the text; its events lie within the year before
# the filing.
_NOTE_HEAD = 300
_NOTE_BEHIND = 12


# Where one sentence ends and another begins.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S|\n\s*\S")


# How far back a flow or a balance may lie before publication and still be the document's own
# unless its sentence recalls it: a deal is reported within weeks, a quarter's balance up to a
# quarter after its date ("as of September 30" in a December story).
_FLOW_BEHIND = 3
_BALANCE_BEHIND = 4


# A sentence that recalls an earlier report or state: "Earlier, in April, …, reducing the
# balance to $76 million at that time", "In its third-quarter Form 10-Q, Hut 8 disclosed that
# it had $130 million outstanding", "… outstanding under that facility" (the one replaced).
_RECALLS = Folded(
    r"\b(?:earlier|previously|at\s+that\s+time|at\s+the\s+time|"
    # "In January, Marathon said that it fully paid off $30 million … in December"
    r"(?:in|on)\s+(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b[^.;]{0,30}?,?\s+(?:[\w'’.&-]+\s+){0,3}?(?:said|reported|announced|"
    r"disclosed|stated)\b|"
    r"in\s+(?:its|the|their|a)\s+(?:[\w-]+\s+){0,3}?(?:form\s+)?(?:10-q|10-k|20-f|6-k|filing|"
    r"quarterly\s+report|annual\s+report|update|release)\b|"
    # "Hut 8 disclosed about $130 million outstanding … in its Q3", "reported in its
    # third-quarter results": a figure told by an earlier quarter's report
    r"(?:said|reported|disclosed|stated|showed|listed)\b[^.;]{0,100}?\bin\s+(?:its|the|their)\s+"
    r"(?:latest\s+|last\s+|most\s+recent\s+)?(?:q[1-4]|h[12]|(?:first|second|third|fourth)"
    r"[-\s]quarter|quarterly|half-year|interim)\b|"
    r"(?:that|the\s+prior|the\s+previous|the\s+old|the\s+original|the\s+replaced)\s+"
    r"(?:facility|loan|agreement|arrangement|credit\s+line|line\s+of\s+credit))"
)


# A figure told from an earlier report by a news story: "In Q4 of 2021, Argo also raised £29.6
# million …, according to its annual earnings report" (in a May 2022 story about a new loan).
# Months before publication, it is recalled whatever period the story seems to report.
_FROM_EARLIER_REPORT = Folded(
    r"\baccording\s+to\s+(?:its|the|their|a)\s+(?:[\w-]+\s+){0,3}?(?:report|filing|10-q|10-k|"
    r"20-f|results)\b"
)


# A report's balances may be dated at the end of the quarter it is named for, which an issuer's
# fiscal name ("first quarter 2023" for the quarter ended December 31, 2022) puts before it.
_BALANCE_SLACK = 3


def recalled(
    found: list[Extracted], text: str, published: dt.date | None, own: Period | None
) -> list[Extracted]:
    """Debt figures dated before the document's own period (see the module docstring)."""
    if published is None or not _SENTENCE_BREAK.search(text.strip()):
        return []  # one sentence states its own periods: there is no document to recall from
    if (
        own is not None
        and own.last_day() < _months_before(published, _REPORT_LAG)
        and own != note_period(text)
    ):
        # a "report period" long before publication was read from a recalled date; a filing
        # note's heading ("12 Months Ended | Dec. 31, 2023") names its own period however late
        # the filing (an amended 10-K/A a year on)
        own = None
    dropped: list[Extracted] = []
    # A filing's subsequent-events note tells the events after its period up to the filing:
    # its flows are its own, however long the filing came after (not recalled unless the
    # sentence says so).
    note_start = (
        _months_before(published, _NOTE_BEHIND)
        if "subsequent event" in text[:_NOTE_HEAD].lower()
        else None
    )
    widest_of = _WidestLatest(found, own)
    for item in found:
        if item.metric not in _DEBT:
            continue
        period = Period.parse(item.period)
        if period is not None and _is_recalled(item, period, published, widest_of, note_start):
            dropped.append(item)
    return dropped


def _is_recalled(
    item: Extracted,
    period: Period,
    published: dt.date,
    widest_of: _WidestLatest,
    note_start: dt.date | None,
) -> bool:
    """Is one debt figure dated before the document's own period (`note_start`: where a
    subsequent-events note's reach begins, when the document has one)?"""
    # (a flow's own period does not make itself the document's: "secured a new $35 million
    # from Galaxy" in 2022, told in a 2024 story, is recalled)
    stock = item.metric in (DEBT_TOTAL, INTEREST_EXPENSE)
    widest = widest_of.all() if stock else widest_of.without(item)
    own_start = widest.first_day() if widest is not None else None
    start = _months_before(published, _MONTHS_BEHIND)
    if own_start is not None:
        start = min(start, _months_before(own_start, _BALANCE_SLACK if stock else 0))
    if (
        item.metric != DEBT_TOTAL
        and period.last_day() < _months_before(published, _FLOW_BEHIND)
        and "according" in item.evidence
        and _FROM_EARLIER_REPORT.search(item.evidence)
    ):
        return True
    if period.last_day() >= start and not _then_before_publication(item, period, published):
        return False
    if (
        note_start is not None
        and not stock
        and period.first_day() >= note_start
        and not _RECALLS.search(item.evidence)
    ):
        return False  # "SUBSEQUENT EVENTS … In July 2023, … the Group has repaid US$7 million"
    # Between the two reaches, only a sentence that recalls the figure makes it earlier.
    reach = _BALANCE_BEHIND if stock else _FLOW_BEHIND
    in_reach = period.last_day() >= _months_before(published, reach)
    return not (in_reach and not _RECALLS.search(item.evidence))


# How long after its period a report is published, at most (an annual report: ~4 months).
_REPORT_LAG = 6


# Periods that span a report (not one month or day).
_REPORT_SPANS = ("quarter", "half", "nine_months", "year")


class _WidestLatest:
    """The document's own period: its report's, else the latest quarter, half or year its
    figures are stated for (a FY2024 annual report's borrowings note: "During the year ended
    December 31, 2024, … converted US$8.0 million"), of all figures or of all but one. Found
    once for the document, not once per figure (a thousand figures would read a million)."""

    def __init__(self, found: list[Extracted], own: Period | None) -> None:
        self._own = own
        self._spans: list[tuple[Extracted, Period]] = []
        if own is None:
            for item in found:
                period = Period.parse(item.period)
                if period is not None and period.granularity in _REPORT_SPANS:
                    self._spans.append((item, period))
        self._widest = _latest(self._spans)
        # (the first latest one's figure: leaving out another figure leaves it the answer)
        self._holder = self._widest[0] if self._widest else None
        self._runner_up = _latest([span for span in self._spans if span[0] is not self._holder])

    def all(self) -> Period | None:
        if self._own is not None:
            return self._own
        return self._widest[1] if self._widest else None

    def without(self, item: Extracted) -> Period | None:
        """The same, with `item` left out (a flow's own period is not the document's)."""
        if self._own is not None or item is not self._holder:
            return self.all()
        return self._runner_up[1] if self._runner_up else None


def _latest(spans: list[tuple[Extracted, Period]]) -> tuple[Extracted, Period] | None:
    """The first span ending last (as `max` picks among ties)."""
    return max(spans, key=lambda span: span[1].last_day(), default=None)


def _months_before(day: dt.date, months: int) -> dt.date:
    """The first day of the month `months` months before `day`'s month."""
    index = day.year * 12 + day.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


# "the balance of the loan, which at that time, including interest, was $20 million": a state
# the sentence itself places in the past ("at that time" of a step it recalls).
_AT_THAT_TIME = Folded(
    r"\bat\s+(?:that|the)\s+time\b(?!\s+of\b)"
)  # (not "at the time of publication")


def _then_before_publication(item: Extracted, period: Period, published: dt.date) -> bool:
    """A figure its own sentence says was so "at that time", dated before publication's month."""
    month_start = published.replace(day=1)
    return period.last_day() < month_start and _AT_THAT_TIME.search(item.evidence) is not None
