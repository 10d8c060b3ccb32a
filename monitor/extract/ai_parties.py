"""Whose AI build-out fact it is, and whether it is committed and current.

Four questions the capex, capacity and milestone rules share:

* a counterparty's own figure: a tenant, hyperscaler, chip vendor or joint-venture partner as
  the subject that owns, runs or spends ("CoreWeave, which operates over 1.3 GW", "the JV
  partner committed $200 million", "Google will invest $500 million"); a tenant that leases
  or contracts from the company ("CoreWeave has contracted 120 MW across its sites") is the
  company's capacity and passes;
* a sentence about other companies' deals: a counterparty acts as the subject and the
  company is not named ("Lancium and Crusoe announced an agreement to build a 200-megawatt
  data center" in a story about TeraWulf);
* a hedge that makes a sum or a size a possibility, not a plan: "is considering investing",
  "could spend", "potential", "capable of supporting up to 250 MW";
* a recalled event (README, decided case 1): dated well before the document's own period
  ("previously signed a 200 MW contract in June 2024").
"""

from __future__ import annotations

import datetime as dt
import re

from .ai_clauses import predicate_start
from .context import DocContext
from .entities import names_of
from .folded import Folded
from .numbers import APPROX
from .per_document import remembered
from .periods import Period
from .skipping import skipping

# Companies that appear in miners' AI news as tenants, vendors or partners, and the common
# nouns for them. "partner" alone is too broad; "JV partner", "joint venture partner" are not.
COUNTERPARTY_NAMES = (
    r"CoreWeave|Fluidstack|Microsoft|Google|Alphabet|Amazon|AWS|Meta|Oracle|OpenAI|"
    r"Anthropic|Nvidia|NVIDIA|Dell|Supermicro|xAI|Crusoe|Lancium|Cerebras|Nebius|Lambda"
)
# A named AI buyer or a hyperscaler/cloud provider anywhere in a text: the cheap question the
# tenant-deal readers ask before their patterns (compiled to skip ahead).
TENANT_WORDS = skipping(re.compile(rf"(?:{COUNTERPARTY_NAMES})|(?i:hyperscal|cloud\s+provider)"))
_COUNTERPARTY = (
    rf"(?:{COUNTERPARTY_NAMES}|"
    r"(?:the\s+|its\s+|our\s+)?(?:JV|joint[- ]venture)\s+partners?|hyperscalers?|"
    r"(?:the|its|our)\s+(?:tenant|customer|client)|Big\s+Tech|tech\s+giants|"
    r"(?:large\s+|major\s+)?(?:tech(?:nology)?\s+companies|cloud\s+providers))"
)
# A verb of owning, running or spending, then a figure: the counterparty's own quantity. The
# words between may not be a lease or contract ("has now contracted 120 MW").
_OWN_VERB = (
    r"(?:operates?|operating|owns?|has|have|holds?|controls?|runs?|manages?|contribut\w*|"
    r"invest\w*|spend\w*|spent|commit\w*|pledg\w*|deploy\w*)"
)
_NOT_DEAL_WORD = r"(?!(?:contract|leas|exercis|option|sign|agree|reserv|commit)\w*)"
_CURRENCY = r"(?:US\$|C\$|A\$|\$|€|£|CAD\s*\$?|AUD\s*\$?|EUR\s*|USD\s*)?"
_COUNTERPARTY_FIGURE = Folded(
    # "Microsoft's $80 billion AI capex plan", "CoreWeave's 1.3 GW footprint"
    rf"\b{_COUNTERPARTY}(?:'s|’s)\s+(?:\w+\s+)?{APPROX}{_CURRENCY}$|"
    rf"\b{_COUNTERPARTY}\b(?:'s|’s)?(?:,[^,.;]{{0,40}},)?,?(?:\s+\w+){{0,3}}?\s+(?:which\s+|that\s+)?"
    rf"(?:will\s+|would\s+|plans\s+to\s+|has\s+|have\s+)?{_OWN_VERB}\s+"
    rf"(?:{_NOT_DEAL_WORD}\w+\s+){{0,2}}?{APPROX}{_CURRENCY}$"
)
_REACH = 110
# Possibility, not commitment. ("may" is left out: it is also the month.)
_HEDGE = Folded(
    r"\b(?:could|might|consider\w*|explor\w*|evaluat\w*|contemplat\w*|potential(?:ly)?|"
    r"possibl[ey]|if|capable\s+of|(?:can|able\s+to)\s+(?:support|accommodate|host)|"
    r"(?:support|accommodate|scale|expand\w*|grow)\s+(?:\w+\s+){0,2}?up\s+to|"
    r"designed\s+to\s+(?:support|accommodate|scale|host))\b|"
    # a site's design size ("a facility designed for 750 megawatts"), not IT capacity in use
    r"\b(?:designed|engineered|sized)\s+for\s+(?:up\s+to\s+)?$"
)
_HEDGE_REACH = 70
# A figure dated this long before publication, outside the report's own period, is recalled.
_RECALL_DAYS = 100
# A one-off event (a contract signed, a site energised) is news for a shorter time: a story
# published in November that tells "In August, the company entered into two HPC leases" recalls
# the deal as background (decided case 1), while a capacity level "leased by August" is still
# a state as of its date.
EVENT_RECALL_DAYS = 60


@remembered
def is_counterparty_figure(text: str, start: int) -> bool:
    """The figure starting at `start` is a tenant's, vendor's or partner's own quantity."""
    return bool(_COUNTERPARTY_FIGURE.search(text, max(0, start - _REACH), start))


