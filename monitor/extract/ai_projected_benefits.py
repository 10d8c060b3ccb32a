"""An investment told as a project's economic benefit, or bought with another party's money.

Reading rules (README, decided case 43: a sum a third party projects is not the company's own
guidance; What is NOT labelled: other companies' figures):

* an economic-impact list: "local officials expressed enthusiasm for the economic benefits the
  data center is expected to bring, including a planned investment of over $1 billion and the
  creation of 60 jobs", "the project's economic impact, including $2 billion of investment" —
  what officials or a region expect a project to bring, not capex the company states;
* a purchase another party's money made possible, the company not named in the sentence:
  "Tether's backing has facilitated the purchase of more than $800 million of Nvidia chips" —
  the sentence tells what the backer enabled, over no period, not a spend the company reports.
"""

from __future__ import annotations

from .entities import names_of
from .folded import Folded

_REACH = 120
# Before the amount, in its sentence: the benefits or impact a project is expected to bring
_BENEFITS_BEFORE = Folded(
    r"\b(?:economic\s+(?:benefits?|impacts?|activity|development\s+benefits?)|"
    r"(?:projected|expected|estimated|forecast|set)\s+to\s+(?:bring|attract|generate|draw))\b"
    r"[^.;$]{0,80}$"
)
# Before the amount: another party's money as the subject that made a purchase possible
_ENABLED_BEFORE = Folded(
    r"['’]s\s+(?:[\w-]+\s+)?(?:backing|funding|support|financing|investment|capital|money|"
    r"loans?)\s+(?:has\s+|have\s+|had\s+)?(?:facilitated|enabled|funded|financed|allowed|"
    r"made\s+possible|paid\s+for)\b[^.;$]{0,60}$"
)


def is_projected_benefit(text: str, start: int) -> bool:
    """Is the amount at `start` of `text` a benefit a project is expected to bring?"""
    return _BENEFITS_BEFORE.search(text, max(0, start - _REACH), start) is not None


def is_enabled_by_other(text: str, start: int, entity: str | None) -> bool:
    """Is the amount at `start` a purchase another party's money made possible, in a sentence
    that does not name the company?"""
    if _ENABLED_BEFORE.search(text, max(0, start - _REACH), start) is None:
        return False
    lower = text.lower()
    return not any(name and name.lower() in lower for name in names_of(entity))
