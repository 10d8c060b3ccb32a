"""The intention reader's word gates (`intent._MODAL_WORDS`, `intent_underway.UNDERWAY_WORDS`,
`treasury_planned.PLAN_WORDS`) open wherever their pattern matches.

Each gate is asked of the sentence's one shared scan (`gates.opens`) before its pattern is
searched: a gate closed where the pattern matches would lose an intention. Each modal, plan and
holding word is asked in a sentence of its own, and every sentence of the labelled and real
passages is asked too.
"""

from __future__ import annotations

import re

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import clean_text, intent, intent_underway, treasury_planned
from monitor.extract.folded import Folded
from monitor.extract.gates import opens
from monitor.extract.sentences import segments

_PAIRS: list[tuple[Folded, re.Pattern[str]]] = [
    (intent._INTENT, intent._MODAL_WORDS),
    (intent_underway.UNDERWAY, intent_underway.UNDERWAY_WORDS),
    (treasury_planned.PLANNED_SALE, treasury_planned.PLAN_WORDS),
]

_MODAL_SENTENCES = [
    "The company will sell 100 BTC in May.",
    "Riot may sell part of its bitcoin.",
    "The miner might sell its bitcoin.",
    "It could sell its BTC holdings.",
    "The firm would sell bitcoin if needed.",
    "Hut 8 plans to sell its bitcoin.",
    "Hut 8 is planning to sell its bitcoin.",
    "The company intends to liquidate its bitcoin.",
    "The company expects to sell 400 BTC.",
    "Management anticipates selling its bitcoin.",
    "It aims to monetize its bitcoin.",
    "It hopes to continue selling BTC gained through mining.",
    "The miner is hoping to sell bitcoin.",
    "It wants to sell part of its bitcoin.",
    "It wishes to sell its bitcoin.",
    "It seeks to monetize its bitcoin.",
    "Bitfarms is expected to sell about 100 BTC per month.",
    "The sale is scheduled to liquidate its bitcoin.",
    "It is slated to sell its bitcoin.",
    "They are due to sell their bitcoin.",
    "It hinted at its intentions to sell its bitcoin.",
    "The company's intent to liquidate its Bitcoin to support operations.",
    "We are going to sell a little bit of bitcoin.",
    "The board has decided to sell ~34 BTC.",
    "It made the decision to sell its bitcoin.",
    "Cango is looking to sell its bitcoin.",
    "Cango is seeking to sell its bitcoin.",
    "Cango is preparing to liquidate its bitcoin.",
    "Cango is poised to sell its bitcoin.",
    "Cango is set to sell its bitcoin.",
    "We are considering selling our bitcoin.",
    "Riot was weighing a sale of its bitcoin.",
    "It has been exploring the sale of its bitcoin.",
    "It is contemplating selling its bitcoin.",
    "We're mulling selling our bitcoin.",
    "It is eyeing selling its bitcoin.",
    "It plans on selling a portion of its bitcoin.",
    "Hut 8 weighs selling part of its bitcoin.",
    "Marathon mulls a sale of its BTC.",
    "Marathon eyes a sale of its BTC.",
    "Marathon explores a sale of its BTC.",
    "Marathon contemplates a sale of its BTC.",
    "The company reserves the right to sell its bitcoin.",
    "The board authorised the sale of its bitcoin.",
    "The board approved the sale of its bitcoin.",
    "The company may, from time to time, sell its bitcoin.",
    "They're liquidating their mining business and cashing out their BTC stash.",
    "The company is selling its bitcoin stack.",
    "It is offloading its BTC holdings.",
    "It's dumping its bitcoin treasury.",
    "It is selling its bitcoin reserves.",
    "Its June sales plan calls for selling 100 BTC.",
    "The schedule provides for the sale of its bitcoin.",
    "Its programme involves selling the production.",
    "The strategy includes selling bitcoin.",
    "Its treasury policy allows for the sale of its bitcoin holdings.",
    "A mandate requires selling its btc.",
    "The budget envisages selling coins.",
    "The proposal outlines the liquidation of its treasury.",
    "The roadmap targets selling its stash.",
    "The framework sets out selling its stack.",
    "The agreement calls for disposing of its bitcoin.",
    "The arrangement provides for offloading its btc.",
    "The contract requires monetizing its production.",
]


def _sentences() -> list[str]:
    texts = list(_MODAL_SENTENCES)
    for directory in (CORPUS_DIR, REAL_DEV_DIR):
        for case in load_cases(directory):
            text = clean_text(case.document, case.content_type)
            texts.extend(segment.text for segment in segments(text))
    return texts


@pytest.mark.parametrize("sentence", _MODAL_SENTENCES)
def test_each_form_is_matched_and_its_gate_opens(sentence: str) -> None:
    matched = [gate for pattern, gate in _PAIRS if pattern.search(sentence)]
    assert matched, sentence  # (each sentence shows one form of one of the patterns)
    assert all(opens(gate, sentence.lower()) for gate in matched)


def test_each_gate_opens_wherever_its_pattern_matches() -> None:
    matches = {gate.pattern: 0 for _, gate in _PAIRS}
    for sentence in _sentences():
        lower = sentence.lower()
        for pattern, gate in _PAIRS:
            if pattern.search(sentence) is not None:
                assert opens(gate, lower), (gate.pattern, sentence)
                matches[gate.pattern] += 1
    assert all(count >= 5 for count in matches.values()), matches  # (each pattern matched)
