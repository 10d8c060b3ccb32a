"""A filing's XBRL "Details" page flattened one cell a line: each facility's debt figures.

An EDGAR mirror prints the XBRL viewer's details page of a debt note ("Debt - Revolving credit
facilities and security facility (Details)", "$ in Thousands") with every cell on a line of its
own and the empty cells dropped:

    |3 Months Ended          (the column groups)
    |6 Months Ended
    |
    Jun. 30, 2025            (one line per column: its date, then its unit)
    USD ($)
    …
    |$50 Million Credit Facility    (a member of the facility axis)
    |Debt                            (the note's line-item group)
    |Outstanding balance             (a line item, then its non-empty cells)
    |$ 34,272
    |$ 34,272

With the empty cells gone a value's column cannot be told in general. One shape can: the
report's own period end is the one date printed twice (its "3 Months Ended" and "6 Months
Ended" columns), and a row of exactly two equal values sits in those two columns (a balance is
the same at one date, whatever the duration column; a quarter's flow equals the six months'
only when both are printed). Such a row is read: a balance at that date, a flow for the quarter
when the page has a three-month group. Every other row (one value, three values, unequal pairs)
is left out, and so are the figures the generic readers would take from the page's rows
unscaled and undated (`covers`). Values are scaled by the page's "$ in Thousands/Millions".
A row's facility (the axis member above it) is its `detail`: one page states the same figure
for several facilities.
"""

from __future__ import annotations

import re
from decimal import Decimal

from monitor.vocabulary.periods import Period, month_number, quarter_of

from .evidence import observation
from .folded import Folded
from .model import DEBT_ISSUED, DEBT_TOTAL, INTEREST_EXPENSE, Extracted
from .numbers import AMOUNT_AS_PRINTED
from .sentences import Segment

_TITLE = re.compile(r"\(Details(?:\s+Narrative)?\)")
_SCALE = re.compile(r"^\$ in (?P<unit>Thousands|Millions)\s*$", re.M)
_SCALES = {"Thousands": Decimal(1000), "Millions": Decimal(1_000_000)}
_GROUP = re.compile(r"^\|?\s*(?P<months>\d{1,2}) Months Ended\s*$", re.M)
_DATE = re.compile(
    r"^\|?\s*(?P<mon>[A-Z][a-z]{2,8})\.? (?P<day>\d{1,2}), (?P<year>(?:19|20)\d\d)\s*$"
)
_VALUE = re.compile(rf"^\|?\s*(?P<dollar>\$\s?)?(?P<number>{AMOUNT_AS_PRINTED})(?P<percent>%)?\s*$")
_UNIT_LINE = re.compile(r"^\|?\s*(?:USD \(\$\)|item|shares|\$ / shares|pure|%)?\s*$")

# A line item naming a balance owed ("Outstanding balance", "Net debt outstanding"), not a
# size, a capacity, a value or a collateral ("Total revolving credit facility", "Remaining
# Borrowing Capacity", "Notes payable fair value", "Amount of security in control account").
_BALANCE = Folded(
    r"^(?:net\s+)?(?:debt|borrowings|principal|balance|amount)\s+outstanding$"
    r"|^outstanding\s+(?:balance|borrowings|principal|debt|amount)$|^long-term\s+debt$"
)
_INTEREST = Folded(r"^interest\s+expense(?:,\s+debt)?$")
_BORROWED = Folded(r"^(?:amount\s+borrowed|amount\s+drawn|proceeds\s+from\s+borrowings)$")
_REACH = 20_000  # how far a page's rows run after its title


def find_details(text: str) -> tuple[list[Extracted], tuple[int, int] | None]:
    """The figures of a flattened details page in `text`, and the page's span (None: no page
    of the shape read here)."""
    title = _TITLE.search(text) if "Details" in text else None
    if title is None:
        return [], None
    scale = _SCALE.search(text, title.end(), title.end() + 200)
    if scale is None:
        return [], None
    body = text[scale.end() : scale.end() + _REACH]
    lines = body.split("\n")
    dates = [_date(line) for line in lines]
    listed = [date for date in dates if date is not None]
    repeated = {date for date in listed if listed.count(date) == 2}
    if len(repeated) != 1:
        return [], None
    end = repeated.pop()
    first_row = max(i for i, date in enumerate(dates) if date is not None) + 1
    quarterly = any(m["months"] == "3" for m in _GROUP.finditer(body))
    found = list(_rows(lines, first_row, scale.end(), end, quarterly, _SCALES[scale["unit"]]))
    return found, (title.start(), scale.end() + len(body))


