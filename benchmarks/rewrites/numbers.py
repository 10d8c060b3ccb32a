"""Number forms: thousands separators, money notations and hedges before a figure."""

from __future__ import annotations

import re

from benchmarks.rewrites.turns import Turns, same_case

# A figure written with separators (1,234 / 12,345.6), not glued to letters or other digits:
# a flattened table's glued cells ("Held17,3277,309") must stay as they are.
_GROUPED = re.compile(r"(?<![\w,.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,]|\.\d)")
# A bare figure of four or more digits that is a quantity, not a year: after "$" or before a unit.
_BARE = re.compile(
    r"(?<![\w,.])(?:(?<=\$)\d{4,}(?:\.\d+)?|(?!(?:19|20)\d\d(?![\d.]))\d{4,}(?:\.\d+)?"
    r"(?=\s?(?:BTC|bitcoins?|Bitcoins?|MW|megawatts|million|billion)\b))(?![\w,]|\.\d)"
)

# A flattened table glued into one line ("Held17,3277,309", "June 202217.0 %$4,482"): its
# separators are what tells the cells apart, so its figures keep them.
_GLUED_CELLS = re.compile(r"[a-z]\d|\d[A-Z][a-z]")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")

# Money in dollars with a scale word. Not after a letter or "$": "US$", "C$", "A$" are left alone.
# Not the end of a range ("$8 to $10 million": "$8" is millions too) and not after "USD ".
_MONEY = re.compile(
    r"(?<![\w$])(?<!to )(?<![-–])(?<!USD )\$(\d[\d,]*(?:\.\d+)?) (million|billion)\b"
)
_MONEY_SHORT = re.compile(r"(?<![\w$])\$(\d[\d,]*(?:\.\d+)?)([MB])\b")
# Where "$" may be another dollar (Canadian, Australian, ...), "$" -> "US$" would change meaning.
_OTHER_DOLLARS = re.compile(r"C\$|CA\$|A\$|AU\$|HK\$|S\$|NZ\$|\bCAD\b|\bAUD\b|Canadian dollar")

_HEDGED = re.compile(r"\b(approximately|Approximately)(\s+)(?=\$?\d)")
# "about"/"nearly" before a quantity (a unit or scale follows), never before a bare year.
_QUANTITY = r"\$?\d[\d,]*(?:\.\d+)?\s?(?:million|billion|BTC|bitcoins?|MW|megawatts|EH/s|%|M\b|B\b)"
_LOOSE_HEDGE = re.compile(
    rf"\b(about|About|roughly|Roughly|nearly|Nearly|around|Around)(\s+)(?={_QUANTITY})"
)
_TILDE = re.compile(r"(?<![\w~])~\s?(?=\$?\d)")


def thousands(text: str) -> str:
    """1,234 -> 1234 and 1234 BTC / $1234 -> 1,234 (a figure keeps its value)."""
    text = _BARE.sub(lambda m: _grouped(m.group()), text)
    text = "\n".join(
        line if _GLUED_CELLS.search(line) else _GROUPED.sub(_ungrouped, line)
        for line in text.split("\n")
    )
    return text.replace("\x00", ",")


def _ungrouped(match: re.Match[str]) -> str:
    """1,234 -> 1234, but 1,975 stays: without its comma it would read as a year."""
    figure = match.group().replace(",", "")
    return match.group() if _YEAR_LIKE.fullmatch(figure) else figure


def _grouped(figure: str) -> str:
    whole, _, fraction = figure.partition(".")
    # A sentinel keeps the new separators from being removed again by the second pass.
    return f"{int(whole):,}".replace(",", "\x00") + (f".{fraction}" if fraction else "")


def money_us(text: str) -> str:
    """$305 million -> US$305 million, unless the text may use "$" for another dollar."""
    if _OTHER_DOLLARS.search(text):
        return text
    return _MONEY.sub(r"US$\1 \2", text)


def money_code(text: str) -> str:
    """$305 million -> USD 305 million, unless the text may use "$" for another dollar."""
    if _OTHER_DOLLARS.search(text):
        return text
    return _MONEY.sub(r"USD \1 \2", text)


def money_decimal(text: str) -> str:
    """$305 million <-> $305.0 million; $1.25 billion -> $1.250 billion."""

    def redo(match: re.Match[str]) -> str:
        figure, scale = match.groups()
        if figure.endswith(".0"):
            figure = figure[:-2]
        else:
            figure += "0" if "." in figure else ".0"
        return f"${figure} {scale}"

    return _MONEY.sub(redo, text)


def money_suffix(text: str) -> str:
    """$305 million -> $305M, $1.2 billion -> $1.2B, and back."""
    text = _MONEY_SHORT.sub(lambda m: f"${m[1]}\x00{'million' if m[2] == 'M' else 'billion'}", text)
    text = _MONEY.sub(lambda m: f"${m[1]}{m[2][0].upper()}", text)
    return text.replace("\x00", " ")


def hedges(text: str) -> str:
    """approximately -> about/roughly/nearly in turn; about/roughly/nearly/around -> approximately
    (before a quantity only: "about 2025" stays)."""
    turns = Turns()
    text = _LOOSE_HEDGE.sub(lambda m: same_case("approximately", m[1]) + "\x00", text)
    text = _HEDGED.sub(
        lambda m: same_case(turns.pick(("about", "roughly", "nearly")), m[1]) + m[2], text
    )
    return text.replace("\x00", " ")


def hedge_tilde(text: str) -> str:
    """approximately 400 -> ~400 and ~400 -> approximately 400."""
    text = _TILDE.sub("approximately\x00", text)
    text = _HEDGED.sub("~", text)
    return text.replace("\x00", " ")
