"""A build told only as to come: financed or future, with no deal of its own (decided case 39).

Two shapes of news copy size a build that no contract in the figure's own sentence binds:

* a build that proceeds, capex or a financing will fund, its sentence with no AI/HPC word or
  tenant: "Proceeds to fund construction of 100MW and 150MW data centers at the campus", "the
  funds raised will be used to construct 100MW and 150MW data centers" (not "Proceeds to fund
  150 MW critical IT load": an AI word; not "… 200 MW leased to Oracle": a tenant);
* a site, facility or phase, the sentence's subject, only promised ("will feature", "will
  provide", "is projected to", "will roll out … and support"), its sentence naming no contract,
  tenant, GPUs or state of its own: "The site will feature new liquid-cooled data centers
  supporting up to 200 megawatts of critical IT load" (the contract is in the sentence
  before). A signed contract's scope is read in any tense ("the data centers will support up
  to 200 MW under the Microsoft contract"), as is the deployment of the deal's GPUs ("The GPUs
  will be deployed … in data centers supporting up to 200MW");
* a build named as the purpose of another act, by an infinitive right before its size, its
  sentence naming no deal, tenant or state of its own: "closed the purchase of 25 acres … for
  $58 million to build a 320 MW AI gigafactory with over 100,000 GPUs" (land bought for a
  build not yet begun; not "signed a lease to build a 200 MW AI data center for CoreWeave").
"""

from __future__ import annotations

import re

from .ai_parties import COUNTERPARTY_NAMES
from .folded import Folded

_REACH = 160
# Money put to a build: "Proceeds to fund construction of", "the funds raised will be used to
# construct", "capex … for the first 112 MW"
_FUNDED = Folded(
    r"\b(?:proceeds|funds\s+raised|net\s+funds|capex|capital\s+expenditures?|"
    r"(?:to|will|would)\s+(?:help\s+)?(?:fund|finance))\b[^.;]{0,120}$"
)
# The AI/HPC words or tenant that tie a funded build to AI use in its own sentence
_AI_TIE = re.compile(
    rf"\b(?:AI|HPC|GPUs?|{COUNTERPARTY_NAMES})\b|(?i:artificial\s+intelligence|"
    r"high[- ]performance\s+comput\w*|critical\s+IT|IT\s+load|colocation|hyperscal\w*|"
    r"inference)"
)
# A site, facility or phase as the sentence's subject, then a promise of it: "The site will
# feature", "The first phases, labeled Horizon 1 through 4, will roll out … and collectively
# support", "The Beacon Point facility is projected to cover … and will provide" (a site's
# design told, decided case 30; not "Cipher will deliver 168 MW", the company's deal told)
_SITE_PROMISE = Folded(
    r"^\W{0,4}(?:the|its|this|that|each)\s+(?:[\w’'-]+\s+){0,3}?(?:site|facility|campus|"
    r"phases?)\b[^.;]{0,60}?\b(?:will|(?:is|are)\s+(?:projected|slated|set|intended)\s+to)\b"
    r"[^.;]{0,100}$"
)
# What makes a promised build a contracted or started one: a deal, a tenant, the deal's GPUs,
# or a state of its own
_BOUND = re.compile(
    rf"\b(?:{COUNTERPARTY_NAMES}|GPUs?|Nvidia|NVIDIA)\b|(?i:\b(?:leases?|leased|leasing|"
    r"contracts?|contracted|agreements?|deals?|signed|committed|commitment|tenants?|customers?|"
    r"hyperscal\w*|chips?|under\s+construction|(?:is|are|being)\s+(?:building|constructing|"
    r"built|constructed)|energi[sz]ed|operational|online|in\s+service|exercis\w*)\b)"
)


# "… for $58 million to build a 320 MW AI gigafactory": an infinitive of building, then the size
_TO_BUILD = Folded(
    r"\bto\s+(?:build|develop|construct|create|establish|erect)\s+(?:an?|the|its|their|one)\s+"
    r"(?:new\s+)?$"
)
_TO_BUILD_REACH = 40
# What binds a build named as a purpose: a deal, a tenant, or a state of its own (GPUs alone
# are the build's design, "with over 100,000 GPUs", not a deal's)
_DEAL_OR_STATE = re.compile(
    rf"\b(?:{COUNTERPARTY_NAMES})\b|(?i:\b(?:leases?|leased|leasing|contracts?|contracted|"
    r"agreements?|deals?|signed|committed|commitment|tenants?|customers?|hyperscal\w*|"
    r"under\s+construction|(?:is|are|being)\s+(?:building|constructing|built|constructed)|"
    r"energi[sz]ed|operational|online|in\s+service|exercis\w*)\b)"
)


def is_build_to_come(text: str, start: int) -> bool:
    """Is the figure at `start` of `text` a build only funded or promised, with no AI/HPC tie
    (funded) or no deal, tenant, GPUs or state (promised) in its sentence?"""
    head = text[max(0, start - _REACH) : start]
    cut = max(head.rfind(";"), head.rfind(". "))
    head = head[cut + 1 :]
    if _FUNDED.search(head):
        return _AI_TIE.search(text) is None
    # (the subject is read only where the clause's start is in reach)
    if (cut >= 0 or start <= _REACH) and _SITE_PROMISE.search(head):
        return _BOUND.search(text) is None
    if _TO_BUILD.search(text, max(0, start - _TO_BUILD_REACH), start):
        return _DEAL_OR_STATE.search(text) is None
    return False
