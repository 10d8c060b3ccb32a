"""A fiscal quarter of the current fiscal year that copy not in English names with its months.

    "im zweiten Quartal des laufenden Geschäftsjahres … im Zeitraum von Juli bis September
    717 Bitcoin produziert"                                  → the fiscal year's second quarter
    "198,6 millions de dollars de revenus entre avril et juin … « Le troisième trimestre fiscal
    a marqué un tournant »" (CleanSpark, fiscal year ending September 30) → 2025-Q3

An issuer whose fiscal year is not the calendar's (HIVE's ends on March 31) is retold as "the
second quarter of the current fiscal year"; the ordinal alone is no calendar quarter. When the
same text names the quarter's three months ("von Juli bis September", "entre avril et juin",
"de abril a junio", "tra aprile e giugno", "van april tot juni"), the fiscal year is known: it
starts three months times the ordinal less one before the span, and it is labelled by the year
it ends in, as the issuer names it (README Periods: "Q3 FY25" → 2025-Q3). Both phrases then name
that fiscal quarter, and the calendar quarter the ordinal alone would give is not read. With no
span of months, nothing is guessed: a fiscal year's end varies by issuer. A span of three months
with no fiscal phrase is the calendar quarter it covers ("von Juli bis September 1.200 Bitcoin
produziert", "entre avril et juin": the quarter), not a running total "until" its last month,
nor its first month alone; a span of other length ("von Januar bis Oktober") stays the year to
date it is.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from monitor.vocabulary.periods import Period

_MONTH = r"[^\W\d_]{3,10}"
_YEAR = r"(?:\s+(?:de\s+|del\s+|di\s+)?(?P<y>(?:19|20)\d{2}))?"


def _span(opener: str, joint: str) -> re.Pattern[str]:
    """A span of two months: `opener` before the first, `joint` between them, and the year
    printed after the last month when it is. (An opener and a joint that do not go together,
    "entre avril à juin", are not written; both are matched loosely.)"""
    return re.compile(
        rf"\b(?:{opener})(?P<m1>{_MONTH})\s+(?:{joint})\s+(?P<m2>{_MONTH})\b{_YEAR}", re.I
    )


# Per language: (a cheap gate, the span, the fiscal quarter's ordinal phrase with no year after
# it). A joint is no span unless both its words are months of the language. The gate's opener
# is also capitalised: a sentence opens with the span ("Entre avril et juin, Riot a produit").
_LANGUAGES: dict[str, tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]] = {
    "de": (
        ("bis", "zwischen", "Zwischen"),
        _span(r"(?:im\s+Zeitraum\s+)?von\s+|zwischen\s+", r"bis|und"),
        re.compile(
            r"\b(?P<n>ersten|zweiten|dritten|vierten|[1-4]\.)\s+Quartal\w*\s+des\s+"
            r"(?:laufenden|aktuellen|jetzigen)\s+Geschäftsjahr(?:es|s)?\b",
            re.I,
        ),
    ),
    "fr": (
        ("entre", "Entre", " à "),
        _span(r"entre\s+|d(?:e\s+|['’])", r"et|à"),
        re.compile(
            r"\b(?P<n>premier|deuxième|second|troisième|quatrième)\s+trimestre\s+"
            r"(?:fiscal|de\s+l['’]exercice(?:\s+fiscal)?)\b(?!\s+\d)",
            re.I,
        ),
    ),
    "es": (
        ("entre", "Entre", " a ", "hasta"),
        _span(r"entre\s+|de\s+|desde\s+", r"y|a|hasta"),
        re.compile(
            r"\b(?P<n>primer|segundo|tercer|cuarto)\s+trimestre\s+"
            r"(?:fiscal|del\s+(?:año\s+fiscal|ejercicio(?:\s+fiscal)?))\b(?!\s+\d)",
            re.I,
        ),
    ),
    "pt": (
        ("entre", "Entre", " a "),
        _span(r"entre\s+|de\s+", r"e|a"),
        re.compile(
            r"\b(?P<n>primeiro|segundo|terceiro|quarto)\s+trimestre\s+"
            r"(?:fiscal|do\s+(?:ano\s+fiscal|exercício(?:\s+fiscal)?))\b(?!\s+\d)",
            re.I,
        ),
    ),
    "it": (
        ("tra", "fra", "Tra", "Fra", " a "),
        _span(r"tra\s+|fra\s+|da\s+", r"e|a"),
        re.compile(
            r"\b(?P<n>primo|secondo|terzo|quarto)\s+trimestre\s+"
            r"(?:fiscale|dell['’](?:anno\s+fiscale|esercizio(?:\s+fiscale)?))\b(?!\s+\d)",
            re.I,
        ),
    ),
    "nl": (
        ("tussen", "Tussen", " tot "),
        _span(r"tussen\s+|van\s+", r"en|tot(?:\s+en\s+met)?"),
        re.compile(
            r"\b(?P<n>eerste|tweede|derde|vierde)\s+(?:fiscale\s+kwartaal|kwartaal\s+van\s+"
            r"het\s+(?:lopende\s+)?boekjaar)\b(?!\s+\d)",
            re.I,
        ),
    ),
}
_ORDINALS = {
    **{"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4},
    **{"premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4},
    **{"primer": 1, "primeiro": 1, "primo": 1, "segundo": 2, "secondo": 2},
    **{"tercer": 3, "terceiro": 3, "terzo": 3, "cuarto": 4, "quarto": 4},
    **{"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4},
}


def applies(language: str, text: str) -> bool:
    """Can `text` in `language` name a span of months (a substring test, before any regex)?"""
    found = _LANGUAGES.get(language)
    return found is not None and any(word in text for word in found[0])


def mentions(
    text: str, document: str, months: dict[str, int], published: dt.date, language: str = "de"
) -> Iterator[tuple[int, int, Period]]:
    """(start, end, quarter) of each fiscal-quarter phrase and span of three months in `text`,
    a part of `document`: the fiscal quarter when `document` names both, else a span's calendar
    quarter ("von Juli bis September": the third), none for a span across two quarters."""
    if language not in _LANGUAGES:
        return
    fiscal = _document_quarter(document, published, tuple(months.items()), language)
    if fiscal is not None:
        for m in _LANGUAGES[language][2].finditer(text):
            yield m.start(), m.end(), fiscal
    for m, first, last in quarter_spans(text, months, language):
        if fiscal is not None:
            yield m.start(), m.end(), fiscal
        elif first % 3 == 1:
            year = _span_year(m, last, published)
            yield m.start(), m.end(), Period.of_quarter(year, (first + 2) // 3)


def quarter_spans(
    text: str, months: dict[str, int], language: str = "de"
) -> Iterator[tuple[re.Match[str], int, int]]:
    """Each span of three months in `text` ("von Juli bis September"), its first and last."""
    if not applies(language, text):
        return
    for m in _LANGUAGES[language][1].finditer(text):
        found = _months_of(m, months)
        if found is not None:
            yield m, *found


def _span_year(span: re.Match[str], last: int, published: dt.date) -> int:
    """The year a span's last month is in: as printed, else the latest not after publication."""
    if span["y"]:
        return int(span["y"])
    return published.year if last < published.month else published.year - 1


