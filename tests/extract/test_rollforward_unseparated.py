"""A filing note's bitcoin roll-forward ("Quantity / Amounts", one cell per line) whose writer
prints the counts without thousands separators ("6974", "(6185)"), the form
`benchmarks.robustness`'s thousands family writes. The shape and wording are Riot's 10-K note
(tests/extract/test_round12_treasury.py, q-riot-2023-10k-bitcoin-rollforward); expected values by
tests/extract/real/README.md: the latest block's closing balance at its date, and its mined and
sold coins for the year it spans; never the prior block, the dollar column, or a year.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

Found = set[tuple[str, Decimal | None, str | None]]
_BTC = ("btc_held", "btc_sold", "btc_produced", "btc_sale_proceeds_usd")


def _found(text: str, published: dt.date) -> Found:
    items = extract_text(text, published=published, entity="RIOT")
    return {(item.metric, item.value, item.period) for item in items if item.metric in _BTC}


def _rows(*cells: str) -> str:
    return "\n".join(cells) + "\n"


_FY_UNSEPARATED = _rows(
    "Note 5. Bitcoin",
    "The following table presents information about the Company’s Bitcoin balance held:",
    "Quantity", "Amounts",
    "Balance as of January 1, 2022", "4884", "$", "150593",
    "Revenue recognized from Bitcoin mined", "5554", "156870",
    "Proceeds from sale of Bitcoin", "(3425)", "(79529)",
    "Balance as of December 31, 2022", "6974", "109420",
    "Revenue recognized from Bitcoin mined", "6626", "188996",
    "Proceeds from sale of Bitcoin", "(6185)", "(176219)",
    "Change in fair value of Bitcoin", "—", "184734",
    "Balance as of December 31, 2023", "7362", "$", "311178",
)  # fmt: skip
# variant: a quarter's block, counts in the thousands and below a thousand mixed
_QUARTER_UNSEPARATED = _rows(
    "Note 4. Bitcoin",
    "Number of bitcoin", "Amount",
    "Balance as of March 31, 2025", "1200", "$", "98000",
    "Bitcoin mined", "450", "40100",
    "Sales of bitcoin", "(1025)", "(91000)",
    "Balance as of June 30, 2025", "625", "$", "61000",
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            _FY_UNSEPARATED,
            dt.date(2024, 2, 22),
            {
                ("btc_produced", Decimal(6626), "2023"),
                ("btc_sold", Decimal(6185), "2023"),
                ("btc_held", Decimal(7362), "2023-12-31"),
            },
        ),
        (
            _QUARTER_UNSEPARATED,
            dt.date(2025, 8, 5),
            {
                ("btc_produced", Decimal(450), "2025-Q2"),
                ("btc_sold", Decimal(1025), "2025-Q2"),
                ("btc_held", Decimal(625), "2025-06-30"),
            },
        ),
    ],
)
def test_unseparated_counts(text: str, published: dt.date, expected: Found) -> None:
    assert _found(text, published) == expected


# near-miss: a label wrapped onto the next line ends in its year ("… mined in" / "2023"): the
# year is no coin count, and the row is left unread
_WRAPPED_LABEL = _rows(
    "Quantity", "Amounts",
    "Balance as of December 31, 2022", "6974", "109420",
    "Revenue recognized from Bitcoin mined in", "2023", "6626", "188996",
    "Balance as of December 31, 2023", "7362", "$", "311178",
)  # fmt: skip


def test_a_wrapped_year_is_no_count() -> None:
    assert _found(_WRAPPED_LABEL, dt.date(2024, 2, 22)) == {
        ("btc_held", Decimal(7362), "2023-12-31")
    }
