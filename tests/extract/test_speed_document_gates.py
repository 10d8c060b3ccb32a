"""The cheap gates of session 22's speed pass never drop what the guarded pass would find.

* `boilerplate.label_lines`: one lowercased copy of the document, searched for the label
  words, names the lines `_opens_boilerplate` is asked about (it was asked about every line
  of every document; a typical exhibit has no label word at all).
* `ai_deal_told_next.DEAL_WORDS`: the deal words answered by the sentence's shared scan
  (`gates.opens`) rather than four substring searches of every sentence.

Each gate is checked on every sentence or document of the labelled and real passages, and on
paraphrases of real disclaimers, source lists and deals told next (with a near miss beside
each); a removed or wrong gate fails the tests that ask for the work it skips.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import ai, ai_deal_told_next, boilerplate, clean_text
from monitor.extract.context import DocContext
from monitor.extract.gates import opens
from monitor.extract.sentences import Segment, segments

_REAL_HOLDOUT_DIR = REAL_DEV_DIR.parent / "holdout"


def _documents() -> list[str]:
    return [
        clean_text(case.document, case.content_type)
        for directory in (CORPUS_DIR, REAL_DEV_DIR, _REAL_HOLDOUT_DIR)
        for case in load_cases(directory)
    ]


# (document, is a paragraph of it dropped from the period detectors' sentences)
_LABELLED = [
    pytest.param(
        "Bitfarms mined 450 BTC in the second quarter.\nDisclaimer. Editorial analysis with "
        "data as of May 24, 2026 (HIVE announcement from May 18, IREN Q3 FY2026 results).",
        True,
        id="disclaimer-with-dates",
    ),
    pytest.param(
        "Bitfarms mined 450 BTC in the second quarter.\nDisclaimer: this story is not "
        "investment advice.",
        False,
        id="near-miss-disclaimer-without-date",
    ),
    pytest.param(
        "HIVE sold 120 BTC in April.\nSources: HIVE Q4 FY2026 report; Bitfarms Q1 2026 results",
        True,
        id="source-list",
    ),
    pytest.param(
        "HIVE sold 120 BTC in April.\nSource: Farside Investors",
        False,
        id="near-miss-bare-caption",
    ),
    pytest.param(
        "Riot held 19,225 BTC.\n** Data sources: company filings for Q1 2025 and Q2 2025",
        True,
        id="data-sources-marked-up",
    ),
    pytest.param(
        "Riot held 19,225 BTC.\nThe data sources for Q1 2025 are the company's filings.",
        False,
        id="near-miss-sources-mid-sentence",
    ),
    pytest.param(
        "Core Scientific mined 300 BTC.\nIMPORTANT NOTICE: figures as of June 30, 2025.",
        True,
        id="important-notice-in-capitals",
    ),
    pytest.param(
        "Core Scientific mined 300 BTC.\nDisclosures - prepared on 3 March 2025.",
        True,
        id="disclosures",
    ),
    pytest.param(
        "Core Scientific mined 300 BTC.\nLegal disclosures - prepared on 3 March 2025.",
        False,
        id="near-miss-legal-disclosures",
    ),
    pytest.param(
        "Core Scientific mined 300 BTC.\nResources for 2025: 12 sites.",
        False,
        id="near-miss-resources",
    ),
    pytest.param(
        # a short line whose first twenty characters run on into the label's line
        "Q2\n-\nSources: Cango Q2 2025 update.",
        True,
        id="label-after-short-lines",
    ),
    pytest.param(
        # "İ" lowercases to two characters: the screen falls back to every line
        "İstanbul desk.\nSources: Cango Q2 2025 update.",
        True,
        id="text-whose-lowercase-is-longer",
    ),
]


def _line_starts(text: str) -> list[int]:
    return [0, *(found.end() for found in re.finditer("\n", text))]


def _gate_opens(text: str, start: int) -> bool:
    """The per-line gate `_opens_boilerplate` asks first (as it was asked of every line)."""
    head = text[start : start + boilerplate._HEAD].lower()
    return any(word in head for word in boilerplate._LABEL_WORDS)


def _kept_line_by_line(parts: list[Segment], text: str) -> list[Segment]:
    """`without_boilerplate` as it read each part's line before the screen."""
    return [
        part
        for part in parts
        if not boilerplate._opens_boilerplate(text, text.rfind("\n", 0, part.start) + 1)
    ]


