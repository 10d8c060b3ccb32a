"""Which listed miner a figure belongs to, so a peer's numbers in a story are not taken.

News rewrites compare companies in one sentence ("…leaves Cango with about 3,000 BTC, far
below MARA, which held 52,850 BTC"). A figure belongs to the company named nearest before it;
when that is a known miner other than the document's entity, the figure is dropped.
"""

from __future__ import annotations

import bisect
import functools
import re

from .appositives import in_appositive
from .per_document import remembered

# Ticker → names as releases and news print them, and the ticker itself where it is not an
# English word ("Cleanspark (CLSK)"). Case-sensitive: "MARA", not "mara".
MINERS: dict[str, tuple[str, ...]] = {
    "CANG": ("Cango",),
    "MARA": ("MARA", "Marathon Digital", "Marathon"),
    "RIOT": ("Riot", "RIOT"),
    "CLSK": ("CleanSpark", "Cleanspark", "CLSK"),
    "BITF": ("Bitfarms", "Bit Farms", "BITF"),  # (news copy splits the name)
    "BTDR": ("Bitdeer", "BTDR"),
    "HUT": ("Hut 8", "HUT 8", "Hut8", "HUT8"),  # (printed with and without the space)
    "IREN": ("IREN", "Iris Energy", "Iris"),  # (news copy and newsletters shorten the name)
    "CORZ": ("Core Scientific", "CORZ"),
    "HIVE": ("HIVE", "Hive Digital", "Hive"),
    "CIFR": ("Cipher Mining", "Cipher", "CIFR"),
    "WULF": ("TeraWulf", "Terawulf", "WULF"),
    "BTBT": ("Bit Digital", "BTBT"),
    "GRIID": ("GRIID",),
    "ABTC": ("American Bitcoin",),
    "FUFU": ("BitFuFu", "FUFU"),
    "ARBK": ("Argo Blockchain", "Argo", "ARBK", "ARB"),  # (ARB: its London ticker)
    "GREE": ("Greenidge", "GREE"),
    "DMGI": ("DMG Blockchain", "DMG", "DMGI"),
    "LMFA": ("LM Funding", "LMFA"),
    "SDIG": ("Stronghold Digital", "Stronghold", "SDIG"),
    "DGHI": ("Digihost", "DGHI", "Digi Power X", "DGXX"),  # (renamed in 2025)
    "GRYP": ("Gryphon Digital", "Gryphon", "GRYP"),
    "MIGI": ("Mawson", "MIGI"),
    "APLD": ("Applied Digital", "APLD"),
    "SLNH": ("Soluna", "SLNH"),
    "CAN": ("Canaan",),
    "BTCM": ("BIT Mining",),
    "BTOG": ("Bit Origin", "BTOG"),
    "BMNR": ("Bitmine", "BitMine", "BMNR"),
    "PHX": ("Phoenix Group",),
    "NB2": ("Northern Data",),
    "CBIT": ("Cathedra",),
    "SAI": ("SAI.TECH",),
    "SOS": ("SOS Limited",),
    "BTCT": ("BTC Digital",),
    "ANY": ("Sphere 3D",),
    "EBON": ("Ebang",),
    "USBTC": ("US Bitcoin Corp", "USBTC"),
    "RHODIUM": ("Rhodium",),
    # Companies that hold bitcoin as a treasury, not miners: stories about a miner's holdings
    # often rank it against them ("second only to MicroStrategy, which holds 214,000 BTC").
    # ("Strategy's smallest weekly purchase": the renamed company by its possessive; a bare
    # "Strategy" is too often the common noun)
    "MSTR": ("MicroStrategy", "MSTR", "Strategy Inc", "Strategy's", "Strategy’s"),
    "METAPLANET": ("Metaplanet",),
    "TSLA": ("Tesla",),
    "SMLR": ("Semler Scientific",),
    "GME": ("GameStop",),
}
_NAME_TO_TICKER = {name: ticker for ticker, names in MINERS.items() for name in names}
# Any known miner's name, longest first (a regex fragment, for patterns that name two miners).
MINER_NAME = (
    r"\b(?:"
    + "|".join(re.escape(name) for name in sorted(_NAME_TO_TICKER, key=len, reverse=True))
    + r")\b"
)
_ANY_NAME = re.compile(MINER_NAME)
# "Rival Bitmine mined 70 BTC", "Riot's competitor, Northern Data, said …": a company introduced
# as a rival or peer is another company, whether or not its name is known here.
_NAME = (
    r"(?!(?:In|On|At|As|And|But|For|With|By|The|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)"
    r"[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*){0,3}"
)
# The name follows the cue directly ("rival Zeta mined") or in commas ("its competitor, Zeta
# Digital, held"): "like its peers, Acme mined" is the subject itself, not a rival.
_PEER_CUE = re.compile(
    r"\b(?:[Rr]ivals?|[Pp]eers?|[Cc]ompetitors?|[Ff]ellow\s+(?:bitcoin\s+)?miners?)"
    rf"(?:\s+(?:such\s+as|like|including))?(?:\s+(?P<name>{_NAME})|,\s+(?P<apposed>{_NAME}),)"
)
# The owner of a figure after a cued company whose name is not in `MINERS` starts with this.
UNKNOWN_PEER = "?"


