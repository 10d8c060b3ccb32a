"""The zero patterns' RE2 set (`treasury_zero._ZERO_SET`) keeps every pattern that matches.

`zero_sales` searches only the patterns the set says may match a sentence: one it ruled out
where it matches would lose a zero sale ("did not sell any bitcoin"). Each zero phrase is asked
in a sentence of its own, and every sentence of the labelled and real passages is asked too.
"""

from __future__ import annotations

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import clean_text, treasury_zero
from monitor.extract.sentences import segments

_PATTERNS = [*treasury_zero._SOLD_NONE, *treasury_zero._KEPT_THEM]

_ZEROS = [
    "The company did not sell any bitcoin in April.",
    "Riot has not sold any bitcoin since October 2020.",
    "CleanSpark retained 100% of its April production.",
    "It mined 450 BTC and added all of its April production to its treasury.",
    "All 450 bitcoin mined in April were added to Riot's treasury.",
    "The miner HODLed its entire April production.",
    "Hut 8 chose to hold its April production.",
    "There were no sales of bitcoin in April.",
    "Riot's entire April production was retained.",
    "It mined 31.7 bitcoin in January, choosing to hold them.",
    "Mined 450 BTC in April and did not sell any.",
]


@pytest.mark.parametrize("sentence", _ZEROS)
def test_a_zero_phrase_is_kept_by_the_set(sentence: str) -> None:
    possible = treasury_zero._ZERO_SET.possible(sentence, sentence.lower())
    matching = [pattern for pattern in _PATTERNS if pattern.search(sentence)]
    assert matching, sentence  # (each sentence is one of the zero phrases)
    assert all(possible.holds(pattern) for pattern in matching)


def test_the_set_keeps_every_pattern_that_matches_a_corpus_sentence() -> None:
    kept = 0
    for directory in (CORPUS_DIR, REAL_DEV_DIR):
        for case in load_cases(directory):
            text = clean_text(case.document, case.content_type)
            for segment in segments(text):
                sentence = segment.text
                possible = treasury_zero._ZERO_SET.possible(sentence, sentence.lower())
                for pattern in _PATTERNS:
                    if pattern.search(sentence) is not None:
                        assert possible.holds(pattern), (pattern.pattern, sentence)
                        kept += 1
    assert kept > 10  # (the corpus's zero phrases were asked)
