"""Zero sales in words: "did not sell any bitcoin", "retained 100% of its production" → 0 sold.

Also a standing zero ("has not sold any bitcoin since October 2020") and a production kept
("mined 31.7 bitcoin in January, choosing to hold them").

Said of the production in the same sentence, the zero takes that production's period; beside a
holdings figure, that balance's month.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from . import guards
from .context import DocContext
from .entities import is_peer_figure
from .evidence import observation
from .folded import Folded, lowered
from .group_subject import is_group_subject
from .model import BTC_HELD, BTC_PRODUCED, BTC_SOLD, Extracted
from .pattern_sets import PatternChoice
from .periods import Period
from .resolver import resolve_period
from .sentences import Segment
from .treasury_joint import said_jointly
from .treasury_phrases import before_month
from .treasury_policy_zero import is_policy_gloss

# Run over the lowercased sentence (`Folded`): these are tried on many sentences.
_SOLD_NONE = [
    # "did not sell any bitcoin", "did not sell bitcoin", "did not sell any of the 450 bitcoin"
    # "has not sold any bitcoin since October 2020": a standing zero, so none in the period either
    Folded(r"\b(?:did\s+not|didn't|has\s+not|hasn't|had\s+not|have\s+not|haven't)\s+"
               r"(?:sell|sold|liquidate[d]?|monetize[d]?|dispose[d]?\s+of)\s+(?:any\s+|a\s+single\s+)?"
               r"(?:of\s+(?:its|the)\s+)?(?:\d[\d,.]*\s+)?(?:(?:self-\s?|newly[- ])?mined\s+)?"
               r"(?:bitcoin|BTC|coins?\b)"),
    Folded(r"\bselling\s+(?:no|zero)\s+(?:bitcoins?|BTC)\b"),
    Folded(r"\bno\s+(?:bitcoins?|BTC)\s+(?:was|were|has\s+been|have\s+been)\s+sold\b"),
    Folded(r"\bno\s+(?:bitcoin|BTC)\s+sales\b"),
    Folded(r"\bsold\s+(?:zero|no|0)\s+(?:bitcoins?|BTC)\b"),
    # "all of the 450 BTC produced in April were held", "kept all 450 bitcoin it produced"
    Folded(r"\ball\s+(?:of\s+)?(?:the\s+|its\s+|our\s+)?(?:\d[\d,.]*\s+)?(?:bitcoins?|BTC)\s+"
               r"(?:it\s+|we\s+)?(?:produced|mined)(?:\s+(?:in|during|for)\s+[^,;.]{3,30}?)?\s+"
               r"(?:was|were)\s+(?:held|retained|kept)\b"),
    # "kept all 450 bitcoin it produced", "held on to every bitcoin it mined", "continues to
    # hold all of the bitcoin it mines"
    # ("HODLed all 450 BTC produced in April": the community's verb)
    Folded(r"\b(?:held|hold|holds|holding|retained|kept|added|hodl(?:'?d|ed))\s+(?:on\s*to\s+)?"
               r"(?:all|every(?:\s+single)?)\s+"
               r"(?:of\s+(?:its|the)\s+)?(?:\d[\d,.]*\s+)?(?:bitcoins?|BTC|coins?)\s+(?:it\s+|we\s+|that\s+it\s+)?"
               r"(?:had\s+|has\s+)?(?:produced|mined|produces|mines)\b"),
    Folded(r"\bzero\s+(?:bitcoins?|BTC)\s+(?:(?:was|were|has\s+been|have\s+been)\s+)?sold\b"),
    # "bitcoin sales were nil in April"
    Folded(r"\b(?:bitcoin|BTC)\s+sales\s+(?:were|was|came\s+to|totaled|totalled)\s+(?:nil|zero|none)\b"),
    # "adding all 450 BTC mined in April to its treasury", "All 450 bitcoin mined in April were
    # added to Riot's treasury": the whole production went to the balance
    Folded(r"\badd(?:ed|ing|s)\s+all\s+(?:of\s+)?(?:the\s+|its\s+)?(?:\d[\d,.]*\s+)?(?:bitcoins?|BTC|coins)\s+"
               r"(?:it\s+|we\s+)?(?:self-)?(?:mined|produced)\b"),
    # ("All 450 bitcoin Riot mined in April went to its treasury": the miner named, "went")
    Folded(r"\ball\s+(?:of\s+)?(?:the\s+|its\s+)?(?:\d[\d,.]*\s+)?(?:bitcoins?|BTC|coins)\s+"
               r"(?:it\s+|we\s+|(?:the\s+)?[a-z][\w-]*\s+)?"
               r"(?:self-)?(?:mined|produced)\s+(?:in\s+[^,;.]{3,30}?\s+)?(?:(?:was|were)\s+(?:added|deposited|"
               r"transferred|sent)|went)\s+(?:in)?to\s+(?:its\s+|the\s+|our\s+|\w+['’]s\s+)?(?:treasury|reserves?|holdings|"
               r"balance\s+sheet|custody)\b"),
    # "HODLed its entire April production", "kept the whole of its monthly output"
    Folded(r"\b(?:h[oO]dl(?:'?d|ed)|held|retained|kept)\s+(?:its|the|their|our)\s+(?:entire|whole|full)\s+"
               r"(?:[\w-]+\s+){0,2}?(?:production|output)\b"),
    # "chose to hold its April production", "opted to keep all of its mined bitcoin"
    Folded(r"\b(?:chose|opted|decided|elected)\s+to\s+(?:hold|retain|keep|hodl)\s+"
               r"(?:all\s+(?:of\s+)?)?(?:its|the|their|our)\s+(?:entire\s+)?(?:[\w-]+\s+){0,2}?"
               r"(?:production|output|(?:self-|newly[- ])?mined\s+(?:bitcoins?|BTC|coins))\b"),
    # "deposited all of its mined bitcoin into custody"
    # ("deposited all 120 BTC it mined in May into custody")
    Folded(r"\bdeposit(?:ed|ing)\s+(?:all|100\s?%)\s+(?:of\s+)?(?:its\s+|the\s+|our\s+)?(?:\d[\d,.]*\s+)?"
               r"(?:self-mined\s+|newly[- ]mined\s+|mined\s+)?(?:bitcoins?|BTC|production)\s+"
               r"(?:(?:it|we)\s+(?:self-)?(?:mined|produced)\s+)?(?:(?:in|during)\s+[^,;.]{3,30}?\s+)?"
               r"(?:in)?to\s+(?:\w+\s+)?(?:custody|cold\s+storage|treasury|reserves?)\b"),
    # "did not part with any of its bitcoin", "never parted with a single coin"
    Folded(r"\b(?:did\s+not|didn't|has\s+not|hasn't|had\s+not|have\s+not|haven't|never)\s+"
           r"part(?:ed)?\s+with\s+(?:any|a\s+single)\b(?:\s+of\s+(?:its|the|their|our))?\s+"
           r"(?:[\w-]+\s+)?(?:bitcoins?|BTC|coins?|holdings|production)\b"),
    # "refrained from selling any bitcoin"
    Folded(r"\brefrain(?:ed|ing)?\s+from\s+selling\s+(?:any\s+)?(?:of\s+(?:its|the)\s+)?"
               r"(?:[\w-]+\s+)?(?:bitcoins?|BTC|production)\b"),
    # "None of the 450 BTC mined in April were sold"
    Folded(r"\bnone\s+of\s+(?:the\s+|its\s+|our\s+)?(?:\d[\d,.]*\s+)?(?:self-mined\s+|"
               r"newly[- ]mined\s+|mined\s+)?(?:bitcoins?|BTC|production|coins)\b[^.;]{0,40}?\b"
               r"(?:was|were|has\s+been|have\s+been)\s+sold\b"),
    # "added 3,568 BTC, all of its mined coins in 2022, to its reserves"
    Folded(r"\badded\s+(?:\d[\d,.]*\s+)?(?:bitcoins?|BTC|coins)\s*,\s+all\s+of\s+(?:its|the|their|our)\s+"
               r"(?:self-)?(?:mined|produced)\s+(?:coins|bitcoins?|BTC)\b"),
    Folded(r"\ball\s+(?:of\s+(?:its|the)\s+)?(?:bitcoins?\s+|BTC\s+)?(?:production|produced|"
               r"mined)\s+(?:\w+\s+)?(?:was|were)\s+(?:hodl(?:'?d|ed)?|held|retained|kept)\b"),
    Folded(r"\b(?:that|this|the)\s+(?:bitcoin|BTC|production)\s+(?:was|were)\s+"
               r"(?:retained|held|kept|hodl(?:'?d|ed)?)\b"),
    Folded(r"\b(?:opting|opted|chose|choosing|decided)\s+(?:against|not\s+to)\s+sell(?:ing)?"
               r"\s+any\b"),
    # "… but sold none", "sold none of its bitcoin" (not "sold none of its shares")
    Folded(r"\b(?:sold|selling)\s+none\b(?!\s+of\s+(?!(?:its|the|their|our)\s+(?:\w+\s+){0,2}?"
               r"(?:bitcoins?|BTC|production|holdings|coins)\b))"),
    # "retained 100% of its production", "holding all mined bitcoin", "HODL'd all of it"
    Folded(r"\b(?:retain(?:ed|ing|s)?|h[oO]dl(?:'?d|ed|ing|s)?|kept|keeps?|keeping|held|holds?|holding)\s+"
               # ("hodl one hundred percent of the bitcoin that they mine": the share in words,
               # the miner as "they")
               r"(?:on\s*to\s+)?(?:100\s?%|(?:100|one\s+hundred)\s+per\s?cent|all)\s+of\s+"
               r"(?:its\s+|the\s+|our\s+|their\s+)?"
               r"(?:[\w-]+\s+){0,2}?"
               r"(?:production|output|(?:self-|newly[- ])?mined\s+(?:bitcoins?|BTC|coins)|"
               r"(?:bitcoins?|BTC|coins)\s+(?:that\s+)?(?:it|we|they)\s+(?:mined|produced|mines|produces|mine|produce))\b"),
    # The company's own mined coins kept, in the verbs news copy uses: "continued to hold on to
    # its mined bitcoin", "kept its newly mined BTC", "held onto all of its self-mined coins"
    # (done or continuing, not "plans to hold").
    Folded(r"\b(?:(?:continued|continues|continuing)\s+to\s+(?:hold|keep|retain|hodl|stack)|kept|"
               r"retained|h[oO]dl(?:'?d|ed)|held|stacked)\s+(?:on\s*to\s+|onto\s+)?"
               r"(?:all\s+(?:of\s+)?)?(?:its|their|our)\s+(?:own\s+)?"
               r"(?:self-\s?|newly[- ])?mined\s+(?:bitcoins?|BTC|coins)\b"),
    # "hinted at its intentions to sell some of its mined bitcoin, but hasn't done so yet", "has
    # yet to sell any of its bitcoin": a sale spoken of and not made, so none in the period
    Folded(r"\bsell\s+(?:[\w-]+\s+){0,4}?(?:bitcoins?|BTC|coins|production|holdings)\b[^.;]{0,30}?"
           r"\b(?P<zero>(?:but|yet)\s+(?:it\s+|the\s+(?:company|miner|firm)\s+)?(?:has|have)(?:n't|\s+not)\s+"
           r"(?:yet\s+)?done\s+so)\b"),
    Folded(r"\b(?:has|have)\s+yet\s+to\s+sell\s+(?:any\s+|a\s+single\s+)?(?:of\s+(?:its|the|their|our)\s+)?"
           r"(?:[\w-]+\s+)?(?:bitcoins?|BTC|coins?)\b"),
    # "there were no sales of bitcoin in April"
    Folded(r"\bno\s+sales\s+of\s+(?:its\s+|the\s+)?(?:bitcoins?|BTC)\b"),
    # "added all of its April production to its treasury"
    Folded(r"\badd(?:ed|ing|s)\s+(?:all|100\s?%)\s+of\s+(?:its|the|our)\s+(?:[\w-]+\s+){0,3}?"
               r"(?:production|output)\s+to\b"),
    # "its May production of 120 BTC was fully retained", "output was entirely held"
    Folded(r"\b(?:production|output)\b(?:\s+of\s+[\d,.]+\s*(?:btc|bitcoins?))?\s+(?:was|were)\s+"
               r"(?:fully|entirely|wholly|completely)\s+(?:retained|held|kept|hodl(?:'?d|ed)?|"
               r"added\s+to|deposited)\b"),
    # "Riot's entire April production was retained"
    # ("Riot's entire April production of 450 BTC was retained": its size beside it)
    Folded(r"\b(?:entire|whole|full)\s+(?:[\w-]+\s+){0,3}?(?:production|output)"
               r"(?:\s+of\s+[\d,.]+\s*(?:btc|bitcoins?))?\s+(?:was|were)\s+"
               r"(?:retained|held|kept|hodl(?:'?d|ed)?|added|deposited)\b"),
    Folded(r"\b(?:holding|hodling|retaining|keeping)\s+all\s+(?:of\s+(?:its|the|our)\s+)?"
               r"(?:self-|newly[- ])?(?:mined|produced)\s+(?:bitcoins?|BTC)\b"),
    # "100% of self-mined Bitcoin was deposited into custody" ("self- mined" as pages break it)
    Folded(r"\b(?:100\s?%|all)\s+of\s+(?:its\s+|the\s+|our\s+)?"
               r"(?:self-\s?mined\s+|newly[- ]mined\s+|mined\s+)?(?:bitcoins?|BTC|production)"
               r"(?:\s+(?:for|in|during)\s+[^,;.]{3,30}?)?\s+(?:was|were)\s+(?:deposited\s+into\s+custody|held|retained|kept|"
               r"hodl(?:'?d|ed)?)\b"),
]  # fmt: skip

# Where kept coins go: "its treasury", "the company's reserves", "Riot's balance sheet".
_STORE = (
    r"(?:its\s+|the\s+|our\s+|their\s+|the\s+company['’]s\s+|\w+['’]s\s+)?(?:own\s+)?"
    r"(?:treasury|reserves?|holdings|balance\s+sheet|custody|cold\s+storage|stack|stash|"
    r"(?:(?:self-\s?mined\s+)?(?:bitcoin\s+|btc\s+))?(?:balance|treasury|reserves?))\b"
)

# "mined 31.7 bitcoin in January, choosing to hold them", "…, all of which were retained": the
# pronoun points back at a production, so these count only beside a production figure.
_KEPT_THEM = [
    Folded(
        r"\b(?:chose|choosing|chosen|opted|opting|decided|deciding|elected|electing)\s+to\s+"
        r"(?:hold|retain|keep|hodl|store)\s+(?:them|it|all\s+of\s+(?:them|it))\b"
    ),
    Folded(
        r"\ball\s+of\s+which\s+(?:it\s+|we\s+|were\s+|was\s+)(?:held|retained|kept|hodl(?:'?d|ed)?)\b"
    ),
    # "…, all of which went into its treasury", "… all of which were added to its reserves"
    Folded(
        r"\ball\s+of\s+which\s+(?:went|(?:was|were)\s+(?:added|deposited|transferred|moved|put))\s+"
        rf"(?:in)?to\s+{_STORE}"
    ),
    # "… and held onto every coin", "… and kept all of it", "… hodling every single one"
    Folded(
        r"\b(?:held|holds|holding|kept|keeps|keeping|retained|retains|retaining|hodl(?:'?d|ed|ing|s)?)"
        r"\s+(?:on\s*to\s+)?(?:all\s+of\s+(?:it|them)|(?:it|them)\s+all|(?:every|each)\s+"
        r"(?:single\s+)?(?:one|coin|bitcoin|btc))\b"
    ),
    # "… and added all of it to its reserve", "… adding them to its treasury"
    Folded(r"\badd(?:ed|ing|s)\s+(?:all\s+of\s+)?(?:it|them)\s+(?:all\s+)?to\s+" + _STORE),
    # "mined 450 BTC in April and did not sell any", "… adding every coin to its reserves"
    Folded(r"\b(?:did\s+not|didn't)\s+sell\s+any(?:\s+of\s+(?:it|them))?\s*(?:[.;,]|$)"),
    Folded(r"\badd(?:ed|ing)\s+(?:every|each)\s+(?:single\s+)?(?:coin|bitcoin|btc)\s+to\b"),
]
# Every zero pattern, asked of a sentence in one RE2 pass (`pattern_sets.PatternChoice`): a
# sentence with a zero's hint (`treasury._zero_hinted`: "retained", "all of", "100", …) is
# asked of some forty patterns, nearly all of which cannot match; only those that may are
# searched, in their order.
_ZERO_SET = PatternChoice([*_SOLD_NONE, *_KEPT_THEM])
# "is no longer holding all of its daily BTC production", "stopped keeping all its mined
# bitcoin": a kept production given up is a sale begun, not zero sold.
_GIVEN_UP_BEFORE = Folded(
    r"\b(?:no\s+longer|not|never|stopped|stops|ceased|ceases|ceasing|will\s+stop|ended)\s+"
    r"(?:(?:be|is|are|was|were)\s+)?(?:\w+\s+)?$|"
    # "different from its original decision to HODL all of its mined bitcoins": a policy left
    r"\b(?:original|previous|prior|former|earlier|old|past)\s+(?:[\w-]+\s+)?(?:decision|policy|"
    r"strategy|practice|approach|plan)\s+(?:to|of)\s+$"
)
_GIVEN_UP_REACH = 30
# "… has not sold any bitcoin since October 2020": the start of the streak is no period.
_SINCE_AFTER = Folded(r"\s+since\b")
# "Hut 8 had not sold any of its bitcoin since January of 2021": a streak told in the past
# perfect ended before the story's news (the sale that broke it), so it is no zero for now.
_ENDED_STREAK = Folded(r"\b(?:had\s+not|hadn't|had\s+never)\s+[^.;]{0,60}?\bsince\b")
# "this loan format allows Argo to expand … while refraining from selling any of its bitcoin",
# "lets the miner grow without selling its BTC": what a thing makes possible is a practice or a
# capability (decided case 18), not a period's zero.
_ENABLED_BEFORE = Folded(
    r"\b(?:allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|lets|letting|permit(?:s|ted|ting)?|"
    r"empower(?:s|ed|ing)?)\s+[^.;,]{0,80}?\bto\s+[^.;,]{0,100}$"
)
_ENABLED_REACH = 200


def zero_sales(segment: Segment, ctx: DocContext, found: list[Extracted]) -> Iterator[Extracted]:
    """ "did not sell any bitcoin" → a sale of 0. Said of the production in the same sentence
    ("produced 705 BTC last month … but sold none"), it takes that production's period; beside
    a holdings figure ("increased its holdings to 5,810 as of September 30 … holding all mined
    bitcoin"), that balance's month."""
    text = segment.text
    produced = [item.period for item in found if item.metric == BTC_PRODUCED] or [
        _closed_month(item.period) for item in found if item.metric == BTC_HELD
    ]
    patterns = (
        [*_SOLD_NONE, *_KEPT_THEM] if any(i.metric == BTC_PRODUCED for i in found) else _SOLD_NONE
    )
    for pattern in _ZERO_SET.possible(text, lowered(text)).among(patterns):
        match = pattern.search(text)
        if match is None:
            continue
        # (the zero's own words: "… to sell some of its bitcoin, but hasn't done so": the
        # sale spoken of may be a plan, the words that deny it are not)
        at = match.start("zero") if "zero" in pattern.groupindex else match.start()
        if guards.is_hypothetical(text, before_month(text, at)):
            continue
        if guards.is_earlier_event(text, at):
            continue
        if _GIVEN_UP_BEFORE.search(text, max(0, at - _GIVEN_UP_REACH), at):
            continue
        if _ENDED_STREAK.match(text, at):
            continue
        if _ENABLED_BEFORE.search(text, max(0, at - _ENABLED_REACH), at):
            continue
        if is_policy_gloss(text, at, found):
            continue  # "adheres to the HODL policy, holding all mined Bitcoins": a practice
        if is_group_subject(text, at):
            continue  # "Before the crypto winter, most miners adopted a strategy of holding …"
        if is_peer_figure(text, at, ctx.entity) and not said_jointly(text, at, ctx.entity):
            continue  # (not "Riot and Marathon … have kept their mined bitcoins": both did)
        period = (
            produced[0] if len(set(produced)) == 1 else _zero_period(ctx, segment, at, match.end())
        )
        if any(item.metric == BTC_SOLD and item.period == period for item in found):
            return  # "kept all 450 BTC mined in April, then sold 200 BTC from its reserves"
        yield observation(segment, BTC_SOLD, Decimal(0), "BTC", period)
        return


def _zero_period(ctx: DocContext, segment: Segment, start: int, end: int) -> str | None:
    """A period may sit inside the phrase ("retained 100% of its April production"); for
    "… since October 2020", only the report dates it (the streak's start is no period)."""
    if _SINCE_AFTER.match(segment.text, end) is None:
        # "HODLed its entire April production": the month inside the phrase dates it.
        inside = any(start <= m.start < end and m.period for m in ctx.mentions(segment))
        return resolve_period(ctx, segment, start, end if inside else start)
    return resolve_period(ctx, segment, start, start, lead_only=True, limit=end)


def _closed_month(period: str | None) -> str | None:
    """The month a balance closes: "as of June 1" is the close of May, "as of May 31" of May."""
    parsed = Period.parse(period)
    if parsed is None or not parsed.is_date:
        return parsed.label() if parsed else None
    month = parsed.as_month()
    return (month.previous() if parsed.day == 1 else month).label()
