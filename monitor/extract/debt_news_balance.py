"""Balances in news wording that the balance frames of `debt_balance` and `debt_held` miss.

* Debt in default, named by its amount: "a default notice on a $107 million loan", "a default
  notice on about $107.8 million in loans", "defaulted on $40 million of notes": what the
  lender demands is the loan's amount outstanding, at the telling.
* The level a repayment left, named by a pronoun: "reduced the outstanding value of a
  bitcoin-backed credit facility … by $15 million, bringing it down to $23 million" (the
  repayment's clause names the debt; the participle's "it" is that debt).
* A level a later participle of the same sentence moves on: "reduce the credit facility from
  $100 million to $66 million in June, bringing the debt down to $38 million": $66 million is
  a step on the way, the balance is the last level (decided case 1, within one sentence).
* Principal amounts as of a date: "the two loans, with principal amounts of $32 million and
  $71 million as of September 30" (a stock at the date; "notes in an aggregate principal
  amount of $X" with no date is an offering's size, read by `debt_issue`).
* The level a debt was brought to, the verb before the debt: "The loan payback decreases
  Bitfarms' debt commitments from the $165 million it owed in June 2022 to just $25 million"
  (the starting point is recalled; the level reached is the balance now).
* A loan the company has, sized by "worth": "has a loan in play that's worth approximately $66
  million" (not "the loan was worth $100 million", a state before a change: decided case 1).
"""

from __future__ import annotations

import re

from .debt_words import DEBT_NEAR, DEBT_OBJECT, Window
from .folded import Folded
from .gates import Words
from .numbers import APPROX, MONEY_WRITTEN

_WORDS = Words(
    "default",
    "worth",
    "bringing",
    "taking",
    "principal",
    "from",
    " it ",
    " them ",
    "facilities",
    " loans ",
)


# "a default notice on", "default and acceleration notices for", "defaulted on", "in default
# on"; a spun text's synonym for notice keeps the shape ("a default discover on").
_DEFAULT_BEFORE = Folded(
    r"\b(?:default(?:\s+and\s+acceleration)?\s+(?:[a-z]+\s+){1,2}?(?:on|for|regarding|under)|"
    r"defaulted\s+on|in\s+default\s+(?:on|under))\s+(?:(?:an?|the|its|their)\s+)?"
    rf"{APPROX}$"
)


_LOAN_AFTER = Folded(
    r"^\s+(?:(?:of|in)\s+)?(?:[\w-]+\s+){0,2}?(?:loans?|debt|notes|borrowings|indebtedness|"
    r"facilit(?:y|ies))\b"
)


# "has a loan in play that's worth approximately $66 million": held now, then sized.
_HAS_LOAN_WORTH = Folded(
    r"\b(?:has|have|holds?|carries)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:loan|debt|credit\s+facility)\b"
    # (not a compound whose head is another thing: "a loan portfolio worth $5 billion")
    r"(?!-|\s+(?:portfolios?|books?|business|products?|platforms?|units?|desks?|funds?)\b)"
    rf"[^.;$]{{0,30}}?\bworth\s+{APPROX}$"
)


# "…, bringing it down to $23 million" after a repayment of a debt the clause names.
_IT_BROUGHT_TO = Folded(
    r"\b(?:reduced|lowered|cut|paid\s+down|repaid|trimmed|slashed)\b[^;]{0,160}?"
    rf"\b{DEBT_OBJECT}\b(?!-)[^;]{{0,120}}?,\s+(?:bringing|taking)\s+it\s+(?:down\s+)?to\s+{APPROX}$"
)


# "restructured its secured debt with NYDIG of around $76 million, …, which reduced it to around
# $17 million", "repaid part of the loan and cut it to $23 million": a reduction whose object is
# a pronoun for the debt the clause before names (a reduction verb: "taking it to" may grow it).
_IT_REDUCED_TO = Folded(
    # (no other thing joined after the debt: "its NYDIG loan and its interest expense, cutting
    # it to $4 million" — "it" is the nearer noun)
    rf"\b{DEBT_OBJECT}\b(?!-)(?:(?!\s+and\s+(?:its|the|their|our)\s)[^;]){{0,160}}?"
    r"(?:,\s+|\s+and\s+)(?:which\s+|that\s+)?(?:has\s+|had\s+)?"
    r"(?:reduc(?:ed|ing|es)|lower(?:ed|ing|s)?|cut(?:ting|s)?|trimm(?:ed|ing)|slash(?:ed|ing)|"
    r"(?:bringing|brought|brings)(?=\s+(?:it|them)\s+down))\s+(?:it|them)\s+(?:down\s+)?to\s+"
    rf"{APPROX}$"
)


_IT_TO_END = re.compile(r"\b(?:it|them)\s+(?:down\s+)?to\s+\S*\s*\S*$")


