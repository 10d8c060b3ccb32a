"""Bitcoin treasury figures in prose: sold, produced, held (then proceeds and intentions).

Each figure is a verb or noun phrase bound tightly to a BTC quantity ("sold 4,451 Bitcoin",
"4,451 BTC were sold", "holdings reached 2,193.7"), so sales of shares, purchases, hashrate
and prices never match. Guards then drop hypotheticals ("expects to have sold"), industry
aggregates, cumulative/YTD totals, per-day averages and peers' figures. Sale proceeds
(`proceeds`) and selling intentions (`intent`) are read from the same sentences.

Each figure family is a module of its own (`treasury_sold`, `treasury_produced`,
`treasury_held`), with the words they share (`treasury_phrases`); pairs of figures
(`treasury_pairs`), two miners' figures "respectively" (`treasury_respectively`) and zero
sales said in words (`treasury_zero`) too. This one gates a sentence and runs the guards.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from . import guards, intent, proceeds, ranges
from .context import DocContext
from .date_years import is_date_year
from .entities import is_peer_figure
from .folded import Folded, lowered
from .gates import any_of, opens, sentence_gate, sentence_gates, sentence_items
from .group_subject import is_group_paragraph, is_sum_after
from .mined_as_of import is_mined_as_of
from .model import BTC_HELD, BTC_PRODUCED, BTC_SOLD, Extracted
from .named_subject import is_named_other
from .needs import treasury_families
from .numbers import (
    BTC_ADJECTIVE,
    BTC_UNIT,
    FOOTNOTE,
    may_hold_money,
    parse_decimal,
    starts_number,
)
from .partner_subject import is_partner_subject
from .pattern_sets import PatternChoice
from .section_owner import is_peers_section
from .sentences import Segment
from .skipping import skipping
from .treasury_anaphora import is_industry_anaphora, is_peers_anaphora
from .treasury_change_noun import changed_holding
from .treasury_gapped import gapped
from .treasury_held import HELD, is_held_level
from .treasury_held_assets import HELD_ASSETS
from .treasury_held_moved import HELD_MOVED
from .treasury_instead import avoided_sales
from .treasury_mined_share import SOLD_OF_MINED
from .treasury_pairs import with_coordinated
from .treasury_per_hash import is_per_hash_rate
from .treasury_phrases import YEAR_LIKE, Gated, before_month
from .treasury_planned import is_planned_sale
from .treasury_plus import is_first_term
from .treasury_produced import PRODUCED, is_closed_total, is_own_production
from .treasury_respective import replaced, respective
from .treasury_respectively import respectively
from .treasury_restated import is_share_lead
from .treasury_running import running_parts
from .treasury_sold import SOLD, is_avoided_sale
from .treasury_spans import in_partial_span
from .treasury_totals import period_totals, totals_then_period
from .treasury_zero import zero_sales
from .treasury_zero_held import GATE as ZERO_HELD_GATE
from .treasury_zero_held import zero_holdings

_I = re.IGNORECASE

# "held 13,696 BTC, with 10,278 BTC directly owned and 3,418 held by a subsidiary", "8,000
# BTC, including 1,500 BTC in custody": a part of the holding just stated (README, decided case
# 12: one holding per date, its parts are not labelled).
_PART_LEAD = Folded(
    r"(?:\bwith|\bincluding|\bof\s+which|\bcomprising|\bconsisting\s+of|\bof\s+these,?)\s+"
    r"(?:approximately\s+|about\s+|roughly\s+|some\s+)?$"
)
# The holding just stated: a held word, then its coins, then only a short stretch (no verb that
# makes the next figure a new level: "sold 500 BTC, ending the month with 9,000 BTC").
_EARLIER_HOLDING = Folded(
    r"\b(?:held|holds|holding|holdings|owned|owns|reserves?|treasury)\b[^.;]{0,40}?\d\s*"
    r"(?:btc|bitcoins?)\b(?:(?!\b(?:end(?:ing|ed|s)|clos\w*|finish\w*|leav\w*|left|remain\w*|bring\w*|"
    r"brought)\b)[^.;\d]){0,40}$"
)
_UNIT_AFTER = re.compile(rf"{FOOTNOTE}\s*{BTC_ADJECTIVE}{BTC_UNIT}", _I)

# Cheap substring gates: a pattern family only runs on sentences holding one of its words,
# which keeps a 50 KB document well under the time budget. Sentence gates are answered by the
# one scan of a sentence the treasury, debt and AI readers share (`gates.opens`).
_BTC_WORDS = sentence_gate("bitcoin", "btc", "hodl", "₿", "coins")
# (the zero-holding reader's cheap look, answered by the sentence's one scan)
_ZERO_HELD_WORDS = sentence_gate(*ZERO_HELD_GATE)
# A rewrite's names for the coin, read only for a treasury sold whole (`zero_holdings`)
_COIN_NAMES = ("virtual currency", "cryptocurrency", "digital currency", "digital token")
_ZERO_HINTS = sentence_gate(
    "not sell", "n't sell", "no bitcoin", "no btc", "sold zero", "sold no", "selling no",
    "selling zero", "sold 0", "retained", "kept", "hodl", "was held", "were held",
    "selling any", "sell any", "sold none", "100", "hundred per", "not sold", "n't sold", "to hold",
    "to retain", "to keep", "of which", "all of", "all the", "all its", "all our",
    "all bitcoin", "all btc", "all mined", "all self", "all newly", "all produc",
    "none of the", "none of its", "refrain", "its entire", "the entire", "its whole",
    "every bitcoin", "every btc", "every coin", "every single", "deposited all",
    "zero bitcoin", "zero btc", "nil", "adding all", "added all", "not liquidate",
    "'s entire", "’s entire", "no sales of", "part with", "parted with", "every one",
    "each coin", "each bitcoin", "each btc", "each one", "it all", "them all",
    "them to its", "it to its", "them to the", "it to the",
    "n't liquidate", "not monetize", "not dispose", "done so", "yet to sell",
    *(f"all {digit}" for digit in "0123456789"),
)  # fmt: skip
# ("all 500 BTC mined": any decimal digit, as `\d` reads one; the ASCII ones are gate words)
_ALL_FIGURE = re.compile(r"all \d")
# ("fund": a build-out to be "funded using … BTC holdings" is an intention to sell, see intent)
_SELL_WORDS = sentence_gate(
    "sell",
    "sold",
    "sale",
    "liquidat",
    "monetiz",
    "monetis",
    "convert",
    # ("exchange … for fiat": only with the money named; "exchange" alone is mostly a stock
    # exchange or exchangeable notes, and would open the intention readers for nothing)
    "for fiat",
    "for cash",
    "for dollars",
    "for u.s. dollars",
    "offload",
    "dispose",
    "fund",
)


def _on_lowercase(patterns: Gated) -> Gated:
    """The family's patterns, those wholly case-insensitive run as `Folded` ones (over the
    sentence's lowercase: same matches, several times faster); a pattern with a case-sensitive
    part stays as it is."""
    return [(gate, _folded(pattern)) for gate, pattern in patterns]


def _folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or "(?-i" in source or "(?i" in source:
        return skipping(pattern)
    return Folded(source)  # type: ignore[return-value]  # a Pattern's search/finditer/groupindex


_FAMILIES: tuple[tuple[str, Gated], ...] = (
    (BTC_SOLD, _on_lowercase([*SOLD, *SOLD_OF_MINED])),
    (BTC_PRODUCED, _on_lowercase(PRODUCED)),
    (BTC_HELD, _on_lowercase([*HELD, *HELD_MOVED, *HELD_ASSETS])),
)
# Every family's gates, answered by the sentence's one scan with the sentence gates (cheaper
# than one by one, and than a second scan of the sentences the families read).
sentence_gates([gate for _, patterns in _FAMILIES for gate, _ in patterns])
# Every family's patterns, asked of a sentence in one RE2 pass (`pattern_sets.PatternChoice`):
# "sold" opens a dozen sale patterns, one of which binds "sold 4,451 BTC"; an opened pattern
# that cannot match is not scanned.
_FIGURE_SET = PatternChoice(pattern for _, patterns in _FAMILIES for _, pattern in patterns)


def extract(segment: Segment, ctx: DocContext) -> list[Extracted]:
    """Treasury observations stated in one sentence."""
    lower = lowered(segment.text)
    found: list[Extracted] = []
    if opens(_BTC_WORDS, lower):
        found = _of_btc_sentence(segment, ctx, lower)
    elif ("production" in lower or "output" in lower) and _zero_hinted(lower):
        # "The Company retained 100% of its April production": production is the bitcoin.
        found.extend(zero_sales(segment, ctx, found))
    elif ("all of" in lower or "entire" in lower) and any(name in lower for name in _COIN_NAMES):
        # "In June, Core Scientific sold all of its holdings of the virtual currency": a
        # rewrite's name for the coin (decided case 34)
        found.extend(zero_holdings(segment, ctx, found))
    if found:
        _remember_production(found, ctx)
        found = _of_restated(segment, ctx, found)
    sales = [item for item in found if item.metric == BTC_SOLD and item.value]
    if may_hold_money(lower):
        found.extend(proceeds.extract(segment, ctx, sales))
    if opens(_SELL_WORDS, lower):
        found.extend(intent.extract(segment, ctx, sales))
    if sales:
        ctx.last_sale = (segment.end, sales[0].period)
    return found


def _of_btc_sentence(segment: Segment, ctx: DocContext, lower: str) -> list[Extracted]:
    """The figures of a sentence with BTC words: each family's patterns, then the forms that
    build on what they found (zeros, avoided sales, totals, parts, "respectively")."""
    found: list[Extracted] = []
    families = treasury_families(lower)  # (`needs`: the families that may match)
    if families:
        possible = _FIGURE_SET.possible(segment.text, lower)  # (one RE2 pass: all families)
        for metric, patterns in _FAMILIES:
            if metric in families:
                open_patterns = possible.among(sentence_items(lower, patterns))
                found.extend(_figures(segment, ctx, open_patterns, metric))
    if _zero_hinted(lower):
        found.extend(zero_sales(segment, ctx, found))
    if opens(_ZERO_HELD_WORDS, lower):
        found.extend(zero_holdings(segment, ctx, found))  # "it held no corporate Bitcoin"
    if "instead of" in lower or "rather than" in lower or "in lieu of" in lower:
        found.extend(avoided_sales(segment, ctx, found))  # "instead of selling its BTC, …"
    if " to " in lower and ("total" in lower or "tally" in lower or "production" in lower):
        found.extend(period_totals(segment, ctx, found))
    if "total" in lower or " and " in lower:
        found.extend(totals_then_period(segment, ctx, found))
    if ", including " in lower or ", with " in lower or ", of which " in lower:
        found.extend(running_parts(segment, ctx))
    if " from " in lower and " to " in lower:
        found.extend(changed_holding(segment, ctx, found))  # "a jump from 27,000 BTC to …"
    if ctx.entity:
        found.extend(gapped(segment, ctx))  # "…, Riot alone 477": the verb left out
    if "respectively" in lower:
        if ctx.entity:
            found.extend(respectively(segment, ctx))
        pairs = respective(segment, ctx)
        if pairs:
            found = replaced(found, pairs)
    return found


def _note_restated(segment: Segment, match: re.Match[str], ctx: DocContext) -> None:
    """A production the prose stated before, told again as the lead of a share sold
    (`treasury_restated`): noted, so that the sentence dates it, and its sales, by the
    production it restates."""
    value = parse_decimal(match["qty"])
    if value in ctx.produced and is_share_lead(segment.text, match.start("qty"), match.end("qty")):
        ctx.restated = (segment.start, value, ctx.produced[value])


def _remember_production(found: list[Extracted], ctx: DocContext) -> None:
    """Each production figure's period, by value, for a later restatement ("Of that 189 BTC
    earned, …") to take (`treasury_restated`)."""
    for item in found:
        if item.metric == BTC_PRODUCED and item.value is not None:
            ctx.produced[item.value] = item.period


