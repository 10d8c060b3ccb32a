"""A fiscal quarter of the current fiscal year that German copy names with its months.

    "im zweiten Quartal des laufenden Geschäftsjahres … im Zeitraum von Juli bis September
    717 Bitcoin produziert"                                  → the fiscal year's second quarter

An issuer whose fiscal year is not the calendar's (HIVE's ends on March 31) is retold as "the
second quarter of the current fiscal year"; the ordinal alone is no calendar quarter. When the
same text names the quarter's three months ("von Juli bis September"), the fiscal year is known:
it starts three months times the ordinal less one before the span, and it is labelled by the
year it ends in, as the issuer names it (README Periods: "Q3 FY25" → 2025-Q3). Both phrases then
name that fiscal quarter, and the calendar quarter the ordinal alone would give is not read.
With no span of months, nothing is guessed: a fiscal year's end varies by issuer. A span of three
months with no fiscal phrase is the calendar quarter it covers ("von Juli bis September 1.200
Bitcoin produziert": the third quarter), not a running total "until" September; a span of other
length ("von Januar bis Oktober") stays the year to date it is.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from monitor.vocabulary.periods import Period

_ORDINALS = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}
_FISCAL_QUARTER = re.compile(
    r"\b(?P<n>ersten|zweiten|dritten|vierten|[1-4]\.)\s+Quartal\w*\s+des\s+"
    r"(?:laufenden|aktuellen|jetzigen)\s+Geschäftsjahr(?:es|s)?\b",
    re.I,
)
_SPAN = re.compile(
    r"\b(?:im\s+Zeitraum\s+)?von\s+(?P<m1>[A-ZÄ][a-zä]{2,8})\s+bis\s+(?P<m2>[A-ZÄ][a-zä]{2,8})\b"
)


def mentions(
    text: str, document: str, months: dict[str, int], published: dt.date
) -> Iterator[tuple[int, int, Period]]:
    """(start, end, quarter) of each fiscal-quarter phrase and span of three months in `text`,
    a part of `document`: the fiscal quarter when `document` names both, else a span's calendar
    quarter ("von Juli bis September": the third), none for a span across two quarters."""
    fiscal = _document_quarter(document, published, tuple(months.items()))
    if fiscal is not None:
        for m in _FISCAL_QUARTER.finditer(text):
            yield m.start(), m.end(), fiscal
    for m, first, last in quarter_spans(text, months):
        if fiscal is not None:
            yield m.start(), m.end(), fiscal
        elif first % 3 == 1:
            year = published.year if last < published.month else published.year - 1
            yield m.start(), m.end(), Period.of_quarter(year, (first + 2) // 3)


def quarter_spans(text: str, months: dict[str, int]) -> Iterator[tuple[re.Match[str], int, int]]:
    """Each span of three months in `text` ("von Juli bis September"), its first and last."""
    if "bis" not in text:
        return
    for m in _SPAN.finditer(text):
        found = _months_of(m, months)
        if found is not None:
            yield m, *found


@functools.lru_cache(maxsize=16)
def _document_quarter(
    document: str, published: dt.date, months: tuple[tuple[str, int], ...]
) -> Period | None:
    """The fiscal quarter `document` names with its ordinal and its three months, else None."""
    fiscal = _FISCAL_QUARTER.search(document)
    if fiscal is None:
        return None
    printed = fiscal["n"].lower()
    number = int(printed[0]) if printed[0].isdigit() else _ORDINALS[printed]
    for _, first, last in quarter_spans(document, dict(months)):
        return _fiscal_quarter(number, first, last, published)
    return None


def _months_of(span: re.Match[str], months: dict[str, int]) -> tuple[int, int] | None:
    """The first and last month of a span of three months ("von Juli bis September")."""
    first, last = months.get(span["m1"].lower()), months.get(span["m2"].lower())
    if first is None or last is None or last != (first + 1) % 12 + 1:
        return None
    return first, last


def _fiscal_quarter(number: int, first: int, last: int, published: dt.date) -> Period | None:
    """The fiscal quarter `number` that runs from month `first` to `last`, the latest such span
    that ended by publication, labelled by the year its fiscal year ends in."""
    year = published.year if last < published.month else published.year - 1
    start_year = year - 1 if first > last else year  # (a span over the new year)
    # months from the fiscal year's first month to the span's first: three a quarter before
    fiscal_first = (first - 1 - 3 * (number - 1)) % 12 + 1
    fiscal_start_year = start_year if fiscal_first <= first else start_year - 1
    end_year = fiscal_start_year if fiscal_first == 1 else fiscal_start_year + 1
    return Period.of_quarter(end_year, number) if end_year <= published.year + 1 else None
