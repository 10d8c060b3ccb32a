"""`needs.treasury_families`: which figure families a bitcoin sentence is read for.

A family the gate keeps must be kept (else its figure is lost); one it skips must be one whose
patterns could not match. The sentences are paraphrases of release wording, with near misses.
The last test checks the promise on the corpora: wherever a family finds a figure, the gate
kept that family for the sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import clean_text, extract_text, treasury
from monitor.extract.context import DocContext
from monitor.extract.folded import lowered
from monitor.extract.gates import sentence_set
from monitor.extract.model import BTC_HELD, BTC_PRODUCED, BTC_SOLD
from monitor.extract.needs import has_quantity, treasury_families
from monitor.extract.sentences import Segment, segments

_EVERY = (BTC_SOLD, BTC_PRODUCED, BTC_HELD)


@pytest.mark.parametrize(
    ("sentence", "families"),
    [
        # a BTC quantity: every family may bind it
        ("During May, the Company sold 310 BTC for net proceeds of $29.4 million.", _EVERY),
        ("Riot produced 463 bitcoin in June, down 11% month over month.", _EVERY),
        ("Holdings reached 2,193.7 self-mined bitcoin as of March 31.", _EVERY),
        ("The miner disposed of BTC 1,500 over the quarter.", _EVERY),
        # a digit without a unit: held only, plus sold or produced when their words are there
        ("Bitcoin holdings reached 2,193.7 at the end of the month.", (BTC_HELD,)),
        ("Bitcoin production grew to 1,957 in the fourth quarter.", (BTC_PRODUCED, BTC_HELD)),
        (
            "The company reported bitcoin sales of 120 during April, from 95 in March.",
            (BTC_SOLD, BTC_HELD),
        ),
        # the words without a digit: nothing to bind
        ("The company did not sell any bitcoin during the month.", ()),
        ("Bitcoin holdings and production are reported in the appendix.", ()),
    ],
)
def test_families_a_sentence_needs(sentence: str, families: tuple[str, ...]) -> None:
    assert treasury_families(sentence.lower()) == families


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("mined 450 btc in april", True),
        ("sold 1,200 newly mined bitcoin", True),
        ("held 35 ₿ at month end", True),
        ("sold btc 1,500 in the quarter", True),
        # near misses: a number, and bitcoin words, but not one beside the other
        ("bitcoin rose 4% in april to $96,000", False),
        ("the bitcoin mining fleet reached 35 eh/s", False),
    ],
)
def test_a_quantity_is_a_number_beside_a_bitcoin_unit(sentence: str, expected: bool) -> None:
    assert has_quantity(sentence) is expected


def _all_families(segment: Segment, ctx: DocContext) -> set[str]:
    """The families that find a figure in `segment` when every one is read (no gate)."""
    lower = lowered(segment.text)
    return {
        metric
        for metric, patterns in treasury._FAMILIES
        if any(
            True
            for _ in treasury._figures(
                segment, ctx, sentence_set().open_items(lower, patterns), metric
            )
        )
    }


def test_no_family_that_finds_a_figure_is_skipped() -> None:
    """Over the synthetic and the real dev corpus, read every bitcoin sentence with every
    family: each family that finds a figure is one the gate keeps."""
    cases = [*load_cases(CORPUS_DIR), *load_cases(REAL_DEV_DIR)]
    read = 0
    for case in cases:
        text = clean_text(case.document, case.content_type)
        extract_text(text, published=dt.date(2025, 6, 1))  # (a fresh document's memories)
        ctx = DocContext(published=dt.date(2025, 6, 1), text=text)
        for segment in segments(text):
            lower = lowered(segment.text)
            if "bitcoin" not in lower and "btc" not in lower:
                continue
            found = _all_families(segment, ctx)
            read += bool(found)
            assert found <= set(treasury_families(lower)), segment.text
    assert read > 100  # the check saw many sentences with figures
