"""Cues asked only whether they match give the answers of the plain searches they replace.

`branches.Branches` searches an alternation one top-level branch at a time (`found` for
`Folded.search`, `found_at` for `Folded.match`); `gates.GateSet` searches a gate that is no
word list only where one of the words every match of it holds is in the text. Each is checked
against the plain search on the sentences of the synthetic and real dev corpora, in the
windows the readers ask about (the whole sentence, the stretches before and after each
number, a reach after it), plus hand-made hard cases.
"""

from __future__ import annotations

import re
import sys
from types import ModuleType

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

import monitor.extract  # noqa: F401  (every reader module loaded, so their cues are found)
from monitor.extract import clean_text, treasury
from monitor.extract.branches import Branches, top_branches
from monitor.extract.folded import Folded, lowered
from monitor.extract.gates import sentence_set
from monitor.extract.sentences import segments

_REACH = 120  # how far the debt and AI readers' windows reach either side of an amount
_NUMBER = re.compile(r"\d[\d,.]*")


def _sentences() -> list[str]:
    cases = [*load_cases(CORPUS_DIR), *load_cases(REAL_DEV_DIR)]
    texts = (clean_text(case.document, case.content_type) for case in cases)
    return list(dict.fromkeys(segment.text for text in texts for segment in segments(text)))


_SENTENCES = _sentences()


def _cues() -> list[tuple[str, Branches]]:
    """Every `Branches` cue the readers define, by module and name."""
    found = []
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("monitor.extract") or not isinstance(module, ModuleType):
            continue
        for attribute, value in vars(module).items():
            if isinstance(value, Branches):
                found.append((f"{name}.{attribute}", value))
    return found


_CUES = _cues()


def _windows(text: str) -> list[tuple[str, int, int]]:
    """(text, pos, endpos) as the readers ask: the sentence, and around its first numbers."""
    asked = [(text, 0, len(text))]
    for number in list(_NUMBER.finditer(text))[:4]:
        start, end = number.span()
        asked.append((text[max(0, start - _REACH) : start], 0, sys.maxsize))
        asked.append((text[end : end + _REACH], 0, sys.maxsize))
        asked.append((text, end, end + 200))
        asked.append((text, start, sys.maxsize))
    return asked


def test_the_readers_have_branch_cues() -> None:
    names = {name.rsplit(".", 1)[1] for name, _ in _CUES}
    assert {"_TOTAL", "_SALE_MENTION", "_NOT_CAPEX", "_TWO_PERIODS"} <= names


@pytest.mark.parametrize(("name", "cue"), _CUES, ids=[name for name, _ in _CUES])
def test_a_cue_answers_as_its_whole_pattern_on_the_corpora(name: str, cue: Branches) -> None:
    whole = Folded(cue.pattern)
    searched = matched = 0
    for sentence in _SENTENCES:
        for text, pos, endpos in _windows(sentence):
            expected = whole.search(text, pos, endpos) is not None
            assert cue.found(text, pos, endpos) == expected, (name, text, pos, endpos)
            at = whole.match(text, pos, endpos) is not None
            assert cue.found_at(text, pos, endpos) == at, (name, text, pos, endpos)
            searched += expected
            matched += at
    assert searched + matched > 0, name  # (each cue is met on the corpora)


