"""A figure's verb whose subject is another company the miner list does not know.

Reading rule: in news about several companies a figure belongs to the subject of its verb.
"Treasury firm Sequans sold 970 BTC", "Japanese company Metaplanet holds 30,000 BTC",
"Acme Holdings (NASDAQ: ACME) mined 300 BTC" in a story about another miner tell what that
other company did, though no known miner is named (`entities` decides for the names it knows).
A bare capitalised name is not enough (headlines capitalise every word, and a subsidiary such
as "Peak Mining" mines for its parent): the subject must be introduced as a company of its own,
by a descriptor before its name ("treasury firm", "rival", "miner") or its own exchange ticker
after it, and be none of the entity's names (nor "its subsidiary …").
Three more introductions say the same (issue 16, fp19): an appositive right before the verb
that calls the name an organisation ("Zeta Holdings, a Nasdaq-listed treasury company, holds"),
a corporate word ending the name ("the Royal Group held", "Falcon Capital holds"), and a state
as the subject ("The UAE holds", "El Salvador holds", "the U.S. government holds"), which is
never a company. The entity's own names, and its units ("its subsidiary Peak Group"), are read.
Only for an entity whose names are known: an unknown entity may be called anything.
"""

from __future__ import annotations

import re

from .entities import MINER_NAME, MINERS, names_of, ticker_of
from .skipping import skipping

# (a weekday, a month or a title after the noun is a date or a person, not a company's name:
# "the company Tuesday sold", "the company CEO said")
_NOT_A_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|CEO|CFO|COO)\b)"
)
_NAME = _NOT_A_NAME + r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,3})"
# A legal name's corporate suffix after a comma ("Riot Platforms, Inc., a Bitcoin mining
# company, held"): part of the name before it, never a name of its own.
_LEGAL_SUFFIX = (
    r"(?:,\s+(?:Inc\.?|Corp\.?|Ltd\.?|Limited|LLC|L\.L\.C\.|plc|PLC|N\.V\.|S\.A\.|AG|SE|"
    r"Holdings)(?=,))?"
)
# (an opening preposition is no name's: "In October, the company …", "At Acme Holdings …")
_NOT_A_PLACE_OR_TIME = (
    r"(?!(?:In|On|At|As|By|For|With|From|After|Before|During|Since|Following|Under|Through)\b)"
)
# (a few adverbs may stand between the subject and its verb)
_ADVERBS = (
    r"(?:(?:also|has|have|had|reportedly|recently|previously|then|just|now|alone|itself)\s+){0,2}$"
)
# After its verb, a figure's clause ("Falcon Capital, a data center developer, has energised
# 200 MW", "Zeta Holdings … carries $500 million"): a few lower-case words between the subject
# and the figure (callers that ask at a figure, not at a verb).
_VERB_PHRASE = r"(?:[a-z][\w'’-]*\s+){0,4}$"


