"""Holdout recall classes of btc_held, btc_sale_proceeds_usd and intent (helper session "treas").

* a selling deliberation in the progressive or perfect ("we are considering selling part of
  our BTC reserves", "has been weighing a sale of its bitcoin"): intent (decided case 29);
* a plain present "has N BTC" that ends its clause ("Hut 8 has 7,408 BTC, according to …"):
  a holding at the report's label (decided case 14, "now holds");
* a balance sheet that "shows"/"lists" N [unrestricted] BTC: a holding;
* a change in the treasury told with "sequentially" ("increased 14% sequentially to 1,939");
* a flow noun's "of" is not a holding's level ("reserve as of June 20, in addition to daily
  production of about 14 BTC");
* proceeds named in an apposition ("The entire proceeds—about $305 million—were used …").
Near-misses (another company, a part of the holding (decided case 12), a starting level
(decided case 1), a rate, a practice) keep the old readings.
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import metric_found as _found

INTENT = "intent"
HELD = "btc_held"
PROCEEDS = "btc_sale_proceeds_usd"

# (text, entity, published, metric, expected (value, period) pairs of that metric)
CASES: list[tuple[str, str, str, str, set[tuple[object, str | None]]]] = [
    # --- intent: a deliberation in the progressive or perfect
    (
        '"We are considering selling a share of our bitcoin reserves to fund the Ohio build," '
        "the chief financial officer of Acme Mining said.",
        "ACME",
        "2024-03-12",
        INTENT,
        {(None, "2024-03")},
    ),
    (
        "Acme Mining has been weighing a sale of part of its BTC treasury as hashprice falls.",
        "ACME",
        "2024-03-12",
        INTENT,
        {(None, "2024-03")},
    ),
    (
        "The board said it was considering selling some of the company's mined bitcoin in the "
        "second half.",
        "ACME",
        "2024-03-12",
        INTENT,
        {(None, "2024-03")},
    ),
    (
        "We're exploring the sale of a portion of our bitcoin holdings to repay the term loan.",
        "ACME",
        "2024-03-12",
        INTENT,
        {(None, "2024-03")},
    ),
    (
        "Management noted that it had been contemplating selling part of its monthly bitcoin "
        "production.",
        "ACME",
        "2024-03-12",
        INTENT,
        {(None, "2024-03")},
    ),
    (
        "The miner said it plans on selling a portion of the bitcoin it mines each month.",
        "ACME",
        "2024-03-12",
        INTENT,
        {(None, "2024-03")},
    ),
    (
        "Acme is planning on liquidating part of its BTC holdings before the halving.",
        "ACME",
        "2024-03-12",
        INTENT,
        {(None, "2024-03")},
    ),
    # near-misses: another company's deliberation, a purchase, a negation, a practice
    (
        "Rival Beta Mining said it is considering selling part of its bitcoin, while Acme "
        "mined 120 BTC.",
        "ACME",
        "2024-03-12",
        INTENT,
        set(),
    ),
    (
        "We are considering buying more bitcoin with the cash from the offering.",
        "ACME",
        "2024-03-12",
        INTENT,
        set(),
    ),
    (
        "Acme is not considering selling any of its bitcoin, the chief executive said.",
        "ACME",
        "2024-03-12",
        INTENT,
        set(),
    ),
    (
        "Acme has been selling a portion of its monthly production to cover power costs.",
        "ACME",
        "2024-03-12",
        INTENT,
        set(),
    ),
    # --- a plain present "has N BTC" ending its clause
    (
        "Acme Mining has 4,812 BTC (roughly $310 million at current prices), according to its "
        "latest monthly update.",
        "ACME",
        "2024-03-12",
        HELD,
        {(4812.0, "2024-03")},
    ),
    (
        "By the numbers: the miner has 2,215 bitcoin, worth about $150 million.",
        "ACME",
        "2024-03-12",
        HELD,
        {(2215.0, "2024-03")},
    ),
    (
        "As the halving nears, the company has 903 bitcoin and no debt.",
        "ACME",
        "2024-03-12",
        HELD,
        {(903.0, "2024-03")},
    ),
    # near-misses: a rate, a flow, a part lent out, another company
    (
        "Acme has 12 BTC of daily production at current difficulty.",
        "ACME",
        "2024-03-12",
        HELD,
        set(),
    ),
    (
        "Acme has 40 BTC per day of output once the new site is energised.",
        "ACME",
        "2024-03-12",
        HELD,
        set(),
    ),
    (
        "Riot has 7,408 BTC, while Hut 8 keeps selling its production.",
        "HUT",
        "2024-03-12",
        HELD,
        set(),
    ),
    (
        "Acme holds 5,000 BTC, of which it has 1,200 BTC lent to third parties.",
        "ACME",
        "2024-03-12",
        HELD,
        {(5000.0, "2024-03")},
    ),
    # proceeds in an apposition after another thing sold are that sale's (decided case 4;
    # review, seventeenth session)
    (
        "Acme sold 500 BTC in October and also raised equity through its ATM program; the "
        "proceeds, approximately $98 million, will fund the new campus.",
        "ACME",
        "2025-11-12",
        PROCEEDS,
        set(),
    ),
    (
        "Acme sold 500 BTC in October; the proceeds, approximately $58 million, will fund the "
        "new campus.",
        "ACME",
        "2025-11-12",
        PROCEEDS,
        {(58_000_000.0, "2025-10")},
    ),
    # a part set off by an aside (decided case 12; review, seventeenth session)
    (
        "Acme held 19,225 BTC at month end. The company has 3,000 BTC, or about 15% of its "
        "holdings, pledged as collateral under its credit line.",
        "ACME",
        "2024-03-12",
        HELD,
        {(19225.0, "2024-03")},
    ),
    (
        "Acme has 500 BTC (held by Coinbase Custody as security for the loan) and more on its "
        "own wallets.",
        "ACME",
        "2024-03-12",
        HELD,
        set(),
    ),
    # --- a balance sheet that shows / lists the coins
    (
        "Acme's balance sheet shows 13,726 unrestricted BTC and $101 million in unrestricted cash.",
        "ACME",
        "2023-10-05",
        HELD,
        {(13726.0, "2023-10")},
    ),
    (
        "The miner's balance sheet listed 2,114 bitcoin at the end of June.",
        "ACME",
        "2023-07-20",
        HELD,
        {(2114.0, "2023-06-30")},
    ),
    (
        "Its balance sheet reflects 640 unencumbered bitcoin after the loan was repaid.",
        "ACME",
        "2023-10-05",
        HELD,
        {(640.0, "2023-10")},
    ),
    # near-miss: a value, not coins
    (
        "Acme's balance sheet shows $101 million of digital assets.",
        "ACME",
        "2023-10-05",
        HELD,
        set(),
    ),
    # --- a change told "sequentially"
    (
        "Acme mined 210 BTC in January. Its HODL position at the end of this period increased "
        "14% sequentially to 1,939 BTC.",
        "ACME",
        "2024-02-08",
        HELD,
        {(1939.0, "2024-01-31")},
    ),
    (
        "Acme mined 210 BTC in January. Its self-mined bitcoin treasury at the close of the "
        "period climbed sequentially to 2,404 BTC.",
        "ACME",
        "2024-02-08",
        HELD,
        {(2404.0, "2024-01-31")},
    ),
    (
        "Acme mined 210 BTC in January. Its reserve at period-end rose 5% on the month to "
        "1,939 BTC.",
        "ACME",
        "2024-02-08",
        HELD,
        {(1939.0, "2024-01-31")},
    ),
    (
        "Acme mined 210 BTC in January. Its HODL (Hold On for Dear Life) balance at the end of "
        "this period rose 9% sequentially to 2,404 BTC.",
        "ACME",
        "2024-02-08",
        HELD,
        {(2404.0, "2024-01-31")},
    ),
    # near-misses: production, not the treasury
    (
        "Acme's bitcoin production at the end of this period increased 14% sequentially to 210 "
        "BTC.",
        "ACME",
        "2024-02-08",
        HELD,
        set(),
    ),
    # --- a flow noun's "of" is not the level
    (
        "The company had 3,349 BTC in reserve as of June 20, in addition to daily production of "
        "about 14 BTC.",
        "ACME",
        "2022-06-22",
        HELD,
        {(3349.0, "2022-06-20")},
    ),
    (
        "The treasury grew in May on the back of production of 310 BTC.",
        "ACME",
        "2022-06-22",
        HELD,
        set(),
    ),
    (
        "Its treasury as of May 31 grew with the sale-free production of 320 BTC.",
        "ACME",
        "2022-06-22",
        HELD,
        set(),
    ),
    # --- proceeds in an apposition
    (
        "Acme sold 4,451 BTC on the open market. The entire proceeds—about $305 million—were "
        "used to repay a bitcoin-secured loan.",
        "ACME",
        "2026-02-10",
        PROCEEDS,
        {(305000000.0, "2026-02")},
    ),
    (
        "Acme sold 1,200 BTC last week. The proceeds, roughly $84 million, went to the new "
        "Texas campus.",
        "ACME",
        "2026-02-10",
        PROCEEDS,
        {(84000000.0, "2026-02")},
    ),
    (
        "Acme sold 600 BTC in January; net proceeds (approximately $58.2 million) were added to "
        "cash.",
        "ACME",
        "2026-02-10",
        PROCEEDS,
        {(58200000.0, "2026-01")},
    ),
    (
        "Acme sold 900 BTC over the weekend. The proceeds, totaling approximately $61 million, "
        "are earmarked for the loan.",
        "ACME",
        "2026-02-10",
        PROCEEDS,
        {(61000000.0, "2026-02")},
    ),
    # near-misses: proceeds of a share sale, of notes
    (
        "Acme closed its share offering. The net proceeds, about $50 million, will fund miners.",
        "ACME",
        "2026-02-10",
        PROCEEDS,
        set(),
    ),
    (
        "Acme priced $200 million of convertible notes; the proceeds—about $194 million—will "
        "buy bitcoin.",
        "ACME",
        "2026-02-10",
        PROCEEDS,
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "metric", "expected"), CASES)
def test_holdout_recall_classes(
    text: str,
    entity: str,
    published: str,
    metric: str,
    expected: set[tuple[object, str | None]],
) -> None:
    assert _found(text, entity, published, metric) == expected


# A roundup about Riot: the sentence before names Marathon, and "The firm's balance sheet" is
# Marathon's (the anaphoric subject as a possessor, `treasury_anaphora`).
ROUNDUP = (
    "Marathon said it has now produced 8,610 BTC year-to-date in 2023. The firm's balance sheet "
    "shows 9,870 unrestricted BTC and $101 million in unrestricted cash.\n"
    "Meanwhile, Riot Platforms produced 362 BTC in September."
)


def test_anaphoric_possessor_is_the_peer() -> None:
    assert _found(ROUNDUP, "RIOT", "2023-10-05", HELD) == set()
    assert _found(ROUNDUP, "MARA", "2023-10-05", HELD) == {(9870.0, "2023-10")}
