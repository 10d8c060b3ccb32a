"""Is a document's prose clearly not English? The extractor reads English only.

`reading_language(text)` names the language of a page the extractor cannot read ("ja",
"es", ...) and says None for English or whenever it is unsure: a false "not English" would
warn about a page that was read, so every threshold leans towards English.

Two signals, no dependency (a general detector guesses among dozens of languages; this asks
one narrow question, and must stay quiet on tables, tickers and numbers):

* script: a page whose letters are mostly Japanese, Korean, Chinese, Cyrillic, Arabic, ...
  is in that language. A CJK character carries a word's worth of meaning, so a Japanese page
  quoting an English tweet is still Japanese, and an English release with one Japanese
  address line is still English.
* function words: Latin-script prose is told apart by its commonest small words ("de", "la",
  "que", "und", ...), counted against English ones ("the", "of", "and", ...). Words that are
  also English ("a", "in", "on", "per", "die") are left out of the foreign lists.
* Turkish letters: dotless "ı" and "ğ" are written by no other language here, and make some
  3-5 % of a Turkish page's letters, so they name a short Turkish story whose function words
  are too few to count ("borçlarının sadece 12 ay içinde ... fırlayarak").
"""

from __future__ import annotations

import re
from collections import Counter

# Fewer letters than this is too little text to say anything about.
_MIN_LETTERS = 40
# A foreign script must be this share of the letters: a CJK character counts as three
# letters (about one short English word), so this is roughly "most of the words".
_SCRIPT_SHARE = 0.5
_CJK_WEIGHT = 3
# Latin-script prose: this many foreign function words, and this many times the English ones.
_MIN_FUNCTION_WORDS = 8
_FUNCTION_RATIO = 3.0

# (first, last code point, language); kana and Hangul before the shared CJK ideographs.
_SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x3040, 0x30FF, "ja"),  # hiragana, katakana
    (0x31F0, 0x31FF, "ja"),  # katakana extensions
    (0xFF66, 0xFF9D, "ja"),  # half-width katakana
    (0x1100, 0x11FF, "ko"),  # Hangul jamo
    (0x3130, 0x318F, "ko"),  # Hangul compatibility jamo
    (0xAC00, 0xD7AF, "ko"),  # Hangul syllables
    (0x3400, 0x4DBF, "zh"),  # CJK extension A
    (0x4E00, 0x9FFF, "zh"),  # CJK unified ideographs (also Japanese kanji)
    (0x0400, 0x052F, "ru"),  # Cyrillic
    (0x0370, 0x03FF, "el"),  # Greek
    (0x0590, 0x05FF, "he"),  # Hebrew
    (0x0600, 0x06FF, "ar"),  # Arabic
    (0x0900, 0x097F, "hi"),  # Devanagari
    (0x0980, 0x09FF, "bn"),  # Bengali
    (0x0E00, 0x0E7F, "th"),  # Thai
)
_CJK = frozenset({"ja", "ko", "zh"})
# Devanagari, Bengali and Thai vowel signs are marks, not letters, yet a third of those scripts'
# writing: counted as letters, a short Hindi, Bengali or Thai story is as much its script as
# it reads.
_SIGN = re.compile("[\u0900-\u09ff\u0e00-\u0e7f]")


def _words(line: str) -> frozenset[str]:
    return frozenset(line.split())


ENGLISH_WORDS = _words(
    "the of and to is are was were that this with for from by has have had its it be been "
    "which will would their our we they not but at or as an"
)
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "es": _words(
        "de el los las del y que en por con para una es su sus se al lo como más pero "
        "ha este esta fue según también sobre"
    ),
    "pt": _words(
        "de os da dos das e que em na nos nas por com para uma um é seu sua "
        "foi ao também mais pelo pela sobre"
    ),
    "it": _words(
        "il di la le che e è della del delle dei degli gli nel nella con una un sono "
        "ha alla al anche più questo questa suo sua"
    ),
    "fr": _words(
        "de le la les des du et est une un que pour dans par sur au aux ce cette qui "
        "sont avec ses été à selon aussi ont leur"
    ),
    "de": _words(
        "der das und ist von zu den dem mit sich des auf für nicht ein eine einer "
        "wird sind auch im bei"
    ),
    "nl": _words("de het een en van dat op te zijn voor met niet aan ook bij werd naar heeft deze"),
    # Tagalog shares "na" and "para" with Portuguese and Spanish; its own particles outnumber them.
    "tl": _words("ang ng mga sa ay nito ito si ni kay nang rin din ayon mula kanyang kanilang"),
    "id": _words(
        "yang dan di dari untuk dengan ini itu pada adalah akan tidak oleh dalam juga telah "
        "sebesar menurut ke bahwa"
    ),
    "cs": _words(
        "se na je že které který která jako ale pro po jsou byl byla bylo také podle při ze v ve"
    ),
    "fi": _words("ja ei että oli ovat myös kuin mutta tai sen joka jotka tämä mukaan kun noin"),
    "vi": _words("và của là có các được cho trong với này những một đã không từ theo về để khi"),
    # Turkish "de"/"da" are left out: Spanish and Portuguese use them as often.
    "tr": _words("ve bir bu için ile olarak olan daha çok gibi ise ancak kadar sonra göre ayrıca"),
    # Polish: "na", "po" and "ze" are Czech too, "do" and "to" English, and are left out.
    "pl": _words("się że jest nie oraz przez który która które także według w z i od za dla jak"),
    # Norwegian (Danish and Swedish share most of these: all are judged "no", a language the
    # extractor does not read); "i", "en", "for" and "den" are left out (English, French, German).
    "no": _words(
        "og er som på med av til ikke det har var vil kan etter også ble blir seg sine mot"
    ),
    # Hungarian: "a", "is" and "be" are English too and are left out.
    "hu": _words(
        "az és hogy egy nem van volt már meg pedig szerint mint vagy csak által után amely"
    ),
}
# Letters only, split at apostrophes too, so Italian "l’intero" gives "l" and "intero".
_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NOT_ASCII_LETTERS = bytes(code for code in range(128) if not chr(code).isalpha())


