"""Capacity not (yet) a level: a goal, or an increment no deal has contracted.

Two guards of `ai_capacity` on the words before a figure in MW:

* an ambition or plan ("aims to", "in negotiations", "plans to", "to expand … to 32 MW"): a
  target, not a level (not "on track to deliver 133 MW": contracted capacity on its way);
* an increment ("an additional 260 MW", "another 100 MW") counts only when a deal contracts it:
  a deal verb before it ("signed", "exercised", "secured"), the deal's own terms ("under the
  terms of the lease"), or the deal the increment is the object of ("a second-phase lease for
  an additional 260 MW").
"""

from __future__ import annotations

from .folded import Folded

_AMBITION = Folded(
    # ("Enovum has a development pipeline of 288 megawatts": sites to come, no level)
    r"\b(?:aims?\s+to|aiming\s+to|pathway|(?:development|project|growth)\s+pipeline|potential\w*|explor\w*|intends?\s+to|"
    r"negotiat\w*|discussions?|(?<!(?<!non-)binding\s)(?:letters?\s+of\s+intent|LOI)|non-binding|"
    r"expects?\s+to\s+(?:sign|execute|enter)|"
    r"intention|intent\s+to|(?:goal|objective|ambition|target)s?\s+(?:to|of)|evaluat\w*|assess\w*|feasibility|consider\w*|plans?\s+(?:to|for)|"
    # ("The CB-5 premises are planned to provide more than 160 megawatts of critical IT load": a
    # lease's premises described by their scope, what the signed lease lets, rule 39)
    r"(?<!premises\sare\s)(?<!premises\sis\s)planned|could|"
    r"(?:land|site|property|real\s+estate|building)\s+for|"
    r"fund\s+(?:the\s+)?build-?out\s+of|"
    # "capital to fund the construction of a new 8-megawatt AI center": a project to come
    r"(?:construction|development)\s+of\s+an?\s+new|"
    # "to expand its HPC data center footprint to 32MW during 2025": a goal
    # ("partnered with Metrobloks to unlock 100+ MW of AI and HPC capacity": capacity to come)
    r"to\s+(?:expand|grow|increase|scale|reach|double|triple|unlock)|"
    # "to repurpose 100 MW for HPC", "will convert 200 MW to AI": a conversion to come
    r"(?:to|will|would)\s+(?:repurpose|convert|transition|pivot|redeploy)|"
    # "the first conversion targets an 18 MW facility": a goal
    r"targets\s+(?:an?|the)|targeting\s+(?:an?|the))\b"
    # ("plans for a CAD $3.5 billion, 320-megawatt AI gigafactory": a decimal point is no end)
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,70}$"
)
# "executing a second-phase lease agreement for an additional 260 MW", "exercised its option
# for another 133 MW": an increment contracted now is capacity the deal states.
# The deal verbs news copy uses as well: "secured an additional 260 MW HPC lease", "clinched",
# "finalised", "landed", "won"; and the deal's own terms ("Under the terms of the lease,
# CoreWeave will gain access to an additional 260 MW").
_DONE_DEAL = Folded(
    r"(?:\b(?:exercis(?:ed|es|ing)|sign(?:ed|s|ing)|execut(?:ed|es|ing)|entered|entering|enters|"
    r"inked|awarded|leased|contracted|announc(?:es|ed|ing)|secur(?:ed|es|ing)|clinch(?:ed|es|ing)|"
    r"finali[sz](?:ed|es|ing)|landed|lands|won|wins|struck|strikes|sealed|seals|"
    # "CoreWeave has agreed to lease an additional 150MW … from Applied Digital"
    r"agreed\s+to\s+(?:lease|contract|take))\b|"
    r"\bunder\s+(?:the\s+)?(?:terms\s+of\s+)?(?:the|this|its|a|their)\s+(?:new\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:lease|agreement|contract|deal)s?\b)[^.;]{0,160}$"
)
# How far back a deal verb may contract an increment ("signed a 10-year HPC colocation
# agreement with Fluidstack on Nov 20, 2025 to deliver an additional 39 MW").
DEAL_REACH = 180
# "a lease for an additional 260 MW": the words of an increment before its figure.
INCREMENT_LEAD = r"(?:(?i:an?\s+)?(?i:additional|incremental|further|another)\s+)?"
# "a second-phase lease for an additional 260 MW": the deal whose object the increment is.
# ("a second-phase lease agreement with CoreWeave, granting access to an additional 260 MW":
# what the deal grants, told in a participle after it)
_DEAL_OBJECT = Folded(
    r"\b(?:leases?|agreements?|contracts?)\s+(?:with\s+[\w.&'’-]+(?:\s+[\w.&'’-]+){0,2}?\s*)?"
    r"(?:for|of|covering|,?\s*(?:granting|giving|providing|securing)(?:\s+[\w.&'’-]+)?"
    r"(?:\s+(?:access\s+to|use\s+of))?)\s+(?:an?\s+)?"
    r"(?:additional|incremental|further|another)\s+(?:approximately\s+|about\s+|~)?$"
)
# "may sign a lease for an additional 260 MW", "plans a lease for …": a deal not yet made
# ("may" is matched in the lowercase too: a month named in the clause only keeps the guard)
_UNDECIDED = Folded(
    r"\b(?:may|might|could|would|will|shall|plans?|planned|planning|expects?|intends?|seeks?|"
    r"hopes?|proposed|potential|possible)\b"
)
_CLAUSE_REACH = 120
_INCREMENT = Folded(r"\b(?:additional|incremental|another|further|expansion)\b")


