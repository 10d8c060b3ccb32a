"""Debt in filing-summary records and loan exhibits (blind batch ah, its English misses).

* A summary record flattened to one line (secwatch.observer's text and JSON forms) prints the
  8-K's headline in the news present tense: "Hyperscale Data issues $12.768M convertible notes
  at 12.5% with JGB Capital" (ah1-gpus-2025-12-jgb-convertible-notes), "Applied Digital
  subsidiary issues $2.15B in 6.75% senior secured notes due 2031"
  (ah1-apld-2026-03-polaris-forge-2-notes-200mw): a title, a deal done, though not a line of
  its own. A bullet's present tense is still what a deal does; "prices" is not a close (README
  decided case 6).
* A backstop or an illustrative debt amount is no debt: "Backstop debt of $1.4B amortizes over
  lease" (ah1-cifr-2025-11-fluidstack-244mw-illustrative). Notes issued beside it are.
* A draw on a preferred-equity line is equity, also in a summary's clipped headline with no
  article: "closes $112.5M initial draw from $5B Macquarie preferred equity facility"
  (ah1-apld-2025-10-macquarie-preferred-equity-draw-negative; decided case 33), and so is the
  investor's "MAM may invest additional $337.5M" (not AI capex). A draw on a credit facility
  stays new debt.
* A bitcoin loan's note states its principal as "an amount financed of 463.636365 Bitcoin"
  (ah1-gryp-2023-03-amended-btc-note-463-bitcoin; decided case 47).
"""

from __future__ import annotations

import pytest

from tests.extract.must_checks import MustInUnits, MustNot, assert_must_in_units, found_items

# secwatch.observer's three forms of one 8-K summary (0000950103-25-014692, Cipher's Barber
# Lake notes): the markdown form has the headline on its own line; the text and JSON forms
# flatten it.
_CIFR_HEADLINE = (
    "Cipher Mining subsidiary issues $1.4B of 7.125% senior secured notes due 2030 to fund "
    "Barber Lake data center"
)
_CIFR_BULLETS = (
    "Proceeds to finance construction of the Barber Lake high-performance computing data "
    "center in Texas.",
    "Parent Cipher Mining provides a completion guarantee to cover potential cost overruns.",
    "Interest payable semi-annually on May 15 and Nov 15, beginning May 15, 2026.",
)
_CIFR_TEXT = (
    "secwatch.observer — SEC 8-K summary ====================================== Issuer: Cipher "
    "Digital Inc. (CIFR) CIK: 0001819989 Form: 8-K Filed at: 2025-11-13T23:59:59+00:00 "
    "Accession: 0000950103-25-014692 Event type: debt Sentiment: neutral Materiality: 0.75 "
    f"Item codes: 1.01, 2.03, 9.01 LLM model: deepseek-v4-flash:cloud@v2 {_CIFR_HEADLINE} "
    + "-" * 80
    + "".join(f" - {bullet}" for bullet in _CIFR_BULLETS)
    + "\n"
)
_CIFR_JSON = (
    '{"schema_version":"secwatch.filing_event.v1","accession":"0000950103-25-014692",'
    '"form_type":"8-K","ticker":"CIFR","cik":"0001819989","company_name":"Cipher Digital Inc.",'
    '"filed_at":"2025-11-13T23:59:59+00:00","sec_items":["1.01","2.03","9.01"],'
    '"event_type":"debt","sentiment":"neutral","materiality_score":0.75,'
    f'"confidence":"high","headline":"{_CIFR_HEADLINE}","bullets":['
    + ",".join(f'"{bullet}"' for bullet in _CIFR_BULLETS)
    + "]}\n"
)
# The same record with "prices" (not closed, decided case 6), and with the present tense in a
# bullet (what a deal does, not a headline)
_CIFR_TEXT_PRICED = _CIFR_TEXT.replace("subsidiary issues", "subsidiary prices")
_CIFR_JSON_BULLET = _CIFR_JSON.replace(
    f'"headline":"{_CIFR_HEADLINE}","bullets":["',
    '"headline":"Cipher Mining files 8-K on Barber Lake financing","bullets":["Cipher Compute '
    'issues $1.4B of 7.125% senior secured notes once the escrow conditions are met.","',
)

