"""A deal signed in one sentence, its AI use told in the sentence after it.

"IREN just inked a $9.7 billion deal with Microsoft. Not for Bitcoin mining, but to provide
GPU cloud services for AI workloads over five years." The first sentence names no AI; the
next one, which opens by pointing back at the deal ("Not for …", "The contract covers …",
"Under the agreement …"), does: the deal is an AI contract signed. A next sentence that talks
about AI without pointing back ("The company also runs an HPC site in Texas.") ties nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from .context import DocContext
from .folded import Folded
from .gates import opens, sentence_gate
from .sentences import Segment, sentence_after

# (answered by the sentence's one shared scan, `gates.opens`: most sentences name no deal, and
# four substring searches of each cost more than the rest of the reader on a typical exhibit)
DEAL_WORDS = sentence_gate("deal", "contract", "agreement", "lease")
_SIGNED_DEAL = Folded(
    r"\b(?:signed|inked|struck|sealed|entered\s+into|executed)\s+(?:[^;]{0,60}?\s)?"
    r"(?:deal|contract|agreement|lease)s?\b"
)
# The next sentence's opening words point back at the deal and say what it is for: "Not for
# mining, but to provide …", "The contract covers …", "Under the agreement, it will host …".
_POINTS_BACK = Folded(
    r"(?:not\s+for\b[^.;]{0,80}?\bbut\b|"
    r"(?:the|this)\s+(?:[\w$.,-]+\s+){0,4}?(?:deal|contract|agreement|lease)\s+"
    r"(?:covers|provides|is\s+for|calls\s+for|includes|involves)\b|"
    r"under\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:deal|contract|agreement|lease),?\s+"
    r"(?:[\w'’-]+\s+){1,3}?(?:will\s+)?(?:hosts?|provides?|delivers?|supplies|supply|leases?|"
    r"operates?)\b|"
    r"it\s+(?:covers|is\s+for|calls\s+for)\b)"
)
# What the deal is for, told as a possibility, is no use agreed.
_MAYBE = Folded(r"\b(?:may|might|could|would|evaluate|consider|explore)\b")
_REACH = 250


def ai_deal_told_next(
    ctx: DocContext, segment: Segment, lower: str, talks_ai: Callable[[str], bool]
) -> bool:
    """Is `segment` a deal signed whose next sentence, pointing back at it, talks about AI?
    (`lower`: the sentence's lowercase)"""
    if not opens(DEAL_WORDS, lower) or not ctx.text or not _SIGNED_DEAL.search(segment.text):
        return False
    after = sentence_after(ctx.text, segment.end, _REACH).lstrip(" .\n")
    pointer = _POINTS_BACK.match(after)
    if pointer is None:
        return False
    use = after[pointer.end() :]  # what the deal is for, after the words pointing back
    return talks_ai(use) and _MAYBE.search(after) is None
