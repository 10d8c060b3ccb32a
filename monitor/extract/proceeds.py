"""Proceeds of bitcoin sales: "sold 4,451 Bitcoin for approximately US$305 million in USDT".

The amount must be bound to the sale: right after the quantity ("for …", "worth …"), or a
proceeds phrase in a sentence about a bitcoin sale, or in the next sentence when it refers
back ("The sale generated net proceeds of …", or the sum in an apposition: "The entire
proceeds—about $305 million—were used …"). Prices per coin, market values and proceeds of
selling shares, notes or a business are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from . import guards
from .branches import Branches
from .context import DocContext
from .entities import ticker_named, ticker_of
from .evidence import money_observations
from .folded import Folded, lowered
from .model import BTC_SALE_PROCEEDS, Extracted
from .numbers import APPROX, BTC_UNIT, FOOTNOTE, NUMBER, Money
from .pattern_sets import EVERY, Possible
from .resolver import resolve_period
from .sentence_screen import SharedChoice
from .sentences import Segment

# A sale's verbs (as `treasury_sold` reads them), for a sale told of coins named by a noun.
_SOLD_VERB = (
    r"(?:sold|offloaded|liquidated|unloaded|dumped|monetized|monetised|parted\s+with|"
    r"cashed\s+out)"
)
_OTHER_DOLLARS = frozenset({"CAD", "AUD", "HKD"})
_REFER_BACK_CHARS = 200  # "The sale …" refers to a sale at most this far back
# A sentence that names the sale as its money's source ("The firm raised $38.8 million from the
# sale", "The sale generated approximately $8.8 million") reaches back further: a story may
# put the mined coins and a comment between the sale and its money.
_NAMED_SALE_CHARS = 900
_GAP_TO_PROCEEDS = Folded(
    # "… 250 BTC on February 18, 2026 for", "… 4,451 BTC this weekend, raising"
    r"^(?:\s+(?:on|in|during|at|over|this|last)\s+[A-Za-z0-9 ,.]{1,30}?)?"
    # ("converted 100 BTC into $6.5 million in cash": the money the coins became)
    r"[\s.…,(]*(?:(?:for|worth|generating|raising|realizing|yielding|in\s+exchange\s+for|"
    r"into)\s+)?"
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
    # "The entire proceeds—about $305 million—were used …", "the proceeds, roughly $84 million,
    # went to …", "net proceeds (approximately $58.2 million)": the sum in an apposition
    rf"\bproceeds\s*(?:[—–]|--|,|\()\s*{APPROX}$|"
    # "netting $8.8 million", "…at an average price of $20,460, totaling $32.2 million",
    # "… for an average price of $24,500 — roughly $15.6 million"
    rf"\b(?:netting|netted|totaling|totalling|totaled|totalled|for\s+a\s+total\s+of)\s+{APPROX}$|"
    # "The miner received a total of $44 million", "sales totaled $20.1 million"
    # "raking in a handsome $20.1 million": a rewrite's verbs of taking money in, and its
    # adjectives for the sum
    # ("sold 300 BTC, receiving approximately $25.1 million")
    # ("… at an average of $23,000 per Bitcoin raising more than $167 million")
    r"\b(?:received|receiving|realized|realizing|realised|realising|raised|raising|(?:brought|bringing|brings|pulling|pulled|raking|"
    r"raked|hauling|hauled)\s+in|fetch(?:ed|ing)|pocket(?:ed|ing)|bagg(?:ed|ing))\s+"
    r"(?:a\s+total\s+of\s+|(?:net\s+|gross\s+)?proceeds\s+of\s+|(?:a|an)\s+(?:handsome|whopping|"
    r"cool|tidy|hefty|impressive|solid|healthy|neat|estimated|reported)\s+)?"
    rf"(?:ca\.\s*)?{APPROX}$|\bsales\s+(?:totaled|totalled|amounted\s+to|reached)\s+{APPROX}$|"
    # "sold 134 of them, earning a revenue of $8.8 million": what the sale earned (a rewrite
    # may call it revenue), the sale verb before it in the same clause run
    # ("sold 7,202 coins for about $23,000 each, earning nearly $167 million": past a price
    # per coin)
    rf"\b(?:sold|selling)\b(?:[^.;$]|\$[\d,.]{{1,12}}\s+(?:each|apiece)\b){{0,60}}?"
    rf"\b(?:earning|earned|bagging|bagged|scoring)\s+(?:a\s+|an\s+)?"
    rf"(?:(?:total|gross|net)\s+)?(?:(?:revenue|proceeds|income|sum)\s+of\s+)?{APPROX}$|"
    # "sold almost half its stash … in the past week for about $62 million", "offloaded this
    # crypto stash for about $62 million"
    rf"\b{_SOLD_VERB}[^.;$]{{0,80}}?\bfor\s+{APPROX}$|"
    r"\s[—–]\s*(?:roughly|approximately|about|around|or)?\s*$|"
    # ("… for an average price of $24,500 - approximately $15.6 million": a spaced hyphen)
    r"\s-\s+(?:roughly|approximately|about|around)\s*$|"
    # "… at an average price of $60,000, or about $24 million in total"
    r",\s+or\s+(?:roughly|approximately|about|around|some|nearly)?\s*(?=\$|US\$|C\$)?$|"
    # "sold $24 million worth of bitcoin", "sold over $160 million worth of its Bitcoin
    # holdings", "offloading more than $200 million in bitcoin": the money the coins fetched,
    # with any hedge or bound before it (decided case 20)
    rf"\b(?:sold|sale\s+of|selling|liquidated|liquidating|offloaded|offloading|unloaded|"
    rf"unloading|dumped|dumping|cashed\s+out|cashing\s+out)\s+{APPROX}$"
)
_QUANTITY = Folded(rf"(?:{NUMBER}){FOOTNOTE}\s*{BTC_UNIT}")
# "$160.8 million in bitcoin sales proceeds"
_PROCEEDS_AFTER = Folded(
    r"^\s+(?:in|of)\s+(?:(?:net|gross|total)\s+)?(?:(?:bitcoin|BTC)\s+)?(?:sales?\s+)?proceeds\b"
    # "About $45 million worth of bitcoin was sold by Acme in June": the money, then the coins
    # sold (passive)
    r"|^\s+(?:worth\s+of|in|of)\s+(?:its\s+|the\s+|their\s+)?(?:bitcoins?|BTC)\s+(?:was|were|"
    r"has\s+been|have\s+been|had\s+been)\s+(?:sold|liquidated|offloaded|unloaded|dumped)\b"
    # "the $172 million obtained from its Bitcoin sales", "$28 million generated by selling
    # bitcoin": the money, then where it came from
    # "EUR 5.2 million in cash (after fees) was generated from the sale of Bitcoins": the money
    # named as cash, a short aside, then a passive verb of the same family
    r"|^\s+(?:(?:in|of)\s+(?:cash|fiat|liquidity)\b(?:\s*\([^()]{0,60}\))?(?:[^.;$€\d]){0,40}?\s+)?"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:(?:it|that\s+it|which\s+it)\s+)?(?:obtained|received|raised|generated|realized|"
    r"realised|earned|derived|netted|got)\s+(?:from|through|via|by)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:sales?\s+of\s+(?:[\w-]+\s+){0,2}?(?:bitcoins?|BTC)|(?:bitcoin|BTC)\s+sales?|"
    r"selling\s+(?:[\w-]+\s+){0,2}?(?:bitcoins?|BTC))\b"
)


class _Screened(Branches):
    """A `Branches` alternation the reader also asks of a whole sentence (`in_sentence`): its
    branches, with those of the reader's other such alternations, are asked of the sentence in
    one RE2 pass (`pattern_sets.PatternChoice`), and only those that may match are searched.
    Most sentences with money that name a sale hold a branch's words (a sale verb, the coin),
    which its own word gate lets through, but few hold one of its phrases."""

    __slots__ = ()

    def in_sentence(self, text: str) -> bool:
        """`found(text)`: does the alternation match anywhere in the sentence `text`?"""
        for branch in _sentence_possible(text).among(list(self._branches)):
            if branch.search(text) is not None:
                return True
        return False


_SALE_MENTION = _Screened(
    r"\b(?:sale|sales|sold|selling)\s+(?:of\s+)?(?:its\s+|the\s+)?(?:(?:entire|monthly|whole|"
    r"newly|mined|\d+%\s+of\s+the)\s+){0,3}(?:bitcoins?|BTC)\b|"
    r"\b(?:bitcoin|BTC)\s+sales?\b|"
    # "the bitcoin was sold on the open market … generating net proceeds of"
    r"\b(?:bitcoins?|BTC)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+sold\b|"
    # "sold almost half its stash of the cryptocurrency … for about $62 million", "it
    # offloaded this crypto stash for about $62 million": the verbs of `treasury_sold`
    rf"\b{_SOLD_VERB}\s+(?:\w+\s+){{0,3}}?(?:its|their|this|these|that|those)\s+(?:[\w-]+\s+)?"
    r"(?:stash|holdings|treasury|reserves?|coins|hodl|bitcoins?|BTC)\b|"
    # "sold $24 million worth of bitcoin", "offloading over $200 million in Bitcoin", "sold
    # $160 million worth of its Bitcoin holdings"
    # ("the sale of $208.3 million worth of bitcoin": the sale named by its noun)
    r"\b(?:sold|selling|sale\s+of|liquidated|liquidating|offloaded|offloading|unloaded|unloading|dumped|"
    r"dumping|cashed\s+out|cashing\s+out)\s+(?:[^.;]|\.(?=\d)){0,30}?\b(?:worth\s+of|in|of)\s+(?:its\s+|the\s+|their\s+)?"
    # (not "$160 million in bitcoin mining equipment": a thing the coin's name describes)
    r"(?:bitcoins?|BTC)\b(?![\s-]*(?:mining|miners?|machines?|equipment|rigs?|related|backed|"
    r"linked|denominated|ETFs?|funds?|futures|options|shares|stocks?|compan(?:y|ies)|assets))"
)
# The next sentence speaks of the sale just stated: "The sale generated …", "sales totaled …",
# "The miner received a total of $44 million".
_REFERS_BACK = _Screened(
    r"\b(?:the|these|this|such)\s+(?:sales?|transactions?)\b|\bsales\s+(?:totaled|totalled|"
    r"amounted|reached)\b|"
    # "Net proceeds were approximately $24 million." opening the next sentence
    # ("The entire proceeds—about $305 million—were used …", "The proceeds, roughly $84
    # million, went to …": the sum in an apposition)
    r"^\W*(?:the\s+)?(?:(?:entire|full|whole|net|gross|total)\s+){0,2}proceeds"
    # ("The proceeds, totaling approximately $305 million, are earmarked …")
    r"(?:\s+(?:were|was|totaled|totalled|amounted|came|of)\b|\s*(?:[—–(]|--|,\s*(?:(?:totall?ing|"
    r"amounting\s+to|of)\s+)?(?:about|roughly|approximately|around|nearly|some|over)?\s*(?:US)?\$))"
)
# The sale named as the money's source: "raised $38.8 million from the sale", "The sale
# generated …", "… brought in by the sale".
_NAMES_THE_SALE = _Screened(
    r"\b(?:from|through|via|by|with|in)\s+(?:the|this|that|these|those)\s+(?:(?:bitcoin|BTC)\s+)?"
    r"sales?\b(?!\s+of\b)|"
    r"^\W*(?:the|this|that|these|those)\s+(?:(?:bitcoin|BTC)\s+)?sales?\s+(?:(?:has|have|had)\s+)?"
    r"(?:generated|brought|raised|netted|yielded|fetched|realized|realised|produced|earned)\b"
)
# Money received with no word for what was sold: the sale just stated, unless the sentence
# names another thing sold (shares, miners…).
_RECEIVED = Folded(
    r"\b(?:received|realized|realised|brought\s+in)\s+(?:a\s+total\s+of\s+)?"
    # (any hedge: "It received ca. $15.5 million")
    r"(?:(?:approximately|about|roughly|around|nearly|almost|some|over|ca\.|circa|close\s+to)\s*)?"
    r"(?:US)?\$"
)
# Something else sold: securities anywhere in the sentence; machines or property only as what
# is sold ("sold 2,000 miners"), not "… as miners feel the squeeze".
_OTHER_SALE = _Screened(
    r"\b(?:shares?|stock|notes|offering|at-the-market|ATM|receivables)\b|"
    # (a business or subsidiary only as what is sold: "its business activities" is no sale)
    r"\b(?:sale|sales|sold|selling)\s+(?:of\s+)?(?:[\w,.-]+\s+){0,3}?(?:miners|machines|"
    # ("sold its Bitcoin mining arm, Peak Mining, for $200M": a business by its other names)
    r"equipment|building|property|assets|business(?:es)?|subsidiar(?:y|ies)|arm|division)\b"
)

# The branches of every alternation asked of a whole sentence, and the last sentence's answer
# (the reader asks several alternations of one sentence).
_SENTENCE_CHOICE = SharedChoice(
    branch
    for alternation in (_SALE_MENTION, _REFERS_BACK, _NAMES_THE_SALE, _OTHER_SALE)
    for branch in alternation._branches
)
_LAST_POSSIBLE: list[tuple[str, Possible]] = [("", EVERY)]


def _sentence_possible(text: str) -> Possible:
    """Which branches of `_SENTENCE_CHOICE` may match the sentence `text` (kept for the last
    sentence asked)."""
    last = _LAST_POSSIBLE[0]
    if last[0] is not text:
        last = _LAST_POSSIBLE[0] = (text, _SENTENCE_CHOICE.possible(text, lowered(text)))
    return last[1]


# "for about $23,000 each", "at $23,000 apiece": a price per coin with no unit named after it
_EACH_AFTER = re.compile(r"\s{0,2}(?:each|apiece)\b", re.IGNORECASE)

# The first word of a sale in a sentence, where its own money starts to be told.
_SALE_WORD = re.compile(r"\b(?:sold|sale|sales|selling)\b", re.IGNORECASE)


def extract(segment: Segment, ctx: DocContext, sales: list[Extracted]) -> Iterator[Extracted]:
    """Proceeds in one sentence; `sales` are the BTC sales found in it."""
    text = segment.text
    refers_back = _refers_back(segment, ctx)
    if len({sale.period for sale in sales}) > 1:
        return  # "sold 1,818 in December and 383 in November, netting $200 million": no one period
    about_sale = sales or (_SALE_MENTION.in_sentence(text) and not _OTHER_SALE.in_sentence(text))
    if not (about_sale or refers_back):
        return
    monies = _in_sentence_dollar(ctx.monies(segment))
    for index, money in enumerate(monies):
        if not _is_sale_proceeds(text, money, ctx.entity, sales):
            continue
        period = _proceeds_period(segment, ctx, money, sales, refers_back)
        yield from money_observations(
            segment, BTC_SALE_PROCEEDS, money, monies[index + 1 :], period
        )
        return


def _refers_back(segment: Segment, ctx: DocContext) -> bool:
    """Does the sentence tell of the sale a sentence shortly before told (its proceeds
    received, or the sale named again)?"""
    text = segment.text
    return ctx.last_sale is not None and (
        (
            segment.start - ctx.last_sale[0] < _REFER_BACK_CHARS
            and (
                _REFERS_BACK.in_sentence(text)
                or (_RECEIVED.search(text) is not None and not _OTHER_SALE.in_sentence(text))
            )
        )
        or (
            segment.start - ctx.last_sale[0] < _NAMED_SALE_CHARS
            and _NAMES_THE_SALE.in_sentence(text)
            and not _OTHER_SALE.in_sentence(text)
        )
    )


def _is_sale_proceeds(text: str, money: Money, entity: str | None, sales: list[Extracted]) -> bool:
    """Is `money` the proceeds of the entity's sale (not a price, an earlier event, another
    seller's or another raise's)?"""
    if guards.is_price(text, money.start, money.end) or not _is_proceeds(text, money):
        return False
    if _EACH_AFTER.match(text, money.end):
        return False  # "sold 7,202 coins for about $23,000 each, earning …": a price per coin
    if guards.is_earlier_event(text, money.start):
        return False
    if not sales and _sold_by_other(text, money.start, entity):
        return False  # "… Core Scientific selling $208 million worth of BTC" in a story on WULF
    # "sold 500 BTC … and also raised equity through its ATM; the proceeds, …"
    return not (sales and _other_sale_between(text, money.start))


def _proceeds_period(
    segment: Segment, ctx: DocContext, money: Money, sales: list[Extracted], refers_back: bool
) -> str | None:
    """Period label of the proceeds: their sale's, the sale's told before, else the
    sentence's."""
    if sales:
        return sales[0].period
    if refers_back and not _SALE_MENTION.in_sentence(segment.text):
        return ctx.last_sale[1] if ctx.last_sale else None
    return resolve_period(ctx, segment, money.start, money.end)


