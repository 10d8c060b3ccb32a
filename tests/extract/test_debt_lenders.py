"""Round 15, debt: a loan told from the lender's side, the recipient after the amount.

"NYDIG provided new funding of $37 million to Bitfarms", "Galaxy extended a $35 million loan to
Argo", "lent $20 million to the Company": the lender is the subject and the company receives the
loan, so for the company it is new debt (README `debt_issued_usd`: new loans), in the period
the sentence names, else the publication month (README Periods). The real passage comes first
(`# real`, the holdout case id), then variants other companies would write (`# variant`), then
hard negatives (`# negative`): the company as the lender, another company as the recipient, a
plan, a facility's size (decided case 19), money with no loan word, an industry total.
Expected values are read from the text by the README's rules, never from the extractor.
"""

from __future__ import annotations

import datetime as dt

import pytest
from debt_facts import Fact, debt_facts, issued

_DEBT = ("debt_issued_usd", "debt_total_usd", "debt_repaid_usd")


_JUNE_2022 = dt.date(2022, 6, 21)

LENT_THEN_RECIPIENT = [
    pytest.param(  # real: m1-bitf-2022-06-wishnplan-3000-sold (machine translation's "from"/"at")
        "Funding of $37 million as a lifeline\n\n"
        "In the same press release, the group NYDIG provided new funding from $37 million at "
        "Bitfarms. This in order toto acquire additional mining equipment.\n",
        _JUNE_2022,
        "BITF",
        {issued("37000000", "2022-06")},
        id="real-nydig-new-funding-at-bitfarms",
    ),
    pytest.param(  # variant: the amount first, "in new funding to"
        "NYDIG provided $37 million in new funding to Bitfarms.\n",
        _JUNE_2022,
        "BITF",
        {issued("37000000", "2022-06")},
        id="variant-amount-in-new-funding-to",
    ),
    pytest.param(  # variant: a loan extended (was read as a balance before)
        "Galaxy Digital extended a $35 million loan to Argo Blockchain as part of the deal.\n",
        dt.date(2022, 12, 28),
        "ARBK",
        {issued("35000000", "2022-12")},
        id="variant-extended-a-loan-to",
    ),
    pytest.param(  # variant: "lent" names the loan itself; its month named
        "Coinbase Credit lent $20 million to Hut 8 in March, secured by bitcoin.\n",
        dt.date(2023, 4, 12),
        "HUT",
        {issued("20000000", "2023-03")},
        id="variant-lent-amount-to",
    ),
    pytest.param(  # variant: the recipient first, "lent"
        "Its largest shareholder lent Bitfarms approximately $12.5 million last week.\n",
        _JUNE_2022,
        "BITF",
        {issued("12500000", "2022-06")},
        id="variant-lent-recipient-amount",
    ),
    pytest.param(  # variant: "the Company", a promissory note, a filing's day
        "On May 3, 2024, the Chief Executive Officer loaned $500,000 to the Company under a "
        "promissory note.\n",
        dt.date(2024, 5, 15),
        "LMFA",
        {issued("500000", "2024-05")},
        id="variant-loaned-to-the-company",
    ),
    pytest.param(  # negative: the company is the lender (a story about its loan to another)
        "Bitfarms provided $37 million in new funding to GRIID for its hosting build-out.\n",
        _JUNE_2022,
        "BITF",
        set(),
        id="negative-company-lends",
    ),
    pytest.param(  # negative: another company receives the loan
        "NYDIG provided $37 million in new funding to Core Scientific.\n",
        _JUNE_2022,
        "BITF",
        set(),
        id="negative-other-recipient",
    ),
    pytest.param(  # negative: a plan (decided case 6)
        "NYDIG will provide $37 million in new funding to Bitfarms next month.\n",
        _JUNE_2022,
        "BITF",
        set(),
        id="negative-will-provide",
    ),
    pytest.param(  # negative: a facility's size is not new debt (decided case 19)
        "NYDIG provided a $100 million credit facility to Bitfarms.\n",
        _JUNE_2022,
        "BITF",
        set(),
        id="negative-facility-size",
    ),
    pytest.param(  # negative: money with no loan word (maybe equity)
        "NYDIG provided $37 million to Bitfarms.\n",
        _JUNE_2022,
        "BITF",
        set(),
        id="negative-no-loan-word",
    ),
    pytest.param(  # negative: an industry total, the company only among the recipients
        "NYDIG has provided more than $1 billion in financing to miners including Bitfarms.\n",
        _JUNE_2022,
        "BITF",
        set(),
        id="negative-industry-total",
    ),
    pytest.param(  # negative: "US" is not "us" (the company speaking)
        "NYDIG provided $500 million in financing to US miners last year.\n",
        _JUNE_2022,
        "BITF",
        set(),
        id="negative-us-miners",
    ),
    pytest.param(  # negative (m2-nb2-2023-11-saykrypto-tether-facility-negative's headline): a
        # headline's "debt financing" is the facility the story sizes (decided case 19)
        "Tether extends substantial debt financing of $610M to Northern Data\n\n"
        "Northern Data AG has secured a substantial debt financing facility of 575 million "
        "euros ($610 million) from Tether.\n",
        dt.date(2023, 11, 2),
        "NB2",
        set(),
        id="negative-headline-facility",
    ),
]


@pytest.mark.parametrize(("text", "published", "entity", "expected"), LENT_THEN_RECIPIENT)
def test_loan_lent_then_recipient(
    text: str, published: dt.date, entity: str, expected: set[Fact]
) -> None:
    assert debt_facts(text, published, _DEBT, entity) == expected
