"""Wordings of German, Italian, French and Spanish copy the foreign reader missed.

Class (holdout batch ad2: rewrites of monthly and quarterly updates, deals and loans in German,
Italian, French and Spanish): each is a way a careful reader of that language tells a figure.

* German counts bitcoins as "Coins" ("14 Coins abgestoßen"), calls the holding a "Treasury",
  tells a level a change reached with the subject far before it ("die Bitcoin-Produktion … um
  51 Prozent gegenüber dem Vorjahr auf 616 Coins gesunken": the comparison is the percentage's),
  names the quarter just ended ("im abgelaufenen Jahresviertel"), writes "452 BTC Mining im
  September", and signs a "Deal".
* Italian joins the clitic to the infinitive ("di averne venduti 58 e di detenere 1.063 BTC")
  and tells a loan the company has ("ha un prestito di 610 milioni di euro da Tether": a balance
  stated as current, README decided case 1's exception).
* A holding told in one sentence with a named month's flows is held at the month's end (decided
  case 14), unless told as "now".
* French tells a contract made as its signature or as announced with its party ("a annoncé la
  signature d'un contrat … avec un hyperscaler", "a annoncé le 14 août deux contrats de
  colocation … avec"; decided cases 30, 39) and a loan's balance at a date ("Au 30 septembre,
  le prêt en question s'élevait à 74,7 millions de dollars").
* Spanish: "sacaron 2,011 BTC en el último trimestre" (colloquial mining, the quarter just
  ended), "acumula ya 52.477 BTC" (a holding), "tenía 47,531 Bitcoins, cifra que aumentó a
  48,237 para finales de abril" (the first figure is the change's starting point, decided case 1).
* A deal another, unlisted company signed ("…, e Tether ha firmato un accordo … con Rumble") is
  not the company's, even when the sentence named the company before.

Each case is written in the shape of such copy with other companies, figures and dates; a
near-miss negative stands beside each positive.
"""

from __future__ import annotations

import pytest

from tests.extract import test_foreign_copy, test_foreign_debt_ai