# "Cipher intends to use the debt instruments to fund development of the 168 megawatts (MW) of
# critical IT load for Fluidstack": the intent is the money's use; the capacity it pays for is
# named as a known one ("the 168 MW"), a level, where "to fund construction of a new 8 MW
# center" is a project to come.
_FUNDS_KNOWN_CAPACITY = Folded(
    r"\b(?:intends?|plans?|expects?)\s+to\s+(?:use|apply|deploy)\s+(?:the|its|these|this|"
    r"such)\s+(?:[\w'’-]+\s+){0,3}?(?:proceeds|funds|debt|notes|financing|instruments|loans?|"
    r"facility|capital)\s+(?:\w+\s+){0,3}?to\s+(?:fund|finance)\s+(?:the\s+)?(?:development|"
    r"construction|build-?out|completion)\s+of\s+the\s+(?:remaining\s+|full\s+)?$"
)


def is_ambition(before: str) -> bool:
    """Do the words `before` a figure make it a goal or plan?"""
    if _AMBITION.search(before) is None:
        return False
    return _FUNDS_KNOWN_CAPACITY.search(before) is None


# An increment being built is capacity under construction (README: `ai_capacity_mw`), which
# needs no deal: "is constructing a second HPC data center with an additional 150 MW capacity".
_BEING_BUILT = Folded(
    r"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:constructing|building)\b|"
    r"\bunder\s+construction\b"
)


def uncontracted_increment(text: str, start: int, qual: str) -> bool:
    """Is the figure at `start` (its qualifiers `qual`) an increment no deal contracts?"""
    before = text[max(0, start - 25) : start]
    if _INCREMENT.search(qual) is None and _INCREMENT.search(before) is None:
        return False
    clause = _clause(text, start)
    if _DEAL_OBJECT.search(clause) is not None and not _UNDECIDED.search(clause):
        return False
    if _BEING_BUILT.search(clause) is not None and not _UNDECIDED.search(clause):
        return False  # "is constructing a second HPC data center with an additional 150 MW"
    return _DONE_DEAL.search(text, max(0, start - DEAL_REACH), start) is None


def _clause(text: str, start: int) -> str:
    """The words before `start` in its clause (back to a full stop or semicolon)."""
    head = text[max(0, start - _CLAUSE_REACH) : start]
    return head[max(head.rfind(". "), head.rfind(";")) + 1 :]


# "targets 40 MW of capacity online by the first half of 2026, with the full 200+ MW capacity
# expected by year-end 2026", "the first 50 MW in Q3, and the remaining 150 MW in 2027": the
# first stage of a staged delivery, a tranche of the whole the sentence goes on to name
# (README decided case 23), not a level of its own.
_FIRST_STAGE_AFTER = Folded(
    r"[^.;]{0,80}?\b(?:by|in|during|expected|scheduled|slated|due|set|targeted)\b[^.;]{0,60}?"
    r",?\s+(?:with|and|while)\s+(?:the\s+)?(?:full|remaining|entire|complete|balance\s+of\s+the|"
    r"rest\s+of\s+the)\s+(?:approximately\s+|about\s+|~)?\d[\d,.]*\+?\s*(?:MW|megawatts?|GW|"
    r"gigawatts?)\b"
)
_STAGE_GATE = ("full", "remaining", "entire", "complete", "balance", "rest of")


def is_first_stage(text: str, end: int) -> bool:
    """Is the figure ending at `end` a first stage of a whole named after it?"""
    tail = text[end : end + 200].lower()
    if not any(word in tail for word in _STAGE_GATE):
        return False  # cheap gate
    return _FIRST_STAGE_AFTER.match(text, end) is not None
