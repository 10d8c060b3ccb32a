"""The total a tenant deal brings the company's capacity to, told in the next sentence.

"Applied Digital just landed a huge 15-year, $5 billion lease with a U.S.-based hyperscaler for
200MW at its Polaris Forge 2 campus in North Dakota. This move bumps the total capacity at their
Polaris campuses to 600MW": the sentence's subject points back at the deal ("this move", "the
lease", "the agreement"); its total is read when its own words tie it to the deals or AI use
("total contracted capacity", "total capacity under lease"; README decided case 30). Not read: a
total with no tenant deal just before it, a bare "total capacity at their Polaris campuses" (a
campus's size: decided case 30), a campus's power, mining.
"""

from __future__ import annotations

from .ai_parties import TENANT_WORDS
from .ai_periods import state_period
from .ai_running_totals import is_tenant_running_total
from .context import DocContext
from .evidence import observation
from .folded import Folded
from .model import AI_CAPACITY, Extracted
from .numbers import APPROX, LEADING_NUMBER, power_in_mw, starts_number
from .sentences import Segment

# "This move bumps the total capacity at their Polaris campuses to 600MW", "The deal brings
# Cipher's total contracted capacity to 500 MW"
_DEAL_TOTAL = Folded(
    r"^\s*(?:this|the|that)\s+(?:new\s+|latest\s+)?(?:move|deal|lease|agreement|contract|"
    r"transaction|expansion|win)\s+(?:also\s+)?(?:brings|bumps|raises|takes|lifts|increases|"
    r"pushes|boosts|expands|brought|bumped|raised|took|lifted|increased|pushed|boosted|"
    r"expanded)\s+(?:the\s+company['’]s|the|its|their|[\w.&-]+['’]s)\s+(?:total|aggregate|combined)\s+"
    r"(?P<qual>(?:(?:leased|contracted|critical|IT|AI|HPC)\s+){0,2})(?:capacity|IT\s+load)\b"
    r"(?P<gap>[^.;$]{0,70}?)\bto\s+" + APPROX + r"(?P<mw>" + LEADING_NUMBER + r")[\s-]?"
    r"(?P<unit>mw|megawatts?)\b"
)
# A tenant deal in the sentences just before: the tenant, and a lease or contract word
_DEAL_WORD = Folded(r"\b(?:leases?|contracts?|agreements?|deal)\b")
_NOT_IT = Folded(r"\b(?:power|mining|miners?|hash\s*rate|grid|interconnect\w*)\b")
_BEFORE = 300
# "total capacity under lease": the total tied to the deals in its own sentence
_UNDER_DEAL = Folded(r"\bunder\s+(?:lease|contract)\b")


def deal_total(segment: Segment, ctx: DocContext, found: list[Extracted]) -> list[Extracted]:
    """The capacity total a deal just told brings the company to, in `segment`."""
    text = segment.text
    lower = text[:40].lower()
    if "total" not in text or not any(word in lower for word in ("this", "the ", "that")):
        return []  # cheap gate
    match = _DEAL_TOTAL.search(text)
    if match is None or not starts_number(text, match.start("mw")):
        return []
    if not (match["qual"] or _UNDER_DEAL.search(match["gap"])):
        return []  # "bumps the total capacity at their Polaris campuses to 600MW": a campus's
    if _NOT_IT.search(text, 0, match.end()) or ctx.text is None:
        return []  # "the total power capacity of the campus", a mining portfolio
    head = ctx.text[max(0, segment.start - _BEFORE) : segment.start]
    if TENANT_WORDS.search(head) is None or _DEAL_WORD.search(head) is None:
        return []  # no tenant deal just before: the total is not the deal's
    value = power_in_mw(match["mw"], match["unit"])
    if any(item.metric == AI_CAPACITY and item.value == value for item in found):
        return []
    if is_tenant_running_total(text, match.start("mw"), value, ctx.text, ctx.entity):
        return []  # "The expansion increases Fluidstack's total … to 360 MW" (decided case 38)
    period = state_period(ctx, segment, match.start("mw"), match.end())
    return [observation(segment, AI_CAPACITY, value, "MW", period)]
