"""The total row of a debt note flattened into one paragraph, its columns named by its intro.

A filing mirror prints a 10-K's debt note as running text: "Debt consisted of the following
as of December 31, 2022, and December 31, 2021: December 31, 2022 December 31, $66,076 loan,
with interest at 5.55% due July 2021 $ — $ 3,054 … Total outstanding borrowings $ 74,449,664
$ 64,178,492 Current portion of long-term debt …". The header may come through cut (its
second year lost) and the loans' rows, whose names open with their original amounts, cannot
be cut apart; but the total row can: its label names the debt ("Total outstanding
borrowings", "Total notes payable") and two amounts follow it. The sentence introducing the
note lists the dates of its two columns in order ("as of D1, and D2", "as of D1 and 2021"),
so the first amount is the balance at D1. The row comes out as a two-row table (header and
total) for `tables` to read like any other.
"""

from __future__ import annotations

import re

from .date_forms import MONTH_DAY_YEAR
from .numbers import LARGE_AMOUNT_AS_PRINTED
from .sentences import Segment
from .skipping import skipping

_FIRST_TABLE_ID = 250_000  # past `flat`'s table ids
_YEAR = r"(?:19|20)\d\d"
_DATE = MONTH_DAY_YEAR
# "Debt consisted of the following as of December 31, 2022, and December 31, 2021:"
_INTRO = skipping(
    re.compile(
        r"\b(?:consist(?:ed|s)?|comprised|(?:was|were|are|is)\s+as\s+follows)\b[^.:\n]{0,60}?"
        rf"\bas\s+of\s+(?P<first>{_DATE}),?\s+and\s+(?P<second>{_DATE}|{_YEAR})"
        r"(?P<rest>[^.:\n]{0,40}[:.])"
    )
)
_AMOUNT = rf"\$?\s?{LARGE_AMOUNT_AS_PRINTED}"
# The total row: a label naming the debt, then the two columns' amounts. (It opens with the
# literal word, so the engine looks for "Total" alone; the word boundary is checked after.)
_TOTAL = re.compile(
    r"Total\s+(?:outstanding\s+)?(?:principal\s+)?(?:long-term\s+)?"
    r"(?:debt|borrowings|notes\s+payable|loans(?:\s+payable)?|indebtedness)"
    rf"\s+(?P<first>{_AMOUNT})\s+(?P<second>{_AMOUNT}|\$?\s?[—–-])(?=\s|$)"
)
_REACH = 4000  # from the intro to its total: a note of some twenty loans


def find_total_rows(text: str, taken: list[tuple[int, int]]) -> list[Segment]:
    """Header and total row of each flattened debt note whose total no table in `taken`
    (offsets of the tables already rebuilt) has read."""
    if "Total " not in text or "as of" not in text:
        return []  # cheap gate
    rows: list[Segment] = []
    table = _FIRST_TABLE_ID
    for total in _TOTAL.finditer(text):
        if total.start() and text[total.start() - 1].isalnum():
            continue  # ("Subtotal …")
        if any(start <= total.start() < end for start, end in taken):
            continue
        intro = _intro_before(text, total.start())
        if intro is None:
            continue
        rows += [_header(text, intro, table), _row(text, total, table)]
        table += 1
    return rows


def _intro_before(text: str, start: int) -> re.Match[str] | None:
    """The last intro sentence before the total, in the same paragraph."""
    window = max(0, start - _REACH)
    paragraph = text.rfind("\n\n", window, start)
    found = list(_INTRO.finditer(text, paragraph + 1 if paragraph >= 0 else window, start))
    return found[-1] if found else None


def _header(text: str, intro: re.Match[str], table: int) -> Segment:
    """The header row: the intro sentence as its label, the two dates as its columns."""
    label = (intro.start(), intro.end())
    second = intro["second"]
    if re.fullmatch(_YEAR, second):  # "as of June 30, 2024 and 2023": the same day
        day = intro["first"][: -len(second)]
        second = f"{day}{second}"
    cells = (
        " ".join(intro.group().split()),
        intro["first"],
        " ".join(second.split()),
    )
    spans = (label, intro.span("first"), intro.span("second"))
    return Segment(intro.group(), intro.start(), intro.end(), cells, spans=spans, table=table)


def _row(text: str, total: re.Match[str], table: int) -> Segment:
    label = (total.start(), total.start("first"))
    spans = (label, total.span("first"), total.span("second"))
    cells = tuple(" ".join(text[a:b].split()) for a, b in spans)
    return Segment(total.group(), total.start(), total.end(), cells, spans=spans, table=table)
