"""Review rf29b of amfx2 and perfx29 (issue 16): wider rules that read wrong figures or periods
in copy not in English, with near misses that keep what the merges fixed.

* proceeds: a worth in brackets ("相当") is the coins' only when the bracket opens right after
  them ("3,000BTC(85億円相当)"); after the sum ("約120億円(8,500万ドル相当)を得た") it is the
  proceeds' conversion, labelled in both currencies (README: both currencies are labelled);
* intent: the Korean future "매각할 것이라고 발표했다" is the company's plan; the adnominal "매각할
  것이라는 소문/보도/관측" is a rumour or report of others, no intent (README decided case 29);
* rates: a weekly average in a clause after the month's figure ("6月の採掘量は450BTCで、1週間
  平均は約105BTC") is that clause's, the month's figure stands;
* debt: a sum obtained as revenue or from a sale, a loan named after it in the clause ("ha
  ottenuto 14 milioni di sterline di ricavi dal mining, con un prestito … ancora da
  rimborsare"), is no loan's money (README rule 1: the figure the sentence states);
* periods: a day named alone after a month the sentence names ("在9月的月报中称，截至26日") is
  that month's day, not the latest such day before publication; a span of three months that
  opens a sentence ("Entre avril et juin, …", "Tra aprile e giugno") is read as the one inside
  it is: the calendar quarter, or the fiscal quarter the story's ordinal names, not its first
  month alone.
"""

from __future__ import annotations

import pytest

from tests.extract import test_foreign_ad2_ko_ja_ru_id, test_foreign_copy, test_foreign_debt_ai

# (text, entity, published, expected (metric, value, currency, period))
PROCEEDS_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (
        "ビットファームズは6月に3,000BTCを売却し、約120億円（8,500万ドル相当）を得た。",
        "BITF",
        "2022-07-05",
        {
            ("btc_sold", 3000, "BTC", "2022-06"),
            ("btc_sale_proceeds_usd", 12_000_000_000, "JPY", "2022-06"),
            ("btc_sale_proceeds_usd", 85_000_000, "USD", "2022-06"),
        },
    ),
    (
        "ビットファームズは3,000BTCを売却し、約85億円(約6,200万ドル相当)を得た。",
        "BITF",
        "2022-06-22",
        {
            ("btc_sold", 3000, "BTC", "2022-06"),
            ("btc_sale_proceeds_usd", 8_500_000_000, "JPY", "2022-06"),
            ("btc_sale_proceeds_usd", 62_000_000, "USD", "2022-06"),
        },
    ),
    (
        "ビットファームズは6月に3,000BTCを売却し、8,500万ドル（約120億円相当）を得た。",
        "BITF",
        "2022-07-05",
        {
            ("btc_sold", 3000, "BTC", "2022-06"),
            ("btc_sale_proceeds_usd", 12_000_000_000, "JPY", "2022-06"),
            ("btc_sale_proceeds_usd", 85_000_000, "USD", "2022-06"),
        },
    ),
    (  # near miss: the coins' worth, the bracket right after them
        "ビットファームズは6月、3,000BTC（約85億円相当）を売却した。",
        "BITF",
        "2022-07-05",
        {("btc_sold", 3000, "BTC", "2022-06")},
    ),
    (  # near miss: as Korean writes it
        "라이엇은 이번 달 1,000 BTC(약 1억 달러 상당)를 매도했다고 밝혔다.",
        "RIOT",
        "2025-05-20",
        {("btc_sold", 1000, "BTC", "2025-05")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), PROCEEDS_CASES)
def test_a_bracketed_worth_after_the_sum_is_its_conversion(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_copy.test_sale_proceeds_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, the periods of the intents read)
INTENT_CASES: list[tuple[str, str, str, set[str]]] = [
    (
        "마라톤은 비트코인을 매각할 것이라는 소문을 부인했다.",
        "MARA",
        "2025-05-01",
        set(),
    ),
    (
        "라이엇은 보유 비트코인을 매도할 것이라는 일부 보도에 대해 사실이 아니라고 밝혔다.",
        "RIOT",
        "2025-06-10",
        set(),
    ),
    (
        "시장에서는 마라톤이 비트코인을 매각할 것이라는 관측이 나온다.",
        "MARA",
        "2025-05-01",
        set(),
    ),
    (  # near miss: the company's own word of a sale to come
        "마라톤은 비트코인 일부를 매각할 것이라고 발표했다.",
        "MARA",
        "2025-05-01",
        {"2025-05"},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), INTENT_CASES)
def test_a_rumoured_sale_is_no_intent(
    text: str, entity: str, published: str, expected: set[str]
) -> None:
    test_foreign_ad2_ko_ja_ru_id.test_selling_intentions_in_japanese_and_korean(
        text, entity, published, expected
    )


