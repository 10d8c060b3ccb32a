"""Selling intentions: "will selectively sell a portion of its newly mined Bitcoin".

An intention is never a sale. It is recorded as an `intent` observation (no value) when a
modal or plan ("will", "may", "plans to", "has authorized the sale of") governs selling
bitcoin or production, or when a stated strategy consists of selling it ("the strategic pivot
involves selling newly mined BTC"). Negated intentions ("will not sell"), forced sales in risk
language ("may be required to sell"), conditionals ("If the price declines, we may…") and
present practice ("continues to sell", "is funding operations by selling") are not. A
deliberation counts in any progressive or perfect ("we are considering selling", "was
weighing a sale of", "has been exploring the sale of"), and a plan "on" selling too.

An intention is dated by the report (or the publication), or by the month a reported
announcement names ("announced last month that it would…").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from monitor.vocabulary.periods import Period

from . import guards
from .context import DocContext
from .entities import is_peer_figure
from .evidence import observation
from .folded import Folded, lowered
from .gates import opens, sentence_gate
from .group_subject import is_group_subject
from .intent_permitted import permitted_sale
from .intent_subject import company_subject, other_subject
from .intent_underway import UNDERWAY, UNDERWAY_WORDS
from .model import INTENT, INTENT_KIND, Extracted
from .named_subject import is_named_other
from .numbers import NEXT_FIGURE
from .periods import shift_month
from .resolver import resolve_period
from .retold_update import update_period
from .sentences import Segment
from .treasury_planned import PLAN_WORDS, PLANNED_SALE

# "may, from time to time, sell a portion of its bitcoin"
_FROM_TIME_TO_TIME = r"(?:,?\s*from\s+time\s+to\s+time\s*,?\s+)?"
# A sale weighed, the deliberation between the modal and the verb: "would only consider
# selling", "will evaluate whether to hold or sell", "will decide whether or not to sell"
_DELIBERATION = (
    r"(?:consider(?:ing)?\s+|(?:evaluate|evaluating|decide|deciding|determine|determining|"
    r"assess|assessing|weigh|weighing)\s+whether\s+(?:or\s+not\s+)?to\s+"
    r"(?:(?:hold|keep|retain)\s+or\s+)?)?"
)
# The auxiliary of a deliberation under way: "is", "are", "was", "we're", "has been", "had been".
_PROGRESSIVE = (
    r"(?:(?:is|are|was|were|am)\s+|['’](?:re|s)\s+|(?:has|have|had)\s+been\s+)"
    r"(?:(?:also|still|now|currently|actively|reportedly|seriously)\s+)?"
)
_INTENT = Folded(
    r"\b(?P<modal>will|may|might|could|would|plans?\s+to|planning\s+to|intends?\s+to|"
    r"expects?\s+to|anticipates?|aims?\s+to|"
    # a wish is a forward-looking statement too: "hopes to continue selling BTC gained through
    # mining" (decided case 18), "wants to sell part of its bitcoin", "seeks to monetize"
    r"(?:hopes?|hoping|wants?|wishes|seeks?)\s+to|"
    # "is expected to sell about 100 BTC per month", "is scheduled to liquidate"
    r"(?:is|are)\s+(?:expected|scheduled|slated|due)\s+to|"
    # the noun: "hinted at its intentions to sell", "the Company's intent to liquidate its
    # Bitcoin to support operations when needed" (a 10-Q's policy words; not "is open to
    # selling", a conditional openness, nor a "letter of intent to" buy a site)
    r"(?<!letter\sof\s)intent(?:ions?)?\s+to|"
    # the spoken future: "maybe it's going to sell a little bit", "we are going to sell"
    r"going\s+to|"
    # a decision or a step toward a sale not yet reported: "decided to sell ~34 BTC" (README,
    # decided case 6), "the decision to sell", "is looking to sell", "is preparing to liquidate"
    r"(?:has\s+)?decided\s+to|decision\s+to|(?:is|are)\s+(?:looking|seeking|preparing|poised|set)\s+to|"
    # (any progressive or perfect of the deliberation: "we are considering selling", "was
    # weighing a sale of", "has been exploring the sale of", "we're mulling")
    rf"{_PROGRESSIVE}(?:considering|weighing|exploring|contemplating|mulling|eyeing)|"
    # "plans on selling a portion", "is planning on liquidating": the plan's other preposition
    r"(?:plans?|planning)\s+on|"
    # a headline's present: "Hut 8 weighs selling part of its bitcoin", "Marathon mulls a sale
    # of its BTC" (not "considers", which also means "regards": "considers selling a mistake")
    r"(?:weighs|mulls|eyes|explores|contemplates)|"
    r"reserves\s+the\s+right\s+to|authori[sz]ed|approved)(?:\s+|(?=,\s*from\s+time\b))"
    # (or the sale as the means of what is intended: "plans to repay the loan by liquidating 500
    # BTC", "intends to fund the build through selling part of its bitcoin")
    # (a stated possibility, hedged: "would most likely only consider selling bitcoin", "may,
    # from time to time, sell", "will evaluate whether to hold or sell its bitcoin", decided
    # case 29: the hedge words, then the deliberation)
    rf"(?P<mid>{_FROM_TIME_TO_TIME}(?:\w+\s+){{0,3}}?{_DELIBERATION}|"
    r"(?:[\w$.,'’-]+\s+){1,6}?(?:by|through)\s+)"
    r"(?P<verb>sell(?:ing)?|have\s+sold|liquidat(?:e|ing)|moneti[sz](?:e|ing)|offload(?:ing)?|"
    r"dispose\s+of|convert|exchange|(?:the\s+)?sale\s+of)\b"
    r"(?P<object>[^.;]{0,90})"
)
# Words one of which every `_INTENT` match holds (its modal, plan or deliberation word), asked
# of the sentence's one shared scan (`gates.opens`): most sentences that name a sale state no
# intention, and the pattern, tried at nearly every word, costs a few microseconds a sentence.
# (stems cover their forms: "weigh" weighs/weighing, "hop" hopes/hoping, "inten" intends/intent/
# intention — not the metric's name, which only the vocabulary spells; "set", "due" and "aim"
# open often, inside "asset", "due to", "claim", but every match holds one of the words)
_MODAL_WORDS = sentence_gate(
    "will", "may", "might", "could", "would", "plan", "inten", "expect", "anticipat", "aim",
    "hop", "want", "wish", "seek", "schedul", "slated", "due", "going", "decid",
    "decision", "looking", "preparing", "poised", "set", "consider", "weigh", "explor",
    "contemplat", "mull", "eye", "reserves", "authori", "approved",
)  # fmt: skip
# A decision is an intention only while no sale is reported (README, decided case 6): "we made
# the strategic decision to sell our monthly production" beside "sold 475 BTC in April" is the
# reason for a sale done.
_DECISION = Folded(r"\bdeci(?:ded|sion)\b")
_DONE_SALE = Folded(
    r"\b(?:sold|liquidated|monetized|monetised|offloaded)\s+(?:[\w,.~-]+\s+){0,4}?(?:bitcoins?|btc|"
    r"production|holdings|coins)\b|\b(?:opted|chose|elected)\s+to\s+(?:sell|liquidate)\b|"
    r"\bsales?\s+of\s+(?:approximately\s+|about\s+|roughly\s+)?\d[\d,.]*\s*(?:btc|bitcoins?)\b|"
    r"\b(?:btc|bitcoins?)\s+(?:was|were|had\s+been|has\s+been)\s+sold\b"
)
# "convert part of its bitcoin production into cash": converting coins into money is selling.
# Into another coin too: "will convert all its existing digital assets (including 19 BTC)
# into Solana", "convert its bitcoin treasury into ETH" (a pivot out of bitcoin sells it).
# Exchanging them for money is the same: "may exchange its mined bitcoin for fiat currency",
# "may exchange the bitcoin it mines for U.S. dollars", "stores its mined bitcoins … and may
# exchange them for fiat currency" (the pronoun: coins the sentence named before).
_CONVERTED_COINS = Folded(
    r"\s+(?:(?:(?:a\s+)?(?:part|portion|some|share|fraction)\s+of\s+|all\s+(?:of\s+)?)?"
    r"(?:its\s+|the\s+|our\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:bitcoins?|btc|production|holdings|treasury|digital\s+assets|"
    r"crypto(?:currency)?\s+holdings)(?:\s*\([^()]{0,60}\))?"
    r"(?:\s+(?:it|we|they)\s+(?:mines?|mined|produces?|produced|holds?|held))?|(?P<them>them))"
    r"\s+(?:(?:in)?to|for)\s+(?:u\.?s\.?\s+)?"
    r"(?:cash|dollars|fiat|usd[tc]?|stablecoins?|liquidity|eth|ether(?:eum)?|solana|sol|xrp|"
    r"(?:[\w-]+\s+)?tokens?)\b"
)
# The verbs that sell only when the coins go into money or another coin (`_CONVERTED_COINS`).
_CONVERSIONS = ("convert", "exchange")
# Converting "all its digital assets" names no coin: only with a conversion into another coin
# or cash (`_CONVERTED_COINS`) do they read as the company's bitcoin.
_CONVERTED_HOLDINGS = Folded(r"\b(?:digital\s+assets|crypto(?:currency)?\s+holdings)\b")
# Selling spelled as a funding source to come: "It also revealed that it will be funded using
# existing cash reserves and BTC holdings", "plans to fund the build-out from its bitcoin
# treasury" (not "funded with a BTC-backed loan").
_FUNDED_BY_COINS = Folded(
    r"\b(?:will|would|to|plans?\s+to|intends?\s+to|expects?\s+to)\s+(?:be\s+)?fund(?:ed)?\b"
    r"[^.;]{0,60}?\b(?:using|with|through|from|by\s+(?:tapping|drawing\s+on|using))\s+"
    # (not "with a loan secured by its bitcoin holdings": the coins pledged, not sold)
    r"(?:(?:(?!loan|credit|facilit|backed|secured|collateral|pledg)[^.;]){0,40}?\b)?"
    r"(?:its\s+|existing\s+|the\s+|their\s+|our\s+)?"
    r"(?:bitcoin|btc)\s+(?:holdings|treasury|reserves?|stack)\b"
)
# "may also buy or sell Bitcoin from time to time": a permission both ways, no intention to sell
_BOTH_WAYS = Folded(r"\b(?:buy|purchase|acquire)\s+(?:or|and/or)\s+$")
# The coins (not "its bitcoin mining business", "a production facility").
# ("its Bitcoin (BTC) mining operation": a glossed coin name is a business too)
_INTENT_OBJECT = Folded(
    # the press's names for the coins: "liquidate part of its digital gold assets", "sell some
    # of its coins", "offload part of its bitcoin stash"
    r"\bdigital\s+gold\b|\b(?:coins|stash|stack|hodl)\b|"
    r"\b(?:bitcoins?|BTC|production|mined|treasury)\b(?!\)?(?:\s*\([^()]{1,12}\))?\s+(?:min(?:ing|ers?|es?)|"
    r"machines|rigs|sites?|"
    r"facilit\w+|business\w*|operations|data\s+cent\w+|hosting|infrastructure|plants?|equipment|"
    r"capacity|assets)\b)"
)
# "will no longer hold all of its mined bitcoin and will sell a portion", "mines 15 BTC a day
# and plans to sell half": a bare share (no "of …" after it) takes the coins the sentence named
# before the intention.
_BARE_SHARE = Folded(
    r"^\s*(?:a\s+(?:portion|part|share|fraction)|some|part|half|(?:the\s+)?(?:rest|remainder)|"
    r"them|more)(?=\s*$|\s*[,.;:)]|\s+(?:to|in|for|at|by|over|during|each|every|as|when|if|"
    r"going|later|this|next|from|on|through|soon|monthly|periodically)\b)"
)
_BARE_SHARE_REACH = 100
# (not the deliberation's "whether or not to sell")
_NOT = Folded(r"(?<!\bor\s)\bnot\b")
# An intention not to sell, told by its verb: "will avoid selling its bitcoin", "hopes to stop
# selling", "will no longer sell", "plans to delay the sale of"
_NOT_TO_SELL = Folded(
    r"\b(?:avoid|avoiding|refrain(?:ing)?\s+from|stop|stopping|cease|ceasing|halt|halting|"
    r"never|no\s+longer|delay|delaying|postpone|postponing|defer|deferring)\b"
)
# (also an obligation, "would have to sell its BTC … to reduce its debt": a sale it must make)
_FORCED = Folded(r"\b(?:required|forced|obligated|compelled|need|have|has)\s+to\b")
_CONDITIONAL_START = re.compile(r"^\s*(?:If|Should|Were|Unless|In\s+the\s+event)\b")
# "… stated that starting in February 2026, Cango will selectively sell …"
_STARTING = Folded(r"\b(?:starting|beginning|from|effective|as\s+of)\s+(?:in\s+)?$")
_STARTING_REACH = 40
# A strategy that consists of selling production: "the strategic pivot involves selling newly
# mined btc", "future strategy of selling newly mined btc", "a model where operations are funded
# by selling a portion of monthly Bitcoin production". Not "an approach … selling production"
# (an analyst's description of practice).
_STRATEGY = Folded(
    r"\b(?:strateg(?:y|ic\s+pivot)|pivot|policy|plan|model)\s+(?:(?:involves|includes|calls\s+for|"
    r"is|will\s+be|of)\s+|(?:where|in\s+which|under\s+which)\s+[^.;,]{0,40}?\bby\s+)selling\s+"
    r"(?:(?:a\s+(?:portion|part|fraction|share)|\d+\s*%)\s+of\s+)?(?:its\s+|the\s+|our\s+)?"
    r"(?:newly[- ]mined|monthly|mined|self-mined)\s+(?:bitcoins?|BTC|production)\b"
)
# A new practice announced from now on is an intention too: "Starting this month, we are
# selectively selling mined Bitcoin", "Going forward, the company is selling part of its
# production" (not "is selling …" alone, which is present practice).
_FROM_NOW = Folded(
    r"\b(?:(?:starting|beginning|from)\s+(?:this|next)\s+(?:month|quarter|year|week)|"
    r"(?:starting|beginning)\s+(?:now|today)|going\s+forward|from\s+now\s+on|henceforth)\s*,?\s+"
    r"(?:[\w'-]+\s+){1,3}?(?:are|is|will\s+be|'re)\s+(?:now\s+)?(?:\w+ly\s+)?selling\s+"
    r"(?:[^.;]{0,40}?\s)?(?:bitcoins?|BTC|production)\b"
)
# A headline's infinitive is its future: "Cango to sell 1,000 BTC to fund AI expansion", "Hut 8
# to Liquidate Part of Its Bitcoin Treasury" (the company's name, then "to" and the verb).
_HEADLINE_TO = re.compile(
    r"^\W*(?:[A-Z0-9][\w&.'’-]*\s+){1,4}to\s+(?i:sell|liquidate|offload|monetize|monetise|dump|"
    r"unload)\b(?P<object>[^.;]{0,60})"
)
_LAST_MONTH = Folded(r"\blast\s+month\b")
_THIS_MONTH = Folded(r"\bthis\s+month\b")
# The object ends at a clause or a reason: "planning to sell itself as the economics of bitcoin
# mining turns difficult" sells the company, not bitcoin.
_OBJECT_STOP = Folded(
    r"\b(?:and|but)\s+(?:may|will|might|could|plans?)\b|[,;]\s|"
    r"\s(?:as|because|amid|while|following|given)\s"
)


def _starting(ctx: DocContext, segment: Segment, modal: int) -> str | None:
    """The period a "starting in <month>," phrase just before the intention names."""
    text = segment.text
    for mention in ctx.mentions(segment):
        if mention.period is None or not 0 <= modal - mention.end <= _STARTING_REACH:
            continue
        if _STARTING.search(text[max(0, mention.start - 20) : mention.start]):
            if mention.period.granularity == "year":
                # "beginning in 2026 the company could also consider selling": a start named by
                # its year alone is when selling may begin, not when it was said (case 2)
                own = ctx.report or ctx.news_month()
                return own.label() if own else None
            return mention.period.as_month().label()
    return None


def _named_before(text: str, modal: int) -> bool:
    """Does the sentence name the coins (not a bitcoin business) shortly before `modal`?"""
    return _INTENT_OBJECT.search(text, max(0, modal - _BARE_SHARE_REACH), modal) is not None


def _company_them(text: str, match: re.Match[str], entity: str | None) -> bool:
    """A bare share or pronoun ("sell a portion", "exchange them for cash") takes the coins the
    sentence named before, and they are the company's only when the company is the modal's
    subject: "Riot holds its bitcoins and may exchange them", not "the lender may exchange them"
    (`intent_subject`, decided cases 18 and 29)."""
    modal = match.start()
    verb = match.start("verb")
    return _named_before(text, modal) and company_subject(text, modal, verb, entity)


def _stated_by_entity(text: str, position: int, ctx: DocContext) -> bool:
    """Not negated, and said of the entity: not of a peer, nor of the industry or a group
    ("Bitcoin miners are selling their reserves", `group_subject`), nor of another company
    introduced as one (`named_subject`)."""
    return not (
        guards.is_negated(text, position)
        or is_peer_figure(text, position, ctx.entity)
        or is_group_subject(text, position)
        or is_named_other(text, position, ctx.entity)
    )


# "… is similar to Riot Platforms' decision in July 2022": a comparison's period is the other
# event's, not the intention's
_COMPARED = Folded(r"\b(?:similar\s+to|like|as\s+did|mirrors?|mirroring|echo(?:es|ing)|recalls?)\b")
# "In previous press releases and earnings calls, Marathon has indicated that the Company intends
# to sell …": an intention stated before, recalled (decided case 1)
_TOLD_BEFORE = Folded(
    r"\b(?:in|from)\s+(?:its\s+|their\s+|our\s+)?(?:previous|prior|earlier|past)\s+"
    r"(?:press\s+releases|releases|statements|earnings\s+calls|calls|reports|updates|filings)\b|"
    # "Jaime Leverton … previously stated that the company would sell Bitcoin", "had earlier
    # said it would sell": the words say the intention was told before (decided case 1)
    r"\b(?:previously|earlier|had(?:\s+(?:earlier|previously|once))?)\s+(?:stated|said|"
    r"indicated|announced|noted|signall?ed|suggested|hinted|flagged)\b"
)
# A change of practice toward selling, told as a move: "CleanSpark's move to a self-funding
# model, selling the Bitcoin they mined each month to pay expenses", "its shift toward a
# strategy of selling monthly production" (decided case 18: a move toward a model where
# operations are funded by selling). Not a practice described as it stands.
_MOVE_TO_SELLING = Folded(
    r"\b(?:move|moves|moved|moving|shift|shifts|shifted|shifting|transition|transitions|"
    r"transitioned|transitioning|switch|switches|switched|switching|pivot|pivots|pivoted|"
    r"pivoting)\s+(?:to|toward|towards|into)\s+(?:a|an|the|its)?\s*(?:[\w-]+\s+){0,3}?"
    r"(?:model|strategy|policy|approach|framework)\b[^.;]{0,40}?\bselling\s+"
    r"(?:[\w-]+\s+){0,4}?(?:bitcoins?|BTC|production|output)\b(?!\s+min(?:ing|ers?)\b)"
)


# A past deliberation the sentence closes: "In 2022, Riot was weighing a sale of its bitcoin,
# but it ultimately held", "… but decided against it", "… though it eventually kept every coin".
# (Reported speech with no such ending, "The board said it was considering selling … in the
# second half", stays an intention.)
_PAST_DELIBERATION = Folded(r"^(?:was|were|had\s+been)\b")
# (the company the subject of the ending, or none named: "but it ultimately held", "though the
# miner eventually kept every coin"; not "but prices held up", another subject's verb; "did not"
# only of the sale: "but in the end did not sell any", not "but it did not say at what price")
_ENDED_OTHERWISE = Folded(
    r"\b(?:but|though|although|yet|however|ultimately|eventually|in\s+the\s+end)\b,?\s+"
    r"(?:(?:it|they|the\s+(?:company|miner|firm|board|group)|management)\s+)?"
    r"(?:(?:ultimately|eventually|instead|then|later|in\s+the\s+end|finally),?\s+){0,2}"
    r"(?:held|kept|hodl(?:ed|'d)|decided\s+against|(?:chose|opted|elected)\s+(?:not\s+to|"
    r"to\s+(?:hold|keep|retain))|(?:did\s+not|didn['’]t)\s+(?:(?:ultimately|end\s+up|go\s+ahead\s+"
    r"with|follow\s+through\s+(?:with|on)|carry\s+out|make)\s+(?:(?:the|a|any|that)\s+)?)?"
    r"(?:sell\w*|sale|go\s+through|proceed)|never\s+sold|refrained|ended\s+up\s+"
    r"(?:holding|keeping))\b(?!\s+up\b)"
)
# An approval or decision the same sentence says was carried out: "the board approved the sale
# of 4,451 BTC, executed over the weekend and settled in USDT" (a sale done, decided case 6).
_APPROVAL = Folded(r"\b(?:authori[sz]ed|approved|decided|decision)\b")
# (the done word hung on the sale: ", executed …", ", which was completed …", "and was settled";
# not "after the company completed its expansion", another clause's verb)
_CARRIED_OUT = Folded(
    r"(?:,\s*(?:(?:which|that)\s+)?(?:(?:was|were|has\s+been|had\s+been)\s+)?|"
    r"\s+(?:and|which|that)\s+(?:was|were|has\s+been|had\s+been)\s+)"
    r"(?:executed|completed|settled|carried\s+out|finali[sz]ed)\b"
)
# ("to be completed in the coming weeks", "which will be executed", "once completed": to come)
_STILL_TO_COME = Folded(r"\b(?:to|will|would|once|when|until|shall)\s+(?:be\s+)?$")
_ENDING_REACH = 120


def _ended(text: str, match: re.Match[str]) -> bool:
    """The intention's own sentence tells how it ended: a past deliberation closed by holding
    or deciding against, or an approved sale carried out."""
    after = match.end("verb")
    stop = min(len(text), after + _ENDING_REACH)
    modal = match["modal"]
    if _PAST_DELIBERATION.search(modal) and _ENDED_OTHERWISE.search(text, after, stop):
        return True
    if not _APPROVAL.search(modal):
        return False
    done = _CARRIED_OUT.search(text, after, stop)
    return done is not None and not _STILL_TO_COME.search(
        text, max(0, done.start() - 20), done.start()
    )


# A filing's period heading, as XBRL notes and statement pages print it
_FILING_HEAD = Folded(
    r"\b(?:3|6|9|12|three|six|nine|twelve)\s+months\s+ended\b|"
    # a filing's summary opening on it: "filed its quarterly report for the period ended June
    # 30, 2024", "its Form 10-Q for the quarter ended"
    r"\b(?:(?:quarterly|annual|interim)\s+report|form\s+10-[qk]|10-[qk])\s+for\s+the\s+"
    r"(?:period|quarter|fiscal\s+year|year)\s+ended\b"
)
_FILING_HEAD_CHARS = 300
_QUARTERLY = Folded(r"\b(?:quarterly|10-q)\b")


def _stated(ctx: DocContext, segment: Segment, trigger: int, end: int) -> str | None:
    """When the intention was stated: the month before publication when the sentence reports
    an announcement of last month, else the report's period or the publication month."""
    if ctx.published is not None and _LAST_MONTH.search(segment.text, 0, trigger):
        return shift_month(ctx.published, -1).label()
    compared = _COMPARED.search(segment.text, end)
    limit = compared.start() if compared else None
    period = resolve_period(ctx, segment, trigger, end, lead_only=True, limit=limit)
    return _own_document(ctx, period)


