"""RE2's answer for a whole-document sign never hides a match CPython would find.

`document_signs.first_possible(sign, text)` is None only where the sign has no match in
`text`, and otherwise no later than its first match (the scan starts there); `scan(sign,
text)` gives the matches `sign.finditer(text)` gives. Checked for every registered sign on
every document of the synthetic and real dev corpora, and for the RE2 writing (`widened`) on
its own: every pattern the readers define, against the corpora's
sentences that hold a character outside ASCII (read as "?" by RE2) and hand-made texts.
"""

from __future__ import annotations

import re
import sys

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

import monitor.extract  # noqa: F401  (every reader module loaded, so their signs are registered)
from monitor.extract import clean_text, document_signs
from monitor.extract.document_signs import first_possible, scan, widened
from monitor.extract.folded import Folded, lowered
from monitor.extract.sentences import segments

re2 = pytest.importorskip("re2")


def _documents() -> list[str]:
    cases = [*load_cases(CORPUS_DIR), *load_cases(REAL_DEV_DIR)]
    return list(dict.fromkeys(clean_text(case.document, case.content_type) for case in cases))


_DOCUMENTS = _documents()
_HARD = [
    "Revenue for the Nine Months\u00a0Ended September 30",  # a no-break space: \s in CPython
    "Sept\u2019 2024 2024Sept", "2023Dec 31", "2024Q3", "Jan\u20112024", "Key metrics2Dec-23\n",
    "finished\u00a0repaying the loan", "FINISHED REPAYING", "\u212aey TO 52,850 BTC (C. $6.0B) |",
    "\nJanuary 31\n2024\n", "TO \u2013 5\n", "Bitcoin mined 450 \u2014 500\n", "caf\u00e9 | 12 |\n",
    "Mined\u0663\u0667\u0661Power Sales18BTC Sold34", "BTC Mined371?Power Sales18BTC Sold34",
    "Metrics1Oct 2022Sep 2023Oct 2023\nBitcoin Mined10.963.669.2\n", "a?b 2024?Jan 7?Q",
]  # fmt: skip


def _signs() -> list[object]:
    return list(document_signs._KEPT)


def _first(sign: object, text: str) -> int | None:
    """Where CPython's whole-text search of `sign` finds its first match (None: nowhere)."""
    found = sign.search(text)  # type: ignore[attr-defined]
    return None if found is None else found.start()


@pytest.mark.parametrize("sign", _signs(), ids=lambda sign: getattr(sign, "pattern", "")[:40])
def test_no_match_is_hidden(sign: object) -> None:
    for text in [*_DOCUMENTS, *_HARD]:
        first = _first(sign, text)
        possible = first_possible(sign, text)
        if first is not None:
            assert possible is not None and possible <= first, text[:200]


@pytest.mark.parametrize("sign", _signs(), ids=lambda sign: getattr(sign, "pattern", "")[:40])
def test_scan_finds_every_match(sign: object) -> None:
    for text in [*_DOCUMENTS, *_HARD]:
        expected = [match.regs for match in sign.finditer(text)]  # type: ignore[attr-defined]
        assert [match.regs for match in scan(sign, text)] == expected, text[:200]


def test_every_sign_is_asked_of_re2() -> None:
    """(A sign RE2 cannot be asked about is scanned every time: no gain, so none is.)"""
    for sign in _signs():
        asked = sign.lowercase if isinstance(sign, Folded) else sign
        assert widened(asked) is not None, asked.pattern


def _reader_patterns() -> list[re.Pattern[str]]:
    found: dict[int, re.Pattern[str]] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("monitor.extract."):
            continue
        for value in vars(module).values():
            if isinstance(value, Folded):
                value = value.lowercase
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[id(value)] = value
    return list(found.values())


def _other_sentences() -> list[str]:
    texts = (segment.text for document in _DOCUMENTS for segment in segments(document))
    return [text for text in dict.fromkeys(texts) if not text.isascii()]


def test_widened_patterns_hold_every_match() -> None:
    """Every pattern of the readers, written for RE2, matches the ASCII copy of each text it
    matches, at its first match or before."""
    sentences = [*_other_sentences(), *_HARD]
    assert len(sentences) > 100
    options = re2._re2.RE2.Options()
    options.log_errors = False
    anchor = re2._re2.RE2.Anchor.UNANCHORED
    checked = 0
    for pattern in _reader_patterns():
        source = widened(pattern)
        if source is None:
            continue
        regex = re2._re2.RE2(source.encode(), options)
        if not regex.ok():
            continue
        checked += 1
        for text in sentences:
            for asked in (text, lowered(text)) if not pattern.flags & re.IGNORECASE else (text,):
                found = pattern.search(asked)
                if found is None:
                    continue
                data = asked.encode("ascii", "replace")
                start = regex.Match(anchor, data, 0, len(data))[0][0]
                assert 0 <= start <= found.start(), (pattern.pattern, asked)
    assert checked > 200


def test_line_signs_from_the_first_possible_line() -> None:
    """`LineSigns` searched from where RE2 finds a text-laid table's sign first (`grid`) give
    the answers of the search from the start."""
    from monitor.extract import grid

    signs = [
        (grid._VALUE_LINE, grid._VALUE_LINES),
        (grid._FLAT_LINE, grid._FLAT_LINES),
        (grid._LEVEL_LINE, grid._LEVEL_LINES),
    ]
    for text in [*_DOCUMENTS, *_HARD]:
        for sign, lines in signs:
            first = first_possible(sign, text)
            assert (first is not None and lines.found(text, first)) == lines.found(text)
            for count in (1, 2, 3):
                expected = lines.at_least(count, text)
                assert (first is not None and lines.at_least(count, text, first)) == expected


@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [
        ("[\u212ax]y", re.IGNORECASE, "ky"),  # the Kelvin sign reads "k" case-insensitively
        ("(?i:[\u017f])t", 0, "st"),  # and the long s reads "s"
        ("a[\u00e9]b", 0, "a\u00e9b"),
        ("[^\u2013]z", re.IGNORECASE, "kz"),
        ("^[ \t]*TO \\d", re.MULTILINE, "x\n TO 5"),
        ("\\bsold\\s+\\d", 0, "sold\u00a05"),
    ],
)
def test_widened_hard_patterns(source: str, flags: int, text: str) -> None:
    pattern = re.compile(source, flags)
    assert pattern.search(text) is not None
    regex = re2._re2.RE2(widened(pattern).encode(), re2._re2.RE2.Options())
    data = text.encode("ascii", "replace")
    assert regex.Match(re2._re2.RE2.Anchor.UNANCHORED, data, 0, len(data))[0][0] >= 0
