"""Required words only skip texts a pattern cannot match.

`required.required_words` reads a pattern for words one of which every match holds; a
`Folded` pattern and the capacity gates skip texts without them. Each test states the words a
pattern needs as read by hand, or checks on real sentences that no match lacks them.
"""

from __future__ import annotations

import gc
import re

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

import monitor.extract  # noqa: F401  (every rule module, so every Folded pattern, loaded)
from monitor.extract import ai_capacity, clean_text
from monitor.extract.folded import Folded, fold_source
from monitor.extract.required import required_words
from monitor.extract.sentences import segments


@pytest.mark.parametrize(
    ("source", "words"),
    [
        # the rarer of two mandatory parts: "miners|companies|firms" over "peer|rival|…"
        (
            r"\b(?:peers?|rivals?|other|competing)\s+(?:bitcoin\s+)?(?:miners|companies|firms)\b",
            {"miners", "companies", "firms"},
        ),
        (r"\binterest\s+expenses?\b", {"interest"}),  # "interest" is longer than "expense"
        (r"\bas\s+(?:of|at)\b", None),  # words too short to be worth a test
        (r"(?:total)?\s*debt", {"debt"}),  # an optional word is never required
        (r"\b(?:sold|\d+\s+btc)\b", None),  # one branch has no word: nothing is required
        (r"(?:proceeds){2,}", {"proceeds"}),
        (r"(?i:proceeds)", None),  # case-insensitive parts need lowercase=True
    ],
)
def test_words_read_by_hand(source: str, words: set[str] | None) -> None:
    found = required_words(source)
    assert (set(found) if found else None) == words


def test_lowercase_words_read_case_insensitive_parts() -> None:
    found = required_words(r"\b(?i:Bringing|brought)\s+the\s+(?i:TOTAL|Aggregate)", lowercase=True)
    assert found is not None and set(found) == {"bringing", "brought"}  # longest shortest word


@pytest.mark.parametrize(
    ("source", "words"),
    [
        # short and many words, for a gate that searches them all at once (`Folded`'s cue)
        (r"\b(?:would|could|if|vs\.?|plans?\s+to)\b", {"would", "could", "if", "vs", "plan"}),
        (r"\b(?:sold|\d+\s+btc)\b", {"sold", "btc"}),  # "btc": too short for an `in` test
        (r"\bas\s+(?:of|at)\b", {"as"}),  # one short word, in every match
        (r"\b(?:sold|\d+\s*[a-z]+)\b", None),  # still: one branch has no word
        (r"\b(?:a|in)\b", None),  # one letter is no word
    ],
)
def test_short_words_when_asked(source: str, words: set[str] | None) -> None:
    found = required_words(source, shortest=2, most=64)
    assert (set(found) if found else None) == words


def _sentences() -> list[str]:
    texts: list[str] = []
    for directory in (REAL_DEV_DIR, CORPUS_DIR):
        for case in load_cases(directory):
            texts.extend(
                segment.text for segment in segments(clean_text(case.document, case.content_type))
            )
    return texts


def test_no_match_lacks_the_words() -> None:
    """Every Folded pattern with words, and every gated capacity pattern, on real sentences:
    where the plain pattern matches, one of its words is in the lowercase text."""
    checked = 0
    sentences = [text.lower() for text in _sentences()]
    for pattern in [obj for obj in gc.get_objects() if isinstance(obj, Folded)]:
        words = required_words(fold_source(pattern.pattern))
        plain = re.compile(fold_source(pattern.pattern))
        for lower in sentences if words else ():
            if plain.search(lower):
                checked += 1
                assert any(word in lower for word in words), (pattern.pattern, lower)
    for pattern in ai_capacity._BOUND:
        words = required_words(pattern.pattern, pattern.flags, lowercase=True)
        for text in _sentences() if words else ():
            if pattern.search(text):
                checked += 1
                assert any(word in text.lower() for word in words), (pattern.pattern, text)
    assert checked > 100  # the comparison means something only if patterns do match


def test_cue_gate_holds_every_match() -> None:
    """A Folded pattern gated by one search for its short words (`_cue`): on real sentences,
    every match of the plain pattern holds one of those words within its own span (so a
    stretch a guard reads without them cannot hold a match)."""
    checked = 0
    sentences = [text.lower() for text in _sentences()]
    gated = [obj for obj in gc.get_objects() if isinstance(obj, Folded) and obj._cue is not None]
    assert len(gated) > 50  # guards, resolver and rule patterns with no few long words
    for pattern in gated:
        plain = re.compile(fold_source(pattern.pattern))
        for lower in sentences:
            for found in plain.finditer(lower):
                if found.end() > found.start():
                    checked += 1
                    assert pattern._cue.search(lower, found.start(), found.end()), (
                        pattern.pattern,
                        found.group(),
                    )
    assert checked > 1000
