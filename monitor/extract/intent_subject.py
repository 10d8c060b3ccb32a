"""Whose coins a pronoun's sale names: the company's only when the company is the subject.

Reading rule (README decided cases 18 and 29, an intention is the company's own statement
about its own BTC sales): in "Riot stores its mined bitcoins and may exchange them for fiat"
the modal's subject is Riot (the predicate after "and" shares the sentence's subject), so the
pronoun's coins are Riot's and the sentence states an intention. In "… as collateral with a
lender, and the lender may exchange them for cash", "… sold to customers, who may exchange
them for cash", "noteholders may convert them" another party is the subject: what it may do
with the coins is no intention of the company's.

The subject is read from the clause before the modal: the words after its last break (a comma,
a semicolon, a relative pronoun or "and"). No words there means a predicate that shares the
sentence's subject, which is then read from the sentence's opening words.

A name as the subject is the company only when it is one of the company's names (its name or
ticker): in a story about Argo, "Galaxy may sell the coins it received" and "Coinbase holds the
bitcoin and may sell them" state another company's plans, not Argo's intention. (An entity the
miner list does not know may be called anything: its names are not known.) The name may carry
its legal suffix ("Core Scientific, Inc. may sell …": the comma before "Inc." is no clause
break). An officer's title before a name ("CEO Fred Thiel may sell some of the company's BTC",
"Marathon's CEO Fred Thiel may sell …") is the company's voice, unless the coins are plainly the
person's own ("his personal bitcoin", "some of his bitcoin holdings"): an executive's possible
sale of his own coins is no intention of the company's.
"""

from __future__ import annotations

import re

from .entities import MINERS, names_of, ticker_of

# The clause breaks before a modal: punctuation, a coordinating "and"/"but", or a relative
# pronoun (which makes its antecedent, some noun before it, the subject).
# ("that" also opens reported speech, "said that it may sell them": a break, not a relative)
# (a comma before a legal suffix, "Core Scientific, Inc.", is part of the name)
_LEGAL_SUFFIX = r"(?:Inc|Corp|Corporation|Ltd|Limited|LLC|L\.L\.C|plc|PLC|N\.V|S\.A|AG|SE)\b\.?"
_BREAK = re.compile(rf"[;:(—–]|,(?!\s*{_LEGAL_SUFFIX})|\b(?:and|but|then|who|which|that)\b")
_RELATIVE = re.compile(r"(?:who|which)$")
# (adverbs that may stand between the subject and its modal: "it also may", "Riot then may")
_ADVERBS = re.compile(r"(?:\s+(?:also|then|now|still|currently|subsequently|later))+$")
# The company as a subject: a pronoun for it, a company noun, or a name (`name`: whose it is
# is asked of the entity's names).
_COMPANY = re.compile(
    r"(?<![\w'’])(?:[Ii]t|[Ww]e|[Mm]anagement|(?:[Tt]he|[Oo]ur)\s+(?:[Cc]ompany|[Ff]irm|[Mm]iner|[Gg]roup|"
    r"[Bb]oard|[Bb]usiness)|(?!(?:The|Its|Our|Their|Such|These|Those|This|That|A|An)\b)"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,3}(?:,\s*" + _LEGAL_SUFFIX + r")?))$"
)
# An officer named with the title speaks for the company: "CEO Fred Thiel may sell …".
_OFFICER = re.compile(
    r"^(?:(?:[Tt]he|[Ii]ts|[Oo]ur)\s+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s?\s+)?"
    r"(?:CEO|CFO|COO|Chief\s+[A-Z]\w*\s+Officer|"
    r"(?:Executive\s+)?Chair(?:man|woman|person)?|President|Co-?[Ff]ounder|Founder)\s+[A-Z]"
)
# … unless the coins are plainly the person's own: "his personal bitcoin", "her own BTC".
# ("some of his bitcoin holdings", "her BTC", "his shares": what "his" or "her" owns is the
# person's, whatever the coins are called)
_PERSONAL = re.compile(
    r"\b(?:his|her)\s+(?:own|personal|(?:\w+\s+)?(?:bitcoins?|btc|coins|holdings?|stakes?|"
    r"shares|stock|tokens))\b|\bpersonal(?:ly)?\b",
    re.IGNORECASE,
)
# A party other than the company that may hold its coins, named as the subject (also with a
# capital at a sentence's start: "Customers may exchange them", "Its lender may sell them").
_OTHER_PARTY = re.compile(
    r"(?i:\b(?:lenders?|(?:note|share|stock|token|unit)?holders?|customers?|clients?|partners?|"
    r"counterpart(?:y|ies)|buyers?|purchasers?|investors?|creditors?|banks?|custodians?|"
    r"users?|borrowers?|brokers?|exchanges?|trustees?|agents?)\b)"
)
# The other party as the subject's last word: "the lender may sell the pledged coins".
_OTHER_PARTY_LAST = re.compile(_OTHER_PARTY.pattern + r"$")
_REACH = 160


# The company under a capitalised common noun, a noun-modal's owner too ("the Company’s intent
# to liquidate its Bitcoin", "Management may sell").
_SELF_NOUN = re.compile(
    r"(?:Company|Corporation|Firm|Group|Board|Management|Registrant|Issuer|Miner)(?:['’]s)?"
)


