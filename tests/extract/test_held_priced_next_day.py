"""A monthly update's holding valued at the price of the day right after the month closed.

Real: e-mara-2021-11-emroozi-hardin-maintenance, a November 2021 update whose holdings "increased
to 7,649.1 BTC, with a fair market value of around $437.4 million, based on a Bitcoin price of
$57,180 per coin on December 1, 2021" -> btc_held at 2021-12-01 (README decided case 14: the
holding's own sentence names its day; the update states its balances as of that day).

1. The day after the reported period's last day is the cut-off a monthly update gives its
   closing balances at ("as of December 1" for November): a holding valued on that day stands
   on it, as one valued inside the period does.
Look-alikes: a holding valued days or weeks after the period closed (the release's own day,
"September 23" for August) keeps the report's label, as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2021, 12, 6)
_HEAD = (
    "Acme Mining November 2021 Production and Operations Update\n\n"
    "Acme Mining released its unaudited production update for November 2021. "
    "Acme self-mined 196 bitcoin in November.\n\n"
)


def _held(sentence: str) -> set[tuple[str, str]]:
    return {
        (str(item.value), item.period)
        for item in extract_text(_HEAD + sentence + "\n", published=_PUBLISHED, entity="ACME")
        if item.metric == "btc_held"
    }


NEXT_DAY = [
    # real: e-mara-2021-11-emroozi-hardin-maintenance (paraphrased)
    "Acme's bitcoin holdings grew to 5,210.4 BTC, with a fair value of about $298 million, "
    "based on a bitcoin price of $57,180 per coin on December 1, 2021.",
    "Its treasury rose to 5,210.4 BTC, worth roughly $298 million at the closing price on "
    "December 1, 2021.",
]


@pytest.mark.parametrize("sentence", NEXT_DAY)
def test_a_holding_valued_the_day_after_the_month_stands_on_that_day(sentence: str) -> None:
    assert _held(sentence) == {("5210.4", "2021-12-01")}


LATER = [
    "Acme's bitcoin holdings grew to 5,210.4 BTC, with a fair value of about $298 million, "
    "based on a bitcoin price of $57,180 per coin on December 3, 2021.",
    "Its treasury rose to 5,210.4 BTC, worth roughly $298 million at the closing price on "
    "December 5, 2021.",
]


@pytest.mark.parametrize("sentence", LATER)
def test_a_holding_valued_days_later_keeps_the_reports_label(sentence: str) -> None:
    assert _held(sentence) == {("5210.4", "2021-11")}
