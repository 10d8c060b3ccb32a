"""The period scan's shortcuts give what their plain forms give (`periods`).

`_features` asks its word lists with `in` and skips tests whose words all hold "year",
"month" or "quarter" when that word is absent; `_features_by_regex` below is the form it
replaces (word lists as regex alternations, every test asked). The two must agree on every
sentence of the corpora and on phrases of every period form. The day-first date form
("31 March 2024") is skipped where no month word is followed by a year ("month-year"): it
must find nothing in such a text.
"""

from __future__ import annotations

import re

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import clean_text, periods
from monitor.extract.sentences import segments

_REPORT_WORDS = re.compile(r"update|report|results|highlights")
_FISCAL_HINTS = re.compile(r"fiscal|fy|year|half|months of|h1|h2|1h|2h")
_PAST_YEAR = re.compile(r"(?:last|previous|prior|past) (?:calendar )?year")


def _features_by_regex(text: str, lower: str) -> frozenset[str]:
    """The plain form of `periods._features`: every test asked, word lists as regexes."""
    digit = periods._DIGIT.search(text) is not None
    features = {key for key in ("ended", "quarter") if key in lower}
    if re.search(r"ending|months (?:up )?to|months through", lower):
        features.add("ended")
    if digit:
        features.add("digit")
        if "-" in lower and periods._ISO_ANY.search(lower):
            features.add("-")
        if "/" in lower and periods._SLASH_ANY.search(lower):
            features.add("/")
        if "q" in lower and periods._Q_ANY.search(lower):
            features.add("q")
        if periods._YEAR_ANY.search(text):
            features.add("year")
        if _FISCAL_HINTS.search(lower):
            features.add("fiscal")
    if periods._MONTH_ANY.search(text):
        features.add("month")
        if re.search(r"['’]", text):
            features.add("apostrophe")
    if digit and periods._MONTH_YEAR_ANY.search(text):
        features.add("month-year")
    if (
        "month" in lower
        or "quarter" in lower
        or "the year" in lower
        or "fiscal year" in lower
        or "full year" in lower
        or " the period" in lower
        or "half" in lower
        or "the date " in lower
        or "of today" in lower
    ):
        features.add("relative")
    if "ago" in lower or "last week" in lower or "yesterday" in lower:
        features.add("ago")
    if "q " in lower:  # "Q two": a transcript's quarter
        features.add("q ")
    if (
        "year-end" in lower
        or "year end" in lower
        or "the year" in lower
        or "s end" in lower
        or "the calendar year" in lower
        or _PAST_YEAR.search(lower)
    ):
        features.add("year-end")
    features.update(f"word:{word}" for word in ("quarter", "month", "year") if word in lower)
    if _REPORT_WORDS.search(lower):
        features.add("report-word")
    if "as of" in lower or "as at" in lower:
        features.add("as")
    if "output" in lower or "production" in lower:
        features.add("output-word")
    return frozenset(features)


# Texts that hold each feature's words alone, or only near misses of them.
_PHRASES = [
    "the three months to June", "for the quarter ending", "ended", "as at 30 June",
    "at the end of last year", "the previous calendar year", "past year", "prior years",
    "at year-end 2024", "the year end", "its fiscal year", "full year results", "FY25",
    "in H1", "1H results", "the first half", "2H 2024", "H2", "Q3 2025", "3q25",
    "the first six months of 2024", "ended the half-year", "the first half of the year",
    "2025-01-31", "1/31/25", "two weeks ago", "last week", "yesterday", "the period",
    "as of the date of this release", "as of today", "Quarterly Update", "monthly report",
    "Q2 Highlights", "the Company's results", "March", "in Sept.", "the fiscal", "Bitfarms'",
    "no period at all", "report", "1h", "h1", "fy", "half", "year",
]  # fmt: skip


def _corpus_sentences() -> list[str]:
    texts: list[str] = []
    for directory in (REAL_DEV_DIR, CORPUS_DIR):
        for case in load_cases(directory):
            texts.extend(
                segment.text for segment in segments(clean_text(case.document, case.content_type))
            )
    return texts


@pytest.mark.parametrize("text", _PHRASES)
def test_features_of_a_phrase_are_the_plain_ones(text: str) -> None:
    for variant in (text, text.upper(), f"In 2024, {text}."):
        lower = variant.lower()
        assert periods._features(variant, lower) == _features_by_regex(variant, lower)


def test_features_of_every_corpus_sentence_are_the_plain_ones() -> None:
    sentences = _corpus_sentences()
    for text in sentences:
        lower = text.lower()
        assert periods._features(text, lower) == _features_by_regex(text, lower), text
    assert len(sentences) > 3_000  # the comparison saw the corpora


@pytest.mark.parametrize(
    "text",
    ["as of 31 March 2025", "on 1st of June 2024", "the 30th September 2023 balance",
     "by 31 Sept. 2025", "mined 30 March, 2024", "on 31 March", "March 31, 2024"],
)  # fmt: skip
def test_the_day_first_form_needs_a_month_then_a_year(text: str) -> None:
    day_first = next(p for p, _, f in periods._COMPILED if "month-year" in f)
    features = periods._features(text, text.lower())
    if day_first.search(text):
        assert "month-year" in features
    else:
        assert text in ("mined 30 March, 2024", "on 31 March", "March 31, 2024")


def test_no_corpus_sentence_without_month_year_holds_a_day_first_date() -> None:
    day_first = next(p for p, _, f in periods._COMPILED if "month-year" in f)
    found = 0
    for text in _corpus_sentences():
        if day_first.search(text):
            found += 1
            assert "month-year" in periods._features(text, text.lower()), text
    assert found > 10  # the corpora do hold day-first dates
