"""A facility's megawatts told as its total capacity: "The new data centre will have 100
megawatts of total capacity once constructed and operational".

`ai_capacity_mw` records critical-IT capacity (README rule 44); a site's or building's total
power is not labelled (rule 5). A figure named "of total capacity" (or "total power capacity")
is the facility's whole power, unless its own words then call it IT or AI capacity ("100 MW of
total critical IT capacity", "of total capacity for AI workloads").
"""

from __future__ import annotations

from .folded import Folded

_TOTAL_AFTER = Folded(
    r"\s*(?:of\s+)?total\s+(?:(?:power|electrical|gross|installed)\s+)?capacity\b"
    r"(?!\s+(?:of\s+|for\s+)?(?:critical|ai|hpc|gpus?)\b)"
)


def is_total_capacity(text: str, end: int) -> bool:
    """Is the MW figure ending at `end` (its unit included) named as a total capacity?"""
    if "total" not in text[end : end + 30].lower():
        return False  # cheap gate
    return _TOTAL_AFTER.match(text, end) is not None
