"""The proceeds reader's whole-sentence questions answer as the plain alternations do.

`proceeds._Screened.in_sentence` searches only the branches one RE2 pass over the sentence
says may match (`pattern_sets.PatternChoice`); it must answer as `Branches.found` does, which
searches them all: a sale mention or a referring sentence missed would lose proceeds. Each
branch is asked in a sentence of its own, and every sentence of the labelled and real passages
is asked too.
"""

from __future__ import annotations

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import clean_text, proceeds
from monitor.extract.branches import Branches
from monitor.extract.sentences import segments

_ALTERNATIONS = [
    proceeds._SALE_MENTION,
    proceeds._REFERS_BACK,
    proceeds._NAMES_THE_SALE,
    proceeds._OTHER_SALE,
]

_SENTENCES = [
    "The company completed the sale of its entire bitcoin for $305 million.",
    "Bitcoin sales brought in $20 million.",
    "The bitcoin was sold on the open market, generating net proceeds of $8 million.",
    "It offloaded this crypto stash for about $62 million.",
    "Riot sold $24 million worth of bitcoin.",
    "The sales totaled $44 million.",
    "Net proceeds were approximately $24 million.",
    "The proceeds, roughly $84 million, went to capital expenditures.",
    "The firm raised $38.8 million from the sale.",
    "The sale generated approximately $8.8 million.",
    "It also sold shares for $10 million.",
    "It sold 2,000 miners for $5 million.",
]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_each_branch_sentence_is_answered_as_the_alternation(sentence: str) -> None:
    answers = [alternation.in_sentence(sentence) for alternation in _ALTERNATIONS]
    assert any(answers), sentence  # (each sentence shows one branch)
    assert answers == [Branches.found(alternation, sentence) for alternation in _ALTERNATIONS]


def test_whole_sentence_answers_are_the_alternations_on_every_corpus_sentence() -> None:
    found = 0
    for directory in (CORPUS_DIR, REAL_DEV_DIR):
        for case in load_cases(directory):
            text = clean_text(case.document, case.content_type)
            for segment in segments(text):
                for alternation in _ALTERNATIONS:
                    plain = Branches.found(alternation, segment.text)
                    assert alternation.in_sentence(segment.text) == plain, segment.text
                    found += plain
    assert found > 100  # (the corpus's sale sentences were asked)
