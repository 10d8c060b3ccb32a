"""`per_document`: guard answers kept for one document, dropped when the next one starts.

A kept answer must be the one the guard gives when run afresh, for that sentence and those
positions only (never another sentence's answer at the same position), and no answer may
outlive its document. The sentences are paraphrases of release wording, with near misses.
"""

from __future__ import annotations

import pytest

from monitor.extract import extract_text, guards, per_document
from monitor.extract.ai_parties import is_hedged


def test_a_remembered_function_runs_once_per_question() -> None:
    calls: list[tuple[str, int]] = []

    @per_document.remembered
    def window(text: str, position: int) -> str:
        calls.append((text, position))
        return text[:position]

    assert window("Riot sold 475 BTC", 4) == "Riot"
    assert window("Riot sold 475 BTC", 4) == "Riot"
    assert window("Riot sold 475 BTC", 9) == "Riot sold"
    assert window("MARA sold 475 BTC", 4) == "MARA"  # another sentence, the same position
    assert calls == [
        ("Riot sold 475 BTC", 4),
        ("Riot sold 475 BTC", 9),
        ("MARA sold 475 BTC", 4),
    ]


def test_forget_drops_every_kept_answer() -> None:
    calls: list[str] = []

    @per_document.remembered
    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    shout("held 9,000 BTC")
    per_document.forget()
    assert shout("held 9,000 BTC") == "HELD 9,000 BTC"
    assert calls == ["held 9,000 BTC", "held 9,000 BTC"]


_NEGATED = "The Company has not sold any of the 310 BTC it mined in May."
_SOLD = "The Company has now sold all of the 310 BTC it mined in May."


def test_a_kept_guard_answers_for_its_own_sentence_only() -> None:
    per_document.forget()
    position = _NEGATED.index("sold")
    assert _SOLD.index("sold") == position  # the near miss asks at the same position
    assert guards.is_negated(_NEGATED, position)
    assert not guards.is_negated(_SOLD, position)
    assert guards.is_negated(_NEGATED, position)  # kept, and still the sentence's own


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("Last week, Bitfarms said it had sold 1,500 BTC from its reserve.", True),
        ("The latest sale comes shortly after Argo sold another 637 BTC in June.", True),
        ("In June, Bitfarms sold 1,500 BTC from its reserve.", False),
        ("The company disclosed it had sold 4,451 bitcoin during the quarter.", False),
    ],
)
def test_kept_answers_are_the_guards_own(sentence: str, earlier: bool) -> None:
    per_document.forget()
    position = sentence.index("sold")
    fresh = guards.is_earlier_event.__wrapped__(sentence, position)  # type: ignore[attr-defined]
    assert fresh is earlier
    assert guards.is_earlier_event(sentence, position) is earlier
    assert guards.is_earlier_event(sentence, position) is earlier


def test_a_new_document_starts_with_nothing_kept() -> None:
    sentence = "The operator could host up to 200 MW for its tenant."
    is_hedged(sentence, sentence.index("200"))
    assert is_hedged.cache_info().currsize > 0  # type: ignore[attr-defined]
    extract_text("Hut 8 reported revenue for the month.")  # a document without figures
    assert is_hedged.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert guards.is_earlier_event.cache_info().currsize == 0  # type: ignore[attr-defined]
