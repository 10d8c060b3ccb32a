"""A monthly update's holdings line written as a noun phrase: "- BTC holdings of 140.5 valued at …".

Real: y2-lmfa-2024-10-filing-summary, a summary of an October update whose bullets list the
month's flows and "BTC holdings of 140.5 valued at ~$13.3M using estimated BTC price of
$94,700." -> btc_held at 2024-10-31 (README decided case 21: a holdings line of a monthly
update with no date of its own stands at the month's last day).

1. "Bitcoin holdings of N" opening a list line, with no verb of its own, is a label and its
   figure (as "Bitcoin Holdings: N"), whatever valuation words follow it.
Look-alikes: a line whose holdings phrase has a verb ("were up", "rose") is a sentence, read
as prose (case 26: the report's label); prose outside a list keeps the label too; a line
that states its own date keeps it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_PUBLISHED = dt.date(2024, 11, 21)
_HEAD = (
    "# Acme Mining mined 7.3 BTC in October; adds a mining site\n\n"
    "## Summary\n"
    "- Net Bitcoin mined 7.3 in October 2024; sold 9 BTC during month.\n"
)
_TAIL = "- Deployed miners 3,700; potential hash rate 639 PH/s.\n"


def _held(line: str) -> set[tuple[str, str]]:
    return {
        (str(item.value), item.period)
        for item in extract_text(_HEAD + line + _TAIL, published=_PUBLISHED, entity="LMFA")
        if item.metric == "btc_held"
    }


MONTH_END = [
    # real: y2-lmfa-2024-10-filing-summary (paraphrased)
    "- BTC holdings of 212.4 valued at ~$20.1M using estimated BTC price of $94,700.\n",
    "- Bitcoin holdings of 212.4 BTC, valued at approximately $20.1 million.\n",
    "- Total bitcoin holdings of 212.4 BTC at an estimated value of $20.1M.\n",
    "• BTC holdings of approximately 212.4 with a market value of about $20.1M.\n",
]


@pytest.mark.parametrize("line", MONTH_END)
def test_a_noun_phrase_holdings_line_stands_at_the_months_end(line: str) -> None:
    assert _held(line) == {("212.4", "2024-10-31")}


REPORT_LABEL = [
    "- BTC holdings of 212.4 were up 9% from September.\n",
    "- Its BTC holdings of 212.4 increased by 12%.\n",
]


@pytest.mark.parametrize("line", REPORT_LABEL)
def test_a_holdings_sentence_keeps_the_reports_label(line: str) -> None:
    assert _held(line) == {("212.4", "2024-10")}


def test_a_noun_phrase_line_with_its_own_date_keeps_it() -> None:
    line = "- BTC holdings of 212.4 as of October 15, 2024.\n"
    assert _held(line) == {("212.4", "2024-10-15")}