def _own_document(ctx: DocContext, period: str | None) -> str | None:
    """A filing note headed by its period ("Liquidity and Financial Condition | 3 Months Ended |
    Mar. 31, 2023"): an intention it states is dated by the period the filing reports (decided
    case 2, the report's own period), not by publication. The document's inferred period is
    used only under such a heading: a news story's most-named period is often background."""
    news = ctx.news_month()
    update = update_period(ctx)
    if update is not None and news is not None and period == news.label():
        return update.label()  # a retold update's intention is the update's (cases 2, 46)
    own = ctx.document or ctx.lead  # (the heading on one line reads as the lead)
    if ctx.report is not None or own is None or news is None or period != news.label():
        return period
    head = _FILING_HEAD.search((ctx.text or "")[:_FILING_HEAD_CHARS])
    if head is None:
        return period
    if own.half is not None and _QUARTERLY.search(head.group(0)):
        # a quarterly report's "six months ended June 30" is its year to date; the filing
        # reports the quarter that ends it (decided case 42)
        return Period.of_quarter(own.year, own.half * 2).label()
    return own.label()


def _sale_reported(ctx: DocContext) -> bool:
    return ctx.last_sale is not None or bool(ctx.text and _DONE_SALE.search(ctx.text))


def _with_flow(
    ctx: DocContext, segment: Segment, period: str | None, flows: list[Extracted]
) -> str | None:
    """ "The firm sold 390 BTC and confirmed its intention to liquidate part of its digital
    gold assets": in a sentence that names no period, the intention is dated as the sale told
    beside it (decided case 2: one period rule for every metric)."""
    if not flows or ctx.dating(segment):
        return period
    return flows[0].period or period