def _of_restated(segment: Segment, ctx: DocContext, found: list[Extracted]) -> list[Extracted]:
    """A sentence whose lead restated a production (`treasury_restated`): the production told
    again is of its first statement's period, and so are the sentence's sales when it names no
    period of its own."""
    if ctx.restated is None or ctx.restated[0] != segment.start:
        return found
    _, value, period = ctx.restated
    if period is None:
        return found
    own = any(m.period is not None for m in ctx.mentions(segment))
    return [
        replace(item, period=period)
        if (item.metric == BTC_PRODUCED and item.value == value)
        or (item.metric == BTC_SOLD and not own)
        else item
        for item in found
    ]


def _zero_hinted(lower: str) -> bool:
    """Words of a zero sale in the lowercased sentence (`zero_sales` reads it then)."""
    return opens(_ZERO_HINTS, lower) or ("all " in lower and _ALL_FIGURE.search(lower) is not None)


def _figures(
    segment: Segment,
    ctx: DocContext,
    patterns: list[re.Pattern[str]],
    metric: str,
) -> Iterator[Extracted]:
    """The figures the family's `patterns` (those whose gates opened) find."""
    text = segment.text
    seen: set[int] = set()
    for pattern in patterns:
        for match in pattern.finditer(text):
            qty_start = match.start("qty")
            if qty_start in seen or not starts_number(text, qty_start):
                continue
            if not _acceptable(segment, match, metric, ctx):
                continue
            seen.add(qty_start)
            if metric == BTC_PRODUCED:
                _note_restated(segment, match, ctx)  # "Of that 189 BTC earned, it sold 134"
            yield from with_coordinated(segment, ctx, match, metric, seen)


