"""A newsletter's item belongs to the company its section heading names.

Reading rule: a roundup or newsletter tells several companies' news, each under a heading that
names the company ("Iris Increased Their Operating Hashrate by 79%", then "• Avg hashrate of
1,912 PH/s, 173 BTC mined"). A line that names no company of its own is the item of the
heading above it: when that heading names only other companies, the figure is theirs, not the
entity's. A heading is a short line of its own that ends without a sentence's punctuation and
is no bullet; a prose line or bullet naming a company before any heading leaves the question
to the sentence readers (`entities`, `treasury_anaphora`).
"""

from __future__ import annotations

import bisect
import re

from .entities import MINERS, names_in, ticker_named, ticker_of

_REACH = 600  # a section's few items
_HEADING_MOST = 100
_BULLET = re.compile(r"^[•·▪◦●*–-]")
# A heading ends on a word, a figure or a symbol (an emoji), never a sentence's punctuation.
_SENTENCE_END = re.compile(r"[.!?;:,]\W*$")


def is_peers_section(document: str, start: int, sentence: str, entity: str | None) -> bool:
    """The sentence at `start` names no company, and the nearest line above it that names one
    is a heading naming only companies other than `entity`."""
    if not entity or ticker_of(entity) not in MINERS:
        return False  # (an unknown entity may go by any name)
    names = names_in(document)  # (found once per document)
    last = bisect.bisect_left(names, (start + len(sentence),))
    first = bisect.bisect_left(names, (max(0, start - _REACH),))
    if first == last or names[last - 1][0] >= start:
        return False  # no company named above within reach, or the sentence names its own
    # the line of the nearest name above: the heading it must be
    name_start = names[last - 1][0]
    line_start = document.rfind("\n", 0, name_start) + 1
    line_end = document.find("\n", name_start)
    if line_end < 0 or line_end >= start:
        return False  # (the name is on the sentence's own line: no heading above it)
    if not _is_heading(document[line_start:line_end].strip()):
        return False
    named = {ticker_named(name) for begin, _, name in names[first:last] if begin >= line_start}
    return ticker_of(entity) not in named


def _is_heading(line: str) -> bool:
    return (
        0 < len(line) <= _HEADING_MOST
        and _BULLET.match(line) is None
        and _SENTENCE_END.search(line) is None
    )
