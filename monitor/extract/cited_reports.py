"""A report cited as a figure's source, named by its month: "As per an October report, the
miner had …", "according to a September report", "citing an August report".

A story about another event (a default, a deal) that cites some report names the report's month
as where a figure came from, not as its own period (README rule 48): the month dates neither
the document nor the prose after it. The company's own update named ("As per the October
report, Acme produced 420 BTC during the month", "According to its October update, …") is
the update the story retells (rule 48: the story names its period's flows), so its month is
the story's period and what "the month" means, read as any opening period phrase.
"""

from __future__ import annotations

from .folded import Folded
from .periods import Mention

# The citing words right before the report's month ("as per an", "according to a", "citing
# an"), within this many characters.
_CITED_REACH = 30
_CITED_SOURCE = Folded(r"\b(?:as\s+per|according\s+to|citing)\s+an?\s+$")


def is_cited_report(text: str, mention: Mention) -> bool:
    """Is the period phrase at `mention` the month of some report cited as a source ("As per
    an October report")?"""
    reach = max(0, mention.start - _CITED_REACH)
    return _CITED_SOURCE.search(text, reach, mention.start) is not None
