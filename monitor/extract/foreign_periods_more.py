"""The periods Turkish, Polish, Dutch, Thai, Hindi, Ukrainian and Greek copy names.

Each builder makes one pattern from a lexicon's month and quarter words, with the group names
`foreign_periods` reads (`d` a day, `end` a month's end, `mo` a month, `y`/`yq…` a year, `q…`
a quarter, `yo` a year alone):

    "Ağustos 2024", "üçüncü çeyrekte", "2024'ün ikinci çeyreğinde", "3. çeyrek"  (Turkish)
    "w sierpniu 2024 r.", "w trzecim kwartale", "III kwartał"                  (Polish)
    "eind juni", "in het derde kwartaal van 2024", "3e kwartaal"                (Dutch)
    "เดือนสิงหาคม", "ส.ค. 67", "ไตรมาสที่ 3/2567", "ไตรมาส 3 ปี 2024"                (Thai)
    "अगस्त 2024 में", "तीसरी तिमाही", "2024 की दूसरी तिमाही"                          (Hindi)
    "30 Σεπτεμβρίου 2024", "τον Αύγουστο", "στο τρίτο τρίμηνο του 2024"          (Greek)

Ukrainian dates are built as Russian ones are ("у серпні", "у третьому кварталі 2024 року").
Thai copy may print the Buddhist Era's year ("2567", "67" after an abbreviated month): it is
read as no year, so the month or quarter is the latest one not after publication (README
Periods), which a news story's own month or quarter always is. Thai and Hindi run letters and
vowel signs together that Python's `\\b` splits, so those patterns bound words by script.
"""

from __future__ import annotations

import re

from .foreign_words import Lexicon

_Q_CODE = r"(?<![A-Za-z])Q(?P<q3>[1-4])(?!\d)(?:\s*(?P<yq3>20\d{2}))?"


def _alternatives(words: dict[str, int]) -> str:
    """A regex alternation of `words`, longest first (so "sierpnia" wins over "sierp")."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def turkish(lexicon: Lexicon) -> re.Pattern[str]:
    """ "31 Ağustos 2024", "Eylül sonunda", "üçüncü çeyrekte", "2024'ün ilk çeyreği"."""
    months = _alternatives(lexicon.months)
    ordinals = _alternatives(lexicon.quarters)
    return re.compile(
        rf"\b(?:(?P<d>[1-3]?\d)\s+)?(?P<mo>{months})\b(?:\s+(?P<y>20\d{{2}}))?"
        r"(?:\s+(?:ayı\s+)?(?P<end>sonu\w*))?"
        rf"|\b(?:(?P<yq>20\d{{2}})(?:['’](?:ün|un|in|ın)|\s+yılının)\s+)?(?P<q>{ordinals})"
        r"\s+çeyre\w*"
        rf"|\b(?P<q2>[1-4])\.\s*çeyre\w*(?:\s+(?P<yq2>20\d{{2}}))?|{_Q_CODE}"
        r"|\b(?P<yo>20\d{2})\b",
        re.I,
    )


def polish(lexicon: Lexicon) -> re.Pattern[str]:
    """ "31 sierpnia 2024 r.", "w sierpniu", "w trzecim kwartale 2024", "III kwartał"."""
    months = _alternatives(lexicon.months)
    ordinals = _alternatives(
        {word: n for word, n in lexicon.quarters.items() if not set(word) <= set("iv")}
    )
    return re.compile(
        rf"\b(?:(?P<d>[1-3]?\d)\s+|(?P<end>koniec|końcem|końca)\s+)?(?P<mo>{months})\b"
        r"(?:\s+(?P<y>20\d{2}))?"
        rf"|\b(?P<q>{ordinals})\w*\s+kwarta\w*(?:\s+(?P<yq>20\d{{2}}))?"
        r"|\b(?P<q2>IV|I{1,3})\s+kwarta\w*(?:\s+(?P<yq2>20\d{2}))?"
        rf"|{_Q_CODE}|\b(?P<yo>20\d{{2}})\b",
        re.I,
    )


def dutch(lexicon: Lexicon) -> re.Pattern[str]:
    """ "31 augustus 2024", "eind juni", "het derde kwartaal van 2024", "3e kwartaal", "eind
    2025" (the year's last day)."""
    months = _alternatives(lexicon.months)
    ordinals = _alternatives(lexicon.quarters)
    return re.compile(
        rf"\b(?:(?P<d>[1-3]?\d)\s+|(?P<end>eind|einde)\s+(?:van\s+)?|(?P<start>begin)\s+)?"
        rf"(?P<mo>{months})\b(?:\s+(?P<y>20\d{{2}}))?"
        rf"|\b(?P<q>{ordinals})\s+kwarta\w*(?:\s+(?:van\s+)?(?P<yq>20\d{{2}}))?"
        r"|\b(?P<q2>[1-4])(?:e|de|ste)\s+kwarta\w*(?:\s+(?:van\s+)?(?P<yq2>20\d{2}))?"
        # (a year's end: "eind 2025", "ultimo 2025", "aan het einde van 2025")
        rf"|{_Q_CODE}|\b(?:(?P<yend>eind|einde|ultimo)\s+(?:van\s+)?)?(?P<yo>20\d{{2}})\b",
        re.I,
    )


