"""A guard's string screen lets through every stretch its pattern matches.

`guards._may_compare` answers, with a few string tests, whether `_PRIOR_BEFORE` can match the
stretch before a figure; the pattern is searched only where it says yes. A screen that said no
where the pattern matches would turn a prior period's figure into the report's. Each form of
comparison is asked in a stretch of its own, and the stretch before every number of the
labelled and real passages is asked too.
"""

from __future__ import annotations

import re

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import clean_text, guards

_COMPARED = [
    "Production rose, compared to ",
    "compared with about ",
    "in comparison to the ",
    "in comparison with roughly ",
    "Riot mined 450 BTC versus ",
    "mined 450 BTC vs ",
    "mined 450 BTC vs. approximately ",
    "(vs ",
    "output was up from ",
    "holdings were down by 12% from the ",
    "production increased 15 percent from ",
    "production decreased from ",
    "sales rose from just ",
    "as against ",
    "it mined fewer coins than ",
    "as compared to February 2022 production of ",
    "versus the prior month's output of about ",
    "down from last year's holdings of ",
    "up from its December sales of approximately ",
    "a 31% year-over-year increase, with the same period last year, having mined ",
    "decreased by 28% as compared to last year, when Riot mined over ",
    "a 10% increase over the ",
    "up 12% on the ",
    "up 12% from about ",
    "a 5 per cent rise versus ",
    "compared to\n",
]


@pytest.mark.parametrize("before", _COMPARED)
def test_each_comparison_is_matched_and_screened_in(before: str) -> None:
    assert guards._PRIOR_BEFORE.search(before) is not None, before
    assert guards._may_compare(before)


@pytest.mark.parametrize(
    "before", ["The company sold ", "Riot mined about ", "holdings reached ", "it held "]
)
def test_a_stretch_with_no_comparison_is_screened_out(before: str) -> None:
    assert not guards._may_compare(before)


def test_screen_lets_through_every_stretch_the_pattern_matches() -> None:
    matched = 0
    for directory in (CORPUS_DIR, REAL_DEV_DIR):
        for case in load_cases(directory):
            text = clean_text(case.document, case.content_type)
            for number in re.finditer(r"\d", text):
                start = number.start()
                before = text[max(0, start - 60) : start]
                if guards._PRIOR_BEFORE.search(before) is not None:
                    assert guards._may_compare(before), before
                    matched += 1
    assert matched > 20  # (the corpus's comparisons were asked)
