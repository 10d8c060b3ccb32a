"""Repayments of the holdout's debt misses (brief debt30), each as a class.

* A part of the principal retired as the sentence's subject: "$11.25 million of the outstanding
  principal was exchanged for the execution of an amended and restated warrant agreement"
  (README decided case 32: principal exchanged or converted is retired).
* Exchange agreements entered into, then the participle that retires the notes: "has entered
  into privately negotiated exchange agreements with certain holders of its 1.00% convertible
  senior notes maturing in 2026, exchanging approximately $417 million in principal amount of
  notes … for … shares" (decided cases 6 and 32), also when the notes' long name puts the deal's
  verb far before the amount; not an agreement still to be entered into.
* A body's done figure under a headline that told it as a plan, the headline having no full stop
  of its own ("Marathon Digital will privately exchange approximately $417 million …" over
  "… has entered into … agreements …, exchanging approximately $417 million …"): the body's
  sentence is the figure's, not the headline's plan.
* French: a sum allotted to settling a debt is spent on it, as "used … to repay" is: "a alloué
  4 millions de dollars pour régler les dettes dues à Galaxy Digital".
* A retired principal that its subject dates is that day's balance too: "The B Riley Commercial
  Secured Promissory Note with remaining principal of approximately $4.1 million as of September
  30, 2023, which NYDIG purchased … at par was extinguished" → the repayment and a balance at
  2023-09-30 (decided case 1's exception: a balance the text states); not a date of the subject's
  relative clause.
* A repayment heading an item of a list of purposes shares the mood of the list's first "to …":
  "could provide up to USD 900 million to complete the … build-out, repay approximately USD 180
  million in bridge debt, recover …" is a planned use (decided cases 6 and 13), not a repayment.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.debt_facts import debt_facts, repaid, total

_PART_OF_PRINCIPAL: list[tuple[str, str | None]] = [
    (  # the real sentence (Stronghold's FY2022 10-K, warrants note)
        "On August 16, 2022, the Company amended the note and warrant purchase agreement, such "
        "that $11.25 million of the outstanding principal was exchanged for the execution of an "
        "amended and restated warrant agreement pursuant to which the strike price of the "
        "6,318,000 warrants was reduced from $2.50 to $0.01.",
        "11250000:2022-08",
    ),
    (
        "On October 3, 2022, $3.0 million of the outstanding principal was exchanged for "
        "1,500,000 pre-funded warrants.",
        "3000000:2022-10",
    ),
    (
        "On October 3, 2022, $4.5 million of the outstanding principal amount was extinguished "
        "in exchange for the transfer of 2,000 miners to the lender.",
        "4500000:2022-10",
    ),
    (
        "In November 2022, $1.2 million of the outstanding principal was forgiven by the lender "
        "under the amendment.",
        "1200000:2022-11",
    ),
    # near misses: another verb, a verb still to come, the principal of preferred stock
    (
        "On August 16, 2022, $11.25 million of the outstanding principal was amended to bear "
        "interest at 12%.",
        None,
    ),
    (
        "On August 16, 2022, the Company agreed that $11.25 million of the outstanding principal "
        "will be exchanged for warrants.",
        None,
    ),
    (
        "On August 16, 2022, $11.25 million of the outstanding principal of the Series B "
        "preferred stock was exchanged for warrants.",
        None,
    ),
]


_EXCHANGE_AGREED: list[tuple[str, str | None]] = [
    (  # the real sentence (ChainCatcher brief of Marathon's 7 September 2023 release)
        "ChainCatcher news, according to Globe Newswire, Bitcoin mining company Marathon Digital "
        "announced that it has entered into privately negotiated exchange agreements with "
        "certain holders of its 1.00% convertible senior notes maturing in 2026, exchanging "
        "approximately $417 million in principal amount of notes held by these holders for a "
        "total of approximately 26.2 million newly issued shares of Marathon common stock, with "
        "no cash proceeds from the issuance of common stock.",
        "417000000:2023-09",
    ),
    (
        "The company has entered into exchange agreements with holders of its 3.25% convertible "
        "notes due 2030, exchanging $150 million in principal amount of notes for 12 million "
        "shares of its common stock.",
        "150000000:2023-09",
    ),
    (
        "Acme Mining entered into separately negotiated agreements with a limited number of "
        "holders of its 2.50% convertible senior notes due 2029, settling approximately $80.5 "
        "million in principal amount of notes for cash and shares.",
        "80500000:2023-09",
    ),
    # near misses: agreements still to be entered into
    (
        "The company expects to enter into exchange agreements with holders of its 1.00% "
        "convertible senior notes due 2026, exchanging up to $417 million in principal amount "
        "of notes for shares.",
        None,
    ),
    (
        "Marathon said it may enter into privately negotiated exchange agreements with certain "
        "holders of its 1.00% convertible senior notes maturing in 2026, exchanging "
        "approximately $417 million in principal amount of notes for shares.",
        None,
    ),
]


_HEADLINE_PLAN = (
    "Marathon Digital will privately exchange approximately $417 million of 2026 maturity notes "
    "for common stock\n"
)
_BODY_DONE: list[tuple[str, str | None]] = [
    (  # the real passage (headline, then the body's first sentence)
        _HEADLINE_PLAN + _EXCHANGE_AGREED[0][0],
        "417000000:2023-09",
    ),
    (
        "Acme Mining will redeem $50 million of its 2026 notes\n"
        "Acme Mining said on Tuesday it has completed the redemption, retiring $50 million of its "
        "2026 notes at par with cash on hand.",
        "50000000:2023-09",
    ),
    (
        "Acme Mining will retire $25 million of convertible notes\n"
        "Acme Mining announced that it has entered into exchange agreements with holders of its "
        "4.00% convertible notes due 2027, exchanging $25 million in principal amount of notes "
        "for 3 million shares.",
        "25000000:2023-09",
    ),
    # near miss: the body too tells the exchange as a plan
    (
        "Acme Mining will retire $25 million of convertible notes\n"
        "Acme Mining said it expects to retire $25 million of its convertible notes next month "
        "in exchange for shares.",
        None,
    ),
]


_FRENCH_ALLOTTED: list[tuple[str, str | None]] = [
    (  # the real sentence (French rewrite of Argo's 5 March 2024 release)
        "Suite à la vente, Argo a alloué 4 millions de dollars pour régler les dettes dues à "
        "Galaxy Digital, réduisant ainsi sa dette à environ 14 millions de dollars au 29 février.",
        "4000000:2024-02",
    ),
    (
        "Argo a affecté 10 millions de dollars du produit de la vente pour rembourser son prêt "
        "auprès de Galaxy, selon le communiqué publié mardi par la société minière.",
        "10000000:2024-03",
    ),
    (
        "Le mineur Argo Blockchain a consacré 6 millions de dollars pour solder le prêt "
        "hypothécaire de sa centrale de Mirabel, au Québec, selon son communiqué.",
        "6000000:2024-03",
    ),
    # near misses: no debt settled, a plan
    (
        "Le mineur Argo Blockchain a alloué 4 millions de dollars pour régler le litige avec son "
        "fournisseur d'équipements, selon son communiqué publié mardi.",
        None,
    ),
    (
        "Le mineur Argo Blockchain prévoit d'allouer 4 millions de dollars pour régler ses "
        "dettes envers Galaxy Digital, selon son communiqué publié mardi.",
        None,
    ),
]


_LISTED_PURPOSE: list[tuple[str, str | None]] = [
    # the real sentence (a rewrite of Applied Digital's Macquarie agreement) and its variants:
    # planned uses, no repayment
    (
        "This arrangement could provide up to USD 900 million to complete the full 400 MW "
        "build-out of the Ellendale project, repay approximately USD 180 million in bridge debt, "
        "recover USD 300 million in equity investments, and fund operational and transaction "
        "costs.",
        None,
    ),
    (
        "The financing will be used to complete the build-out, repay approximately $180 million "
        "in bridge debt and fund operating costs.",
        None,
    ),
    (
        "The new facility would allow the company to fund construction, repay $180 million of "
        "bridge loans and cover fees.",
        None,
    ),
    # near misses: the same list told done
    (
        "The company used the proceeds to complete the build-out, repay approximately $180 "
        "million in bridge debt and fund operating costs.",
        "180000000:2025-01",
    ),
    (
        "The company closed the financing in January, used it to fund construction, repaid "
        "$180 million of bridge loans and covered fees.",
        "180000000:2025-01",
    ),
]


def _check(text: str, wanted: str | None, published: dt.date, entity: str) -> None:
    found = debt_facts(text, published=published, metrics=("debt_repaid_usd",), entity=entity)
    if wanted is None:
        assert not found, found
        return
    amount, period = wanted.split(":")
    assert repaid(amount, period) in found, found


@pytest.mark.parametrize(("text", "wanted"), _PART_OF_PRINCIPAL)
def test_part_of_principal_retired(text: str, wanted: str | None) -> None:
    _check(text, wanted, dt.date(2023, 3, 30), "SDIG")


@pytest.mark.parametrize(("text", "wanted"), _EXCHANGE_AGREED)
def test_exchange_agreements_entered_into(text: str, wanted: str | None) -> None:
    _check(text, wanted, dt.date(2023, 9, 8), "MARA")


@pytest.mark.parametrize(("text", "wanted"), _BODY_DONE)
def test_body_done_under_planned_headline(text: str, wanted: str | None) -> None:
    _check(text, wanted, dt.date(2023, 9, 8), "MARA")


@pytest.mark.parametrize(("text", "wanted"), _FRENCH_ALLOTTED)
def test_french_sum_allotted_to_debt(text: str, wanted: str | None) -> None:
    _check(text, wanted, dt.date(2024, 3, 6), "ARBK")


@pytest.mark.parametrize(("text", "wanted"), _LISTED_PURPOSE)
def test_repayment_listed_among_planned_purposes(text: str, wanted: str | None) -> None:
    _check(text, wanted, dt.date(2025, 1, 15), "APLD")


_DATED_RETIRED_BALANCE: list[tuple[str, str, str | None]] = [
    (  # the real passage (Greenidge's Q3 2023 10-Q, subsequent events)
        "On November 9, 2023 we closed the Sale of the South Carolina Facility to complete the "
        "deleveraging transaction with NYDIG. In exchange for the sale, Greenidge received total "
        "consideration of approximately $28 million:\n"
        "\u25e6The B Riley Commercial Secured Promissory Note with remaining principal of "
        "approximately $4.1 million as of September 30, 2023, which NYDIG purchased from B. Riley "
        "Commercial on July 20, 2023 at par was extinguished;",
        "2023-11-14",
        "4100000:2023-09-30",
    ),
    (
        "The convertible notes, with an aggregate principal of $30.0 million as of June 30, 2024, "
        "were exchanged for 4,100,000 shares of common stock on July 15, 2024.",
        "2024-08-14",
        "30000000:2024-06-30",
    ),
    (
        "The term loan, having an outstanding balance of $12.5 million as of March 31, 2024, was "
        "repaid in full on April 2, 2024.",
        "2024-08-14",
        "12500000:2024-03-31",
    ),
    # near misses: no date of the subject's own; a date of its relative clause
    (
        "The term loan, having an outstanding balance of $12.5 million, was repaid in full on "
        "April 2, 2024.",
        "2024-08-14",
        None,
    ),
    (
        "The B Riley Commercial Secured Promissory Note with remaining principal of approximately "
        "$4.1 million, which NYDIG purchased from B. Riley Commercial on July 20, 2023 at par, was "
        "extinguished on November 9, 2023.",
        "2023-11-14",
        None,
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), _DATED_RETIRED_BALANCE)
def test_retired_principal_dated_by_its_subject(
    text: str, published: str, wanted: str | None
) -> None:
    found = debt_facts(
        text, published=dt.date.fromisoformat(published), metrics=("debt_total_usd",), entity="GREE"
    )
    if wanted is None:
        assert not found, found
        return
    amount, period = wanted.split(":")
    assert total(amount, period) in found, found