def _assert_screen_holds(text: str) -> None:
    screened = boilerplate.label_lines(text)
    for start in _line_starts(text):
        if _gate_opens(text, start):
            assert start in screened, (start, text[start : start + 60])
    parts = list(segments(text))
    assert boilerplate.without_boilerplate(parts, text) == _kept_line_by_line(parts, text)


@pytest.mark.parametrize(("text", "dropped"), _LABELLED)
def test_label_screen_keeps_every_line_the_gate_opens(text: str, dropped: bool) -> None:
    _assert_screen_holds(text)
    parts = list(segments(text))
    assert (len(boilerplate.without_boilerplate(parts, text)) < len(parts)) == dropped


def test_label_screen_keeps_every_line_of_the_corpus_the_gate_opens() -> None:
    for text in _documents():
        _assert_screen_holds(text)


def test_document_without_label_words_asks_no_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The screen is what spares a document's lines: with it removed, each line is asked."""

    def asked(text: str, start: int) -> bool:
        raise AssertionError(f"line {start} asked")

    monkeypatch.setattr(boilerplate, "_opens_boilerplate", asked)
    text = "Cango mined 650 BTC in May.\nThe company holds 3,879 BTC.\nResults for Q2 2025."
    parts = list(segments(text))
    assert boilerplate.label_lines(text) == set()
    assert boilerplate.without_boilerplate(parts, text) == parts


_DEALS = [
    pytest.param(
        "Northvolt Digital just inked a $4.1 billion deal with a tech giant.", True, id="deal"
    ),
    pytest.param("Keystone Mining signed a ten-year contract on Monday.", True, id="contract"),
    pytest.param("Prairie Hash struck an Agreement with a customer.", True, id="agreement"),
    pytest.param("Hut 8 executed a 15-year LEASE for its River Bend campus.", True, id="lease"),
    pytest.param(
        "Keystone Mining signed a memorandum with a cloud provider.", False, id="near-miss"
    ),
]


def _sentences() -> list[str]:
    return [segment.text for text in _documents() for segment in segments(text)]


@pytest.mark.parametrize(("text", "deal"), _DEALS)
def test_deal_gate_opens_on_each_deal_word(text: str, deal: bool) -> None:
    assert opens(ai_deal_told_next.DEAL_WORDS, text.lower()) == deal
    assert (ai_deal_told_next._SIGNED_DEAL.search(text) is not None) == deal


def test_deal_gate_opens_on_every_corpus_sentence_the_deal_pattern_matches() -> None:
    sentences = [text for text in _sentences() if ai_deal_told_next._SIGNED_DEAL.search(text)]
    assert sentences  # (the corpus does sign deals)
    for text in sentences:
        assert opens(ai_deal_told_next.DEAL_WORDS, text.lower()), text


def test_sentence_without_deal_words_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate is what spares the sentence the deal pattern's search."""

    class Searched:
        def search(self, text: str) -> None:
            raise AssertionError(f"searched: {text}")

    monkeypatch.setattr(ai_deal_told_next, "_SIGNED_DEAL", Searched())
    text = "Keystone Mining signed a memorandum with a cloud provider."
    ctx = DocContext(published=dt.date(2025, 11, 4), entity=None, text=text)
    segment = Segment(text, 0, len(text))
    assert not opens(ai_deal_told_next.DEAL_WORDS, text.lower())
    assert not ai_deal_told_next.ai_deal_told_next(ctx, segment, text.lower(), ai.has_ai_context)


def test_each_label_word_holds_a_screen_word() -> None:
    """The document is searched for the screen's words: each gate word must hold one."""
    for word in boilerplate._LABEL_WORDS:
        assert any(screen in word for screen in boilerplate._SCREEN_WORDS), word
