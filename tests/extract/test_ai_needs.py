"""`ai_needs`: whether a sentence's amounts are read for AI capex (`reads_capex`), and the AI
words found one branch at a time (`AnyBranch`, the same answers as the whole pattern).

A sentence the capex reader takes a figure from must pass the gate (else its figure is lost);
one it skips must hold no spending cue's words. The first sentences are the wording of real
dev cases labelled with AI capex; the last test checks the promise on the corpora: wherever
`ai._is_capex` accepts an amount, the gate is open for its sentence.
"""

from __future__ import annotations

import re

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import ai, clean_text
from monitor.extract.ai_needs import AnyBranch, reads_capex
from monitor.extract.numbers import find_money
from monitor.extract.sentences import segments


@pytest.mark.parametrize(
    "sentence",
    [
        # real dev cases (b-iren-2024-09-h200-1, b-iren-2025-11-microsoft-1,
        # c-nb2-2023-gpu-capex, c-btbt-2024-12-mtl2, b-hive-2026-05-gta-capex-1)
        "IREN is purchasing 1,080 of the latest-generation NVIDIA H200 GPUs for $43.9m, with "
        "delivery and commissioning expected during 4Q 2024.",
        "The full rollout of equipment, procured through an agreement with Dell Technologies at "
        "a cost of roughly $5.8 billion, is expected to be completed through 2026.",
        "In 2023, Northern Data invested €730m to acquire NVIDIA's latest H100 Tensor Core GPUs.",
        'Bit Digital purchased the site ("MTL2") for CAD $33.5 million.',
        "The Company expects to spend approximately CAD $27.6 million to develop the site.",
        "According to reports, the estimated investment for this landmark project stands at "
        "C$3.5 billion.",
        # the cues after the amount: a build named, a share funded, an agreement's worth
        "The company announced a $500 million AI data center in Texas.",
        "Of that, $90.3 million was reimbursed by the tenant.",
        "It signed a supply agreement worth approximately $1.6 billion with Dell.",
    ],
)
def test_a_capex_sentence_is_read(sentence: str) -> None:
    assert reads_capex(sentence, sentence.lower())


@pytest.mark.parametrize(
    "sentence",
    [
        # amounts without a spending cue: revenue, a price, cash on hand, a share sale
        "Revenue from AI cloud services was $12.4 million in the quarter.",
        "The company held $210 million in cash at the end of June.",
        "Its AI business generated $3 million of net income.",
        "The offering raised $150 million from a group of lenders.",
    ],
)
def test_a_sentence_without_cue_words_is_skipped(sentence: str) -> None:
    assert not reads_capex(sentence, sentence.lower())


def test_the_gate_stays_open_when_lowercasing_moves_offsets() -> None:
    sentence = "İREN reported revenue of $12 million."  # "İ" lowercases to two characters
    assert reads_capex(sentence, sentence.lower())


def test_no_capex_amount_is_in_a_skipped_sentence() -> None:
    """Over the synthetic and the real dev corpus, every amount `_is_capex` accepts stands in a
    sentence the gate keeps."""
    cases = [*load_cases(CORPUS_DIR), *load_cases(REAL_DEV_DIR)]
    accepted = 0
    for case in cases:
        text = clean_text(case.document, case.content_type)
        for segment in segments(text):
            for money in find_money(segment.text):
                if ai._is_capex(segment.text, money):
                    accepted += 1
                    assert reads_capex(segment.text, segment.text.lower()), segment.text
    assert accepted > 20  # the check saw many capex amounts


@pytest.mark.parametrize(
    "sentence",
    [
        "The company signed a lease for AI workloads.",
        "Its HPC campus will host 20,000 GPUs.",
        "The site carries 245 MW of IT load.",
        "A new Data Center for inference opened in May.",  # the case-insensitive branch
        "Revenue from CoreWeave rose 20%.",
        "The ſupercomputer was energised.",  # "ſ" matches "s" case-insensitively
        "İnference capacity grew.",  # "İ" lowercases to two characters
        "The company mined 450 BTC in April.",  # no AI word
        "Said the chairman: it is a fair deal.",  # "ai" and "it" inside ordinary words
        "The maid said the tidy data was ready.",
    ],
)
def test_any_branch_answers_as_the_whole_pattern(sentence: str) -> None:
    assert ai._NAMES_AI.search(sentence) == (ai._AI_CONTEXT.search(sentence) is not None)


def test_any_branch_splits_only_at_top_level_bars() -> None:
    pattern = re.compile(r"a[|)]b|(?:c|d)\||(?i:e|f)")
    tester = AnyBranch(pattern)
    for text in ("a|b", "a)b", "c|", "d|", "E", "F", "ab", "c", "x|y"):
        assert tester.search(text) == (pattern.search(text) is not None), text


def test_any_branch_matches_the_pattern_on_the_corpora() -> None:
    cases = [*load_cases(CORPUS_DIR), *load_cases(REAL_DEV_DIR)]
    named = 0
    for case in cases:
        for segment in segments(clean_text(case.document, case.content_type)):
            expected = ai._AI_CONTEXT.search(segment.text) is not None
            assert ai._NAMES_AI.search(segment.text) == expected, segment.text
            named += expected
    assert named > 100