# "with principal amounts of $32 million and $71 million as of September 30".
# ("as of September 30, the principal amounts of the two loans in question were $32 million
# and $71 million, respectively": the loans named between, the date before)
_PRINCIPAL_OF = Folded(
    r"\bprincipal\s+(?:amounts?|balances?)\s+(?:outstanding\s+)?"
    r"(?:of\s+(?:the|its|both|these|those)\s+[^.;$]{0,40}?\b(?:loans?|facilit(?:y|ies)|notes)"
    r"(?:\s+in\s+question)?\s+)?"
    rf"(?:of|were|was)\s+{APPROX}$"
)
# Named loans listed by their amounts: "The three debt facilities in dispute, as per the SEC
# filing, are $1 million, $32 million, and $71 million worth of equipment loans" (each a
# loan's balance at the telling; the amounts before this one in the list are skipped). A debt
# word names the facilities ("its three facilities in Texas" are sites).
_FACILITIES_ARE = Folded(
    r"\b(?:the|its|these|both)\s+(?:two|three|four|five|[2-9])\s+(?:(?:(?:debt|loan|credit|"
    r"equipment)\s+)facilities|(?:(?:term|equipment|secured|bank)\s+)?loans)\b[^.;$]{0,60}?\bare\s+"
    rf"(?:{MONEY_WRITTEN}\s*,?\s*(?:and\s+)?){{0,4}}"
    rf"{APPROX}$"
)
# What the list ends in, for a balance: the sentence's end, "respectively" or the loans' noun
# ("… and $71 million worth of equipment loans"); not a size ("in size"), an investment or a
# draw to come ("…, which Acme plans to draw next year": README rule 6).
_LIST_ENDS_AS_LOANS = Folded(
    rf"^(?:\s*,?\s*(?:and\s+)?{MONEY_WRITTEN}){{0,4}}\s*(?:$|[.;]|,\s*respectively\b|"
    r"(?:,\s*)?(?:worth\s+)?(?:of|in)\s+(?:[\w-]+\s+){0,2}?(?:loans|debt|borrowings|notes)\b)"
)
# The date first: "Acme said that as of September 30, the principal amounts of …"
_AS_OF_BEFORE = Folded(r"\bas\s+(?:of|at)\s+[a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?,\s+[^.;$]{0,90}$")
# "its customers have principal balances of …": what others owe is no debt of the company.
_OTHERS_OWE = Folded(r"\b(?:customers?|clients?|borrowers?|tenants?|contract|hosting)\b")
_AS_OF_AFTER = Folded(
    rf"^\s*(?:,?\s*and\s+{MONEY_WRITTEN}\s*)?,?\s*"
    r"(?:as\s+(?:of|at)|at)\s+(?:the\s+end\s+of\s+)?[a-z]+\.?\s+\d"
)


# "decreases Bitfarms' debt commitments from the $165 million it owed … to just $25 million".
_BROUGHT_FROM_TO = Folded(
    # (finite verbs: a participle "…, cutting the debt from $38.0 million to $23.0 million"
    # hangs from a clause that dates it, read by the balance frames)
    r"\b(?:decreas(?:e|es|ed)|reduc(?:e|es|ed)|cuts?|lower(?:s|ed)?|brought|brings?|"
    r"slash(?:es|ed)|trim(?:s|med))\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:debt|borrowings|indebtedness|loans?)(?:\s+(?:commitments|obligations|load|burden|"
    r"balance))?\s+from\s+[^;]{1,60}?\bto\s+(?:just\s+|only\s+)?"
    rf"{APPROX}$"
)


def level_reached(window: Window) -> bool:
    """The amount is the level a debt was brought to ("… from $165 million … to just $25
    million"); the period is the telling's (its sentence's dates belong to the start)."""
    if "from" not in window.before_lower:
        return False  # cheap gate
    return (
        _BROUGHT_FROM_TO.search(window.text, max(0, window.start - 150), window.start) is not None
    )


def news_balance(window: Window) -> bool:
    """A balance in one of the news shapes of the module docstring."""
    if not _WORDS.found(window.before_lower):
        return False  # cheap gate
    before = window.before
    if _DEFAULT_BEFORE.search(before[-60:]) and _LOAN_AFTER.match(window.after):
        return True
    if level_reached(window):
        return True
    if (
        _PRINCIPAL_OF.search(before[-100:])
        and (_AS_OF_AFTER.match(window.after) or _AS_OF_BEFORE.search(before[-150:]))
        and not _OTHERS_OWE.search(before[-100:])
    ):
        return True
    if _HAS_LOAN_WORTH.search(before[-90:]):
        return True
    if _FACILITIES_ARE.search(before[-180:]) and _LIST_ENDS_AS_LOANS.match(window.after[:120]):
        return True
    if _IT_BROUGHT_TO.search(window.text, max(0, window.start - 300), window.start):
        return True
    if not _IT_TO_END.search(window.before_lower[-40:]):
        return False  # cheap gate: the pronoun's "it to" right before the amount
    return _IT_REDUCED_TO.search(window.text, max(0, window.start - 220), window.start) is not None


# "… to $66 million in June, bringing the debt down to $38 million": a later level follows.
_LATER_LEVEL_AFTER = Folded(
    r"[^.;$]{0,60}?,\s+(?:bringing|taking|leaving|cutting|reducing|lowering)\s+[^.;$]{0,40}?"
    rf"\bto\s+{APPROX}(?:us)?[$€£]"
)
_STEP_BEFORE = Folded(r"\bto\s+(?:about\s+|approximately\s+|around\s+)?$")