# (text, entity, published, expected (metric, value, period))
BTC_CASES: list[tuple[str, str, str, set[tuple[str, float, str]]]] = [
    # German: coins, a treasury grown to a level
    (
        "Riot Platforms verkauft kaum. Im Juni wurden lediglich 25 Coins abgestoßen. Stattdessen "
        "füllt das Unternehmen seine Bitcoin-Treasury auf, die mittlerweile auf 19.300 Coins "
        "angewachsen ist.",
        "RIOT",
        "2025-07-08",
        {("btc_sold", 25, "2025-06"), ("btc_held", 19300, "2025-06")},
    ),
    (
        "Bitfarms meldete für den Mai: Es wurden 40 Coins verkauft, die Bitcoin-Treasury liegt "
        "bei 1.150 Coins.",
        "BITF",
        "2025-06-04",
        {("btc_sold", 40, "2025-05"), ("btc_held", 1150, "2025-05-31")},
    ),
    (  # another company's coins
        "Hut 8 meldete Zahlen. Im Juni wurden bei Riot Platforms 25 Coins abgestoßen.",
        "HUT",
        "2025-07-08",
        set(),
    ),
    # German: the level a change reached, in the quarter just ended
    (
        "Riot Platforms mit Verlust im zweiten Quartal. So war die Bitcoin-Produktion im "
        "abgelaufenen Quartal zwar um 20 Prozent gegenüber dem Vorjahr auf 1.350 Coins gestiegen, "
        "die Kosten jedoch auch.",
        "RIOT",
        "2025-08-05",
        {("btc_produced", 1350, "2025-Q2")},
    ),
    (
        "CleanSpark im Überblick. Die Bitcoin-Produktion von CleanSpark ist im vergangenen "
        "Jahresviertel um 12 Prozent gegenüber dem Vorquartal auf 1.900 BTC gesunken.",
        "CLSK",
        "2025-10-20",
        {("btc_produced", 1900, "2025-Q3")},
    ),
    (  # the year-earlier figure stays a comparison's
        "Riot Platforms im Überblick. Im Vorjahr hatte Riot Platforms im gleichen Quartal 1.100 "
        "Bitcoin geschürft.",
        "RIOT",
        "2025-08-05",
        set(),
    ),
    # German: "N BTC Mining im <Monat>"
    (
        "Bitdeer berichtete von einem Anstieg der Hashrate um 30 % und rund 450 BTC Mining im "
        "September, was den Kurs steigen ließ.",
        "BTDR",
        "2025-10-17",
        {("btc_produced", 450, "2025-09")},
    ),
    (
        "Die Aktie von Cipher Mining legte zu, und die Anleger freuen sich: Cipher meldete in "
        "der Mitteilung 160 BTC Mining im Juni.",
        "CIFR",
        "2025-07-04",
        {("btc_produced", 160, "2025-06")},
    ),
    (  # another company's mining
        "Bitdeer legte zu, nachdem Riot Platforms rund 450 BTC Mining im September gemeldet hatte.",
        "BTDR",
        "2025-10-17",
        set(),
    ),
    # Italian: the clitic joined to the infinitive, a holding beside the month's flows
    (
        "Bitfarms ha comunicato di aver estratto 210 BTC a maggio, di averne ceduti 40 e di "
        "possedere 1.150 BTC.",
        "BITF",
        "2025-06-04",
        {
            ("btc_produced", 210, "2025-05"),
            ("btc_sold", 40, "2025-05"),
            ("btc_held", 1150, "2025-05-31"),
        },
    ),
    (
        "Hut 8 ha dichiarato di aver prodotto 95 BTC a marzo, di averne venduti 12 e di detenere "
        "10.200 BTC.",
        "HUT",
        "2025-04-05",
        {
            ("btc_produced", 95, "2025-03"),
            ("btc_sold", 12, "2025-03"),
            ("btc_held", 10200, "2025-03-31"),
        },
    ),
    (  # another company's, and a holding told as "now"
        "Cipher Mining ha prodotto 160 BTC a giugno. Riot ha dichiarato di aver prodotto 450 BTC "
        "a giugno e di averne venduti 397.",
        "CIFR",
        "2025-07-04",
        {("btc_produced", 160, "2025-06")},
    ),
    (
        "Bitdeer produjo 300 BTC en mayo, según el informe de la empresa, y ahora tiene 1.200 "
        "BTC en sus reservas.",
        "BTDR",
        "2025-06-04",
        {("btc_produced", 300, "2025-05"), ("btc_held", 1200, "2025-05")},
    ),
    # Spanish: colloquial mining in the quarter just ended
    (
        "Riot Platforms perdió dinero. En cuanto a la minería, sacaron 1.250 BTC en el último "
        "trimestre, un 5% menos que el trimestre anterior.",
        "RIOT",
        "2025-11-02",
        {("btc_produced", 1250, "2025-Q3")},
    ),
    (
        "CleanSpark sacó 1.900 BTC en el último trimestre, según la empresa.",
        "CLSK",
        "2025-07-20",
        {("btc_produced", 1900, "2025-Q2")},
    ),
    (  # a plan is no figure
        "CleanSpark espera sacar 2.000 BTC en el próximo trimestre, según la empresa.",
        "CLSK",
        "2025-07-20",
        set(),
    ),
    # Spanish: a holding built up, told in the present
    (
        "Riot Platforms ha consolidado en julio su tesorería: la empresa acumula ya 19.300 BTC.",
        "RIOT",
        "2025-08-05",
        {("btc_held", 19300, "2025-07")},
    ),
    (
        # (the sentence names its report's month: held at the month's end, README decided case
        # 14, as ad2-mara-2025-q1-eldinero's "Según sus resultados … del primer trimestre")
        "Según su último informe de octubre, CleanSpark acumula 13.000 BTC en su balance.",
        "CLSK",
        "2025-11-04",
        {("btc_held", 13000, "2025-10-31")},
    ),
    (  # another company's holding
        "MARA Holdings creció en julio, aunque MicroStrategy acumula más de 600.000 BTC.",
        "MARA",
        "2025-08-05",
        set(),
    ),
    # Spanish: a figure moved to a level ("cifra que aumentó a"): the start is not read
    (
        "A finales de junio, Riot Platforms tenía 19.273 BTC, cifra que subió a 19.287 para "
        "finales de julio.",
        "RIOT",
        "2025-08-05",
        {("btc_held", 19287, "2025-07-31")},
    ),
    (
        "Hut 8 tenía un saldo de 10.171 Bitcoins a finales de abril, cifra que aumentó a 10.264 "
        "para finales de mayo.",
        "HUT",
        "2025-06-05",
        {("btc_held", 10264, "2025-05-31")},
    ),
    (  # a level that may come is no move: the holding stands
        "Riot Platforms tenía 19.273 BTC a finales de junio, y la cifra de la empresa podría "
        "subir a 20.000 en el balance.",
        "RIOT",
        "2025-08-05",
        {("btc_held", 19273, "2025-06-30")},
    ),
]