def extract(
    segment: Segment, ctx: DocContext, flows: list[Extracted] | None = None
) -> Iterator[Extracted]:
    """At most one intention per sentence (`flows`: the sales the sentence states)."""
    for found in _intentions(segment, ctx):
        period = _with_flow(ctx, segment, found.period, flows or [])
        if ctx.first_intent is None:
            if _current(ctx, period):
                ctx.first_intent = period
        elif not flows and not ctx.dating(segment):
            # One story states one intention: told again in a sentence naming no period ("It
            # will continue to sell self-mined bitcoins"), it keeps the date of its first
            # statement ("disclosed that it sold more than 7,000 BTC last month, and it will
            # continue to liquidate its Bitcoin holdings"), not the publication's month.
            period = ctx.first_intent
        yield replace(found, period=period)


def _current(ctx: DocContext, period: str | None) -> bool:
    """Is `period` the report's or the publication's (back to the month before it), not a
    background intention recalled from earlier ("In 2022, Riot said it would sell …"), whose
    date a later undated "It will continue to sell …" must not take?"""
    told = Period.parse(period)
    if told is None:
        return True
    if ctx.report is not None:
        return told.last_day() >= ctx.report.first_day()
    if ctx.published is None:
        return True
    return told.last_day() >= shift_month(ctx.published, -1).first_day()


