"""A month's abbreviation dot before a day or a year, read as a space: "Sept. 30, 2024".

News copy and filings in AP style shorten months ("Feb. 2025", "as of Jul. 1", "at Sept. 30,
2024, and Dec. 31, 2023, respectively"). The figure patterns read a sentence's gap up to its
next full stop, so an abbreviation's dot between a verb and its figure, or between a figure
and its date, cut the reading short: "output for Feb. 2025, totaling 470 Bitcoin" was no
production, where "Feb 2025" and "February 2025" were. The sentence splitter already knows
these dots end no sentence; this says the same to every reader after it.

Only a capitalised abbreviation ("Feb", "Sept", "Dec", not "feb" nor the full "May") with a
day or a year after it (one to three spaces, then a digit) and a prose word before it ("for",
"at", "and": a lowercase word and one space) is read so: a table printed on one line ("Initial
Mar. 31, 2022 Dec. 31, 2021", "A Dec. 2020 Jun. 2022 17.0 %") keeps its spacing, which its
readers split cells by. The dot is moved in
front of the month as a space ("for Feb. 2025" → "for  Feb 2025"): the month stays next to its
day or year, as every date pattern reads it, and the text keeps its length, so every offset
still points into the text as given (the evidence is quoted from it; a table's row or column
label gets its dots back, `as_printed`).
"""

from __future__ import annotations

import re

from .document_signs import document_sign, scan

_DOTTED_MONTH = document_sign(
    re.compile(
        r"(?<![\w.,])(?P<word>[a-z]+[ \t\xa0])(?P<month>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|"
        r"Dec)\.(?P<gap>[ \t\xa0]{1,3})(?P<number>\d+(?:,?[ \t\xa0](?:19|20)\d\d(?!\d))?)"
    )
)


def undotted_moves(text: str) -> tuple[str, dict[str, str]]:
    """`text` with each month abbreviation's dot before a day or year moved in front of the
    month as a space, and each date so read ("Jun 30") → as printed ("Jun. 30")."""
    pieces: list[str] = []
    moves: dict[str, str] = {}
    last = 0
    for found in scan(_DOTTED_MONTH, text):
        month, rest = found["month"], found["gap"] + found["number"]
        pieces.append(text[last : found.start("month")])
        pieces.append(" " + month + rest)
        moves[month + rest] = month + "." + rest
        last = found.end()
    if not pieces:
        return text, {}
    pieces.append(text[last:])
    return "".join(pieces), moves


def as_printed(label: str | None, moves: dict[str, str]) -> str | None:
    """A row or column label read from the undotted text, its months' dots given back.

    A moved date stands after two spaces (the dot moved in front of the month); the same date
    printed without a dot elsewhere ("| Bitcoin | Dec 31, 2023 |") has one and is left alone."""
    if not label or not moves or "  " not in label:
        return label
    for moved, printed in moves.items():
        if "  " + moved in label:
            whole = re.compile(rf"(?<=\S)  {re.escape(moved)}(?!\d)")
            label = whole.sub(" " + printed.replace("\\", "\\\\"), label)
    return label
