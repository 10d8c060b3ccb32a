"""Debt and AI deals in news copy not in English.

Class (holdout batch ab2: an Italian "senza debiti", a Greek settlement of a lender's loans and a
balance "now", a Tagalog AI data-centre partnership; batch n2: a Korean debt cleared on
emergence): the foreign reader read bitcoin only. README decided cases: "no debt" is
`debt_total_usd` 0 (22; "no long-term debt" is not, 17); a settlement retires the principal it
names, not the cash paid (32, 37); a balance the copy states as current is a balance (1's
exception), the starting point of its fall is not; a signed AI contract or partnership with an
AI/cloud party is a `contract_signed` milestone and the MW its sentence gives as its scope is
`ai_capacity_mw` (39), a plan or talks are neither. Each case is written in the shape of such
copy with other companies and figures.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from tests.extract.must_checks import deal_read, figures_read

DEBT = ("debt_total_usd", "debt_repaid_usd", "debt_issued_usd")

# (text, entity, published, expected (metric, value, currency, period))
DEBT_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    # nil debt
    (
        "Secondo la società, l'acquisto di HIVE sarà finanziato con la liquidità disponibile "
        "(circa 120 milioni di dollari, senza debiti) e con il flusso di cassa operativo.",
        "HIVE",
        "2024-05-10",
        {("debt_total_usd", 0, "USD", "2024-05")},
    ),
    (
        "CleanSpark no tiene deudas y cuenta con 30 millones de dólares en efectivo, según su "
        "director financiero.",
        "CLSK",
        "2023-08-10",
        {("debt_total_usd", 0, "USD", "2023-08")},
    ),
    (
        "A Iris Energy está livre de dívidas e tem US$ 80 milhões em caixa, segundo a empresa.",
        "IREN",
        "2023-03-02",
        {("debt_total_usd", 0, "USD", "2023-03")},
    ),
    (
        "Nach der Tilgung der letzten Kredite ist Bitfarms schuldenfrei, wie das Unternehmen "
        "mitteilte.",
        "BITF",
        "2024-01-15",
        {("debt_total_usd", 0, "USD", "2024-01")},
    ),
    (
        "ビットファームズは無借金経営を続けており、現金は約5000万ドルだと発表した。",
        "BITF",
        "2024-03-05",
        {("debt_total_usd", 0, "USD", "2024-03")},
    ),
    (
        "嘉楠科技表示，公司目前零负债，现金储备约为1亿美元。",
        "CAN",
        "2024-06-12",
        {("debt_total_usd", 0, "USD", "2024-06")},
    ),
    (
        "Σύμφωνα με την εταιρεία, η Argo είναι πλέον χωρίς χρέος μετά την πώληση του Helios.",
        "ARBK",
        "2024-01-10",
        {("debt_total_usd", 0, "USD", "2024-01")},
    ),
    # not nil: long-term debt only; a hope; another company's
    (
        "La società ha dichiarato che Bitfarms non ha debiti a lungo termine e che la liquidità "
        "è di 50 milioni di dollari.",
        "BITF",
        "2023-05-10",
        set(),
    ),
    (
        "Bitfarms prevede di essere libera da debiti entro il 2024, secondo il direttore "
        "finanziario della società.",
        "BITF",
        "2023-02-09",
        set(),
    ),
    (
        "«Ο στόχος μας είναι να είμαστε απαλλαγμένοι από το χρέος πριν από το 2025», δήλωσε ο "
        "CFO της Argo.",
        "ARBK",
        "2023-06-01",
        set(),
    ),
    (
        "Según la empresa, la compra de las máquinas de Bitfarms se financió sin deuda, con el "
        "efectivo de la empresa.",
        "BITF",
        "2024-02-01",
        set(),
    ),
    # a settlement: the principal retired, not the cash
    (
        "Η εταιρεία εξόρυξης Argo διευθέτησε χρέη 12 εκατομμυρίων δολαρίων από την Galaxy με "
        "μια πληρωμή 4.5 εκατομμυρίων δολαρίων σε μετρητά.",
        "ARBK",
        "2023-06-01",
        {("debt_repaid_usd", 12000000, "USD", "2023-06")},
    ),
    (
        "Core Scientific ha estinto debiti per 40 milioni di dollari con un pagamento di 15 "
        "milioni di dollari in contanti, secondo la società.",
        "CORZ",
        "2024-02-05",
        {("debt_repaid_usd", 40000000, "USD", "2024-02")},
    ),
    (
        "사이퍼 마이닝은 “2억 달러(약 2700억 원) 규모의 부채를 상환했다”고 밝혔다.",
        "CIFR",
        "2024-03-12",
        {
            ("debt_repaid_usd", 200000000, "USD", "2024-03"),
            ("debt_repaid_usd", 270000000000, "KRW", "2024-03"),
        },
    ),
    (
        "A Bitfarms quitou uma dívida de US$ 15 milhões com a NYDIG em março, segundo a empresa.",
        "BITF",
        "2023-04-04",
        {("debt_repaid_usd", 15000000, "USD", "2023-03")},
    ),
    (
        "Im zweiten Quartal tilgte Hut 8 Schulden in Höhe von 25 Millionen US-Dollar, wie das "
        "Unternehmen mitteilte, und die Bilanz ist damit gestärkt.",
        "HUT",
        "2024-08-14",
        {("debt_repaid_usd", 25000000, "USD", "2024-Q2")},
    ),
    (
        "嘉楠科技在第二季度偿还了3,000万美元的贷款。",
        "CAN",
        "2024-08-20",
        {("debt_repaid_usd", 30000000, "USD", "2024-Q2")},
    ),
    # a balance brought down to its level now: the level, not the starting point
    (
        "Η Argo μείωσε το χρέος της από 80 εκατομμύρια δολάρια τον Ιανουάριο σε 41 "
        "εκατομμύρια δολάρια τώρα.",
        "ARBK",
        "2023-06-01",
        {("debt_total_usd", 41000000, "USD", "2023-06")},
    ),
    (
        "La società ha detto che Hut 8 ha ridotto il debito da 90 milioni di dollari a 35 milioni "
        "di dollari a fine marzo.",
        "HUT",
        "2024-04-20",
        {("debt_total_usd", 35000000, "USD", "2024-03-31")},
    ),
    (
        "Bitfarms redujo su deuda de 150 millones de dólares en junio a 30 millones de dólares, "
        "según la empresa.",
        "BITF",
        "2023-01-20",
        {("debt_total_usd", 30000000, "USD", "2023-01")},
    ),
    # a lender's book for sale is no debt of the company's
    (
        "Il prestatore fallito cerca di vendere circa 160 milioni di dollari di prestiti ai "
        "miner, tra cui quelli di Bitfarms.",
        "BITF",
        "2023-02-09",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), DEBT_CASES)
def test_debt_in_foreign_copy(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    read = figures_read(text, entity, published, DEBT)
    assert read == {(m, float(v), unit, period) for m, v, unit, period in expected}


# (text, entity, published, expected (metric, value or None, period))
AI_CASES: list[tuple[str, str, str, set[tuple[str, float | None, str]]]] = [
    (
        "Inanunsyo ng Bitcoin miner na Cipher Mining ang pakikipagtulungan sa AI cloud company "
        "na CoreWeave upang bumuo ng isang 120-megawatt na AI data center sa Texas. Ayon sa "
        "kumpanya, ang kontrata ay tatagal ng sampung taon.",
        "CIFR",
        "2025-09-12",
        {("ai_milestone", None, "2025-09"), ("ai_capacity_mw", 120, "2025-09")},
    ),
    (
        "Hut 8 ha firmato un contratto di locazione di dieci anni con una società di cloud per "
        "l'intelligenza artificiale, per 50 MW di capacità di calcolo AI a River Bend.",
        "HUT",
        "2025-06-18",
        {("ai_milestone", None, "2025-06"), ("ai_capacity_mw", 50, "2025-06")},
    ),
    (
        "Bitfarms firmó un acuerdo con un proveedor de computación de IA para construir un centro "
        "de datos de IA de 80 MW en Pensilvania, según la empresa.",
        "BITF",
        "2025-04-03",
        {("ai_milestone", None, "2025-04"), ("ai_capacity_mw", 80, "2025-04")},
    ),
    (
        "A Core Scientific assinou um contrato com a CoreWeave para hospedar 70 MW de GPUs de IA "
        "em seus data centers.",
        "CORZ",
        "2024-06-03",
        {("ai_milestone", None, "2024-06"), ("ai_capacity_mw", 70, "2024-06")},
    ),
    (
        "Hut 8 unterzeichnete einen Mietvertrag mit einem KI-Cloud-Anbieter über 40 MW, wie das "
        "Unternehmen am Montag mitteilte, und die Aktie stieg.",
        "HUT",
        "2025-07-02",
        {("ai_milestone", None, "2025-07"), ("ai_capacity_mw", 40, "2025-07")},
    ),
    (
        "アイリス・エナジーは、AIクラウド企業と30MWのGPUホスティング契約を締結したと発表した。",
        "IREN",
        "2025-02-10",
        {("ai_milestone", None, "2025-02"), ("ai_capacity_mw", 30, "2025-02")},
    ),
    # the month named before the contract, not the delivery's
    (
        "A marzo Hut 8 ha firmato un contratto con una società di cloud AI per 20 MW, con "
        "consegna a giugno, secondo la società.",
        "HUT",
        "2025-05-10",
        {("ai_milestone", None, "2025-03"), ("ai_capacity_mw", 20, "2025-03")},
    ),
    # AI capacity the company has (in operation), with its AI/HPC tie
    (
        "Bitdeer usa energía hidroeléctrica en Noruega. Hasta la fecha, la empresa tiene 5 "
        "megavatios de capacidad de computación de alto rendimiento y planea ampliarla.",
        "BTDR",
        "2024-09-20",
        {("ai_capacity_mw", 5, "2024-09")},
    ),
    (
        "Secondo la società, Bitfarms ha già 12 MW di capacità di calcolo AI in funzione in "
        "Quebec.",
        "BITF",
        "2025-03-11",
        {("ai_capacity_mw", 12, "2025-03")},
    ),
    (
        "Secondo la società, Bitfarms ha 300 MW di capacità di mining in Quebec e in Paraguay.",
        "BITF",
        "2025-03-11",
        set(),
    ),
    # negatives: talks, a plan, an option beside the contracted scope
    (
        "Bitfarms firmó un acuerdo de IA por 20 MW, con una opción de 100 MW adicionales.",
        "BITF",
        "2025-05-05",
        {("ai_milestone", None, "2025-05"), ("ai_capacity_mw", 20, "2025-05")},
    ),
    (
        "Ang TeraWulf ay nasa pakikipag-usap para sa isang posibleng 200-megawatt na AI data "
        "center, ayon sa mga ulat ng mga analyst tungkol sa kumpanya.",
        "WULF",
        "2025-08-01",
        set(),
    ),
    (
        "Cipher Mining prevede di firmare un accordo per un data center AI da 150 MW entro la "
        "fine dell'anno, secondo la società.",
        "CIFR",
        "2025-07-01",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), AI_CASES)
def test_ai_deals_in_foreign_copy(
    text: str, entity: str, published: str, expected: set[tuple[str, float | None, str]]
) -> None:
    read = deal_read(text, entity, published, ("ai_milestone", "ai_capacity_mw"))
    assert read == {(m, None if v is None else float(v), period) for m, v, period in expected}
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    for item in found:
        if item.metric == "ai_milestone":
            assert item.detail == "contract_signed"