# secwatch.observer summaries of Cipher's 8-K on illustrative lease financials (0000950103-25-
# 014194) and of Applied Digital's Macquarie draw (0001493152-25-017609), markdown form
_ILLUSTRATIVE = (
    "# Cipher Mining discloses illustrative financials for 244 MW HPC data center lease with "
    "Fluidstack\n\n## Summary\n"
    "- Projected total rent revenue of ~$3.0B over lease term (2026-2036).\n"
    "- Year 1 opex estimated at ~$36M, escalating 3% annually; 8.0% illustrative coupon on debt.\n"
    "- Backstop debt of $1.4B amortizes over lease; 50% excess cash flow offer assumed.\n"
    "- Illustrative debt of $1.4B amortizes over the lease term.\n"
)
_MACQUARIE = (
    "# Applied Digital closes $112.5M initial draw from $5B Macquarie preferred equity facility "
    "for Ellendale campus.\n\n## Summary\n"
    "- Initial funding of $112.5M from Macquarie Asset Management; total potential investment "
    "up to $5B.\n"
    "- Preferred units accrue dividends at 12.75% p.a., with step-ups; minimum 1.80x "
    "liquidation preference.\n"
    "- MAM may invest additional $337.5M in tranches; total $450M for first 100MW; further "
    "$4.55B for future HPC projects.\n"
)
# (the same headline with a credit facility: a draw of borrowed money)
_CREDIT_DRAW = (
    "# Applied Digital closes $112.5M initial draw from $5B Macquarie credit facility for "
    "Ellendale campus.\n"
)
# Gryphon's Anchorage note, its operative words (ah1 is the amended and restated one)
_BTC_NOTE = (
    "PROMISSORY NOTE\n\n30 Bitcoin\n\nDated May 25, 2022\n\n"
    "For value received, the receipt and sufficiency of which are hereby acknowledged, Gryphon "
    "Opco I LLC, a Delaware limited liability company (“Borrower”), hereby promises to pay to the "
    "order of ANCHORAGE LENDING CA, LLC, a California limited liability company (together with "
    "its successors and assigns, “Lender”) an amount financed of 30 Bitcoin, plus a finance "
    "charge and a document fee.\n"
)
_BTC_CEILING = _BTC_NOTE.replace("an amount financed of 30", "an amount financed of up to 30")

CASES: list[tuple[str, str, str, str, MustInUnits, MustNot]] = [
    ("text record", _CIFR_TEXT, "CIFR", "2025-11-13",
     [("debt_issued_usd", 1400000000, "USD", "2025-11")], [("debt_total_usd", None)]),
    ("json record", _CIFR_JSON, "CIFR", "2025-11-13",
     [("debt_issued_usd", 1400000000, "USD", "2025-11")], [("debt_total_usd", None)]),
    ("priced, not closed", _CIFR_TEXT_PRICED, "CIFR", "2025-11-13", [],
     [("debt_issued_usd", None)]),
    ("a bullet's present", _CIFR_JSON_BULLET, "CIFR", "2025-11-13", [],
     [("debt_issued_usd", None)]),
    ("backstop, illustrative", _ILLUSTRATIVE, "CIFR", "2025-11-04", [],
     [("debt_total_usd", None), ("debt_issued_usd", None)]),
    ("notes beside a backstop", _CIFR_TEXT + _ILLUSTRATIVE, "CIFR", "2025-11-13",
     [("debt_issued_usd", 1400000000, "USD", "2025-11")], [("debt_total_usd", None)]),
    ("preferred equity draw", _MACQUARIE, "APLD", "2025-10-09", [],
     [("debt_issued_usd", None), ("ai_capex_usd", None)]),
    ("credit facility draw", _CREDIT_DRAW, "APLD", "2025-10-09",
     [("debt_issued_usd", 112500000, "USD", "2025-10")], []),
    ("bitcoin note", _BTC_NOTE, "GRYP", "2023-05-12",
     [("debt_issued_usd", 30, "BTC", "2022-05")], [("debt_total_usd", None)]),
    ("bitcoin ceiling", _BTC_CEILING, "GRYP", "2023-05-12", [],
     [("debt_issued_usd", None), ("debt_total_usd", None)]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "entity", "published", "must", "must_not"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_filing_summary_debt(
    text: str, entity: str, published: str, must: MustInUnits, must_not: MustNot
) -> None:
    assert_must_in_units(found_items(text, entity, published), must, must_not)