def _planned(text: str) -> re.Match[str] | None:
    """ "Its June sales plan calls for selling 100 BTC": a sale a plan lays out, of the coins
    (`treasury_planned`; not "calls for selling its bitcoin mining business")."""
    if not opens(PLAN_WORDS, lowered(text)):
        return None  # (no plan noun: `PLANNED_SALE` cannot match)
    planned = PLANNED_SALE.search(text)
    if planned is None:
        return None
    # The coin word read with what follows it ("bitcoin mining business" is no coin).
    start, end = planned.start("object"), planned.end()
    named = _INTENT_OBJECT.search(text[start : end + 40])
    if named is None or named.start() >= end - start:
        return None
    return planned


_PERMIT_HINTS = re.compile(r"allow|permit|enabl|authori")


def _intentions(segment: Segment, ctx: DocContext) -> Iterator[Extracted]:
    text = segment.text
    if _CONDITIONAL_START.match(text):
        return
    # (stages in order: the first intention found is the one told)
    strategy = _strategy(text, ctx)
    if strategy is not None:
        period = _stated(ctx, segment, strategy.start(), strategy.end())
        if ctx.published is not None and _THIS_MONTH.search(strategy.group(0)):
            period = shift_month(ctx.published, 0).label()  # the month the words were said
        yield observation(segment, INTENT, None, "BTC", period, kind=INTENT_KIND)
        return
    told = _told_intent(text, ctx)
    if told is not None:
        period = _stated(ctx, segment, *told)
        yield observation(segment, INTENT, None, "BTC", period, kind=INTENT_KIND)
        return
    match = _modal_intent(text, ctx)
    if match is None:
        return
    # The period follows the object: "sell … 400 BTC by the end of the fourth quarter".
    quantity = NEXT_FIGURE.search(text, match.end("verb"), match.end("object"))
    end = quantity.end() if quantity else match.end("verb")
    period = _starting(ctx, segment, match.start()) or _stated(ctx, segment, match.start(), end)
    yield observation(segment, INTENT, None, "BTC", period, kind=INTENT_KIND)


