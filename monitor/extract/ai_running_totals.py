"""A tenant's running total beside the increment that brings it there (README decided case 38).

"Fluidstack has exercised an option to expand the project by an additional 160 MW … total
contracted capacity for Fluidstack at Lake Mariner reaches approximately 360 MW": the passage
states the tenant's new increment and the total it brings the tenant to. The increment is the
figure; the tenant's total is a running total (decided case 1) and is not read. A tenant's
total stated alone ("CoreWeave has now committed to all 800 megawatts") stays a level, and so
does a company-wide total across several tenants ("Applied Digital's total leased capacity …
has now reached 600 MW", "expands TeraWulf's contracted HPC platform to 510 MW": left open by
the relabel, kept).

A figure is such a total when the words just before it in its clause make it one ("total",
"from 168 MW to", "increasing its contracted IT load to"), its sentence ties it to one named
tenant (or to the tenant's leases: "across these three lease agreements", "Total lease for"),
no company's possessive owns the total, and the passage states a smaller increment of the same
deal ("an additional 150MW", "adds an incremental 160 MW", "adding a 39 MW Phase II"): one in
the total's paragraph, or one whose paragraph names a tenant the total's paragraph names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal

from .ai_parties import COUNTERPARTY_NAMES
from .entities import names_of
from .folded import Folded
from .numbers import power_in_mw
from .per_document import remembered

_REACH = 160
# The words before a figure that make it a total: "total", "in total", "combined"; the end
# of a growth from a stated start ("from 168 MW to"); a growth verb's level ("increasing its
# contracted IT load to about", "bringing their total commitment to the full"); a commitment
# to the whole ("has committed to the full").
_TOTAL_BEFORE = Folded(
    r"(?:\b(?:total|combined|aggregate)\b(?P<between>[^.;$]{0,140})|"
    r"\bfrom\s+(?:approximately\s+|about\s+|~)?\d[\d,.]*\s*(?:mw|megawatts?)\s+to\s+|"
    r"\b(?:increas(?:es|ed|ing)|expand(?:s|ed|ing)|boost(?:s|ed|ing)|rais(?:es|ed|ing)|"
    r"bring(?:s|ing)?|brought|lift(?:s|ed|ing))\s+[^.;$]{0,80}?\bto\s+|"
    # a tenant's commitment to the whole: "which has committed to the full 800 MW"
    r"\bcommit(?:s|ted|ment)\s+to\s+(?:utili[sz]e\s+|use\s+)?(?=all\b|(?:the|a)\s+"
    r"(?:full|entire|whole)\b))"
    r"(?:all\s+(?:of\s+)?|(?:the|a)\s+(?:full|entire|whole)\s+(?:available\s+|approved\s+)?)?"
    r"(?:approximately\s+|about\s+|around\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+|~)?$"
)
# "total contract value", "total contracted revenue": money words, not the capacity's total
_MONEY_TOTAL = Folded(r"\b(?:revenue|value|consideration|cost|investment)\b")
_SIZE_OF = Folded(r"\ba\s+total\s+of\s+(?:approximately\s+|about\s+|~)?$")
_TENANT = re.compile(rf"\b(?:{COUNTERPARTY_NAMES})\b")
# The tenant's leases named as the total's own subject: "the total critical IT capacity across
# these three long-term lease agreements", "Total lease for 400MW".
_LEASES_TOTAL = Folded(
    r"\b(?:across|under)\s+(?:these|those|the|both|all|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:leases|lease\s+agreements|contracts)\b|\btotal\s+lease\s+(?:for|of)\b"
)
# "Applied Digital's total leased capacity", "the company's contracted data center capacity"
# (not "at TeraWulf's Lake Mariner campus": a place)
_OWNER_REACH = 40
_POSSESSIVE = Folded(
    r"\b(?:the\s+company|[\w.&-]+)['’]s\s+(?:[\w-]+\s+){0,3}?(?:total|capacity|platform|"
    r"portfolio|footprint|load)\b"
)
# A smaller increment stated anywhere in the passage: "an additional 150MW", "an incremental
# 160 MW", "120 MW of Additional", "adding a 39 MW Phase II", "will add 160 MW", "an option for
# 133 MW", "expand the project by 160 MW". The passage's figures in MW are found with `str.find`
# (a regex scan of a whole 50 KB document costs more than the rest of the AI reader); the
# words before or after each figure are then matched in a short window.
_INCREMENT_BEFORE = Folded(
    r"(?:\b(?:additional|incremental|another|further)\s+(?:approximately\s+|about\s+|~)?|"
    r"\b(?:add|adds|added|adding)\s+[^.;]{0,50}?|\boptions?\s+[^.;]{0,30}?\bfor\s+|"
    r"\bby\s+(?:an?\s+)?(?:additional\s+)?)$"
)
_INCREMENT_AFTER = Folded(r"(?:mw|megawatts?)\s+of\s+(?:additional|incremental)\b")
_NUMBER_BEFORE = re.compile(r"(\d(?:[\d,]*\d)?(?:\.\d+)?)[\s-]?$")
_UNITS = ("MW", "mw", "egawatt")
_NUMBER_REACH = 16
_WORDS_REACH = 80


# What ends a sentence or a flattened bullet ("… lease extensions [1][4] - Google has …")
_BREAKS = (". ", ";", " - ", "] ")


def is_tenant_running_total(
    text: str, start: int, value: Decimal, ctx_text: str | None, entity: str | None
) -> bool:
    """Is the figure at `start` of `text` (its value `value` MW) one tenant's running total
    in a passage (`ctx_text`) that states a smaller increment?"""
    if not ctx_text:
        return False
    head = text[max(0, start - _REACH) : start]
    if _TOTAL_BEFORE.search(head) is None:
        return False  # cheap gate: no total's words before the figure even across breaks
    # (the figure's own sentence: cut at its last break, as `_sentence_span` is)
    head = head[
        max((at + len(cut) for cut in _BREAKS if (at := head.rfind(cut)) >= 0), default=0) :
    ]
    total = _TOTAL_BEFORE.search(head)
    if total is None:
        return False
    if _SIZE_OF.search(head):
        return False  # "a lease … for a total of 250 MW": the deal's own size
    # (from the words that may own the total: "TeraWulf's total contracted HPC capacity")
    told = head[max(0, total.start() - _OWNER_REACH) :]
    if total["between"] is not None and _MONEY_TOTAL.search(total["between"]):
        return False  # "in total contracted revenue … and covers 200 MW": not a MW total
    # (the tenants of the total's own sentence: a page's flattened bullets are one segment)
    if not _is_one_tenants(_tenants_between(text, *_sentence_span(text, start)), told, entity):
        return False
    return _has_smaller_increment(text, value, ctx_text)


def _has_smaller_increment(text: str, value: Decimal, ctx_text: str) -> bool:
    """Does the passage state a smaller increment of the same deal as the total in `text`?"""
    # Only an increment of the same deal brings the total there: one in the total's paragraph
    # (a line), or one whose paragraph names a tenant the total's names. "CoreWeave has now
    # committed to all 800 megawatts" stays a level beside "exercised an option for 133 MW" at
    # another site.
    smallest, by_paragraph, by_tenant = _increment_index(ctx_text)
    at = _offset_in(ctx_text, text)
    if at < 0:
        tenants = _tenants_between(text, 0, len(text))
    else:
        paragraph = _paragraph_span(ctx_text, at)
        tenants = _tenants_between(ctx_text, *paragraph)
        if paragraph[0] in by_paragraph and by_paragraph[paragraph[0]] < value:
            return True
    # (a total whose paragraph names no tenant, a headline's "Total lease for 400MW", may be
    # brought there by any deal's increment)
    if not tenants:
        return smallest is not None and smallest < value
    return any(tenant in by_tenant and by_tenant[tenant] < value for tenant in tenants)


@remembered
def _breaks_of(text: str) -> tuple[list[int], list[int]]:
    """Where `text`'s sentences (clauses, flattened bullets) start and where their breaks are,
    each sorted (found once a text: every total of a long one-line page asks)."""
    starts: list[int] = []
    ends: list[int] = []
    for cut in _BREAKS:
        at = text.find(cut)
        while at >= 0:
            ends.append(at)
            starts.append(at + len(cut))
            at = text.find(cut, at + 1)
    return sorted(starts), sorted(ends)


def _sentence_span(text: str, start: int) -> tuple[int, int]:
    """The span of the sentence, clause after a semicolon, or flattened bullet of `text`
    holding `start`."""
    starts, ends = _breaks_of(text)
    before = bisect_right(starts, start)
    after = bisect_left(ends, start)
    return (starts[before - 1] if before else 0), (ends[after] if after < len(ends) else len(text))


def _paragraph_span(document: str, at: int) -> tuple[int, int]:
    """The span of the paragraph (a line) of `document` holding `at`."""
    high = document.find("\n", at)
    return document.rfind("\n", 0, at) + 1, (high if high >= 0 else len(document))


@remembered
def _tenants_between(text: str, low: int, high: int) -> frozenset[str]:
    """The tenants named in `text` from `low` to `high` (a paragraph or a sentence, read once)."""
    return frozenset(found.group() for found in _TENANT.finditer(text, low, high))


@remembered
def _offset_in(document: str, text: str) -> int:
    """Where the segment `text` starts in `document` (-1 when not in it)."""
    return document.find(text)


@remembered
def _increment_index(
    document: str,
) -> tuple[Decimal | None, dict[int, Decimal], dict[str, Decimal]]:
    """The smallest deal increment of `document`, of each paragraph (by its start) and of each
    tenant its paragraph names: a total asks about these, not about every increment."""
    smallest: Decimal | None = None
    by_paragraph: dict[int, Decimal] = {}
    by_tenant: dict[str, Decimal] = {}
    for where, step, named in _deal_increments(document):
        smallest = step if smallest is None else min(smallest, step)
        low = _paragraph_span(document, where)[0]
        by_paragraph[low] = min(by_paragraph.get(low, step), step)
        for tenant in named:
            by_tenant[tenant] = min(by_tenant.get(tenant, step), step)
    return smallest, by_paragraph, by_tenant


@remembered
def _deal_increments(document: str) -> tuple[tuple[int, Decimal, frozenset[str]], ...]:
    """The deal increments `document` states, each with its offset and the tenants its paragraph
    names (found once a document: each total asks)."""
    steps: list[tuple[int, Decimal, frozenset[str]]] = []
    for unit in _UNITS:
        at = document.find(unit)
        while at >= 0:
            step = _increment_at(document, at - 1 if unit == "egawatt" else at)
            if step is not None:
                steps.append(step)
            at = document.find(unit, at + len(unit))
    return tuple(steps)


def _increment_at(document: str, unit: int) -> tuple[int, Decimal, frozenset[str]] | None:
    """The increment whose unit starts at `unit`, if its figure is told as one of a deal."""
    after = document[unit : unit + 40]
    if after[:2].lower() == "mw" and after[2:3].isalnum():
        return None  # "MWh", not megawatts
    number = _NUMBER_BEFORE.search(document, max(0, unit - _NUMBER_REACH), unit)
    if number is None:
        return None
    start = number.start()
    if not (
        _INCREMENT_BEFORE.search(document, max(0, start - _WORDS_REACH), start)
        or _INCREMENT_AFTER.match(after)
    ):
        return None
    if not _is_deal_increment(document, start, unit):
        return None
    return (
        start,
        power_in_mw(number[1], "MW"),
        _tenants_between(document, *_paragraph_span(document, start)),
    )


# The increment is a tenant's deal: its sentence names the deal or the tenant, and no
# delivery ("a new lease agreement … for an additional 150MW", "an additional 112 megawatts …
# to support CoreWeave's operations"), not a building's size ("is constructing a second HPC
# data center with an additional 150 MW capacity").
_DEAL_WORD = Folded(
    r"\b(?:leases?|contracts?|agreements?|deals?|options?|exercis\w*|expansion|commit\w*)\b"
)
# "delivered an additional 150 MW of billable critical IT load to CoreWeave, bringing total
# billable HPC capacity to 400 MW": a delivery's increment, its total the level delivered (a
# state), not a commitment's running total
_DELIVERED = Folded(
    r"\b(?:delivered|energi[sz]ed|(?:handed|turned)\s+over|completed|brought\s+online|"
    r"ready\s+for\s+service)\b"
)
_SENTENCE_REACH = 200


def _is_deal_increment(document: str, start: int, end: int) -> bool:
    """Is the increment from `start` to `end` of `document` told as a tenant's deal: its
    sentence names a deal word or a tenant, and no delivery?"""
    head = document[max(0, start - _SENTENCE_REACH) : start]
    head = head[max(head.rfind(". "), head.rfind("\n")) + 1 :]
    tail = document[end : end + _SENTENCE_REACH]
    cut = [at for at in (tail.find(". "), tail.find("\n")) if at >= 0]
    sentence = head + document[start:end] + (tail[: min(cut)] if cut else tail)
    if _DELIVERED.search(sentence):
        return False
    return bool(_DEAL_WORD.search(sentence) or _TENANT.search(sentence))


def _is_one_tenants(tenants: frozenset[str], told: str, entity: str | None) -> bool:
    """Is the total one tenant's: one tenant named in the sentence, or the tenant's leases
    the total's subject, and no company owning it ("Applied Digital's total leased capacity")?"""
    names = {name for name in names_of(entity) if name}
    owners = (found.group() for found in _POSSESSIVE.finditer(told))
    if any(
        owner.startswith("the company") or any(owner.startswith(n.lower()) for n in names)
        for owner in owners
    ):
        return False
    if _LEASES_TOTAL.search(told):
        return True
    return len(tenants) == 1
