"""Thousands printed with a stray space after the comma: "sold 4, 451 bitcoins", "$125, 000".

Spun and machine-rewritten copy breaks a grouped figure at its comma. The figure is joined
again only when it plainly is one figure: every group after ", " has exactly three digits and
a coin unit, a money scale or a currency marker binds it ("4, 451 bitcoins", "$305, 000",
"1, 250 BTC"). Lists and dates stay apart: "March 4, 451 BTC" (a day, then the coins), "1, 2
and 3", "sold 100, 200 and 300 BTC" (the group is followed by another list item).

The join moves the spaces in front of the figure ("4, 451" → " 4,451"), so the text keeps its
length and every offset still points into the text as given.
"""

from __future__ import annotations

import re

from .document_signs import document_sign, scan
from .numbers import BTC_UNIT

# A day or a range's end before the first group: "March 4, 451 BTC", "from May 1 to 31, 451
# BTC", "between 3 and 5, 120 BTC" — a date or a list, then the coins.
_DATE_OR_RANGE_BEFORE = re.compile(
    r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:and|or|to|"
    r"through|until|till)|[-–—])\s$",
    re.IGNORECASE,
)
# The first group: one to three digits, not glued to a word, a decimal or another group, and
# not the tail of a list ("100, 200, 300 BTC": "200" follows "100, ").
_SPACED = re.compile(
    r"(?<![\w.,])(?<!\d, )(?P<prefix>(?:US\$|C\$|\$)?)(?P<number>\d{1,3}(?:, \d{3})+)"
    # a decimal may close it ("1, 103.5 BTC"), never another group or list item
    r"(?P<decimal>\.\d+)?(?![\d,]|\s(?:and|or)\s\d)"
)
# Where a broken figure may be: a digit, ", " and three digits (a charset-led scan, fast;
# `_SPACED` opens with look-behinds, so it is only matched where this finds a place).
_GATE = document_sign(re.compile(r"\d, \d{3}"))  # (`document_signs.scan`: found by RE2)
_FIGURE_START = re.compile(r"(?:US\$|C\$|\$)?\d{1,3}$")
_PREFIX_REACH = 6  # "US$" and three digits before the comma
# What binds the figure after it: the coins, or a money scale word.
_UNIT_AFTER = re.compile(
    rf"\s?(?:(?:newly\s+|freshly\s+)?(?:mined\s+|minted\s+)?{BTC_UNIT}|"
    r"(?:thousand|million|billion)\b)",
    re.IGNORECASE,
)


def joined(text: str) -> str:
    """`text` with each spaced figure rejoined in place (same length); `text` itself when none."""
    pieces: list[str] = []
    last = 0
    for place in scan(_GATE, text):
        if place.start() < last:
            continue  # (a later group of a figure already joined)
        match = _figure_at(text, place.start() + 1)
        if match is None or not _one_figure(text, match):
            continue
        figure = match["prefix"] + match["number"].replace(" ", "")
        spaces = " " * (match.end("number") - match.start() - len(figure))
        pieces.append(text[last : match.start()])
        pieces.append(spaces + figure)
        last = match.end("number")
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _figure_at(text: str, comma: int) -> re.Match[str] | None:
    """The spaced figure whose first comma is at `comma`, or None."""
    head = _FIGURE_START.search(text, max(0, comma - _PREFIX_REACH), comma)
    return None if head is None else _SPACED.match(text, head.start())


def _one_figure(text: str, match: re.Match[str]) -> bool:
    """A currency marker before it, or coins or a scale after it and no date or range
    before it. Coins take one group only: "100, 200, 300 BTC" is a list (no miner counts a
    million coins), "$1, 250, 000" is money."""
    if match["prefix"]:
        return True  # (a day or a list item is never printed "$4")
    if _DATE_OR_RANGE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return False
    if match["number"].count(",") > 1:
        return False
    return _UNIT_AFTER.match(text, match.end()) is not None
