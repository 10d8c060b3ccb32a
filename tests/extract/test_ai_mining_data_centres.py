"""A bitcoin miner's data centres in a text that names no AI are mining sites (README decided
case 5: MW, deals and spending count as AI only when tied to AI/HPC use).

Real passages from batches s and s2: s2-hut-2019-newdaycrypto-bitfury-datacenters-negative
("even after spending $ 7 million on data centers", Hut 8's 2019 purchase of Bitfury mining
data centres), s2-cbit-2025-q2-results-stacker-loan-prepaid ("executed a long-term lease
agreement to develop a new 15-megawatt (MW) data center", a mining site) and
s-hive-2024-ukinvesting-paraguay-100mw-negative (an SPA for a "digital asset mining operation"
by "a company specializing in digital asset mining and data center operations"). Variants use
other miners' wordings of the same thing (BIT Mining's "51-megawatt crypto mining data centers",
a lease of a data centre "to house its new S21 fleet"); look-alikes name AI in the same
sentence (an AI data centre, GPU servers for an AI cloud) and stay AI. Expected values are
read off the sentences by the labelling convention (tests/extract/real/README.md).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 8, 29)
_AI = ("ai_capex_usd", "ai_capacity_mw", "ai_milestone")

CASES = [
    pytest.param(
        "Canadian mining company Hut 8 acquired from software and hardware developer Bitfury "
        "Group 9 Blockbox AC data centers totaling $ 7 million. \u201cFunds for expansion were "
        "allocated from the balance sheet of the company, which remains at a fairly high level, "
        "even after spending $ 7 million on data centers.\u201d The company said that with the "
        "deal it will be able to increase its own computing power by 16%, with Bitfury Clarke "
        "ASIC chips.",
        "HUT",
        set(),
        id="real-hut-spending-on-mining-data-centers",
    ),
    pytest.param(
        "Debt Repayment: The Company successfully prepaid its US$2.56 million loan by "
        "liquidating approximately 21.5 bitcoin. Data Center Expansion: On July 22, 2025, "
        "Cathedra executed a long-term lease agreement to develop a new 15-megawatt (MW) data "
        "center, which management expects to increase the Company's online power capacity by "
        "approximately 50%. Infrastructure Development: the Company continued to advance its "
        "pipeline of sites, reinforcing its commitment to expanding its bitcoin mining "
        "infrastructure.",
        "CBIT",
        set(),
        id="real-cbit-mining-data-center-lease",
    ),
    pytest.param(
        "VANCOUVER - HIVE Digital Technologies Ltd., a company specializing in digital asset "
        "mining and data center operations, has finalized agreements to establish a new 100 "
        "megawatt (MW) digital asset mining operation in Paraguay. The agreements include a "
        "share purchase agreement (SPA) and a construction agreement for the facility, which is "
        "expected to add 6.5 EH/s to HIVE's global mining capacity.",
        "HIVE",
        set(),
        id="real-hive-mining-site-spa",
    ),
    pytest.param(
        "Hut 8 completed the setup of its Drumheller mining facility. Funds for the upgrade came "
        "from the company's balance sheet, which remains strong even after spending $7 million "
        "on nine data centers at the site.",
        "HUT",
        set(),
        id="variant-spending-on-nine-data-centers",
    ),
    pytest.param(
        "BIT Mining, a cryptocurrency miner, entered into a lease agreement for a 35-megawatt "
        "data center in Ethiopia.",
        "BTCM",
        set(),
        id="variant-crypto-miner-data-center-lease",
    ),
    pytest.param(
        "The miner entered into a ten-year lease agreement for a 35-megawatt data center in Ohio "
        "to house its new S21 fleet.",
        "CBIT",
        set(),
        id="variant-lease-to-house-asic-fleet",
    ),
    pytest.param(
        "Cathedra signed a five-year lease agreement to develop a new 10-megawatt (MW) data "
        "center in Kentucky, which is expected to lift its bitcoin hashrate by 20%.",
        "CBIT",
        set(),
        id="variant-lease-lifting-hashrate",
    ),
    pytest.param(
        "Cathedra signed a five-year lease agreement to develop a new 10-megawatt (MW) AI data "
        "center in Kentucky, alongside its bitcoin mining sites.",
        "CBIT",
        {
            ("ai_capacity_mw", Decimal("10"), "2025-08", None),
            ("ai_milestone", None, "2025-08", "contract_signed"),
        },
        id="negative-ai-data-center-beside-mining",
    ),
    pytest.param(
        "Hut 8 completed the setup of its Drumheller mining facility. The company spent $7 "
        "million on GPU servers for its new AI cloud at the site.",
        "HUT",
        {("ai_capex_usd", Decimal("7000000"), "2025-08", None)},
        id="negative-gpu-servers-in-a-mining-story",
    ),
]


@pytest.mark.parametrize(("text", "entity", "wanted"), CASES)
def test_mining_data_centre_is_no_ai_build_out(text: str, entity: str, wanted: set[object]) -> None:
    found = {
        (item.metric, item.value, item.period, item.detail)
        for item in extract_text(text, published=PUBLISHED, entity=entity)
        if item.metric in _AI
    }
    assert found == wanted