# "Core Scientific selling $208 million worth of BTC": a named seller right before the sale
# verb that comes just before the money (a short window: most sentences name none).
_SELLER_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+(?:selling|sold|sells|offloading|"
    r"offloaded|liquidating|liquidated|dumping|dumped|unloading|unloaded)\s+"
    r"(?:(?:about|around|roughly|nearly|some|over|more\s+than|approximately)\s+)?[^\s]{0,4}$"
)
_SELLER_REACH = 80
_SELLER_VERBS = ("sell", "sold", "offload", "liquidat", "dump", "unload")


def _sold_by_other(text: str, position: int, entity: str | None) -> bool:
    """The money follows another miner's sale verb ("Core Scientific selling $208 million")."""
    start = max(0, position - _SELLER_REACH)
    if not entity or not any(verb in text[start:position] for verb in _SELLER_VERBS):
        return False  # (plain substring tests first)
    seller = _SELLER_BEFORE.search(text, start, position)
    if seller is None:
        return False
    named = ticker_named(seller["name"])
    return named is not None and named != ticker_of(entity)


def _in_sentence_dollar(monies: list[Money]) -> list[Money]:
    """ "at an average price of C$38,934 generating $6.7M": a plain "$" in a sentence whose
    other dollars are all Canadian (or Australian…) is that dollar."""
    marked = {money.currency for money in monies if not money.bare_dollar}
    if len(marked) != 1 or not marked & _OTHER_DOLLARS:
        return monies
    currency = next(iter(marked))
    return [replace(money, currency=currency) if money.bare_dollar else money for money in monies]


