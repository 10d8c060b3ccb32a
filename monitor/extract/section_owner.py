"""A newsletter's item belongs to the company its section heading names.

Reading rule: a roundup or newsletter tells several companies' news, each under a heading that
names the company ("Iris Increased Their Operating Hashrate by 79%", then "• Avg hashrate of
1,912 PH/s, 173 BTC mined"). A line that names no company of its own is the item of the
heading above it: when that heading names only other companies, the figure is theirs, not the
entity's. A heading is a short line of its own that ends without a sentence's punctuation and
is no bullet, set apart by a blank line before it and a blank line or a bullet after it
(hard-wrapped prose has short lines too); when the sentence or an item between it and the
heading names a company, the question is left to the sentence readers (`entities`,
`treasury_anaphora`).
"""

from __future__ import annotations

import re

from .entities import MINER_NAME, MINERS, ticker_named, ticker_of
from .item_owner import is_peers_item
from .per_document import remembered
from .skipping import skipping

_NAMES = skipping(re.compile(MINER_NAME))
_REACH = 600  # a section's few items
_LINES_MOST = 12
_HEADING_MOST = 100
_BULLET = re.compile(r"^[•·▪◦●*–-]")
# A heading ends on a word, a figure or a symbol (an emoji), never a sentence's punctuation
# (and a table row, with its cells, is none).
_NOT_HEADING = re.compile(r"[.!?;:,]\W*$|[|\t]")


def is_peers_section(document: str, start: int, sentence: str, entity: str | None) -> bool:
    """The sentence at `start` is an item under a heading naming only companies other than
    `entity`, and neither it nor the items above it name a company."""
    if not entity or ticker_of(entity) not in MINERS:
        return False  # (an unknown entity may go by any name)
    if is_peers_item(document, start, sentence, ticker_of(entity)):
        return True  # a round-up's numbered item about another company
    floor = max(0, start - _REACH)
    end = document.rfind("\n", floor, start)  # (the end of the line above the sentence's)
    for _ in range(_LINES_MOST):
        if end < 0:
            return False
        newline = document.rfind("\n", floor, end)
        if newline < 0 and floor > 0:
            return False  # (the line runs past reach: no heading found within it)
        begin = newline + 1
        line = document[begin:end].strip()
        if line and _is_heading(line) and _set_apart(document, begin, end):
            named = _named(line)
            return (
                bool(named)
                and ticker_of(entity) not in named
                and _NAMES.search(document, end, start + len(sentence)) is None
            )
        end = begin - 1
    return False


def _is_heading(line: str) -> bool:
    return (
        len(line) <= _HEADING_MOST
        and _BULLET.match(line) is None
        and _NOT_HEADING.search(line) is None
    )


def _set_apart(document: str, begin: int, end: int) -> bool:
    """Does the line from `begin` to `end` stand apart as a heading: a blank line (or the
    document's start) before it, and a blank line or a bullet after it? (In hard-wrapped prose
    every line is short and may end on a word: "… grew more slowly than" / "ours did.")"""
    if begin > 0:
        before = document.rfind("\n", 0, begin - 1)
        if document[before + 1 : begin - 1].strip():
            return False
    after = document.find("\n", end + 1)
    following = document[end + 1 : after if after >= 0 else len(document)].strip()
    return not following or _BULLET.match(following) is not None


@remembered
def _named(line: str) -> frozenset[str | None]:
    """The miners a heading names (each heading read once per document)."""
    return frozenset(ticker_named(found.group(0)) for found in _NAMES.finditer(line))