# (text, entity, published, expected (metric, value, period))
SPAN_CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    (
        "Entre avril et juin, Riot a produit 1 400 bitcoins.",
        "RIOT",
        "2025-08-01",
        {("btc_produced", 1400, "2025-Q2")},
    ),
    (
        "CleanSpark a annoncé 198,6 millions de dollars de revenus. Entre avril et juin, la "
        "société a miné 1 900 bitcoins. « Le troisième trimestre fiscal a marqué un tournant », "
        "a dit le PDG.",
        "CLSK",
        "2025-08-10",
        {("btc_produced", 1900, "2025-Q3")},
    ),
    (
        "Tra aprile e giugno Marathon ha prodotto 2.000 bitcoin; il secondo trimestre fiscale è "
        "stato record.",
        "MARA",
        "2025-08-01",
        {("btc_produced", 2000, "2025-Q2")},
    ),
    (  # near miss: the span inside the sentence, read already
        "Riot a produit 1 400 bitcoins entre avril et juin.",
        "RIOT",
        "2025-08-01",
        {("btc_produced", 1400, "2025-Q2")},
    ),
    (  # near miss: a month alone opens the sentence
        "En juin, la société Riot a produit 450 bitcoins, selon son rapport mensuel.",
        "RIOT",
        "2025-08-01",
        {("btc_produced", 450, "2025-06")},
    ),
    (  # near miss: a span across two quarters names none
        "Entre juin et août, la société Riot a produit 450 bitcoins, selon son rapport.",
        "RIOT",
        "2025-09-10",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), SPAN_CASES)
def test_a_span_of_months_opening_a_sentence(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, period))
DAY_CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    (
        "灿谷在9月的月报中称，截至26日持有5000枚比特币。",
        "CANG",
        "2025-11-10",
        {("btc_held", 5000, "2025-09-26")},
    ),
    (
        "캉고는 9월 보고서에서 26일 기준 비트코인 5,000개를 보유하고 있다고 밝혔다.",
        "CANG",
        "2025-11-10",
        {("btc_held", 5000, "2025-09-26")},
    ),
    (  # near miss: no month named, the latest such day
        "截至9月30日，灿谷持有5000枚比特币。截至10日，持有5200枚比特币。",
        "CANG",
        "2025-10-12",
        {("btc_held", 5000, "2025-09-30"), ("btc_held", 5200, "2025-10-10")},
    ),
    (  # near miss: the month before is in another sentence
        "마라톤은 3월 말 기준 4만 BTC를 보유했다. 15일 기준 보유량은 41,000 BTC다.",
        "MARA",
        "2025-04-20",
        {("btc_held", 40000, "2025-03-31"), ("btc_held", 41000, "2025-04-15")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), DAY_CASES)
def test_a_day_alone_after_a_named_month(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, unit, period))
DEBT_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    (
        "Nel trimestre Argo ha ottenuto 14 milioni di sterline di ricavi dal mining, con un "
        "prestito di Galaxy ancora da rimborsare.",
        "ARBK",
        "2023-05-10",
        set(),
    ),
    (
        "Hut 8 obtuvo 30 millones de dólares de ingresos en el trimestre, con un préstamo de "
        "Coinbase pendiente.",
        "HUT",
        "2025-05-10",
        set(),
    ),
    (
        "Argo ha ottenuto 3 milioni di dollari dalla vendita di bitcoin, con un prestito di "
        "Galaxy ancora aperto.",
        "ARBK",
        "2023-05-10",
        set(),
    ),
    (  # near miss: the loan's own money, its conversion after a comma
        "In un annuncio di martedì, Argo ha affermato di aver ottenuto 14 milioni di sterline, "
        "circa $19,4 milioni, in un contratto di prestito di sei mesi da Galaxy.",
        "ARBK",
        "2023-01-02",
        {
            ("debt_issued_usd", 14_000_000, "GBP", "2022-12"),
            ("debt_issued_usd", 19_400_000, "USD", "2022-12"),
        },
    ),
    (  # near miss: the loan right after the sum
        "Marathon obtuvo 50 millones de dólares en un préstamo a plazo de Coinbase.",
        "MARA",
        "2025-05-10",
        {("debt_issued_usd", 50_000_000, "USD", "2025-05")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), DEBT_CASES)
def test_revenue_before_a_loan_is_no_loan(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_debt_ai.test_debt_in_foreign_copy(text, entity, published, expected)


# (text, entity, published, expected (metric, value, period))
WEEK_RATE_CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    (
        "ライオットの6月の採掘量は450BTCで、1週間平均は約105BTCだった。",
        "RIOT",
        "2025-07-03",
        {("btc_produced", 450, "2025-06")},
    ),
    (
        "クリーンスパークの6月の採掘量は600BTCで、週平均は約140BTCだった。",
        "CLSK",
        "2025-07-03",
        {("btc_produced", 600, "2025-06")},
    ),
    (  # near miss: the weekly rate alone
        "ライオットは1週間あたり105BTCを採掘している。",
        "RIOT",
        "2025-07-03",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), WEEK_RATE_CASES)
def test_a_weekly_rate_after_the_month_figure(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)
