"""Cut a run of table values printed with no separator between them, when the cut is certain.

"3623333559%2%" under "September 2023 | August 2023 | September 2022 | Month/Month | Year/Year"
is 362 | 333 | 355 | 9% | 2%, but only arithmetic says so: 362/333 is +9 % and 362/355 is
+2 %. Every way to cut the run into one value per column is tried (numbers, amounts, percentages,
a dash; a footnote marker may lead, "17,3277,309…" = ¹ 7,327 | 7,309 …; a single space may stand
between two cells, "…6,696 0%9%"), and a cut is kept
only when each percentage column is the change between two of its value columns, allowing for
the rounding of every printed figure. When the cuts that pass disagree, nothing is kept.
A run with no percentage column to check is cut only when a single cut fits the grammar.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from itertools import permutations

# One value at the start of the rest of the run. (The blank before a scale word may be a
# no-break space, "$9.0\xa0million", as typesetters keep a figure with its word.)
_VALUE = re.compile(
    r"[-–]?\(?[-–]?(?P<money>\$)?(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\)?"
    r"(?P<scale>[ \xa0\u202f]?(?:million|billion))?(?P<percent>%)?"
)
_DASH = re.compile(r"[-–—](?![\d$(])|N/A")
_MARKER = re.compile(r"\d(?=\d)")  # a one-digit footnote marker before the first value
_MAX_CUTS = 500
_MAX_VALUE = 24
_WHOLE = re.compile(
    r"[^\d]"
)  # what is not a digit of the whole part  # "$1,234,567.89 million" is the longest a cell gets
_HUNDRED = Decimal(100)
_MAX_PERCENT_DECIMALS = 2
# A check whose figures are so coarse that the change could be anything in a wide band
# (5 vs 5 → −18 %…+22 %) proves nothing: it must pin the change within this many points.
_INFORMATIVE = Decimal(6)


@lru_cache(maxsize=256)
def split_checked(run: str, columns: int, changes: int) -> list[tuple[int, int]] | None:
    """Spans of `columns` values in `run` (the last `changes` are percentages), or None."""
    if changes == 0:
        return None  # nothing to check a cut against
    values = columns - changes
    cuts = [
        cut
        for cut in _cuts(run, columns, changes)
        if _alike(run, cut, values) and _checks(run, cut, values)
    ]
    if not cuts or len({run[slice(*cut[0])] for cut in cuts}) != 1:
        return None
    return list(cuts[0])


def _cuts(run: str, columns: int, changes: int) -> list[tuple[tuple[int, int], ...]]:
    """Every way to read `run` as `columns` values (after an optional footnote marker), the
    last `changes` of them percentages (or dashes) and none of the others."""
    found = list(_from(run, 0, columns, changes, None))
    marker = _MARKER.match(run)
    if marker:
        found += _from(run, marker.end(), columns, changes, None)
    return found[:_MAX_CUTS]


@lru_cache(maxsize=1024)
def _from(
    run: str, start: int, columns: int, changes: int, decimals: int | None
) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Cuts of `run[start:]`; the value columns all print `decimals` decimals, as a row's
    figures do (the first value sets it)."""
    if columns == 0:
        return ((),) if start == len(run) else ()
    if start and run[start] == " ":
        start += 1  # "…6,696 0%9%": a page may keep one space between two glued cells
    found: list[tuple[tuple[int, int], ...]] = []
    percent = columns <= changes
    for end in _value_ends(run, start, percent=percent):
        places = decimals
        if not percent and not _DASH.fullmatch(run, start, end):
            places = _decimals(run[start:end])
            if decimals is not None and places != decimals:
                continue
        for rest in _from(run, end, columns - 1, changes, places):
            found.append(((start, end), *rest))
            if len(found) >= _MAX_CUTS:
                return tuple(found)
    return tuple(found)


