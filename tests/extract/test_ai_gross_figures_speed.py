"""`ai_gross_figures` tries its pattern only next to each "gross": it finds what a scan finds.

`_gross_matches` stands for `_GROSS_FIGURE.finditer` over a whole document (a regex scan of
50 KB that cost millions of instructions a document); each test compares the two.
"""

from __future__ import annotations

import re

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, corpus_sentences, load_cases

from monitor.extract import clean_text
from monitor.extract.ai_gross_figures import _GROSS_FIGURE, _gross_matches, is_stated_gross


def _found(matches: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def _scanned(text: str) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return _found(_GROSS_FIGURE.finditer(text))


# Figures stated as gross, and near misses: "gross" with no figure bound to it, a figure whose
# words before "gross" are not the pattern's, offsets moved by lowering ("İ"), "ſ" (IGNORECASE).
_TEXTS = [
    "Deliver 300 MW gross to AWS.",
    "a 15-year lease for 300 megawatts of gross capacity",
    "1,200.5 MW (gross) and gross capacity of 56 MW",
    "gross 50 MW gross 60 MW, 70mw gross",
    "300 MW of ( gross",
    "300 MW grossly overstated",  # "gross\b" fails: no figure
    "gross margin of 45% on 300 MW",  # "gross" far from the figure
    "300 MWh gross",  # the unit is not MW
    "300 MW at gross",  # "at" is not the pattern's
    "ingross 300 MW",  # "\bgross" fails
    "gross gross 300 MW",
    "300 MW \n\n gross",
    "İstanbul: 300 MW gross",
    "300 MW groſſ and 40 MW gross",
    "300 MW GROSS, GROSS CAPACITY OF 20 MEGAWATTS",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_matches_are_the_scans(text: str) -> None:
    assert _found(_gross_matches(text)) == _scanned(text)


def test_matches_are_the_scans_on_every_corpus_sentence() -> None:
    for text in corpus_sentences():
        if "gross" in text.lower():
            assert _found(_gross_matches(text)) == _scanned(text), text


def test_matches_are_the_scans_on_every_passage() -> None:
    for directory in (CORPUS_DIR, REAL_DEV_DIR, REAL_DEV_DIR.parent / "holdout"):
        for case in load_cases(directory):
            text = clean_text(case.document, case.content_type)
            assert _found(_gross_matches(text)) == _scanned(text), case.id


def test_stated_gross_figures() -> None:
    document = "Deliver 300 MW gross to AWS. A 1,200 megawatts (gross) site. A lease for 56 MW."
    assert is_stated_gross(300, document)
    assert is_stated_gross(1200, document)
    assert not is_stated_gross(56, document)  # never called gross
    assert not is_stated_gross(300, re.sub("gross", "net", document))
