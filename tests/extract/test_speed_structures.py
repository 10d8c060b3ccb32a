"""Speed structures give what the plain computation they replace gives.

`GateSet.open_items` (a family's open patterns, planned per set of open gates) against asking
each gate; `document_words.window_opens` (a gate's words looked up where they stand in the
document) against scanning the window's lowercase, and `document_holds` / `found_at_words`
(a whole document's question) against the search they replace; `DocContext.reference` (the
report's last day, kept) against the report asked afresh; `debt_finished`'s sentence bounds,
found only when a history sentence first asks, against the sentences as written.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from decimal import Decimal

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import (
    ai,
    ai_financing,
    ai_mining_sites,
    ai_site_use,
    clean_text,
    debt_finished,
    treasury,
)
from monitor.extract import (
    gates as gates_module,
)
from monitor.extract.context import DocContext
from monitor.extract.document_words import document_holds, found_at_words, window_opens
from monitor.extract.folded import Folded, lowered
from monitor.extract.gates import GateSet, any_of, sentence_set
from monitor.extract.sentences import segments
from monitor.vocabulary.periods import Period


def _texts() -> list[str]:
    cases = [*load_cases(CORPUS_DIR), *load_cases(REAL_DEV_DIR)]
    return [clean_text(case.document, case.content_type) for case in cases]


_TEXTS = _texts()
_SENTENCES = [segment.text for text in _TEXTS for segment in segments(text)]


def test_open_items_are_the_items_whose_gates_open() -> None:
    for sentence in _SENTENCES:
        lower = lowered(sentence)
        is_open = sentence_set().opener(lower)
        for _, patterns in treasury._FAMILIES:
            wanted = [pattern for gate, pattern in patterns if is_open(gate)]
            assert sentence_set().open_items(lower, patterns) == wanted, sentence


def test_open_items_search_gates_that_are_not_words() -> None:
    word, other = any_of("sold"), re.compile(r"\d btc")
    gates = GateSet([word, other])
    items = ((word, "a"), (other, "b"), (word, "c"))
    assert gates.open_items("sold 5 btc", items) == ["a", "b", "c"]
    assert gates.open_items("sold five btc", items) == ["a", "c"]
    assert gates.open_items("held 5 btc", items) == ["b"]


@pytest.mark.parametrize("seed", range(3))
def test_a_window_opens_where_its_lowercase_holds_a_word(seed: int) -> None:
    chosen = random.Random(seed)
    for text in _TEXTS:
        for _ in range(20):
            start = chosen.randrange(len(text) + 1)
            end = min(len(text), start + chosen.randrange(1, 500))
            wanted = ai._AI_HINTS.search(text[start:end].lower()) is not None
            assert window_opens(ai._AI_HINTS, text, start, end) is wanted


def test_a_document_whose_lowercase_moves_is_left_to_a_scan() -> None:
    gate = any_of("ai ")
    assert window_opens(gate, "İstanbul AI data", 0, 16) is None
    assert window_opens(gate, "ΣAI Σ AI ", 0, 9) is None  # (a sigma's lowercase: its context)
    assert window_opens(gate, "An AI lab. No AI", 0, 6) is True
    assert window_opens(gate, "An AI lab. No AI", 0, 5) is False  # "ai" without its space
    assert window_opens(gate, "An AI lab. No AI", 4, 16) is False


def test_the_reference_date_follows_the_report() -> None:
    ctx = DocContext()
    assert ctx.reference is None
    ctx.report = Period("quarter", 2025, 2)
    assert ctx.reference == dt.date(2025, 6, 30)
    ctx.report = Period("month", 2025, 2)  # a new report: its own last day, not the one kept
    assert ctx.reference == dt.date(2025, 2, 28)
    ctx.published = dt.date(2025, 3, 4)
    assert ctx.reference == dt.date(2025, 3, 4)


_HISTORY = [
    "Riot repaid the loan.",
    " Repayments of the $35 million Galaxy loan began in May 2023.",
    " The last payment was made in June!",
    "\n\nOutlook",
]


def test_sentence_bounds_are_found_when_first_asked() -> None:
    text = "".join(_HISTORY)
    first, second, third = (len("".join(_HISTORY[:n])) for n in (1, 2, 3))
    bounds = debt_finished._SentenceBounds(text)
    began = text.index("began")
    assert bounds.around(began, began + 5) == (first, second)
    assert bounds.around(0, 4) == (0, first)  # the first sentence starts the text
    assert bounds.around(text.index("June"), text.index("June") + 4) == (second, third)
    assert bounds.around(len(text) - 3, len(text)) == (len(text) - len("Outlook"), len(text))


def test_loan_sizes_of_a_history_sentence() -> None:
    assert debt_finished._life_sizes("".join(_HISTORY)) == {Decimal(35_000_000)}
    assert debt_finished._life_sizes("Riot repaid its $35 million loan in May.") == set()


def test_a_gate_that_is_no_word_list_is_not_searched_where_re2_finds_it_cannot_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With RE2, the loosened form of a regex gate is answered in the words' one pass: a
    sentence it cannot match is not searched; a non-ASCII one always is (the loosened form
    holds on ASCII only); without RE2 every one is. The answers stay the search's."""
    pytest.importorskip("re2")
    word, other = any_of("sold"), re.compile(r"\d btc")
    searched: list[str] = []
    texts = ["sold five btc", "sold 5 btc", "sold five btc ₿", "held 5 btc ₿"]
    for lists in ("re2", None):
        gates = GateSet([word, other])
        if lists is None:
            monkeypatch.setattr(gates._scanner, "_lists", None)
        word_first = gates._others[other.pattern]
        spy = _Spy(word_first.search, searched)
        monkeypatch.setitem(gates._others, other.pattern, spy)
        for text in texts:
            assert gates.opener(text)(other) == (other.search(text) is not None), text
        assert searched == (texts[1:] if lists else texts), lists
        searched.clear()


