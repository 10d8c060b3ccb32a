"""Classes of copy not in English the readers got wrong in holdout batch ak2 (issue 16), written
with other words and companies for the same thing, and near misses beside them that must give
no figure (or only the one named):

* false figures: a German change "um N BTC erhöht" is no holding; a Spanish infinitive of mining
  after "después de" ("tras minar 702 bitcoins, tiene …") is coins mined, not held; a sale in a
  "during which" clause after a comparison's year ("rispetto al 2022, durante il quale …") is
  that year's; a named year's end ("Alla fine del 2023") dates a holding to 31 December, and
  "nel corso dell'anno" is the closed year the story's head names;
* holdings: German coins "…, die … in Verwahrung … waren" (held, whatever the participle before
  them), French "porte le nombre total de BTC détenu à N", Japanese "N以上のビットコイン" (a bound
  keeps its number) and a digest's "ビットコイン保有量:N" line (held at its month's end), Arabic
  "لا تملك أي بيتكوين" (none held) dated by Arabic-Indic digits;
* debt: German verb-last settlements ("Schulden … in Höhe von N … beglichen", "Verbindlichkeiten
  von N … streicht", "Schulden … um N reduziert" beside a repayment), Russian notes sold "на
  сумму", a Spanish revolver brought down ("redujo sus préstamos de revólver a N");
* English: a headline's "Raises $500M" over a body that says the offering was only launched.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from tests.extract import test_foreign_copy, test_foreign_debt_ai

# (text, entity, published, expected (metric, value, period))
CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    # --- German: a change "um" a count of coins is no holding
    (
        "Der Bitcoin-Miner CleanSpark hat seinen Kredit bei der Bank zurückgezahlt und die "
        "Kreditlinie gekündigt. Dadurch wurden die freien Bitcoin-Bestände des Unternehmens um "
        "1.250 BTC erhöht. Das Unternehmen hält nun 8.402 BTC.",
        "CLSK",
        "2024-05-06",
        {("btc_held", 8402, "2024-05")},
    ),
    (  # near miss: the level the change reached ("auf") stands
        "Der Bitcoin-Miner CleanSpark hat seinen Kredit bei der Bank zurückgezahlt und die "
        "Kreditlinie gekündigt. Dadurch stiegen die Bitcoin-Bestände des Unternehmens auf "
        "8.402 BTC.",
        "CLSK",
        "2024-05-06",
        {("btc_held", 8402, "2024-05")},
    ),
    # --- Spanish: mined "after" (an infinitive), then held
    (
        "Bitfarms publicó su actualización de octubre. Según la actualización, tras minar 288 "
        "bitcoins en octubre, la empresa tiene 819 bitcoins en su balance.",
        "BITF",
        "2024-11-04",
        {("btc_produced", 288, "2024-10"), ("btc_held", 819, "2024-10-31")},
    ),
    (  # near miss: a plan to mine gives no figure of the month
        "Bitfarms publicó su actualización de octubre. La empresa espera minar 288 bitcoins en "
        "noviembre, según la actualización de la empresa.",
        "BITF",
        "2024-11-04",
        set(),
    ),
    # --- Italian: a year's results; the comparison year's "during which" clause; year-end
    (
        "La società di mining CleanSpark chiude il 2024 con ricavi record, producendo 7.024 "
        "bitcoin.\nIn una nota del 20 febbraio, CleanSpark ha annunciato i risultati del 2024. "
        "L'azienda ha estratto 7.024 bitcoin nel corso dell'anno. Il risultato è superiore "
        "rispetto al 2023, durante il quale la società aveva prodotto 6.105 bitcoin.\nAlla fine "
        "del 2024, l'azienda deteneva 10.556 bitcoin.",
        "CLSK",
        "2025-02-21",
        {("btc_produced", 7024, "2024"), ("btc_held", 10556, "2024-12-31")},
    ),
    (  # near miss: a target for the end of a year to come is no holding
        "La società di mining CleanSpark ha annunciato i risultati di gennaio. L'azienda ha "
        "estratto 650 bitcoin a gennaio. La società prevede di detenere 15.000 bitcoin alla "
        "fine del 2025.",
        "CLSK",
        "2025-02-05",
        {("btc_produced", 650, "2025-01")},
    ),
    # --- German: coins kept in custody, told in a relative clause
    (
        "Bitfarms meldet Ergebnisse für das 3. Quartal 2024\n1.188 selbst geschürfte Bitcoins, "
        "die am 30. September in Verwahrung gehalten wurden\nBitfarms Ltd. gab seine "
        "Finanzergebnisse für das am 30. September 2024 abgeschlossene Quartal bekannt.",
        "BITF",
        "2024-11-13",
        {("btc_held", 1188, "2024-09-30")},
    ),
    # --- French: the count of coins held brought to a level
    (
        "Au cours du mois, Bitfarms a vendu 1 000 bitcoins. Cela porte le nombre total de BTC "
        "détenu par la société à 4 120, selon le communiqué de la société.",
        "BITF",
        "2023-07-03",
        {("btc_sold", 1000, "2023-07"), ("btc_held", 4120, "2023-07")},
    ),
    # --- Japanese: "more than" between a number and its coins; a digest's label lines
    (
        "現地時間3月4日、同社は1万以上のビットコインをバランスシート上に保有していると発表した。"
        "クリーンスパークは今後も保有を続ける。",
        "CLSK",
        "2025-03-06",
        {("btc_held", 10000, "2025-03-04")},
    ),
    (
        "2024年5月のマイニング企業まとめ\n\nCLSKの5月のデータ\n\n  • ビットコイン生産量:417 "
        "前年比:+5.1%\n\n  • ビットコイン保有量:6591 前年比:+12.0%\n",
        "CLSK",
        "2024-06-08",
        {("btc_produced", 417, "2024-05"), ("btc_held", 6591, "2024-05-31")},
    ),
    (  # near miss: a hash-rate line is no coins
        "2024年5月のマイニング企業まとめ\n\nCLSKの5月のデータ\n\n  • ハッシュレート:20 "
        "前年比:+5.1%\n",
        "CLSK",
        "2024-06-08",
        set(),
    ),
    # --- Arabic: none held, dated by Arabic-Indic digits
    (
        "أعلنت شركة التعدين بيتدير يوم ١٥ مارس أنها لا تملك أي بيتكوين في خزينتها، بعد أن باعت "
        "احتياطياتها.",
        "BTDR",
        "2026-03-16",
        {("btc_held", 0, "2026-03-15")},
    ),
    (  # near miss: a customer's coins are not the point; "does not own any" is of another coin
        "أعلنت شركة التعدين بيتدير يوم ١٥ مارس أنها لا تملك أي إيثريوم، وأنتجت الشركة 210 "
        "بيتكوين في فبراير.",
        "BTDR",
        "2026-03-16",
        {("btc_produced", 210, "2026-02")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_ak2_btc_classes_in_foreign_copy(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, currency, period))
DEBT_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (  # settled with the verb last: the principal, not the cash paid
        "Der Bitcoin-Miner Argo hat die Zahlen für den Monat veröffentlicht. "
        "Am 14. März gab Argo bekannt, dass es seine Schulden in Höhe von 35 Millionen "
        "US-Dollar bei Galaxy für eine Zahlung in Höhe von 12 Millionen US-Dollar beglichen hat.",
        "ARBK",
        "2024-03-15",
        {("debt_repaid_usd", 35_000_000, "USD", "2024-03")},
    ),
    (  # near miss: a settlement that is to be done
        "Der Bitcoin-Miner Argo hat die Zahlen für den Monat veröffentlicht. "
        "Argo teilte mit, dass seine Schulden in Höhe von 35 Millionen US-Dollar bei Galaxy "
        "bis Ende Juni getilgt werden sollen.",
        "ARBK",
        "2024-03-15",
        set(),
    ),
    (  # a lender cancels the debt
        "Der Bitcoin-Miner Greenidge hat einen Weg aus der Krise gefunden. "
        "Wie berichtet, übergibt Greenidge 8.000 Rigs an seinen Kreditgeber, der im Gegenzug "
        "Verbindlichkeiten von 57 Millionen US-Dollar streicht.",
        "GREE",
        "2023-02-10",
        {("debt_repaid_usd", 57_000_000, "USD", "2023-02")},
    ),
    (  # a cut "um" a sum beside a repayment
        "Der Bitcoin-Miner Bitdeer hat die Zahlen für den Monat veröffentlicht. "
        "Bitdeer hat sein Darlehen zurückgezahlt, wodurch die Schulden des Unternehmens um 40 "
        "Millionen US-Dollar reduziert wurden.",
        "BTDR",
        "2024-06-12",
        {("debt_repaid_usd", 40_000_000, "USD", "2024-06")},
    ),
    (  # near miss: a cut with no repayment told (a conversion, say)
        "Der Bitcoin-Miner Bitdeer hat die Zahlen für den Monat veröffentlicht. "
        "Bitdeer hat die Anleihen in Aktien umgewandelt, wodurch die Schulden des Unternehmens "
        "um 40 Millionen US-Dollar reduziert wurden.",
        "BTDR",
        "2024-06-12",
        set(),
    ),
    (  # Spanish: a revolver brought down to a balance
        "En su actualización, Bitdeer dijo que redujo sus préstamos de revólver a $20 millones "
        "desde $45 millones y que su hashrate creció un 10% en el mes.",
        "BTDR",
        "2024-03-06",
        {("debt_total_usd", 20_000_000, "USD", "2024-03")},
    ),
    (  # near miss: a revolver it aims to bring down
        "En su actualización, Bitdeer dijo que espera reducir sus préstamos de revólver a $20 "
        "millones antes de fin de año.",
        "BTDR",
        "2024-03-06",
        set(),
    ),
    (  # Russian: notes sold
        "Компания Riot Platforms, которая в этом месяце продала конвертируемые облигации на "
        "сумму 500 миллионов долларов, сообщила о росте добычи.",
        "RIOT",
        "2024-12-18",
        {("debt_issued_usd", 500_000_000, "USD", "2024-12")},
    ),
    (  # near miss: notes it plans to sell
        "Компания Riot Platforms планирует продать конвертируемые облигации на сумму 500 "
        "миллионов долларов, сообщила компания.",
        "RIOT",
        "2024-12-18",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), DEBT_CASES)
def test_ak2_debt_classes_in_foreign_copy(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_debt_ai.test_debt_in_foreign_copy(text, entity, published, expected)


# (text, the notes issued found (value, period))
HEADLINE_CASES: list[tuple[str, set[tuple[float, str]]]] = [
    (  # the body says the offering was launched: not done
        "Cipher Mining Raises $800M Convertible Notes for AI Campus\nCipher Mining has launched "
        "a private offering of $800 million convertible senior notes due 2031. Investors should "
        "watch pricing and conversion terms.",
        set(),
    ),
    (  # near miss: the body says it closed
        "Cipher Mining Raises $800M Convertible Notes for AI Campus\nCipher Mining has closed "
        "its offering of $800 million convertible senior notes due 2031.",
        {(800_000_000, "2025-10")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_CASES)
def test_headline_issue_over_an_offering_launched(
    text: str, expected: set[tuple[float, str]]
) -> None:
    found = extract_text(text, published=dt.date(2025, 10, 29), entity="CIFR")
    issued = {(float(i.value), i.period) for i in found if i.metric == "debt_issued_usd"}
    assert issued == expected


# (English text, the holdings found (value, period)): "as" opens the company's own clause
# after the industry's words; not "such as", not the industry's own figure
AS_CLAUSE_CASES: list[tuple[str, set[tuple[float, str]]]] = [
    (
        "The mining sector has reached a notable milestone as Riot, a Colorado-based miner, now "
        "holds over 20,000 BTC.",
        {(20_000, "2025-10")},
    ),
    (
        "The industry saw a milestone this week as Riot now holds over 20,000 BTC.",
        {(20_000, "2025-10")},
    ),
    ("Public miners such as Riot now hold over 100,000 BTC combined.", set()),
    ("The mining industry now holds over 100,000 BTC, as Riot said on Friday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AS_CLAUSE_CASES)
def test_company_clause_opened_by_as(text: str, expected: set[tuple[float, str]]) -> None:
    found = extract_text(text, published=dt.date(2025, 10, 29), entity="RIOT")
    held = {(float(i.value), i.period) for i in found if i.metric == "btc_held"}
    assert held == expected