@functools.lru_cache(maxsize=16)
def _document_quarter(
    document: str, published: dt.date, months: tuple[tuple[str, int], ...], language: str
) -> Period | None:
    """The fiscal quarter `document` names with its ordinal and its three months, else None."""
    fiscal = _LANGUAGES[language][2].search(document)
    if fiscal is None:
        return None
    printed = fiscal["n"].lower()
    number = int(printed[0]) if printed[0].isdigit() else _ORDINALS[printed]
    for span, first, last in quarter_spans(document, dict(months), language):
        return _fiscal_quarter(number, first, last, _span_year(span, last, published), published)
    return None


def _months_of(span: re.Match[str], months: dict[str, int]) -> tuple[int, int] | None:
    """The first and last month of a span of three months ("von Juli bis September")."""
    first, last = months.get(span["m1"].lower()), months.get(span["m2"].lower())
    if first is None or last is None or last != (first + 1) % 12 + 1:
        return None
    return first, last


def _fiscal_quarter(
    number: int, first: int, last: int, year: int, published: dt.date
) -> Period | None:
    """The fiscal quarter `number` that runs from month `first` to `last` of `year` (the last
    month's), labelled by the year its fiscal year ends in."""
    start_year = year - 1 if first > last else year  # (a span over the new year)
    # months from the fiscal year's first month to the span's first: three a quarter before
    fiscal_first = (first - 1 - 3 * (number - 1)) % 12 + 1
    fiscal_start_year = start_year if fiscal_first <= first else start_year - 1
    end_year = fiscal_start_year if fiscal_first == 1 else fiscal_start_year + 1
    return Period.of_quarter(end_year, number) if end_year <= published.year + 1 else None