# (text, entity, published, expected (metric, value, currency, period))
DEBT_CASES: list[tuple[str, str, str, set[tuple[str, float, str, str]]]] = [
    # Italian: a loan the company has
    (
        "Le società hanno legami complessi: Northern Data ha un prestito di 500 milioni di euro "
        "da Tether.",
        "NB2",
        "2025-11-20",
        {("debt_total_usd", 500000000, "EUR", "2025-11")},
    ),
    (
        "Secondo il rapporto, Bitfarms ha ancora un prestito di 40 milioni di dollari da "
        "Macquarie.",
        "BITF",
        "2025-06-10",
        {("debt_total_usd", 40000000, "USD", "2025-06")},
    ),
    (  # a loan obtained is no balance stated: it is new debt (README decided case 6)
        "Secondo il rapporto, Bitfarms ha ottenuto un prestito di 40 milioni di dollari.",
        "BITF",
        "2025-06-10",
        {("debt_issued_usd", 40000000, "USD", "2025-06")},
    ),
    # French: a loan's balance at a date
    (
        "Greenidge a restructuré sa dette. Au 31 mars, le prêt en question s'élevait à 60,2 "
        "millions de dollars.",
        "GREE",
        "2023-05-10",
        {("debt_total_usd", 60200000, "USD", "2023-03-31")},
    ),
    (
        "Stronghold Digital a publié les comptes de la société. Au 30 juin, son emprunt "
        "s'élevait à 12,5 millions de dollars selon le rapport.",
        "SDIG",
        "2023-08-10",
        {("debt_total_usd", 12500000, "USD", "2023-06-30")},
    ),
    (  # a new loan's size is no balance
        "Stronghold Digital a obtenu un nouveau prêt qui s'élève à 50 millions de dollars.",
        "SDIG",
        "2023-08-10",
        set(),
    ),
]

# (text, entity, published, expected (metric, value or None, period))
AI_CASES: list[tuple[str, str, str, set[tuple[str, float | None, str]]]] = [
    # German: a deal made
    (
        "Die Aktie ist gestiegen: Cipher Mining hat gerade einen 3-Milliarden-Dollar-Deal mit "
        "AWS abgeschlossen, um die KI-Rechenzentren für den Konzern zu betreiben.",
        "CIFR",
        "2025-11-05",
        {("ai_milestone", None, "2025-11")},
    ),
    (
        "Nach der Mitteilung ist die Aktie gestiegen: Hut 8 schloss einen Deal mit einem "
        "Hyperscaler über die KI-Kapazität in dem Rechenzentrum.",
        "HUT",
        "2025-12-17",
        {("ai_milestone", None, "2025-12")},
    ),
    (  # talks
        "Nach der Mitteilung ist die Aktie gestiegen: Hut 8 verhandelt über einen Deal mit einem "
        "Hyperscaler über die KI-Kapazität in dem Rechenzentrum.",
        "HUT",
        "2025-12-17",
        set(),
    ),
    # French: a contract announced as signed, or with its party
    (
        "Cipher Mining a annoncé lundi la signature d'un bail de 10 ans avec un hyperscaler, "
        "portant sur la location de 300 mégawatts de capacité.",
        "CIFR",
        "2025-11-03",
        {("ai_milestone", None, "2025-11"), ("ai_capacity_mw", 300, "2025-11")},
    ),
    (
        "La société Hut 8 a annoncé le 3 mars deux accords d'hébergement avec le fournisseur de "
        "calcul haute performance CoreWeave.",
        "HUT",
        "2025-03-05",
        {("ai_milestone", None, "2025-03")},
    ),
    (  # an agreement in principle, an intention
        "Riot Platforms a annoncé un accord de principe avec un hyperscaler pour ses centres de "
        "données IA.",
        "RIOT",
        "2025-03-05",
        set(),
    ),
    (
        "Bitfarms a annoncé son intention de signer un contrat avec un hyperscaler pour l'IA.",
        "BITF",
        "2025-03-05",
        set(),
    ),
    # Romance: a deal another, unlisted company signed
    (
        "Northern Data ha un prestito da Tether, e Tether ha firmato un accordo per servizi GPU "
        "con Rumble.",
        "NB2",
        "2025-12-22",
        set(),
    ),
    (
        "Bitfarms vendió su negocio a Riot, y Microsoft firmó un acuerdo de IA con OpenAI.",
        "BITF",
        "2025-12-22",
        set(),
    ),
    (  # the company itself signing stays its deal
        "Northern Data ha firmato un accordo per servizi GPU di intelligenza artificiale con "
        "Rumble.",
        "NB2",
        "2025-12-22",
        {("ai_milestone", None, "2025-12")},
    ),
]


@pytest.mark.parametrize(("text", "entity", "published", "expected"), BTC_CASES)
def test_btc_wordings_of_ad2_languages(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str]]
) -> None:
    test_foreign_copy.test_btc_figures_in_foreign_copy(text, entity, published, expected)


@pytest.mark.parametrize(("text", "entity", "published", "expected"), DEBT_CASES)
def test_debt_wordings_of_ad2_languages(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    test_foreign_debt_ai.test_debt_in_foreign_copy(text, entity, published, expected)


@pytest.mark.parametrize(("text", "entity", "published", "expected"), AI_CASES)
def test_ai_wordings_of_ad2_languages(
    text: str, entity: str, published: str, expected: set[tuple[str, float | None, str]]
) -> None:
    test_foreign_debt_ai.test_ai_deals_in_foreign_copy(text, entity, published, expected)
