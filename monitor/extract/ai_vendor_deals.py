"""A deal with a server maker: its amount is the company's AI hardware bought (capex).

Reading rule (README, decided case 43: hardware bought for AI use is capex): "IREN's $5.8
billion GPU deal with Dell Technologies", "a $700 million agreement with Supermicro" buy AI
servers, whatever noun the writer gives the deal, because a server maker sells hardware. The
same nouns with a customer ("a $9.7 billion GPU deal with Microsoft") are a contract's value,
so the other party decides: only the makers of AI servers are read here (not Nvidia, which also
invests in and rents from its buyers).
"""

from __future__ import annotations

from .folded import Folded

MAKERS = (
    r"(?:Dell(?:\s+Technologies)?|Super\s?[Mm]icro(?:\s+Computer)?|Hewlett\s+Packard\s+Enterprise|"
    r"HPE|Lenovo|Gigabyte|Foxconn|Quanta|Wiwynn|Inventec)"
)
# After the amount: at most two words of the deal's kind ("GPU", "server supply"), the deal's
# noun, then the maker as its other party.
_VENDOR_DEAL_AFTER = Folded(
    r"\s+(?:[\w-]+\s+){0,2}?(?:deals?|agreements?|contracts?|pacts?|orders?)\s+with\s+"
    rf"(?:the\s+)?{MAKERS}\b"
)


def is_vendor_deal(text: str, end: int) -> bool:
    """Is the amount ending at `end` of `text` the value of a deal with a server maker?"""
    return _VENDOR_DEAL_AFTER.match(text, end) is not None


# After a deal's noun: a server maker (or its lending arm) as the other party ("a 36-month lease
# with Dell Technologies for GPU servers", "lease agreements with Dell Financial Services",
# "a lease from Supermicro"): the company rents or finances AI hardware from its supplier, which
# is no customer contract signed (an AI milestone needs an AI tenant or buyer, README case 39).
_MAKER_PARTY_AFTER = Folded(
    r"s?\s+(?:(?:for|of|worth)\s+[^.;,]{1,40}?\s+)?(?:with|from)\s+(?:the\s+)?"
    rf"{MAKERS}\b"
)


def has_maker_party(text: str, end: int) -> bool:
    """Is the deal whose noun ends at `end` of `text` made with a server maker?"""
    return _MAKER_PARTY_AFTER.match(text, end) is not None
