"""A disclaimer's or a source list's paragraph says nothing about the period a story reports.

"Disclaimer. Editorial analysis with data as of May 24, 2026 (HIVE announcement from May 18,
IREN Q3 FY2026 results published on May 7, …)", "Sources: HIVE Q4 FY2026 report; Bitfarms Q1
2026 results": the periods there are the sources the writer read, often other companies'
reports, not the story's own (README "Periods": the report's own period is its title's, its
lead's). The period detectors skip such a paragraph, wherever it stands (an editorial page
often opens with its disclaimer). Its figures, if any, are still read as prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .sentences import Segment

# a paragraph (line) opening with a disclaimer's or a source list's label
_LABEL = re.compile(
    r"[\s*_#>•-]*(?:(?:legal\s+|important\s+)?disclaimers?|(?:data\s+)?sources?|"
    r"disclosures?|important\s+notice)\s*[.:—–-]",
    re.IGNORECASE,
)


def without_boilerplate(parts: Iterable[Segment], text: str) -> list[Segment]:
    """`parts` without the sentences of a paragraph that a disclaimer's or a source list's
    label opens."""
    kept: list[Segment] = []
    line_start = -1
    boilerplate = False
    for part in parts:
        start = text.rfind("\n", 0, part.start) + 1
        if start != line_start:
            line_start = start
            boilerplate = _opens_boilerplate(text, start, text[start : start + 20].lower())
        if not boilerplate:
            kept.append(part)
    return kept


def _opens_boilerplate(text: str, start: int, lower: str) -> bool:
    """Does the line at `start` (its head lowercased in `lower`) open a disclaimer or a source
    list that names a date? A bare caption ("Source: Farside Investors") names no period: it
    keeps its place among the sentences the detectors count."""
    if not ("disclai" in lower or "source" in lower or "notice" in lower or "disclos" in lower):
        return False  # cheap gate: the label's words
    if _LABEL.match(text, start) is None:
        return False
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    return any(character.isdigit() for character in line)