# "unveiled a landmark deal with Fluidstack to deploy more than 200 megawatts of IT load at its
# Lake Mariner campus", "a lease with Google to host 300 MW": the counterparty is the deal's
# other party, the infinitive the deal's purpose; the capacity is the company's.
_DEAL_PURPOSE = Folded(
    rf"\b(?:deal|leases?|agreements?|contracts?|partnership|pact|arrangement)\s+with\s+"
    rf"(?:(?:an?|the)\s+)?(?:[\w.-]+\s+){{0,2}}?{_COUNTERPARTY}\s+to\s+(?:deploy|deliver|host|provide|supply|support|lease|house|"
    rf"power|develop|build|run|operate)\s+(?:(?:an?|the|its|up\s+to|over|more\s+than|nearly|about|"
    rf"approximately|roughly|some|at\s+least)\s+){{0,2}}$"
)


def is_deal_purpose(text: str, start: int) -> bool:
    """Is the figure at `start` what a deal with a counterparty is made to deliver?"""
    if "with" not in text[max(0, start - _REACH) : start]:
        return False  # cheap gate
    return _DEAL_PURPOSE.search(text, max(0, start - _REACH), start) is not None


# "CoreWeave signed a $10 billion deal with Microsoft": a counterparty as the subject, right
# before the verb.
_COUNTERPARTY_SUBJECT = Folded(
    rf"(?<!\band\s)(?<!&\s)\b{_COUNTERPARTY}\b(?:\s+(?:has|have|also|now|today))*\s*$"
)
_WITH_COMPANY = Folded(r"\b(?:with|from|to)\s+(?:the\s+company|us|our|the\s+issuer)\b")


_SUBJECT_REACH = 60


@remembered
def has_counterparty_subject(text: str, start: int) -> bool:
    """Is a counterparty (a tenant, a hyperscaler) the subject of the verb at `start`?"""
    return _COUNTERPARTY_SUBJECT.search(text, max(0, start - 40), start) is not None


def is_counterparty_event(text: str, start: int, entity: str | None) -> bool:
    """The verb at `start` has a counterparty for subject, and the company is not the other
    party ("CoreWeave signed a lease with Core Scientific" is the company's contract)."""
    if not _COUNTERPARTY_SUBJECT.search(text, max(0, start - 40), start):
        return False
    after = text[start:]
    if _WITH_COMPANY.search(after):
        return False
    names = _spellings(names_of(entity))
    # "CoreWeave and Core Scientific on Tuesday entered into …": the company shares the subject
    subject = text[max(0, start - _SUBJECT_REACH) : start]
    return not any(name and (name in after or name in subject) for name in names)


def _spellings(names: tuple[str, ...]) -> tuple[str, ...]:
    """The company's names, and a capitalised name also as news copy writes it ("IREN" as
    "Iren": "a deal … to secure AI cloud capacity from Australian company Iren")."""
    titled = tuple(n.capitalize() for n in names if len(n) > 3 and n.isupper() and n.isalpha())
    return names + titled


# A counterparty acting as the subject: "Lancium and Crusoe Energy Systems announced …".
_COUNTERPARTY_ACTS = Folded(
    rf"\b{_COUNTERPARTY}\b(?:\s+[\w.&'’-]+){{0,3}}?\s+(?:has\s+|have\s+|also\s+|will\s+)?"
    r"(?:announced|announces|signed|signs|agreed|agrees|plans|planned|launched|launches|"
    r"unveiled|unveils|is\s+building|are\s+building|will\s+build|built|operates|opened|"
    r"struck|inked|entered|secured|awarded|selected|chose)\b"
)
_SELF = Folded(r"\b(?:the\s+company|we|our|us)\b")


@remembered
def is_third_party_sentence(text: str, start: int, entity: str | None) -> bool:
    """A sentence about other companies: a counterparty is named before the figure at `start`
    and the company is not named at all ("Lancium and Crusoe announced an agreement to build a
    200-megawatt data center" in a story about TeraWulf)."""
    if not entity or not _COUNTERPARTY_ACTS.search(text, 0, start):
        return False
    if _SELF.search(text):
        return False
    lower = text.lower()
    names = names_of(entity)
    return not any(name.lower() in lower for name in names if name)


@remembered
def is_hedged(text: str, start: int) -> bool:
    """A possibility word governs the figure at `start` (same sentence, shortly before)."""
    before = text[max(0, start - _HEDGE_REACH) : start]
    cut = max(before.rfind(";"), before.rfind(". "), predicate_start(before) - 1)
    # (not a hedge of an earlier verb: "designed to scale up to 1 GW and has leased 400 MW")
    return bool(_HEDGE.search(before, cut + 1))


def is_recalled(ctx: DocContext, label: str | None, days: int = _RECALL_DAYS) -> bool:
    """An event whose period ends well before the document's own period (more than `days`
    before publication, outside the report's period): background."""
    period = Period.parse(label)
    if period is None or ctx.published is None or period in (ctx.report, ctx.document):
        return False
    if ctx.report is not None and period.last_day() >= ctx.report.first_day():
        return False
    return period.last_day() < ctx.published - dt.timedelta(days=days)


# "As announced in July 2023, Northern Data entered into an agreement …": an earlier event told
# again as background (decided case 1), whatever figure the sentence repeats.
_TOLD_AGAIN = Folded(
    r"\bas\s+(?:was\s+|we\s+)?(?:previously\s+|first\s+)?(?:announced|reported|disclosed)\s+"
    r"(?:in|on|last|earlier)\b"
)


def is_told_again(text: str, start: int) -> bool:
    """Does the clause before `start` say its event was announced before?"""
    return bool(_TOLD_AGAIN.search(text, 0, start))
