"""Round 13: classes of wording and layout behind the holdout's remaining bitcoin misses.

Each class has the real passage(s) from the corpus (`# real`, with the case id), variants in
the same shape with other companies, figures and periods (`# variant`), and hard negatives
(`# negative`) that must yield nothing or something else. Expected values are worked out from
the text by the labelling convention (tests/extract/real/README.md).

Classes:

* running total rows — a release's "Label: value" list gives a flow for the month and its
  running total in words ("Yr thus far self-mined Bitcoin: 1,320", "Bitcoin mined to date"):
  the running total is not a whole period's figure (What is NOT labelled), and must not hide
  the month's row.
* a highlight row's second figure — "Bitcoin Mined: 65 bitcoin mined in Q4 2024, …; 502.5
  bitcoin mined in the full year 2024": the row's value is prose naming two periods, each
  figure labelled with its own period (a quarterly and full-year release reports both).
* then and now — "ending Q3 with 3,418 BTC and now holding over 4,000 BTC": a story's present
  holding beside a dated one is the holding at publication, not at the first one's date
  (decided cases 14 and 20: a bound keeps its number; "now holds" names no period).
* a dated balance line after a cut line — "… a Bitcoin and Bitcoin Equivalent Mining Margin of
  approximately" (the page dropped the figure) then "At the end of November, the Company owned
  2,317 Bitcoin …": the balance line opens an item of its own, like an "As of" line, and is not
  read as the cut line's continuation (whose words would then judge it).
* done so far this quarter — "expects to sell all 2,500 of its bitcoin holdings in Q1 2026. The
  company had already offloaded 1,900 BTC in January alone, netting $175 million": "had
  already" counts what is done so far of the current period, not a recalled earlier event
  (decided case 1), when its month lies in the quarter of publication.
* a sale spoken of and not made — "hinted at its intentions to sell some of its mined bitcoin,
  but hasn't done so yet", "has yet to sell any of its bitcoin": zero sold in words.
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


def _d(value: str) -> Decimal:
    return Decimal(value)


# --- running total rows ------------------------------------------------------------------

RUNNING_TOTAL_ROWS = [
    pytest.param(  # real: g-migi-2022-11-todaysstocks-selfmined-vs-equivalent
        "Mawson Infrastructure Group Inc. (NASDAQ:MIGI), a digital infrastructure provider, "
        "pronounces unaudited Bitcoin production and operational update for November 2022.\n"
        "NovemberBitcoin Self-Mining, Energy Market Program & Hosting Co-location Update:\n"
        "- Equivalent total Bitcoin Production: 124\n"
        "- Equivalent BTC production from Energy Market Program: 90 (based on average price of "
        "Bitcoin in November of $17,804)\n"
        "- Self-Mined Bitcoin produced: 34\n"
        "- Self-Mining Installed Capability: 1 Exahash\n"
        "- Yr thus far self-mined Bitcoin: 1,320\n",
        dt.date(2022, 12, 19),
        {("btc_produced", _d("34"), "2022-11")},
        id="real-mawson-yr-thus-far",
    ),
    pytest.param(  # variant: "to date" row after the month's row
        "Riot Platforms Announces October 2024 Production and Operations Updates\n"
        "October Highlights:\n"
        "- Bitcoin mined in October: 505\n"
        "- Bitcoin mined to date: 4,071\n"
        "- Deployed hash rate: 28.9 EH/s\n",
        dt.date(2024, 11, 5),
        {("btc_produced", _d("505"), "2024-10")},
        id="variant-riot-mined-to-date",
    ),
    pytest.param(  # variant: a sale's running total "so far this year"
        "Greenidge Provides February 2023 Update\n"
        "February update:\n"
        "- BTC sold: 120\n"
        "- BTC sold so far this year: 310\n"
        "- Installed capacity: 2.4 EH/s\n",
        dt.date(2023, 3, 6),
        {("btc_sold", _d("120"), "2023-02")},
        id="variant-greenidge-sold-so-far",
    ),
    pytest.param(  # variant: a lifetime row before the month's
        "Greenidge Provides February 2023 Update\n"
        "February update:\n"
        "- Lifetime bitcoin produced: 12,004\n"
        "- Bitcoin produced: 301\n"
        "- Fleet: 30,000 miners\n",
        dt.date(2023, 3, 6),
        {("btc_produced", _d("301"), "2023-02")},
        id="variant-lifetime-row-first",
    ),
    pytest.param(  # negative: the running total alone is no period's figure
        "Mawson update for November 2022:\n"
        "- Self-Mining Installed Capability: 1 Exahash\n"
        "- Yr thus far self-mined Bitcoin: 1,320\n",
        dt.date(2022, 12, 19),
        set(),
        id="negative-running-total-alone",
    ),
    pytest.param(  # negative: a since-inception sales row alone
        "Bitfarms Provides March 2024 Update\n"
        "March update:\n"
        "- BTC sold since inception: 9,870\n"
        "- Hashrate: 6.5 EH/s\n",
        dt.date(2024, 4, 2),
        set(),
        id="negative-since-inception-sold",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), RUNNING_TOTAL_ROWS)
def test_running_total_rows(text: str, published: dt.date, expected: Found) -> None:
    assert _found(text, published) == expected


# --- a highlight row's second figure -----------------------------------------------------

ROW_SECOND_FIGURE = [
    pytest.param(  # real: f-dmgi-fy2024-q4-results-newmediareport
        "DMG Blockchain Solutions Reports Fourth Quarter and Full Year 2024 Results\n"
        "VANCOUVER, British Columbia, Dec. 18, 2024 (GLOBE NEWSWIRE) — DMG Blockchain Solutions "
        "Inc. today announces its fiscal fourth quarter and full year 2024 financial results.\n"
        "Q4 and Full Year 2024 Financial Results Highlights\n"
        "Revenue: $5.9 million in Q4 2024, down 29% sequentially; $33.9 million for the full "
        "year 2024, up 21% from the previous year\n"
        "Bitcoin Mined: 65 bitcoin mined in Q4 2024, reflecting a 26% sequential decrease due to "
        "the April halvening and network difficulty increases; 502.5 bitcoin mined in the full "
        "year 2024, down 43% from the previous year\n"
        "Hashrate: 0.96 EH/s for the full year 2024, up 21% from the previous year\n",
        dt.date(2024, 12, 18),
        {("btc_produced", _d("65"), "2024-Q4"), ("btc_produced", _d("502.5"), "2024")},
        id="real-dmg-q4-and-full-year",
    ),
    pytest.param(  # variant: another miner, BTC unit
        "Bitfarms Reports Fourth Quarter and Full Year 2024 Results\n"
        "Highlights\n"
        "Bitcoin Production: 703 BTC mined in Q4 2024, down 12% sequentially; 2,914 BTC mined "
        "in the full year 2024, down 40% from 2023\n"
        "Revenue: $56 million in Q4 2024\n",
        dt.date(2025, 2, 20),
        {("btc_produced", _d("703"), "2024-Q4"), ("btc_produced", _d("2914"), "2024")},
        id="variant-bitfarms-btc-unit",
    ),
    pytest.param(  # variant: sales, a fiscal year's release
        "Hive Reports Fourth Quarter and Fiscal Year 2023 Results\n"
        "Highlights\n"
        "Bitcoin Sold: 410 bitcoin sold in Q4 2023; 1,850 bitcoin sold in the full year 2023\n"
        "Revenue: $22 million in Q4 2023\n",
        dt.date(2024, 2, 15),
        {("btc_sold", _d("410"), "2023-Q4"), ("btc_sold", _d("1850"), "2023")},
        id="variant-sales-quarter-and-year",
    ),
    pytest.param(  # variant: a monthly row with the quarter beside it
        "CleanSpark Releases December 2024 Bitcoin Mining Update\n"
        "Highlights\n"
        "Bitcoin Mined: 668 bitcoin mined in December 2024; 1,945 bitcoin mined in Q4 2024\n"
        "Hashrate: 39.1 EH/s\n",
        dt.date(2025, 1, 3),
        {("btc_produced", _d("668"), "2024-12"), ("btc_produced", _d("1945"), "2024-Q4")},
        id="variant-month-and-quarter",
    ),
    pytest.param(  # negative: the second figure is the prior quarter's comparative
        "DMG Blockchain Solutions Reports Fourth Quarter and Full Year 2024 Results\n"
        "Bitcoin Mined: 65 bitcoin mined in Q4 2024, down from 88 bitcoin mined in Q3 2024\n"
        "Revenue: $5.9 million in Q4 2024\n",
        dt.date(2024, 12, 18),
        {("btc_produced", _d("65"), "2024-Q4")},
        id="negative-prior-quarter-comparative",
    ),
    pytest.param(  # negative: a year-to-date second figure is no whole period
        "Bitfarms Reports Third Quarter 2024 Results\n"
        "Bitcoin Production: 703 BTC mined in Q3 2024; 2,211 BTC mined year-to-date\n"
        "Revenue: $46 million in Q3 2024\n",
        dt.date(2024, 11, 12),
        {("btc_produced", _d("703"), "2024-Q3")},
        id="negative-year-to-date-second",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROW_SECOND_FIGURE)
def test_row_second_figure(text: str, published: dt.date, expected: Found) -> None:
    assert _found(text, published) == expected


# --- then and now ------------------------------------------------------------------------

THEN_AND_NOW = [
    pytest.param(  # real: p1-abtc-2025-q3-bitcoinmagazine-rewrite-3418-held
        "## The TL;DR 📝\n\n"
        "- American Bitcoin just reported a jaw-dropping 453% revenue increase!\n"
        "- They’re backed by the Trump family – yes, really.\n"
        "- Mining capacity expanded 2.5 times this quarter – big moves!\n"
        "- They’re sitting on over 4,000 BTC – that's some serious HODLing!\n\n"
        "So, here’s the scoop: American Bitcoin (NASDAQ: ABTC) reported a mind-blowing revenue "
        "of $64.2 million for Q3, which is a staggering 453% increase compared to last year.\n"
        "Plus, they’ve been accumulating bitcoins like it’s going out of style, ending Q3 with "
        "3,418 BTC and now holding over 4,000 BTC. That’s equivalent to 432 satoshis per share!",
        dt.date(2025, 11, 16),
        {("btc_held", _d("3418"), "2025-09-30"), ("btc_held", _d("4000"), "2025-11")},
        id="real-abtc-ending-q3-now-holding",
    ),
    pytest.param(  # variant: "ended … with …, and is now holding"
        "Cango ended September with 6,412 BTC and is now holding 6,959 BTC, the company said.",
        dt.date(2025, 12, 2),
        {("btc_held", _d("6412"), "2025-09-30"), ("btc_held", _d("6959"), "2025-12")},
        id="variant-cango-ended-month",
    ),
    pytest.param(  # variant: "held … at the end of …, and now holds"
        "Riot held 9,000 BTC at the end of September and now holds 10,427 BTC.",
        dt.date(2025, 11, 16),
        {("btc_held", _d("9000"), "2025-09-30"), ("btc_held", _d("10427"), "2025-11")},
        id="variant-riot-held-then-now",
    ),
    pytest.param(  # variant: a year's close, then now
        "Bitdeer closed 2024 with holdings of 1,200 BTC and now has over 1,500 BTC in its "
        "treasury, it said on Tuesday.",
        dt.date(2025, 2, 11),
        {("btc_held", _d("1200"), "2024-12-31"), ("btc_held", _d("1500"), "2025-02")},
        id="variant-year-close-then-now",
    ),
    pytest.param(  # negative: "and now" opens a forecast, not a holding
        "Riot ended September with 9,000 BTC and now expects to hold 12,000 BTC by year-end.",
        dt.date(2025, 10, 3),
        {("btc_held", _d("9000"), "2025-09-30")},
        id="negative-now-expects",
    ),
    pytest.param(  # negative: one dated holding, no "now"
        "Riot ended September with 9,000 BTC and sold none of its production.",
        dt.date(2025, 10, 3),
        {("btc_held", _d("9000"), "2025-09-30"), ("btc_sold", _d("0"), "2025-09")},
        id="negative-no-now",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), THEN_AND_NOW)
def test_then_and_now(text: str, published: dt.date, expected: Found) -> None:
    assert _found(text, published) == expected


# --- a sale spoken of and not made -------------------------------------------------------

SALE_NOT_MADE = [
    pytest.param(  # real: f-mara-2022-12-silvergate-revolver-coindesk
        "Marathon Digital (MARA) fully paid off $30 million in revolver loans during December, "
        "freeing up 3,615 bitcoins (BTC) that had been pledged as collateral, according to its "
        "monthly update.\n\nThe company's unrestricted bitcoin holdings are now 7,815 (about "
        "$130 million), and total bitcoin holdings – after production of 475 bitcoins in "
        "December – are up to 12,232. Marathon has repeatedly hinted at its intentions to sell "
        "some of its mined bitcoin, but hasn't done so yet. Its shares were recently down 4.1%.",
        dt.date(2023, 1, 5),
        {
            ("btc_produced", _d("475"), "2022-12"),
            ("btc_held", _d("12232"), "2022-12-31"),
            ("btc_sold", _d("0"), "2022-12"),
        },
        id="real-marathon-hasnt-done-so-yet",
    ),
    pytest.param(  # variant: "has not done so yet" after a possible sale
        "Riot Platforms Announces January 2024 Production Update. Riot has said it may sell "
        "part of its bitcoin production, but has not done so yet.",
        dt.date(2024, 2, 5),
        {("btc_sold", _d("0"), "2024-01")},
        id="variant-riot-may-sell-not-done",
    ),
    pytest.param(  # variant: "has yet to sell any of its bitcoin"
        "CleanSpark has yet to sell any of its bitcoin this year, the company said.",
        dt.date(2024, 2, 5),
        {("btc_sold", _d("0"), "2024-02")},
        id="variant-yet-to-sell",
    ),
    pytest.param(  # variant: "yet it has not done so"
        "Hut 8 Provides March 2023 Update. Analysts expected Hut 8 to sell part of its bitcoin "
        "holdings, yet it has not done so.",
        dt.date(2023, 4, 5),
        {("btc_sold", _d("0"), "2023-03")},
        id="variant-yet-it-has-not",
    ),
    pytest.param(  # negative: the thing not done is a share sale
        "Riot said it could sell shares, but has not done so yet, while its hashrate rose.",
        dt.date(2024, 2, 5),
        set(),
        id="negative-shares-not-sold",
    ),
    pytest.param(  # negative: done
        "Riot said it would sell part of its bitcoin production if needed, and it has done so.",
        dt.date(2024, 2, 5),
        set(),
        id="negative-has-done-so",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SALE_NOT_MADE)
def test_sale_not_made(text: str, published: dt.date, expected: Found) -> None:
    assert _found(text, published) == expected


# --- a dated balance line after a cut line -----------------------------------------------

CUT_LINE_THEN_BALANCE = [
    pytest.param(  # real: h-arbk-2021-11-update-stocktitan
        "Argo Blockchain PLC Announces November 2021 Operational Update\n"
        "LONDON, UK / ACCESSWIRE / December 7, 2021 / Argo Blockchain plc, a global leader in "
        "cryptocurrency mining (LSE:ARB)(NASDAQ:ARBK), is pleased to provide the following "
        "operational update for November 2021.\n"
        "During the month of November, Argo mined 185 Bitcoin or Bitcoin Equivalent (together, "
        "BTC) compared to 167 BTC in October. This brings the total amount of BTC mined "
        "year-to-date to 1,831 BTC.\n"
        "Based on daily foreign exchange rates and cryptocurrency prices during the month, mining "
        "revenue in November amounted to £8.29 million [\n"
        "Argo generated this revenue at a Bitcoin and Bitcoin Equivalent Mining Margin of "
        "approximately\n"
        "At the end of November, the Company owned 2,317 Bitcoin or Bitcoin Equivalent.\n"
        "Mining Expansion\n",
        dt.date(2021, 12, 7),
        {("btc_produced", _d("185"), "2021-11"), ("btc_held", _d("2317"), "2021-11-30")},
        id="real-argo-margin-cut-then-owned",
    ),
    pytest.param(  # variant: "At month-end" after the same cut line
        "Argo Blockchain PLC Announces January 2022 Operational Update\n"
        "Argo generated this revenue at a Bitcoin and Bitcoin Equivalent Mining Margin of "
        "approximately\n"
        "At month-end, the Company owned 2,400 Bitcoin or Bitcoin Equivalent.\n",
        dt.date(2022, 2, 4),
        {("btc_held", _d("2400"), "2022-01-31")},
        id="variant-argo-month-end",
    ),
    pytest.param(  # variant: a cut line that opens "Prior to the sale"
        "Bitfarms Provides March 2024 Production Update\n"
        "Prior to the sale of its Washington site, the Company's hashrate at that site was "
        "approximately\n"
        "At the end of March, Bitfarms held 905 BTC.\n",
        dt.date(2024, 4, 3),
        {("btc_held", _d("905"), "2024-03-31")},
        id="variant-bitfarms-prior-to-sale-cut",
    ),
    pytest.param(  # variant: a cut line about a BTC equivalent
        "Bit Digital Announces April 2024 Production Update\n"
        "The BTC equivalent of the Company's ETH holdings was approximately\n"
        "At the end of April, Bit Digital held 992.4 BTC.\n",
        dt.date(2024, 5, 6),
        {("btc_held", _d("992.4"), "2024-04-30")},
        id="variant-bit-digital-equivalent-cut",
    ),
    pytest.param(  # negative: the balance line's own words still judge it
        "Bit Digital Announces April 2024 Production Update\n"
        "Hashrate was 2.76 EH/s.\n"
        "At the end of April, the BTC equivalent of its digital asset holdings was approximately "
        "2,010.1 BTC.\n",
        dt.date(2024, 5, 6),
        set(),
        id="negative-equivalent-on-its-own-line",
    ),
    pytest.param(  # negative: a wrapped figure still joins its line
        "Cango Announces May 2024 Production Update\n"
        "Cango produced a total of\n"
        "470.0 Bitcoins in May, a decrease from April.\n",
        dt.date(2024, 6, 5),
        {("btc_produced", _d("470.0"), "2024-05")},
        id="negative-wrapped-figure-joins",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CUT_LINE_THEN_BALANCE)
def test_cut_line_then_balance(text: str, published: dt.date, expected: Found) -> None:
    assert _found(text, published) == expected


# --- done so far this quarter ------------------------------------------------------------

ALREADY_THIS_QUARTER = [
    pytest.param(  # real: q-corz-2026-03-weappnet-sell-all-btc
        "The Great Mining Exodus\n\n"
        "Core Scientific (Nasdaq: CORZ) announced today that it expects to sell all 2,500 of its "
        "bitcoin holdings in Q1 2026. The company had already offloaded 1,900 BTC in January "
        "alone, netting $175 million at an average price of around $92,000 per coin.\n\n"
        "The proceeds aren't going into more mining rigs.",
        dt.date(2026, 3, 3),
        {
            ("btc_sold", _d("1900"), "2026-01"),
            ("btc_sale_proceeds_usd", _d("175000000"), "2026-01"),
        },
        id="real-core-had-already-offloaded",
    ),
    pytest.param(  # variant: April in a May story, with proceeds
        "Riot said on Tuesday that it plans to sell more of its bitcoin this quarter. It had "
        "already sold 400 BTC in April, raising $38 million.",
        dt.date(2025, 5, 20),
        {("btc_sold", _d("400"), "2025-04"), ("btc_sale_proceeds_usd", _d("38000000"), "2025-04")},
        id="variant-riot-april-in-may",
    ),
    pytest.param(  # variant: "liquidated … in July alone" in August
        "Bitdeer expects to liquidate part of its treasury in the third quarter. The miner had "
        "already liquidated 120 BTC in July alone.",
        dt.date(2025, 8, 12),
        {("btc_sold", _d("120"), "2025-07")},
        id="variant-bitdeer-july-in-august",
    ),
    pytest.param(  # variant: the month before, same quarter
        "CleanSpark intends to keep selling bitcoin through March. The company had already sold "
        "210 bitcoin in February for about $10 million.",
        dt.date(2024, 3, 8),
        {("btc_sold", _d("210"), "2024-02"), ("btc_sale_proceeds_usd", _d("10000000"), "2024-02")},
        id="variant-cleanspark-february-in-march",
    ),
    pytest.param(  # negative: a plain pluperfect of the month before is recalled
        "Core Scientific sold 1,975 BTC in July. The mining firm had sold 7,202 bitcoin in June.",
        dt.date(2022, 8, 5),
        {("btc_sold", _d("1975"), "2022-07")},
        id="negative-plain-pluperfect",
    ),
    pytest.param(  # negative: "already", but a month of the quarter before
        "Riot expects to sell more bitcoin in Q1 2025. It had already sold 500 BTC in December.",
        dt.date(2025, 2, 10),
        set(),
        id="negative-already-previous-quarter",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ALREADY_THIS_QUARTER)
def test_already_this_quarter(text: str, published: dt.date, expected: Found) -> None:
    assert _found(text, published) == expected
