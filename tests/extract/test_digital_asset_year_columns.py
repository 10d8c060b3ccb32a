"""Digital-assets roll-forwards with a Quantity and a Value column under each year's heading.

An IFRS filer's note (Bitfarms' "DIGITAL ASSETS" note on its 40-F's R page) prints its
roll-forward one cell a line: the years, then "Quantity" and "Value" under each, then rows
whose first number is the coin count of the first (latest) year. The cases in
`digital_asset_year_columns.yaml` (sources and rules listed there) compare the exact set of
bitcoin figures read; their near misses — the Value column's US$ thousands, the coins handed
over for a loan's repayment, a nil closing balance printed as a dash, other roll-forward
layouts (a BTC column in dollars, a "Quantity of Bitcoin" column dated by its row labels) —
are what the set, or the year-column reader, must not hold. (The first-run gap of this class,
ah1-bitf-2021-digital-assets-rollforward, is scored in the holdout.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from monitor.extract import note_year_columns
from tests.extract.must_checks import figures_read

_CASES = yaml.safe_load(
    (Path(__file__).parent / "digital_asset_year_columns.yaml").read_text("utf-8")
)
_READ = [case for case in _CASES if case["expect"] is not None]
_NEAR = [case for case in _CASES if case["expect"] is None]
_BTC = ("btc_produced", "btc_sold", "btc_held", "btc_sale_proceeds_usd")


@pytest.mark.parametrize("case", _READ, ids=[case["id"] for case in _READ])
def test_year_column_roll_forward(case: dict[str, object]) -> None:
    expected = {
        (metric, float(value), unit, period)
        for metric, value, unit, period in case["expect"]  # type: ignore[attr-defined]
    }
    read = figures_read(str(case["text"]), str(case["entity"]), str(case["published"]), _BTC)
    assert read == expected


@pytest.mark.parametrize("case", _NEAR, ids=[case["id"] for case in _NEAR])
def test_other_roll_forward_layouts_read_nothing(case: dict[str, object]) -> None:
    assert note_year_columns.find(str(case["text"])) == ([], None)


def test_earliest_year_first_reads_nothing() -> None:
    # near miss: a layout whose first column is the earlier year (a comparative) is not read
    text = str(_READ[0]["text"]).replace("|2020\n", "|2019\n|\n|\n|2020\n", 1)
    assert note_year_columns.find(text) == ([], None)


def test_quantity_in_prose_reads_nothing() -> None:
    # near miss: the words of the header in a sentence, not cells of their own
    text = (
        "Management estimates the fair value of Bitcoin mined on a daily basis as the Quantity "
        "received multiplied by the price quoted; the Value is a level 2 input.\n"
        "|Balance of digital assets as of December 31,\n|\n|\n|3,301\n"
    )
    assert note_year_columns.find(text) == ([], None)
