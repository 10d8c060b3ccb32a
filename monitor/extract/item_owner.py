"""A newsletter's numbered item belongs to the company its opening names.

Reading rule: a round-up tells several companies' news as numbered items ("1.", "2.", each on
a line of its own or opening its line). "2. / Bitcoin mining company Riot Platforms reports Q1
2024 financial results. … Total revenues for the quarter were $79.3 million …, a total of
1,364 BTC produced" tells Riot's quarter: a sentence that names no company of its own is the
item's, and when the item's words before it name only companies other than the entity, the
figure is theirs (README "What is NOT labelled": other companies' figures). A sentence that
names a company is left to the sentence readers (`entities`, `treasury_anaphora`); an item
that names the entity, or none, is read as usual.
"""

from __future__ import annotations

import re

from .entities import MINER_NAME, ticker_named
from .skipping import skipping

_NAMES = skipping(re.compile(MINER_NAME))
# "2." alone on its line, or "2. Riot Platforms reports …" opening it
_MARKER = re.compile(r"[ \t]*\d{1,2}\.(?:[ \t]*$|[ \t]+(?=\S))")
_REACH = 1200  # an item's few sentences
_LINES_MOST = 4


def is_peers_item(document: str, start: int, sentence: str, owner: str) -> bool:
    """Is the sentence at `start` of `document` in a numbered item whose words before it name
    only miners other than `owner` (a ticker), the sentence itself naming none?"""
    floor = max(0, start - _REACH)
    line_start = document.rfind("\n", floor, start) + 1
    if line_start == 0 and floor > 0:
        return False  # (the line runs past reach)
    body = _item_body(document, floor, line_start)
    if body is None or _NAMES.search(sentence) is not None:
        return False
    named = {ticker_named(found.group(0)) for found in _NAMES.finditer(document, body, start)}
    return bool(named) and owner not in named


def _item_body(document: str, floor: int, line_start: int) -> int | None:
    """Where the item holding the line at `line_start` begins (after its marker), if the
    line or one of the few lines right above it (no blank line between) is its marker."""
    begin = line_start
    for _ in range(_LINES_MOST):
        end = document.find("\n", begin)
        line_end = end if end >= 0 else len(document)
        marker = _MARKER.match(document, begin, line_end)
        if marker is not None:
            return marker.end()
        if begin <= floor or begin == 0:
            return None
        above = document.rfind("\n", floor, begin - 1) + 1
        if not document[above : begin - 1].strip():
            return None  # (a blank line: the paragraph, and any item, starts below it)
        begin = above
    return None
