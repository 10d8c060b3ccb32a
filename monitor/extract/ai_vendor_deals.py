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
