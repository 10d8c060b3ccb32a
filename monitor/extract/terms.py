"""Period phrases that name a term, not a period: "until July 2024", "due in 2027".

A loan "maturing in 2028" or amortisation paused "until July 2024" says when something ends,
never the period a figure is stated for, so such phrases never date a figure.
"""

from __future__ import annotations

from .folded import Folded
from .periods import Mention

# "until 2027", "due in 2026", "maturing in 2028": a term, never the period a figure is stated
# for ("by Q3 2026" may be a build-out's target, "through 2026" a capex's span, "by the end of
# 2024" may date a balance: none is here).
_TERM_LEAD = Folded(
    r"\b(?:until|till|due(?:\s+in)?|matur\w*(?:\s+in|\s+on)?|"
    r"expir\w*(?:\s+in|\s+on)?)\s+(?:the\s+)?(?:end[- ])?$"
)
_TERM_WORD = Folded(r"(?:until|till)\s+")


def is_term(text: str, mention: Mention) -> bool:
    """Does the period phrase at `mention` name a term or deadline rather than a period?"""
    if _TERM_WORD.match(text, mention.start):
        return True
    return _TERM_LEAD.search(text, max(0, mention.start - 20), mention.start) is not None
