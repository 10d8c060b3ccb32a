"""A change's base named before a figure ("a 27% increase from June, and produced 692 BTC").

Real: v2-mara-2024-07-production-stocktitan, "The company won 201 blocks, a 27% increase from
June, and produced 692 BTC, up 17% month-over-month." -> 692 BTC in 2024-07 (the update's
month), not June; v3-arbk-2024-q1-investing-call-mined-319, "Argo's cash position improved to
$12.4 million, up from $7.4 million at the end of 2023, and it successfully mined 319 bitcoins"
-> 319 BTC in 2024-Q1 (the call's quarter), not 2023. The period inside a change's "from" part
names what the change is measured against (README "Periods": a comparative's period is never
the figure's). Look-alikes: a period named before the comparison still dates the figure; a
"from … to" span keeps its end.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text

_MARA_TITLE = "MARA Announces Bitcoin Production and Mining Operation Updates for July 2024\n\n"
_ARGO_TITLE = "Earnings call: Argo Blockchain reported results in its Q1 2024 earnings call.\n\n"

# (text, published, expected btc_produced (value, period))
CASES: list[tuple[str, str, tuple[str, str]]] = [
    (  # real: v2-mara-2024-07-production-stocktitan
        _MARA_TITLE + "The company won 201 blocks, a 27% increase from June, and produced 692 "
        "BTC, up 17% month-over-month.",
        "2024-08-01",
        ("692", "2024-07"),
    ),
    (  # real: v3-arbk-2024-q1-investing-call-mined-319
        _ARGO_TITLE + "Argo's cash position improved to $12.4 million, up from $7.4 million at "
        "the end of 2023, and it successfully mined 319 bitcoins with a mining margin of 38%.",
        "2024-05-24",
        ("319", "2024-Q1"),
    ),
    # variants: another newsroom's change words and bases
    (
        _MARA_TITLE + "Hash rate rose 5% from June to 27.5 EH/s, while the miner produced 692 "
        "bitcoin.",
        "2024-08-01",
        ("692", "2024-07"),
    ),
    (
        _ARGO_TITLE + "Revenue climbed to $17 million, higher than the $16.3 million from the "
        "fourth quarter of 2023, as Argo mined 319 BTC.",
        "2024-05-24",
        ("319", "2024-Q1"),
    ),
    (
        _MARA_TITLE + "Blocks won were down 4% from the previous month of June; MARA still "
        "produced 692 BTC.",
        "2024-08-01",
        ("692", "2024-07"),
    ),
    (
        _ARGO_TITLE + "Mining margin improved from 31% in December 2023, and the company mined "
        "319 bitcoins.",
        "2024-05-24",
        ("319", "2024-Q1"),
    ),
    (  # a period named before the comparison still dates the figure
        _MARA_TITLE + "In June, the company won 188 blocks, up 3% from May, and produced 590 BTC.",
        "2024-08-01",
        ("590", "2024-06"),
    ),
    # look-alikes: the figure's own period after it; a base with no change word before it
    (
        _MARA_TITLE + "The company produced 590 BTC in June, up from 500 BTC in May.",
        "2024-08-01",
        ("590", "2024-06"),
    ),
    (
        _MARA_TITLE + "Using machines bought from Bitmain in June, the company produced 692 BTC.",
        "2024-08-01",
        ("692", "2024-06"),
    ),
    (  # the base's own figure (k1-riot-2025-04-thirdnews-production): a comparative, dropped
        "Riot Platforms Releases Production and Operations Update for April 2025\n\n"
        "In April 2025, Riot produced a total of 463 Bitcoin, marking a decrease of 13% from "
        "March 2025, when the production was 533 Bitcoin.",
        "2025-05-05",
        ("463", "2025-04"),
    ),
]


@pytest.mark.parametrize(("text", "published", "produced"), CASES)
def test_a_change_base_does_not_date_the_figure(
    text: str, published: str, produced: tuple[str, str]
) -> None:
    found = {
        (str(item.value), item.period)
        for item in extract_text(text, published=dt.date.fromisoformat(published))
        if item.metric == "btc_produced"
    }
    assert found == {produced}