def _own_name(name: str, entity: str | None) -> bool:
    """Does the subject's `name` name the company ("Riot Platforms", "MARA Holdings", "the
    Company’s"), or is the company one whose names are not known?"""
    if not entity or ticker_of(entity) not in MINERS or _SELF_NOUN.fullmatch(name):
        return True
    upper = name.upper()
    return any(re.search(rf"\b{re.escape(own.upper())}\b", upper) for own in names_of(entity))


def _is_company(subject: str, entity: str | None) -> bool:
    subject = _ADVERBS.sub("", subject.strip(" ,"))
    if _OFFICER.match(subject):
        return False  # "Marathon's CEO Fred Thiel": an officer (`_officer_voice`), not a name
    found = _COMPANY.search(subject)
    if found is None or _OTHER_PARTY.search(subject) is not None:
        return False
    return found["name"] is None or _own_name(found["name"], entity)


def _is_other(subject: str, entity: str | None) -> bool:
    """Is the subject another party: a name none of the company's, or a lender, a customer …?"""
    subject = _ADVERBS.sub("", subject.strip(" ,"))
    if _OTHER_PARTY_LAST.search(subject) is not None:
        return True
    found = _COMPANY.search(subject)
    return found is not None and found["name"] is not None and not _own_name(found["name"], entity)


def _opening_subject(text: str) -> str:
    """The sentence's opening subject: its first words up to the first lower-case word after
    a capitalised one ("Riot", "The Company", "In May, Riot"), or the noun after an article
    ("The lender", "Its partner")."""
    words: list[str] = []
    for word in text.split()[:6]:
        bare = word.strip(",")
        if words and bare[:1].islower() and words[-1][:1].isupper():
            if words[-1] in ("The", "Its", "Our", "Their"):
                words.append(bare)  # "The lender", "Its partner": the noun after the article
            break
        words.append(bare)
    return " ".join(words)


def _subject(text: str, modal: int, verb: int) -> str | None:
    """The words of the modal's subject (at `modal`, its verb at `verb`); None when a relative
    pronoun makes it an antecedent ("customers, who may exchange them") or none is found. A
    break between the modal and the verb ("in May and plans to sell": the month read as the
    modal) leaves the verb's clause no subject of its own."""
    start = max(0, modal - _REACH)
    breaks = list(_BREAK.finditer(text, start, verb))
    last = breaks[-1] if breaks else None
    if last is not None and _RELATIVE.match(last.group(0)):
        return None
    clause_start = last.end() if last is not None else start
    subject = text[clause_start:modal] if clause_start < modal else ""
    if subject.strip(" ,"):
        return subject
    if last is None:
        return None
    # No subject of its own: the predicate shares the clause's before it ("…, and Coinbase holds
    # the bitcoin and may sell them"), else the sentence's (or the clause's after a ";").
    shared = _coordinated_subject(text, breaks)
    if shared is not None:
        return shared
    semicolon = text.rfind(";", 0, clause_start)
    return _opening_subject(text[semicolon + 1 : clause_start])


_COORDINATION = ("and", "but", ",", ";")


def _coordinated_subject(text: str, breaks: list[re.Match[str]]) -> str | None:
    """The subject opening the nearest clause with words before the last break, when that
    clause follows a coordination ("…, and Coinbase holds the bitcoin and may …")."""
    for index in range(len(breaks) - 1, 0, -1):
        clause = text[breaks[index - 1].end() : breaks[index].start()].strip(" ,")
        if not clause:
            continue
        if breaks[index - 1].group(0) in _COORDINATION and clause[:1].isupper():
            return _opening_subject(clause)
        return None
    return None


def _officer_voice(subject: str, text: str, verb: int) -> bool:
    """Is the subject an officer named with the title, speaking for the company (not of the
    person's own coins, told within the words after the verb)?"""
    if _OFFICER.match(_ADVERBS.sub("", subject.strip(" ,"))) is None:
        return False
    return _PERSONAL.search(text, verb, verb + 80) is None


def company_subject(text: str, modal: int, verb: int, entity: str | None) -> bool:
    """Is the company the subject of the modal at `modal` (its verb at `verb`), the pronoun's
    coins its own?"""
    subject = _subject(text, modal, verb)
    if subject is None:
        return False
    return _is_company(subject, entity) or _officer_voice(subject, text, verb)


def other_subject(text: str, modal: int, verb: int, entity: str | None) -> bool:
    """Is another party the subject of the modal at `modal` ("Galaxy may sell the coins it
    received", "the lender may sell the bitcoin"), whatever coins its object names?"""
    subject = _subject(text, modal, verb)
    if subject is None:
        return False
    if _OFFICER.match(_ADVERBS.sub("", subject.strip(" ,"))) is not None:
        # the officer's own coins ("Marathon's CEO Fred Thiel may sell some of his bitcoin
        # holdings") are the person's; else the officer speaks for the company
        return _PERSONAL.search(text, verb, verb + 80) is not None
    return _is_other(subject, entity)
