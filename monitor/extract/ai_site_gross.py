"""A site's total MW where the document counts critical IT and gross MW apart.

"Cipher will deliver an additional 39 MW of critical IT load, supported by a maximum of 56 MW
of additional gross capacity … Fluidstack will … lease the entire 300 MW of capacity at
Cipher's Barber Lake site"; "39 megawatts of critical IT load, supported by an additional 56
megawatts of gross capacity, bringing the total leased at the site to 300 megawatts". A writer
who sets critical IT beside gross MW sizes the site in gross MW: its total is not critical IT
(README decided case 5: a site's total power is not labelled), even when leased whole. The
figure must be the site's (a "site" word in its clause) and not itself called IT ("the entire
300 MW of critical IT capacity at the site" is kept); a document that never says "gross" is
not read so ("total leased capacity … rises to 600 MW").
"""

from __future__ import annotations

import re

from .context import DocContext
from .folded import Folded, lowered
from .sentences import Segment

_SITE_BEFORE = Folded(r"\b(?:at|of)\s+(?:the|its|this)\s+site\b[^.;]{0,20}$")
_SITE_AFTER = Folded(r"^[^.;]{0,60}?\bsite\b")
# the figure called IT or AI capacity itself: "300 MW of critical IT capacity", "40 MW of HPC
# capacity at its 175 MW site", "300 MW of capacity for AI workloads at its site"
_IT_AFTER = re.compile(r"^\s*(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:(?i:critical\s+)?IT|AI|HPC|GPUs?)\b")
_REACH = 60
# The gross count stands near: the sentence or the paragraph before it ("… supported by a
# maximum of 56 MW of additional gross capacity. … will lease the entire 300 MW …").
_NEAR = 600


def is_site_gross(segment: Segment, start: int, end: int, ctx: DocContext) -> bool:
    """Is the MW figure at `segment.text[start:end]` a site's total where the text near it
    counts critical IT and gross MW apart (see the module)?"""
    text = segment.text
    if ctx.text is None:
        near = lowered(text)
    else:
        near = ctx.text[max(0, segment.start - _NEAR) : segment.end].lower()
    if "gross" not in near or "critical it" not in near:
        return False  # cheap gate: the text near does not count the two apart
    if _IT_AFTER.search(text[end : end + _REACH]):
        return False
    before = text[max(0, start - _REACH) : start]
    return bool(_SITE_BEFORE.search(before) or _SITE_AFTER.search(text[end : end + _REACH]))