# "sold 2,285 bitcoins at an average price of $19,639, as revenue totaled about $45 million":
# the company's revenue in a clause of its own, not what the sale brought (a rewrite's "earning
# a revenue of $8.8 million" for the sale itself is kept)
_REVENUE_CLAUSE = Folded(
    r"\b(?:as|while|and|with|whereas)\s+(?:its\s+|total\s+|the\s+company['’]s\s+|mining\s+)?"
    r"revenues?\s+(?:totaled|totalled|totaling|totalling|was|were|reached|amounted\s+to|"
    rf"came\s+in\s+at|rose\s+to|grew\s+to|fell\s+to)\s+{APPROX}$"
)
# "with revenue totaling $30 million from the sale": the revenue named the sale's own
_FROM_THE_SALE = Folded(r"\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+sales?|selling)\b")
_GAIN_BEFORE = Folded(
    r"\b(?:gains?|profits?|loss(?:es)?|income|margin)\s+(?:on\s+[^$]{0,30}?)?(?:of|was|were|totaling|"
    r"totalling|amounting\s+to)?\s*(?:approximately\s+|about\s+|roughly\s+|around\s+)?$"
)


# "raised $28 million from the sale of shares": money whose source, named right after it, is
# not bitcoin.
_OTHER_SOURCE_AFTER = Folded(
    r"^\s+(?:(?:in|of)\s+(?:net\s+|gross\s+)?proceeds\s+)?(?:from|through|via|by)\s+(?:the\s+|its\s+|an?\s+)?"
    r"(?:(?:sales?|offering|issuance|placement|selling|issuing)\s+(?:of\s+)?(?:its\s+|the\s+|new\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:shares|stock|equity|notes|bonds|debentures|warrants|units|"
    r"securities|assets|business|subsidiary|site|facility|miners|machines|ETH|ether)|"
    r"(?:equity|ATM|at-the-market|share|stock|notes?|convertible|debt)\b)"
)


