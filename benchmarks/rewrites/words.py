"""Wording: the bitcoin unit, the mining and selling verbs, the issuer's name."""

from __future__ import annotations

import re

from benchmarks.rewrites.turns import Turns, same_case

_FIGURE = r"\d[\d,]*(?:\.\d+)?"
_BTC_AFTER_FIGURE = re.compile(rf"(?<![\w,.])({_FIGURE})( ?)BTC\b(?![/-])")
# "42 bitcoin" as a quantity of coins; not "2024 bitcoin halving", "200 bitcoin miners".
_NOT_COINS = (
    r"min(?:e|es|ed|ing|er|ers)\b|machines?\b|rigs?\b|ETFs?\b|prices?\b|network|address|wallet"
    r"|compan|hash|halving|treasur(?:y|ies) compan|-"
)
_BITCOIN_AFTER_FIGURE = re.compile(
    rf"(?<![\w,.])(?!(?:19|20)\d\d\b)({_FIGURE}) ([Bb]itcoins?)\b(?!\s*(?:{_NOT_COINS}))"
)
_COINS = r"(?:BTC|[Bb]itcoins?)\b"
_HEDGE = r"(?:(?:a total of|an? (?:record|total) of|approximately|about|roughly|nearly|over|~)\s*)?"

_MINE_ALTERNATIVES = {
    "mined": ("produced", "self-mined"),
    "produced": ("mined", "generated"),
    "generated": ("produced",),
    "self-mined": ("mined",),
    "mines": ("produces",),
    "produces": ("mines",),
}
_MINE_WORD = "self-mined|mined|produced|generated|mines|produces"
_MINE_BEFORE = re.compile(rf"\b({_MINE_WORD})\b(?=\s+{_HEDGE}{_FIGURE}\s*{_COINS})", re.IGNORECASE)
_MINE_AFTER = re.compile(
    rf"(?<=\d)(\s*{_COINS}\s+(?:(?:were|was|have been|has been)\s+)?)(mined|produced|generated)\b",
    re.IGNORECASE,
)
_SELL_BEFORE = re.compile(rf"\b(sold|sells)\b(?=\s+{_HEDGE}{_FIGURE}\s*{_COINS})", re.IGNORECASE)
_SELL_AFTER = re.compile(
    rf"(?<=\d)(\s*{_COINS}\s+(?:were|was|have been|has been)\s+)(sold)\b", re.IGNORECASE
)
_SELL_ALTERNATIVES = {"sold": ("liquidated", "disposed of"), "sells": ("liquidates", "disposes of")}

# The issuer's introduction: 'Riot Platforms, Inc. (NASDAQ: RIOT) ("Riot" or "the Company")'.
_INTRODUCTION = (
    r"((?:[A-Z][\w&.-]*\s){{0,4}}[A-Z][\w&.-]*?)(?:,?\s(?:Inc|Corp|Corporation|Ltd|Limited|Co|"
    r"Holdings?|plc|N\.V|S\.A)\.?)?\s?\((?:NASDAQ|Nasdaq|NYSE|TSX|TSXV|TSX-V|OTC|CSE|ASX)"
    r"[\w\s]{{0,12}}:\s?{ticker}[^)]{{0,40}}\)((?:\s?\([^)]{{0,80}}\))?)"
)
_GENERIC = frozenset(("Company", "Corporation", "Group", "Issuer"))
_QUOTED = re.compile(r"[\"“]([A-Z][\w .&-]{1,40}?)[\"”]")


def units(text: str) -> str:
    """42 BTC -> 42 bitcoin / 42 bitcoins in turn; 42 bitcoin(s) -> 42 BTC."""
    turns = Turns()
    text = _BITCOIN_AFTER_FIGURE.sub(lambda m: f"{m[1]}\x00BTC", text)
    text = _BTC_AFTER_FIGURE.sub(lambda m: f"{m[1]} {turns.pick(('bitcoin', 'bitcoins'))}", text)
    return text.replace("\x00", " ")


def mine_verbs(text: str) -> str:
    """The verb of a mined figure: mined -> produced / self-mined, produced -> mined / generated."""
    return _verbs_swapped(text, _MINE_ALTERNATIVES, _MINE_BEFORE, _MINE_AFTER)


def sell_verbs(text: str) -> str:
    """The verb of a sold figure: sold -> liquidated / disposed of in turn."""
    return _verbs_swapped(text, _SELL_ALTERNATIVES, _SELL_BEFORE, _SELL_AFTER)


def _verbs_swapped(
    text: str,
    alternatives: dict[str, tuple[str, ...]],
    before: re.Pattern[str],
    after: re.Pattern[str],
) -> str:
    """Each verb before its figure (group 1 of `before`) or after it (group 2 of `after`)
    replaced by its alternatives in turn, in the verb's own case."""
    turns = Turns()

    def swap(word: str) -> str:
        return same_case(turns.pick(alternatives[word.lower()]), word)

    text = before.sub(lambda m: swap(m[1]), text)
    return after.sub(lambda m: m[1] + swap(m[2]), text)


def company(text: str, entity: str | None) -> str:
    """After the issuer's introduction, its name (full or short) -> "the Company".

    Only the case's own entity, introduced with its ticker, is renamed: another company's name
    becoming "the Company" would change whose fact it is. No introduction: no rewrite.
    """
    if not entity:
        return text
    found = re.search(_INTRODUCTION.format(ticker=re.escape(entity)), text)
    if not found:
        return text
    names = {found[1].strip()} | set(_QUOTED.findall(found[2] or ""))
    # 'the "Company"' is no name: renaming it would write "the the Company".
    names = {n for n in names if not n.lower().startswith("the ") and n not in _GENERIC}
    if not names:
        return text
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
        r"(?:,?\s(?:Inc|Corp|Ltd|Limited)\.?(?!\w))?"
    )
    after = pattern.sub(lambda m: _the_company(text, m.start() + found.end()), text[found.end() :])
    return text[: found.end()] + after


def _the_company(text: str, at: int) -> str:
    """ "The Company" at the start of a line or sentence, else "the Company"."""
    before = text[max(0, at - 3) : at].rstrip(" ")
    return "The Company" if not before or before[-1] in ".!?\n:" else "the Company"
