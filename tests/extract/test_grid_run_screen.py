"""`grid._may_hold_rows` rules out only runs of lines that make no table.

`find_grid_rows` classifies a run's pieces only where `_may_hold_rows` says the run may make a
table: a run of one line does only as flattened rows ("Bitcoin Produced 362 340 Bitcoin Held
1,100 1,200"). Ruling out a run that makes one would lose its rows. One-line tables are found
with the screen; one-line headlines, headers and sentences are ruled out; every run of the
labelled and real dev passages that the screen rules out makes no table when classified.
"""

from __future__ import annotations

import pytest
from extract_corpus import CORPUS_DIR, REAL_DEV_DIR, load_cases

from monitor.extract import clean_text, grid

_BEFORE = (
    "The company continued to expand its mining fleet during the month, and it reports its "
    "figures below.\n\n"
)
_AFTER = (
    "\n\nThe company expects to keep expanding its mining fleet over the coming months, as it "
    "said before.\n\nMiners online 1,000 2,000\n\nThe rest of the release is prose of a length "
    "no table line has, so it ends every run.\n"
)


def _document(line: str) -> str:
    return f"{_BEFORE}{line}{_AFTER}"


def _first_run(text: str) -> tuple[int, int]:
    return next(iter(grid._runs(text)))


def _built(text: str, run: tuple[int, int]) -> bool:
    """Does the run make a table when its pieces are classified (the screen not asked)?"""
    pieces = grid._joined_signs(grid._joined_dates(text, list(grid._pieces(text, run, None))))
    built = grid._captioned_values(text, pieces, 0) or grid._assemble(text, pieces, 0)
    return grid._is_table(built)


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        (
            "Bitcoin Produced 362 340 6% Bitcoin Sold 100 120 -17%",
            ["Bitcoin Produced", "Bitcoin Sold"],
        ),
        ("Hashrate (EH/s) 20.1 19.5 Fleet size 100 200", ["Hashrate (EH/s)", "Fleet size"]),
    ],
)
def test_a_table_on_one_line_is_found(line: str, labels: list[str]) -> None:
    text = _document(line)
    assert grid._may_hold_rows(text, _first_run(text))
    found = [
        row.cells[0] for row in grid.find_grid_rows(text) if row.start < len(_BEFORE) + len(line)
    ]
    assert found == labels


@pytest.mark.parametrize(
    "line",
    [
        "Riot Platforms Reports April 2025 Production and Operations Updates",
        "HIVE Digital Technologies Ltd. May 2024 Production Report",
        "Riot sold 0 bitcoin in October 2024.",
        "Cango produced an average of 16.01 BTC per day in October.",
        "  • Riot sold 600 BTC, generating net proceeds of approximately $14.2 million",
    ],
)
def test_a_line_that_is_no_table_is_ruled_out(line: str) -> None:
    text = _document(line)
    run = _first_run(text)
    assert text[run[0] : run[1]].strip() == line.strip()
    assert not _built(text, run)
    assert not grid._may_hold_rows(text, run)


def test_every_corpus_run_ruled_out_makes_no_table() -> None:
    ruled_out = kept = 0
    for directory in (CORPUS_DIR, REAL_DEV_DIR):
        for case in load_cases(directory):
            text = clean_text(case.document, case.content_type)
            for run in grid._runs(text):
                if grid._digit_count(text[run[0] : run[1]]) < grid._MIN_DIGITS:
                    continue
                if grid._may_hold_rows(text, run):
                    kept += 1
                    continue
                ruled_out += 1
                assert not _built(text, run), text[run[0] : run[1]]
    assert ruled_out > 50 and kept > 100  # (the screen is asked, and lets tables through)
