"""Round 12 (batch q): bitcoin in SEC filing notes, and the class of wording around them.

Real sentences and tables are from batch q (tests/extract/real/holdout/q.yaml); `# variant`
cases reword the class; negatives are the near-misses that must not fire. Expected values are
worked out from the text by the labelling convention (tests/extract/real/README.md): the
current period's closing balance and whole-period flows of a roll-forward (decided case 1: the
comparative block and year-to-date flows are not labelled), the later date of a "respectively"
pair of holdings, a part of a holding (decided case 12), another company's figures.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Found = set[tuple[str, Decimal | None, str | None]]
_BTC = ("btc_held", "btc_sold", "btc_produced", "btc_sale_proceeds_usd")


def _found(text: str, published: dt.date, entity: str | None = None) -> Found:
    items = extract_text(text, published=published, entity=entity)
    return {(item.metric, item.value, item.period) for item in items if item.metric in _BTC}


def _rows(*cells: str) -> str:
    return "\n".join(cells) + "\n"


# --- a note's roll-forward counted in coins beside dollars ("Quantity / Amounts") ----------

_RIOT_Q3_2024 = _rows(
    "Note 5. Bitcoin",
    "The following table presents information about the Company’s Bitcoin holdings:",
    "Quantity", "Amounts",
    "Balance as of January 1, 2024", "7,362", "$", "311,178",
    "Revenue recognized from Bitcoin mined", "3,312", "194,651",
    "Change in Bitcoin receivable", "6", "(93)",
    "Proceeds from sale of Bitcoin", "(212)", "(9,518)",
    "Exchange of Bitcoin for employee compensation", "(41)", "(2,099)",
    "Change in fair value of Bitcoin", "—", "166,231",
    "Balance as of September 30, 2024", "10,427", "$", "660,350",
    "Carrying value of Bitcoin as of September 30, 2024 (a)", "$", "390,531",
    "Balance as of January 1, 2023", "6,974", "$", "115,415",
    "Revenue recognized from Bitcoin mined", "4,996", "128,987",
    "Proceeds from sale of Bitcoin", "(4,615)", "(118,833)",
)  # fmt: skip
_RIOT_FY_2023 = _rows(
    "Note 5. Bitcoin",
    "The following table presents information about the Company’s Bitcoin balance held:",
    "Quantity", "Amounts",
    "Balance as of January 1, 2022", "4,884", "$", "150,593",
    "Revenue recognized from Bitcoin mined", "5,554", "156,870",
    "Proceeds from sale of Bitcoin", "(3,425)", "(79,529)",
    "Balance as of December 31, 2022", "6,974", "109,420",
    "Revenue recognized from Bitcoin mined", "6,626", "188,996",
    "Bitcoin receivable", "(21)", "(878)",
    "Proceeds from sale of Bitcoin", "(6,185)", "(176,219)",
    "Exchange of Bitcoin for employee compensation", "(32)", "(869)",
    "Change in fair value of Bitcoin", "—", "184,734",
    "Balance as of December 31, 2023", "7,362", "$", "311,178",
    "Realized gains on the sale of Bitcoin for the year ended December 31, 2023(b)", "$", "80,174",
    "|(a)",
    "|The carrying value of Bitcoin is equal to the post-impairment value.",
)  # fmt: skip
# variant: a calendar quarter's block, newest first, "Number of bitcoin / Amount" header
_QUARTER_BLOCK = _rows(
    "Note 4. Bitcoin",
    "Number of bitcoin", "Amount",
    "Balance as of March 31, 2025", "1,200", "$", "98,000",
    "Bitcoin mined", "450", "40,100",
    "Sales of bitcoin", "(300)", "(27,000)",
    "Balance as of June 30, 2025", "1,350", "$", "145,000",
)  # fmt: skip
# variant: the same layout, a nine-month block (year-to-date flows are no named period)
_NINE_MONTHS = _rows(
    "Quantity", "Amounts",
    "Balance as of December 31, 2024", "500", "$", "40,000",
    "Bitcoin mined", "900", "80,000",
    "Bitcoin sold", "(700)", "(60,000)",
    "Balance as of September 30, 2025", "700", "$", "79,000",
)  # fmt: skip
# negative: an amounts-only roll-forward (Hut 8's note) counts no coins
_AMOUNTS_ONLY = _rows(
    "Note 6. Digital assets",
    "(in USD thousands)", "Amount",
    "Balance as of December 31, 2023", "$", "388,510",
    "Revenue recognized from Bitcoin mined", "31,336",
    "Carrying value of Bitcoin sold", "(37,929)",
    "Balance as of March 31, 2024", "$", "648,895",
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (_RIOT_Q3_2024, dt.date(2024, 10, 30), {("btc_held", Decimal(10427), "2024-09-30")}),
        (
            _RIOT_FY_2023,
            dt.date(2024, 2, 22),
            {
                ("btc_produced", Decimal(6626), "2023"),
                ("btc_sold", Decimal(6185), "2023"),
                ("btc_held", Decimal(7362), "2023-12-31"),
            },
        ),
        (  # variant
            _QUARTER_BLOCK,
            dt.date(2025, 8, 5),
            {
                ("btc_produced", Decimal(450), "2025-Q2"),
                ("btc_sold", Decimal(300), "2025-Q2"),
                ("btc_held", Decimal(1350), "2025-06-30"),
            },
        ),
        (_NINE_MONTHS, dt.date(2025, 11, 5), {("btc_held", Decimal(700), "2025-09-30")}),
        (_AMOUNTS_ONLY, dt.date(2024, 5, 15), set()),  # negative
    ],
)
def test_note_rollforward(text: str, published: dt.date, expected: Found) -> None:
    assert _found(text, published, "RIOT") == expected


# --- "held A and B bitcoin at <date> and <earlier date>, respectively" ----------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "As of December 31, 2025 and September 30, 2025, the Company held 11,452 and 10,428 "
            "bitcoin, respectively.",
            dt.date(2026, 2, 10),
            {("btc_held", Decimal(11452), "2025-12-31")},
        ),
        (
            "The Company held approximately 2,203, and 780 bitcoin at June 30, 2024, and "
            "December 31, 2023, respectively.",
            dt.date(2024, 7, 30),
            {("btc_held", Decimal(2203), "2024-06-30")},
        ),
        (
            "As of September 30, 2025 and 2024, the Company held 10,428 and 6,819 bitcoin, "
            "respectively.",
            dt.date(2025, 11, 25),
            {("btc_held", Decimal(10428), "2025-09-30")},
        ),
        (  # variant: the earlier date first
            "As of December 31, 2024 and June 30, 2025, the Company held 900 and 1,200 BTC, "
            "respectively.",
            dt.date(2025, 8, 1),
            {("btc_held", Decimal(1200), "2025-06-30")},
        ),
        (  # variant
            "The Company held 1,200 and 900 bitcoin as of June 30, 2025 and 2024, respectively.",
            dt.date(2025, 8, 1),
            {("btc_held", Decimal(1200), "2025-06-30")},
        ),
        (  # negative: flows of two periods are both the document's
            "Riot mined 450 BTC and 1,350 BTC in April and the first quarter, respectively.",
            dt.date(2025, 5, 5),
            {("btc_produced", Decimal(450), "2025-04"), ("btc_produced", Decimal(1350), "2025-Q1")},
        ),
    ],
)
def test_respective_holdings_keep_the_later_date(
    text: str, published: dt.date, expected: Found
) -> None:
    assert _found(text, published) == expected


# --- a holding "held at that date": the day its sentence named --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Applying the market price of one Bitcoin on June 30, 2023 of approximately $30,477 "
            "to the Company’s 7,265 Bitcoin held at that date resulted in an estimated fair "
            "value of the Company’s Bitcoin of $221.4 million.",
            {("btc_held", Decimal(7265), "2023-06-30")},
        ),
        (  # variant
            "Applying the closing price on June 30, 2023 to the 1,050 bitcoin held on that date "
            "gave a fair value of $32.0 million.",
            {("btc_held", Decimal(1050), "2023-06-30")},
        ),
    ],
)
def test_held_at_that_date(text: str, expected: Found) -> None:
    assert _found(text, dt.date(2023, 8, 2)) == expected


# --- coins an accounting basis is stated for are not the holding -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cost basis for 2,243 bitcoin held as of the date prior to the adoption of ASC "
            "350-60 was determined on the “cost less impairment” basis.",
            set(),
        ),
        (  # variant
            "The cost basis of 1,500 bitcoin held before the adoption was carried at cost less "
            "impairment.",
            set(),
        ),
        (  # negative: the holding itself, with its cost basis after it
            "As of September 30, 2025, the Company held 10,428 bitcoin with a cost basis of "
            "$650.1 million.",
            {("btc_held", Decimal(10428), "2025-09-30")},
        ),
    ],
)
def test_cost_basis_coins(text: str, expected: Found) -> None:
    assert _found(text, dt.date(2025, 11, 25)) == expected


# --- a subsequent event's next sentence is told in the month that opened it ----------------

_CRKR = (
    "Note 17. Subsequent Events\n"
    "Conversion of Series B Preferred Stock\n"
    "During the month of April 2022,shares of Series B preferred stock were converted into "
    "shares of common stock.\n"
    "Cancellation of Warehouse Lease\n"
    "The commercial lease was amended on April 11, 2022. The amendment advanced the expiration "
    "of the lease to April 30, 2022 for a payment of $20,450.\n"
    "Liquidation of Bitcoin Holdings\n"
    "In May 2022 the Company liquidated all of its Bitcoin holdings. Approximately 17 Bitcoin "
    "were liquidated resulting in cash proceeds of approximately $532,000.\n"
)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            _CRKR,
            dt.date(2022, 5, 16),
            {
                ("btc_sold", Decimal(17), "2022-05"),
                ("btc_sale_proceeds_usd", Decimal(532000), "2022-05"),
                ("btc_held", Decimal(0), "2022-05-31"),  # all liquidated: decided case 34
            },
        ),
        (  # variant: another month, another verb
            "Note 12. Subsequent Events\n"
            "During April 2024, the Company renewed its office lease in Denver.\n"
            "In July 2024 the Company sold part of its bitcoin. The Company sold 250 bitcoin "
            "for cash proceeds of approximately $14.5 million.\n",
            dt.date(2024, 8, 10),
            {
                ("btc_sold", Decimal(250), "2024-07"),
                ("btc_sale_proceeds_usd", Decimal(14500000), "2024-07"),
            },
        ),
        (  # negative: a periodic report's flow with no date takes the report's period (27)
            "October 2025 Production Update\n"
            "In September the company restructured its hosting contracts. It sold 100 BTC.\n",
            dt.date(2025, 11, 3),
            {("btc_sold", Decimal(100), "2025-10")},
        ),
    ],
)
def test_subsequent_event_month(text: str, published: dt.date, expected: Found) -> None:
    assert _found(text, published, "CRKR") == expected


# --- another company's sale proceeds in a story about the entity ---------------------------


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        (
            "In line with this week’s report by abmedia on Hut 8 signing a $9.8 billion AI data "
            "center lease, Core Scientific selling $208 million worth of BTC to AI in Q1, the "
            "shift of mining companies toward AI has evolved into an industry trend.",
            "WULF",
            set(),
        ),
        (  # variant
            "The pivot is spreading, with Riot selling $50 million worth of bitcoin in March.",
            "CLSK",
            set(),
        ),
        (  # negative: the entity's own sale
            "The pivot is spreading, with Riot selling $50 million worth of bitcoin in March.",
            "RIOT",
            {("btc_sale_proceeds_usd", Decimal(50000000), "2026-03")},
        ),
    ],
)
def test_peer_sale_proceeds(text: str, entity: str, expected: Found) -> None:
    assert _found(text, dt.date(2026, 5, 9), entity) == expected


# --- an unrestricted holding moved "from X to Y" is a part beside the total ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marathon Digital said that it paid down its revolver borrowings last month, freeing "
            "up bitcoin held as collateral and bringing its unrestricted holdings from 4,200 to "
            "7,815 BTC. At the end of a difficult year, the company held $103.7 million "
            "unrestricted in cash. Total bitcoin holdings were 12,232 BTC.",
            {Decimal(12232)},
        ),
        (  # negative: the unrestricted holding alone is the holding stated
            "Even with these sales, our unrestricted bitcoin holdings increased from 8,090 "
            "bitcoin to 8,260 bitcoin.",
            {Decimal(8260)},
        ),
    ],
)
def test_unrestricted_part_moved(text: str, expected: set[Decimal]) -> None:
    held = {value for metric, value, _ in _found(text, dt.date(2023, 1, 5), "MARA")}
    assert held == expected


# --- "increased … inventory by 7.6% from the prior quarter to 3,496 bitcoin" ----------------

_Q3_2019 = "Hut 8 Mining Reports Financial Results for the Third Quarter of 2019\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _Q3_2019 + "Increased Retained Bitcoin inventory by 7.6% from the prior quarter to "
            "3,496 bitcoin.",
            {("btc_held", Decimal(3496), "2019-09-30")},
        ),
        (  # variant
            _Q3_2019 + "The company grew its bitcoin holdings by 12.5% over the previous quarter "
            "to 3,496 BTC.",
            {("btc_held", Decimal(3496), "2019-09-30")},
        ),
        (  # negative: a change with no level
            _Q3_2019 + "Bitcoin inventory increased by 7.6% from the prior quarter.",
            set(),
        ),
    ],
)
def test_level_after_a_percentage_change(text: str, expected: Found) -> None:
    assert _found(text, dt.date(2019, 11, 7), "HUT") == expected


# --- a year named "the 2018 year"; a title's "2018 Year-End Financial Results" --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hut 8 Reports 2018 Year-End Financial Results\n\n2018 Highlights\n\n"
            "  • Achieved record revenue of $49.4 million from mining 5,592 bitcoin for the 2018 "
            "year\n",
            {("btc_produced", Decimal(5592), "2018")},
        ),
        (  # variant: the year in the prose only
            "Hut 8 Reports Financial Results\n\nThe company mined 5,592 bitcoin during the 2018 "
            "calendar year.\n",
            {("btc_produced", Decimal(5592), "2018")},
        ),
        (  # variant: the title alone dates the year's flows
            "Acme Mining Reports 2018 Year-End Results\n\nMined 5,592 bitcoin.\n",
            {("btc_produced", Decimal(5592), "2018")},
        ),
        (  # negative: a balance at "year-end 2018" is at the year's last day
            "Acme Mining Update\n\nThe company held 1,200 BTC at year-end 2018.\n",
            {("btc_held", Decimal(1200), "2018-12-31")},
        ),
    ],
)
def test_year_named_by_number(text: str, expected: Found) -> None:
    assert _found(text, dt.date(2019, 5, 6), "HUT") == expected
