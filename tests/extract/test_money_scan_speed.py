"""`find_money` scans from just before a text's first digit: it finds what a full scan finds.

`numbers._money_matches` stands for `MONEY_RE.finditer(text, start, end)` (a scan trying the
pattern wherever a currency marker's letter stands, some 700 instructions a character), started
`_MONEY_LEAD` characters before the first digit; each test compares the two, match by match,
with the groups each match read.
"""

from __future__ import annotations

import random

import pytest
from extract_corpus import corpus_sentences

from monitor.extract.numbers import MONEY_RE, _money_matches, find_money

_Found = list[tuple[tuple[int, int], dict[str, str | None]]]


def _found(text: str, start: int, end: int) -> _Found:
    return [(m.span(), m.groupdict()) for m in _money_matches(text, start, end)]


def _scanned(text: str, start: int, end: int) -> _Found:
    return [(m.span(), m.groupdict()) for m in MONEY_RE.finditer(text, start, end)]


# Amounts at the longest lead a marker allows ("U.S. $ 5": seven characters before the digit),
# markers glued to words, digits outside ASCII, texts with no digit, and near misses (a marker
# too far from its number, a bare number, a word ending in a marker's letters).
_TEXTS = [
    "It paid U.S. $ 5 million and US$ 12.5 million.",
    "U.S.  $5 million",  # two spaces: no prefix match
    "USD $ 12,5 million, USDT 40 and 7 USDT",
    "RMB ¥ 9 billion; HKD 7 bn; CNY 5; EUR 3m; GBP 2; £1; €4bn",
    "$43.9m2 and $28 millionthis loan, $2.5-million (Canadian)",
    "AU$ 4, A$3, CA$ 3, C$2 and CAD $ 1.2 billion",
    "12 yuan, 5 Tether, 8 Canadian dollars, 40 million pounds, 3 United States dollars",
    "١٢ euros and ٣ million dollars",
    "$1,250,000 then 2,500,000 USD then 1.5 bn USD",
    "focused 5 million; abusd 5; hedge 12 eur",
    "the fees (1) of US$3(12) million, 2024 $ 5",
    "no money here at all, 2,000 BTC",
    "no figure at all: USD, US$ and U.S. dollars",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_matches_are_the_scans(text: str) -> None:
    for start in range(len(text) + 1):
        for end in (start, (start + len(text)) // 2, len(text)):
            if end >= start:
                assert _found(text, start, end) == _scanned(text, start, end), (start, end)


def test_matches_are_the_scans_on_every_corpus_sentence() -> None:
    pick = random.Random(29)
    for text in corpus_sentences():
        assert _found(text, 0, len(text)) == _scanned(text, 0, len(text)), text
        start = pick.randrange(len(text) + 1)
        end = pick.randrange(start, len(text) + 1)
        assert _found(text, start, end) == _scanned(text, start, end), (text, start, end)


# Pieces of amounts and of what stands around them, joined at random into dense texts.
_PIECES = [
    "U.S.", "U.S. ", "US", "USD", "USDT", "CAD", "C", "CA", "AU", "AUD", "HK", "HKD", "RMB",
    "CNY", "¥", "EUR", "€", "£", "GBP", "$", " ", "  ", "\n", "5", "12", "٣", ",345", ",5", ".6",
    "million", "m", "k", "bn", "thousand", "dollars", "United States dollars", "euros", "yuan",
    "Tether", "(1)", "*", "¹", "a", "x", "/", ".", ",", "-", " (Canadian)", "usd", "u.s.",
]  # fmt: skip


def test_matches_are_the_scans_on_generated_texts() -> None:
    pick = random.Random(16)
    for _ in range(30_000):
        text = "".join(pick.choice(_PIECES) for _ in range(pick.randrange(1, 10)))
        start = pick.randrange(len(text) + 1)
        end = pick.randrange(start, len(text) + 1)
        assert _found(text, start, end) == _scanned(text, start, end), (text, start, end)
        assert _found(text, 0, len(text)) == _scanned(text, 0, len(text)), text


def test_find_money_reads_the_window() -> None:
    text = "paid $5 million, then US$ 7 million"
    assert [money.start for money in find_money(text)] == [5, 22]
    assert [money.start for money in find_money(text, 6)] == [22]
    assert [money.start for money in find_money(text, 0, 10)] == [5]