# The subject forms' heads, each completed by the tail the caller asks about (`_forms`).
_DESCRIBED = (
    r"(?<![Ii]ts\s)(?<![Oo]ur\s)(?<!company['’]s\s)"
    r"\b(?:firm|company|miner|maker|manager|exchange|fund|provider|lender|holder|"
    r"rival|peer|competitor|giant|operator|developer|platform)\s+" + _NAME + r"\s+"
)
_TICKERED = (
    _NAME + r"\s*\((?:NASDAQ|Nasdaq|NYSE|TSX|TSXV|TSX-V|OTC\w*|ASX|LSE|AIM|Euronext|"
    r"HKEX|CSE|NEO)\s*:\s*(?P<ticker>[A-Z0-9.]{1,8})\)\s*,?\s+"
)
# "Zeta Holdings, a Nasdaq-listed treasury company, holds 3,300 BTC", "Royal Group, a major
# conglomerate tied to Abu Dhabi's ruling family, has amassed …": a name the appositive right
# before the verb introduces as an organisation of its own ("Marathon, the largest listed
# miner, holds" is the entity's: its name decides below).
_APPOSED = (
    _NOT_A_PLACE_OR_TIME
    + _NAME
    + _LEGAL_SUFFIX
    + r",\s+(?:an?|the)\s+(?:[^,;()\n]{0,60}?\s)?(?:company|firm|conglomerate|"
    r"group|holding|miner|fund|investor|manager|lender|bank|exchange|platform|"
    r"operator|developer|corporation|entity|vehicle|office)"
    # (the noun ends the appositive, or a participle or place hangs on it: "a major
    # conglomerate tied to Abu Dhabi's ruling family"; not "In October, the company
    # entered into …", a clause)
    r"(?:\s+(?:tied|linked|based|owned|controlled|backed|listed|headquartered|"
    r"in|of|from)\b[^,;()\n]{0,50})?,\s+"
)
# "The UAE holds approximately 6,450 Bitcoin", "El Salvador holds", "the U.S. government
# holds": a state is no company (sovereign holdings and state mining are told beside miners).
_STATE = (
    r"\b(?:(?:[Tt]he\s+)?(?:[A-Z][\w.]*\s+){0,2}(?:[Gg]overnment|[Kk]ingdom|"
    r"[Ee]mirate|[Rr]oyal\s+[Ff]amily|[Rr]uling\s+[Ff]amily|"
    r"[Ss]overeign\s+(?:[\w-]+\s+)?[Ff]und)|"
    r"(?:[Tt]he\s+)?(?:UAE|U\.A\.E\.|United\s+Arab\s+Emirates|United\s+States|U\.S\.|"
    r"US|UK|U\.K\.|United\s+Kingdom)|El\s+Salvador|Bhutan|Kazakhstan|Ukraine|"
    r"North\s+Korea|China|Russia|Iran|Venezuela|Ethiopia|Pakistan)\s+"
)
# "Arkham reported that the Royal Group held more than 6,300 BTC": an organisation by its
# corporate word (a miner's own legal name is a known name, see below).
_SUFFIXED = (
    _NOT_A_NAME
    + _NOT_A_PLACE_OR_TIME
    # (a word of digits inside: "Hut 8 Mining Corp." is one name, a known one)
    + r"(?P<name>[A-Z][\w&.'’-]*\s+(?:[A-Z0-9][\w&.'’-]*\s+){0,2}(?:Group|Holdings|"
    r"Capital|Corp\.?|"
    r"Corporation|Inc\.?|Ltd\.?|Limited|LLC|plc|Partners|Bank|Company))\s+"
)
_FORM_HEADS = {
    "described": _DESCRIBED,
    "tickered": _TICKERED,
    "apposed": _APPOSED,
    "state": _STATE,
    "suffixed": _SUFFIXED,
}


def _forms(tail: str) -> dict[str, re.Pattern[str]]:
    """The subject forms, each ending in `tail` (what stands between the subject and the
    position asked about)."""
    return {name: skipping(re.compile(head + tail)) for name, head in _FORM_HEADS.items()}


_AT_VERB = _forms(_ADVERBS)
# After a verb, only a name that opens its clause and is introduced as an organisation by an
# appositive or its corporate word is the figure's subject: a descriptor's name or a state
# inside the clause is as often its object ("a lease with AI cloud company Fluidstack for
# 245MW", "repaid $28 million to Galaxy Digital LLC", "a U.S. investment-grade hyperscaler").
_CLAUSE_OPENING = r"(?:(?<=^)|(?<=[.;:!?]\s)|(?<=\n)|(?<=\bthat\s)|(?<=\bwhile\s))(?:[Tt]he\s+)?"
_AFTER_VERB = {
    kind: skipping(re.compile(_CLAUSE_OPENING + pattern.pattern))
    for kind, pattern in _forms(_VERB_PHRASE).items()
    if kind in ("apposed", "suffixed")
}
_STATE_WORDS = re.compile(
    r"overnment|ingdom|mirate|amily|overeign|UAE|U\.A\.E|Emirates|States|U\.S\.|\bUS\b|UK\b|"
    r"U\.K\.|Salvador|Bhutan|Kazakhstan|Ukraine|Korea|China|Russia|Iran\b|Venezuela|Ethiopia|"
    r"Pakistan"
)
# "Arkham reported that the Royal Group held more than 6,300 BTC": an organisation by its
# corporate word, right before the verb (a miner's own legal name is a known name, see below).
_SUFFIXED = skipping(
    re.compile(
        _NOT_A_NAME
        + r"(?P<name>(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Group|Holdings|Capital|Corp\.?|Corporation|"
        r"Inc\.?|Ltd\.?|Limited|LLC|plc|Partners|Bank|Company))\s+" + _ADVERBS
    )
)
_SUFFIX_WORDS = re.compile(r"Group|Holdings|Capital|Corp|Inc|Ltd|Limited|LLC|plc|Partners|Bank")
# "its subsidiary Peak Mining Group held": the company's own unit.
_OWN_UNIT = re.compile(
    r"(?:\b(?:[Ii]ts|[Oo]ur|[Tt]heir)|subsidiary|subsidiaries|unit|arm|affiliate|division)\s+$"
)
# The company itself under a common noun ("The Company, a Nevada corporation, holds").
_SELF = re.compile(r"(?:The\s+)?(?:Company|Corporation|Group|Firm|Issuer|Registrant|Borrower)")
_KNOWN = skipping(re.compile(MINER_NAME))
_REACH = 120
_APPOSED_GATE = 70  # (the appositive's closing comma sits just before the verb or its phrase)