def _value_ends(run: str, start: int, percent: bool) -> list[int]:
    """Where a value starting at `start` may end: every prefix the grammar accepts that is
    (or, for a value column, is not) a percentage."""
    dash = _DASH.match(run, start)
    if dash:
        return [dash.end()]
    ends: list[int] = []
    for end in range(start + 1, min(len(run), start + _MAX_VALUE) + 1):
        if (run[end - 1] == "%") != percent:
            continue
        match = _VALUE.fullmatch(run, start, end)
        if match and _well_formed(match):
            ends.append(end)
    return ends


def _well_formed(match: re.Match[str]) -> bool:
    number = match["number"]
    whole = number.split(".")[0]
    if len(whole) > 1 and whole[0] == "0":
        return False  # nobody prints "05"
    return not (match["scale"] and not match["money"])


def _alike(run: str, cut: tuple[tuple[int, int], ...], values: int) -> bool:
    """A row's figures are of one size: their whole parts differ by a digit at most (a cheap
    test that spares the arithmetic most cuts of a run of plain digits)."""
    sizes = [
        len(_WHOLE.sub("", run[start:end].split(".")[0]))
        for start, end in cut[:values]
        if not _DASH.fullmatch(run, start, end)
    ]
    return not sizes or max(sizes) - min(sizes) <= 1


def _checks(run: str, cut: tuple[tuple[int, int], ...], values: int) -> bool:
    """Is every percentage the change from one base column to a distinct other column, within
    rounding? The value columns must also print the same count of decimals, as a row does."""
    cells = [run[a:b] for a, b in cut]
    if any(not cell.endswith("%") and not _DASH.fullmatch(cell) for cell in cells[values:]):
        return False
    numbers = [cell for cell in cells[:values] if not _DASH.fullmatch(cell)]
    if len({_decimals(cell) for cell in numbers}) > 1 or any(
        _decimals(cell) > _MAX_PERCENT_DECIMALS for cell in cells[values:]
    ):
        return False
    figures = [_bounds(cell) for cell in cells[:values]]
    changes = [_bounds(cell.rstrip("%")) for cell in cells[values:] if not _DASH.fullmatch(cell)]
    if not changes:
        return False
    return any(_based_on(figures, changes, base) for base in range(values))


def _based_on(
    figures: list[tuple[Decimal, Decimal] | None],
    changes: list[tuple[Decimal, Decimal] | None],
    base: int,
) -> bool:
    current = figures[base]
    if current is None:
        return False
    others = [index for index in range(len(figures)) if index != base]
    for chosen in permutations(others, len(changes)):
        if all(
            change is not None
            and (prior := figures[index]) is not None
            and _explains(current, prior, change)
            for change, index in zip(changes, chosen, strict=True)
        ):
            return True
    return False


def _decimals(cell: str) -> int:
    # (the number before a scale word, after any blank: "9.0 million", "9.0\xa0million")
    number = cell.rstrip("%").replace("\xa0", " ").replace("\u202f", " ").split(" ")[0]
    return len(number.split(".")[1]) if "." in number else 0


def _bounds(cell: str) -> tuple[Decimal, Decimal] | None:
    """The interval a printed figure was rounded from ("9.0" → 8.95…9.05)."""
    match = _VALUE.fullmatch(cell.strip())
    if match is None:
        return None
    number = match["number"].replace(",", "")
    negative = cell.strip().startswith(("-", "–", "("))
    decimals = len(number.split(".")[1]) if "." in number else 0
    half = Decimal(5) / Decimal(10) ** (decimals + 1)
    value = Decimal(number) * (-1 if negative else 1)
    return value - half, value + half


def _explains(
    current: tuple[Decimal, Decimal],
    prior: tuple[Decimal, Decimal],
    change: tuple[Decimal, Decimal],
) -> bool:
    """Can current/prior − 1 (in %) fall inside the printed change's rounding interval?"""
    if prior[0] <= 0:
        return False
    low = (current[0] / prior[1] - 1) * _HUNDRED
    high = (current[1] / prior[0] - 1) * _HUNDRED
    return high - low <= _INFORMATIVE and low <= change[1] and change[0] <= high
