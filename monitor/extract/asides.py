"""A relative clause set off by commas, about the sentence's subject: its period is its own.

"Core Scientific, which emerged from bankruptcy in January, announced its plans to lease up to
16 megawatts …", "TeraWulf, whose Lake Mariner site came online in March, entered into a
10-year HPC lease": the month inside the aside dates the aside's event (the emergence, the site
coming online), not what the sentence goes on to say (README "Periods": the period the
sentence names for the figure). A figure inside the aside itself ("Riot, which in June sold
500 BTC, …") keeps the aside's month.
"""

from __future__ import annotations

import re

from .folded import Folded

_OPENS = Folded(r",\s*(?:which|who|whose)\s[^,;()]{0,80}$")
_CLOSES = re.compile(r"[^,;()]{0,20},")
_REACH = 100


def in_aside(text: str, start: int, end: int, figure: int) -> bool:
    """Is the period phrase at `text[start:end]` inside a comma-set relative clause that
    closes before the figure at `figure`?"""
    if "which" not in text and "who" not in text:
        return False  # a cheap look first
    if _OPENS.search(text, max(0, start - _REACH), start) is None:
        return False
    closed = _CLOSES.match(text, end)
    return closed is not None and closed.end() <= figure
