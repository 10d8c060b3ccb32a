"""A capacity sentence that continues a sentence about bitcoin mining is about mining too.

In a release or filing that talks about AI elsewhere, a sentence with no AI word of its own
may still hold AI capacity ("The lease covers 168 MW of critical IT load"), read from the
document's or paragraph's AI context. Not when the sentence right before it, in its paragraph,
is about bitcoin mining and names no AI: "TeraWulf owned and operated bitcoin mining activities
at the Lake Mariner Facility … Currently, the Company has energized 245 MW of capacity across
five buildings … at the site" (k2-wulf-2025-q1-10q-mining-mw-negative) tells the mining site's
power, the hard negative of decided case 5.

A sentence whose only AI word is "data center" (what miners call their mining sites too) is read
the same way: "Iris Energy … announced its intention to increase its hash rate capacity by 63%
… The company is in the process of constructing 80MW of data center space in Childress" builds
mining space (y2-iren-2023-06-childress-disputed-loans; decided case 30).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .ai_mining_words import MINING_WORDS
from .context import DocContext
from .sentences import Segment

_MINING = MINING_WORDS
_PREVIOUS_REACH = 400


def after_mining_sentence(
    ctx: DocContext, segment: Segment, names_ai: Callable[[str], bool]
) -> bool:
    """Is the sentence before `segment`, in its paragraph, about mining and not about AI?
    (`names_ai`: the AI reader's test of a text for AI words.)"""
    if not ctx.text:
        return False
    head = ctx.text[max(0, segment.start - _PREVIOUS_REACH) : segment.start]
    head = head[head.rfind("\n\n") + 1 :].rstrip()
    # (its last sentence: after the sentence end before it)
    cut = max(head.rfind(". ", 0, len(head) - 1), head.rfind("\n"))
    previous = head[cut + 1 :]
    if not previous.strip() or _MINING.search(previous) is None:
        return False
    return not names_ai(previous)


# The AI words a mining site never has: with none of them, "data center" may be a mining site's
_STRONG_AI = re.compile(
    r"\b(?:AI|HPC|GPUs?|IT)\b|(?i:artificial\s+intelligence|high[- ]performance\s+comput\w*|"
    r"colocation|hyperscal\w*|inference|machine\s+learning|supercomput\w*|CoreWeave|Fluidstack)"
)


def weak_after_mining(ctx: DocContext, segment: Segment, names_ai: Callable[[str], bool]) -> bool:
    """Is `segment` tied to AI by "data center" alone, after a sentence about mining?"""
    if _STRONG_AI.search(segment.text):
        return False
    return after_mining_sentence(ctx, segment, names_ai)
