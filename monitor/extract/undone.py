"""Deals not yet done (README, decided case 6: "only done things are figures").

Grammatical signals that the modal guard (`guards.is_hypothetical`) does not see:

* the progressive of a deal verb governing the amount: "is issuing $100 million in
  convertible bonds", "is raising $1.15 billion via exchangeable notes", "are refinancing …",
  "is in the process of repaying". A closed deal is told in the past or perfect ("issued",
  "has raised"); the progressive is an offering under way (news of a launch or pricing).
* a proposal, plan or aim governing the deal's gerund or infinitive: "initially proposed
  raising $300 million through convertible notes", "is looking to borrow $50 million".
* a balance the company expects to reach: "expects to have less than $55 million of debt
  outstanding", "will have about $20 million of debt after the exchange", or the one a
  planned repayment comes out of ("will be able to pay off part of the outstanding balance
  of $50 million"). Such a total is a forecast or a plan's object, not a stated balance.

Both are metric-independent: any flow or balance of money or coins can be in progress or
expected.
"""

from __future__ import annotations

from . import guards
from .folded import Folded

# The progressive (or "in the process of") of a verb that makes a deal, with up to a few
# words (an adverb, "another", "an additional") between it and the amount.
_IN_PROGRESS = Folded(
    r"\b(?:is|are|'s|'re|am)\s+(?:now\s+|currently\s+|also\s+|reportedly\s+|still\s+)?"
    r"(?:in\s+the\s+process\s+of\s+)?"
    r"(?:issuing|raising|offering|borrowing|seeking|pricing|launching|marketing|arranging|"
    r"negotiating|finali[sz]ing|pursuing|refinancing|repaying|redeeming|extinguishing|"
    r"retiring|exchanging|converting|taking\s+out|drawing(?:\s+down)?)\b"
    r"(?:\s+[^\s.;]+){0,6}?\s*$"
)
# A deal a proposal, plan or aim governs, told by its gerund or infinitive: "initially
# proposed raising $300 million through convertible notes", "is looking to borrow $50
# million", "aimed at refinancing $20 million of loans". (A modal or "plans to" alone is
# `guards.is_hypothetical`'s.)
_PROPOSED = Folded(
    r"\b(?:propos(?:ed|es|ing)|plann(?:ed|ing)|sought|seek(?:s|ing)?|aim(?:ed|s|ing)?\s+(?:at|to)|"
    r"look(?:ed|s|ing)?\s+to|consider(?:ed|s|ing)?|explor(?:ed|es|ing)|mull(?:ed|s|ing)?|"
    r"eye(?:d|s|ing)?|hop(?:ed|es|ing)\s+to|wants?\s+to|wanted\s+to|tr(?:ied|ies|ying)\s+to|"
    r"attempt(?:ed|s|ing)?\s+to|set\s+out\s+to|(?:designed|meant|intended|poised)\s+to)\s+"
    r"(?:to\s+)?"
    r"(?:rais|issu|sell|offer|borrow|refinanc|plac|obtain|secur|draw|tap|repa|redeem|retir|"
    r"repurchas|pay\s+(?:down|off|back)|slash|cut|eras|eliminat|wip|reduc|extinguish|convert|"
    r"exchang|settl)\w*\b(?:\s+[^\s.;]+){0,6}?\s*$"
)
# A balance an expectation governs: "expects to have", "will have", "is expected to carry".
_EXPECTED_BALANCE = Folded(
    r"\b(?:expects?\s+to|expected\s+to|anticipates?\s+(?:to\s+|having\s+)?|projects?\s+to|"
    r"projected\s+to|will|would|should|aims?\s+to|plans?\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:have|having|carry|hold|be\s+left\s+with|end\s+(?:the\s+\w+\s+)?with|reduce|lower|"
    r"total|stand\s+at)\b[^.;]{0,40}$"
)


def is_in_progress(text: str, position: int) -> bool:
    """A deal verb in the progressive governs the amount at `position` (same clause)."""
    return bool(_IN_PROGRESS.search(guards.clause_before(text, position)))


# A balance named as what a planned repayment will come out of: "will be able to pay off a
# substantial amount out of the outstanding balance of $50 million", "plans to repay part of
# its $20 million loan": the plan's object, told with no date (its own clause states none).
# ("was able to reduce its loan balance to $5.7 million", "has been able to": done)
_PLANNED_PAYDOWN = Folded(
    r"\b(?:will|would|could|can|may|might|shall|plans?\s+to|expects?\s+to|intends?\s+to|"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)able\s+to|aims?\s+to|seeks?\s+to)\s+(?:\w+\s+){0,3}?"
    r"(?:repay|pay\s+(?:off|down|back)|redeem|retire|settle|reduce|cut|refinance)\b[^.;]{0,80}$"
)


def is_expected_balance(text: str, position: int) -> bool:
    """The balance at `position` is one the company expects to reach, or the object of a
    repayment it plans, not one it reports."""
    clause = guards.clause_before(text, position)
    return bool(_EXPECTED_BALANCE.search(clause) or _PLANNED_PAYDOWN.search(clause))


def is_proposed(text: str, position: int) -> bool:
    """A proposal, plan or aim governs the deal at `position` (same clause): not done."""
    return bool(_PROPOSED.search(guards.clause_before(text, position)))