def reading_language(text: str, min_function_words: int = _MIN_FUNCTION_WORDS) -> str | None:
    """The language `text` is clearly written in when it is not English, else None.
    `min_function_words`: fewer is too little Latin-script prose to judge (a reader of the
    language may ask for less than the warning does: a short story still outnumbers English
    function words three to one)."""
    by_script = _script_language(text)
    if by_script is not None:
        return by_script
    return _latin_language(text, min_function_words)


def _script_language(text: str) -> str | None:
    """The language of a foreign script that carries most of the letters, if one does."""
    ascii_text = text.encode("ascii", "ignore")
    latin = len(ascii_text) - len(ascii_text.translate(None, _NOT_ASCII_LETTERS))
    weights: Counter[str] = Counter()
    # Only the few non-ASCII characters go through Python: a long English filing stays fast.
    for char in _NON_ASCII.findall(text):
        if not char.isalpha() and not _SIGN.match(char):
            continue
        language = _script_of(ord(char))
        if language is None:
            latin += 1  # accented Latin letters
        else:
            weights[language] += _CJK_WEIGHT if language in _CJK else 1
    foreign = sum(weights.values())
    if foreign + latin < _MIN_LETTERS or foreign < _SCRIPT_SHARE * (foreign + latin):
        return None
    if weights["ja"] and weights["ja"] * 10 >= weights["zh"]:
        return "ja"  # kanji with kana is Japanese; Chinese has no kana at all
    language = weights.most_common(1)[0][0]
    return "uk" if language == "ru" and _ukrainian(text, weights["ru"]) else language


# Letters Ukrainian writes and Russian never does ("і", "ї", "є", "ґ").
_UKRAINIAN_LETTER = re.compile("[іїєґІЇЄҐ]")
# Of the Cyrillic letters, the share of those in Ukrainian prose ("і" alone is ~5 %); a
# Russian page quoting a Ukrainian name or two stays Russian.
_UKRAINIAN_SHARE = 0.02


def _ukrainian(text: str, cyrillic: int) -> bool:
    """Do letters only Ukrainian uses ("і", "ї", "є", "ґ") make a share of the Cyrillic ones?"""
    return len(_UKRAINIAN_LETTER.findall(text)) >= _UKRAINIAN_SHARE * cyrillic


def _script_of(code: int) -> str | None:
    for first, last, language in _SCRIPTS:
        if first <= code <= last:
            return language
    return None


# Turkish's own letters: one in a hundred letters is Turkish prose (a page quoting a Turkish name
# or two has a handful among thousands); at least this many, so a short line is no page.
_TURKISH_SHARE = 0.01
_MIN_TURKISH_LETTERS = 8


def _turkish(text: str, found: list[str]) -> bool:
    """Do dotless "ı" and "ğ", which only Turkish writes, make a share of the letters?"""
    turkish = text.count("ı") + text.count("ğ")  # (str.count: a long English page stays fast)
    if turkish < _MIN_TURKISH_LETTERS:
        return False
    return turkish >= _TURKISH_SHARE * sum(map(len, found))


def _latin_language(text: str, min_function_words: int) -> str | None:
    """A Latin-script language whose function words clearly outnumber English ones; Turkish
    also by its own letters."""
    found = _WORD.findall(text)
    if _turkish(text, found):
        return "tr"
    words = Counter(word.lower() for word in found)
    english = sum(words[word] for word in ENGLISH_WORDS)
    counts = {
        language: sum(words[word] for word in vocabulary)
        for language, vocabulary in FUNCTION_WORDS.items()
    }
    language, foreign = max(counts.items(), key=lambda item: item[1])
    if foreign < min_function_words or foreign < _FUNCTION_RATIO * english:
        return None
    return language
