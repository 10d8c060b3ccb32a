"""Selling all of its bitcoin is a zero holding (README decided case 34).

Class (holdout first-run misses: a 10-Q's subsequent-events note, an Asian-markets newsletter):
"In May 2022 the Company liquidated all of its Bitcoin holdings" and "has liquidated its entire
corporate Bitcoin treasury, reducing its holdings to zero" -> btc_held 0 at the event's date
(a month with no day: its last day; no period named: the report's label, here the publication
month), beside any sale figure the text gives.
Not a zero holding: "almost all" (not all), all of a month's production sold (a flow, the
treasury untouched; also "all of its bitcoin earned during the month", "generated from
self-mining"), a selling habit ("each month", "historically"), a plan to sell all, a negation,
another company's sale, and shares sold.
Expected sets follow tests/extract/real/README.md.
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import metric_found

HELD = "btc_held"

# (text, entity, published, expected btc_held (value, period) pairs)
CASES: list[tuple[str, str, str, set[tuple[object, str | None]]]] = [
    (
        "Subsequent Events\nIn May 2022 the Company liquidated all of its Bitcoin holdings. "
        "Approximately 17 Bitcoin were sold for cash proceeds of approximately $532,000.",
        "ACME",
        "2022-06-14",
        {(0.0, "2022-05-31")},
    ),
    (
        "This week Acme, a Singapore-based miner, liquidated its entire corporate Bitcoin "
        "treasury, reducing its holdings to zero.",
        "ACME",
        "2026-02-24",
        {(0.0, "2026-02")},
    ),
    (
        "In March 2023 Acme sold all of its bitcoin to repay the equipment loan.",
        "ACME",
        "2023-04-05",
        {(0.0, "2023-03-31")},
    ),
    (
        "The miner said it sold its entire BTC stash in January 2023.",
        "ACME",
        "2023-02-10",
        {(0.0, "2023-01-31")},
    ),
    (
        "In June, Acme Scientific sold all of its holdings of the virtual currency. The chief "
        "executive said miners need to pay their bills.",
        "ACME",
        "2022-07-10",
        {(0.0, "2022-06-30")},
    ),
    (
        "In June 2022 Acme liquidated all of its reserves of the cryptocurrency.",
        "ACME",
        "2022-07-10",
        {(0.0, "2022-06-30")},
    ),
    # not a zero holding
    (
        "In June 2022 Acme sold all of its holdings in the pool operator.",
        "ACME",
        "2022-07-05",
        set(),
    ),
    ("In June 2022 Acme sold almost all of its bitcoin holdings.", "ACME", "2022-07-05", set()),
    (
        "In June 2022 Acme sold all of its bitcoin production to cover power costs.",
        "ACME",
        "2022-07-05",
        set(),
    ),
    (
        "In June 2022 Acme sold all of the bitcoin it mined during the month.",
        "ACME",
        "2022-07-05",
        set(),
    ),
    ("Acme plans to sell all of its bitcoin holdings by June.", "ACME", "2022-05-05", set()),
    (
        "Acme has not liquidated all of its bitcoin holdings, the chief executive said.",
        "ACME",
        "2022-07-05",
        set(),
    ),
    (
        "Rival Beta Mining liquidated all of its bitcoin holdings in June, while Acme kept mining.",
        "ACME",
        "2022-07-05",
        set(),
    ),
    ("In June 2022 Acme sold all of its shares in the pool operator.", "ACME", "2022-07-05", set()),
    # a month's output sold, or a selling habit (README case 18): the treasury not emptied
    (
        "In May, Acme sold all of its bitcoin earned during the month to fund operations.",
        "ACME",
        "2025-06-10",
        set(),
    ),
    ("Acme sold all of its BTC generated from self-mining in May.", "ACME", "2025-06-10", set()),
    (
        "Historically, the miner sold all of its bitcoin to fund expansion.",
        "ACME",
        "2025-06-10",
        set(),
    ),
    (
        "Acme sold all of its bitcoin each month to fund operations.",
        "ACME",
        "2025-06-10",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_sold_all_is_zero_held(
    text: str, entity: str, published: str, expected: set[tuple[object, str | None]]
) -> None:
    assert metric_found(text, entity, published, HELD) == expected
