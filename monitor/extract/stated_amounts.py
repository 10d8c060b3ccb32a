"""The money amounts a whole document states, looked up for a few values only.

The document checks (`debt_document`) ask whether a figure's amount is stated elsewhere in the
document: a handful of values, against every amount of a 50 KB text. Reading every amount
(`find_money` over the whole text) costs a scan of `MONEY_RE` at every position where one of
its many first characters stands; on the worst-case benchmark that was about 7 % of an
extraction. `stated_amounts` finds the same amounts of the wanted values (the same `Money`,
in document order) by reading only around the numbers that can be one of them:

- Every amount's printed number has the digits of its value, give or take zeros and
  separators (a scale word multiplies by a power of ten): "$50 million", "$50,000,000" and
  "US$0.05 billion" are all 5 × 10ⁿ. One regex finds the numbers whose digits can be a
  wanted value's.
- Around each, `MONEY_RE` is run from a *safe* position before it: one no match of the
  whole-text scan can span, so that from there the scan finds what the whole-text scan finds.
  A match holds a digit at most `_LEAD` characters after its start, and ends at most `_TAIL`
  characters after its last digit unless a run of footnote marks (`*`, `¹`) stretches it; so
  a position with no digit or footnote mark `_TAIL` + a margin before it and `_LEAD` after it
  is safe.

One regex pass finds the numbers (over the words that hold a wanted value's first digit, when
they are few: `_words_to_read`), and the texts the argument does not cover (a digit outside
ASCII, a number too long for `Decimal`'s exact arithmetic, a wanted zero), which are read
whole, as before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator
from decimal import Decimal

from .numbers import Money, find_money
from .skipping import skipping

# A match's first digit stands at most this far after its start ("U.S. $5": 6 characters of
# prefix and a space).
_LEAD = 8
# ... and its end at most this far after its last digit, footnote runs aside: a footnote
# "(12)", a scale ("- million"), a suffix (" United States dollars") and its boundary.
_TAIL = 48
_DIGITISH = "0-9*¹²³⁴⁵⁶⁷⁸⁹⁰"
# A digit or footnote mark followed by a stretch with neither, long enough to hold a safe
# position (`_TAIL` before it, `_LEAD` after it).
_GAP = re.compile(f"[{_DIGITISH}][^{_DIGITISH}]{{{_TAIL + _LEAD}}}")
# How far before a number its safe position is looked for first (then from the text's start).
_GAP_REACH = 600
# A wanted value's digits at most: a number of up to 28 significant digits is read exactly
# (`Decimal`'s precision), and one of more starts a run of this many digits and separators.
_MAX_DIGITS = 20
_LONG = rf"[0-9][0-9,.]{{{_MAX_DIGITS}}}"
# A decimal digit that is not ASCII: `MONEY_RE`'s \d reads it, the number pattern does not.
_OTHER_DIGIT = re.compile(r"[^0-9\D]")
_ASCII = bytes(range(128))


def stated_amounts(text: str, values: Collection[Decimal]) -> list[Money]:
    """The amounts `find_money(text)` finds whose value is one of `values`, in order."""
    wanted = set(values)
    if not wanted:
        return []
    signatures = {digit_signature(value) for value in wanted}
    starts = None if "" in signatures else _number_starts(text, signatures)
    if starts is None:
        return [money for money in find_money(text) if money.amount in wanted]
    found = {money.start: money for money in _around(text, starts) if money.amount in wanted}
    return [found[start] for start in sorted(found)]


def digit_signature(value: Decimal) -> str:
    """The digits of `value` without leading or trailing zeros ("" for zero, or a value too
    long to be read exactly)."""
    if not value.is_finite() or value.is_zero():
        return ""
    digits = value.normalize().as_tuple().digits
    if len(digits) > _MAX_DIGITS:
        return ""
    return "".join(map(str, digits))


def _number_starts(text: str, signatures: set[str]) -> list[int] | None:
    """Where the numbers that may print one of `signatures` start; None when the text must be
    read whole (a digit outside ASCII, or a number too long to be read exactly)."""
    if _other_digit(text):
        return None
    words = _words_to_read(text, signatures)
    # (the whole text is scanned with the pattern made to skip to where a number can start,
    # which costs as much again to compile: a few short words are read with it as it is)
    numbers = _numbers(signatures, skip=words is None)
    starts = []
    for start, end in [(0, len(text))] if words is None else words:
        for number in numbers.finditer(text, start, end):
            if number.lastgroup == "long":
                return None
            starts.append(number.start())
    return starts


# A scan of the number pattern tries every digit and separator of the text (some 1,200
# instructions each: 5 M on the worst-case document); most belong to numbers that hold no
# wanted value's first digit. Those digits are found first (a C loop each), and the pattern
# runs only over the words that hold them, when they are few enough.
_MOST_OPENINGS = 160
# The text's UTF-8 with each digit and separator as "x" and every other byte as a space (a
# character outside ASCII is bytes of neither): a run as long as the long branch needs is a
# plain substring there, found by a C search (a regex search tries every digit again).
_RUN_BYTES = bytes(ord("x") if chr(byte) in "0123456789,." else ord(" ") for byte in range(256))
_LONG_RUN = b"x" * (_MAX_DIGITS + 1)


def _words_to_read(text: str, signatures: set[str]) -> list[tuple[int, int]] | None:
    """Stretches of `text` that hold every match of the number pattern, in order: the words
    (between spaces) holding a digit that opens a wanted core; None for the whole text.

    Exact: a match lies in a run of digits and separators, whose core opens with one of those
    digits; a word holds whole runs, and a space on either side of it is what the pattern's
    look-arounds see there in the whole text too. A long run (the pattern's other branch,
    which needs no wanted digit; found here a little more often, never less) sends the whole
    text to the pattern."""
    openings: list[int] = []
    for digit in {signature[0] for signature in signatures}:
        at = text.find(digit)
        while at >= 0:
            openings.append(at)
            if len(openings) > _MOST_OPENINGS:
                return None
            at = text.find(digit, at + 1)
    if _has_long_run(text):
        return None
    words: list[tuple[int, int]] = []
    for at in sorted(openings):
        if words and at < words[-1][1]:
            continue  # in the word just taken
        end = text.find(" ", at)
        words.append((text.rfind(" ", 0, at) + 1, len(text) if end < 0 else end))
    return words


# (a document's own answer, kept: `debt_document` asks about one document for each set of
# values it looks up, and each answer encodes all of its 50 KB)
@functools.lru_cache(maxsize=2)
def _has_long_run(text: str) -> bool:
    """Does `text` hold a run of digits and separators as long as the long branch needs?"""
    return _LONG_RUN in text.encode("utf-8", "surrogatepass").translate(_RUN_BYTES)


@functools.lru_cache(maxsize=2)  # (a document's own answer, kept: as `_has_long_run`)
def _other_digit(text: str) -> bool:
    """Does `text` hold a decimal digit outside ASCII? (Asked of its other characters alone:
    its UTF-8 with the ASCII bytes deleted, a C loop, not a regex test of every character.)"""
    if text.isascii():
        return False
    encoded = text.encode("utf-8", "surrogatepass").translate(None, _ASCII)
    return _OTHER_DIGIT.search(encoded.decode("utf-8", "surrogatepass")) is not None


def _numbers(signatures: set[str], *, skip: bool) -> re.Pattern[str]:
    """Numbers whose digits, zeros and separators aside, are one of `signatures`: "50",
    "50,000,000" and "0.05" for 5; "1,050" for 105. A long run of digits is tried first at
    each run's start (where every money's number starts), so none goes unseen. `skip`: made
    to skip to where a number can start (`skipping`), for a scan of a long text."""
    cores = "|".join(r"[,.]?".join(signature) for signature in sorted(signatures))
    pattern = re.compile(rf"(?P<long>{_LONG})|(?<![0-9])[0,.]*(?:{cores})[0,.]*(?![0-9])")
    return skipping(pattern) if skip else pattern


def _safe_before(text: str, position: int) -> int:
    """A safe position at or before `position` (see the module docstring): in the last gap
    before it, else the text's start."""
    for reach in (_GAP_REACH, position):
        start = max(0, position - reach)
        gaps = [gap.start() for gap in _GAP.finditer(text, start, position + _LEAD)]
        if gaps:
            return gaps[-1] + 1 + _TAIL
        if start == 0:
            break
    return 0


def _around(text: str, starts: list[int]) -> Iterator[Money]:
    """The amounts of the whole text's scan that start up to `_LEAD` characters before one of
    the number `starts` (and others): each scan runs from a safe position, so it is in step
    with the whole text's; a scan still running goes on for the next number."""
    scan: Iterator[Money] = iter(())
    resume = -1  # where the running scan goes on from (-1: none runs)
    for at in starts:
        if at < resume:
            continue  # the scan has read past it: its amounts are found
        start = _safe_before(text, max(0, at - _LEAD))
        if start > resume:
            scan, resume = find_money(text, start), start
        for money in scan:
            resume = money.end
            yield money
            if money.start > at:
                break
        else:
            resume = len(text)
