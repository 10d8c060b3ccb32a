"""Words the debt patterns share: debt instruments, repayment verbs, amount connectors."""

from __future__ import annotations

from .folded import Folded

AMOUNT_CONNECTOR = (
    r"(?:was|were|is|of|totaled|totalled|amounted\s+to|stood\s+at|stands?\s+at|reached|at|"
    r"(?:reduced|reducing)\s+"
    r"to|(?:was|is|were)\s+valued\s+at|--|[:–—]|"
    r"(?:increased|decreased|rose|fell|grew|declined|dropped)\s+to)"
)


# A gap in a clause where a dot may sit inside a name or number ("(GLXY.TO)", "12.5").
NAME_GAP = r"(?:[^.;]|\.(?=\w))"


REPAY_VERB = r"(?:repay|pay\s+down|pay\s+off|redeem|retire|prepay)"


REPAY_ADVERB = r"(?:(?:partially|partly|fully|in\s+full|help|further)\s+)?"


# New debt: an offering closed, notes issued, a loan secured or drawn (not priced, proposed or
# merely available: "up to $300 million", "expected to close").
DEBT_NOUN = (
    r"(?:convertible|notes?|bonds?|loans?|tranche|credit\s+facility|debt|(?:debt|equipment|project|"
    r"asset-backed|bridge|term|secured)[\s-]+financ\w*)"
)


# The amount after its subject: "The aggregate principal amount of notes sold in the offering
# was $3.2 billion", "the principal amount of the 2030 notes issued totaled $500 million".
# A gap inside one clause that holds no other amount ("10.00%" keeps its decimal point).
GAP = r"(?:[^.;$]|\.(?=\d))"


# A debt instrument or principal named near a retirement ("… to retire Stronghold's outstanding
# loans", "$13.7 million in Old Notes were retired").
DEBT_OBJECT = (
    r"(?:loans?|notes?|debt|borrowings|facilit(?:y|ies)|principal|debentures?|indebtedness|bonds?)"
)


DEBT_NEAR = Folded(rf"\b{DEBT_OBJECT}\b")
