"""A holding of zero in words: "it held no corporate Bitcoin as of Feb. 20" → btc_held 0.

README "Zero stated in words" gives the sales' zero ("did not sell any bitcoin") and the debt's
("no debt"); a treasury emptied is the holdings' ("holds no bitcoin", "does not hold any BTC",
"its bitcoin holdings fell to zero", and by decided case 34 "liquidated all of its Bitcoin
holdings"), dated as any holding is (`resolve_period`, as of: "as of
Feb. 20" → that day). Not read: coins held for others ("holds no bitcoin for clients"), a
negated or hypothetical holding, another company's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from . import guards
from .context import DocContext
from .entities import is_peer_figure, names_of
from .evidence import observation
from .folded import Folded
from .model import BTC_HELD, Extracted
from .resolver import resolve_period
from .sentences import Segment

# The coins end the phrase ("held no corporate Bitcoin as of Feb. 20", "… on its balance
# sheet"): not "had no bitcoin sales", "holds no bitcoin-backed loans"
_ENDS = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:as\s+(?:of|at)|at|on|in|left|remaining|anymore|any\s+longer|"
    r"after|following|since|by|of\s+its\s+own|whatsoever)\b)"
)
_NONE_HELD = Folded(
    # "it held no corporate Bitcoin", "holds zero BTC", "now owns no bitcoin"
    r"\b(?:held|holds|hold|holding|owns|owned|own|has|had)\s+(?:no|zero)\s+"
    r"(?:(?:corporate|treasury|self-mined|proprietary|own)\s+)?(?:bitcoins?|BTC)" + _ENDS + "|"
    # "does not hold any bitcoin", "no longer holds any BTC"
    r"\b(?:(?:does|did|do)\s+not|doesn't|didn't|no\s+longer)\s+(?:hold|holds|own|owns|have|has)\s+"
    r"any\s+(?:(?:corporate|treasury|self-mined|own)\s+)?(?:bitcoins?|BTC)" + _ENDS + "|"
    # "its bitcoin holdings fell to zero", "BTC treasury stood at zero"
    r"\b(?:bitcoin|BTC)\s+(?:holdings|treasury|reserves?|balance)\s+(?:(?:fell|dropped|declined|"
    r"shrank|went|were\s+reduced|was\s+reduced|stood|stands)\s+(?:down\s+)?(?:to|at)|(?:is|are|was|"
    r"were)(?:\s+now)?)\s+(?:zero|nil|0)(?![\d.,])|"
    # the company at, down to or left with zero coins: "Bitdeer at zero BTC", "left with zero
    # bitcoin after the sale" (plain words of nil; "liquidated all of its holdings" alone tells
    # the sale, not a holding stated at a date)
    r"\b(?:at|to|with)\s+(?:zero|0)\s+(?:bitcoins?|BTC)\b"
    r"(?!\s+(?:sales?|sold|produc\w*|mined|loans?|debt|backed|collateral)\b|-)"
)
# Selling all of its bitcoin (decided case 34): "liquidated all of its Bitcoin holdings", "sold
# its entire BTC stash", "liquidated its entire corporate Bitcoin treasury". Not "almost all",
# nor all of a period's production ("sold all of its bitcoin production", "all of the bitcoin it
# mined", "all of its bitcoin earned during the month", "… generated from self-mining"), which is
# a flow that leaves the treasury as it was.
_SALE_VERB = r"(?:sold(?:\s+off)?|liquidated|offloaded|disposed\s+of|dumped|unloaded|cashed\s+out)"
_TREASURY_NOUN = r"(?:holdings|reserves?|treasury|stash|stack|position)"
_SOLD_ALL = Folded(
    rf"\b{_SALE_VERB}\s+(?:all\s+(?:of\s+)?(?:its|their)\s+(?:remaining\s+)?|"
    r"(?:its|their)\s+entire\s+)(?:(?:corporate|treasury|own)\s+)?(?:bitcoins?|BTC)"
    rf"(?:\s+{_TREASURY_NOUN})?\b"
    r"(?!\s+(?:production|output|min(?:ed|ing|ers?)|produced|it\s+min\w*|that|which|earned|"
    r"generated|from\s+(?:self-)?mining|from\s+operations)\b|-)|"
    rf"\b{_SALE_VERB}\s+(?:its|their)\s+entire\s+{_TREASURY_NOUN}\s+of\s+(?:bitcoins?|BTC)\b|"
    # "sold all of its holdings of the virtual currency": the coin named after the treasury
    rf"\b{_SALE_VERB}\s+(?:all\s+(?:of\s+)?(?:its|their)|(?:its|their)\s+entire)\s+"
    rf"(?:remaining\s+)?{_TREASURY_NOUN}\s+of\s+(?:the\s+)?(?:bitcoins?|BTC|virtual\s+currency|"
    r"digital\s+(?:currency|token)|cryptocurrency|coins?)\b"
)
# The noun, after a verb of carrying it out: "announced the liquidation of its own Bitcoin
# holdings", "completed the sale of all of its bitcoin treasury" (a liquidation of the holdings
# is of all of them; a sale says so); not "a partial liquidation", "the sale of its bitcoin
# production", nor a liquidation only spoken of ("denied rumors about the liquidation of …",
# "the court approved the liquidation of its bitcoin holdings": another party's act).
_LIQUIDATION_DONE = Folded(
    r"\b(?P<verb>announced|completed|began|begun|started|carried\s+out|executed|finali[sz]ed|"
    r"finished|concluded|undertook|effected)\s+(?:the\s+|a\s+)?(?:full\s+|complete\s+)?"
    r"(?:liquidation\s+of\s+(?:all\s+(?:of\s+)?)?|(?:sale|disposal|sell-off)\s+"
    r"of\s+all\s+(?:of\s+)?)(?:its|their)\s+(?:own\s+|entire\s+|remaining\s+)?(?:corporate\s+)?"
    rf"(?:bitcoins?|BTC)\s+{_TREASURY_NOUN}\b"
)
# A selling habit, not an emptied treasury (README case 18): "sold all of its bitcoin each
# month", "Historically, the miner sold all of its bitcoin to fund expansion".
_HABIT = Folded(
    r"\b(?:(?:each|every)\s+(?:month|quarter|week|day)|historically|typically|usually|"
    r"routinely)\b"
)
# Coins for others, or a use: "holds no bitcoin for clients", "no BTC as collateral"
_FOR_OTHERS = Folded(
    r"\s+(?:for|on\s+behalf\s+of|as\s+collateral|in\s+custody\s+for|of\s+its\s+(?:clients|customers))\b"
)
# A sale still to come, named by its noun: "plans the liquidation of", "a proposed sale of all".
_PLANNED = Folded(
    r"\b(?:plan(?:s|ned|ning)?|intend\w*|propos\w*|potential|possible|consider\w*|may|will|"
    r"could|would|expect\w*|weigh\w*)\s+(?:[\w-]+\s+){0,2}$"
)
_PLANNED_REACH = 40
GATE = (
    "no ", "zero", "not hold", "not own", "n't hold", "n't own", "any bitcoin", "any btc",
    "all of", "all its", "all their", "entire", "liquidation of",
)  # fmt: skip


def zero_holdings(segment: Segment, ctx: DocContext, found: list[Extracted]) -> Iterator[Extracted]:
    """A holding of 0 BTC stated in words in `segment` (none when a holding was read)."""
    if any(item.metric == BTC_HELD for item in found):
        return
    text = segment.text
    match = _NONE_HELD.search(text)
    if match is None:
        match = _SOLD_ALL.search(text) or _liquidated_by_company(text, ctx.entity)
        if match is None or guards.is_negated(text, match.start()) or _HABIT.search(text):
            return  # ("liquidated all of its Bitcoin holdings": case 34)
        if _PLANNED.search(text, max(0, match.start() - _PLANNED_REACH), match.start()):
            return  # "plans the liquidation of its bitcoin holdings": not done
    elif _FOR_OTHERS.match(text, match.end()):
        return
    start = match.start()
    if guards.is_hypothetical(text, start) or guards.is_earlier_event(text, start):
        return
    if is_peer_figure(text, start, ctx.entity):
        return
    period = resolve_period(ctx, segment, start, match.end(), as_of=True, holding=True)
    yield observation(segment, BTC_HELD, Decimal(0), "BTC", period)


# The subject right before the verb: the clause's last words, an aside in brackets left out
# ("the mining company Bitdeer (BTDR) announced"), back to a break of clause.
_CLAUSE_BREAK = Folded(r"[.;:]|\b(?:that|which|who|after|as|when|while|but)\b")
_ASIDE = re.compile(r"\s*\([^()]{0,30}\)")
_SELF = Folded(r"\b(?:the\s+)?(?:company|group|miner|firm|it|we)\s*$")
_SUBJECT_REACH = 80
# (the name's tail: "Bitdeer Technologies Group", "Riot Platforms, Inc.")
_NAME_TAIL = r"(?:\s+[A-Z][\w.,&-]*){0,3}\s*$"


def _liquidated_by_company(text: str, entity: str | None) -> re.Match[str] | None:
    """ "Bitdeer announced the liquidation of its own Bitcoin holdings": the company's own act,
    its subject the company (not "Celsius announced the liquidation of its bitcoin holdings"
    in another miner's story)."""
    lower = text.lower()
    if "liquidation of" not in lower and " of all" not in lower:
        return None  # cheap gate
    match = _LIQUIDATION_DONE.search(text)
    if match is None:
        return None
    verb = match.start("verb")
    window = text[max(0, verb - _SUBJECT_REACH) : verb]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    subject = _ASIDE.sub("", window[breaks[-1].end() if breaks else 0 :]).strip(" ,")
    own = any(re.search(rf"\b{re.escape(name)}{_NAME_TAIL}", subject) for name in names_of(entity))
    return match if own or _SELF.search(subject) else None
