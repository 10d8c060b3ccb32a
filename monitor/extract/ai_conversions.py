"""Mining capacity still to be converted to AI: a level of today's mining, not AI capacity.

"has 341 MW of energized capacity (with a 1.3 GW development pipeline), which it plans to
redeploy for AI workloads": the megawatts are the mining fleet's, energised long ago; the
conversion to AI is a plan (README decided case 5: MW count when tied to AI use, under way or
done, not planned). The words after the figure say so, where `ai_capacity_plans` reads those
before it ("to repurpose 100 MW for HPC").
"""

from __future__ import annotations

from .folded import Folded

# "…, which it plans to redeploy for AI", "that the company intends to convert to HPC", "to be
# repurposed for AI": bounded to the sentence (a decimal point is no full stop), the relative
# clause close after the figure
_TO_CONVERT = Folded(
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,120}?\b(?:(?:which|that)\s+(?:it|they|we|the\s+company|the\s+miner|[\w.&'’-]+)\s+"
    r"(?:now\s+|also\s+)?(?:plans|intends|expects|aims|hopes|wants|is\s+(?:planning|looking|"
    r"preparing|set))\s+to|(?:is|are)\s+(?:set|slated|expected|planned|due)\s+to\s+be|to\s+be|"
    r"will\s+be)\s+(?:\w+\s+)?(?:redeploy|convert|repurpose|transition|pivot|retrofit|reallocate|"
    r"repurposed|converted|redeployed|transitioned|retrofitted|reallocated)\w*\b"
)
_GATE = ("deploy", "convert", "repurpos", "transition", "pivot", "retrofit", "realloc")
_REACH = 200


def is_conversion_to_come(text: str, end: int) -> bool:
    """Is what ends at `end` (a figure, a state) said to be converted to AI only later?"""
    tail = text[end : end + _REACH].lower()
    if not any(word in tail for word in _GATE):
        return False  # cheap gate
    return _TO_CONVERT.match(text, end) is not None
