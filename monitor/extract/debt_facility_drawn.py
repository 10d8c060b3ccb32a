"""A facility named by its size, then told drawn in the next sentence: new debt at that size.

Filing notes name each part of a credit agreement by its size and proper name, and say in the
sentence after what was borrowed under it: "The Credit Agreement consists of $35.1 million in
term loans and a $23.0 million Delayed Draw Facility. Such loans under the Delayed Draw
Facility were drawn on the closing date of the Credit Agreement." A facility's size alone is no
new debt (README, decided case 19); drawn, it is. Only the facility the next sentence names
again by its name, told as drawn in the past ("were drawn", "was fully drawn"): not "may be
drawn", "will be drawn", "has not been drawn".
"""

from __future__ import annotations

import re

# The facility's proper name right after the amount: "$23.0 million Delayed Draw Facility".
_FACILITY_AFTER = re.compile(r"\s{1,3}(?P<name>(?:[A-Z][\w-]{1,20}\s{1,3}){0,3}Facility)\b")
_NEXT_REACH = 300  # the next sentence's start, as far as it is read


def facility_drawn_next(text: str, end: int, document: str | None, segment_end: int) -> bool:
    """Is the amount ending at `end` of `text` (a sentence ending at `segment_end` of
    `document`) the size of a named facility that the next sentence says was drawn?"""
    facility = _FACILITY_AFTER.match(text, end)
    if facility is None or document is None:
        return False
    following = document[segment_end : segment_end + _NEXT_REACH]
    if "drawn" not in following:
        return False  # cheap gate
    name = r"\s{1,3}".join(re.escape(word) for word in facility["name"].split())
    drawn = re.compile(
        r"(?:\b(?:loans|amounts|borrowings|advances)\s{1,3}under\s{1,3}|\b)(?:the|such|this)"
        rf"\s{{1,3}}{name}\s{{1,3}}(?:were|was|have\s+been|has\s+been|had\s+been)\s{{1,3}}"
        r"(?:fully\s{1,3}|immediately\s{1,3}|also\s{1,3})?drawn\b",
        re.IGNORECASE,
    )
    sentence = re.match(r"\s{0,3}[^.!?]{0,280}", following)
    return sentence is not None and drawn.search(sentence.group()) is not None
