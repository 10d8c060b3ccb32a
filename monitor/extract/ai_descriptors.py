"""A company's descriptor: what it is, not what a story is about.

"Bitdeer Technologies Group (NASDAQ: BTDR), a Bitcoin mining and AI cloud solutions company
led by industry pioneer Jihan Wu, has received a … capital injection": the AI words describe
the company, as a boilerplate line would; the story is about an equity placement. A release
about an AI build-out names AI outside the descriptor too ("… signed a lease with an AI cloud
provider"), so a lead whose only AI words sit in a descriptor is no AI lead.
"""

from __future__ import annotations

import re

from .skipping import skipping

# ", a Bitcoin mining and AI cloud solutions company,", "(an AI infrastructure provider)", "—
# one of the largest Bitcoin miners and HPC operators —": set off by a comma, bracket or dash,
# an article, some words, then the kind of business the company is.
_DESCRIPTOR = skipping(
    re.compile(
        r"(?:,|\(|\s[—–-])\s{0,2}(?:an?|the|one\s+of\s+the|a\s+leading|the\s+leading)\s+"
        r"(?:[\w&/.'’-]+\s+){0,8}?"
        r"(?i:compan(?:y|ies)|firm|provider|operator|platform|business|group|developer|leader|"
        r"pioneer|miner|specialist|owner)\b"
        # "… company led by industry pioneer Jihan Wu", "… company headquartered in Singapore"
        r"(?:\s+(?:led|based|headquartered|founded|focused)\s+(?:[\w&.'’-]+\s+){0,5}?[\w.'’-]+)?"
        r"(?=\s{0,2}(?:,|\)|[—–-]\s))"
    )
)


def without_descriptors(text: str) -> str:
    """`text` with the companies' descriptors left out (blanked, offsets kept); `text`
    itself when it has none."""
    if _DESCRIPTOR.search(text) is None:
        return text
    return _DESCRIPTOR.sub(lambda match: " " * len(match.group()), text)
