"""Highlight tiles: a headline saying how a figure changed over the level it reached.

Shareholder letters print their key figures as tiles: "Bitcoin holdings increased 98%" over
"TO 52,850 BTC (C. $6.0B)" over "Including … as of September 30, 2025." The change words are
the headline; the figure is the level after "TO". (`grid` rebuilds a tile as a row of the
headline and the level; tiles printed figure first are paired there too.)
"""

from __future__ import annotations

from .folded import Folded

_RISEN = Folded(
    r"^(?P<label>.+?)\s+(?:increased|decreased|grew|rose|fell|declined|climbed|jumped|dropped)\b"
)
_TO_LEVEL = Folded(
    r"^\s*to\s+(?P<value>\d[\d,]*(?:\.\d+)?)(?:\s*(?:btc|bitcoins?))?(?:\s*\([^)]*\))?[\s|.]*$"
)


def headline_subject(label: str) -> str | None:
    """ "Bitcoin holdings increased 98%" → "bitcoin holdings"; None for other labels."""
    risen = _RISEN.search(label)
    return risen["label"] if risen else None


def level_of(cell: str) -> str | None:
    """ "TO 52,850 BTC (C. $6.0B)" → "52,850"; None for a cell that names no level."""
    level = _TO_LEVEL.search(cell)
    return level["value"] if level else None
