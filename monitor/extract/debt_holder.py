"""Whose debt a balance is: a named company other than the document's own miner.

News rewrites set a miner beside its customers, lenders and partners: "However, CoreWeave
already carries a debt of $17.2 billion" in a story about Core Scientific. The holder is the
clause's subject, a capitalised name right before a verb of holding. When the document's
miner is a known one (its names are listed) and the subject is not one of its names, the
balance is another company's. An unknown miner keeps every balance: its names are not known,
so an unknown subject may be its own.
"""

from __future__ import annotations

import re

from .entities import MINERS, ticker_named, ticker_of
from .numbers import Money

# A capitalised name (one to three words), then a verb of holding, then the amount within a
# short gap of the same clause: "CoreWeave already carries a debt of ", "Galaxy has ".
_HOLDER = re.compile(
    r"(?:^|[.;:,]\s+|\b(?:and|but|while|whereas)\s+)"
    # the name, then perhaps an apposition ("CoreWeave, the company's largest customer, has")
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})(?:,\s+[^,.;$]{1,60},)?,?\s+"
    r"(?:(?:already|still|now|currently|also)\s+)?"
    r"(?:has|had|have|carries|carried|holds|held|owes|owed|is\s+carrying|was\s+carrying)\s+"
    r"[^.;$]{0,40}$"
)

# Subjects that are the company itself or no company.
_NOT_A_NAME = frozenset(
    {"The", "It", "Its", "This", "That", "These", "Those", "Company", "We", "Our", "They",
     "Their", "He", "She", "Management", "Miner", "Firm", "However", "Meanwhile", "Today",
     "Now", "Currently", "Also", "As", "In", "At", "By", "On", "Since", "After", "Before",
     "Total", "Debt", "Net", "Group",
     # a company suffix after a comma ("Core Scientific, Inc. has"): the name is further back
     "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "Limited", "Holdings", "Co.", "PLC",
     "Plc", "AG", "N.V.", "S.A.", "SE"}
)  # fmt: skip

_REACH = 120


def held_by_another(text: str, money: Money, entity: str | None) -> bool:
    """Is the balance at `money` held by a named company that is not `entity` (a known miner)?"""
    if not entity:
        return False
    own = ticker_of(entity)
    names = MINERS.get(own)
    if names is None:
        return False  # an unknown miner: any name may be its own
    head = text[max(0, money.start - _REACH) : money.start]
    match = _HOLDER.search(head)
    if match is None:
        return False
    name = match.group("name")
    words = name.split()
    if words[0] in _NOT_A_NAME or any(word in _NOT_A_NAME for word in words):
        return False
    return ticker_named(name) != own and not any(part in name or name in part for part in names)
