"""New debt told as a tranche paid out, and a balance told as "outstanding now being", each as a
class first met in blind batches s and s2 (s-dmgi-2024-abladvisor-sygnum-first-tranche,
s2-cbit-2023-02-debt-settlement-approved-stocktitan), with variants and look-alikes.

* A facility counts when drawn (README, decided case 19): "With a first financing tranche of
  US$5.6 million already disbursed", "received the first tranche of", "the initial tranche …
  was funded", "has already drawn down $60 million". A tranche still to come is a plan (decided
  case 6): "is expected to be disbursed", "expects to receive", "remains undrawn".
* A stated outstanding balance is `debt_total_usd` (no date of its own: the publication month):
  "with the total principal amount of the debentures outstanding now being C$25 million". Not
  the principal of notes being offered.

Expected facts follow tests/extract/real/README.md. Published 12 November 2025 unless a case
says otherwise.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from debt_facts import Fact, debt_facts, issued, total

CASES: list[tuple[str, set[Fact]]] = [
    # the real passages
    (
        "With a first financing tranche of US$5.6 million already disbursed, DMG has been able "
        "to fulfill part of its payment obligation to Bitmain without the need to liquidate its "
        "bitcoin holding.",
        {issued("5600000")},
    ),
    (
        "The shares will be issued at a price of C$0.135 each, with the total principal amount "
        "of the debentures outstanding now being C$25 million.",
        {("debt_total_usd", Decimal("25000000"), "CAD", "2025-11")},
    ),
    # tranche variants: a verb of receiving before, a passive after, the perfect of a draw
    (
        "The company received the first tranche of US$5.6 million under the Sygnum loan.",
        {issued("5600000")},
    ),
    (
        "The initial tranche of €20 million was funded in October under the loan agreement.",
        {issued("20000000", "2025-10", "EUR")},
    ),
    (
        "The miner has now drawn a second tranche of $15 million from the term loan.",
        {issued("15000000")},
    ),
    ("The miner has already drawn down $60 million of the facility.", {issued("60000000")}),
    # balance variants: "currently being", after a conversion
    (
        "The company converted part of the debentures into shares, the outstanding principal of "
        "the debentures now being C$25 million.",
        {("debt_total_usd", Decimal("25000000"), "CAD", "2025-11")},
    ),
    (
        "The loan's balance outstanding, currently being US$12 million, matures in 2026.",
        {total("12000000")},
    ),
    # look-alikes: tranches still to come, the offering's principal, a facility's size
    ("The first tranche of US$5.6 million is expected to be disbursed in December.", set()),
    ("The company expects to receive the first tranche of $50 million under the loan.", set()),
    ("A second tranche of $3.4 million of the loan remains undrawn.", set()),
    ("The principal of the notes being offered is US$25 million.", set()),
    (
        "DMG established a relationship with Sygnum Bank, providing US$9 million in a credit "
        "facility.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tranche_paid_out_and_balance_now(text: str, expected: set[Fact]) -> None:
    assert debt_facts(text) == expected
