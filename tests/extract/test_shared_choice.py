"""The one RE2 pass a sentence (`sentence_screen.SharedChoice`) never says a pattern cannot match
where it does.

The treasury families, the guards' screen, the proceeds' branches and the debt and AI readers'
stretch screens read their patterns' answers from one pass over the sentence as written, a
`Folded` pattern's lowercase form made case-insensitive there. A pattern written wrongly in that
pass (a case fold lost, a look-around kept) would skip a figure or a guard that matches, and
its answer would change without a sign. Every joined pattern is asked of every sentence of the
labelled and real passages, and of the same sentences in capitals and in title case (a `Folded`
pattern matches them as it matches the lowercase), with look-alikes whose case or spacing only
CPython's reading covers.
"""

from __future__ import annotations

import re

from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

# (importing the pipeline imports every reader, so every choice has joined the pass)
from monitor.extract import clean_text, pipeline  # noqa: F401
from monitor.extract.folded import Folded
from monitor.extract.sentence_screen import _ONE_PASS, SharedChoice

_LOOK_ALIKES = [
    "THE COMPANY SOLD 4,451 BITCOIN AND HELD 9,000 BTC AT QUARTER END.",
    "Riot Would Have Sold 500 BTC If Prices Had Held.",
    "In Comparison, The Company Sold 1,125 BTC In Aug.",
    "it sold\x0b400\x1cbtc,\x1fnot 500",
    "Repaid The $50 Million Term Loan In Full; Drew $20 Million Under The Facility.",
    "",
]


def _sentences() -> list[str]:
    texts = list(_LOOK_ALIKES)
    for directory in (REAL_DEV_DIR, CORPUS_DIR):
        for case in load_cases(directory):
            text = clean_text(case.document, case.content_type)
            texts.extend(re.split(r"(?<=[.;!?])\s+|\n+", text))
    return [text for text in dict.fromkeys(texts) if text.isascii()]


def _missed(texts: list[str]) -> list[tuple[str, str]]:
    """(pattern, text) pairs where the pattern matches and the one pass says it cannot."""
    missed = []
    patterns = list(_ONE_PASS._patterns.values())
    for text in texts:
        possible = _ONE_PASS.possible(text)
        for pattern in patterns:
            if not possible.holds(pattern) and pattern.search(text) is not None:
                missed.append((pattern.pattern, text))
    return missed


def test_every_matching_pattern_is_possible_in_corpus_sentences() -> None:
    texts = _sentences()
    assert len(texts) > 2000  # (the passages were read)
    assert _missed(texts) == []


def test_folded_patterns_are_possible_in_capitals_and_title_case() -> None:
    # (a `Folded` pattern matches "SOLD 500 BTC" as it matches "sold 500 btc": the pass asks
    # the text as written, so its case-insensitive form must hold it)
    texts = _sentences()[:1500]
    changed = [variant for text in texts for variant in (text.upper(), text.title())]
    assert _missed(changed) == []


def test_the_pass_rules_patterns_out() -> None:
    # (a pass that said "may match" to everything would pass the tests above and skip nothing)
    possible = _ONE_PASS.possible("The weather was fine.")
    patterns = list(_ONE_PASS._patterns.values())
    ruled_out = [pattern for pattern in patterns if not possible.holds(pattern)]
    assert len(ruled_out) > len(patterns) // 2


def test_a_choice_sees_its_own_folded_pattern_in_any_case() -> None:
    pattern = Folded(r"\bsold\s+(?P<qty>\d[\d,]*)\s+btc\b")
    choice = SharedChoice([pattern])
    for text in ("It sold 4,451 BTC.", "IT SOLD 4,451 BTC.", "it sold 4,451 btc."):
        assert choice.possible(text).holds(pattern), text
    assert not choice.possible("It held 4,451 BTC.").holds(pattern)
    assert choice.possible("Il a vendu 4 451 BTC — sold 1 BTC.").holds(pattern)  # (non-ASCII)
