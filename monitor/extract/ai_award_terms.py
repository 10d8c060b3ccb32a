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

# The award's own words: its units (PSUs, "performance stock units"), its vesting, its hurdles
# (not "vested interest": an idiom; not "award" alone: "awarded a contract" is a deal).
_AWARD_TERMS = Folded(
    r"\b(?:PSUs?|RSUs?|performance[- ](?:based\s+)?(?:stock|share|restricted\s+stock)\s+units?|"
    r"vesting|vests?\s+(?:upon|when|if|on)|(?:vesting|performance)\s+(?:hurdles?|conditions?|"
    r"milestones?|targets?)|hurdles?\s+(?:calculation|remain|requirement)|count\s+toward\s+"
    r"(?:the\s+)?hurdles?)\b"
)
_AI_METRICS = frozenset({AI_CAPACITY, AI_CAPEX, AI_MILESTONE})


def without_award_terms(sentence: str, found: list[Extracted]) -> list[Extracted]:
    """`found` (the AI figures of `sentence`) less all of them when the sentence tells an
    executive award's terms."""
    if not found or _AWARD_TERMS.search(sentence) is None:
        return found  # (the pattern's own word gate spares most sentences a search)
    return [item for item in found if item.metric not in _AI_METRICS]
