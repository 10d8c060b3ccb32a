"""Who buys: an AI capex amount is the company's only when the company is the buyer.

The subject of the buying or spending verb bound to the amount decides:

* a role that is not the company ("Customers bought servers worth $20 million of compute",
  "its hyperscaler tenant purchased GPUs for $300 million", "a partner ordered …");
* a named buyer that is not the company: a known counterparty (a hyperscaler, chip vendor,
  AI lab: "Microsoft bought 10,000 GPUs valued at $300 million"), or any other name when the
  sentence ties the hardware to the company as its host ("…, hosted by IREN", "to be housed
  at IREN's Childress campus"): that hardware is the client's, the company only runs it.

The company's own names, its self-words ("the Company", "we"), and a unit named as its own
("its subsidiary WhiteFiber", "Bit Digital's WhiteFiber") keep the amount. An unknown name
with no tie to the company is left alone: a subsidiary is often named bare in its parent's
release ("WhiteFiber purchased 1,000 GPUs").
"""

from __future__ import annotations

import re

from .ai_parties import COUNTERPARTY_NAMES
from .entities import MINERS, ticker_of
from .folded import Folded

# The verb of buying or spending nearest before the amount, in its clause.
_BUY_VERB = Folded(
    r"\b(?:purchas(?:e[sd]?|ing)|bought|buy(?:s|ing)?|order(?:ed|s|ing)?|acquir(?:e[sd]?|ing)|"
    r"paid|pays|paying|spen(?:t|ds?|ding)|invest(?:ed|s|ing)?|placed|places|placing|"
    r"committed|commits|deployed|deploys|"
    # the spending verbs of `ai._SPEND_BEFORE` a news writer uses: "Microsoft is shelling out"
    r"pour(?:s|ed|ing)?|(?:shell|fork|splash)(?:s|ed|ing)?\s+out)\b"
)
_VERB_REACH = 140
_CLAUSE_END = re.compile(r"[;:]|\.\s")
# Words between the subject and its verb: auxiliaries, adverbs, "agreed to", "plans to".
_FILLERS = (
    r"(?:\s+(?:has|have|had|also|recently|reportedly|previously|already|just|then|now|will|"
    r"would|is|was|are|were|today|agreed\s+to|plans\s+to|planned\s+to|intends\s+to|"
    r"expects\s+to|is\s+set\s+to|is\s+expected\s+to|went\s+on\s+to|itself)){0,3}"
)
_NAME = r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|and|&)){0,4}?"
# Where a subject may start: the sentence's start, after a comma or bracket, after a
# conjunction or a verb of saying.
_BOUNDARY = re.compile(
    r"^|[,;(]\s*|\b(?:and|while|whereas|after|when|as|where|but|said|says|that)\s+"
)
# The subject: a possessor, a few words (roles, determiners: "tech giant", "its customer"), a
# name, an aside in commas, then the fillers, up to the verb.
_SUBJECT = re.compile(
    rf"(?P<subject>(?:{_NAME}['’]s\s+)?(?:[A-Za-z][\w-]*\s+){{0,3}}?(?:{_NAME}|[a-z][\w-]*))"
    rf"(?:\s*,[^,;]{{1,70}},)?{_FILLERS}\s+"
)
_SUBJECT_REACH = 110
# The buyer named after the amount, as the agent of a passive: "…valued at $300 million were
# purchased by Microsoft", "…, bought by a hyperscaler customer".
_AGENT_AFTER = re.compile(
    r"[^.;$]{0,60}?\b(?:(?:was|were|is|are|being|been)\s+)?(?:purchased|bought|ordered|paid\s+"
    rf"for|acquired)\s+by\s+(?P<agent>(?:[A-Za-z][\w-]*\s+){{0,3}}?{_NAME})"
)
# A buyer named by its role towards the company.
_ROLE = re.compile(
    r"\b(?:customers?|clients?|tenants?|lessees?|offtakers?|users?|hyperscalers?|partners?|"
    r"counterpart(?:y|ies)|tech\s+giants?)\b",
    re.IGNORECASE,
)
# A role the company owns, naming the buyer: "IREN's client Microsoft", "its customer Nebius".
_ROLE_OF_OWN = re.compile(rf"(?:['’]s|\b[Ii]ts|\b[Oo]ur)\s+(?:[\w-]+\s+)?{_ROLE.pattern}", re.I)
# The company's own: self-words, and a unit it names as its own.
_SELF = re.compile(
    r"\b(?:[Tt]he\s+[Cc]ompany|[Ww]e|[Ii]t|[Oo]ur|[Ii]ts\s+(?:\w+\s+)?(?:subsidiary|unit|arm|"
    r"division|affiliate|platform|business)|[Ss]ubsidiary|Group|Management)\b"
)
_COUNTERPARTY = re.compile(rf"\b(?:{COUNTERPARTY_NAMES})\b")
# "…, hosted by IREN", "to be housed at IREN's campus": the company is the host.
_HOSTED = r"\b(?:hosted|housed|(?:to\s+be|will\s+be)\s+(?:hosted|housed))\s+(?:by|at|in)\s+"


def bought_by_other(text: str, start: int, end: int, entity: str | None) -> bool:
    """Is the amount at `text[start:end]` bought or spent by a party that is not the company?"""
    names = _names(entity)
    agent = _AGENT_AFTER.match(text, end)
    if agent is not None:
        # "GPUs valued at $300 million were purchased by Microsoft"
        return _is_other(agent["agent"], text, start, names)
    verb = _last_verb(text, start)
    words = None if verb is None else _subject(text, verb)
    return words is not None and _is_other(words, text, start, names)


def _is_other(words: str, text: str, start: int, names: tuple[str, ...]) -> bool:
    """Do the buyer's `words` name a party that is not the company? The company's own words
    and names decide first, unless they own a role that names the buyer ("IREN's client
    Microsoft"); a role beside the company's name describes the company ("Nvidia partner Hive
    Digital", "Hyperscaler-focused Applied Digital"). Then a role, a counterparty, a host."""
    if _SELF.search(words) or any(name in words for name in names):
        return _ROLE_OF_OWN.search(words) is not None
    if _ROLE.search(words):
        return True
    if _COUNTERPARTY.search(words):
        return True
    # any other name, when the sentence makes the company the hardware's host
    return words[:1].isupper() and _hosted_by_company(text, start, names)


def _subject(text: str, verb: int) -> str | None:
    """The subject of the verb at `verb`: from the nearest boundary that opens one."""
    head = max(0, verb - _SUBJECT_REACH)
    starts = [match.end() for match in _BOUNDARY.finditer(text, head, verb)]
    for start in reversed(starts):
        subject = _SUBJECT.fullmatch(text, start, verb)
        if subject is not None:
            return subject["subject"]
    return None


def _last_verb(text: str, start: int) -> int | None:
    """Start of the last buying verb before `start` in its clause, or None."""
    last = None
    for match in _BUY_VERB.finditer(text, max(0, start - _VERB_REACH), start):
        last = match.start()
    if last is None or _CLAUSE_END.search(text, last, start):
        return None
    return last


def _hosted_by_company(text: str, start: int, names: tuple[str, ...]) -> bool:
    if not names:
        return False
    alternatives = "|".join(re.escape(name) for name in names)
    pattern = rf"{_HOSTED}(?:the\s+[Cc]ompany|{alternatives})\b"
    return re.search(pattern, text[start:]) is not None


def _names(entity: str | None) -> tuple[str, ...]:
    if not entity:
        return ()
    ticker = ticker_of(entity)
    return tuple({entity.strip(), ticker, *MINERS.get(ticker, ())} - {""})
