"""Coins mined up to an "as of" day, no period named, are a running total (not a month's flow).

README "What is NOT labelled": totals since a start. The positives are paraphrases of real
results releases ("As of May 24, 2018, Hut 8 has mined in excess of 1,300 Bitcoin"); the
near-misses keep a period after the figure, or have no "as of" day, and stay production.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2018, 7, 15)

RUNNING_TOTALS = {
    "in excess of": "As of May 24, 2018, Hut 8 has mined in excess of 1,300 Bitcoin.",
    "day first, as at": "As at 30 June 2021, Argo has mined approximately 412 bitcoin.",
    "have now": "As of April 30, 2019, we have now mined over 2,150 bitcoin at our Quebec sites.",
    "name after the date": "As of March 15, 2020, Fortress Blockchain has generated 181 BTC.",
    # review paraphrases: no year, the date after the figure, "as of today"
    "no year": "As of May 24, Hut 8 has mined in excess of 1,300 Bitcoin.",
    "date after the figure": "Hut 8 has mined 1,300 Bitcoin as of May 24, 2018.",
    "as of today": "As of today, Hut 8 has mined 1,300 Bitcoin.",
}

PERIOD_FLOWS = {
    "a month after the figure": (
        "As of May 31, 2018, Hut 8 has mined 300 Bitcoin in May.",
        "300",
        "2018-05",
    ),
    "the quarter after the figure": (
        "As of June 30, 2018, the Company has mined 640 Bitcoin during the second quarter.",
        "640",
        "2018-Q2",
    ),
    "no as-of day": ("In May 2018 Hut 8 mined 300 Bitcoin.", "300", "2018-05"),
    # review near-misses: a period named in words the first rule missed, or before the date
    "three months ended": (
        "As of June 30, 2018, Hut 8 has mined 640 Bitcoin in the three months ended June 30, 2018.",
        "640",
        "2018-Q2",
    ),
    "its fiscal quarter": (
        "As of June 30, 2018, Hut 8 has mined 640 Bitcoin in its second fiscal quarter.",
        "640",
        "2018-Q2",
    ),
    "the month before the date": (
        "For the month of June, as of June 30, 2018, Hut 8 has mined 300 Bitcoin.",
        "300",
        "2018-06",
    ),
}


@pytest.mark.parametrize("sentence", RUNNING_TOTALS.values(), ids=RUNNING_TOTALS.keys())
def test_coins_mined_as_of_a_day_are_no_period_flow(sentence: str) -> None:
    found = extract_text(sentence, published=PUBLISHED, entity="HUT")
    assert [item for item in found if item.metric == "btc_produced"] == []


@pytest.mark.parametrize(
    ("sentence", "value", "period"), PERIOD_FLOWS.values(), ids=PERIOD_FLOWS.keys()
)
def test_a_period_named_keeps_the_flow(sentence: str, value: str, period: str) -> None:
    found = extract_text(sentence, published=PUBLISHED, entity="HUT")
    produced = [
        (str(item.value), str(item.period)) for item in found if item.metric == "btc_produced"
    ]
    assert produced == [(value, period)]
