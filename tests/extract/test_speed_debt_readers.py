"""The debt readers' speed shortcuts give the answers of the plain path they stand for.

- `folded._remember` keeps the two texts asked before the last one (`_EARLIER`), so a guard
  that goes back to an amount's "before" stretch after asking about its "after" does not lower
  it again. A kept entry must be the text's own: every stretch of every corpus sentence, asked
  in the order the guards ask them, gets its own lowercase and its own matches.
- `debt_superseded._Names` reads each quote's instrument names once for the pair checks; it
  must answer what `_names` answers, quote by quote.
- `stated_amounts` keeps a document's two whole-text answers (a digit outside ASCII, a run of
  digits too long to read exactly) for the next set of values asked of it: each must be the
  text's own, asked after any other text.
"""

from __future__ import annotations

import re

import pytest
from extract_corpus import corpus_sentences

from monitor.extract import folded
from monitor.extract.debt_superseded import _Names, _names
from monitor.extract.folded import Folded, lowercase_in_place, lowered
from monitor.extract.stated_amounts import (
    _ASCII,
    _LONG_RUN,
    _OTHER_DIGIT,
    _RUN_BYTES,
    _has_long_run,
    _other_digit,
)

# A Folded pattern and the IGNORECASE pattern it stands for: the matches must agree whatever
# text was asked before.
_SOURCE = r"\b(?:repaid|loan|notes?|debt)\b"
_PATTERN = Folded(_SOURCE)
_PLAIN = re.compile(_SOURCE, re.IGNORECASE)

# Stretches of equal length and different letters (a kept entry found by length or content
# instead of identity would give one the other's lowercase), a non-ASCII text whose lowercase
# moves offsets, and near misses with no match at all.
_TEXTS = [
    "Repaid the LOAN",
    "Issued the NOTE",
    "İstanbul Debt of $5 million",
    "The company repaid the remaining $15.0 million of its term loan.",
    "No figure here, nothing to repay",
    "",
]


def _stretches(text: str) -> list[str]:
    """The sentence and the stretches a guard cuts from it, each a new string object."""
    middle = len(text) // 2
    return [text, text[:middle], text[middle:], text[-80:], text[:40]]


def _asked_in_turn(texts: list[str]) -> None:
    """Asks each text, then each again in other orders (the alternation guards make), checking
    each answer against the text's own."""
    orders = [texts, texts[::-1], [texts[index % len(texts)] for index in (0, 1, 0, 2, 1, 0, 3)]]
    for order in orders:
        for text in order:
            assert lowered(text) == text.lower(), text
            lower = text.lower()
            in_place = lowercase_in_place(text)
            assert in_place == (lower if len(lower) == len(text) else None), text
            found = [(m.start(), m.end()) for m in _PATTERN.finditer(text)]
            assert found == [(m.start(), m.end()) for m in _PLAIN.finditer(text)], text


@pytest.mark.parametrize("text", _TEXTS)
def test_stretches_keep_their_own_lowercase(text: str) -> None:
    _asked_in_turn([*_stretches(text), *_TEXTS])


def test_two_texts_of_one_length_are_told_apart() -> None:
    first, second = "Repaid the LOAN", "Issued the NOTE"
    _asked_in_turn([first, second, first, second, "something else entirely", first])
    assert lowered(first) == "repaid the loan" and lowered(second) == "issued the note"


def test_earlier_texts_are_kept() -> None:
    # (the shortcut itself: a text asked two asks ago is found again, not lowered anew)
    before, after, sentence = "the loan of ", " was repaid", "the loan of $5 was repaid"
    for text in (sentence, before, after):
        lowered(text)
    kept = [entry[0] for entry in folded._EARLIER]
    assert any(text is before for text in kept) and any(text is sentence for text in kept)


def test_every_corpus_sentence_keeps_its_own_lowercase() -> None:
    sentences = corpus_sentences()
    for index, sentence in enumerate(sentences):
        neighbour = sentences[index - 1]
        _asked_in_turn([*_stretches(sentence), neighbour, sentence[:-1]])


def test_names_are_read_once_as_names_reads_them() -> None:
    names = _Names()
    for sentence in corpus_sentences():
        assert names.of(sentence) == _names(sentence), sentence
        assert names.of(sentence) == _names(sentence), sentence  # (asked again: kept)
    assert _Names().of("the Galaxy loan and the term loan") == {"galaxy", "term"}
    assert _Names().of("the loan") == set()  # a near miss: "the" names nothing apart


def _long_run_read_now(text: str) -> bool:
    return _LONG_RUN in text.encode("utf-8", "surrogatepass").translate(_RUN_BYTES)


def _other_digit_read_now(text: str) -> bool:
    encoded = text.encode("utf-8", "surrogatepass").translate(None, _ASCII)
    return _OTHER_DIGIT.search(encoded.decode("utf-8", "surrogatepass")) is not None


# A run just long enough and one a digit short, a non-ASCII digit and a text with none.
_DOCUMENT_TEXTS = [
    "account 123,456,789,012,345,6 reads whole",
    "account 123,456,789,012,345, is read by value",
    "paid ١٢ million of the loan",
    "paid 12 million of the loan – €5",
]


def test_whole_text_answers_are_each_texts_own() -> None:
    texts = [*_DOCUMENT_TEXTS, *corpus_sentences()]
    for index, text in enumerate(texts):
        for asked in (text, texts[index - 1], text):  # (another text between: not its answer)
            assert _has_long_run(asked) == _long_run_read_now(asked), asked
            assert _other_digit(asked) == _other_digit_read_now(asked), asked
    assert [_has_long_run(text) for text in _DOCUMENT_TEXTS] == [True, False, False, False]
    assert [_other_digit(text) for text in _DOCUMENT_TEXTS] == [False, False, True, False]
