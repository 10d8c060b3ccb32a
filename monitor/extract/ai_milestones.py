"""AI build-out milestones: past-tense facts, never plans.

Three kinds: a customer contract or lease signed (hosting, colocation, cloud, a joint venture
to deliver capacity), capacity energised or live, GPUs delivered or commissioned. A loan, a
notes offering, an equipment or site purchase, an LOI is not a customer contract; "energized
ready for miners" is a mining site, not an AI build-out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import guards
from .ai_periods import event_period
from .context import DocContext
from .entities import is_peer_figure
from .evidence import observation
from .folded import Folded, lowered
from .gates import any_of
from .model import (
    AI_MILESTONE,
    CAPACITY_ENERGISED,
    CONTRACT_SIGNED,
    GPUS_DELIVERED,
    MILESTONE,
    Extracted,
)
from .numbers import IN_SENTENCE
from .sentences import Segment

_CONTRACT_PASSIVE = (
    r"|\b(?:leases?|contracts?|agreements?)\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?"
    r"(?:signed|executed|expanded|upsized|extended)\b"
)
_CONTRACT = Folded(
    r"\b(?:signed|signs|entered\s+into|enters\s+into|executed|executes|inked|finali[sz]ed|"
    r"(?:has\s+|have\s+)?announced|announces|secured|secures|upsized|awarded|struck|strikes|"
    r"won|wins)\b"
    rf"{IN_SENTENCE}{{0,75}}?\b(?:agreements?|contracts?|leases?|deal|joint\s+venture|MOU|"
    r"memorandum|term\s+sheet)\b" + _CONTRACT_PASSIVE
)
# The kind of agreement sits between the verb and the noun, or just after the noun ("an
# agreement for $128 million to supply critical IT equipment", "a loan agreement").
_NOT_CUSTOMER = Folded(
    r"\b(?:loan|credit|financ\w*|debt|notes|purchas\w*|procure\w*|acqui\w*|merger|equipment|"
    r"letters?\s+of\s+intent|LOI|non-binding|"
    r"(?:energy|electricity|power)\s+(?:supply\s+)?(?:agreements?|contracts?|deals?)|"
    # "under the previously announced agreements": an earlier milestone, told again
    r"previously|earlier)\b"
)
# Between the verb and the noun: "Secures Site for … Contract", "announced that it is
# evaluating a potential lease".
_NOT_SIGNED_YET = Folded(
    r"\b(?:sites?|potential|proposed|prospective|possible|evaluat\w*|negotiat\w*|explor\w*)\b"
)
_KIND_AFTER = 60
_KIND_BEFORE = 12  # "the previously announced agreements"
_CLAUSE_END = re.compile(r"[,;(]")
_ENERGISED = Folded(
    r"\b(?:energi[sz]ed|energi[sz]es|brought\s+online|came\s+online|went\s+live|"
    r"(?:live|online|operational)\s+since|"
    r"delivered\s+(?:approximately\s+|about\s+|nearly\s+)?\d[\d,.]*\s*(?:MW|megawatts)|"
    r"commenced\s+operations|began\s+operations|(?:is|are)\s+now\s+(?:fully\s+)?(?:operational|"
    r"online|live)|(?:achieved|reached|declared)\s+(?:ready[- ]for[- ]service|RFS)|"
    r"placed\s+(?:in|into)\s+service|entered\s+(?:into\s+)?service)\b"
)
# "GPUs", or NVIDIA/AMD accelerators by name ("took delivery of its first B200s")
_ACCELERATORS = r"\b(?:GPUs?|[HB][12]00s?|B300s?|GB[23]00s?|Blackwells?|Hoppers?|MI3\d\dX?s?)\b"
_GPUS = Folded(
    r"\b(?:took\s+delivery\s+of|received|receives|delivered|installed|deployed|"
    r"commissioning\s+of|commissioned)\b"
    rf"{IN_SENTENCE}{{0,60}}?{_ACCELERATORS}|{_ACCELERATORS}{IN_SENTENCE}{{0,40}}?\b(?:were|was|"
    r"have\s+been|has\s+been)\s+(?:delivered|received|installed|deployed)\b"
)
_CONTRACT_HINTS = any_of("agreement", "contract", "lease", "deal", "joint venture", "mou",
                         "memorandum", "term sheet")  # fmt: skip
_ENERGISED_HINTS = any_of("energi", "online", "live", "operation", "service", "delivered")
_GPU_HINTS = any_of("gpu", "00", "blackwell", "hopper", "mi3")
_HASH_RATE = Folded(r"\s*(?:hash\s*rate|hashrate)")
_NOT_YET = Folded(
    r"\b(?:once|when|until|upon|to\s+be|expected\s+to\s+be|being|yet\s+to)\s+(?:\w+\s+)?$"
)
# A site energised "ready for miners" is a mining build-out; the AI words that are not also
# mining words ("data center" is both) tell an AI site apart.
_MINING = Folded(r"\b(?:miners?|mining|hash\s*rate|hashrate|EH/s|ASICs?|bitcoin)\b")
_STRONG_AI = re.compile(
    r"\b(?:AI|HPC|GPUs?)\b|(?i:artificial\s+intelligence|high[- ]performance\s+comput\w*|"
    r"critical\s+IT|colocation|hyperscal\w*|inference|AI\s+cloud)"
)


def milestones(segment: Segment, ctx: DocContext) -> Iterator[Extracted]:
    """The milestones stated in one sentence with AI context (one of each kind at most)."""
    text = segment.text
    lower = lowered(text)
    for detail, hints, pattern in (
        (CONTRACT_SIGNED, _CONTRACT_HINTS, _CONTRACT),
        (CAPACITY_ENERGISED, _ENERGISED_HINTS, _ENERGISED),
        (GPUS_DELIVERED, _GPU_HINTS, _GPUS),
    ):
        if not hints.search(lower):
            continue  # a cheap look for the pattern's words first
        match = next((m for m in pattern.finditer(text) if _counts(text, m, ctx, detail)), None)
        if match is None:
            continue
        period = event_period(ctx, segment, match.start(), match.end())
        yield observation(segment, AI_MILESTONE, None, "", period, kind=MILESTONE, detail=detail)


def _counts(text: str, match: re.Match[str], ctx: DocContext, detail: str) -> bool:
    if not _is_fact(text, match, ctx):
        return False
    if detail == CONTRACT_SIGNED:
        return not _is_not_customer_contract(text, match)
    if detail == CAPACITY_ENERGISED:
        return not _is_mining_site(text, match)
    return True


def _is_fact(text: str, match: re.Match[str], ctx: DocContext) -> bool:
    if guards.is_hypothetical(text, match.start()) or guards.is_negated(text, match.start()):
        return False
    if _NOT_YET.search(text[: match.start()]):
        return False
    return not is_peer_figure(text, match.start(), ctx.entity)


def _is_not_customer_contract(text: str, match: re.Match[str]) -> bool:
    """A loan, an equipment purchase, a site acquisition, an LOI: not a customer contract."""
    clause = _CLAUSE_END.search(text, match.end(), match.end() + _KIND_AFTER)
    end = clause.start() if clause else match.end() + _KIND_AFTER
    if _NOT_SIGNED_YET.search(text, match.start(), match.end()):
        return True
    return bool(_NOT_CUSTOMER.search(text, max(0, match.start() - _KIND_BEFORE), end))


def _is_mining_site(text: str, match: re.Match[str]) -> bool:
    if _HASH_RATE.match(text, match.end(), match.end() + 20):
        return True  # "energized hash rate": bitcoin mining, not an AI build-out
    return bool(_MINING.search(text)) and not _STRONG_AI.search(text)
