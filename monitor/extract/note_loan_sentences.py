"""The sentences a loans note opens with: its gross balance and the period's principal paid.

A 10-Q's loans note opens on two sentences before its schedule: "As of December 31, 2024, the
Company had a gross balance outstanding of $ 664,966 , netted against discount on loans payable
of $ 16,318 . Total principal payments on loans during the three months ended December 31, 2024
were $ 52,158 ." The first states the loans' principal at the date (README decided case 28:
the principal, not the schedule's total net of that discount) and no balance in the discount;
the second the principal repaid in the span it names: a quarter ("three months ended") or a
year ("years ended September 30, 2024 and 2023 was $7,283 and $14,466, respectively": the
first year's), never six or nine months of a quarterly report, a year to date (decided case
42). The sentence readers find no debt noun before the first amount and take the discount, or
the span's end for the report's month; here both sentences are read whole, and what the other
readers made of them is left out. Amounts keep their print (`note_thousands` scales them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from monitor.vocabulary.periods import Period, month_number, quarter_of

from .context import detect_dollar
from .date_forms import MONTH_NAME
from .model import DEBT_REPAID, DEBT_TOTAL, Extracted
from .numbers import AMOUNT_AS_PRINTED, scale_factor, tidy
from .table_model import TOTAL_ROW

_DATE = rf"(?P<month>{MONTH_NAME})\s{{1,3}}(?P<day>\d{{1,2}}),\s{{1,3}}(?P<year>(?:19|20)\d\d)"
# (a note page prints thousands bare; a 10-Q's note in millions says so: "$1.7 million")
_SCALE_WORD = r"(?:\s{1,3}(?P<scale>million|billion))?"
_AMOUNT = rf"\$\s?(?P<amount>{AMOUNT_AS_PRINTED})" + _SCALE_WORD
_GROSS = re.compile(
    rf"\bAs\s+of\s+{_DATE},\s+the\s+Company\s+had\s+a\s+gross\s+balance"
    rf"(?:\s+of\s+[a-z ]{{1,30}}?)?\s+outstanding\s+of\s+{_AMOUNT}\s?,?\s+netted\s+against\s+"
    r"(?:the\s+)?(?:a\s+)?discount\s+on\s+[a-z ]{1,30}?\s+of\s+\$\s?(?P<discount>\d[\d,.]{0,15})"
    r"(?:\s{1,3}(?:million|billion))?"
)
_PAID = re.compile(
    r"\bTotal\s+principal\s+payments\s+on\s+(?:the\s+)?loans\s+during\s+the\s+"
    rf"(?P<span>three\s+months|six\s+months|nine\s+months|years?)\s+ended\s+{_DATE}"
    rf"(?:\s+and\s+(?:19|20)\d\d)?\s+(?:was|were)\s+{_AMOUNT}"
)
_QUARTER_SPAN = "three months"
_YEAR_SPANS = ("year", "years")
_MAX_SENTENCE = 400


@dataclass(frozen=True, slots=True)
class _Read:
    figure: Extracted | None  # the sentence's own figure (none for a year to date)
    start: int
    end: int


def read(found: list[Extracted], text: str) -> list[Extracted]:
    """`found` with the loans note's opening sentences read whole (see the module's doc)."""
    if "gross balance" not in text and "principal payments" not in text:
        return found  # cheap gate
    sentences = [*_gross(text), *_paid(text)]
    if not sentences:
        return found
    figures = [read.figure for read in sentences if read.figure is not None]
    kept = [
        item for item in found if not _within(item, sentences) and not _net_total(item, figures)
    ]
    return kept + figures


def _within(item: Extracted, sentences: list[_Read]) -> bool:
    """A debt figure another reader took from one of these sentences."""
    if item.metric not in (DEBT_TOTAL, DEBT_REPAID) or item.row_label is not None:
        return False
    return any(item.start < read.end and item.end > read.start for read in sentences)


_NET_SHARE = Decimal("0.9")  # a discount is a small share of the principal
# The sentence's amount as printed, or in the thousands of the note (`note_thousands` scales
# it after): the table's total is scaled by its caption already.
_SCALES = (Decimal(1), Decimal(1_000))


def _net_total(item: Extracted, figures: list[Extracted]) -> bool:
    """The schedule's total at the gross balance's date, a little below it: the same loans
    net of the discount the sentence names (decided case 28), not a further balance."""
    if item.metric != DEBT_TOTAL or item.value is None or item.row_label is None:
        return False
    if not TOTAL_ROW.match(item.row_label):
        return False
    return any(
        gross.period == item.period
        and gross.value is not None
        and gross.value * scale * _NET_SHARE <= item.value < gross.value * scale
        for gross in figures
        if gross.metric == DEBT_TOTAL
        for scale in _SCALES
    )


def _gross(text: str) -> Iterator[_Read]:
    for hit in _GROSS.finditer(text):
        day = _day(hit)
        end = _sentence_end(text, hit.end())
        figure = _figure(DEBT_TOTAL, hit, day.label(), text, end) if day else None
        yield _Read(figure, hit.start(), end)


def _paid(text: str) -> Iterator[_Read]:
    for hit in _PAID.finditer(text):
        day = _day(hit)
        span = " ".join(hit.group("span").split())
        period = None
        if day is not None and span == _QUARTER_SPAN:
            period = Period.of_quarter(int(hit.group("year")), quarter_of(day.month or 0))
        elif day is not None and span in _YEAR_SPANS:
            period = Period.of_year(int(hit.group("year")))  # the fiscal year ending then
        end = _sentence_end(text, hit.end())
        figure = _figure(DEBT_REPAID, hit, period.label(), text, end) if period else None
        yield _Read(figure, hit.start(), end)


def _day(hit: re.Match[str]) -> Period | None:
    try:
        month = month_number(hit.group("month").rstrip(".")[:3])
        return Period.of_date(int(hit.group("year")), month, int(hit.group("day")))
    except (KeyError, ValueError):
        return None


def _figure(metric: str, hit: re.Match[str], period: str, text: str, end: int) -> Extracted:
    value = tidy(Decimal(hit.group("amount").replace(",", "")) * scale_factor(hit.group("scale")))
    dollar = detect_dollar(text)  # a "$" is the document's dollar ("(In Canadian dollars)")
    return Extracted(
        metric=metric,
        value=value,
        unit=dollar,
        currency=dollar,
        period=period,
        evidence=text[hit.start() : end],
        start=hit.start(),
        end=end,
    )


_FULL_STOP = re.compile(r"\.(?=\s|$)")


def _sentence_end(text: str, offset: int) -> int:
    """Where the sentence holding `offset` ends: its full stop (a " ." after a spaced amount
    too), at most `_MAX_SENTENCE` characters on."""
    found = _FULL_STOP.search(text, offset, min(len(text), offset + _MAX_SENTENCE))
    return found.end() if found else min(len(text), offset + _MAX_SENTENCE)
