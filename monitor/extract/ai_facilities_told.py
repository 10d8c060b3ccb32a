"""Facilities named by their size after the sentence that says they are AI data centres.

Reading rule: "… as it accelerates construction of two high-performance computing (HPC) data
centers in North Dakota. Proceeds will help fund its 100-megawatt and 150-megawatt facilities"
— the facilities sized in the second sentence are the HPC data centres the first says are
being built, so their megawatts are AI capacity under construction (README decided case 5: MW
tied to AI use). The sentence just before must say the company builds AI/HPC data centres;
a facility's size with no such sentence before it (a mining site, a plan) is read as before.
"""

from __future__ import annotations

from .context import DocContext
from .folded import Folded
from .sentences import Segment, sentence_before

# "accelerates construction of two high-performance computing (HPC) data centers", "is building
# its AI data centers", "the HPC facilities under construction"
_AI_BUILD = Folded(
    r"\b(?:construction\s+of|constructing|(?:is|are)\s+building|builds|building\s+out|"
    r"develop(?:ing|s))\s+(?:[\w()'’-]+\s+){0,6}?(?:ai|hpc|gpu|high[- ]performance\s+"
    r"computing)\b[^.;]{0,30}?\b(?:data\s+cent(?:er|re)s|facilities|campuses)\b|"
    r"\b(?:ai|hpc)\s+(?:data\s+cent(?:er|re)s|facilities)\s+(?:now\s+|currently\s+)?"
    r"under\s+construction\b"
)
_BEFORE = 300


def built_ai_before(ctx: DocContext, segment: Segment) -> bool:
    """Does the sentence before `segment` (in reach) say the company builds AI data centres?"""
    if not ctx.text:
        return False
    return _AI_BUILD.search(sentence_before(ctx.text, segment.start, _BEFORE)) is not None
