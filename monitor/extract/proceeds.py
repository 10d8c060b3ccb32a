"""Proceeds of bitcoin sales: "sold 4,451 Bitcoin for approximately US$305 million in USDT".

The amount must be bound to the sale: right after the quantity ("for …", "worth …"), or a
proceeds phrase in a sentence about a bitcoin sale, or in the next sentence when it refers
back ("The sale generated net proceeds of …"). Prices per coin, market values and proceeds of
selling shares, notes or a business are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from . import guards
from .context import DocContext, resolve_period
from .evidence import money_observations
from .folded import Folded
from .model import BTC_SALE_PROCEEDS, Extracted
from .numbers import APPROX, BTC_UNIT, FOOTNOTE, NUMBER, Money
from .sentences import Segment

_I = re.IGNORECASE
_OTHER_DOLLARS = frozenset({"CAD", "AUD", "HKD"})
_REFER_BACK_CHARS = 200  # "The sale …" refers to a sale at most this far back
_GAP_TO_PROCEEDS = Folded(
    # "… 250 BTC on February 18, 2026 for", "… 4,451 BTC this weekend, raising"
    r"^(?:\s+(?:on|in|during|at|over|this|last)\s+[A-Za-z0-9 ,.]{1,30}?)?"
    r"[\s.…,(]*(?:(?:for|worth|generating|raising|realizing|yielding|in\s+exchange\s+for)\s+)?"
    r"(?:a\s+total\s+of\s+)?"
    # "for a whopping $35.3 million", "raising an estimated $12 million": a rewrite's adjective
    r"(?:(?:a|an)\s+(?:whopping|impressive|cool|hefty|tidy|staggering|massive|reported|"
    r"estimated|combined)\s+)?"
    r"(?:(?:net|gross|total|aggregate)\s+)?(?:(?:proceeds|consideration)\s+(?:of\s+)?)?"
    rf"{APPROX}$"
)
_PROCEEDS_BEFORE = Folded(
    r"\b(?:proceeds|consideration)\b[^.;$]{0,50}?\b(?:of|totaling|totalling|totaled|were|was|"
    rf"amounting\s+to|amounted\s+to|reached)\s+{APPROX}$|\bgenerat\w*\s+{APPROX}$|"
    # "netting $8.8 million", "…at an average price of $20,460, totaling $32.2 million",
    # "… for an average price of $24,500 — roughly $15.6 million"
    rf"\b(?:netting|netted|totaling|totalling|totaled|totalled|for\s+a\s+total\s+of)\s+{APPROX}$|"
    # "The miner received a total of $44 million", "sales totaled $20.1 million"
    r"\b(?:received|realized|realised|raised|brought\s+in)\s+(?:a\s+total\s+of\s+|(?:net\s+|gross\s+)?"
    rf"proceeds\s+of\s+)?{APPROX}$|\bsales\s+(?:totaled|totalled|amounted\s+to|reached)\s+{APPROX}$|"
    # "sold almost half its stash … in the past week for about $62 million"
    rf"\bsold\b[^.;$]{{0,80}}?\bfor\s+{APPROX}$|"
    r"\s[—–]\s*(?:roughly|approximately|about|around|or)?\s*$|"
    # "… at an average price of $60,000, or about $24 million in total"
    r",\s+or\s+(?:roughly|approximately|about|around|some|nearly)?\s*(?=\$|US\$|C\$)?$|"
    # "sold $24 million worth of bitcoin": the money the coins fetched
    r"\b(?:sold|sale\s+of|selling|liquidated|offloaded)\s+(?:approximately\s+|about\s+|roughly\s+|"
    r"some\s+|nearly\s+)?$"
)
_QUANTITY = Folded(rf"(?:{NUMBER}){FOOTNOTE}\s*{BTC_UNIT}")
# "$160.8 million in bitcoin sales proceeds"
_PROCEEDS_AFTER = Folded(
    r"^\s+(?:in|of)\s+(?:(?:net|gross|total)\s+)?(?:(?:bitcoin|BTC)\s+)?(?:sales?\s+)?proceeds\b"
)
_SALE_MENTION = Folded(
    r"\b(?:sale|sales|sold|selling)\s+(?:of\s+)?(?:its\s+|the\s+)?(?:(?:entire|monthly|whole|"
    r"newly|mined|\d+%\s+of\s+the)\s+){0,3}(?:bitcoins?|BTC)\b|"
    r"\b(?:bitcoin|BTC)\s+sales?\b|"
    # "the bitcoin was sold on the open market … generating net proceeds of"
    r"\b(?:bitcoins?|BTC)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+sold\b|"
    # "sold almost half its stash of the cryptocurrency … for about $62 million"
    r"\bsold\s+(?:\w+\s+){0,3}?(?:its|their)\s+(?:\w+\s+)?(?:stash|holdings|treasury|reserves?|"
    r"coins|hodl)\b|"
    # "sold $24 million worth of bitcoin"
    r"\b(?:sold|selling|liquidated)\s+[^.;]{0,30}?\bworth\s+of\s+(?:its\s+|the\s+)?(?:bitcoins?|BTC)\b"
)
# The next sentence speaks of the sale just stated: "The sale generated …", "sales totaled …",
# "The miner received a total of $44 million".
_REFERS_BACK = Folded(
    r"\b(?:the|these|this|such)\s+(?:sales?|transactions?)\b|\bsales\s+(?:totaled|totalled|"
    r"amounted|reached)\b|"
    # "Net proceeds were approximately $24 million." opening the next sentence
    r"^\W*(?:(?:net|gross|total)\s+)?proceeds\s+(?:were|was|totaled|totalled|amounted|came|of)\b"
)
# Money received with no word for what was sold: the sale just stated, unless the sentence
# names another thing sold (shares, miners…).
_RECEIVED = Folded(
    r"\b(?:received|realized|realised|brought\s+in)\s+(?:a\s+total\s+of\s+)?"
    r"(?:approximately\s+|about\s+|roughly\s+)?(?:US)?\$"
)
# Something else sold: securities anywhere in the sentence; machines or property only as what
# is sold ("sold 2,000 miners"), not "… as miners feel the squeeze".
_OTHER_SALE = Folded(
    r"\b(?:shares?|stock|notes|offering|at-the-market|ATM|business|subsidiary|receivables)\b|"
    r"\b(?:sale|sales|sold|selling)\s+(?:of\s+)?(?:[\w,.-]+\s+){0,3}?(?:miners|machines|"
    r"equipment|building|property|assets)\b"
)


def extract(segment: Segment, ctx: DocContext, sales: list[Extracted]) -> Iterator[Extracted]:
    """Proceeds in one sentence; `sales` are the BTC sales found in it."""
    text = segment.text
    refers_back = (
        ctx.last_sale is not None
        and segment.start - ctx.last_sale[0] < _REFER_BACK_CHARS
        and (
            _REFERS_BACK.search(text) is not None
            or (_RECEIVED.search(text) is not None and not _OTHER_SALE.search(text))
        )
    )
    if len({sale.period for sale in sales}) > 1:
        return  # "sold 1,818 in December and 383 in November, netting $200 million": no one period
    about_sale = sales or (_SALE_MENTION.search(text) and not _OTHER_SALE.search(text))
    if not (about_sale or refers_back):
        return
    monies = _in_sentence_dollar(ctx.monies(segment))
    for index, money in enumerate(monies):
        if guards.is_price(text, money.start, money.end) or not _is_proceeds(text, money):
            continue
        if guards.is_earlier_event(text, money.start):
            continue
        if sales:
            period = sales[0].period
        elif refers_back and not _SALE_MENTION.search(text):
            period = ctx.last_sale[1] if ctx.last_sale else None
        else:
            period = resolve_period(ctx, segment, money.start, money.end)
        yield from money_observations(
            segment, BTC_SALE_PROCEEDS, money, monies[index + 1 :], period
        )
        return


def _in_sentence_dollar(monies: list[Money]) -> list[Money]:
    """ "at an average price of C$38,934 generating $6.7M": a plain "$" in a sentence whose
    other dollars are all Canadian (or Australian…) is that dollar."""
    marked = {money.currency for money in monies if not money.bare_dollar}
    if len(marked) != 1 or not marked & _OTHER_DOLLARS:
        return monies
    currency = next(iter(marked))
    return [replace(money, currency=currency) if money.bare_dollar else money for money in monies]


_GAIN_BEFORE = Folded(
    r"\b(?:gains?|profits?|loss(?:es)?|income|margin)\s+(?:on\s+[^$]{0,30}?)?(?:of|was|were|totaling|"
    r"totalling|amounting\s+to)?\s*(?:approximately\s+|about\s+|roughly\s+|around\s+)?$"
)


def _is_proceeds(text: str, money: Money) -> bool:
    # "net proceeds of -$9.5 million": a stray sign from a bullet layout; proceeds are never
    # negative.
    before = text[: money.start].removesuffix("-").removesuffix("−")
    if _GAIN_BEFORE.search(before[-50:]):
        return False  # "realizing a gain of $5 million": the profit on the sale, not its proceeds
    # The gap after the last quantity before the amount ("sold 362 BTC, generating a total of").
    last = None
    for last in _QUANTITY.finditer(before):  # noqa: B007 (the last one is kept)
        pass
    gap = before[last.end() :] if last is not None else None
    if gap is not None and "$" not in gap and _GAP_TO_PROCEEDS.match(gap):
        return True
    if _PROCEEDS_BEFORE.search(before[-80:]):
        return True
    return bool(_PROCEEDS_AFTER.match(text[money.end :]))