def ticker_named(name: str) -> str | None:
    """Ticker of a miner's name as printed ("Hut 8" → HUT), None for an unknown name."""
    return _NAME_TO_TICKER.get(name)


def owner_before(text: str, position: int) -> str | None:
    """Ticker of the miner named nearest before `position`, if any. A name inside brackets
    closed before `position` is an aside ("Riot, like Marathon (which held 47,531 BTC), sold
    none"), not the subject of what follows."""
    names = names_in(text)
    cue = _last_peer_cue(text, position)
    for index in range(bisect.bisect_right(names, (position,)) - 1, -1, -1):
        start, end, name = names[index]
        if end > position:
            continue  # (a name running past the figure is none of the text before it)
        if cue is not None and cue[0] > start:
            break
        if not _closed_aside(text, end, position) and not in_appositive(text, start, end, position):
            return _NAME_TO_TICKER[name]
    if cue is not None and not _closed_aside(text, cue[0], position):
        return UNKNOWN_PEER + cue[1]
    return None


@functools.lru_cache(maxsize=8)
def names_in(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of every miner's name in `text`: found once per text, not once per
    figure (a sentence of many figures would otherwise be scanned again for each)."""
    return tuple((match.start(), match.end(), match.group(0)) for match in _ANY_NAME.finditer(text))


def _last_peer_cue(text: str, position: int) -> tuple[int, str] | None:
    """End and name of the last "rival X" before `position` whose X is no known name (a known
    name decides for itself), else None. A cheap word test first: most sentences name none."""
    lowered = text[max(0, position - 300) : position].lower()
    if not any(word in lowered for word in ("rival", "peer", "competitor", "fellow")):
        return None
    last = None
    for match in _PEER_CUE.finditer(text, 0, position):
        group = "name" if match.group("name") else "apposed"
        if match.end(group) <= position and _ANY_NAME.search(match.group(group)) is None:
            last = (match.end(group), match.group(group))
    return last


def _closed_aside(text: str, start: int, position: int) -> bool:
    if text.find(")", start, position) < 0:
        return False  # (a fast look first: most names are no aside)
    depth = 0
    for char in text[start:position]:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return True
    return False


@functools.lru_cache(maxsize=64)  # (every figure's guard asks, about a few entities)
def ticker_of(entity: str) -> str:
    """ "CANG", "cang", "Cango" and "Cango Inc." all name CANG; unknown entities pass through."""
    key = entity.strip().upper()
    if key in MINERS:
        return key
    for name, ticker in _NAME_TO_TICKER.items():
        if key == name.upper() or key.startswith(name.upper() + " "):
            return ticker
    return key


@functools.lru_cache(maxsize=64)  # (asked per sentence by the party and lender readings)
def names_of(entity: str | None) -> tuple[str, ...]:
    """Every name the company goes by: the list's names for its ticker, then `entity` as given
    ("Iris" → ("IREN", "Iris Energy", "Iris", "Iris")); nothing for no entity."""
    if not entity:
        return ()
    return (*MINERS.get(ticker_of(entity), ()), entity)


# A story about the industry or a sector is about no one company: every company's figure in it
# is another company's.
NO_COMPANY = frozenset({"INDUSTRY", "SECTOR"})


@remembered
def is_peer_figure(text: str, position: int, entity: str | None) -> bool:
    """True when the figure at `position` is attributed to a miner other than `entity`."""
    if not entity:
        return False
    if entity.strip().upper() in NO_COMPANY:
        return True
    owner = owner_before(text, position)
    if owner is not None and owner.startswith(UNKNOWN_PEER):
        # a cued name the list does not know: the entity's own name or ticker is not a rival
        return not owner[1:].upper().startswith((entity.strip().upper(), ticker_of(entity)))
    return owner is not None and owner != ticker_of(entity)


# "Tether's indirect $420 million investment", "Nvidia’s $2 billion stake": a named party's
# possessive right before the amount (a few modifiers between) makes it that party's money.
_POSSESSOR = re.compile(
    r"\b(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})['’]s\s+(?:[a-z][\w-]*\s+){0,3}"
    r"(?:US\$|C\$|\$|€|£|EUR\s*|USD\s*)?$"
)
_POSSESSOR_REACH = 80
# "The Company's $50 million investment", "Its", "Management's": the company itself.
_SELF_NAME = re.compile(
    r"(?:The\s+)?(?:Company|Group|Firm|Corporation|Corp|Board|Miner|Management|Partnership|"
    r"Issuer|Borrower|Registrant)|Its|Our|This|That|Their|The"
)


def possessed_by_other(text: str, position: int, entity: str | None) -> bool:
    """The amount at `position` is a named party's (its possessive before it), and that party
    is not `entity` (by name or ticker)."""
    if "'s" not in text and "’s" not in text:
        return False  # a cheap look first: most sentences have no possessive
    match = _POSSESSOR.search(text, max(0, position - _POSSESSOR_REACH), position)
    if match is None or not entity:
        return False
    name = match["name"]
    if _SELF_NAME.fullmatch(name):
        return False
    own = ticker_of(entity)
    names = (entity.strip().upper(), own, *(known.upper() for known in MINERS.get(own, ())))
    return not name.upper().startswith(names)
