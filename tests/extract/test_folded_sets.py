"""`pattern_sets.PatternChoice` never rules out a `Folded` pattern that matches.

The AI milestone reader scans a sentence only with the frames RE2 says may match it
(`ai_milestones._FRAMES`). A frame whose lowercase pattern RE2 read wrongly would be skipped
where it matches, and its milestones lost without a sign: each frame is asked of every sentence
of the labelled and real passages and of look-alikes (capitals, CPython's whitespace RE2
lacks, a letter whose lowercase moves offsets), and each one that matches must be possible.
"""

from __future__ import annotations

import pytest
from extract_corpus import corpus_sentences

from monitor.extract import ai_milestones
from monitor.extract.folded import Folded
from monitor.extract.pattern_sets import PatternChoice, loosened

_FRAMES = [
    *(pattern for _, _, pattern in ai_milestones._KINDS),
    ai_milestones._CONTRACT_PASSIVE_ALONE,
]

_LOOK_ALIKES = [
    "CIPHER SIGNED A 15-YEAR LEASE WITH AMAZON WEB SERVICES.",
    "The company\x0benergized\x1cthe first 50 MW data hall.",
    "İREN delivered 1,000 NVIDIA H200 GPUs in the quarter.",
    "",
]


def _sentences() -> list[str]:
    return [*_LOOK_ALIKES, *corpus_sentences()]


def test_the_milestone_frames_are_asked_of_re2() -> None:
    pytest.importorskip("re2")
    assert all(loosened(frame.lowercase) is not None for frame in _FRAMES)


def test_a_frame_that_matches_is_always_possible() -> None:
    pytest.importorskip("re2")
    frames = ai_milestones._FRAMES
    matched = 0
    for text in _sentences():
        possible = frames.possible(text, text.lower())
        matching = [frame for frame in _FRAMES if frame.search(text)]
        matched += len(matching)
        if possible.ids is None:
            assert len(text.lower()) != len(text) or not text.isascii()
            continue
        kept = possible.among(_FRAMES)
        assert all(frame in kept for frame in matching), text
    assert matched > 50  # (the check saw many matches)


def test_a_text_whose_lowercase_moves_offsets_may_match_anything() -> None:
    pytest.importorskip("re2")
    signed = Folded(r"\bsigned\b")
    frames = PatternChoice([signed])
    assert frames.possible("İREN signed a lease").ids is None
    assert frames.possible("IREN SIGNED A LEASE").among([signed]) == [signed]
    assert frames.possible("IREN leased a site").among([signed]) == []