def _strategy(text: str, ctx: DocContext) -> re.Match[str] | None:
    """A selling strategy the entity states: "has adopted a strategy of selling" and the like."""
    selling = "selling" in lowered(text)
    strategy = (
        (_STRATEGY.search(text) or _FROM_NOW.search(text) or _MOVE_TO_SELLING.search(text))
        if selling
        else None
    )
    if strategy is not None and _stated_by_entity(text, strategy.end() - 1, ctx):
        return strategy
    return None


def _told_intent(text: str, ctx: DocContext) -> tuple[int, int] | None:
    """The span an intention is told by, other than a modal: a sale underway, a plan's sale, a
    headline's, a sale a policy permits, a purchase funded by the coins."""
    # (only while no sale is reported: "Cango is selling off its bitcoin stash" over a story of
    # the 4,451 BTC it sold tells the sale done, as a decision does, decided case 6)
    underway = UNDERWAY.search(text) if opens(UNDERWAY_WORDS, lowered(text)) else None
    if (
        underway is not None
        and _stated_by_entity(text, underway.start(), ctx)
        and not _sale_reported(ctx)
    ):
        return underway.start(), underway.end()
    planned = _planned(text)
    if planned is not None and _stated_by_entity(text, planned.start(), ctx):
        return planned.start(), planned.end()
    headline = _HEADLINE_TO.match(text) if " to " in text else None
    if (
        headline is not None
        and _INTENT_OBJECT.search(headline["object"])
        and _stated_by_entity(text, headline.start("object"), ctx)
    ):
        return headline.start("object"), headline.end()
    permitted = permitted_sale(text) if _PERMIT_HINTS.search(lowered(text)) else None
    if permitted is not None and _stated_by_entity(text, permitted, ctx):
        # "updated its treasury policy to allow the sale of its BTC reserves" (decided case 29)
        return permitted, permitted + 1
    funded = _FUNDED_BY_COINS.search(text) if "fund" in lowered(text) else None
    if funded is not None and _stated_by_entity(text, funded.start(), ctx):
        return funded.start(), funded.end()
    return None