# Guidance words of a treasury figure ("projects production of 4,500 BTC", "guidance calls for
# 400 BTC a month"); not in the shared guards, where a guided AI capex is a figure.
_FORECAST = Folded(
    r"\b(?:guidance|guided|guiding|outlook|projects|projecting|budgets|budgeted|forecasting|"
    r"expects|expecting|anticipates|anticipating)\b"
)


# Others than the company as the subject of the verb: its clients ("its hosting customers
# sold", "clients have held") or outsiders whose coins it reports ("Marathon said the hackers
# possessed 50 BTC stolen from an exchange", "the thieves held", "investors sold").
_OTHERS_SUBJECT = Folded(
    r"\b(?:customers|clients|users|depositors|counterparties|hackers|thieves|attackers|"
    r"scammers|criminals|exploiters|investors|traders|whales|speculators)\s+(?:also\s+|have\s+|"
    r"had\s+|collectively\s+|still\s+)?$"
)
# "Customer's bitcoin production decreased from 265 in April to 128 in May": the hosted
# customers' output named as the clause's subject, whatever verb carries the figure.
_CLIENT_OUTPUT = Folded(
    r"\b(?:customers?|clients?)(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:production|output)\b"
)


def _presupposed(text: str, match: re.Match[str], metric: str) -> bool:
    """ "plans to sell the 156 BTC mined during the month": the production is a fact the plan
    takes for granted (a definite "the N BTC mined"), though the sale is only planned."""
    return (
        metric == BTC_PRODUCED
        and match.start() == match.start("qty")
        and text[: match.start()].endswith("the ")
    )


