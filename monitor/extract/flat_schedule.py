"""A loan schedule flattened onto one line: each loan's name, its terms, then its balances.

A filing mirror prints a 10-Q's notes table as running text: "Balance as of: Note Loan Date
Maturity Date Interest Initial March 31, 2022 December 31, 2021 Equipment Financings: A
December 2020 June 2022 17.0 % $ 4,482 $ — $ 1,245 B December 2020 … Secured Promissory Note
March 2022 July 2022 / 6.0 % 26,500 25,251 - 169,920 94,828 Less: Current portion …". `flat`
finds the header's dated columns and each row's values; a row whose label carries dates has
more values than the header has dates (its rate, the amount first financed), and its balances
are the last ones. What this module adds, for such a row:

- The loan's name is its label's words before its dates ("Secured Promissory Note", "C"): the
  dates are the loan's terms. A group heading run into the first code ("Equipment Financings:
  A") is cut off as a row of its own, the one-cell row a coded loan is read under.
- The schedule's total, printed with no label, runs on after the last loan's values: that row
  then has one loan row's count of values plus one per dated column (and maybe one more, the
  sum of the amounts financed). The last of them are read as the "Total" line
  (`unlabelled_totals`) only when they add up the loans above it, column by column (else the
  row's last values are its balances, as for any row: a rate range "0.0 - 11.3 %" also
  lengthens a row).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import unlabelled_totals
from .sentences import Segment

Span = tuple[int, int]
# A loan named only by a code in its schedule ("A", "E - H", "J, K").
_CODE = re.compile(r"^[A-Z0-9](?:[\s\-–&,]{0,3}[A-Z0-9])?$")


@dataclass(slots=True)
class Schedule:
    """The loan rows read so far of one flattened schedule."""

    width: int = 0  # the values of one loan row: its terms and its balances
    rows: list[tuple[str, ...]] = field(default_factory=list)  # each loan's name and balances


def schedule_rows(
    text: str,
    label: list[tuple[int, int, bool]],
    values: list[Span],
    columns: int,
    table: int,
    schedule: Schedule,
) -> list[Segment]:
    """The segments of one dated row (`label`: each word's span and whether it is a date;
    `values`: every value's span): the loan's row, maybe a group row before it and the
    schedule's total after it; none when the row holds no more values than columns."""
    if len(values) <= columns:
        return []
    group, name = _name(text, label)
    total: list[Span] = []
    # (the total's cells: one per dated column, maybe after the sum of the amounts financed)
    if schedule.width and len(values) - schedule.width in (columns, columns + 1):
        # the total adds up the loans above and this one, whose balances stand before it
        own = values[: schedule.width]
        loan = _segment(text, [name, *own[-columns:]], table)
        tail = tuple(_cell(text, span) for span in values[-columns:])
        if unlabelled_totals.adds_up([*schedule.rows, loan.cells], tail):
            total, values = values[-columns:], own
    if not total:
        schedule.width = len(values)
    row = _segment(text, [name, *values[-columns:]], table)
    schedule.rows.append(row.cells)
    found = [_segment(text, [group], table)] if group else []
    found.append(row)
    if total:
        found.append(_segment(text, [(total[0][0], total[0][0]), *total], table, "Total"))
    return found


def _name(text: str, label: list[tuple[int, int, bool]]) -> tuple[Span | None, Span]:
    """The group heading before a coded loan, if any, and the loan's name: the label's words
    before its first date (all of it when a date opens it: "June 2024 secured note")."""
    words = label
    first_date = next((index for index, (_, _, dated) in enumerate(label) if dated), 0)
    if first_date:
        words = label[:first_date]
    name = (words[0][0], words[-1][1])
    colon = text.rfind(":", name[0], name[1])
    if colon > name[0] and colon + 1 < name[1]:
        code = text[colon + 1 : name[1]].strip()
        if _CODE.match(code):
            start = name[1] - len(text[colon + 1 : name[1]].lstrip())
            return (name[0], colon + 1), (start, name[1])
    return None, name


def _cell(text: str, span: Span) -> str:
    return " ".join(text[span[0] : span[1]].split())


def _segment(text: str, spans: list[Span], table: int, label: str | None = None) -> Segment:
    start, end = spans[0][0], max(stop for _, stop in spans)
    cells = tuple(_cell(text, span) for span in spans)
    if label is not None:
        cells = (label, *cells[1:])
    return Segment(text[start:end], start, end, cells, spans=tuple(spans), table=table)
