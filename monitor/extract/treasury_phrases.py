"""Words that bind a treasury verb or noun to its quantity, shared by every figure family.

"sold another 887", "mined a company-record 825", "climbed to a milestone of 1,511": the words
allowed between a verb and its figure (`LEADING`) and a change before a level (`MOVED_TO`).
Each family is a list of (gate, pattern) pairs: the gate is a cheap search on the lowercased
sentence that must hit before the pattern is worth trying.
"""

from __future__ import annotations

import re

from .numbers import APPROX, BTC_ADJECTIVE, BTC_UNIT, FOOTNOTE, NUMBER

# A figure family: (gate, pattern) pairs, the gate run on the lowercased sentence.
Gated = list[tuple[re.Pattern[str], re.Pattern[str]]]

# Words between a verb and its quantity: "sold another 887", "mined a company-record 825",
# "mined total of 212", "held only 171", "climbed to a milestone of 1,511".
LEADING = (
    r"(?:(?:a\s+)?(?:net\s+)?(?:total|complete)\s+of\s+|an?\s+(?:additional|further)\s+|another\s+|all\s+|"
    r"only\s+|just\s+|a\s+mere\s+|an\s+all[- ]time\s+high\s+of\s+|"
    r"an?\s+(?:new\s+)?(?:\w+[- ])?(?:record|milestone)(?:[- ](?:high|breaking))?\s+(?:of\s+)?|"
    # "to reach record-high 1,057 Bitcoins", "hit all-time high 9,000 BTC": no article
    r"(?:new\s+)?(?:record|all[- ]time)[- ]high\s+(?:of\s+)?|"
    # a rewrite's word of wonder before its figure: "jumped to an astounding 47,531 BTC",
    # "sold a whopping 2,000 BTC" (the figure as stated)
    r"an?\s+(?:astounding|astonishing|whopping|staggering|stunning|impressive|remarkable|"
    r"massive|hefty|sizable|sizeable|solid|healthy|robust)\s+)?"
)
# A quotation opened between a verb and its figure: produced “a total of 265 Bitcoin” (a
# rewrite quoting the release from the figure on).
QUOTE_OPENS = r"(?:[“\"‘]\s*)?"
# "fell 8% to", "increased to": the level after a change.
MOVED_TO = (
    r"(?:increased|rose|grew|climbed|expanded|surged|jumped|decreased|fell|declined|dropped|"
    r"plummeted|plunged|slipped|slid|sank|tumbled|soared|shrank|(?:was|were)\s+reduced|"
    r"increasing|growing|rising|decreasing|falling|moving|"
    # a rewrite's verbs of change: "dipped 5% to", "edged up to", "swelled to"
    r"dipped|dipping|eased|swelled|spiked|rebounded|recovered|improved|advanced|retreated|"
    r"contracted|leapt|leaped|rocketed|skyrocketed|ballooned|(?:edged|ticked|inched|crept)"
    r"(?:\s+(?:up|down|higher|lower))?)"
    r"(?:\s+(?:significantly|sharply|slightly|modestly|substantially|further))?"
    # ("rose by 30% — to more than 4,300 BTC": a dash or comma after the change's size;
    # "fell about 10% to 276", "rose by roughly 8% to": a hedge on the size, not the level)
    r"(?:\s+(?:by\s+)?(?:(?:about|around|roughly|approximately|nearly|almost|some|over|"
    r"more\s+than|just\s+over|close\s+to)\s+)?\d+(?:\.\d+)?%(?:\s*[,—–])?)?"
    r"(?:\s+in\s+(?:Q[1-4]|[A-Z][a-z]+|\d{4})(?:\s+\d{4})?)?"
    # ("increased 14% sequentially to 1,939 BTC": the comparison told by its adverb)
    r"(?:\s+(?:year[- ]over[- ]year|month[- ]over[- ]month|sequentially|"
    r"quarter[- ]over[- ]quarter|[MYQ]/[MYQ]|[MQY]o[MQY]))?"
    # "grew modestly from approximately 1,034 BTC in Q1 2025 to": the level is after "to".
    # (a decimal's dot may sit in the earlier level: "from 311.2 Bitcoin in August to")
    r"(?:\s+from\s+(?:[^.;$]|\.(?=\d)){1,50}?)?\s+to"
)


# "Bitcoin Holdings – 9,000 BTC", "BTC sold — 400 BTC": a label, a dash, the figure (a line of
# a release's summary). Each family names its label words.
def dashed(labels: str) -> str:
    return rf"(?:^|\n)[\W\d]{{0,4}}(?:total\s+)?(?:bitcoin|btc)\s+(?:{labels})\s*[–—-]{{1,2}}\s*"


DASH_GATE = r"(?:bitcoin|btc) \w+ ?[–—-]"
# The figure after a dashed label: the label names the unit ("BTC mined – 450"), so the unit
# after the figure may be left out; then the line must end there (or a bracket or a comma
# follow), so no other quantity ("450 EH/s", "45%", "$4.5 million") is read as coins.
DASH_QTY = (
    rf"{APPROX}(?P<qty>{NUMBER})\+?{FOOTNOTE}"
    rf"(?:\s*{BTC_ADJECTIVE}{BTC_UNIT}|(?=[ \t]*(?:$|\n|\(|,\s|;)))"
)

# "of 2024": a year, where a unit-less figure would be read.
YEAR_LIKE = re.compile(r"^(?:19|20)\d{2}$")


def before_month(text: str, start: int) -> int:
    """Where to look back from for a modal: "reported May production of 120 BTC" opens on the
    month May (capitalised mid-sentence, no modal), so the clause is looked at up to it."""
    return start - 4 if start >= 4 and text[start - 4 : start] == "May " else start