# "Prior to the sale, Bit Farms held more than 6,300 bitcoin", "Before the liquidation, the
# company's treasury stood at 9,000 BTC": the balance before the event the story reports is
# its starting point (README, decided case 1), however the sentence goes on.
_BEFORE_EVENT = Folded(
    r"^\W*(?:prior\s+to|before|ahead\s+of)\s+(?:the|this|that|its|these|those)\s+(?:[\w-]+\s+)?"
    r"(?:sales?|transactions?|liquidations?|disposals?|disposition|selloff|sell-off|deals?)\b"
)


# "Prior to the sale, Bit Farms held more than 6,300 bitcoin, though … that stash has fallen to
# about 3,349": past a turn of contrast the sentence tells the level after the event.
_TURN = Folded(r",\s+(?:though|although|but|whereas|yet)\b")


def _before_event(text: str, start: int) -> bool:
    """Is the holding at `start` the balance before the event the sentence opens with?"""
    lead = _BEFORE_EVENT.search(text, 0, start)
    return lead is not None and _TURN.search(text, lead.end(), start) is None


# "About 3,000 Bitcoins, or roughly 47% of Bitfarms' total holdings of about 6,349 BTC, have
# been sold": the holding a share sold is measured against is the level before the sale (its
# starting point, README decided case 1), not the holding after it.
_SHARE_BASE = Folded(
    r"\b\d[\d.]*\s*(?:%|per\s?cent)\s+of\s+(?:its|their|the\s+company['’]s|[\w.&-]+['’]s?)\s+"
    r"(?:total\s+|entire\s+|whole\s+)?(?:(?:bitcoin|btc)\s+)?(?:(?:holdings|treasury|reserves?|"
    r"stash|stack)\s+(?:of\s+)?)?$"
)
_SHARE_BASE_REACH = 80


