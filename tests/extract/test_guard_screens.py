"""The guards' screens let through every stretch their patterns match.

`guards._may_compare` answers, with a few string tests, whether `_PRIOR_BEFORE` can match the
stretch before a figure; the pattern is searched only where it says yes. A screen that said no
where the pattern matches would turn a prior period's figure into the report's. Each form of
comparison is asked in a stretch of its own, and the stretch before every number of the
labelled and real passages is asked too.

`guards._may_match` answers, from one RE2 pass over a sentence, whether a guard's pattern can
match anywhere in it; the guards search it only where it says yes. Each guard answers every
figure of the corpus as it does with the screen always saying yes.
"""

from __future__ import annotations

import re

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import clean_text, guards, treasury
from monitor.extract.sentences import segments

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


def _guard_answers(text: str, start: int, end: int) -> tuple[bool, ...]:
    """Each screened guard's answer (its own, not a kept one) for a figure at `start:end`."""
    return (
        guards.is_hypothetical.__wrapped__(text, start),
        guards.is_negated.__wrapped__(text, start),
        guards.is_aggregate.__wrapped__(text, start),
        guards.is_cumulative.__wrapped__(text, start, end),
        guards.is_prior_period.__wrapped__(text, start, end),
        guards.is_earlier_event.__wrapped__(text, start),
        guards.is_for_clients.__wrapped__(text, end),
    )


_GUARDED = [
    ("The company expects to sell ", "400 BTC next year."),
    ("The company did not sell ", "400 BTC in May."),
    ("Public miners collectively sold ", "4,000 BTC in May."),
    ("Year-to-date, the miner produced ", "1,900 BTC."),
    ("Riot mined ", "500 BTC since March."),
    ("Output fell 10%, compared to ", "450 BTC a month earlier."),
    ("In comparison, the company sold ", "1,125 BTC in Aug."),
    ("In February, following its sale of ", "1,500 bitcoin in January, it held."),
    ("The mining firm had sold ", "7,202 bitcoin in June."),
    # (the stretch after the figure opens the pattern: screened by its form `anywhere`)
    ("Riot mined ", "450 BTC in the previous quarter."),
    ("The desk sold ", "80,000 BTC on behalf of a client."),
    ("It holds ", "320 BTC as a custodian."),
    # (a group's word only, no aggregate's phrase: `is_group_subject` reads it)
    ("Companies sold ", "10,750 BTC last month."),
    ("Two months ago, Argo reported that it mined ", "147 BTC."),
    # (the one pass asks the text as written: capitals match the case-folded patterns)
    ("PUBLIC MINERS COLLECTIVELY SOLD ", "4,000 BTC IN MAY."),
    ("RIOT MINED ", "450 BTC IN THE PREVIOUS QUARTER."),
    ("THE DESK SOLD ", "80,000 BTC ON BEHALF OF A CLIENT."),
]


@pytest.mark.parametrize(("before", "after"), _GUARDED)
def test_a_guarded_figure_is_answered_as_without_the_screen(
    before: str, after: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = before + after
    start = len(before)
    end = start + re.match(r"[\d,.]+\s+\w+", after).end()  # ("400 BTC": the figure)
    screened = _guard_answers(text, start, end)
    assert any(screened), text  # (each figure is one some guard turns away)
    monkeypatch.setattr(guards, "_may_match", lambda pattern, text: True)
    assert _guard_answers(text, start, end) == screened


def test_screened_guards_answer_as_unscreened_on_every_corpus_figure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    figures = []
    for directory in (CORPUS_DIR, REAL_DEV_DIR):
        for case in load_cases(directory):
            text = clean_text(case.document, case.content_type)
            for segment in segments(text):
                for number in re.finditer(r"\d[\d,.]*", segment.text):
                    figures.append((segment.text, number.start(), number.end()))
    screened = [_guard_answers(*figure) for figure in figures]
    monkeypatch.setattr(guards, "_may_match", lambda pattern, text: True)
    plain = [_guard_answers(*figure) for figure in figures]
    assert screened == plain
    assert sum(any(answers) for answers in plain) > 100  # (many figures were turned away)


def test_treasury_clause_screen_lets_through_every_clause_its_patterns_match() -> None:
    # (`treasury._not_a_result` searches guidance and clients' words in a figure's clause only
    # when the sentence's one pass says they may match in it)
    matched = 0
    for directory in (CORPUS_DIR, REAL_DEV_DIR):
        for case in load_cases(directory):
            text = clean_text(case.document, case.content_type)
            for segment in segments(text):
                sentence = segment.text
                for number in re.finditer(r"\d", sentence):
                    clause = guards.clause_before(sentence, number.start())
                    for pattern in (treasury._FORECAST, treasury._CLIENT_SUBJECT):
                        if pattern.search(clause) is not None:
                            assert treasury._CLAUSE_SCREEN.may_match(pattern, sentence), clause
                            matched += 1
    assert matched > 20  # (the corpus's guidance clauses were asked)
