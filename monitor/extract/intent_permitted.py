"""A policy that now permits selling bitcoin: "updated its treasury policy to allow the sale of
its BTC reserves".

Reading rule (README decided case 29): a stated possibility of selling the company's own
bitcoin is `intent`. A treasury policy, mandate or board decision that allows, permits or
authorises the sale of the coins states such a possibility, even with no sale planned yet
("its new treasury framework permits selling part of its bitcoin holdings", "the board
authorized management to sell up to 20% of its BTC"). Not this: a permission to sell something
else (shares under an ATM, "digital assets" not named as bitcoin), and a lender's right to sell
pledged coins (a forced sale, not the company's).
"""

from __future__ import annotations

from .folded import Folded

# (the gap between the policy and its verb holds no negation: "the policy does not permit the
# sale of its bitcoin" forbids a sale)
PERMITTED = Folded(
    r"\b(?:polic(?:y|ies)|framework|mandate|guidelines|board|charter|strategy)\b"
    r"(?:(?!\b(?:not|never|no)\b|n['’]t\b)[^.;]){0,50}?\b"
    r"(?:to\s+)?(?:allow|allows|allowing|permit|permits|permitting|enable|enables|enabling|"
    r"authori[sz]e|authori[sz]es|authori[sz]ing|authori[sz]ed)\s+"
    # (whom: "authorized management to sell", "allows the company to liquidate")
    r"(?:(?:it|us|them|management|the\s+(?:company|firm|miner)|(?:[A-Z][\w&.-]*\s+){1,2})\s+to\s+)?"
    r"(?:(?:the\s+)?(?:sale|sales|liquidation|disposal|monetization)\s+of|sell(?:ing)?|"
    r"liquidat(?:e|ing)|monetiz(?:e|ing)|dispose\s+of)\s+"
    r"(?:(?:up\s+to\s+)?(?:\d+\s*%|part|some|a\s+(?:portion|part|share))\s+of\s+)?"
    r"(?:its|their|our|the\s+company['’]s)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:bitcoins?|btc)(?:\s+(?:reserves?|holdings|treasury|stack|production))?\b"
    r"(?!\s+(?:min(?:ing|ers?)|machines|rigs|sites?|business\w*)\b)"
)
# A lender's remedy: "the loan agreement permits the lender to sell the pledged bitcoin"
_LENDER = Folded(r"\b(?:lenders?|creditors?|counterpart(?:y|ies)|pledged|collateral)\b")


def permitted_sale(text: str) -> int | None:
    """Where a policy permitting the company's sale of its bitcoin starts in `text`, or None."""
    match = PERMITTED.search(text)
    if match is None or _LENDER.search(match.group()):
        return None
    return match.start()