def _share_base(text: str, start: int) -> bool:
    """Is the holding at `start` the base a share of it is told against ("47% of its total
    holdings of 6,349 BTC")?"""
    head = max(0, start - _SHARE_BASE_REACH)
    window = text[head:start]
    return ("%" in window or "per" in window) and bool(_SHARE_BASE.search(text, head, start))


def _is_part_of_holding(text: str, qty: int) -> bool:
    """A part introduced after a holding stated earlier in the sentence (see `_PART_LEAD`)."""
    lead = _PART_LEAD.search(text, max(0, qty - 30), qty)
    return lead is not None and _EARLIER_HOLDING.search(text, 0, lead.start()) is not None


# "So far, Riot holds 19,000 BTC", "to date, the company has 12,703 bitcoin on its balance
# sheet": with a present holding these adverbs say "now", not a running total (a stock has no
# total to run); a flow ("mined 5,810 BTC to date") stays cumulative.
_NOW_ADVERB = skipping(re.compile(r"\b(?:to\s+date|so\s+far|as\s+of\s+now|thus\s+far)\b", _I))
_NOW_GATE = any_of("to date", "so far", "as of now", "thus far")


def _cumulative(text: str, start: int, end: int, metric: str) -> bool:
    """`guards.is_cumulative`, except that "to date"/"so far" beside a holding is its date."""
    if metric == BTC_HELD and _NOW_GATE.search(lowered(text)):
        text = _NOW_ADVERB.sub(lambda found: " " * len(found.group(0)), text)
    elif metric != BTC_HELD and _year_to_date(text, start, end):
        return True
    return guards.is_cumulative(text, start, end)


# "as of September 30, 2021, produced 2,098 self-mined bitcoins in 2021": a year's flow counted
# up to a day before its end is year-to-date, not the whole year. Month first or day first
# ("as of 30 September 2021").
_AS_OF_DAY = Folded(
    r"\bas\s+(?:of|at)\s+(?:(?P<mon>[a-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?|(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
    r"(?P<month>[a-z]+)\.?),?\s+(?P<y>(?:19|20)\d\d)\b[^.;]{0,50}$"
)
_IN_YEAR_AFTER = Folded(r"\s+(?:in|for|during)\s+(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)\b")


def _year_to_date(text: str, start: int, end: int) -> bool:
    after = _IN_YEAR_AFTER.match(text, end)
    if after is None:
        return False
    dated = _AS_OF_DAY.search(text, max(0, start - 80), start)
    if dated is None or dated["y"] != after["y"]:
        return False
    month, day = dated["mon"] or dated["month"], dated["d"] or dated["day"]
    return not (month.startswith("dec") and day == "31")


# A story's opening: its title and first sentences tell the news the story is about.
_LEAD_CHARS = 600


