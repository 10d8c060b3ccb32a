"""AI capacity a deal gives a named AI tenant: "a lease with a hyperscaler for 200 MW".

News copy tells contracted data-centre capacity by its tenant rather than by the data-centre
words `ai_capacity` reads ("critical IT", "HPC capacity"): "signed a $5 billion lease with a
U.S.-based hyperscaler for 200 MW", "commits Cipher to delivering 300 MW of capacity to AWS",
"to lease up to 16 megawatts of capacity in its Austin datacenter to cloud provider
CoreWeave", "plans to have 250 MW online for CoreWeave's AI colocation by the end of the year"
(README decided case 23: contracted capacity restated as a delivery target is capacity). The
tenant (a hyperscaler, an AI cloud, a named AI buyer) is what ties the MW to AI use (decided
case 5). And a build's phase completed or made ready for service ("completed the first 50 MW
phase of its AI Factory Campus, reaching Ready for Service") is capacity energised.

Not read: a tenant's own capacity ("CoreWeave operates 1.3 GW"), a deal still talked about
("in talks with a hyperscaler for 200 MW", "could lease up to 200 MW"), power bought from a
utility ("a power agreement with Google for 200 MW"), ranges, and a phase still to come
("expects to complete the next 50 MW phase before year-end").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import ranges
from .ai_earlier_deals import is_recalled_deal_size
from .ai_gross_figures import is_stated_gross
from .ai_parties import (
    COUNTERPARTY_NAMES,
    TENANT_WORDS,
    is_hedged,
    is_recalled,
    is_third_party_sentence,
)
from .ai_periods import state_period
from .ai_running_totals import is_tenant_running_total
from .context import DocContext
from .entities import is_peer_figure
from .evidence import observation
from .folded import Folded, lowered
from .model import AI_CAPACITY, CONTRACT_SIGNED, Extracted
from .numbers import APPROX, LEADING_NUMBER, power_in_mw, starts_number
from .sentences import Segment
from .skipping import skipping

# "200 MW", "16 megawatts", "50 megawatt (MW)" (no gigawatts: a tenant's GW is a campus's)
_MW = (
    rf"{APPROX}(?:up\s+to\s+)?(?P<mw>{LEADING_NUMBER})[\s-]?(?P<unit>MW|megawatts?)\b"
    r"(?:\s?\(MW\))?"
)
# "an additional 112 megawatts": an increment a deal contracts (the deal is what is read)
_INCREMENT = r"(?:(?:an?\s+)?(?:additional|incremental|further|another)\s+)?"
# The tenant: a named AI buyer, or a hyperscaler or cloud provider however qualified ("a
# U.S.-based hyperscaler", "cloud provider CoreWeave").
_TENANT = (
    rf"(?:(?:cloud\s+provider\s+)?(?-i:{COUNTERPARTY_NAMES})\b|"
    r"(?:an?\s+|the\s+|one\s+)?(?:[\w.-]+\s+){0,2}?(?:hyperscaler|cloud\s+provider)\b)"
)
_DEAL_WITH = rf"\b(?:leases?|agreements?|contracts?|deal)\s+with\s+{_TENANT}"
_PATTERNS = (
    # "signed a $5 billion lease with a U.S.-based hyperscaler for 200 MW"
    re.compile(rf"{_DEAL_WITH}[^.;()]{{0,40}}?\s+for\s+{_MW}", re.IGNORECASE),
    # "delivering 300 MW of capacity to AWS", "lease up to 16 megawatts of capacity in its
    # Austin datacenter to cloud provider CoreWeave"
    # (also "is leasing its 400 MW under-construction capacity to hyperscaler CoreWeave", "will
    # provide an additional 112 megawatts of computing infrastructure to support CoreWeave's
    # operations": the tenant's share told as the infrastructure provided to it)
    re.compile(
        rf"\b(?:deliver(?:s|ed|ing)?|leas(?:e|es|ed|ing)|provid(?:e|es|ed|ing))\s+"
        rf"(?:its\s+|the\s+)?{_INCREMENT}{_MW}"
        rf"(?:\s+(?:of\s+)?(?:[\w-]+\s+){{0,2}}?(?:capacity|infrastructure))?"
        rf"(?:\s+(?:in|at)\s+(?:[\w'’.-]+\s+){{0,4}}?)?"
        rf"\s*to\s+(?:support\s+|serve\s+)?(?:the\s+)?{_TENANT}",
        re.IGNORECASE,
    ),
    # "owns 1.3 gigawatts of data-center capacity, 840 megawatts of which is already under
    # contract to CoreWeave": the part of a whole a tenant has contracted
    re.compile(
        rf"{_MW}\s+of\s+which\s+(?:is|are)\s+(?:already\s+|now\s+|currently\s+)?"
        rf"(?:under\s+contract|contracted|leased)\s+(?:to|with|by)\s+(?:the\s+)?{_TENANT}",
        re.IGNORECASE,
    ),
    # "plans to have 250 MW online for CoreWeave's AI colocation by the end of the year"
    re.compile(
        rf"\b(?:have|bring|deliver)\s+{_MW}\s+(?:online|energi[sz]ed|operational|live|ready)\s+"
        rf"for\s+{_TENANT}",
        re.IGNORECASE,
    ),
)
# A build's phase done: "completed the first 50 megawatt (MW) phase of its AI Factory Campus".
_PHASE_DONE = re.compile(
    rf"\b(?:completed|finished|energi[sz]ed|delivered|commissioned)\s+(?:the\s+|its\s+)?"
    rf"(?:(?:first|initial)\s+)?{_MW}\s+phase\b",
    re.IGNORECASE,
)
# (compiled to skip to where a match can start; `_PHASE_DONE` keeps its name for `_is_level`)
_PATTERNS = tuple(map(skipping, _PATTERNS))
_PARTITIVE = _PATTERNS[2]  # (the partitive, read by `_is_level` by its identity)
# Each pattern's word, if any, that every match of it holds (lowercased): a sentence without it
# is not scanned. The partitive opens with its figure (an optional "approximately", "over", …
# then the number), which the engine cannot skip to, so it was tried at every position of each
# sentence naming MW and a tenant; "which" rules out nearly all of them at the cost of one `in`.
_NEEDS = {id(_PARTITIVE): "which"}
_PHASE_DONE = skipping(_PHASE_DONE)
_AI_SITE_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:AI|HPC|GPU|(?i:artificial\s+intelligence|high[- ]performance|"
    r"data\s+cent(?:er|re)|critical\s+IT))\b"
)
# Talk of a deal, not a deal: "in talks", "negotiating", "non-binding", an option or right.
_NOT_DONE = Folded(
    r"\b(?:talks|negotiat\w*|discussions?|non-binding|exploring|potential\w*|options?\s+(?:to|for)|"
    r"right\s+of\s+first|seeking|seeks|hopes?\s+to|aims?\s+to|if|"
    # "announced its plans to lease up to 16 megawatts": the lease itself still planned
    # (decided case 30; not "plans to have 250 MW online for CoreWeave", case 23)
    r"plan(?:s|ned|ning)?\s+to\s+(?:lease|sign|contract|enter)|"
    # "follows a long-term lease agreement with CoreWeave": an earlier deal (decided case 1)
    r"follows|followed)\b"
)
_PLANNED_BEFORE = Folded(r"\bplan(?:s|ned|ning)?\s+to\s+$")
# "for 800 megawatts of power capacity": a site's power (decided case 5), not critical IT
_POWER_AFTER = Folded(r"\s+of\s+(?:[\w-]+\s+){0,2}?power\b")
# "completed the second 50MW phase …, bringing the total for Building 1 to 100MW": the phase
# is a part of the total stated beside it
_TOTAL_AFTER = Folded(
    r"[^.;]{0,120}?\b(?:bringing|brings|taking|takes|raising)\s+(?:the|its)\s+total"
)
# Power from a utility or under a power agreement: not a data-centre tenant's capacity.
_POWER_DEAL = Folded(
    r"\b(?:power|electricity|energy)\s+(?:supply\s+|purchase\s+)?(?:agreements?|contracts?|"
    r"deals?)\b|\b(?:PPA|ERCOT|utility|grid|interconnect\w*)\b"
)
_MINING = Folded(r"\b(?:miners?|mining|hash\s*rate|EH/s|ASICs?)\b")
_REACH = 120
_MINING_REACH = 60


def tenant_capacity(segment: Segment, ctx: DocContext, found: list[Extracted]) -> list[Extracted]:
    """Capacity levels a deal with an AI tenant, or a build phase done, states in `segment`
    (see the module); figures `found` already read as capacity are not read again."""
    text = segment.text
    if "MW" not in text and "egawatt" not in text:
        return []  # cheap gate (every sentence asks): no MW figure
    tenant = TENANT_WORDS.search(text) is not None
    if not tenant and "hase" not in text:
        return []  # neither a tenant named nor a phase
    # (an observation's evidence is its whole sentence: the figure is known by its value)
    taken = {item.value for item in found if item.metric == AI_CAPACITY}
    # the capacity a deal contracts is dated as the deal is ("which emerged from bankruptcy in
    # January, announced its plans to lease up to 16 megawatts … to CoreWeave": February's)
    signed = next((item.period for item in found if item.detail == CONTRACT_SIGNED), None)
    levels: list[Extracted] = []
    for match in _matches(text, tenant):
        start = match.start("mw")
        value = power_in_mw(match["mw"], match["unit"])
        if value in taken or not starts_number(text, start) or not _is_level(text, match, ctx):
            continue
        if is_tenant_running_total(text, start, value, ctx.text, ctx.entity):
            continue  # "In total, … 382 megawatts … to CoreWeave" beside its new 112 (case 38)
        if is_stated_gross(value, ctx.text or text):
            continue  # "will deliver 300 megawatts of gross capacity to AWS" (case 44)
        period = signed or state_period(ctx, segment, start, match.end())
        if is_recalled(ctx, period) or is_recalled_deal_size(text, start, period, ctx):
            continue  # "In June, Applied Digital announced two … leases with CoreWeave for 250 MW"
        taken.add(value)
        levels.append(observation(segment, AI_CAPACITY, value, "MW", period))
    return levels


def _matches(text: str, tenant: bool) -> Iterator[re.Match[str]]:
    if tenant:
        lower = lowered(text)
        for pattern in _PATTERNS:
            if _may_match(pattern, text, lower):
                yield from pattern.finditer(text)
    if "hase" not in text:
        return
    for match in _PHASE_DONE.finditer(text):
        if _AI_SITE_AFTER.match(text, match.end()):
            yield match  # "… phase of its Polaris Forge 1 AI Factory Campus"


def _may_match(pattern: re.Pattern[str], text: str, lower: str) -> bool:
    """Does `text` (`lower`, its lowercase) hold the word `pattern` needs (`_NEEDS`)? A text
    with non-ASCII letters is always scanned (a case-insensitive "i" also matches "ı")."""
    word = _NEEDS.get(id(pattern))
    return word is None or word in lower or not text.isascii()


def _is_level(text: str, match: re.Match[str], ctx: DocContext) -> bool:
    """Contracted or energised now: no talk of a deal, power deal, mining, range or hedge."""
    start = match.start("mw")
    before = text[max(0, match.start() - _REACH) : match.start()]
    if _NOT_DONE.search(before) or _NOT_DONE.search(match.group()):
        return False  # "in talks with a hyperscaler for 200 MW"
    if _PLANNED_BEFORE.search(before) and match.group()[:4].lower() == "leas":
        return False  # "announced its plans to lease up to 16 megawatts … to CoreWeave"
    if _POWER_DEAL.search(text) or _POWER_AFTER.match(text, match.end("unit")):
        return False  # "a power agreement with Google for 200 MW"
    told = text
    if match.re is _PARTITIVE:
        # "…, 840 megawatts of which is already under contract to CoreWeave": a clause of its
        # own (a company told "known for supporting Bitcoin miners" earlier is not its subject)
        told = text[max(0, match.start() - _MINING_REACH) : match.end() + _MINING_REACH]
    if _MINING.search(told) and match.re is not _PHASE_DONE:
        return False  # "hosting 100 MW of miners for a customer"
    if match.re is _PHASE_DONE and _TOTAL_AFTER.match(text, match.end()):
        return False  # the phase beside the total it brings
    if ranges.is_range_end(text, start, match.end("unit")):
        return False  # "200 to 300 MW"
    if is_hedged(text, start):
        return False  # "could lease up to 200 MW to CoreWeave"
    if is_peer_figure(text, start, ctx.entity):
        return False  # "Hut 8 … signed a $7 billion lease with Fluidstack for 245 MW"
    return not is_third_party_sentence(text, start, ctx.entity)
