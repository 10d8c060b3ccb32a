"""A filing note's own balances stay its own however late the filing (an amended 10-K/A).

README decided case 1: a figure is recalled when its period ended before the document's own.
An XBRL note page names its own period in its heading ("3 Months Ended | Dec. 31, 2023"); an
amended filing of that period, published ten months later, still reports that period's
balances (ah1-gpus-2023-notes-payable-schedule, a 10-K/A of October 2024). A news story of the
same late day that recalls the same balance, with no such heading, still recalls it.

The page is the real CleanSpark R18 note of `debt_note_pages.yaml` (clsk-2024-q1fy), given the
publication day of an amendment; the news sentence is that note's opening sentence told by a
story.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.extract.must_checks import figures_read

_DEBT = ("debt_total_usd", "debt_issued_usd", "debt_repaid_usd", "interest_expense_usd")
_PAGE = next(
    case
    for case in yaml.safe_load((Path(__file__).parent / "debt_note_pages.yaml").read_text("utf-8"))
    if case["id"] == "clsk-2024-q1fy-r18-loans-one-cell-per-line"
)
_LATE = "2024-10-01"  # ten months after the note's December 31, 2023 balance date


def test_note_page_filed_late_keeps_its_balances() -> None:
    on_time = figures_read(str(_PAGE["text"]), "CLSK", str(_PAGE["published"]), _DEBT)
    late = figures_read(str(_PAGE["text"]), "CLSK", _LATE, _DEBT)
    assert ("debt_total_usd", 14617000.0, "USD", "2023-12-31") in late
    assert late == on_time


def test_news_story_recalling_the_balance_late_gives_nothing() -> None:
    # near miss: the same balance, told by a story ten months on, without the note's heading
    story = (
        "CleanSpark expands its Georgia fleet.\n\nThe miner said on Tuesday it had closed the "
        "purchase of three more sites. As of December 31, 2023, the Company had a gross balance "
        "outstanding of $14.6 million."
    )
    assert figures_read(story, "CLSK", _LATE, _DEBT) == set()


def test_heading_of_a_later_quarter_does_not_keep_an_earlier_balance() -> None:
    # near miss: the page is the late filing's own quarter; a balance of a year before it recalls
    heading = "3 Months Ended\nDec. 31, 2023"
    assert heading in str(_PAGE["text"])
    text = str(_PAGE["text"]).replace(heading, "3 Months Ended\nSep. 30, 2024")
    read = figures_read(text, "CLSK", _LATE, _DEBT)
    assert ("debt_total_usd", 14617000.0, "USD", "2023-12-31") not in read
