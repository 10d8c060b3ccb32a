"""Figures written in words before a unit: "two megawatts", "a thousand bitcoin".

Releases and news copy spell small and round figures out ("purchase of Two Megawatts of AI Data
Center Infrastructure", "a twenty-five megawatt AI pilot", "sold a thousand bitcoin"). Every
reader of figures in `monitor.extract` reads digits, so the words are rewritten as digits in
place, before any reading: the digits take the words' last characters and spaces fill the rest
("two megawatts" → "  2 megawatts"), so the text keeps its length and every offset still points
into the text as given (as `spaced_thousands` does).

Only a figure bound to a unit spelled out is rewritten: megawatts and bitcoin. A spelled
figure comes with the unit's word ("two megawatts", "a thousand bitcoin"); "MW", "BTC",
gigawatts, "coins" and money in words are left alone (rare beside a spelled figure), which
keeps the work to two literal-led scans of the text. Not rewritten: one ("the cost to mine one
bitcoin" is a unit, not a count told), and a coin noun that names a business or a place ("two
Bitcoin mining facilities"). "A five megawatt data centre" is rewritten, as digits would
stand, for the readers' own guards.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_UNITS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SMALL = "|".join(sorted((*(k for k in _UNITS if k != "a"), *_TENS), key=len, reverse=True))
# One word group: "twenty-five", "one hundred and fifty", "a thousand", "two thousand five
# hundred" (the words only; `_value` reads them).
_WORD = rf"(?:{_SMALL}|hundred|thousand)"
# ("and" only after a scale: "one hundred and fifty", never "five and ten", two figures)
_JOIN = r"(?:(?:(?<=hundred)|(?<=thousand))\s+and\s+|[\s-]+)"
# It opens on a number, or "a" before a scale ("a thousand"); a bare scale belongs to words the
# reader cannot count ("a few thousand bitcoin", "several hundred MW", "multi-thousand-BTC").
_PHRASE = rf"(?<![\w-])(?:a\s+(?:hundred|thousand)|{_SMALL})(?:{_JOIN}{_WORD})*?"
# The unit the figure is bound to; a coin noun that names machines or sites is no coin count.
_UNIT = (
    r"(?:(?i:megawatts?|bitcoins?)\b"
    r"(?!\s+(?i:min(?:ing|ers?|es?)|machines|rigs|facilit\w+|sites?|cent(?:er|re)s?|"
    r"companies|firms|treasur\w+|ATMs?)\b))"
)
# A range's far end ("two to three megawatts", "between five and ten MW"): a range is not a
# figure (decided case 9), and its near end stays in words, so neither end is rewritten.
_RANGE_BEFORE = re.compile(rf"(?i:\b(?:{_SMALL}|hundred|thousand|\d+)\s*(?:to|or|and|-|–)\s*)$")
_RANGE_REACH = 24
_SPELLED = re.compile(rf"(?i:(?P<words>{_PHRASE}))(?P<gap>[\s-])(?={_UNIT})")
# Where a figure may end: a unit, a space or hyphen before it and before that the last letter of
# a number word. One scan per unit, each led by the unit's literal letters (a literal-led scan
# is fast; one pattern of alternatives would try every place of the text), its look-behind
# checking the two characters before the unit. Each with how far into the unit its letters
# start ("Megawatts": "egawatt", so that its case does not matter).
_NEAR = r"[eorxntydEORXNTYD][ \n\t-]"
_PLACES = (
    (re.compile(rf"egawatt(?<={_NEAR}[Mm]egawatt)"), 1),
    (re.compile(rf"itcoin(?<={_NEAR}[Bb]itcoin)"), 1),
)
_LAST_WORD = re.compile(r"[A-Za-z]+$")
_NUMBER_WORDS = frozenset((*_UNITS, *_TENS, "hundred", "thousand"))
_WORD_REACH = 10  # "seventeen"
_PHRASE_REACH = 80  # "two thousand five hundred and fifty"
_UNIT_REACH = 20  # "megawatts"

# Between the words of a spelled number ("one hundred and fifty", "twenty-five").
_WORD_BREAK = re.compile(r"[\s-]+")


def _value(words: str) -> int | None:
    """ "twenty-five" → 25, "one hundred and fifty" → 150, "a thousand" → 1000."""
    total = current = 0
    for word in _WORD_BREAK.split(words.lower()):
        if word == "and":
            continue
        if word in _UNITS:
            if current % 100 >= 10 and not (current % 100 in _TENS.values() and _UNITS[word] < 10):
                return None  # "fifteen five": two figures side by side, not one
            if current % 10:
                return None
            current += _UNITS[word]
        elif word in _TENS:
            if current % 100:
                return None  # "five twenty": not one figure
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    return total + current


def rewritten(text: str) -> str:
    """`text` with each spelled figure before a unit as digits, in place (same length)."""
    ends = sorted(set(_word_ends(text)))
    if not ends:
        return text
    pieces: list[str] = []
    last = 0
    for end in ends:
        if end <= last:
            continue
        match = _spelled(text, end)
        if match is None:
            continue
        value = _value(match["words"])
        if value is None or value < 2:
            continue  # "one bitcoin": a unit of price or cost, not a count
        start = match.start("words")
        if start < last or _RANGE_BEFORE.search(text[max(0, start - _RANGE_REACH) : start]):
            continue
        digits = str(value)
        pieces.append(text[last:start])
        pieces.append(" " * (end - start - len(digits)) + digits)
        last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _word_ends(text: str) -> Iterator[int]:
    """Where a number word ends right before a unit ("two| megawatts", "a thousand| bitcoin")."""
    for pattern, lead in _PLACES:
        for place in pattern.finditer(text):
            end = place.start() - lead - 1  # (the gap's place: the word's end)
            word = _LAST_WORD.search(text, max(0, end - _WORD_REACH), end)
            if word is not None and word.group().lower() in _NUMBER_WORDS:
                yield end


def _spelled(text: str, end: int) -> re.Match[str] | None:
    """The longest spelled figure that ends at `end`, before its unit."""
    for match in _SPELLED.finditer(text, max(0, end - _PHRASE_REACH), end + 1 + _UNIT_REACH):
        if match.end("words") == end:
            return match
    return None
