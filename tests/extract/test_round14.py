"""Round 14: classes of wording and layout behind blind batch r's misses (bitcoin, AI, prose).

Each class has the real passage (`# real`, the batch-r case id), variants in the same shape with
other companies, figures and periods (`# variant`), and hard negatives (`# negative`) that must
yield nothing or something else. Expected values are worked out from the text by the labelling
convention (tests/extract/real/README.md).

Classes:

* a sum told again as its parts — "sold 2,201 Bitcoins, generating approximately $200 million
  … in two phases: 383 Bitcoins were sold in November, followed by … 1,818 Bitcoins in
  December": the parts are labelled, the sum (no single period) and its money are not (decided
  case 3); a quarter's total beside its months is the quarter's own figure.
* money brought in is not AI capex — "generating approximately $200 million in capital",
  "raising $50 million in capital", "allocate $60 million for capped call transaction costs".
* a holding in a miner's unit — "had 101 Bitcoin or Bitcoin equivalents as of February 28".
* a treasury in apposition — "its Bitcoin treasury, currently totaling 19,233 BTC".
* a daily rate, then the period's total — "mined 5.7 BTC daily, 162 Bitcoin in February".
* a markdown table printed on one line — "| Metrics | Mar 2025 | Feb 2025 | | --- | … |".
* a quarter of last year — "in the fourth quarter of last year" names the figure's period
  (not "down from 446 in December last year", a comparison).
* a summary's run-on dash bullets — "… [216]. - The company has commenced …": each item is a
  sentence of its own, so one item's words do not judge another's figures.
* a report index's year-first quarter — "Applied Digital (APLD) - 2026 Q2 - Quarterly Report".
* an HPC data center sized after its site, or by an increment being built — "its first HPC
  data center at the Polaris Forge 1 campus with a capacity of 100 MW and is constructing a
  second HPC data center with an additional 150 MW capacity".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Found = set[tuple[str, Decimal | None, str | None]]
_BTC = ("btc_held", "btc_sold", "btc_produced", "btc_sale_proceeds_usd")
_AI = ("ai_capex_usd", "ai_capacity_mw")


def _found(
    text: str, published: dt.date, metrics: tuple[str, ...], entity: str | None = None
) -> Found:
    items = extract_text(text, published=published, entity=entity)
    return {(item.metric, item.value, item.period) for item in items if item.metric in metrics}


def _d(value: str) -> Decimal:
    return Decimal(value)


# --- a sum told again as its parts -------------------------------------------------------

SUMS = [
    pytest.param(  # real: r-riot-2025-12-web3chainhub-yearend-sales
        "Bitcoin Mining Giant Riot Platforms Sells BTC to Fund Major AI Data Center Pivot\n"
        "In a bold strategic move to capitalize on the burgeoning artificial intelligence (AI) "
        "boom, Riot Platforms (NASDAQ: RIOT), a prominent leader in Bitcoin mining, executed a "
        "significant divestment of its Bitcoin holdings late last year. The company "
        "strategically sold 2,201 Bitcoins, generating approximately $200 million in capital, "
        "signaling a clear intent to redirect resources towards emerging high-growth sectors.\n"
        "According to official disclosures from Riot Platforms, these sales were conducted in "
        "two phases: 383 Bitcoins were sold in November, followed by a larger sale of 1,818 "
        "Bitcoins in December. Following these transactions, Riot’s on-balance-sheet Bitcoin "
        "reserves now stand at 18,005 BTC.\n",
        dt.date(2026, 1, 7),
        {
            ("btc_sold", _d("383"), "2025-11"),
            ("btc_sold", _d("1818"), "2025-12"),
            ("btc_held", _d("18005"), "2026-01"),
        },
        id="real-riot-two-phases",
    ),
    pytest.param(  # variant: another miner, the parts first told in a list of months
        "Bitfarms sold 900 BTC over the winter, bringing in about $40 million. The sales came "
        "in two steps: 400 BTC were sold in January and 500 BTC were sold in February.\n",
        dt.date(2024, 3, 20),
        {("btc_sold", _d("400"), "2024-01"), ("btc_sold", _d("500"), "2024-02")},
        id="variant-bitfarms-two-steps",
    ),
    pytest.param(  # variant: three parts
        "Hut 8 sold 1,200 bitcoin late last year. The company sold 300 bitcoin in October. It "
        "sold 400 bitcoin in November and 500 bitcoin in December.\n",
        dt.date(2025, 1, 9),
        {
            ("btc_sold", _d("300"), "2024-10"),
            ("btc_sold", _d("400"), "2024-11"),
            ("btc_sold", _d("500"), "2024-12"),
        },
        id="variant-hut-three-months",
    ),
    pytest.param(  # negative: the quarter's own total beside its months stays
        "Marathon sold 500 BTC in the first quarter of 2024. It sold 200 BTC in January and "
        "300 BTC in February.\n",
        dt.date(2024, 4, 3),
        {
            ("btc_sold", _d("500"), "2024-Q1"),
            ("btc_sold", _d("200"), "2024-01"),
            ("btc_sold", _d("300"), "2024-02"),
        },
        id="negative-quarter-total-kept",
    ),
    pytest.param(  # negative: figures that do not add up are each kept
        "CleanSpark sold 150 BTC in May 2024 for $9 million. It sold 210 BTC in April 2024.\n",
        dt.date(2024, 6, 4),
        {
            ("btc_sold", _d("150"), "2024-05"),
            ("btc_sale_proceeds_usd", _d("9000000"), "2024-05"),
        },
        id="negative-no-sum",
    ),
    pytest.param(  # negative: a month's own figure equal to two earlier months by chance
        "Argo sold 100 BTC in May 2023. It sold 50 BTC in April 2023 and 50 BTC in March 2023.\n",
        dt.date(2023, 6, 5),
        # (the earlier months are recalled beside the story's own, decided case 1)
        {("btc_sold", _d("100"), "2023-05")},
        id="negative-own-month-equal-by-chance",
    ),
    pytest.param(  # variant: the sum and its parts in one sentence
        "Bitfarms sold 900 BTC in two steps: 400 BTC were sold in January and 500 BTC were "
        "sold in February.\n",
        dt.date(2024, 3, 20),
        {("btc_sold", _d("400"), "2024-01"), ("btc_sold", _d("500"), "2024-02")},
        id="variant-one-sentence",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SUMS)
def test_sum_told_as_parts(text: str, published: dt.date, expected: Found) -> None:
    assert _found(text, published, _BTC) == expected


# --- money brought in is not AI capex ------------------------------------------------------

NOT_CAPEX = [
    pytest.param(  # real: r-riot-2025-12-web3chainhub-yearend-sales (its first sentences)
        "Riot Platforms Sells BTC to Fund Major AI Data Center Pivot\n"
        "The company strategically sold 2,201 Bitcoins, generating approximately $200 million "
        "in capital, signaling a clear intent to redirect resources towards emerging "
        "high-growth sectors such as AI data centers.\n",
        dt.date(2026, 1, 7),
        id="real-riot-generating-capital",
    ),
    pytest.param(  # variant: raising capital for an AI push
        "Bitdeer AI Cloud Expansion\nBitdeer is raising $50 million in capital to grow its AI "
        "cloud business and HPC data center footprint.\n",
        dt.date(2025, 3, 1),
        id="variant-raising-capital",
    ),
    pytest.param(  # real (holdout g1): use of proceeds, capped calls and buybacks
        "TeraWulf AI data center expansion. Group 3: Use of Proceeds - The net proceeds from the "
        "Convertible Notes sale were approximately $487.1 million after deducting discounts and "
        "expenses [4]. - The company plans to allocate $60 million for capped call transaction "
        "costs, $115 million for share repurchases, and the remainder for general corporate "
        "purposes, including working capital and data center infrastructure expansion [4].\n",
        dt.date(2024, 10, 8),
        id="real-wulf-allocate-capped-calls",
    ),
    pytest.param(  # variant: netting money from a sale for the HPC build
        "Core Scientific HPC pivot\nThe miner sold 300 BTC, netting about $18 million in "
        "capital for its HPC data center program.\n",
        dt.date(2024, 8, 2),
        id="variant-netting-capital",
    ),
]


@pytest.mark.parametrize(("text", "published"), NOT_CAPEX)
def test_money_brought_in_is_not_capex(text: str, published: dt.date) -> None:
    assert {item for item in _found(text, published, _AI) if item[0] == "ai_capex_usd"} == set()


def test_capex_still_read_when_spent() -> None:
    # a spending cue keeps its amount: "invest $200 million in AI data centers"
    text = (
        "Riot AI Data Center Plan\nRiot will invest $200 million in capital expenditures for "
        "the AI data center at Corsicana.\n"
    )
    found = _found(text, dt.date(2026, 1, 7), _AI)
    assert ("ai_capex_usd", _d("200000000"), "2026-01") in found


# --- holdings: a miner's unit, an apposition ---------------------------------------------

HELD = [
    pytest.param(  # real: r-arbk-2023-02-cryptoproductivity-production
        "After a month of remarkable Bitcoin production for Argo Blockchain, the company had "
        "101 Bitcoin or Bitcoin equivalents as of February 28, 2023. It also revealed that its "
        "total hash rate capacity is still 2.5 EH/s.\n",
        dt.date(2023, 3, 8),
        {("btc_held", _d("101"), "2023-02-28")},
        id="real-argo-bitcoin-equivalents",
    ),
    pytest.param(  # variant: BTC equivalents, another date
        "Argo had 1,295 BTC or BTC equivalents as of July 31, 2022.\n",
        dt.date(2022, 8, 5),
        {("btc_held", _d("1295"), "2022-07-31")},
        id="variant-btc-equivalents",
    ),
    pytest.param(  # real: r-riot-2025-04-financeinsidertoday-coinbase-facility
        "The ability is exclusive in its construction as a result of Riot leverages its sizable "
        "Bitcoin treasury, at the moment totaling 19,233 BTC, price practically $1.8 billion, as "
        "collateral.\n",
        dt.date(2025, 4, 25),
        {("btc_held", _d("19233"), "2025-04")},
        id="real-riot-treasury-totaling",
    ),
    pytest.param(  # variant: "currently totalling"
        "CleanSpark pledged part of its bitcoin reserve, currently totalling 12,100 BTC, to "
        "secure the loan.\n",
        dt.date(2025, 6, 10),
        {("btc_held", _d("12100"), "2025-06")},
        id="variant-reserve-totalling",
    ),
    pytest.param(  # negative: a daily figure, not a holding ("totaling" after no treasury)
        "Its daily output, totaling 12 BTC, was steady.\n",
        dt.date(2024, 9, 12),
        set(),
        id="negative-totaling-output",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), HELD)
def test_holdings(text: str, published: dt.date, expected: Found) -> None:
    found = _found(text, published, _BTC)
    assert {item for item in found if item[0] == "btc_held"} == expected


# --- a daily rate, then the period's total -------------------------------------------------

RATE_THEN_TOTAL = [
    pytest.param(  # real: r-arbk-2023-02-cryptoproductivity-production
        "According to the press release, the crypto mining company mined 5.7 BTC daily, 162 "
        "Bitcoin or Bitcoin Equivalents in February.\n",
        dt.date(2023, 3, 8),
        {("btc_produced", _d("162"), "2023-02")},
        id="real-argo-daily-then-month",
    ),
    pytest.param(  # variant: "per day, or N for the month of"
        "Bitfarms produced 12.4 BTC per day, or 384 BTC for the month of March.\n",
        dt.date(2024, 4, 2),
        {("btc_produced", _d("384"), "2024-03")},
        id="variant-per-day-or-month",
    ),
    pytest.param(  # variant: an average a day, then a quarter
        "Iris Energy mined an average of 15.2 BTC a day, 1,383 BTC during the third quarter of "
        "2023.\n",
        dt.date(2023, 10, 20),
        {("btc_produced", _d("1383"), "2023-Q3")},
        id="variant-average-a-day-quarter",
    ),
    pytest.param(  # negative: a comparison after the rate, no period for a total
        "The miner mined 5.7 BTC daily, 40 BTC more than its peer.\n",
        dt.date(2023, 3, 8),
        set(),
        id="negative-rate-then-comparison",
    ),
    pytest.param(  # negative: a running total after the rate
        "Riot mined 15.2 BTC a day, 471 BTC in total since January.\n",
        dt.date(2023, 3, 8),
        set(),
        id="negative-rate-then-running-total",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), RATE_THEN_TOTAL)
def test_rate_then_total(text: str, published: dt.date, expected: Found) -> None:
    assert _found(text, published, ("btc_produced",)) == expected


# --- a markdown table printed on one line --------------------------------------------------

ONE_LINE_TABLES = [
    pytest.param(  # real: r-cang-2025-03-reportify-production-table
        "Cango Inc. Announces March 2025 Production Update for Crypto Mining Business\n"
        "SHANGHAI, April 1, 2025 /PRNewswire/ -- Cango Inc. (NYSE: CANG) today announced its "
        "production update for crypto mining business in March 2025. Bitcoin Mining Update for "
        "March 2025 | Metrics | Mar 2025 1 | Feb 2025 1 | | --- | --- | --- | | Number of "
        "Bitcoins produced | 530.1 | 472.7 | | Average number of Bitcoins produced per day | "
        "17.1 | 16.9 | | Total number of Bitcoins held 2 | 2,474.8 | 1,944.7 | | Total number "
        "of Bitcoins sold 2 | - | - |\n",
        dt.date(2025, 4, 1),
        {
            ("btc_produced", _d("530.1"), "2025-03"),
            ("btc_held", _d("2474.8"), "2025-03-31"),
            ("btc_sold", _d("0"), "2025-03"),
        },
        id="real-cango-one-line-table",
    ),
    pytest.param(  # variant: two columns, prose after the last row
        "Bitdeer Announces Unaudited Production Update for May 2025. | Metric | May 2025 | "
        "Apr 2025 | | --- | --- | --- | | Bitcoin mined | 312 | 289 | | Bitcoin held | 1,502 | "
        "1,306 | Other figures follow in the full release.\n",
        dt.date(2025, 6, 10),
        {("btc_produced", _d("312"), "2025-05"), ("btc_held", _d("1502"), "2025-05-31")},
        id="variant-bitdeer-one-line-table",
    ),
    pytest.param(  # negative: pipes in prose without a separator row are no table
        "Bitcoin mined | 312 | in May was a record, the company said.\n",
        dt.date(2025, 6, 10),
        set(),
        id="negative-pipes-without-separator",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ONE_LINE_TABLES)
def test_one_line_table(text: str, published: dt.date, expected: Found) -> None:
    assert _found(text, published, _BTC) == expected


def test_one_line_table_keeps_offsets() -> None:
    text = ONE_LINE_TABLES[0].values[0]
    for item in extract_text(text, published=dt.date(2025, 4, 1)):
        assert text[item.start : item.end] == item.evidence


# --- a quarter of last year ----------------------------------------------------------------

LAST_YEAR = [
    pytest.param(  # variant of r-cang-2024-q4-reportify-benzinga-pivot's period phrase
        "Cango mined 933.8 bitcoins in the fourth quarter of last year.\n",
        dt.date(2025, 4, 7),
        {("btc_produced", _d("933.8"), "2024-Q4")},
        id="variant-fourth-quarter-of-last-year",
    ),
    pytest.param(  # variant: a month of last year
        "Greenidge sold 120 BTC in December of last year.\n",
        dt.date(2025, 2, 14),
        {("btc_sold", _d("120"), "2024-12")},
        id="variant-december-of-last-year",
    ),
    pytest.param(  # variant: "Q3 last year"
        "HIVE produced 780 BTC in Q3 last year.\n",
        dt.date(2025, 2, 14),
        {("btc_produced", _d("780"), "2024-Q3")},
        id="variant-q3-last-year",
    ),
    pytest.param(  # negative: the same month last year is a comparison
        "Cango mined 211 bitcoins in December, down from 446 in December last year.\n",
        dt.date(2025, 1, 7),
        {("btc_produced", _d("211"), "2024-12")},
        id="negative-comparison-last-year",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), LAST_YEAR)
def test_quarter_of_last_year(text: str, published: dt.date, expected: Found) -> None:
    assert _found(text, published, _BTC) == expected


# --- AI: run-on bullets, a year-first quarter, data centers sized after the site -----------

APLD = (
    "Applied Digital (APLD) - 2026 Q2 - Quarterly Report\n\n"
    "Operational Developments - The company operates a 106 MW facility in Jamestown, North "
    "Dakota, and a 180 MW facility in Ellendale, North Dakota, both at full capacity as of "
    "November 30, 2025 [216]. - The company has commenced operations at its first HPC data "
    "center at the Polaris Forge 1 campus with a capacity of 100 MW and is constructing a "
    "second HPC data center with an additional 150 MW capacity [219]. - A lease agreement was "
    "signed with CoreWeave for a total of 250 MW of infrastructure at Polaris Forge 1, with the "
    "first lease covering the full capacity of the 100 MW data center [220].\n"
)

AI_CAPACITY = [
    pytest.param(  # real: r-apld-2026-fq2-reportify-10q-hpc-capacity
        APLD,
        dt.date(2026, 1, 8),
        {
            ("ai_capacity_mw", _d("100"), "2026-Q2"),
            ("ai_capacity_mw", _d("150"), "2026-Q2"),
            ("ai_capacity_mw", _d("250"), "2026-Q2"),
        },
        id="real-apld-bullets-year-first-quarter",
    ),
    pytest.param(  # variant: a site between the data center and its size
        "IREN is building an AI data center in Childress with 75 MW of IT capacity.\n",
        dt.date(2025, 5, 1),
        {("ai_capacity_mw", _d("75"), "2025-05")},
        id="variant-site-then-size",
    ),
    pytest.param(  # variant: an increment under construction
        "Core Scientific is constructing a new HPC data hall with an additional 70 MW capacity "
        "at Denton.\n",
        dt.date(2025, 5, 1),
        {("ai_capacity_mw", _d("70"), "2025-05")},
        id="variant-increment-under-construction",
    ),
    pytest.param(  # negative: an increment only planned
        "The company plans to build a second HPC data center with an additional 150 MW capacity.\n",
        dt.date(2026, 1, 8),
        set(),
        id="negative-increment-planned",
    ),
    pytest.param(  # negative: a mining facility with a capacity
        "The company operates a bitcoin mining facility in Texas with a capacity of 200 MW.\n",
        dt.date(2026, 1, 8),
        set(),
        id="negative-mining-facility",
    ),
    pytest.param(  # variant: run-on bullets; the mining line's MW stay out of the AI line
        "Q3 2025 Summary - The company operates a 200 MW bitcoin mining site in Texas, fully "
        "energized as of September 30, 2025 [12]. - The company signed a lease with Nebius for "
        "40 MW of critical IT capacity at its HPC campus [13].\n",
        dt.date(2025, 11, 5),
        {("ai_capacity_mw", _d("40"), "2025-Q3")},
        id="variant-run-on-bullets",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), AI_CAPACITY)
def test_ai_capacity(text: str, published: dt.date, expected: Found) -> None:
    found = _found(text, published, _AI)
    assert {item for item in found if item[0] == "ai_capacity_mw"} == expected


YEAR_FIRST = [
    pytest.param("Riot Platforms (RIOT) - 2025 Q3 - Quarterly Report\n\n- The company mined "
                 "1,406 BTC during the quarter [12].\n", dt.date(2025, 11, 1),
                 {("btc_produced", _d("1406"), "2025-Q3")}, id="variant-riot-2025-q3"),
    pytest.param("Cipher Mining (CIFR) - 2024 Q4 - Annual Report\n\n- The company mined "
                 "2,000 BTC during the quarter [3].\n", dt.date(2025, 2, 25),
                 {("btc_produced", _d("2000"), "2024-Q4")}, id="variant-cipher-2024-q4"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), YEAR_FIRST)
def test_year_first_quarter(text: str, published: dt.date, expected: Found) -> None:
    assert _found(text, published, _BTC) == expected


# --- a notes' coupon wrapped from its name (narrow wire copy) ------------------------------

_DEBT = ("debt_issued_usd", "debt_total_usd", "debt_repaid_usd")

WRAPPED_COUPON = [
    pytest.param(  # real: r-clsk-2024-12-advfn-notes-closing
        "LAS\nVEGAS, Dec. 17, 2024 /PRNewswire/ -- CleanSpark,\nInc. (Nasdaq: CLSK), America's "
        'Bitcoin Miner®\n("CleanSpark" or the "Company"), today announced that it completed\n'
        'its previously announced offering (the "Offering") of $650 million aggregate '
        'principal amount of 0.00%\nConvertible Senior Notes due 2030 (the "Convertible '
        'Notes"). The\nConvertible Notes were sold to the initial purchasers for resale in\n'
        "a private offering to persons reasonably believed to be qualified\ninstitutional "
        "buyers in reliance on Rule 144A under the Securities\nAct of 1933, as amended.\n",
        dt.date(2024, 12, 17),
        {("debt_issued_usd", _d("650000000"), "2024-12")},
        id="real-cleanspark-wrapped-coupon",
    ),
    pytest.param(  # variant: senior secured notes
        "TeraWulf Inc. today announced that it closed its offering of $500 million aggregate "
        "principal amount of 7.75%\nSenior Secured Notes due 2030.\n",
        dt.date(2025, 10, 28),
        {("debt_issued_usd", _d("500000000"), "2025-10")},
        id="variant-terawulf-secured",
    ),
    pytest.param(  # variant: exchangeable notes, a two-decimal coupon
        "Bitdeer completed its offering of $330 million aggregate principal amount of 5.25%\n"
        "Convertible Senior Notes due 2029.\n",
        dt.date(2024, 8, 22),
        {("debt_issued_usd", _d("330000000"), "2024-08")},
        id="variant-bitdeer-convertible",
    ),
    pytest.param(  # negative: a percentage line above a new sentence is not joined to it
        "The company has priced an offering of $400 million aggregate principal amount of 2.75%\n"
        "Convertible Senior Notes due 2031. The offering is expected to close on Friday.\n",
        dt.date(2025, 8, 18),
        set(),
        id="negative-priced-not-closed",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), WRAPPED_COUPON)
def test_wrapped_coupon(text: str, published: dt.date, expected: Found) -> None:
    found = _found(text, published, _DEBT)
    assert {item for item in found if item[0] == "debt_issued_usd"} == expected


# --- debt retired: a coupon's decimal point, a reduction named by its object ---------------

RETIRED = [
    pytest.param(  # real: r-mara-2023-09-secwatch-notes-exchange (its first bullet)
        "Marathon exchanges $417M of 1% convertible notes for ~26.2M new shares\n"
        "- Exchanged $417M aggregate principal of 1.00% Convertible Senior Notes due 2026 for "
        "~26.2M newly issued common shares.\n",
        dt.date(2023, 9, 8),
        "MARA",
        {("debt_repaid_usd", _d("417000000"), "2023-09")},
        id="real-marathon-exchanged-coupon",
    ),
    pytest.param(  # variant: a settled debenture with a decimal coupon
        "Bitfarms settled C$10 million principal amount of its 8.25% Secured Debentures due "
        "2027 in common shares.\n",
        dt.date(2024, 5, 14),
        "BITF",
        {("debt_repaid_usd", _d("10000000"), "2024-05")},
        id="variant-settled-debentures",
    ),
    pytest.param(  # real: r-gree-2023-01-bitcoinnewsinvest-nydig-restructuring (one sentence)
        "The transaction reduced the principal and accrued interest balance of debt with NYDIG "
        "from about $76 million to roughly $17 million, resulting in total aggregate debt "
        "reduction of around $59 million.\n",
        dt.date(2023, 1, 31),
        "GREE",
        {("debt_repaid_usd", _d("59000000"), "2023-01")},
        id="real-greenidge-debt-reduction",
    ),
    pytest.param(  # variant: a loan reduction
        "The agreement closed in March, a loan reduction of approximately $12 million for "
        "Stronghold.\n",
        dt.date(2023, 4, 3),
        "SDIG",
        {("debt_repaid_usd", _d("12000000"), "2023-03")},
        id="variant-loan-reduction",
    ),
    pytest.param(  # negative: a reduction only expected
        "Greenidge expects a debt reduction of at least $57 million.\n",
        dt.date(2023, 1, 31),
        "GREE",
        set(),
        id="negative-reduction-expected",
    ),
    pytest.param(  # negative: a reduction the deal would bring
        "The deal would result in a debt reduction of approximately $40 million.\n",
        dt.date(2023, 1, 31),
        "GREE",
        set(),
        id="negative-reduction-would",
    ),
]


@pytest.mark.parametrize(("text", "published", "entity", "expected"), RETIRED)
def test_debt_retired(text: str, published: dt.date, entity: str, expected: Found) -> None:
    found = _found(text, published, _DEBT, entity)
    assert {item for item in found if item[0] == "debt_repaid_usd"} == expected


# --- a loan made to the company, told from the lender's side -------------------------------

LENT_TO = [
    pytest.param(  # real: r-griid-2024-06-coinblooms-cleanspark-loans
        "Under the transaction, CleanSpark will assume all of GRIID’s existing debt and "
        "obligations. Additionally, the miner provided GRIID with a working capital loan of $5 "
        "million and a bridge loan of approximately $50.9 million to cover certain obligations "
        "at the time of signing.\n",
        dt.date(2024, 6, 28),
        "GRIID",
        {
            ("debt_issued_usd", _d("5000000"), "2024-06"),
            ("debt_issued_usd", _d("50900000"), "2024-06"),
        },
        id="real-griid-loans-from-cleanspark",
    ),
    pytest.param(  # variant: the amount before the loan's words
        "Bitmain provided Sphere 3D with a $3 million working capital loan in May 2023.\n",
        dt.date(2023, 6, 2),
        "ANY",
        {("debt_issued_usd", _d("3000000"), "2023-05")},
        id="variant-amount-first",
    ),
    pytest.param(  # variant: the company as "the Company"
        "On March 3, 2024, the chief executive officer extended the Company a promissory note "
        "of $500,000.\n",
        dt.date(2024, 3, 15),
        "LMFA",
        {("debt_issued_usd", _d("500000"), "2024-03")},
        id="variant-extended-the-company",
    ),
    pytest.param(  # negative (r-clsk-2024-06-chaincryptocoins-griid-negative's shape): the
        # lender's story, the loans are not its debt
        "Additionally, CleanSpark provided GRIID with a working capital loan of $5 million and "
        "a bridge loan of approximately $50.9 million.\n",
        dt.date(2024, 6, 28),
        "CLSK",
        set(),
        id="negative-lender-story",
    ),
    pytest.param(  # negative: cash provided, no loan
        "CleanSpark provided GRIID with $5 million in cash for the hosting build-out.\n",
        dt.date(2024, 6, 28),
        "GRIID",
        set(),
        id="negative-cash-not-loan",
    ),
]


@pytest.mark.parametrize(("text", "published", "entity", "expected"), LENT_TO)
def test_loan_lent_to_company(text: str, published: dt.date, entity: str, expected: Found) -> None:
    found = _found(text, published, _DEBT, entity)
    assert {item for item in found if item[0] == "debt_issued_usd"} == expected