def _modal_intent(text: str, ctx: DocContext) -> re.Match[str] | None:
    """The first modal intention ("plans to sell its bitcoin") the entity states of its coins."""
    if not opens(_MODAL_WORDS, lowered(text)):
        return None  # (no modal word: `_INTENT` cannot match)
    for match in _INTENT.finditer(text):
        if _sale_of_coins(text, match, ctx) and not _intent_ruled_out(text, match, ctx):
            return match
    return None


def _sale_of_coins(text: str, match: re.Match[str], ctx: DocContext) -> bool:
    """The intention's object is the company's coins (or holdings converted), the sale neither
    forced nor told both ways."""
    obj = match["object"]
    stop = _OBJECT_STOP.search(obj)
    if stop is not None:
        obj = obj[: stop.start()]
    converted = match["verb"] in _CONVERSIONS and _CONVERTED_COINS.match(obj)
    named = (
        _INTENT_OBJECT.search(obj)
        or (converted and _CONVERTED_HOLDINGS.search(obj))
        or (converted and converted["them"] and _company_them(text, match, ctx.entity))
        or (_BARE_SHARE.match(obj) and _company_them(text, match, ctx.entity))
    )
    if not named or _FORCED.search(match["mid"]) or _BOTH_WAYS.search(match["mid"]):
        return False
    # "convert its bitcoin mining site into an AI data center": no sale
    return not (match["verb"] in _CONVERSIONS and not converted)


def _intent_ruled_out(text: str, match: re.Match[str], ctx: DocContext) -> bool:
    """The intention is negated, another party's, dropped, ended or told before."""
    if guards.is_negated(text, match.start()) or _NOT.search(match["mid"]):
        return True
    if _NOT_TO_SELL.search(match["mid"]):
        return True
    if not _stated_by_entity(text, match.start(), ctx):
        return True  # another company's, or the industry's ("Many public miners plan to sell")
    if other_subject(text, match.start(), match.start("verb"), ctx.entity):
        return True  # "Galaxy may sell the coins it received": another party's plan
    if _DECISION.search(match["modal"]) and _sale_reported(ctx):
        return True
    if _ended(text, match):
        return True  # "was weighing a sale …, but it ultimately held"; "approved …, executed"
    return bool(_TOLD_BEFORE.search(text, 0, match.start()))