def _lead_news(segment: Segment, text: str, start: int) -> bool:
    """ "Hut 8 … said last week that it finally gave in and sold 188 bitcoins in February" in
    a story's opening sentences: the news the story reports, told as said last week (further
    down, the same words recall background: "CleanSpark said last week that it mined 478 BTC
    in August", in a story about a site purchase). Not a passage's first sentence: with no
    headline or opening before it there is no story to say what its news is."""
    return 0 < segment.start < _LEAD_CHARS and guards.is_only_said_earlier(text, start)


# "expects to sell all 2,500 of its bitcoin holdings in Q1 2026. The company had already
# offloaded 1,900 BTC in January alone": "had already" counts what is done so far of the
# current period, not an earlier event, when the month it names lies in the quarter of
# publication (not "had sold 7,202 bitcoin in June" in August: a month of another quarter).
_ALREADY = Folded(r"\bhad\s+already\s+$")
_ALREADY_REACH = 40


def _already_this_quarter(segment: Segment, ctx: DocContext, start: int, end: int) -> bool:
    text = segment.text
    if ctx.published is None or "already" not in text[max(0, start - _ALREADY_REACH) : start]:
        return False  # cheap gate
    if _ALREADY.search(text, max(0, start - _ALREADY_REACH), start) is None:
        return False
    after = [m for m in ctx.mentions(segment) if m.start >= end and m.period is not None]
    if not after or after[0].start - end > _ALREADY_REACH or after[0].period.month is None:
        return False
    named, published = after[0].period, ctx.published
    return (
        named.year == published.year
        and (named.month - 1) // 3 == (published.month - 1) // 3
        and named.month <= published.month
        and not named.is_date
    )


def _acceptable(segment: Segment, match: re.Match[str], metric: str, ctx: DocContext) -> bool:
    """The guards every figure passes, then its own family's (`is_own_production`,
    `is_held_level`). Cheap tests run first; the order of the groups matters for speed only,
    except the partial-span test, which records a flow and so runs last."""
    if (
        _not_a_figure(segment.text, match, metric, ctx)
        or _not_a_result(segment.text, match, metric)
        or _not_this_company(segment, match, ctx)
        or _not_the_total(segment, match, metric, ctx)
    ):
        return False
    text = segment.text
    if metric != BTC_HELD and in_partial_span(text, match.start("qty"), match.end(), ctx.published):
        ctx.span_flows.add((metric, parse_decimal(match["qty"])))
        return False  # "sold off 2,201 BTC between November and December": two months' sales
    if metric == BTC_PRODUCED:
        return is_own_production(text, match)
    if metric == BTC_HELD:
        return is_held_level(text, match)
    return True


def _not_a_figure(text: str, match: re.Match[str], metric: str, ctx: DocContext) -> bool:
    """A number that is no period's coins: an open total, a date's year, a negation."""
    if metric == BTC_PRODUCED and not is_closed_total(match, ctx.published):
        return True  # (first: a cheap test, before the guards that read the whole sentence)
    if is_date_year(text, match.start("qty"), match.end("qty")):
        return True  # "as of December 9, 2024\nBitcoin Holdings": a date's year, no coins
    if YEAR_LIKE.match(match["qty"]) and not _UNIT_AFTER.match(text, match.end("qty")):
        return True  # "Bitcoin production of 2024 …": a year, not a unit-less quantity
    if ("/" in text or "hash" in text) and _per_hash(text, match):
        return True  # "The 24.5 BTC/average EH/s is down 45%": a yield per unit of hash rate
    return guards.is_negated(text, match.start())


def _per_hash(text: str, match: re.Match[str]) -> bool:
    """The coins are divided by the fleet's hash rate (after the unit, or "for every
    exahash" before the number)."""
    unit = _UNIT_AFTER.match(text, match.end("qty"))
    return is_per_hash_rate(text, match.start("qty"), unit.end() if unit else match.end("qty"))


