"""Batch an's English misreadings, as classes (holdout an1/an2, English cases).

A bare money range is no figure (decided case 9); a BTC figure in millions is the supply, not a
holding; "we currently own N bitcoins" is a holding; a news writer's spending verb ("shelling
out … on GPUs") is AI capex, and another party's is not; a deal told in the past perfect or
announced in a recalled month is background (decided case 1).
"""

from __future__ import annotations

import pytest

from tests.extract.treasury_facts import metric_found, metric_rows

_DEBT = frozenset({"debt_total_usd", "debt_issued_usd", "debt_repaid_usd"})

# A bare range of two currency amounts states neither end (decided case 9).
BARE_MONEY_RANGES = [
    # an2-gree-2022-12: the real sentence (a spun rewrite of Bitcoin Magazine)
    "This may get rid of $57-$68 million of debt, leaving Greenidge with roughly 1.8 EH/s of its "
    "personal miners.",
    "Greenidge repaid $57 million-$68 million of its loans.",
    "Greenidge has $57-$68 million of debt outstanding.",
]


@pytest.mark.parametrize("text", BARE_MONEY_RANGES)
def test_bare_money_range_is_no_debt_figure(text: str) -> None:
    assert metric_rows(text, "GREE", "2022-12-21", _DEBT) == set()


# Near misses: one amount (a hyphen elsewhere in the sentence) keeps its figure.
ONE_AMOUNT = [
    (
        "Greenidge has $68 million of debt outstanding, down 10-15 percent from last year.",
        ("debt_total_usd", 68000000.0, "USD", "2022-12"),
    ),
    (
        "Greenidge repaid $68 million of its loans in December.",
        ("debt_repaid_usd", 68000000.0, "USD", "2022-12"),
    ),
]


@pytest.mark.parametrize(("text", "row"), ONE_AMOUNT)
def test_one_amount_kept(text: str, row: tuple[str, float, str, str]) -> None:
    assert row in metric_rows(text, "GREE", "2022-12-21", _DEBT)


# Bitcoin's supply of 21 million is no company's holding.
SUPPLY = [
    # an2-mara-2024-07: the real sentence (a spun rewrite)
    "The Bitcoin mining firm’s complete holdings now symbolize almost 0.1% of BTC’s most provide "
    "of 21 million BTC.",
    "The firm's total holdings now make up almost 0.1% of BTC's max supply of 21 million BTC.",
    "Its bitcoin treasury now equals nearly 0.1% of the cap of 21 million coins.",
]


@pytest.mark.parametrize("text", SUPPLY)
def test_supply_in_millions_is_no_holding(text: str) -> None:
    assert metric_found(text, "MARA", "2024-07-28", "btc_held") == set()


def test_holding_beside_the_supply_kept() -> None:
    text = "MARA's holdings now stand at 20,000 BTC, almost 0.1% of the 21 million BTC supply."
    assert metric_found(text, "MARA", "2024-07-28", "btc_held") == {(20000.0, "2024-07")}


# "We currently own N bitcoins": the plain present of "owns" after its subject or "now".
OWN = [
    ("As of today, we own 489 BTC.", {(489.0, "2021-05-11")}),
    ("We currently own approximately 489 bitcoins.", {(489.0, "2021-05")}),
    ("We now own 1,200 bitcoins after the private placement.", {(1200.0, "2021-05")}),
]


@pytest.mark.parametrize(("text", "found"), OWN)
def test_we_own_is_a_holding(text: str, found: set[tuple[float, str]]) -> None:
    assert metric_found(text, "BTCM", "2021-05-11", "btc_held") == found


@pytest.mark.parametrize(
    "text",
    [
        "The company mined its own 300 BTC in April.",
        "We currently own approximately 50,113 mining machines.",
    ],
)
def test_own_not_a_holding(text: str) -> None:
    assert metric_found(text, "BTCM", "2021-05-11", "btc_held") == set()


# A news writer's spending verb ("shelling out", "splashing out") binds capex like "spending".
SHELLING_OUT = [
    # an1-iren-2025-11: the real sentence (the page ends mid-sentence)
    "Under the new Microsoft agreement, IREN will host Nvidia's cutting-edge GB300-based AI "
    "systems in its Texas facilities. To gear up, the company is shelling out $5.8 billion on "
    "GPUs from Dell Technologies",
    "IREN shelled out $1.2 billion on Nvidia GB300 servers for its Childress AI campus.",
    "The company is splashing out $300 million on H100 GPUs for its AI cloud.",
]


