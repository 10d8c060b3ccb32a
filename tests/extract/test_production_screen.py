"""`is_own_production` answers every produced figure as it does without its sentence screen.

Its patterns are searched only where one RE2 pass over the figure's sentence says they may
match (`sentence_screen`); a pattern ruled out where it matches would keep a clients' or a
rate's figure as the company's production. Every production figure the family's patterns find
in the labelled and real passages is asked with the screen and with it always open.
"""

from __future__ import annotations

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import clean_text, treasury, treasury_produced
from monitor.extract.model import BTC_PRODUCED
from monitor.extract.sentences import segments

_PRODUCED = [pattern for metric, family in treasury._FAMILIES if metric == BTC_PRODUCED
             for _, pattern in family]  # fmt: skip


class _Open:
    """A screen that lets every pattern through."""

    def may_match(self, pattern: object, text: str) -> bool:
        return True


_TURNED_AWAY = [
    "The company mined 450 BTC for its hosting clients in May.",
    "It produced 14 BTC per day in May.",
    "Expected production was approximately 660 bitcoin in May.",
    "It mined 230 bitcoin, constituting approximately 53.0% of the monthly total.",
    "Its joint venture in Abu Dhabi mined 50 bitcoins in May.",
]


def _answers(sentences: list[str]) -> list[bool]:
    return [
        treasury_produced.is_own_production(sentence, match)
        for sentence in sentences
        for pattern in _PRODUCED
        for match in pattern.finditer(sentence)
    ]


@pytest.mark.parametrize("sentence", _TURNED_AWAY)
def test_a_figure_not_its_own_is_turned_away_with_the_screen(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    screened = _answers([sentence])
    assert screened and not all(screened), sentence
    monkeypatch.setattr(treasury_produced, "_SCREEN", _Open())
    assert _answers([sentence]) == screened


def test_every_corpus_production_figure_is_answered_as_unscreened(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentences = []
    for directory in (CORPUS_DIR, REAL_DEV_DIR):
        for case in load_cases(directory):
            text = clean_text(case.document, case.content_type)
            sentences.extend(segment.text for segment in segments(text))
    screened = _answers(sentences)
    monkeypatch.setattr(treasury_produced, "_SCREEN", _Open())
    assert _answers(sentences) == screened
    assert len(screened) > 100 and not all(screened)  # (many figures, some turned away)
