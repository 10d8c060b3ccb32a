"""Where a gate's words stand in a whole document, so that a window of it is asked cheaply.

Some readers ask a gate (`gates.any_of`) of a window of the document before a sentence
("the 400 characters of the paragraph before it: do they talk about AI?"). Windows of
neighbouring sentences overlap, so scanning each one scans most of the document many times
(a tenth of a typical exhibit's extraction). Instead the words are found once in the
document's lowercase, and a window [start, end) is answered by bisecting their places: a word
opens the gate on a window's lowercase exactly when one of its occurrences lies wholly inside.

That holds when lowercasing maps each character to one character on its own. It does not
for a capital sigma (its lowercase depends on the letters around it) nor for letters whose
lowercase is longer ("İ"); in a document holding such letters `window_opens` says None and the
caller scans the window as before.
"""

from __future__ import annotations

import bisect
import re

from .folded import Folded, lowered
from .gates import gate_words


class _Places:
    """The (start, end) of every occurrence of the gate's words, sorted by start."""

    def __init__(self, lower: str, words: tuple[str, ...]) -> None:
        places = sorted(
            (start, start + len(word)) for word in words for start in _occurrences(lower, word)
        )
        self.starts = [start for start, _ in places]
        self.ends = [end for _, end in places]


def _occurrences(lower: str, word: str) -> list[int]:
    found = []
    start = lower.find(word)
    while start >= 0:
        found.append(start)
        start = lower.find(word, start + 1)  # (overlapping occurrences count too)
    return found


# The last document asked about, its lowercase (None when a window's lowercase may differ
# from the slice of it) and its places per gate (one document is read at a time).
_LAST: list[tuple[str, str | None, dict[str, _Places]]] = [("", "", {})]


def _document(text: str) -> tuple[str, str | None, dict[str, _Places]]:
    last = _LAST[0]  # one read of the tuple: safe if another thread replaces it
    if last[0] is not text:
        lower = lowered(text)  # (the document's lowercase, shared with its other readers)
        exact = len(lower) == len(text) and "Σ" not in text
        last = (text, lower if exact else None, {})
        _LAST[0] = last
    return last


def _places(kept: dict[str, _Places], lower: str, gate: re.Pattern[str]) -> _Places:
    places = kept.get(gate.pattern)
    if places is None:
        places = kept[gate.pattern] = _Places(lower, gate_words(gate))
    return places


def window_opens(gate: re.Pattern[str], text: str, start: int, end: int) -> bool | None:
    """Whether `gate` (an `any_of` gate) finds one of its words in `text[start:end].lower()`,
    or None when that cannot be answered from the document's places (see the module
    docstring)."""
    _, lower, kept = _document(text)
    if lower is None:
        return None
    places = _places(kept, lower, gate)
    index = bisect.bisect_left(places.starts, start)
    starts, ends = places.starts, places.ends
    while index < len(starts) and starts[index] < end:
        if ends[index] <= end:
            return True
        index += 1
    return False


def document_holds(gate: re.Pattern[str], text: str) -> bool | None:
    """`window_opens(gate, text, 0, len(text))`: whether one of the words of the `any_of` gate
    occurs anywhere in the document's lowercase, or None (see the module docstring). A question
    about the whole document needs no places: each word is looked for with `in`, stopping at
    the first found (finding every place of forty words cost some 7 M instructions on the
    worst-case document, for a yes or no)."""
    _, lower, _ = _document(text)
    if lower is None:
        return None
    return any(word in lower for word in gate_words(gate))


def found_at_words(pattern: Folded, opening: re.Pattern[str], text: str) -> bool | None:
    """Does `pattern` match anywhere in `text` (a whole document)? The answer of
    `pattern.search(text) is not None`, for a pattern each of whose matches opens with one of
    the words of the `any_of` gate `opening`: the pattern is tried only where those words stand,
    on the document's lowercase kept here (a document-wide question asked once a document cost
    two lowerings and a scan of 50 KB; the words' places are found by `str.find`). None when
    the document's lowercase moves offsets (the caller scans as before)."""
    _, lower, kept = _document(text)
    if lower is None:
        return None
    compiled = pattern.lowercase  # (what `Folded.search` runs on a lowercase of equal length)
    return any(compiled.match(lower, start) for start in _places(kept, lower, opening).starts)