@pytest.mark.parametrize("text", SHELLING_OUT)
def test_shelling_out_on_gpus_is_capex(text: str) -> None:
    assert metric_found(text, "IREN", "2025-11-03", "ai_capex_usd")


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft is shelling out $9.7 billion on IREN's AI cloud capacity.",
        "Microsoft is pouring $9.7 billion into IREN's AI cloud capacity.",
        "IREN is shelling out $20 million on new bitcoin miners.",
    ],
)
def test_another_buyer_or_mining_is_no_capex(text: str) -> None:
    assert metric_found(text, "IREN", "2025-11-03", "ai_capex_usd") == set()


# A deal told in the past perfect, dated before the story's month, is recalled (case 1).
HAD_SIGNED = [
    # an1-wulf-2025-10: the real sentence
    "TeraWulf and Fluidstack had already signed a deal in August to collaborate on building a "
    "new data center, supported by Google.",
    "Cipher had already signed a 15-year lease with AWS in August for its Barber Lake AI data "
    "center.",
    "Cipher and Fluidstack had signed a colocation agreement in August for the AI data center at "
    "Barber Lake.",
]


@pytest.mark.parametrize("text", HAD_SIGNED)
def test_deal_in_past_perfect_is_recalled(text: str) -> None:
    assert (
        metric_found(text, "WULF" if "TeraWulf" in text else "CIFR", "2025-10-29", "ai_milestone")
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "TeraWulf signed a 10-year colocation agreement with Fluidstack in October for its Lake "
        "Mariner AI data center.",
        "By October, TeraWulf had signed a 10-year colocation agreement with Fluidstack for its "
        "Lake Mariner AI data center.",
    ],
)
def test_deal_of_the_month_counts(text: str) -> None:
    assert metric_found(text, "WULF", "2025-10-29", "ai_milestone") == {(None, "2025-10")}


# A tenant deal announced in a month well before the story is recalled with its capacity.
RECALLED_TENANT_DEALS = [
    # an2-apld-2025-10: the real sentence
    "In June, Applied Digital announced two long-term lease agreements with CoreWeave for 250 "
    "megawatts of capacity.",
    "In June, Applied Digital signed two long-term lease agreements with CoreWeave for 250 "
    "megawatts of capacity.",
]


@pytest.mark.parametrize("text", RECALLED_TENANT_DEALS)
def test_recalled_tenant_deal_capacity(text: str) -> None:
    assert metric_found(text, "APLD", "2025-10-22", "ai_capacity_mw") == set()


def test_tenant_deal_of_the_month_capacity() -> None:
    text = (
        "In October, Applied Digital announced two long-term lease agreements with CoreWeave for "
        "250 megawatts of capacity."
    )
    assert metric_found(text, "APLD", "2025-10-22", "ai_capacity_mw") == {(250.0, "2025-10")}


# "Received debt financing of X" names debt taken, like "received a loan of X".
DEBT_FINANCING_RECEIVED = [
    # an2-nb2-2023-11: the real sentence (the page's typo "a announced" kept)
    (
        "Last November 2nd, Northern Data AG a announced that it has received debt financing of "
        "575 million euros from Tether.",
        {("debt_issued_usd", 575000000.0, "EUR", "2023-11")},
    ),
    (
        "Northern Data AG has received debt financing of €575 million from Tether.",
        {("debt_issued_usd", 575000000.0, "EUR", "2023-11")},
    ),
    (
        "Northern Data obtained debt financing of $200 million from Tether in November.",
        {("debt_issued_usd", 200000000.0, "USD", "2023-11")},
    ),
]


@pytest.mark.parametrize(("text", "rows"), DEBT_FINANCING_RECEIVED)
def test_debt_financing_received_is_new_debt(text: str, rows: set[tuple]) -> None:
    assert metric_rows(text, "NB2", "2023-11-03", _DEBT) == rows


@pytest.mark.parametrize(
    "text",
    [
        "Northern Data is seeking to obtain debt financing of €575 million from Tether.",
        "Northern Data has secured a debt financing facility of up to €575 million from Tether.",
        "Northern Data received equity financing of €100 million from Tether.",
    ],
)
def test_debt_financing_sought_or_a_facility_is_not(text: str) -> None:
    assert metric_rows(text, "NB2", "2023-11-03", _DEBT) == set()
