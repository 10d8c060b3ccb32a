"""Hard-wrapped prose: real passages as plain-text mail and PDF dumps lay them out.

`hard_wraps/cases.yaml`: real dev cases hard-wrapped at 72 columns by the robustness family
`linebreak` (benchmarks.rewrites.layout), each with the labels of its original case (written by
labellers) that the extractor found on the original and lost on the wrapped text: a sentence
cut from its date ("… holdings as of Dec.\\n31"), its unit or its verb, a title cut from its
report period. `hard_wraps_kept.yaml`: real passages whose line breaks are layout (table rows,
a balance sheet's spaced columns, a headline above its story, list items, tiles) and stay.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from monitor.extract import unwrapped
from tests.extract.extract_corpus import Case, key_of, load_cases

_DIR = Path(__file__).parent / "hard_wraps"
CASES = load_cases(_DIR)
KEPT = yaml.safe_load((Path(__file__).parent / "hard_wraps_kept.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_wrapped_sentence_keeps_its_labels(case: Case) -> None:
    found = Counter(key_of(item) for item in case.run())
    missing = Counter(case.expected) - found
    assert not missing, f"lost on the wrapped text: {sorted(missing.elements(), key=str)}"


@pytest.mark.parametrize("passage", KEPT, ids=[passage["id"] for passage in KEPT])
def test_layout_breaks_stay(passage: dict[str, str]) -> None:
    assert unwrapped.joined(passage["text"]) == passage["text"]


def test_wrap_becomes_a_space_in_place() -> None:
    text = (
        "Bitfarms said the value of its 140.5 Bitcoin holdings on the balance sheet rose on\n"
        "October 31, 2024, as the price of the coin rose by a third in the month of October\n"
        "while the company sold no coins at all in the month, nor in the one before it.\n"
        "Bitcoin held | 140.5\n"
    )
    joined = unwrapped.joined(text)
    assert len(joined) == len(text)
    assert joined.split("\n") == [
        text.replace("\n", " ", 2).split("\n")[0],
        "Bitcoin held | 140.5",
        "",
    ]
