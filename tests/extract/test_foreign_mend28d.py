"""Review of the al2 foreign-copy fixes (issue 16): an AI cloud tenant named beside a mining
hosting deal or a site sale makes no AI deal; Indonesian "lebih dari" after a target or a
change's verb is no holding; a Vietnamese reserve "của" another company is not the subject's;
a pluperfect deal in reported speech is the news; a sale never made is no proceeds; French "De
plus en plus" (ever more) opens no "also" sentence; and near misses beside each that keep their
figure.
"""

from __future__ import annotations

import pytest

from tests.extract import test_foreign_copy, test_foreign_debt_ai

# (text, entity, published, expected (metric, value, period))
AI_CASES: list[tuple[str, str, str, set[tuple[str, float | None, str]]]] = [
    (  # a tenant the miner already serves, beside a mining hosting contract
        "A Bitdeer, que já atende a Fluidstack, fechou um contrato de hospedagem de mineração "
        "de 80 MW com a Canaan.",
        "BTDR",
        "2025-11-20",
        set(),
    ),
    (  # French: a tenant named as a comparison
        "Bitfarms a signé un contrat d'hébergement de minage de 40 MW avec Canaan, à l'image "
        "de Hut 8 avec Anthropic.",
        "BITF",
        "2025-11-20",
        set(),
    ),
    (  # German
        "Hut 8 hat einen Hosting-Vertrag über 60 MW für Bitcoin-Mining mit Canaan "
        "abgeschlossen, ähnlich dem Deal von Core Scientific mit Fluidstack.",
        "HUT",
        "2025-11-20",
        set(),
    ),
    (  # Italian: a tenant lost
        "Hut 8 ha firmato un accordo di hosting per il mining di 30 MW con Canaan, dopo aver "
        "perso il cliente CoreWeave.",
        "HUT",
        "2025-11-20",
        set(),
    ),
    (  # Spanish
        "Riot, que ya trabaja con CoreWeave, firmó un contrato de alojamiento de minería de "
        "70 MW con Canaan.",
        "RIOT",
        "2025-11-20",
        set(),
    ),
    (  # a site sold to a buyer who leases it to a tenant
        "Cipher firmó un acuerdo para vender su sitio de Ohio a un comprador que lo alquilará "
        "a CoreWeave por 90 MW.",
        "CIFR",
        "2025-11-20",
        set(),
    ),
    (  # near miss: the tenant is the deal's partner
        "A Bitdeer assinou um contrato de 80 MW com a Fluidstack, segundo a empresa.",
        "BTDR",
        "2025-11-20",
        {("ai_milestone", None, "2025-11"), ("ai_capacity_mw", 80, "2025-11")},
    ),
    (  # near miss: Spanish partner after the verb
        "Riot firmó un contrato de 70 MW con CoreWeave, según la empresa.",
        "RIOT",
        "2025-11-20",
        {("ai_milestone", None, "2025-11"), ("ai_capacity_mw", 70, "2025-11")},
    ),
    (  # reported speech: the pluperfect is the news, not a deal recalled
        "Hut 8 ha comunicato che aveva firmato un accordo con Google per 200 MW di capacità "
        "per l'IA.",
        "HUT",
        "2025-11-20",
        {("ai_milestone", None, "2025-11"), ("ai_capacity_mw", 200, "2025-11")},
    ),
    (  # near miss: the plain pluperfect still recalls an earlier deal
        "Hut 8 aveva firmato un accordo con Google per 200 MW di capacità per l'IA.",
        "HUT",
        "2025-11-20",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), AI_CASES)
def test_tenant_beside_a_mining_deal_and_reported_pluperfect(
    text: str, entity: str, published: str, expected: set[tuple[str, float | None, str]]
) -> None:
    test_foreign_debt_ai.test_ai_deals_in_foreign_copy(text, entity, published, expected)


CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    (  # Indonesian: a target
        "Riot menargetkan cadangan lebih dari 40.000 Bitcoin pada akhir tahun.",
        "RIOT",
        "2025-03-05",
        set(),
    ),
    (  # Indonesian: a change's amount; the level it reached stands
        "Produksi bitcoin Riot turun lebih dari 50 BTC menjadi 420 BTC pada Februari.",
        "RIOT",
        "2025-03-05",
        {("btc_produced", 420, "2025-02")},
    ),
    (  # near miss: a holding told with the bound
        "Riot kini memegang lebih dari 40.000 Bitcoin, menurut perusahaan.",
        "RIOT",
        "2025-03-05",
        {("btc_held", 40000, "2025-03")},
    ),
    (  # Vietnamese: another company's reserve
        "Riot cho biết dự trữ Bitcoin của đối thủ Strategy đã tăng lên hơn 40.000.",
        "RIOT",
        "2025-03-05",
        set(),
    ),
    (  # near miss: the subject's own reserve
        "Riot cho biết dự trữ Bitcoin của công ty đã tăng lên hơn 40.000.",
        "RIOT",
        "2025-03-05",
        {("btc_held", 40000, "2025-03")},
    ),
    (  # French "De plus en plus" (ever more) is no "De plus," (also): the story's month
        "Riot a publié sa production de janvier. En 2023, le chiffre d'affaires de Riot a "
        "augmenté de 20 %. De plus en plus efficace, Riot a extrait 520 bitcoins, selon la "
        "société.",
        "RIOT",
        "2024-02-05",
        {("btc_produced", 520, "2024-01")},
    ),
    (  # near miss: "De plus," goes on in the year the sentence before opens on
        "Riot a publié sa production de janvier. En 2023, le chiffre d'affaires de Riot a "
        "augmenté de 20 %. De plus, Riot a extrait 520 bitcoins, selon la société.",
        "RIOT",
        "2024-02-05",
        {("btc_produced", 520, "2023")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_indonesian_targets_and_vietnamese_other_reserves(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)


PROCEEDS_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (  # a sale never made
        "A Bitfarms afirmou que nunca vendeu mais de US$ 40 milhões em Bitcoin.",
        "BITF",
        "2022-07-20",
        set(),
    ),
    (
        "Bitfarms dijo que nunca vendió más de 40 millones de dólares en bitcoin.",
        "BITF",
        "2022-07-20",
        set(),
    ),
    (  # near miss: the sale made, told back
        "A Bitfarms afirmou que vendeu mais de US$ 40 milhões em Bitcoin em julho.",
        "BITF",
        "2022-07-20",
        {("btc_sale_proceeds_usd", 40_000_000, "USD", "2022-07")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), PROCEEDS_CASES)
def test_sale_never_made(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_copy.test_sale_proceeds_in_foreign_copy(text, entity, published, expected)
