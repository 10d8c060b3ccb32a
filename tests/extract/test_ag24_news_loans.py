"""English news wordings of new loans that the blind batch ag missed (issue 16).

Classes (each from a holdout miss of ag1/ag2, with other real wordings of the class):

* A subtitle's incident dated by a month dates no figure: "The company's North Dakota site was
  knocked offline in July due to an equipment failure" under a title about a new loan leaves
  the loan at the publication month (README "Periods"); a subtitle about what the story reports
  ("Riot's bitcoin production fell in July") still dates the story.
* A results release recalled as the start of a span ("Since it released its third-quarter
  results on Nov. 30, the company has signed four separate deals") is no report period.
* An advance already received under a financing is new debt (decided case 19: the part drawn):
  "Stronghold has already received a $18.6 million advance"; an advance from a customer, or
  one still to come, is not.
* A loan drawn in part so far: "secured a $15 million loan deal … The company has so far
  borrowed nearly $4.7 million" → the part borrowed, not the size (decided case 19).
* A document naming no AI word at all has no AI build-out: a local paper's "construction alone
  is expected to cost $7.5 billion" of a proposed "data center" is no AI capex (decided
  case 10: the passage is all the reader has).
"""

from __future__ import annotations

from tests.extract.must_checks import assert_must, found_items

# ag1-apld-2022-08-starion-loan-15m (CoinDesk, 12 Aug 2022), cut to its title, subtitle and lead
_STARION = """Crypto Mining Hosting Firm Applied Blockchain Adds $15M Loan to Pay Off Debt, Fund Growth

The company's North Dakota site was knocked offline in July due to an equipment failure in the substation feeding it power.

Published Aug 12, 2022, 2:18 p.m.

Bitcoin mining hosting company Applied Blockchain (APLD) has secured a $15 million loan to pay off its existing debt and fund the buildout of data centers.
"""  # noqa: E501


def test_a_subtitles_incident_month_dates_no_loan() -> None:
    found = found_items(_STARION, "APLD", "2022-08-12")
    assert_must(found, [("debt_issued_usd", 15e6, "2022-08")], [])
    assert not any(item["period"] == "2022-07" for item in found), found


def test_a_subtitle_about_what_is_reported_still_dates_the_story() -> None:
    # near miss: the subtitle names the reported thing (production) in its month
    text = (
        "Riot Reports July Production\n\nRiot's bitcoin production fell in July after "
        "curtailment.\n\nThe company mined 318 BTC, it said in a release on Friday.\n"
    )
    assert_must(found_items(text, "RIOT", "2022-08-12"), [("btc_produced", 318, "2022-07")], [])


# ag1-sdig-2021-12-nydig-advance-18p6m (CoinDesk, 20 Dec 2021)
_STRONGHOLD = """Stronghold Digital Mining to Acquire 9,080 Bitcoin Rigs

The bitcoin miner also signed a $54 million financing deal with NYDIG.

  • Since it released its third-quarter results on Nov. 30, the Pennsylvania-based company has signed four separate deals for the rigs, according to the filing. It expects 4,800 rigs, which cost $35.7 million, to be delivered by the end of the year or in early January, it said.
  • The bitcoin miner said it also signed an equipment-financing agreement with investment firm NYDIG on Dec. 15 for up to $54 million. The deal is collateralized by the purchase of 12,000 S19j Pro Antminers from Bitmain, and Stronghold has already received a $18.6 million advance, it said.
"""  # noqa: E501


def test_an_advance_already_received_under_a_financing_is_new_debt() -> None:
    found = found_items(_STRONGHOLD, "SDIG", "2021-12-20")
    assert_must(found, [("debt_issued_usd", 18.6e6, "2021-12")], [("debt_issued_usd", 54e6)])
    assert not any(item["period"] == "2021-Q3" for item in found), found


def test_an_advance_from_a_customer_or_still_to_come_is_no_debt() -> None:
    customer = "Stronghold has already received a $18.6 million advance from a hosting customer."
    assert_must(found_items(customer, "SDIG", "2021-12-20"), [], [("debt_issued_usd", None)])
    # Bitfarms/NYDIG (June 2022): the first funding told as still to come
    coming = (
        "Bitfarms has signed an equipment financing agreement with NYDIG ABL LLC (NYDIG). There "
        "will be an initial injection of $37 million, with further financing anticipated (but "
        "not committed) for Bunker construction phases in July and October of 2022, as well."
    )
    assert_must(found_items(coming, "BITF", "2022-06-20"), [], [("debt_issued_usd", None)])


# ag1-apld-2022-11-vantage-loan-4p7m-drawn (The Block, 15 Nov 2022), its first two paragraphs
_VANTAGE = (
    "Hosting provider Applied Digital, formerly known as Applied Blockchain, secured a $15 "
    "million loan deal with Vantage Bank Texas to expand its operations in that state.\n\n"
    "The company has so far borrowed nearly $4.7 million, it said in a document filed with the "
    "U.S. Securities and Exchange Commission Monday.\n"
)


def test_the_part_of_a_loan_borrowed_so_far_is_the_new_debt() -> None:
    found = found_items(_VANTAGE, "APLD", "2022-11-15")
    assert_must(found, [("debt_issued_usd", 4.7e6, "2022-11")], [("debt_issued_usd", 15e6)])


def test_money_spent_so_far_leaves_the_loan_whole() -> None:
    # near miss: the next sentence tells money spent, not borrowed
    text = _VANTAGE.replace(
        "so far borrowed nearly $4.7 million", "so far spent nearly $4.7 million"
    )
    found = found_items(text, "APLD", "2022-11-15")
    assert_must(found, [("debt_issued_usd", 15e6, "2022-11")], [("debt_issued_usd", 4.7e6)])


# ag2-bitf-2026-02-tnonline-construction-7-5bn-negative (Times News, 25 Feb 2026), cut
_NESQUEHONING = """Data center clears another hurdle

A proposed multibillion-dollar data center project in Nesquehoning received conditional approval from another borough board, allowing the company to continue pursuing what it says would be the second-largest private project in Pennsylvania.

Wilson said construction alone is expected to cost $7.5 billion before computers are installed. He added that the construction phase would create more than 400 jobs and support the local economy during that period.
"""  # noqa: E501


def test_a_data_centre_no_word_ties_to_ai_has_no_ai_capex() -> None:
    found = found_items(_NESQUEHONING, "BITF", "2026-02-25")
    assert_must(found, [], [("ai_capex_usd", None)])


def test_the_same_cost_of_an_hpc_data_centre_is_ai_capex() -> None:
    # near miss: one AI/HPC word in the story ties the build-out to AI
    text = _NESQUEHONING.replace(
        "multibillion-dollar data center", "multibillion-dollar HPC data center"
    )
    found = found_items(text, "BITF", "2026-02-25")
    assert_must(found, [("ai_capex_usd", 7.5e9, "2026-02")], [])


def test_a_companys_investment_in_data_centres_stays_capex() -> None:
    # near miss (the class's other side, real DCD wording with the company changed): an
    # investment plan, not a cost estimate, in a story naming no AI word
    text = (
        "IREN is set to acquire two US data centres. IREN's expansion forms a portion of a new "
        "£94 million ($118 million) investment strategy."
    )
    assert_must(found_items(text, "IREN", "2025-11-03"), [("ai_capex_usd", 118e6, "2025-11")], [])
