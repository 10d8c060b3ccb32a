"""Run-ons, long lists of figures and long tables cost work in proportion to their length.

Project rule: every wait is bounded, and a 50 KB document is read well under a second whatever
its text. Each figure's guards read around it, and each document-wide pass compares figures:
a step that reads the whole sentence for every figure of it, or every figure for every other,
makes a run-on of a thousand figures cost a million steps (one such run-on took ~19 s).

The tests count work instead of timing it (the machine is shared, a count is the same under
load): the Python calls the extractor makes and the characters its case-folded patterns are
asked to read. Doubling a text of one shape must about double both (`_LINEAR`); a step that
is quadratic in the figures of a sentence or of a document quadruples them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from types import FrameType
from typing import Any

import pytest

from monitor.extract import extract_text, resolver, treasury_recalled
from monitor.extract.folded import Folded
from monitor.extract.sentences import LONGEST_SENTENCE, segments

_PUBLISHED = dt.date(2024, 10, 4)

# Shapes that exploded: one unit repeated with no full stop (a run-on sentence), many short
# sentences, and tables of many rows. The first three are the reported ones (~19 s, the
# per-figure recall test, ~4.3 s at 50 KB).
_SHAPES = {
    "said-on-day": "On Oct. 3, the miner said it produced 450 BTC in September, ",
    "capex-and-capacity": "a CAD $3.5 billion, 320-megawatt AI gigafactory ",
    "many-figures": "Riot produced 450 BTC, sold 300 BTC and held 19,223 BTC, ",
    "many-dates": "on January 31, 2024, March 31, 2024 and June 30, 2024, ",
    "many-money": "$3.5 million, $4.2 billion and $120 million of debt, ",
    "balance-spans": (
        "reduced the loan by $18.2 million from $23.5 million at 1 January 2024 to $5.3 million "
        "at 30 June 2024, "
    ),
    "span-openings": "produced 450 BTC from September, ",
    "no-commas": "mined 450 BTC in May and ",
    "hard-wrapped": "mined 450 BTC in May\n",
    "wide-row": "Bitcoin mined | 450 | ",
    "recalled": "it had sold 450 BTC in May and said last week that it mined 478 BTC in August, ",
    "ai-deals": "a 200 MW data center for $1.2 billion with CoreWeave in Q3 2024, ",
    "debt-notes": "repaid $10 million of the $50 million convertible notes due 2030 in June 2024, ",
    "hedged-sentences": "Riot produced about 450 BTC in May. ",
    "short-sentences": "Riot produced 450 BTC in May. ",
    "pipe-table": "| Bitcoin mined | 450 | 400 | 380 |\n",
    "cell-lines": "Bitcoin mined\n|\n450\n|\n400\n|\n",
    "glued-table": "Bitcoin mined399\nBitcoin sold120\nBitcoin held4,120\n",
    "month-rows": "January 2024 | 450 | 300 | 19,223\n",
    # sentences of distinct figures (nothing collapses them: every figure reaches the
    # document-wide passes, which compare figures with each other)
    "distinct-loans": "On May 1, 2024, Acme closed a ${n} million term loan. ",
    "distinct-repayments": "In May 2024, Acme repaid ${n} million of its loan. ",
    "distinct-production": "Acme mined {n} BTC in May 2024. ",
    "distinct-sales": "Acme sold {n} BTC for ${n}.5 million in May 2024. ",
    "distinct-capex": "Acme will invest ${n} million in its AI data center. ",
    "roll-forward": (
        "Beginning balance 9,000\nBitcoin mined 450\nBitcoin sold (300)\nEnding balance 9,150\n"
    ),
}  # fmt: skip

_SMALL = 12_000  # characters; both sizes hold several pieces of a run-on (`LONGEST_SENTENCE`)
_LINEAR = 2.5  # most that work may grow when the text doubles (linear: 2; quadratic: ~4)


def _repeated(unit: str, size: int) -> str:
    """`unit` repeated to `size` characters, "{n}" in it counting up from 100."""
    if "{n}" not in unit:
        return (unit * (size // len(unit) + 1))[:size]
    parts: list[str] = []
    length = 0
    for number in itertools.count(100):
        if length >= size:
            break
        parts.append(unit.format(n=number))
        length += len(parts[-1])
    return "".join(parts)[:size]


@dataclass
class _Work:
    calls: int = 0
    characters: int = 0


def _work(text: str, monkeypatch: pytest.MonkeyPatch) -> _Work:
    """The calls and pattern reads one extraction of `text` makes."""
    work = _Work()
    for name in ("search", "match", "finditer"):
        monkeypatch.setattr(Folded, name, _counting(getattr(Folded, name), work))

    def count(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            work.calls += 1

    sys.setprofile(count)
    try:
        extract_text(text, published=_PUBLISHED)
    finally:
        sys.setprofile(None)
        monkeypatch.undo()
    return work


def _counting(method: Any, work: _Work) -> Any:
    def counted(self: Folded, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        work.characters += max(0, min(endpos, len(text)) - pos)
        return method(self, text, pos, endpos)

    return counted


@pytest.mark.parametrize("shape", sorted(_SHAPES))
def test_work_grows_in_proportion_to_the_text(shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    small = _work(_repeated(_SHAPES[shape], _SMALL), monkeypatch)
    large = _work(_repeated(_SHAPES[shape], 2 * _SMALL), monkeypatch)
    assert large.calls <= _LINEAR * small.calls, (small, large)
    assert large.characters <= _LINEAR * max(small.characters, 1), (small, large)


def _pieces(text: str) -> Iterator[str]:
    return (segment.text for segment in segments(text))


@pytest.mark.parametrize("shape", ["said-on-day", "capex-and-capacity", "span-openings"])
def test_a_run_on_is_read_in_pieces_cut_at_clause_breaks(shape: str) -> None:
    text = _repeated(_SHAPES[shape], 50_000)
    parts = list(segments(text))
    assert len(parts) > 50_000 // LONGEST_SENTENCE
    assert all(len(part.text) <= LONGEST_SENTENCE for part in parts)
    assert all(part.text == text[part.start : part.end] for part in parts)
    # every piece but the last ends on a clause break, and the next starts on the next word
    for part, following in itertools.pairwise(parts):
        assert part.text.endswith(","), part.text[-30:]
        assert text[part.end : following.start].isspace()


def test_a_run_on_without_breaks_is_cut_at_spaces_then_anywhere() -> None:
    spaced = "word " * 2_000
    assert all(len(part) <= LONGEST_SENTENCE for part in _pieces(spaced))
    assert all(part.endswith("word") for part in _pieces(spaced))
    solid = "x" * (2 * LONGEST_SENTENCE + 10)
    assert [len(part) for part in _pieces(solid)] == [LONGEST_SENTENCE, LONGEST_SENTENCE, 10]


# The longest sentences of the real cases (~1,750 characters) stay whole: a sentence of just
# under the limit is one segment, one just over it two.
@pytest.mark.parametrize(("length", "count"), [(LONGEST_SENTENCE, 1), (LONGEST_SENTENCE + 4, 2)])
def test_only_sentences_past_the_limit_are_cut(length: int, count: int) -> None:
    sentence = ("Riot sold 250 BTC in May, " * 200)[: length - 1] + "."
    assert len(sentence) == length
    assert len(list(_pieces(sentence))) == count


# The steps that were quadratic within one sentence, counted directly.


def test_a_span_opening_is_looked_for_once_per_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "from … to …" (`resolver._span_after`): the opening word was looked for once per pair
    of dates after the figure, each time over the text from the figure on."""
    searches, asks = [0], [0]
    opening, span_after = resolver._SPAN_OPEN, resolver._span_after

    class _Counted:
        def search(self, *args: Any) -> Any:
            searches[0] += 1
            return opening.search(*args)

    def counted(*args: Any) -> Any:
        asks[0] += 1
        return span_after(*args)

    monkeypatch.setattr(resolver, "_SPAN_OPEN", _Counted())
    monkeypatch.setattr(resolver, "_span_after", counted)
    text = _repeated(_SHAPES["said-on-day"], LONGEST_SENTENCE - 100) + "from 2024 to 2025."
    extract_text(text, published=_PUBLISHED)
    assert asks[0] >= 40  # (every figure of the sentence asks)
    assert searches[0] <= asks[0]


def test_recall_words_are_read_once_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """`treasury_recalled._recalls` reads a figure's whole sentence: the figures of one
    sentence share the answer."""
    evidences: list[str] = []
    recalls = treasury_recalled._recalls

    def counted(evidence: str, reported: bool) -> bool:
        evidences.append(evidence)
        return recalls(evidence, reported)

    monkeypatch.setattr(treasury_recalled, "_recalls", counted)
    text = (
        "Riot Announces September 2024 Production and Operations Update\n"
        "Riot mined 450 BTC in September.\n" + "It sold 300 BTC in August, " * 40 + "and more."
    )
    found = extract_text(text, published=_PUBLISHED)
    assert ("btc_produced", "2024-09") in {(item.metric, item.period) for item in found}
    assert len(evidences) >= 1
    assert len(evidences) == len(set(evidences))
