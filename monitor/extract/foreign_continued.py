"""A sentence that opens on "also" goes on with the one before it, and with its period.

"2023年の収益は前年から229%増加し、…。また、ビットコイン生産量も前年から210%増加し、過去最高の
12,852 BTCとなった。": the coins mined are the year's the sentence before opens on, not the
quarter of the story's head. Read for flows only (a holding told "also" keeps its own reading),
and only when the sentence before opens on its period (its frame: "2023年の…", "En 2023, …")
and names no other period of its own; a period it names only as a comparison's ("… em relação
ao mesmo trimestre de 2023. Além disso, a empresa produziu 2.811 Bitcoin") is not carried.
"""

from __future__ import annotations

import re

from monitor.vocabulary.periods import Period

from .foreign_periods import Mention

# the words that open a sentence going on with the one before: "また、", "此外，", "Además,"
_ALSO = {
    "ja": re.compile(r"\s*(?:また|さらに|加えて)[、,]"),
    "zh": re.compile(r"\s*(?:此外|另外|同时|同時)[，,]"),
    "ko": re.compile(r"\s*(?:또한|아울러)\s"),
    "es": re.compile(r"\s*(?:Además|Asimismo),?\s", re.I),
    "pt": re.compile(r"\s*(?:Além\s+disso|Ademais),?\s", re.I),
    "it": re.compile(r"\s*Inoltre,?\s", re.I),
    "fr": re.compile(r"\s*(?:En\s+outre|De\s+plus(?!\s+en\s+plus)),?\s", re.I),
    "de": re.compile(r"\s*(?:Außerdem|Zudem|Darüber\s+hinaus)\s", re.I),
}
_OPENING = 12  # the characters a sentence's frame starts within ("En 2023, …", "Im Jahr 2023")


def carried(language: str, text: str, before: list[Mention]) -> Period | None:
    """The period the sentence before (its `before` mentions) opens on, when `text` opens on
    "also" and that sentence names no other period but as a comparison's; else None."""
    also = _ALSO.get(language)
    if also is None or also.match(text) is None or not before:
        return None
    frame = before[0]
    if frame.start > _OPENING:
        return None
    others = {mention.period for mention in before[1:] if not mention.compared}
    return frame.period if others <= {frame.period} else None
