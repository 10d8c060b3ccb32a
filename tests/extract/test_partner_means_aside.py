"""A partner's figure with the partner's own means in an aside before its verb.

Reading rule (README, "What is NOT labelled": another company's figure; `partner_subject`):
"Cipher's hosting partner, via its Texas site, mined 120 BTC" has the partner as the subject,
its site the means: the partner's figure. The company with a partner as its means ("Cipher,
through its joint venture partner WindHQ, mined 150 BTC", "Cipher, via its hosting partner's
Texas site, mined 150 BTC") stays the subject: its own figure.
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import Must, MustNot, assert_must, found_items

_CASES: list[tuple[str, Must, MustNot]] = [
    (
        "Cipher's hosting partner, via its Texas site, mined 120 BTC in April.",
        [],
        [("btc_produced", None)],
    ),
    (
        "Acme Hosting, Cipher's hosting partner, through its Odessa facility, mined 95 BTC in "
        "April.",
        [],
        [("btc_produced", None)],
    ),
    (
        "Our hosting partner, using its own fleet in Texas, sold 40 BTC in April.",
        [],
        [("btc_sold", None)],
    ),
    # near misses: the company the subject, the partner its means
    (
        "Cipher, through its joint venture partner WindHQ, mined 150 BTC in April.",
        [("btc_produced", 150, "2025-04")],
        [],
    ),
    (
        "Cipher, via its hosting partner's Texas site, mined 110 BTC in April.",
        [("btc_produced", 110, "2025-04")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), _CASES)
def test_a_partner_with_its_means_aside_is_the_subject(
    text: str, must: Must, must_not: MustNot
) -> None:
    assert_must(found_items(text, "CIFR", "2025-05-06"), must, must_not)
