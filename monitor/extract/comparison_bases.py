"""A change's base named before the figure: the period after "up from" dates the base only.

"The company won 201 blocks, a 27% increase from June, and produced 692 BTC", "cash improved
to $12.4 million, up from $7.4 million at the end of 2023, and it mined 319 bitcoins": the
period inside a change's "from" part names what the change is measured against (README
"Periods": a comparative's period is not the figure's). The figure keeps a period named before
the comparison, else the document's; so does the change's end point right after its base
("production was up 39% from June to 282 BTC"). A change's end point ("from 8,090 as of
January 31 to 8,260") is `resolver._starting_point`'s; "vs." and "compared with" are
`resolver`'s own.
"""

from __future__ import annotations

import re

from .folded import Folded

# A word of change, a few words (a percentage, "month-over-month"), "from", then the base
# (a figure and "at the end of"): bounded, no sentence or clause mark crossed (a decimal
# point is no sentence end).
_BASE_BEFORE = Folded(
    r"\b(?:up|down|higher|lower|more|less|increase[ds]?|decrease[ds]?|declines?|declined|"
    r"rise|rises|rose|risen|gains?|gained|jump(?:s|ed)?|climb(?:s|ed)?|drops?|dropped|fall|"
    r"falls|fell|grew|growth|improvement|improved|increasing|decreasing|rising|falling)\b"
    r"(?:[^.;:()]|\.(?=\d)){0,24}?\bfrom\s+(?:[^.;:()]|\.(?=\d)){0,40}$"
)
_REACH = 80


# A period phrase may hold its "from" ("from June" is one phrase).
_OWN_FROM = re.compile(r"[Ff]rom\s+")

# The figure in a clause of its own after the base ("…, and produced 692 BTC"); "from March
# 2025, when the production was 533 Bitcoin" tells the base's own figure (a comparative).
_NEXT_CLAUSE = Folded(r"(?:,\s*(?:and|while|as|but|with|whereas)\b|;)")


# The figure as the change's end point right after its base: "July's production was up 39%
# from June to 282 BTC" (the base is June; the figure is July's).
_TO_FIGURE = re.compile(r"\s+to\s+(?:(?:about|approximately|roughly|nearly|around|some)\s+)?", re.I)


def compared_from(text: str, start: int, end: int, figure: int) -> bool:
    """Is the period phrase at `text[start:end]` the base of a change ("up 27% from June")
    told in a clause before the one of the figure at `figure`?"""
    window = max(0, start - _REACH)
    own = _OWN_FROM.match(text, start)
    stop = own.end() if own is not None else start
    if "from" not in text[window:stop].lower():
        return False  # cheap gate
    return _BASE_BEFORE.search(text, window, stop) is not None and (
        _NEXT_CLAUSE.search(text, end, figure) is not None
        or _TO_FIGURE.fullmatch(text, end, figure) is not None
    )
