"""AI figures told as an executive award's terms are no build-out facts.

"Vesting requires: Building 02 achieving >$20M net operating income for 2 quarters OR
hyperscaler lease for 200+ MW", "vesting hurdles remain 600 MW for First/Third and 1.6 GW",
"All contracts entered before award date now count toward hurdles": a performance award's
conditions name the capacity or contracts the award will pay for, not capacity energised,
contracted or under construction (README decided cases 30 and 39), and a contract recalled to
count toward a hurdle is no contract signed now (case 1). A sentence that speaks of an award's
vesting, hurdles or performance units is read for no AI figure.
"""

from __future__ import annotations

from .folded import Folded
from .model import AI_CAPACITY, AI_CAPEX, AI_MILESTONE, Extracted

# The award's own words: its units (PSUs, "performance stock units"), its vesting (not "vested
# interest": an idiom; not "award" alone: "awarded a contract" is a deal).
_AWARD_TERMS = Folded(
    r"\b(?:PSUs?|RSUs?|performance[- ](?:based\s+)?(?:stock|share|restricted\s+stock)\s+units?|"
    r"vesting|vests?\s+(?:upon|when|if|on))\b"
)
# An award's conditions, in words other prose uses too ("while regulatory hurdles remain",
# "meeting performance targets set by the board"): an award's terms only beside an award word.
_CONDITIONS = Folded(
    r"\b(?:performance\s+(?:hurdles?|conditions?|milestones?|targets?)|hurdles?\s+(?:calculation|"
    r"remain|requirement)|count\s+toward\s+(?:the\s+)?hurdles?)\b"
)
_AWARD_WORDS = Folded(r"\b(?:awards?|vest(?:s|ed|ing)?|grants?\s+of\s+(?:\w+\s+){0,2}shares)\b")
_AI_METRICS = frozenset({AI_CAPACITY, AI_CAPEX, AI_MILESTONE})


def without_award_terms(sentence: str, found: list[Extracted]) -> list[Extracted]:
    """`found` (the AI figures of `sentence`) less all of them when the sentence tells an
    executive award's terms."""
    if not found or not _award_terms(sentence):
        return found
    return [item for item in found if item.metric not in _AI_METRICS]


def _award_terms(sentence: str) -> bool:
    """Does `sentence` tell an award's terms: its units or vesting, or a condition ("hurdles
    remain", "performance targets") beside an award word ("award", "vest", "grant of shares")?"""
    if _AWARD_TERMS.search(sentence) is not None:
        return True  # (the pattern's own word gate spares most sentences a search)
    return _CONDITIONS.search(sentence) is not None and _AWARD_WORDS.search(sentence) is not None
