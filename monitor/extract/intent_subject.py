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
"""

from __future__ import annotations

import re

# The clause breaks before a modal: punctuation, a coordinating "and"/"but", or a relative
# pronoun (which makes its antecedent, some noun before it, the subject).
# ("that" also opens reported speech, "said that it may sell them": a break, not a relative)
_BREAK = re.compile(r"[,;:(—–]|\b(?:and|but|then|who|which|that)\b")
_RELATIVE = re.compile(r"(?:who|which)$")
# (adverbs that may stand between the subject and its modal: "it also may", "Riot then may")
_ADVERBS = re.compile(r"(?:\s+(?:also|then|now|still|currently|subsequently|later))+$")
# The company as a subject: a pronoun for it, a company noun, or a name.
_COMPANY = re.compile(
    r"(?<![\w'’])(?:[Ii]t|[Ww]e|[Mm]anagement|(?:[Tt]he|[Oo]ur)\s+(?:[Cc]ompany|[Ff]irm|[Mm]iner|[Gg]roup|"
    r"[Bb]oard|[Bb]usiness)|(?!(?:The|Its|Our|Their|Such|These|Those|This|That|A|An)\b)"
    r"[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,3})$"
)
# A party other than the company that may hold its coins, named as the subject (also with a
# capital at a sentence's start: "Customers may exchange them", "Its lender may sell them").
_OTHER_PARTY = re.compile(
    r"(?i:\b(?:lenders?|(?:note|share|stock|token|unit)?holders?|customers?|clients?|partners?|"
    r"counterpart(?:y|ies)|buyers?|purchasers?|investors?|creditors?|banks?|custodians?|"
    r"users?|borrowers?|brokers?|exchanges?|trustees?|agents?)\b)"
)
_REACH = 160


def _is_company(subject: str) -> bool:
    subject = _ADVERBS.sub("", subject.strip(" ,"))
    return _COMPANY.search(subject) is not None and _OTHER_PARTY.search(subject) is None


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


def company_subject(text: str, modal: int, verb: int) -> bool:
    """Is the company the subject of the modal at `modal` (its verb at `verb`), the pronoun's
    coins its own? A break between the modal and the verb ("in May and plans to sell": the
    month read as the modal) leaves the verb's clause no subject of its own."""
    start = max(0, modal - _REACH)
    breaks = list(_BREAK.finditer(text, start, verb))
    last = breaks[-1] if breaks else None
    if last is not None and _RELATIVE.match(last.group(0)):
        return False  # "customers, who may exchange them": the antecedent's coins
    clause_start = last.end() if last is not None else start
    subject = text[clause_start:modal] if clause_start < modal else ""
    if subject.strip(" ,"):
        return _is_company(subject)
    if last is None:
        return False
    # No subject of its own: the predicate shares the sentence's (or the clause's after a ";").
    semicolon = text.rfind(";", 0, clause_start)
    return _is_company(_opening_subject(text[semicolon + 1 : clause_start]))