# ("Bitcoin$62,477.67", or "$62477.67" in copy that drops the separators)
_GLUED_TICKER = re.compile(r"^\$(?:\d{1,3}(?:,\d{3})*|\d{4,6})\.\d{2}(?=\s)")


def _is_proceeds(text: str, money: Money) -> bool:
    if _OTHER_SOURCE_AFTER.match(text[money.end : money.end + 120]):
        return False
    # "net proceeds of -$9.5 million": a stray sign from a bullet layout; proceeds are never
    # negative.
    before = text[: money.start].removesuffix("-").removesuffix("−")
    if _GAIN_BEFORE.search(before[-50:]):
        return False  # "realizing a gain of $5 million": the profit on the sale, not its proceeds
    if _REVENUE_CLAUSE.search(before[-60:]) and not _FROM_THE_SALE.match(text, money.end):
        return False  # "…, as revenue totaled about $45 million": the company's revenue
    # The gap after the last quantity before the amount ("sold 362 BTC, generating a total of").
    last = None
    for last in _QUANTITY.finditer(before):  # noqa: B007 (the last one is kept)
        pass
    gap = before[last.end() :] if last is not None else None
    if gap is not None:
        # "4,451 Bitcoin$62,477.67 for roughly $305 million": a price ticker glued to the unit
        # is page noise, not a figure between the coins and their proceeds
        gap = _GLUED_TICKER.sub("", gap)
    if gap is not None and "$" not in gap and _GAP_TO_PROCEEDS.match(gap):
        return True
    if _PROCEEDS_BEFORE.search(before[-80:]):
        return True
    return bool(_PROCEEDS_AFTER.match(text[money.end :]))


def _other_sale_between(text: str, money_start: int) -> bool:
    """Another thing sold (shares, an ATM, miners) named between the sentence's first sale word
    and the money: the money is that other sale's (decided case 4)."""
    sale = _SALE_WORD.search(text, 0, money_start)
    return sale is not None and _OTHER_SALE.found(text, sale.end(), money_start)