# "Bitfarms' debt was $38 million after using the bitcoin it sold to reduce its credit facility
# from $100 million to $66 million": the balance is stated first, and the change it came "after"
# went through an earlier level on the way (decided case 1, within one sentence).
# A "balance" counts only when a debt word names it: a cash balance is no debt level.
_STATED_LEVEL_AFTER = Folded(
    r"\b(?:debt|borrowings|indebtedness|(?:debt|loan|facility|credit|outstanding|principal)\s+"
    r"balance|owed|owes|owing)\s+(?:(?:now|currently|still)\s+)?"
    r"(?:was|were|is|are|stood\s+at|stands\s+at|(?:fell|dropped|declined|had\s+fallen)\s+to)\s+"
    r"(?:(?:about|approximately|around|roughly|some|just|only)\s+)?(?:us)?[$€£]\s?[\d.,]+\s*"
    r"(?:million|billion|m|bn)?\s+(?:after|following)\b(?:[^.;]|\.(?=\d)){0,160}?\bto\s+"
    r"(?:about\s+|approximately\s+|around\s+)?$"
)
_STATED_REACH = 300


def step_to_later_level(text: str, start: int, end: int) -> bool:
    """Is the amount a level "to" which a change went, before a later level the same sentence
    states with a participle, or after a balance the sentence stated first ("debt was $38
    million after … reduce its facility from $100 million to $66 million")?"""
    if not _STEP_BEFORE.search(text, max(0, start - 20), start):
        return False
    if _LATER_LEVEL_AFTER.match(text, end) is not None:
        return True
    if "after" not in text and "following" not in text:
        return False  # cheap gate
    return _STATED_LEVEL_AFTER.search(text, max(0, start - _STATED_REACH), start) is not None


# "still owed $22 million on its credit as of the end of the previous month", "As of the end of
# last month, the entity had an outstanding balance of $22 million": the balance's date, named
# from publication (not a comparative of an earlier period), after the amount or opening its
# clause.
_LAST_MONTH_END = (
    r"\b(?:as\s+(?:of|at)|at)\s+the\s+end\s+of\s+(?:the\s+)?(?:previous|last|prior)\s+month\b"
)
_AS_OF_LAST_MONTH_END = Folded(rf"[^.;$]{{0,40}}?{_LAST_MONTH_END}")
_LAST_MONTH_END_BEFORE = Folded(rf"{_LAST_MONTH_END}[^.;$]{{0,100}}$")


def dated_last_month_end(text: str, start: int, end: int) -> bool:
    """Is the balance dated "as of the end of the previous month", right after it or earlier
    in its clause?"""
    if text.find("month", max(0, start - _MONTH_END_REACH), end + _MONTH_END_REACH) < 0:
        return False  # cheap gate (where the phrase can be, not all of a long sentence)
    if _AS_OF_LAST_MONTH_END.match(text, end) is not None:
        return True
    return _LAST_MONTH_END_BEFORE.search(text, max(0, start - _MONTH_END_REACH), start) is not None


_MONTH_END_REACH = 200  # longer than any match of `_AS_OF_LAST_MONTH_END`


# The next sentence walks the same debt further down: "Bitfarms had lowered the loan by $34
# million to $66 million … Then it added an additional 1,500 — bringing the total owed down to
# $38 million." The first level is a step on the way (decided case 1), the last the balance.
_NEXT_LEVEL = Folded(
    r"^\s*(?P<lead>(?:then|later|subsequently|after\s+that|next|since\s+then)\b[^.;$]{0,80}?|"
    r"(?:it|the\s+company|[a-z0-9]+)\s+(?:then|later|subsequently)\b[^.;$]{0,80}?)"
    r"\b(?:bringing|brought|taking|took|cutting|cut|reducing|reduced|lowering|lowered)\s+"
    # what moves on is the debt, named or as a pronoun ("bringing the total owed down to",
    # "cutting it to"), not another figure ("bringing its cash balance to $12 million")
    rf"(?:(?P<pronoun>it|them)|[^.;$]{{0,40}}?\b(?:{DEBT_OBJECT}|owed|owing)\b(?!-))\s+"
    rf"(?:down\s+)?to\s+{APPROX}(?:us)?[$€£]"
)
_NEXT_REACH = 240


def step_before_next_sentence(
    text: str, start: int, document: str | None, sentence_end: int
) -> bool:
    """Is the amount a level "to" which a change went, that the next sentence moves on from?"""
    if document is None or not _STEP_BEFORE.search(text, max(0, start - 20), start):
        return False
    following = document[sentence_end : sentence_end + _NEXT_REACH]
    step = _NEXT_LEVEL.match(following)
    if step is None:
        return False
    # "it"/"them" stands for the debt only when the clause before names none other ("Then it
    # repaid more of the loan, bringing it down to"; not "cut its hosting costs, bringing
    # them down to")
    return step["pronoun"] is None or DEBT_NEAR.search(step["lead"]) is not None
