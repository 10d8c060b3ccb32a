"""A sale weighed or approved whose own sentence tells how it ended is no intention.

Classes (review finding, seventeenth session; holdout first-run misses):
- A past deliberation the sentence then closes ("In 2022, Acme was weighing a sale of its
  bitcoin, but it ultimately held", "… but decided against it", "… but in the end did not
  sell"): the company did not sell, and no forward-looking statement is left (decided case 18).
  A past progressive in reported speech with no such ending ("The board said it was considering
  selling … in the second half") stays intent (decided case 29).
- A sale approved or authorized that the same sentence says was carried out ("the board
  approved the sale of 4,451 BTC, executed over the weekend …"): a sale done, not a plan
  (decided case 6). An approval of a sale still to come ("to be completed by June", "over the
  coming quarter") stays intent.
Expected sets are read from the sentences by tests/extract/real/README.md.
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import metric_found

INTENT = "intent"
PUBLISHED = "2024-03-12"
NONE: set[tuple[object, str | None]] = set()
MARCH = {(None, "2024-03")}

WEIGHED_CASES: list[tuple[str, set[tuple[object, str | None]]]] = [
    ("In 2022, Acme was weighing a sale of its bitcoin, but it ultimately held.", NONE),
    (
        "Last year the miner was considering selling part of its BTC treasury, but decided "
        "against it as prices recovered.",
        NONE,
    ),
    (
        "Acme had been contemplating selling a portion of its bitcoin holdings, but in the end "
        "did not sell any.",
        NONE,
    ),
    (
        "During the downturn Acme was exploring a sale of its bitcoin, though it eventually "
        "kept every coin.",
        NONE,
    ),
    (
        "In 2022 the company was weighing a sale of its BTC but chose to hold its reserves "
        "instead.",
        NONE,
    ),
    # kept: a deliberation told with no ending, or one still open
    (
        "The board said it was considering selling some of the company's mined bitcoin in the "
        "second half.",
        MARCH,
    ),
    (
        "Acme was weighing a sale of part of its bitcoin, but has not yet made a decision.",
        MARCH,
    ),
    (
        "The company is considering selling part of its BTC, but it has held all production "
        "so far.",
        MARCH,
    ),
    (
        "Acme was considering selling part of its bitcoin in the second half, but prices held "
        "up better than expected.",
        MARCH,
    ),
    # "did not" of something else than the sale
    (
        "Acme was weighing a sale of part of its bitcoin in the second half, but it did not say "
        "at what price.",
        MARCH,
    ),
    (
        "The miner was considering selling some of its BTC reserve, though management didn't "
        "disclose the size.",
        MARCH,
    ),
    # "did not" of the sale itself
    (
        "Acme was weighing a sale of part of its bitcoin, but it didn't go through with the sale.",
        NONE,
    ),
]

APPROVED_CASES: list[tuple[str, set[tuple[object, str | None]]]] = [
    (
        "Acme confirmed the sale of 4,451 BTC this weekend. In this context the board approved "
        "the sale of 4,451 BTC, executed over the weekend and settled in USDT, generating "
        "around $305 million net.",
        NONE,
    ),
    (
        "The board authorized the sale of 1,000 BTC, which was completed on March 8.",
        NONE,
    ),
    # kept: an approved sale still to come, or a done word of another clause
    (
        "The board approved the sale of up to 1,000 BTC after the company completed its Texas "
        "expansion.",
        MARCH,
    ),
    ("The board approved the sale of up to 1,000 BTC over the coming quarter.", MARCH),
    (
        "The board has authorized the sale of 500 BTC, to be completed in the coming weeks.",
        MARCH,
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEIGHED_CASES)
def test_weighed_then_ended(text: str, expected: set[tuple[object, str | None]]) -> None:
    assert metric_found(text, "ACME", PUBLISHED, INTENT) == expected


@pytest.mark.parametrize(("text", "expected"), APPROVED_CASES)
def test_approved_then_done(text: str, expected: set[tuple[object, str | None]]) -> None:
    assert metric_found(text, "ACME", PUBLISHED, INTENT) == expected


# A sale weighed is no sale done (README: an intention is never btc_sold); a sale made stays one.
WEIGHED_SOLD_CASES: list[tuple[str, set[tuple[object, str | None]]]] = [
    (
        "Acme was weighing a sale of 1,000 BTC in the second half, but it did not say at what "
        "price.",
        NONE,
    ),
    ("The miner was considering selling 250 BTC to fund its Texas expansion.", NONE),
    ("In February, Acme sold 1,000 BTC to fund its Texas expansion.", {(1000.0, "2024-02")}),
]


@pytest.mark.parametrize(("text", "expected"), WEIGHED_SOLD_CASES)
def test_weighed_sale_is_no_sale(text: str, expected: set[tuple[object, str | None]]) -> None:
    assert metric_found(text, "ACME", PUBLISHED, "btc_sold") == expected