def _not_a_result(text: str, match: re.Match[str], metric: str) -> bool:
    """A figure that is not a result of the company's own: hypothetical, guidance, clients',
    a partner's, an aggregate or a cumulative total, a prior period's."""
    start, end = match.start(), match.end()
    if guards.is_hypothetical(text, before_month(text, start)) and not _presupposed(
        text, match, metric
    ):
        return True
    clause = guards.clause_before(text, start)
    if _FORECAST.search(clause):
        return True  # "projects production of 4,500 BTC for 2024": guidance, not a result
    if _OTHERS_SUBJECT.search(clause):
        return True  # "Riot's customers sold 500 BTC through its desk": the clients' coins
    if metric == BTC_PRODUCED and _CLIENT_OUTPUT.search(
        guards.clause_before(text, match.start("qty"))
    ):
        return True  # "Customer's bitcoin production decreased … to 128 in May"
    if is_partner_subject(text, start):
        return True  # "Acme Hosting, Riot's hosting partner, mined 120 BTC": the partner's
    if guards.is_aggregate(text, start) or _cumulative(text, start, end, metric):
        return True
    if metric == BTC_PRODUCED and is_mined_as_of(text, match.start("qty"), end):
        return True  # "As of May 24, 2018, Hut 8 has mined 1,300 BTC": a running total
    if is_sum_after(text, match.end("qty")):
        return True  # "… produced 1,500 BTC combined": several companies' sum
    return guards.is_prior_period(text, match.start("qty"), end)


def _not_this_company(segment: Segment, match: re.Match[str], ctx: DocContext) -> bool:
    """A figure of an earlier event, of a peer, of clients, or of a group the sentence is in."""
    text, start, end = segment.text, match.start(), match.end()
    if (
        guards.is_earlier_event(text, start)
        and not _lead_news(segment, text, start)
        and not _already_this_quarter(segment, ctx, start, end)
    ):
        return True  # a recalled earlier sale or balance (README, decided case 1)
    if is_peer_figure(text, match.start("qty"), ctx.entity):
        return True
    if is_named_other(text, start, ctx.entity):
        return True  # "Sequans sold 970 BTC" in a story about Hut 8: another company's
    if guards.is_for_clients(text, end) or ranges.is_range_end(text, match.start("qty"), end):
        return True
    return _others_in_context(segment, text[:start], ctx)


def _others_in_context(segment: Segment, before: str, ctx: DocContext) -> bool:
    """The sentences around tie the figure to a peer, the industry or a group of miners."""
    if ctx.text and is_peers_anaphora(ctx.text, segment.start, before, ctx.entity):
        return True  # "The miner sold 465 BTC" after a sentence about a peer
    if ctx.text and is_industry_anaphora(ctx.text, segment.start, before):
        return True  # "Miners have been selling … . they offloaded 15,000 BTC"
    if is_group_paragraph(ctx.text, segment.start, before):
        return True  # "… for the eight public miners … Holdings reached 20,000 BTC"
    return bool(ctx.text) and is_peers_section(ctx.text, segment.start, segment.text, ctx.entity)


def _not_the_total(segment: Segment, match: re.Match[str], metric: str, ctx: DocContext) -> bool:
    """A planned or avoided sale, a part of a sum or of a holding, a holding before an event."""
    text, start = segment.text, match.start()
    if metric == BTC_SOLD and is_planned_sale(text, match.start("qty")):
        return True  # "its June sales plan calls for selling 100 BTC": planned, not sold
    if metric == BTC_SOLD and is_avoided_sale(text, start):
        return True  # "refrained from liquidating 500 BTC": a sale not made
    if is_first_term(text, match.end("qty")):
        return True  # "offloaded 463 BTC plus another 12 BTC": a part of the sum sold
    if metric == BTC_HELD and _is_part_of_holding(text, match.start("qty")):
        return True
    if metric == BTC_HELD and _before_event(text, start):
        return True  # "Prior to the sale, Bit Farms held more than 6,300 bitcoin": before it
    if metric == BTC_HELD and _share_base(text, start):
        return True  # "47% of Bitfarms' total holdings of about 6,349 BTC, have been sold"
    return guards.under_cumulative_heading(ctx.text, segment.start)
