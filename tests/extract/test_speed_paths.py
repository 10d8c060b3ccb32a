"""The speed tricks only skip work: each gives what the plain way it replaces gives.

Each test compares a fast path with the straightforward computation it stands for (a regex
substitution, a scan with every period form, a fresh lowercase), so a shortcut that starts to
change results fails here rather than as a stray miss in the corpus scores.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor import textify
from monitor.extract import clean_text, folded, guards, numbers, periods, treasury
from monitor.extract.context import detect_dollar
from monitor.extract.folded import Folded
from monitor.extract.gates import GateSet, any_of, either, sentence_set
from monitor.extract.model import BTC_HELD, BTC_PRODUCED, BTC_SOLD
from monitor.extract.pattern_sets import PatternSet
from monitor.extract.sentences import segments
from monitor.extract.treasury_held import HELD
from monitor.extract.treasury_held_assets import HELD_ASSETS
from monitor.extract.treasury_held_moved import HELD_MOVED
from monitor.extract.treasury_mined_share import SOLD_OF_MINED
from monitor.extract.treasury_produced import PRODUCED
from monitor.extract.treasury_sold import SOLD

_REFERENCE = dt.date(2025, 6, 1)


def _collapsed_by_regex(text: str) -> str:
    """What `_collapse` stands for: controls dropped, spaces collapsed by `_SPACES`, ends
    stripped."""
    return textify._SPACES.sub(" ", textify._CONTROLS.sub("", text)).strip()


# Every character the two regexes or `str.split` treat specially, and a few that are not.
_SPECIAL = [
    chr(code)
    for code in range(0x3100)
    if chr(code).isspace() or textify._SPACES.match(chr(code)) or textify._CONTROLS.match(chr(code))
] + ["\ufeff", "a", "1", "|", "ſ", "İ"]


@pytest.mark.parametrize("char", _SPECIAL, ids=lambda char: f"U+{ord(char):04X}")
def test_collapse_is_the_regex_collapse(char: str) -> None:
    for text in (char, f"a{char}b", f" {char} x ", f"{char}{char}7{char}", f"x {char}\u200b y"):
        assert textify._collapse(text) == _collapsed_by_regex(text)


def _scanned_with_every_form(text: str) -> list[periods.Mention]:
    """`find_mentions` without the cheap features, words and RE2's answer: every form scans the
    text."""
    every = tuple((pattern, handler, None, True) for pattern, handler, _ in periods._COMPILED)
    original, form_set = periods._forms_for, periods._FORM_SET
    periods._forms_for = lambda features: every  # type: ignore[assignment]
    periods._FORM_SET = PatternSet([])  # (says None: every form may match)
    try:
        return periods._scan_mentions(text, _REFERENCE)
    finally:
        periods._forms_for, periods._FORM_SET = original, form_set  # type: ignore[assignment]


# Period phrases of every form, and texts that only look like them.
_PHRASES = [
    "third quarter ended Dec. 31, 2023", "for the month ending August 31, 2024",
    "the three months ended September 30, 2025", "fiscal year ended June 30, 2024",
    "as of 31 March 2025", "on 2025-01-31", "at 1/31/25", "by June 30", "in June, 2022",
    "Q3 FY25", "3Q 2024", "FY2025 Q1", "the second quarter of 2024", "fiscal 2025 first quarter",
    "the last quarter of 2024", "Third Quarter FY24", "in the fourth quarter", "to 7,406 in Q2",
    "the first half of 2025", "H1 2024", "1H FY25", "H2'24", "full-year 2024", "FY26",
    "in 2023", "during the month of March", "Argo's June Operational Update", "as of Oct.",
    "January was a tough month", "two weeks ago", "yesterday", "at year-end",
    "ended the year with 3,002 BTC", "Subsequent to the quarter end", "this month",
    "the current quarter", "last month", "at month-end", "during the year", "the quarter",
    "Marathon sold 500 BTC", "May we add", "H200 GPUs", "version 2025-1", "12/2025/7",
]  # fmt: skip


def _corpus_sentences() -> list[str]:
    texts: list[str] = []
    for directory in (REAL_DEV_DIR, CORPUS_DIR):
        for case in load_cases(directory):
            texts.extend(
                segment.text for segment in segments(clean_text(case.document, case.content_type))
            )
    return texts


def test_cheap_features_never_skip_a_form_that_matches() -> None:
    for text in [*_PHRASES, *_corpus_sentences()]:
        assert periods._scan_mentions(text, _REFERENCE) == _scanned_with_every_form(text), text


def test_phrases_are_read_at_all() -> None:
    """The comparison above means something only if the phrases do name periods."""
    read = [text for text in _PHRASES if periods.find_mentions(text, _REFERENCE)]
    assert len(read) >= len(_PHRASES) - 5


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Sold 10 BTC in MAY.", "İstanbul: sold 10 BTC in May."),  # lowering adds a character
        ("İstanbul: sold 10 BTC in May.", "Sold 10 BTC in MAY."),
        ("Sold 10 BTC in May.", "Sold 10 BTC in May."),
    ],
)
def test_folded_cache_follows_the_text_asked(first: str, second: str) -> None:
    pattern = Folded(r"sold\s+(?P<n>\d+)\s+btc\s+in\s+may")
    for text in (first, second, first):
        found = pattern.search(text)
        expected = pattern._exact_pattern().search(text)
        assert found is not None and expected is not None
        assert found.span() == expected.span()
        assert folded.lowered(text) == text.lower()


@pytest.mark.parametrize(
    ("head", "dollar"),
    [
        ("All financial references are in Canadian dollars.", "CAD"),
        ("ALL AMOUNTS ARE EXPRESSED IN AUSTRALIAN DOLLARS", "AUD"),
        ("Figures are in U.S. Dollars unless noted.", "USD"),
        ("Amounts are in Canadian dollars — İstanbul office.", "CAD"),  # not ASCII: full scan
        ("Mined 500 BTC; revenue of $12.1 million.", "USD"),
    ],
)
def test_dollar_notice(head: str, dollar: str) -> None:
    assert detect_dollar(head + "\n" + "Bitcoin production rose. " * 50) == dollar


_GATE_WORDS = [
    ("debt", "indebtedness", "borrow", "loan", "repa", "repayment", "paid", "credit fac",
     "of credit", "-backed", "draw ", "drawn", "drawdown"),
    ("ai ", " ai", "ai/", "a.i.", "hpc", "gpu", "data c", "data h", "critical it"),
    ("sale of", "sales of", "%", "sold", "s"),
]  # fmt: skip
_GATE_TEXTS = [
    "the company repaid its loan and drew $5 million on the credit facility.",
    "asset-backed notes; 12% interest. a.i. and hpc data centers",
    "sales of 40 btc; no sale of bitcoin. critical it load of 50 mw",
    "nothing here at all",
    "",
]


@pytest.mark.parametrize("words", _GATE_WORDS)
def test_gate_finds_a_word_exactly_where_one_occurs(words: tuple[str, ...]) -> None:
    gate = any_of(*words)
    for text in _GATE_TEXTS:
        for pos in range(0, len(text) + 1, 3):
            for endpos in range(pos, len(text) + 1, 5):
                window = text[pos:endpos]
                occurs = any(word in window for word in words)
                assert (gate.search(text, pos, endpos) is not None) == occurs, (words, window)


def _lowercase_sentences() -> list[str]:
    return [text.lower() for text in [*_corpus_sentences(), *_GATE_TEXTS, *_PHRASES]]


def test_merged_gate_opens_where_one_of_its_gates_does() -> None:
    """`either` says what searching each gate says."""
    for _, patterns in treasury._FAMILIES:
        gates = [gate for gate, _ in patterns]
        merged = either(gates)
        for text in _lowercase_sentences():
            plain = any(gate.search(text) for gate in gates)
            assert (merged.search(text) is not None) == plain, text


_NESTED_WORDS = [("sold", "sold 0", "sold zero"), ("sol",), ("old", "d 0"), ("0",), ("zer", "ro")]


@pytest.mark.parametrize(
    "text", ["sold 0 btc", "sold zero", "resold", "sol", "d 0", "nothing", "", "zero sold 0"]
)
def test_gate_set_opens_the_gates_a_search_opens(text: str) -> None:
    """Words nested in each other and overlapping: each gate opens exactly where it matches."""
    gates = [any_of(*words) for words in _NESTED_WORDS] + [re.compile(r"\d btc")]
    is_open = GateSet(gates).opener(text)
    for gate in gates:
        assert is_open(gate) == (gate.search(text) is not None), (gate.pattern, text)


def test_treasury_gate_set_opens_the_gates_a_search_opens() -> None:
    gates = [gate for _, patterns in treasury._FAMILIES for gate, _ in patterns]
    for text in _lowercase_sentences():
        is_open = sentence_set().opener(text)
        for gate in gates:
            assert is_open(gate) == (gate.search(text) is not None), (gate.pattern, text)


# The zero-sale hints as first written: one plain alternation.
_ZERO_HINTS_PLAIN = re.compile(
    r"not sell|n't sell|no bitcoin|no btc|sold zero|sold no|selling no|selling zero|sold 0|"
    r"all (?:of|the|its|our|\d|bitcoin|btc|mined|self|newly|produc)|retained|kept|hodl|"
    r"was held|were held|selling any|sell any|sold none|100|not sold|n't sold|"
    r"to hold|to retain|to keep|of which|none of the|none of its|refrain|its entire|"
    r"the entire|its whole|every bitcoin|every btc|every coin|every single|deposited all|"
    r"zero bitcoin|zero btc|nil|adding all|added all|not liquidate|n't liquidate|not monetize|"
    r"'s entire|’s entire|no sales of|part with|parted with|every one|each coin|each bitcoin|"
    r"each btc|each one|it all|them all|them to its|it to its|them to the|it to the|"
    r"not dispose"
)


@pytest.mark.parametrize("extra", ["all ٣ coins", "all 7 btc", "all bitcoin kept", "all of it"])
def test_zero_hints_gate_is_the_plain_alternation(extra: str) -> None:
    for text in [extra, *_lowercase_sentences()]:
        expected = _ZERO_HINTS_PLAIN.search(text) is not None
        assert treasury._zero_hinted(text) == expected, text


_MONEY_HINTS_PLAIN = re.compile(r"\$|rmb|usd|cad|aud|hkd|cny|eur|€|£|¥|yuan|dollar|renminbi|tether")


def test_money_hint_remembered_answer_is_the_plain_search() -> None:
    texts = _lowercase_sentences()
    # Each text asked twice in a row (the second answer is the remembered one), and each
    # after a different text.
    for text in [*texts, *texts[::-1]]:
        for _ in range(2):
            assert numbers.may_hold_money(text) == bool(_MONEY_HINTS_PLAIN.search(text)), text
    assert numbers.may_hold_money("paid $5") and not numbers.may_hold_money("paid 5 btc")


def test_money_re_look_ahead_changes_no_match() -> None:
    """`MONEY_RE` without its leading look-ahead finds the same amounts."""
    lead = f"(?={numbers._MONEY_STARTS})"
    assert numbers.MONEY_RE.pattern.startswith(lead)
    plain = re.compile(numbers.MONEY_RE.pattern[len(lead) :], re.IGNORECASE)
    extra = [
        "US$5m, c$3 million, hk$2, rmb ¥9, €4bn, £1, gbp 2, eur 3m, 7 usdt, 8 canadian dollars",
        "USD 40 million; 12 yuan; 5 Tether; A$3; AU$4; CNY 5; ٣ million dollars; ١٢ euros",
    ]
    for text in [*extra, *_corpus_sentences()]:
        found = [(m.span(), m.groupdict()) for m in numbers.MONEY_RE.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)], text


def test_remembered_clause_is_the_computed_one() -> None:
    compute = guards.clause_before.__wrapped__
    for text in _corpus_sentences()[:400]:
        for position in range(0, len(text) + 1, 7):
            for _ in range(2):  # the second ask is answered from memory
                assert guards.clause_before(text, position) == compute(text, position)


def test_families_on_lowercase_match_as_the_case_insensitive_patterns() -> None:
    """The figure families' `Folded` patterns find what their IGNORECASE sources find."""
    family = dict(treasury._FAMILIES)
    texts = [*_corpus_sentences(), "İstanbul: Sold 10 BTC in MAY", "MINED 500 BITCOIN IN JUNE"]
    sold, held = (
        [*SOLD, *SOLD_OF_MINED],
        [*HELD, *HELD_MOVED, *HELD_ASSETS],
    )  # (the families' extra patterns)
    for metric, patterns in ((BTC_SOLD, sold), (BTC_PRODUCED, PRODUCED), (BTC_HELD, held)):
        for (_, source), (_, fast) in zip(patterns, family[metric], strict=True):
            for text in texts:
                expected = [_found(match) for match in source.finditer(text)]
                assert [_found(match) for match in fast.finditer(text)] == expected, text


def _found(match: re.Match[str]) -> tuple[tuple[int, int], dict[str, str | None]]:
    """A match's span and groups, the groups' text lowercased (a `Folded` match's is)."""
    groups = match.groupdict()
    return match.span(), {name: value and value.lower() for name, value in groups.items()}