def test_a_gate_set_answers_each_gate_as_searched_over_the_whole_sentence() -> None:
    """Every registered sentence gate that is no word list (loosened for RE2 with its word
    boundaries kept: `whole=True`) opens on a corpus sentence exactly when it matches the
    whole sentence, as its callers ask (`opens`, `sentence_items`: a whole sentence each)."""
    gates = sentence_set()
    others = [gate for gate in gates_module._SENTENCE if gate.pattern in gates._others]
    assert others  # (else the test says little)
    for sentence in _SENTENCES:
        lower = lowered(sentence)
        is_open = gates.opener(lower)
        for gate in others:
            assert is_open(gate) == (gate.search(lower) is not None), (gate.pattern, lower)


def test_a_gate_set_is_no_answer_for_a_window_of_the_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The contract `whole=True` rests on: a gate set answers for the whole text it is given.
    RE2 keeps a word boundary, so "the mayor" rules out "\\bmay\\b" without a search, although
    the window "the may" of it (`search(text, 0, 7)`) matches: a caller asking about a window
    must pass the window's own text."""
    pytest.importorskip("re2")
    word, other = any_of("sold"), re.compile(r"\bmay\b")
    gates = GateSet([word, other])
    searched: list[str] = []
    spy = _Spy(gates._others[other.pattern].search, searched)
    monkeypatch.setitem(gates._others, other.pattern, spy)
    assert other.search("the mayor", 0, 7) is not None  # (what a window search would say)
    assert gates.opener("the mayor")(other) is False
    assert searched == []  # (ruled out by RE2's word boundary, never searched)
    assert gates.opener("the may")(other) is True


class _Spy:
    """A gate's search that notes the texts it is asked about."""

    def __init__(self, search: Callable[[str], object], searched: list[str]) -> None:
        self._search, self._searched = search, searched

    def search(self, text: str) -> object:
        self._searched.append(text)
        return self._search(text)


def test_a_document_holds_a_word_where_its_lowercase_does() -> None:
    for text in _TEXTS:
        for gate in (ai_mining_sites._AI_WORDS, ai_mining_sites._MINING_WORDS):
            wanted = window_opens(gate, text, 0, len(text))
            assert document_holds(gate, text) is wanted


# A document-wide pattern asked only where its opening words stand finds what a search finds
# (each pattern with the gate of the words its matches open with).
_OPENED = [
    (ai_financing._FINANCING_RECEIVED, ai_financing._FINANCING_OPENING),
    (ai_site_use._EITHER_USE, ai_site_use._EITHER_GATE),
]
_LOOK_ALIKES = [
    "The company closed a $5 billion financing agreement with Macquarie for the campus.",
    "The site is well suited for either hosting an HPC customer or mining bitcoin.",
    "Its profit fit no plan; financing rose; equity holders voted by a wide margin.",
    "Proceeds from the equity offering fund the build; no investment from others.",
]


@pytest.mark.parametrize(("pattern", "opening"), _OPENED)
def test_a_pattern_found_at_its_opening_words_is_found_by_search(
    pattern: Folded, opening: re.Pattern[str]
) -> None:
    for text in [*_TEXTS, *_LOOK_ALIKES]:
        assert found_at_words(pattern, opening, text) is (pattern.search(text) is not None)


def test_a_document_whose_lowercase_moves_offsets_is_not_answered() -> None:
    text = "İstanbul data centre suited for either AI or bitcoin mining; financing from X."
    assert document_holds(ai_mining_sites._MINING_WORDS, text) is None
    assert found_at_words(ai_site_use._EITHER_USE, ai_site_use._EITHER_GATE, text) is None
    assert ai_site_use.is_either_use_document(text)  # (scanned as before)
