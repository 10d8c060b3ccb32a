"""A headline printed in capitals: "THE COMPANY MINED 7,391 BITCOINS IN 2023".

Wire services and issuers' own pages often print the title line in UPPER CASE. The readers of
`monitor.extract` know months, verbs and period words as releases print them in prose ("in
December", "mined", "the second quarter"), so a line in capitals is read in title case, as the
same headline is printed elsewhere: "The Company Mined 7,391 Bitcoins in 2023". Letters change
case only, so the text keeps its length and every offset still points into the text as given
(as `spaced_thousands` and `number_words` do).

Only a prose line is re-cased: the document's first line, of at least three words with no
lower-case letter; codes and units keep their capitals ("BTC", "USD", "MW", "EH/s", "HPC").
A heading inside the document ("BITCOIN MINED") is a table's or a section's and stays.
"""

from __future__ import annotations

import re

# Written in capitals in prose too: units, currencies, exchanges, roles, reporting codes.
_CODES = frozenset(
    (
        "BTC", "ETH", "USD", "USDT", "USDC", "CAD", "AUD", "HKD", "RMB", "EUR", "GBP", "US",
        "U.S.", "MW", "GW", "KW", "MWH", "GWH", "AI", "HPC", "GPU", "GPUS", "ASIC", "ASICS",
        "ATM", "ETF", "ETFS", "LLC", "LP", "PLC", "NV", "SA", "CEO", "CFO", "COO", "NASDAQ",
        "NYSE", "TSX", "TSXV", "OTC", "CSE", "ASX", "SEC", "FY", "YTD", "YOY", "EBITDA", "GAAP",
        "PPA", "ERCOT", "MOU", "LOI", "II", "III", "IV", "HODL", "AWS",
    )
)  # fmt: skip
_SMALL_WORDS = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "per", "the", "to")
)
_HASH_UNIT = re.compile(r"[KMGTPEZ]H/S", re.IGNORECASE)
# (a hyphen parts two words: "SELF-MINING" → "Self-Mining", and so do "/" and "&": "AI/HPC"
# is two codes, "M&A" keeps its letters). ASCII letters only, so a word keeps its length.
_WORD = re.compile(r"[KMGTPEZ]H/S\b|[A-Za-z][A-Za-z.'’]*")
_MIN_WORDS = 3
# "IT" of a capacity ("CRITICAL IT MW", "IT LOAD"), not the pronoun ("SAYS IT SOLD")
_IT_CAPACITY = re.compile(r"\s+(?:MW|LOAD|CAPACITY)\b")
# A ticker after its exchange: "(NASDAQ: CLSK)"
_EXCHANGE_BEFORE = re.compile(r"(?:NASDAQ|NYSE(?:\s+AMERICAN)?|TSXV?|OTC\w*|CSE|ASX)\s*:\s*$")


def recased(text: str) -> str:
    """`text` with its first line in title case when it is printed in capitals (same length)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end]
    if not _in_capitals(line):
        return text
    return text[:start] + _title(line) + text[end:]


def _in_capitals(line: str) -> bool:
    """Letters, all capitals, in at least three words (cheap checks first). A line in a
    script with no capitals (Arabic, Japanese, …) is no line in capitals: `isupper` sees only
    its Latin letters ("أبرمت شركة IREN الأسترالية عقدًا": the ticker)."""
    return (
        line.isupper()
        and len(line.split()) >= _MIN_WORDS
        and "|" not in line
        and "\t" not in line
        and not any(char.isalpha() and char.lower() == char.upper() for char in line)
    )


def _title(line: str) -> str:
    """`line` in title case: codes, tickers and letters joined by "/" or "&" kept."""
    first = True

    def word(match: re.Match[str]) -> str:
        nonlocal first
        token, at_start = match.group(), first
        first = False
        if _HASH_UNIT.fullmatch(token):
            return token[:-1] + "s"  # "EH/S" → "EH/s"
        if _kept(line, match):
            return token
        lower = token.lower()
        if not at_start and lower in _SMALL_WORDS:
            return lower
        return token[0] + lower[1:]

    return _WORD.sub(word, line)


def _kept(line: str, match: re.Match[str]) -> bool:
    """Is this word of a capitals line printed in capitals in prose too?"""
    token, start = match.group(), match.start()
    if token.rstrip(".'’") in _CODES or token in _CODES:
        return True
    if start and line[start - 1] in "/&":
        return True  # ("AI/HPC", "M&A": the second part of a code)
    if token == "IT" and _IT_CAPACITY.match(line, match.end()):
        return True
    return _EXCHANGE_BEFORE.search(line, max(0, start - 16), start) is not None
