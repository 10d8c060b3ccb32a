"""`joined_month_flows` searches `_EACH` only where one of its words occurs: the same answer.

`_tells_each` gates the "a figure for each month" pattern with one search for its words
(`_EACH_CUE`); each test compares it with the plain search it stands for, on every corpus
sentence and on texts holding each word, near misses beside them.
"""

from __future__ import annotations

import pytest
from extract_corpus import corpus_sentences

from monitor.extract.joined_month_flows import _EACH, _EACH_CUE, _EACH_WORDS, _tells_each

# Each alternative of `_EACH` told in a sentence, and near misses (the word without the rest,
# a word split or glued to its neighbour).
_TEXTS = [
    "sold 500 and 600 BTC in April and May, respectively",
    "verkaufte im April und Mai 500 bzw. 600 BTC",
    "im April und Mai jeweils 500 BTC verkauft",
    "vendió 500 y 600 BTC en abril y mayo, respectivamente",
    "ha venduto rispettivamente 500 e 600 BTC ad aprile e maggio",
    "verkocht respectievelijk 500 en 600 BTC in april en mei",
    "500 BTC each in April and May",
    "mined 500 bitcoins each in April and May",
    "in each of April and May it sold 500 BTC",
    "each month of April and May",
    "500 btc per maand in april en mei",
    "продала 500 и 600 BTC в апреле и мае соответственно",
    "4月と5月にそれぞれ500 BTCを売却",
    "4月和5月分别出售500 BTC",
    "4월과 5월에 각각 500 BTC를 매도",
    "bán lần lượt 500 và 600 BTC trong tháng 4 và tháng 5",
    "mines each day in Texas in April and May",  # "each" without its figure: no match
    "sold 500 BTC in April and May",  # no word at all
    "reached 500 BTC; eachother in April and May",
    "the respective months April and May",
    "500 btc  each in april",
    "elke maand 500 btc",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_gate_gives_the_plain_search(text: str) -> None:
    lower = text.lower()
    assert _tells_each(lower) == (_EACH.search(lower) is not None)


def test_every_word_opens_the_gate() -> None:
    assert _EACH_CUE is not None and _EACH_WORDS
    for word in _EACH_WORDS:
        assert _EACH_CUE.search(f"sold 500 btc {word} in april and may") is not None, word


def test_gate_gives_the_plain_search_on_every_corpus_sentence() -> None:
    for text in corpus_sentences():
        lower = text.lower()
        assert _tells_each(lower) == (_EACH.search(lower) is not None), text
