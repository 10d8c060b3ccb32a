"""A capacity sentence that continues a sentence about bitcoin mining is about mining too.

In a release or filing that talks about AI elsewhere, a sentence with no AI word of its own
may still hold AI capacity ("The lease covers 168 MW of critical IT load"), read from the
document's or paragraph's AI context. Not when the sentence right before it, in its paragraph,
is about bitcoin mining and names no AI: "TeraWulf owned and operated bitcoin mining activities
at the Lake Mariner Facility … Currently, the Company has energized 245 MW of capacity across
five buildings … at the site" (k2-wulf-2025-q1-10q-mining-mw-negative) tells the mining site's
power, the hard negative of decided case 5.
"""

from __future__ import annotations

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