def _date(line: str) -> Period | None:
    match = _DATE.match(line)
    if match is None:
        return None
    try:
        month = month_number(match["mon"])
    except KeyError:
        return None
    return Period.of_date(int(match["year"]), month, int(match["day"]))


def _rows(
    lines: list[str], first: int, offset: int, end: Period, quarterly: bool, scale: Decimal
) -> list[Extracted]:
    """Each line item with exactly two equal values, read at the repeated date."""
    entries = list(_entries(lines, first))
    group = _group(entries)
    starts = _line_starts(lines, offset)
    found: list[Extracted] = []
    member: str | None = None
    for k, (i, j, label, values) in enumerate(entries):
        if label == group:
            before = entries[k - 1] if k else None
            # (the axis member right above the group line names the rows under it)
            member = _name(before[2]) if before and not before[3] and before[2] != group else None
            continue
        if len(values) != 2 or values[0] != values[1]:
            continue  # no values, or values whose columns cannot be told
        amount = values[0] * scale
        amount = amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount
        item = _figure(label, end, quarterly, member)
        if item is None:
            continue
        metric, period, detail = item
        row = Segment(
            text="\n".join(lines[i:j]), start=starts[i], end=starts[j - 1] + len(lines[j - 1])
        )
        found.append(observation(row, metric, amount, "USD", period, currency="USD", detail=detail))
    return found


_Entry = tuple[int, int, str, list[Decimal]]


def _entries(lines: list[str], first: int) -> list[_Entry]:
    """(first line, end line, label, money values) of each label line and the values under it."""
    entries: list[_Entry] = []
    i = first
    while i < len(lines):
        label = lines[i].strip().lstrip("|").strip()
        if not label or _VALUE.match(lines[i]) or _UNIT_LINE.match(lines[i]):
            i += 1
            continue
        values: list[Decimal] = []
        j = i + 1
        while j < len(lines) and (match := _VALUE.match(lines[j])):
            if not match["percent"]:  # (a rate's cells are values too, but no money)
                values.append(Decimal(match["number"].replace(",", "")))
            j += 1
        entries.append((i, j, label, values))
        i = j
    return entries


def _group(entries: list[_Entry]) -> str | None:
    """The note's line-item group ("Debt"): the label with no values printed most often under
    the members; on a page of one member, the label right above the first row of values."""
    bare = [label for _, _, label, values in entries if not values]
    if bare:
        label = max(bare, key=bare.count)
        if bare.count(label) >= 2:
            return label
    for k, entry in enumerate(entries):
        if entry[3]:
            return entries[k - 1][2] if k and not entries[k - 1][3] else None
    return None


def _figure(
    label: str, end: Period, quarterly: bool, member: str | None
) -> tuple[str, str, str | None] | None:
    """(metric, period, detail) of a line item, or None for one not read."""
    if _BALANCE.search(label):
        return DEBT_TOTAL, end.label(), member
    if not quarterly or end.index % 3:
        return None  # a flow needs the quarter's own column, ending a calendar quarter
    quarter = Period.of_quarter(end.year, quarter_of(end.index)).label()
    if _INTEREST.search(label):
        return INTEREST_EXPENSE, quarter, member
    if _BORROWED.search(label):
        return DEBT_ISSUED, quarter, None  # a draw is its own instrument's principal
    return None


# A company's legal suffix is no part of the name a reader tracks ("Block Mining Inc.").
_LEGAL_SUFFIX = re.compile(r",?\s+(?:Inc|Corp|Corporation|LLC|Ltd|Limited|plc|L\.P)\.?$")


def _name(member: str | None) -> str | None:
    return None if member is None else _LEGAL_SUFFIX.sub("", member)


def _line_starts(lines: list[str], offset: int) -> list[int]:
    starts, position = [], offset
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return starts


def covers(span: tuple[int, int] | None, item: Extracted) -> bool:
    """Is `item` a debt figure another reader took from inside the page's `span`?"""
    if span is None or item.metric not in (DEBT_TOTAL, DEBT_ISSUED, INTEREST_EXPENSE):
        return False
    return span[0] <= item.start < span[1]
