"""Tranches listed with their amounts, then told drawn in the next sentence (`debt_tranches_drawn`).

v-slnh-2025-09-generate-credit-tranches: "… split across three tranches: Tranche A-1 ($5.5
million), Tranche A-3 ($11.5 million), and Tranche B ($18.5 million). Soluna drew on the first
two tranches at closing." Each drawn tranche is new debt at its amount (README decided cases 3
and 19); the commitment total and the undrawn tranche are not. A draw to come picks none.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from monitor.extract import extract_text

PUBLISHED = dt.date(2025, 9, 17)
Fact = tuple[str, Decimal, str | None]
ISSUED = "debt_issued_usd"

_LIST = (
    "According to an SEC filing, the agreement is structured as senior secured term loan "
    "commitments totaling $35.5 million, split across three tranches: Tranche A-1 ($5.5 "
    "million), Tranche A-3 ($11.5 million), and Tranche B ($18.5 million). "
)
TWO = {(ISSUED, Decimal("5500000"), "2025-09"), (ISSUED, Decimal("11500000"), "2025-09")}

CASES = [
    # v-slnh-2025-09-generate-credit-tranches (holdout), verbatim
    (
        _LIST + "Soluna drew on the first two tranches at closing. Tranche B remains available "
        "for drawdowns through October 2026.",
        TWO,
    ),
    # variants: picked by name; passive by place; one tranche
    (_LIST + "Tranches A-1 and A-3 were funded at closing.", TWO),
    (_LIST + "The first two tranches were drawn on September 12.", TWO),
    (
        "The loan has two tranches: Tranche 1 ($20 million) and Tranche 2 ($30 million). The "
        "company drew the first tranche at signing.",
        {(ISSUED, Decimal("20000000"), "2025-09")},
    ),
    # near-misses: a draw to come; no draw said at all
    (_LIST + "Soluna expects to draw on the first two tranches by year-end.", set()),
    (_LIST + "Tranche B remains available for drawdowns through October 2026.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tranches_drawn(text: str, expected: set[Fact]) -> None:
    found = extract_text(text, published=PUBLISHED, entity="SLNH")
    assert {(item.metric, item.value, item.period) for item in found} == expected