# Hard cases: a later branch matching left of an earlier one; a window cut inside a match;
# a lowercase that moves offsets ("İ" lowers to two characters: the IGNORECASE fallback).
@pytest.mark.parametrize(
    ("source", "text", "pos", "endpos"),
    [
        (r"\bdebt\s+outstanding|\btotal\s+debt\s+of\s+$", "Total debt of ", 0, sys.maxsize),
        (r"\bdebt\s+outstanding|\btotal\s+debt\s+of\s+$", "the debt outstanding", 0, 10),
        (r"\bdebt\s+outstanding|\btotal\s+debt\s+of\s+$", "the debt outstanding", 4, 20),
        (r"^\s*outstanding\b|^\s+of\s+notes\b", " of notes", 0, sys.maxsize),
        (r"^\s*outstanding\b|^\s+of\s+notes\b", "x of notes", 1, sys.maxsize),
        (r"\bloans?\b|\bİstanbul\s+notes\b", "İSTANBUL NOTES", 0, sys.maxsize),
        (r"\bloans?\b|\bnotes\b", "İ LOAN", 2, sys.maxsize),
        (r"a[|)]b|(?:c|d)\||e", "a|b", 0, sys.maxsize),
        (r"a[|)]b|(?:c|d)\||e", "x)y", 0, sys.maxsize),
    ],
)
def test_a_cue_answers_as_its_whole_pattern_on_hard_cases(
    source: str, text: str, pos: int, endpos: int
) -> None:
    cue, whole = Branches(source), Folded(source)
    assert cue.found(text, pos, endpos) == (whole.search(text, pos, endpos) is not None)
    assert cue.found_at(text, pos, endpos) == (whole.match(text, pos, endpos) is not None)


def test_top_branches_split_only_at_top_level_bars() -> None:
    assert top_branches(r"a[|)]b|(?:c|d)\||e") == ["a[|)]b", r"(?:c|d)\|", "e"]
    assert top_branches(r"(?:a|b)") == [r"(?:a|b)"]
    assert top_branches(r"a(b") is None


def test_gates_that_are_not_words_open_as_their_search() -> None:
    """A treasury gate searched behind its words (`_WordFirst`) opens exactly where the gate
    matches, in the sentence and in its lowercase."""
    gates = {gate.pattern: gate for _, patterns in treasury._FAMILIES for gate, _ in patterns}
    others = sentence_set()._others
    assert others
    opened = 0
    for sentence in _SENTENCES:
        for text in (sentence, lowered(sentence)):
            for source, word_first in others.items():
                expected = gates[source].search(text) is not None
                assert (word_first.search(text) is not None) == expected, (source, text)
                opened += expected
    assert opened > 0


# The debt balance cue, asked of the words before an amount (`debt_balance.names_balance`):
# most stretches hold no word of any of its branches, and are answered by one search of them
# all, each branch unasked; a stretch holding one branch's word asks the branches.
_BEFORE_SALE = (
    "In April, Riot sold 300 BTC at an average price of $62,000, generating net proceeds of "
)
_AMOUNT_RAISED = "The amount raised in the registered direct offering was approximately "
_BALANCE = "As of March 31, 2024, total debt outstanding was approximately "


def _branch_asks(monkeypatch: pytest.MonkeyPatch, cue: Branches, text: str) -> tuple[bool, int]:
    asked: list[str] = []
    search, match = Folded.search, Folded.match

    def counted_search(self: Folded, *args: object) -> object:
        asked.append(self.pattern)
        return search(self, *args)  # type: ignore[arg-type]

    def counted_match(self: Folded, *args: object) -> object:
        asked.append(self.pattern)
        return match(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Folded, "search", counted_search)
    monkeypatch.setattr(Folded, "match", counted_match)
    found = cue.found(text)
    monkeypatch.undo()
    return found, len(asked)


def test_a_stretch_without_any_branch_word_asks_no_branch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from monitor.extract.debt_balance import _TOTAL

    assert _branch_asks(monkeypatch, _TOTAL, _BEFORE_SALE) == (False, 0)
    # near misses: a branch's word without its match asks the branches, and finds none ...
    found, asked = _branch_asks(monkeypatch, _TOTAL, _AMOUNT_RAISED)
    assert not found and asked > 1
    # ... and the balance's own words are found as before
    assert _branch_asks(monkeypatch, _TOTAL, _BALANCE)[0]
    assert _TOTAL.found(_BALANCE) and not _TOTAL.found(_BEFORE_SALE)
