"""The AI readers' word gates answered by the sentence's one scan (`gates.opens`) open exactly
where a search of the gate finds a word.

`reads_capex`, the data-centre hints of `ai` and `ai_capacity` and the milestone kinds' hints
ask `opens(gate, lower)`: a gate left out of the shared scan would read as closed on every
sentence and its figures would be lost. Each is asked of every sentence of the labelled and
real passages.
"""

from __future__ import annotations

import re

from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import ai, ai_capacity, ai_milestones, ai_needs, clean_text
from monitor.extract.gates import opens
from monitor.extract.sentences import segments

_GATES: list[re.Pattern[str]] = [
    ai_needs._CAPEX_CUES,
    ai._DATA_CENTRE_EVENT_HINTS,
    ai_capacity._DATA_CENTRE_HINTS,
    *(hints for _, hints, _ in ai_milestones._KINDS),
]


def _lowercase_sentences() -> list[str]:
    texts = ["", "a 50 mw colocation lease for ai inference", "İren delivered h200 gpus"]
    for directory in (CORPUS_DIR, REAL_DEV_DIR):
        for case in load_cases(directory):
            text = clean_text(case.document, case.content_type)
            texts.extend(segment.text.lower() for segment in segments(text))
    return texts


def test_each_gate_opens_where_its_search_finds_a_word() -> None:
    opened = {gate.pattern: 0 for gate in _GATES}
    for lower in _lowercase_sentences():
        for gate in _GATES:
            found = gate.search(lower) is not None
            assert opens(gate, lower) == found, (gate.pattern, lower)
            opened[gate.pattern] += found
    assert all(count > 10 for count in opened.values())  # (each gate opened often)
