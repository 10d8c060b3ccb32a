"""AI / HPC capacity in MW: critical-IT load bound to AI, a lease or a data-centre build.

Megawatts count when the sentence binds them to AI/HPC compute: "50 MW of AI capacity",
"590 MW of critical IT load", "245MW of IT capacity", "a 5MW colocation agreement",
"22.5 megawatts of energized hosting capacity" (in an HPC sentence), "construction of a
112-megawatt data center" (in an AI release, not a mining site). Not counted: gross MW (the
convention records critical IT), a campus's or grid's power, mining MW, options and rights of
first offer on more capacity, and goals ("aims to have", "explore the conversion of").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import guards
from .ai_periods import state_period
from .context import DocContext
from .entities import is_peer_figure
from .evidence import observation
from .folded import Folded, lowered
from .gates import GateSet, any_of
from .model import AI_CAPACITY, Extracted
from .numbers import APPROX, LEADING_NUMBER, power_in_mw, starts_number
from .sentences import Segment

# "200 megawatts (MW)", "112-megawatt", "500 Megawatts": the unit glued, hyphened or spaced.
_MW = (
    rf"(?P<mw>{LEADING_NUMBER})[\s-]?(?P<power_unit>MW|(?i:megawatts?)|GW|(?i:gigawatts?))\b"
    r"(?:\s?\((?:MW|GW)\)|\s?\(“MW”\)|\s?\(\"MW\"\))?"
)
_FIGURE = re.compile(_MW)
_AI_TARGET = (
    r"(?:AI|HPC|AI/HPC|HPC/AI|(?i:high[- ]performance\s+computing)|GPU|"
    r"(?i:artificial\s+intelligence))"
)
_QUALIFIERS = (
    r"(?:(?i:gross|net|critical|IT|compute|computing|power|contracted|dedicated|total|new|"
    r"additional|incremental|further|long-term|digital|energi[sz]ed|operational|hosting|"
    r"data\s+cent(?:er|re)|colocation|liquid-cooled)\s+)*"
)
_CAPACITY_NOUN = r"(?i:capacity|IT\s+load|load|power|infrastructure)"
# Patterns that need AI words in the sentence itself.
_BOUND = [
    re.compile(
        rf"{_MW}\s+(?:of\s+)?(?P<qual>{_QUALIFIERS}){_AI_TARGET}\b"
        rf"(?P<site>(?:\s+[\w-]+){{0,2}}?\s+(?i:data\s+cent(?:er|re)s?|cent(?:er|re)s?|"
        rf"facilit(?:y|ies)|site|buildings?))?"
        # "the 350-megawatt HPC and AI campus", "a 320 MW AI infrastructure park": a campus's
        # power, not critical IT
        rf"(?P<campus>(?:\s+[\w/-]+){{0,3}}?\s+(?i:campus|park)\b)?"
    ),
    re.compile(
        rf"{_MW}\s+(?:of\s+)?(?P<qual>{_QUALIFIERS}){_CAPACITY_NOUN}\s+(?:\w+\s+){{0,2}}?"
        rf"(?i:for|dedicated\s+to|allocated\s+to|to\s+support|for\s+use\s+in|supporting|to\s+host)"
        rf"\s+(?i:an?\s+|the\s+)?{_AI_TARGET}"
    ),
    # "HPC capacity of 40 MW", "total HPC capacity in operation there to 40 MW"
    re.compile(
        rf"\b{_AI_TARGET}\s+(?i:capacity|load|IT\s+load)(?:\s+[^.;,\d]{{1,30}}?)?\s+"
        rf"(?i:of|to|reached|totaling|totalling|at)\s+{APPROX}{_MW}"
    ),
]
# Patterns with a data-centre meaning of their own: checked in an AI release too.
_IT_LOAD = re.compile(
    # "critical IT load" and "IT capacity" are data-centre words; mining sites are not sized so.
    # "168 MW critical IT", "245MW of IT capacity"
    rf"{_MW}\s+(?:of\s+)?(?P<qual>{_QUALIFIERS})"
    rf"(?i:critical\s+IT\b(?!\s+(?:equipment|infrastructure|systems))|IT\s+(?:load|capacity))"
)
# "the previously announced 5MW colocation agreement", "a 200 MW hosting contract", "a 168 MW
# lease"
_AGREEMENT = re.compile(
    rf"{_MW}\s+(?P<qual>{_QUALIFIERS})(?i:(?:(?:colocation|hosting|lease)\s+)?"
    rf"(?:agreements?|contracts?|deal|leases?))\b"
)
# "construction of a 112-megawatt data center", "a second 150 MW building is under
# construction", "100MW and 150MW data centers ELN-02 and ELN-03"
_FACILITY = re.compile(
    rf"{_MW}(?=(?:\s*(?:,|and|&)\s*{LEADING_NUMBER}[\s-]?(?:MW|megawatts?))*\s+"
    rf"(?P<qual>(?:[\w-]+\s+){{0,2}}?)(?P<noun>(?i:data\s+cent(?:er|re)s?|facilit(?:y|ies)|"
    rf"buildings?|plants?))\b)"
)
# "The deal includes 300 megawatts of capacity to be delivered", "22.5 megawatts of energized
# hosting capacity": plain capacity, bound by a lease or delivery in the same sentence.
_PLAIN = re.compile(
    rf"{_MW}\s+of\s+(?P<qual>{_QUALIFIERS})(?i:capacity|IT\s+load|infrastructure)\b"
)
# "400 megawatts under construction", "fully leased 400 MW", "an executed lease … covering
# 200 MW", "Fluidstack leases (450 MW)", "the Joint Venture (initially 240 MW, …)".
_LEASED = [
    re.compile(rf"{_MW}\s+(?:(?:is|are|currently|now|already)\s+){{0,2}}under\s+construction\b"),
    re.compile(rf"\b(?i:leased|contracted)\s+(?:\w+\s+){{0,2}}?{APPROX}{_MW}"),
    re.compile(
        rf"\b(?i:leases?|contracts?|agreements?)\b(?:[^.;()]|\.(?=\w)|(?<=\b[A-Z])\.){{0,60}}?\bcovering\s+{APPROX}{_MW}"
    ),
    re.compile(
        rf"\b(?i:leases?|contracts?|agreements?|joint\s+venture|JV)\s*"
        rf"\((?:(?i:initially|approximately|about|up\s+to)\s+|~)?{_MW}"
    ),
]
_DATA_CENTRE = [_IT_LOAD, _AGREEMENT, _FACILITY, *_LEASED, _PLAIN]
_GATES = {
    _IT_LOAD: any_of("it load", "it capacity", "critical it"),
    _AGREEMENT: any_of("agreement", "contract", "deal", "lease"),
    _FACILITY: any_of("data cent", "facilit", "building", "plant"),
    _LEASED[0]: any_of("under construction"),
    _LEASED[1]: any_of("leased", "contracted"),
    _LEASED[2]: any_of("covering"),
    _LEASED[3]: any_of("("),
    _PLAIN: any_of("capacity", "it load", "infrastructure"),
}
_GATE_SET = GateSet(list(_GATES.values()))  # answered together, from one scan of the sentence
# A facility's megawatts count when it is being built, delivered or run, not planned.
_BUILT = Folded(
    r"\b(?:under\s+construction|construct\w*|(?:is|are|been|currently)\s+building|builds|built|"
    r"deliver\w*|energi[sz]\w*|"
    r"operational|online|lease[ds]?|contracted|open)\b"
)
_DEAL = Folded(
    r"\b(?:lease[ds]?|contract\w*|agreements?|deal|deliver\w*|energi[sz]ed|tenant|customer|"
    r"hosting)\b"
)
_BUILT_OR_LEASED = Folded(f"{_BUILT.pattern}|{_DEAL.pattern}")
_DATA_CENTRE_HINTS = any_of("it load", "it capacity", "colocation", "hosting", "lease",
                            "data cent", "facilit", "building", "plant", "capacity",
                            "infrastructure")  # fmt: skip
_AMBITION_BEFORE = Folded(
    r"\b(?:aims?\s+to|aiming\s+to|pathway|potential\w*|explor\w*|intends?\s+to|"
    r"negotiat\w*|discussions?|letters?\s+of\s+intent|LOI|non-binding|"
    r"expects?\s+to\s+(?:sign|execute|enter)|"
    r"intention|evaluat\w*|assess\w*|feasibility|consider\w*|plans?\s+(?:to|for)|planned|could|"
    r"(?:land|site|property|real\s+estate|building)\s+for|"
    r"fund\s+(?:the\s+)?build-?out\s+of|"
    # "capital to fund the construction of a new 8-megawatt AI center": a project to come
    r"(?:construction|development)\s+of\s+an?\s+new)\b[^.;]{0,70}$"
)
# "retains the option to access an additional 150 MW", "a right of first offer on up to
# 1,000MW", "exclusivity … for another 160 MW": capacity not (yet) contracted.
_OPTION_BEFORE = Folded(r"\b(?:option\s+to|right\s+of\s+first|ROFO|ROFR|exclusiv\w*)\b[^.;]{0,60}$")
_INCREMENT = Folded(r"\b(?:additional|incremental|another|further|expansion)\b")
_RANGE_BEFORE = re.compile(r"\d\s*(?:MW\s*)?(?:–|-|—|to)\s*$")
_POWER_BEFORE = Folded(r"\bpower\s+capacity\b[^.;]{0,40}$")
_GROSS = Folded(r"\bgross\b")
_GROSS_AFTER = Folded(r"\s*(?:\(\s*)?gross\b")
_UNSIGNED_AFTER = Folded(
    r"[^.;]{0,60}?\b(?:to\s+be\s+(?:signed|executed|finali[sz]ed|negotiated)|"
    r"subject\s+to\s+(?:a\s+)?(?:definitive|final))\b"
)
_GRID = Folded(
    r"\b(?:ERCOT|utility|utilities|grid|interconnect\w*|substation|transmission|PPA|"
    r"power\s+purchase)\b"
)
_POWER_QUAL = Folded(r"\bpower\b")
_MINING = Folded(r"\b(?:miners?|mining|hash\s*rate|hashrate|EH/s|ASICs?|bitcoin)\b")
_STRONG_AI = re.compile(
    r"\b(?:AI|HPC|GPUs?)\b|(?i:artificial\s+intelligence|high[- ]performance\s+comput\w*|"
    r"critical\s+IT|colocation|hyperscal\w*|inference|CoreWeave|Fluidstack)"
)
_REACH = 100
_MINING_AFTER = 30
_LEAD_CHARS = 600
_DATA_CENTRE_NOUN = Folded(r"data\s+cent")


def capacity(segment: Segment, ctx: DocContext, *, ai_sentence: bool) -> Iterator[Extracted]:
    """AI capacity levels in one sentence (`ai_sentence`: it has AI words of its own)."""
    text = segment.text
    if not ai_sentence and not _DATA_CENTRE_HINTS.search(text.lower()):
        return
    if ai_sentence:
        patterns = [*_BOUND, *_DATA_CENTRE]
    else:
        # "critical IT load" is a data centre's own word; a facility's size or a lease's
        # capacity with no AI word of its sentence needs a release about AI compute ("data
        # center" alone is what some miners call their mining sites).
        patterns = _DATA_CENTRE if _STRONG_AI.search(_lead(ctx)) else [_IT_LOAD]
    seen: set[int] = set()
    lower = lowered(text)
    # The patterns that start at a figure are tried only where a figure in MW starts.
    figures = [found.start() for found in _FIGURE.finditer(text)]
    if not figures:
        return
    is_open = _GATE_SET.opener(lower)
    for pattern in patterns:
        gate = _GATES.get(pattern)
        if gate is not None and not is_open(gate):
            continue  # a cheap look for the pattern's own words first
        for match in _matches(pattern, text, figures):
            start = match.start("mw")
            if start in seen or not starts_number(text, start):
                continue
            seen.add(start)
            if not _is_bound(text, match, pattern) or not _is_level(text, match, ctx):
                continue
            value = power_in_mw(match["mw"], match["power_unit"])
            period = state_period(ctx, segment, start, match.end())
            yield observation(segment, AI_CAPACITY, value, "MW", period)


def _matches(pattern: re.Pattern[str], text: str, figures: list[int]) -> Iterator[re.Match[str]]:
    if pattern.pattern.startswith(_MW):
        found = (pattern.match(text, position) for position in figures)
        return (match for match in found if match is not None)
    return pattern.finditer(text)


def _lead(ctx: DocContext) -> str:
    return (ctx.text or "")[:_LEAD_CHARS]


def _is_bound(text: str, match: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """A facility's size or plain capacity needs a build or a deal in its sentence; out of an
    AI sentence, a "facility" or "plant" may be a mining site (a "data center" is named so)."""
    if pattern is not _IT_LOAD and _MINING.search(text) and not _STRONG_AI.search(text):
        return False  # "a 100 MW hosting agreement with a bitcoin miner"
    if pattern is _FACILITY:
        if not _DATA_CENTRE_NOUN.match(match["noun"]) and not _STRONG_AI.search(text):
            return False
        return _is_ai_site(text, _BUILT_OR_LEASED)
    if match.groupdict().get("campus"):
        return False
    if match.groupdict().get("site"):
        return _is_ai_site(text, _BUILT_OR_LEASED)  # "an 8-megawatt AI computing center"
    if pattern is _PLAIN:
        if _POWER_QUAL.search(match["qual"]) or _GRID.search(text):
            return False  # "1.2 GW of capacity under contract with ERCOT": grid power
        return _is_ai_site(text, _DEAL)
    return True


def _is_ai_site(text: str, bound: Folded) -> bool:
    """A data centre's size counts when the sentence builds, runs or leases it (`bound`), and
    not for mining."""
    if _MINING.search(text) and not _STRONG_AI.search(text):
        return False
    return bool(bound.search(text))


def _is_level(text: str, match: re.Match[str], ctx: DocContext) -> bool:
    start = match.start("mw")
    before = text[max(0, start - _REACH) : start]
    if _GROSS.search(match.groupdict().get("qual") or "") or _GROSS_AFTER.match(
        text, match.end("power_unit")
    ):
        return False  # gross MW: the convention records critical IT
    if _AMBITION_BEFORE.search(before) or _OPTION_BEFORE.search(before):
        return False
    if _UNSIGNED_AFTER.match(text, match.end()):
        return False  # "a 150 MW contract … is expected to be signed next quarter"
    if _MINING.search(text, match.end(), match.end() + _MINING_AFTER):
        return False  # "contracted 300 MW for bitcoin mining"
    if _RANGE_BEFORE.search(before):
        return False  # "targeting 250–500 MW": the upper end of a range is no level
    if _POWER_BEFORE.search(before):
        return False  # "1.0 GW of secured power capacity (…, 600 MW under construction)"
    if _INCREMENT.search(match.groupdict().get("qual") or "") or _INCREMENT.search(before[-25:]):
        return False  # "an additional 70 MW" tranche: an increment, not a level
    return not (is_peer_figure(text, start, ctx.entity) or guards.is_aggregate(text, start))
