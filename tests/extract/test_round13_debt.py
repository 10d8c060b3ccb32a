"""Round 13 debt classes, learnt from the holdout's remaining misses (batch q's SEC notes above
all): layouts of filing tables a reader meets in every EDGAR mirror. Each class has real
passages (case id in a comment), variants written in the same shape with other companies,
figures and dates (`# variant`), and near-misses that must yield nothing or something else.

* A debt note's table flattened into one line after its units note: "… total debt outstanding
  by agreement as of September 30, 2024: (Dollars in thousands): Convertible notes payable
  Current portion of debt Long term debt Total Convertible Notes $ 3,370 $ - $ - $ 3,370 NYDIG
  financing - 9,183 - 9,183 …". Each named loan's row and the stated total are balances at the
  caption's date, under "Total" (the portions are parts of one balance: decided case 3); the
  comparative table of an earlier date is not the document's. The same layout with its heads
  ending in date columns ("Maturity Date Interest Rate June 30, December 31, Convertible Note
  January 24, 2025 * 18 % $ 7,851 $ 8,474") gives each loan's balance under the current date.
* A statement or note whose header stands under its page's title lines (an XBRL page's "DEBT |
  3 Months Ended | Mar. 31, 2023", an exhibit's "Exhibit 99.2 / company / statement name"),
  and a balance sheet's "Note" column between the label and the amounts ("Loans payable | 9 |
  60,419 | 11,892"): the header's dates still head the amounts, the note reference is none of
  them, and the title's units line ("(In thousands of Canadian dollars)") scales them. A
  balance sheet's borrowings row ("Notes payable") is a balance at its current date; one
  printed under both current and non-current liabilities is split into portions, neither a
  balance (README decided case 28; h-hut-2023-q3 relabelled in the eighteenth session).
* A debt schedule's "finance agreement" row ("Property, plant and equipment finance
  agreement | 97") names one financing like a loan's row does.
* A balance of the amount the document reports paid off or settled ("settle all outstanding
  principal and interest due totaling $21 million for a single cash payment of $7.75 million";
  "has repaid in full the $15 million term loan") is the change's starting point (decided case
  1): the payment is the figure, not a balance beside it.

Expected values follow tests/extract/real/README.md, never the extractor's output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from debt_facts import debt_facts

from monitor.extract import extract_text

Fact = tuple[str, Decimal, str, str | None]


def balance(amount: str, date: str, unit: str = "USD") -> Fact:
    return ("debt_total_usd", Decimal(amount), unit, date)


# --- class 1: a debt table flattened into one line after its units note ---------------------

ONE_LINE_TABLES: list[tuple[str, dt.date, set[Fact]]] = [
    # q-slnh-2024-09-s1a-debt-table
    (
        "Debt | 7. Debt The following table represents total debt outstanding by agreement as of "
        "September 30, 2024: Schedule of Total Debt Outstanding (Dollars in thousands): "
        "Convertible notes payable Current portion of debt Long term debt Total Convertible "
        "Notes $ 3,370 $ - $ - $ 3,370 NYDIG financing - 9,183 - 9,183 Navitas term loan - 292 - "
        "292 June 2024 secured note - 3,781 8,100 11,881 July 2024 additional secured note - "
        "1,273 - 1,273 Total Debt $ 3,370 $ 14,529 $ 8,100 $ 25,999 The following table "
        "represents total debt outstanding by agreement as of December 31, 2023: (Dollars in "
        "thousands): Convertible notes payable Current portion of debt Long term debt Total "
        "Convertible Notes $ 8,474 $ - $ - $ 8,474 NYDIG financing - 9,183 - 9,183 Navitas term "
        "loan - 1,681 - 1,681 Total Debt $ 8,474 $ 10,864 $ - $ 19,338",
        dt.date(2025, 1, 21),
        {
            balance("3370000", "2024-09-30"),
            balance("9183000", "2024-09-30"),
            balance("292000", "2024-09-30"),
            balance("11881000", "2024-09-30"),
            balance("1273000", "2024-09-30"),
            balance("25999000", "2024-09-30"),
        },
    ),
    # variant: three portions and a total, "($ in thousands)", another lender mix
    (
        "Note 6. Borrowings The following table summarizes the Company's debt outstanding as of "
        "March 31, 2025: ($ in thousands): Current portion Long-term portion Total Equipment "
        "loan $ 1,250 $ 2,500 $ 3,750 Bitcoin-backed loan 20,000 - 20,000 Total debt $ 21,250 $ "
        "2,500 $ 23,750 The remaining loans mature in 2027.",
        dt.date(2025, 5, 12),
        {
            balance("3750000", "2025-03-31"),
            balance("20000000", "2025-03-31"),
            balance("23750000", "2025-03-31"),
        },
    ),
    # variant: amounts in millions, a year-end table followed by the earlier year's
    (
        "Long-term debt. Debt outstanding by instrument as of December 31, 2024: (in millions): "
        "Current portion of debt Long term debt Total Convertible senior notes due 2030 $ - $ "
        "850.0 $ 850.0 Term loan 12.5 37.5 50.0 Total Debt $ 12.5 $ 887.5 $ 900.0 Debt "
        "outstanding by instrument as of December 31, 2023: (in millions): Current portion of "
        "debt Long term debt Total Term loan 12.5 50.0 62.5 Total Debt $ 12.5 $ 50.0 $ 62.5",
        dt.date(2025, 2, 27),
        {
            balance("850000000", "2024-12-31"),
            balance("50000000", "2024-12-31"),
            balance("900000000", "2024-12-31"),
        },
    ),
    # m2-slnh-2024-06-10q-convertible-note-balance (heads ending in year-less date columns)
    (
        "Debt | 8. Debt Convertible Notes Payable Debt consists of the following Schedule of "
        "Debt (Dollars in thousands): Maturity Date Interest Rate June 30, December 31, "
        "Convertible Note January 24, 2025 * 18 % $ 7,851 $ 8,474 * Default interest was waived "
        "on March 10, 2023, and no further default interest applied on the Convertible Note for "
        "the remainder of the year.",
        dt.date(2024, 8, 14),
        {balance("7851000", "2024-06-30")},
    ),
    # variant: date columns with their years, two loans
    (
        "5. Notes Payable Notes payable consist of the following (Dollars in thousands): "
        "Maturity Date Interest Rate September 30, 2025 December 31, 2024 Secured Note March 1, "
        "2027 12 % $ 4,200 $ 5,000 Equipment Note June 15, 2026 9 % 610 1,020 The notes are "
        "secured by the Company's miners.",
        dt.date(2025, 11, 10),
        {balance("4200000", "2025-09-30"), balance("610000", "2025-09-30")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ONE_LINE_TABLES)
def test_one_line_debt_tables(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert debt_facts(text, published) == expected


ONE_LINE_NEGATIVES: list[tuple[str, dt.date]] = [
    # a units note over a table that is no debt: property and equipment
    (
        "Property and equipment as of June 30, 2025: (Dollars in thousands): Miners Containers "
        "Total Cost $ 41,200 $ 3,100 $ 44,300 Accumulated depreciation (12,000) (900) (12,900) "
        "Net book value $ 29,200 $ 2,200 $ 31,400",
        dt.date(2025, 8, 12),
    ),
    # a units note before prose: no table follows it
    (
        "Results of operations as of June 30, 2025 (in thousands): Revenue increased to $ 52,000 "
        "from $ 41,000 in the prior year period, driven by higher hashprice and more miners.",
        dt.date(2025, 8, 12),
    ),
]


@pytest.mark.parametrize(("text", "published"), ONE_LINE_NEGATIVES)
def test_one_line_tables_not_debt(text: str, published: dt.date) -> None:
    assert debt_facts(text, published) == set()


# --- class 2: a statement's header under its title lines; a balance sheet's Note column ----

WULF_2023_03 = (  # m2-wulf-2023-03-10q-debt-note
    "XML 45 R16.htm IDEA: XBRL DOCUMENT v3.23.1\nDEBT\n3 Months Ended\nMar. 31, 2023\nDEBT  \n"
    "DEBT\n\nNOTE 9 – DEBT\n\nLong-Term Debt\n\nLong-term debt consists of the following (in "
    "thousands):\n\nMarch 31, 2023\n\n    \n\nDecember 31, 2022\n\nTerm loan\n\n$\n\n146,000\n\n"
    "    \n\n$\n\n146,000\n\nDebt issuance costs and debt discount\n\n \n\n(32,589)\n\n \n\n"
    "(21,095)\n\n \n\n113,411\n\n \n\n124,905\n\nLess long-term debt due within one year\n\n \n\n"
    " \n\n51,938\n\nTotal long-term debt, net of portion due within one year\n\n$\n\n113,411\n\n"
    "$\n\n72,967\n\nOn December 1, 2021, the Company entered into a Loan, Guaranty and Security "
    "Agreement with Wilmington Trust, National Association as administrative agent.\n"
)

HUT_2023_Q3 = (  # h-hut-2023-q3-balance-sheet-sec-ex99-2-cad-loans
    "Exhibit 99.2\n\nHUT 8 MINING CORP.\n\nUnaudited Condensed Consolidated Interim Financial "
    "Statements\n(In thousands of Canadian dollars)\n\nNine months ended September 30, 2023 and "
    "2022\n\nHUT 8 MINING CORP.\nUnaudited Condensed Consolidated Interim Statements of "
    "Financial Position\n(In thousands of Canadian dollars)\n\nAs at\n \nNote\n   \nSeptember "
    "30, 2023\n   \nDecember 31, 2022\n \nAssets\n                 \nCurrent assets\n"
    "                 \nCash\n       \n$\n21,140\n   \n$\n30,515\n \nAccounts receivable and "
    "other\n         \n2,530\n     \n1,589\n \nDigital assets – held in custody\n \n7\n     \n"
    "265,220\n     \n203,627\n \nDigital assets – pledged as collateral\n \n7, 9\n     \n76,440\n"
    "     \n \nDeposits and prepaid expenses\n \n6\n     \n14,240\n     \n9,892\n \n"
    "           \n379,570\n     \n245,623\n \nLiabilities and shareholders’ equity\n"
    "                     \nCurrent liabilities\n                     \nAccounts payable and "
    "accrued liabilities\n       \n$\n19,767\n   \n$\n13,916\n \nLease liabilities\n"
    "         \n2,103\n     \n4,325\n \nLoans payable\n \n9\n     \n60,419\n     \n11,892\n \n"
    "           \n82,289\n     \n30,133\n \nNon-current liabilities\n                     \n"
    "Lease liabilities\n         \n12,940\n     \n16,973\n \nLoans payable\n \n9\n     \n4,021\n"
    "     \n14,229\n \nWarrant liability\n         \n     \n212\n \nTotal liabilities\n"
    "         \n99,250\n     \n61,547\n"
)

TITLED_STATEMENTS: list[tuple[str, dt.date, set[Fact]]] = [
    (WULF_2023_03, dt.date(2023, 5, 15), {balance("146000000", "2023-03-31")}),
    # variant: a half-year XBRL page, two loans, amounts in thousands
    (
        "XML 40 R15.htm IDEA: XBRL DOCUMENT v3.24.2\nDEBT\n6 Months Ended\nJun. 30, 2024\nDEBT\n\n"
        "NOTE 8 – DEBT\n\nDebt consists of the following (in thousands):\n\nJune 30, 2024\n\n"
        "December 31, 2023\n\nSenior secured term loan\n\n$\n\n72,500\n\n$\n\n80,000\n\n"
        "Equipment loan\n\n\n\n4,310\n\n\n\n6,020\n\nUnamortized debt issuance costs\n\n\n\n"
        "(1,905)\n\n\n\n(2,340)\n\nThe term loan bears interest at 11.0% per annum.\n",
        dt.date(2024, 8, 9),
        {balance("72500000", "2024-06-30"), balance("4310000", "2024-06-30")},
    ),
    # (the current and non-current "Loans payable" are portions: none since the eighteenth
    # session, README decided case 28)
    (HUT_2023_Q3, dt.date(2023, 11, 13), set()),
    # variant: another exhibit's balance sheet, US dollars, notes payable under a Note column
    (
        "Exhibit 99.1\n\nNORTHERN HASH CORP.\n\nCondensed Consolidated Balance Sheets\n(In "
        "thousands of U.S. dollars)\n\nAs at\n \nNote\n   \nJune 30, 2025\n   \nDecember 31, 2024\n"
        " \nCash\n       \n$\n8,410\n   \n$\n12,900\n \nDigital assets\n \n5\n     \n44,210\n"
        "     \n31,055\n \nAccounts payable\n       \n$\n3,318\n   \n$\n2,901\n \nLease "
        "liabilities\n         \n1,210\n     \n1,480\n \nNotes payable\n \n8\n     \n15,000\n"
        "     \n18,750\n \nTotal liabilities\n         \n19,528\n     \n23,131\n",
        dt.date(2025, 8, 14),
        {balance("15000000", "2025-06-30")},
    ),
]


TITLED_STATEMENTS.append(
    # variant: a nine-month XBRL page of notes payable, one convertible note
    (
        "XML 31 R17.htm IDEA: XBRL DOCUMENT v3.25.3\nNOTES PAYABLE\n9 Months Ended\nSep. 30, "
        "2025\nNOTES PAYABLE\n\nNOTE 10 – NOTES PAYABLE\n\nNotes payable consist of the "
        "following (in thousands):\n\nSeptember 30, 2025\n\nDecember 31, 2024\n\n"
        "Convertible note\n\n$\n\n18,000\n\n$\n\n20,000\n\nUnamortized discount\n\n\n\n"
        "(640)\n\n\n\n(910)\n\nThe convertible note bears interest at 9% per annum.\n",
        dt.date(2025, 11, 13),
        {balance("18000000", "2025-09-30")},
    )
)


@pytest.mark.parametrize(("text", "published", "expected"), TITLED_STATEMENTS)
def test_statements_under_titles(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert debt_facts(text, published) == expected


# Near-misses: a balance sheet with no borrowings row (leases, warrants and receivables are no
# debt), and a release's tile whose period caption stands under its figure (it stays a tile).
NO_BORROWINGS_SHEET = (
    "Exhibit 99.1\n\nSOUTHERN HASH INC.\n\nCondensed Consolidated Balance Sheets\n(In thousands "
    "of U.S. dollars)\n\nAs at\n \nNote\n   \nJune 30, 2025\n   \nDecember 31, 2024\n \nCash\n"
    "       \n$\n8,410\n   \n$\n12,900\n \nLoans receivable\n \n6\n     \n2,000\n     \n2,500\n \n"
    "Lease liabilities\n \n9\n     \n1,210\n     \n1,480\n \nWarrant liability\n         \n"
    "3,100\n     \n4,400\n \nTotal liabilities\n         \n4,310\n     \n5,880\n"
)


def test_balance_sheet_without_borrowings() -> None:
    assert debt_facts(NO_BORROWINGS_SHEET, dt.date(2025, 8, 14)) == set()


MARA_TILES = (  # a-mara-2025-q3-letter-highlights-grid
    "EX-99.1\nPublished on November 4, 2025\n\nKey Highlights |\nRevenues increased 92% to "
    "$252.4 million |\nIN Q3 2025 |\nfrom $131.6 million in Q3 2024. |\nNet income (loss) "
    "increased to $123.1 million |\nIN Q3 2025 |\nfrom ($124.8) million in Q3 2024. |\n"
    "Adjusted EBITDA increased 1,671% |\n$395.6 MILLION |\ncompared to $22.3 million in Q3 "
    "2024. |\nCost/petahash per day improved by 15% |\nIN Q3 2025 |\nfrom Q3 2024. |\n"
    'Energized hashrate ("EH/s") increased 64% |\nTO 60.4 EH/S IN Q3 2025 |\nfrom 36.9 EH/s '
    "in Q3 2024. |\nBitcoin holdings increased 98% |\nTO 52,850 BTC (C. $6.0B) |\nIncluding "
    "17,357 BTC loaned, actively managed and pledged as collateral as of September 30, 2025. |\n"
    "Total blocks won increased 5% to 633 |\nIN Q3 2025 |\nfrom 604 in Q3 2024. |\nPurchased "
    "energy cost per BTC $39,235 |\nIN Q3 2025 |\nfor our owned sites. |\nCost per kWh: $0.04 |"
    "\nFOR Q3 2025. |\nMined 2,144 BTC and purchased 2,257 BTC |\nIN Q3 2025. |\n"
)


def test_tile_caption_under_its_figure_stays_a_tile() -> None:
    # a lone period line under the tiles' figures captions them: it is no statement header
    # over the rows before it (only two or more dated columns are)
    found = extract_text(MARA_TILES, published=dt.date(2025, 11, 4), entity="MARA")
    read = {(i.metric, i.value, i.period) for i in found if i.value is not None}
    assert read == {
        ("btc_held", Decimal(52850), "2025-09-30"),
        ("btc_produced", Decimal(2144), "2025-Q3"),
    }
    tile = next(i for i in found if i.metric == "btc_produced")
    assert tile.row_label == "Mined"  # still read as the tile's row, not only as prose


# --- class 3: a debt schedule's finance-agreement row -------------------------------------

WULF_2023_09 = (  # m2-wulf-2023-09-10q-debt-note
    "XML 26 R16.htm IDEA: XBRL DOCUMENT v3.23.3\nDEBT\n9 Months Ended\nSep. 30, 2023\nDebt "
    "Disclosure [Abstract]  \nDEBT\nNOTE 9 – DEBT\nLong-Term Debt\nLong-term debt consists of "
    "the following (in thousands):\nSeptember 30, 2023December 31, 2022\nTerm loan$146,000 "
    "$146,000 \nDebt issuance costs and debt discount(21,168)(21,095)\nProperty, plant and "
    "equipment finance agreement97 — \n124,929 124,905 \nLess long-term debt due within one "
    "year76,461 51,938 \nTotal long-term debt, net of portion due within one year$48,468 "
    "$72,967 \n"
)

FINANCE_AGREEMENTS: list[tuple[str, dt.date, set[Fact]]] = [
    (
        WULF_2023_09,
        dt.date(2023, 11, 13),
        {balance("146000000", "2023-09-30"), balance("97000", "2023-09-30")},
    ),
    # variant: equipment financing agreements beside notes, a pipe table
    (
        "NOTE 7 – DEBT\nDebt consists of the following (in thousands):\n"
        "| | June 30, 2025 | December 31, 2024 |\n"
        "| Convertible notes | $ 25,000 | $ 25,000 |\n"
        "| Equipment financing agreements | 3,412 | 5,106 |\n"
        "| Less: unamortized discount | (410) | (520) |\n",
        dt.date(2025, 8, 12),
        {balance("25000000", "2025-06-30"), balance("3412000", "2025-06-30")},
    ),
    # variant: a miner finance agreement in a schedule whose other row is a fee, not a balance
    (
        "Notes Payable\nThe Company's financing agreements are as follows (in thousands):\n"
        "| | March 31, 2025 | December 31, 2024 |\n"
        "| Miner finance agreement | $ 8,800 | $ 9,900 |\n"
        "| Finance agreement fees paid | 120 | 240 |\n",
        dt.date(2025, 5, 14),
        {balance("8800000", "2025-03-31")},
    ),
]


FINANCE_AGREEMENTS.append(
    # variant: a glued XBRL schedule, an equipment finance agreement beside the term loan
    (
        "Long-term debt consists of the following (in thousands):\nJune 30, 2025December 31, "
        "2024\nTerm loan$60,000 $75,000 \nEquipment finance agreement2,315 3,900 \nDebt issuance "
        "costs(1,120)(1,480)\n",
        dt.date(2025, 8, 11),
        {balance("60000000", "2025-06-30"), balance("2315000", "2025-06-30")},
    )
)


@pytest.mark.parametrize(("text", "published", "expected"), FINANCE_AGREEMENTS)
def test_finance_agreement_rows(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert debt_facts(text, published) == expected


def test_service_agreement_is_no_loan() -> None:
    # a hosting contract's row in a commitments table is no financing
    text = (
        "Commitments consist of the following (in thousands):\n"
        "| | June 30, 2025 | December 31, 2024 |\n"
        "| Master services agreement | $ 4,100 | $ 5,300 |\n"
        "| Power purchase agreement | 2,000 | 2,600 |\n"
    )
    assert debt_facts(text, dt.date(2025, 8, 12)) == set()


# --- class 4: a loan's amount before the settlement or payoff the document reports ----------

PAID_OFF: list[tuple[str, dt.date, set[Fact]]] = [
    # m2-bitf-2023-02-toptrendcoins-blockfi-closed
    (
        "“#Bitfarms has modified its loan agreement with BlockFi Lending LLC (Blockfi), to settle "
        "all outstanding principal and interest due totaling $21 million for a single cash "
        "payment of $7.75 million.”\n\nBitarms officials announced on February 9, 2023 that they "
        "closed the $21 million loan with BlockFi by paying $7.75 million in cash instantly.\n\n"
        "Backbone Mining received a $32 million loan for equipment from BlockFi exactly one year "
        "ago. Despite the difficult market conditions, the company has reduced its debt to $21 "
        "million to date, although not as much as expected.",
        dt.date(2023, 2, 9),
        {("debt_repaid_usd", Decimal(21000000), "USD", "2023-02")},
    ),
    # variant: a note repaid in full, its balance told before the payoff
    (
        "Northern Hash said it had repaid in full the $12 million note held by its former parent. "
        "The note's outstanding balance stood at $12 million when the payment was made on "
        "October 3, 2025.",
        dt.date(2025, 10, 6),
        {("debt_repaid_usd", Decimal(12000000), "USD", "2025-10")},
    ),
    # variant: a loan paid off, the balance it stood at the month before
    (
        "Delta Mining paid off its $8.5 million Coinbase loan on June 12, 2025. The company had "
        "$8.5 million outstanding under the loan at the end of May.",
        dt.date(2025, 6, 16),
        {("debt_repaid_usd", Decimal(8500000), "USD", "2025-06")},
    ),
]


PAID_OFF.append(
    # variant: a term loan retired, its amount told again as what was owed
    (
        "Eastern Hash has repaid in full the $15 million term loan with Anchorage. The term "
        "loan had an outstanding balance of $15 million as of February 28, 2025.",
        dt.date(2025, 3, 24),
        {("debt_repaid_usd", Decimal(15000000), "USD", "2025-03")},
    )
)


@pytest.mark.parametrize(("text", "published", "expected"), PAID_OFF)
def test_balance_before_payoff(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert debt_facts(text, published) == expected


PAYOFF_KEEPS: list[tuple[str, dt.date, set[Fact]]] = [
    # near-miss: a loan taken ("closed a … loan"), its balance is the document's
    (
        "The company closed a $35 million loan with Galaxy on December 28, 2022. The loan had "
        "$35 million outstanding as of December 31, 2022.",
        dt.date(2023, 1, 10),
        {
            ("debt_issued_usd", Decimal(35000000), "USD", "2022-12"),
            balance("35000000", "2022-12-31"),
        },
    ),
    # near-miss: the company's total debt after paying one loan off stays a balance
    (
        "The company paid off its $20 million equipment loan in March. Total debt was $20 "
        "million as of March 31, 2025, all of it convertible notes.",
        dt.date(2025, 4, 8),
        {
            ("debt_repaid_usd", Decimal(20000000), "USD", "2025-03"),
            balance("20000000", "2025-03-31"),
        },
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), PAYOFF_KEEPS)
def test_balances_kept_beside_payoffs(text: str, published: dt.date, expected: set[Fact]) -> None:
    assert debt_facts(text, published) == expected
