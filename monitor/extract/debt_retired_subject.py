"""Principal retired by the verb of the sentence whose subject carries it (README decided case 32).

A filing or a rewrite names the debt with its principal in the subject and tells the retirement
with the main verb, some way on, after asides, dates and relative clauses: "The Secured Note
with remaining principal of approximately $4.1 million as of September 30, 2023, which the
lender purchased from its affiliate at par, was extinguished", "The convertible notes, with an
aggregate principal of $30.0 million, were exchanged for 4,100,000 shares". Settled,
extinguished, exchanged, converted into shares, cancelled or redeemed, the principal is retired:
`debt_repaid_usd` at the principal, read before the balance words of the subject ("remaining
principal", "outstanding balance") can claim it.

The reading is structural: the amount sits in a debt noun's phrase ("<debt noun> with/having
… principal/balance of $X", "$X of its notes"), and the first passive verb after it that is
not inside a relative clause ("which …", "that …") is a verb of retiring debt in the past tense
("was/were/has been extinguished"). No other amount lies between them, and the sentence does
not end. A verb still to come ("will be extinguished at the closing"), a verb of another kind
first ("was amended", "was guaranteed"), preferred stock or shares ("preferred stock with a
liquidation preference of $20 million was exchanged": no debt noun) are not read.

The dates of the subject (the principal's "as of September 30, 2023", a relative clause's "on
July 20, 2023") date the debt, not its retirement: when the sentence names no period after the
main verb, the retirement takes the day of the list's or paragraph's lead ("On November 9, 2023
we closed the Sale …: ◦The … Note … was extinguished"), as a sentence naming none would.
"""

from __future__ import annotations

import re

from .debt_words import Window
from .folded import Folded
from .gates import Words

_REACH = 220  # how far after the amount its main verb may lie (asides, dates, a which-clause)

# Verbs that retire debt (a cheap gate over the text after the amount).
_WORDS = Words("extinguish", "settl", "exchang", "conver", "cancel", "redeem", "retir",
                "discharg", "satisf", "forgiv", "repaid", "paid off", "written off")  # fmt: skip

# The debt's phrase right before the amount: "The Note with remaining principal of
# approximately", "the term loan, having an outstanding balance of", "the notes, with an
# aggregate principal amount of".
_DEBT_PHRASE_BEFORE = Folded(
    r"\b(?:notes?|loans?|debentures?|bonds?|debt|borrowings?|facility|indebtedness|"
    r"line\s+of\s+credit|credit\s+line)\b\s*,?\s*(?:\([^)]{0,40}\)\s*,?\s*)?"
    r"(?:with|having|carrying|bearing)\s+(?:(?:an?|the|its|a\s+total|total|remaining|"
    r"outstanding|aggregate|unpaid|original)\s+){0,3}"
    r"(?:principal(?:\s+amount)?|(?:principal\s+)?balance)\s+(?:of\s+)?"
    r"(?:(?:approximately|about|around|roughly|nearly|some)\s+)?$"
)

# The amount's own noun after it, the subject being the amount: "$15.0 million of the 2026
# notes", "$12 million in convertible debentures"; or a part of the principal a passage has
# named ("$11.25 million of the outstanding principal was exchanged for …": the notes' principal,
# the only principal a company's filing speaks of unqualified).
_OWN_DEBT_AFTER = Folded(
    r"^\s*(?:(?:aggregate\s+)?principal\s+(?:amount\s+)?)?(?:of|in)\s+(?:(?:the|its|our|"
    r"outstanding|remaining)\s+){0,3}(?:[\w%.-]+\s+){0,3}?(?:notes|loans?|debentures|bonds|debt)\b"
    r"|^\s+of\s+(?:the|its|our)\s+(?:(?:outstanding|remaining|unpaid|aggregate)\s+){1,2}"
    r"principal(?:\s+amount)?\b(?!\s+(?:of|on|under)\b)"
)

# A passive verb, with the word that names it.
_PASSIVE = Folded(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:fully|subsequently|then|"
    r"ultimately|also|effectively|completely|in\s+turn)\s+)?(?P<verb>[a-z]+(?:\s+(?:off|down))?)\b"
)

_RETIRED = frozenset(
    (
        "extinguished", "settled", "exchanged", "converted", "cancelled", "canceled", "redeemed",
        "retired", "discharged", "satisfied", "forgiven", "repaid", "prepaid", "paid off",
        "written off", "repurchased",
    )
)  # fmt: skip

# A relative clause opening between the amount and a passive: its verb is the clause's.
_RELATIVE = Folded(r"(?:,|\()\s*(?:which|that|who|whose)\b")
_RELATIVE_VERB_WORDS = 3  # "which was", "that had been", "which the lender": the clause's verb
# The sentence's end (not an initial's full stop: "from B. Riley Commercial") or another amount.
_CLAUSE_END = re.compile(r"(?<!\b[A-Z])[.;](?:\s|$)|[$€£]")


# The subject's own date right after the principal: "remaining principal of approximately $4.1
# million as of September 30, 2023, which …, was extinguished".
_DATED_AFTER = Folded(
    r"^\s+(?:as\s+of|at)\s+(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\s+\d{1,2},?\s+(?:19|20)\d\d\b"
)


def retired_balance_dated(window: Window) -> bool:
    """Is the amount a retired debt's principal that its subject dates ("The Note with remaining
    principal of $4.1 million as of September 30, 2023, …, was extinguished")? The subject
    states the debt's balance on that day as well as the principal its main verb retires."""
    after = window.text[window.end : window.end + 40]
    return bool(_DATED_AFTER.match(after)) and main_verb_at(window) is not None


def retired_by_main_verb(window: Window) -> bool:
    """Is the amount the principal of a debt that the sentence's main verb says was retired?"""
    return main_verb_at(window) is not None


def main_verb_at(window: Window) -> int | None:
    """Where (in the sentence) the main verb retiring the amount's debt starts, or None."""
    after = window.text[window.end : window.end + _REACH]
    if not _WORDS.found(after.lower()):
        return None  # cheap gate
    if not (_DEBT_PHRASE_BEFORE.search(window.before[-160:]) or _OWN_DEBT_AFTER.match(after)):
        return None
    stop = _CLAUSE_END.search(after)
    scope = after[: stop.start()] if stop else after
    for passive in _PASSIVE.finditer(scope):
        relative = _RELATIVE.search(scope, 0, passive.start())
        between = scope[relative.end() : passive.start()].split() if relative else []
        if relative is not None and len(between) < _RELATIVE_VERB_WORDS:
            continue  # "…, which was purchased at par, …": the relative clause's own verb
        if passive.group("verb").lower() not in _RETIRED:
            return None
        return window.end + passive.start()
    return None