def is_named_other(
    text: str, position: int, entity: str | None, *, after_verb: bool = False
) -> bool:
    """Is the verb at `position` said of a company introduced as one, not `entity`?
    (`after_verb`: `position` is a figure after its clause's verb, a few words on.)"""
    if not entity:
        return False
    own = ticker_of(entity)
    if own not in MINERS:
        return False  # (an unknown entity may go by any name)
    window = max(0, position - _REACH)
    if after_verb:
        forms = _AFTER_VERB
        found = None
    else:
        forms = _AT_VERB
        if _STATE_WORDS.search(text, window, position) and _state_subject(
            forms["state"], text, window, position
        ):
            return True  # a state: never the entity
        found = forms["described"].search(text, window, position) or forms["tickered"].search(
            text, window, position
        )
    if found is None:
        found = _introduced_name(forms, text, window, position, entity)
    return found is not None and _names_other(found, entity, own)


def _introduced_name(
    forms: dict[str, re.Pattern[str]], text: str, window: int, position: int, entity: str
) -> re.Match[str] | None:
    """The subject introduced as a company by an appositive or its corporate word, unless it
    is the company itself, its own unit or `entity` by name; else None."""
    if "," in text[max(0, position - _APPOSED_GATE) : position]:
        found = forms["apposed"].search(text, window, position)
        if found is not None:
            if _SELF.fullmatch(found["name"]) or _names_entity(found, entity):
                return None
            return found
    if not _SUFFIX_WORDS.search(text, window, position):
        return None
    found = forms["suffixed"].search(text, window, position)
    if found is not None and (
        _OWN_UNIT.search(text, max(0, found.start() - 20), found.start())
        or _names_entity(found, entity)
    ):
        return None
    return found


def _names_other(found: re.Match[str], entity: str, own: str) -> bool:
    """Does the subject `found` name a company other than `entity` (ticker `own`)?"""
    if "ticker" in found.re.groupindex and ticker_of(found["ticker"]) == own:
        return False
    name = found["name"]
    if _KNOWN.search(name) is not None:
        return False  # a known miner's name decides elsewhere (`entities`)
    upper = name.upper()
    return not (upper.startswith(entity.strip().upper()) or upper.startswith(own))


# "Bitdeer's self-mining fleet in Ethiopia mined", "its operations outside China mined": the
# state is where the entity's own sites are, not the clause's subject.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|outside|across|within|throughout|inside|beyond|at|from|near|into)\s+"
    r"(?:[Tt]he\s+)?$"
)


def _state_subject(pattern: re.Pattern[str], text: str, window: int, position: int) -> bool:
    """Is a state the subject of the verb at `position` (not a place after a preposition)?"""
    for found in pattern.finditer(text, window, position):
        if _PLACE_BEFORE.search(text, max(0, found.start() - 20), found.start()) is None:
            return True
    return False


def _names_entity(found: re.Match[str], entity: str) -> bool:
    """Does the appositive's name (or one of its words on) name `entity` ("Riot Platforms",
    "Inc. Cango")?"""
    upper = found["name"].upper()
    return any(
        re.search(rf"\b{re.escape(name.upper())}\b", upper) for name in names_of(entity) if name
    )