# a Thai year after a month or quarter: the common era's is read, the Buddhist Era's skipped
_THAI_YEAR = r"(?:\s*(?:/|พ\.ศ\.|ค\.ศ\.|ปี|ของปี)?\s*(?:(?P<{}>20\d{{2}})|25\d{{2}}|\d{{2}}(?!\d)))?"


def thai(lexicon: Lexicon) -> re.Pattern[str]:
    """ "สิ้นเดือนกันยายน 2567", "30 มิ.ย. 2024", "ไตรมาสที่ 3/2567", "ไตรมาสสาม", "Q3 2024"."""
    months = _alternatives(lexicon.months)
    ordinals = _alternatives(lexicon.quarters)
    return re.compile(
        r"(?:(?<!\d)(?P<d>[1-3]?\d)\s*|(?P<end>สิ้นเดือน|ปลายเดือน)\s*)?(?:เดือน\s*)?"
        rf"(?P<mo>{months}){_THAI_YEAR.format('y')}"
        rf"|ไตรมาส\s*(?:ที่\s*)?(?P<q>[1-4](?!\d)|{ordinals}){_THAI_YEAR.format('yq')}"
        rf"|{_Q_CODE}|(?<!\d)(?P<yo>20\d{{2}})(?!\d)",
    )


_NOT_DEVANAGARI_BEFORE = r"(?<![\u0900-\u097f])"
_NOT_DEVANAGARI_AFTER = r"(?![\u0900-\u097f])"


def hindi(lexicon: Lexicon) -> re.Pattern[str]:
    """ "31 अगस्त 2024", "अगस्त में", "तीसरी तिमाही", "2024 की दूसरी तिमाही", "Q3 2024"."""
    months = _alternatives(lexicon.months)
    ordinals = _alternatives(lexicon.quarters)
    return re.compile(
        rf"(?:(?<!\d)(?P<d>[1-3]?\d)\s+)?{_NOT_DEVANAGARI_BEFORE}(?P<mo>{months})"
        rf"{_NOT_DEVANAGARI_AFTER}(?:,?\s+(?P<y>20\d{{2}}))?"
        rf"|(?:(?P<yq>20\d{{2}})\s+की\s+)?{_NOT_DEVANAGARI_BEFORE}(?P<q>{ordinals})\s+तिमाही"
        rf"|{_Q_CODE}|(?<!\d)(?P<yo>20\d{{2}})(?!\d)",
    )


def greek(lexicon: Lexicon) -> re.Pattern[str]:
    """ "30 Σεπτεμβρίου 2024", "τον Αύγουστο", "στο τρίτο τρίμηνο του 2024", "Q3 2024"."""
    months = _alternatives(lexicon.months)
    ordinals = _alternatives(lexicon.quarters)
    return re.compile(
        rf"\b(?:(?P<d>[1-3]?\d)\s+|(?P<end>τέλος|τέλη)\s+)?(?P<mo>{months})\b"
        r"(?:\s+(?:του\s+)?(?P<y>20\d{2}))?"
        rf"|\b(?P<q>{ordinals})\w*\s+τρίμην\w*(?:\s+(?:του\s+)?(?P<yq>20\d{{2}}))?"
        rf"|{_Q_CODE}|\b(?P<yo>20\d{{2}})\b",
        re.I,
    )
