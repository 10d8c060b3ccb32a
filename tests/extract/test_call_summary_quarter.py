"""An earnings-call summary that names no period of its own reports the last quarter ended.

Real: v3-cifr-2024-q3-intellectia-call-metrics (published 2024-10-31), "The earnings call
highlights several concerns … Bitcoin Mined 396 Bitcoin (compared to 563 Bitcoin mined in Q2
2024)." -> btc_produced 396 in 2024-Q3, not the publication month 2024-10 (README "Periods": the
report's own period; a call is held weeks after its quarter closes, and the summary names the
quarter before as its comparative). Look-alikes: a news story that mentions a call, a summary
that names its own quarter, a summary that names no quarter.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

# (text, entity, published, expected btc_produced (value, period))
CASES = [
    (  # real: v3-cifr-2024-q3-intellectia-call-metrics (abridged)
        "The earnings call highlights several concerns: increased GAAP net loss, a significant "
        "sequential and YoY revenue decline, and a decrease in cash position.\n"
        "GAAP Net Loss $87 million (compared to a loss of $15 million in the prior quarter).\n"
        "Bitcoin Mined 396 Bitcoin (compared to 563 Bitcoin mined in Q2 2024).\n",
        "CIFR",
        "2024-10-31",
        ("396", "2024-Q3"),
    ),
    (
        "Riot Platforms Earnings Call Highlights: Record Output\n\n"
        "Riot mined 1,426 Bitcoin, down from 1,530 in Q1 2025.\n",
        "RIOT",
        "2025-08-05",
        ("1426", "2025-Q2"),
    ),
    (
        "CleanSpark earnings call summary\n\n"
        "The company mined 1,945 bitcoin (versus 1,800 in the second quarter of 2024).\n",
        "CLSK",
        "2024-11-15",
        ("1945", "2024-Q3"),
    ),
    (
        "Key takeaways from the Argo Blockchain conference call transcript: the company mined "
        "319 bitcoins, compared with 300 in Q4 2023.\n",
        "ARBK",
        "2024-05-24",
        ("319", "2024-Q1"),
    ),
    # look-alikes: a news story mentioning a call names its own month; a summary's own quarter;
    # a summary naming no quarter at all (v3-iren-2024-08-gurufocus-no-external-debt: its
    # figures take the publication month, decided case 10)
    (
        "For the complete transcript of the earnings call, please refer to the full earnings "
        "call transcript.\n- The company mined 300 bitcoin in the period.\n",
        "IREN",
        "2024-08-28",
        ("300", "2024-08"),
    ),
    (
        "Hut 8 said on its earnings call that it mined 200 BTC in March.\n",
        "HUT",
        "2025-05-10",
        ("200", "2025-03"),
    ),
    (
        "Cipher Mining Q2 2024 Earnings Call Highlights\n\n"
        "  • Bitcoin Mined: 563 Bitcoin (compared to 400 in the prior quarter).\n",
        "CIFR",
        "2024-10-31",
        ("563", "2024-Q2"),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "produced"), CASES)
def test_an_undated_call_summary_reports_the_last_quarter(
    text: str, entity: str, published: str, produced: tuple[str, str]
) -> None:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    assert {(str(i.value), i.period) for i in found if i.metric == "btc_produced"} == {produced}
