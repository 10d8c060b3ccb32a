"""Bitcoin treasury figures in prose: sold, produced, held (then proceeds and intentions).

Each figure is a verb or noun phrase bound tightly to a BTC quantity ("sold 4,451 Bitcoin",
"4,451 BTC were sold", "holdings reached 2,193.7"), so sales of shares, purchases, hashrate
and prices never match. Guards then drop hypotheticals ("expects to have sold"), industry
aggregates, cumulative/YTD totals, per-day averages and peers' figures. Sale proceeds
(`proceeds`) and selling intentions (`intent`) are read from the same sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from . import guards, intent, proceeds
from .context import DocContext, resolve_period
from .entities import MINER_NAME, is_peer_figure, ticker_named, ticker_of
from .evidence import observation
from .folded import Folded, lowered
from .gates import any_of
from .model import (
    BTC_HELD,
    BTC_PRODUCED,
    BTC_SOLD,
    Extracted,
)
from .numbers import (
    APPROX,
    BTC_ADJECTIVE,
    BTC_QTY,
    BTC_UNIT,
    FOOTNOTE,
    IN_SENTENCE,
    LEADING_NUMBER,
    NUMBER,
    may_hold_money,
    parse_decimal,
    starts_number,
)
from .sentences import Segment

_I = re.IGNORECASE
# Words between a verb and its quantity: "sold another 887", "mined a company-record 825",
# "mined total of 212", "held only 171", "climbed to a milestone of 1,511".
_LEADING = (
    r"(?:(?:a\s+)?(?:net\s+)?total\s+of\s+|an?\s+(?:additional|further)\s+|another\s+|all\s+|"
    r"only\s+|just\s+|a\s+mere\s+|an\s+all[- ]time\s+high\s+of\s+|"
    r"an?\s+(?:new\s+)?(?:\w+[- ])?(?:record|milestone)(?:[- ](?:high|breaking))?\s+(?:of\s+)?)?"
)
# "fell 8% to", "increased to": the level after a change.
_MOVED_TO = (
    r"(?:increased|rose|grew|climbed|expanded|surged|jumped|decreased|fell|declined|dropped|"
    r"plummeted|plunged|slipped|slid|sank|tumbled|soared|shrank|(?:was|were)\s+reduced|"
    r"increasing|growing|rising|decreasing|falling|moving)"
    r"(?:\s+(?:significantly|sharply|slightly|modestly|substantially|further))?"
    r"(?:\s+(?:by\s+)?\d+(?:\.\d+)?%)?(?:\s+in\s+(?:Q[1-4]|[A-Z][a-z]+|\d{4})(?:\s+\d{4})?)?"
    r"(?:\s+(?:year[- ]over[- ]year|month[- ]over[- ]month|"
    r"quarter[- ]over[- ]quarter|[MYQ]/[MYQ]|[MQY]o[MQY]))?"
    # "grew modestly from approximately 1,034 BTC in Q1 2025 to": the level is after "to".
    r"(?:\s+from\s+[^.;$]{1,50}?)?\s+to"
)

# "sold", and the verbs releases use for the same act.
_SOLD_VERB = (
    r"(?:sold|selling|monetized|monetised|liquidated|disposed\s+of|offloaded|unloaded|dumped|"
    r"parted\s+(?:ways\s+)?with|cashed\s+out)"
)
# Each figure pattern comes with a gate: lowercase words the sentence must hold for the
# pattern to be worth trying.
_SOLD_WORDS = any_of(
    "sold",
    "selling",
    "monetis",
    "monetiz",
    "liquidat",
    "dispos",
    "offloaded",
    "unloaded",
    "dumped",
    "parted",
    "cashed out",
)
_SOLD: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (_SOLD_WORDS, re.compile(rf"\b{_SOLD_VERB}\s+{_LEADING}{BTC_QTY}", _I)),
    (
        any_of(" of its ", " of the company"),
        re.compile(
            rf"\b{_SOLD_VERB}\s+{APPROX}(?P<qty>{NUMBER})\s+of\s+(?:its|the\s+Company's)\s+"
            rf"{BTC_UNIT}",
            _I,
        ),
    ),
    (
        any_of(" sold"),
        re.compile(
            rf"(?P<qty>{LEADING_NUMBER}){FOOTNOTE}\s*{BTC_UNIT}\s+(?:(?:were|was|have\s+been|"
            r"had\s+been)\s+)?sold\b",
            _I,
        ),
    ),
    (any_of("sale of", "sales of"), re.compile(rf"\bsales?\s+of\s+{BTC_QTY}", _I)),
    # "BTC sales totaled 475 in May", "Bitcoin sales were 475 BTC": the unit is in the subject
    (
        any_of("bitcoin sales", "btc sales"),
        re.compile(
            r"\b(?:bitcoin|BTC)\s+sales\s+(?:(?:in|during|for)\s+[^.;,$]{2,20}?\s+)?(?:totaled|"
            rf"totalled|were|was|reached|amounted\s+to)\s+{_LEADING}{APPROX}(?P<qty>{NUMBER})"
            rf"(?!\s*(?:%|million|billion|[.,]\d))(?:{FOOTNOTE}\s*{BTC_UNIT})?",
            _I,
        ),
    ),
    # "chose to liquidate 1,818 bitcoin in December": a past choice, not a plan
    (
        any_of("chose to", "opted to", "elected to", "managed to", "able to"),
        re.compile(
            rf"\b(?:chose|opted|elected|managed|(?:was|were)\s+able)\s+to\s+(?:sell|liquidate|"
            r"monetize|monetise)\s+"
            rf"{_LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # "produced 1,221 bitcoins in July while selling 1,975 to pay for…": the unit is shared
    # with the production figure just before.
    (
        any_of("while selling", "while it sold", "and sold", "but sold", "and selling"),
        re.compile(
            rf"{BTC_UNIT}[^.;]{{0,40}}?\b(?:while|and|but)\s+(?:it\s+)?(?:selling|sold)\s+"
            rf"{_LEADING}{APPROX}(?P<qty>{NUMBER})(?=\s+(?:to|in|during|for|at|over)\b|\s*[,.;]|$)",
            _I,
        ),
    ),
    # "sold approximately 6% of its bitcoin treasury during November, or roughly 3,200 BTC"
    (
        any_of("%"),
        re.compile(
            rf"\b{_SOLD_VERB}\s+{APPROX}\d+(?:\.\d+)?%\s+of\s+[^,;.]{{0,60}},\s+or\s+{BTC_QTY}",
            _I,
        ),
    ),
]
# Run over the lowercased sentence (`Folded`): these are tried on many sentences.
_SOLD_NONE = [
    # "did not sell any bitcoin", "did not sell bitcoin", "did not sell any of the 450 bitcoin"
    Folded(r"\b(?:did\s+not|didn't|has\s+not|had\s+not|have\s+not)\s+sell\s+(?:any\s+)?"
               r"(?:of\s+(?:its|the)\s+)?(?:\d[\d,.]*\s+)?(?:self-mined\s+|newly[- ]mined\s+)?"
               r"(?:bitcoin|BTC)"),
    Folded(r"\bselling\s+(?:no|zero)\s+(?:bitcoins?|BTC)\b"),
    Folded(r"\bno\s+(?:bitcoins?|BTC)\s+(?:was|were|has\s+been|have\s+been)\s+sold\b"),
    Folded(r"\bno\s+(?:bitcoin|BTC)\s+sales\b"),
    Folded(r"\bsold\s+(?:zero|no|0)\s+(?:bitcoins?|BTC)\b"),
    # "all of the 450 BTC produced in April were held", "kept all 450 bitcoin it produced"
    Folded(r"\ball\s+(?:of\s+)?(?:the\s+|its\s+|our\s+)?(?:\d[\d,.]*\s+)?(?:bitcoins?|BTC)\s+"
               r"(?:it\s+|we\s+)?(?:produced|mined)(?:\s+(?:in|during|for)\s+[^,;.]{3,30}?)?\s+"
               r"(?:was|were)\s+(?:held|retained|kept)\b"),
    Folded(r"\b(?:held|retained|kept)\s+all\s+(?:of\s+(?:its|the)\s+)?(?:\d[\d,.]*\s+)?"
               r"(?:bitcoins?|BTC)\s+(?:it\s+|we\s+)?(?:produced|mined)\b"),
    Folded(r"\ball\s+(?:of\s+(?:its|the)\s+)?(?:bitcoins?\s+|BTC\s+)?(?:production|produced|"
               r"mined)\s+(?:\w+\s+)?(?:was|were)\s+(?:hodl(?:'?d|ed)?|held|retained|kept)\b"),
    Folded(r"\b(?:that|this|the)\s+(?:bitcoin|BTC|production)\s+(?:was|were)\s+"
               r"(?:retained|held|kept|hodl(?:'?d|ed)?)\b"),
    Folded(r"\b(?:opting|opted|chose|choosing|decided)\s+(?:against|not\s+to)\s+sell(?:ing)?"
               r"\s+any\b"),
    # "… but sold none", "sold none of its bitcoin" (not "sold none of its shares")
    Folded(r"\bsold\s+none\b(?!\s+of\s+(?!(?:its|the|their|our)\s+(?:\w+\s+){0,2}?"
               r"(?:bitcoins?|BTC|production|holdings|coins)\b))"),
    # "retained 100% of its production", "holding all mined bitcoin", "HODL'd all of it"
    Folded(r"\b(?:retain(?:ed|ing)|h[oO]dl(?:'?d|ed|ing)?|kept|keeping|held|holding)\s+"
               r"(?:on\s*to\s+)?(?:100\s?%|all)\s+of\s+(?:its\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
               r"(?:production|output)\b"),
    Folded(r"\b(?:holding|hodling|retaining|keeping)\s+all\s+(?:of\s+(?:its|the|our)\s+)?"
               r"(?:self-|newly[- ])?(?:mined|produced)\s+(?:bitcoins?|BTC)\b"),
    # "100% of self-mined Bitcoin was deposited into custody"
    Folded(r"\b(?:100\s?%|all)\s+of\s+(?:its\s+|the\s+|our\s+)?"
               r"(?:self-mined\s+|newly[- ]mined\s+|mined\s+)?(?:bitcoins?|BTC|production)"
               r"(?:\s+(?:for|in|during)\s+[^,;.]{3,30}?)?\s+(?:was|were)\s+(?:deposited\s+into\s+custody|held|retained|kept|"
               r"hodl(?:'?d|ed)?)\b"),
]  # fmt: skip
_UNITLESS_PRODUCTION = re.compile(
    r"(?:bitcoin|btc)\W{0,8}(?:\w+\W{1,3}){0,3}?(?:production|output|mined|produced|earned)\b"
    r"[^.;]{0,40}?\d"
    r"|(?:mined|produced) (?:bitcoins?|btc) to \d"  # "its mined bitcoin to 137"
)
_PRODUCED: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    # "produced 411 BTC", "by mining 834 bitcoin", "Earned 974 self-mined bitcoin"
    (
        any_of("produc", "mined", "earned", "mining", "generated"),
        re.compile(
            rf"\b(?:produced|produces|producing|mined|self-mined|earned|mining|generated)\s+"
            rf"{_LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # "112 Bitcoin mined in October", "1,930.8 BTC was mined over the third quarter"
    (
        re.compile(
            r"(?:btcs?|bitcoins?) (?:(?:was|were|has been|have been|having been) )?(?:self-)?"
            r"(?:mined|produced|earned)"
        ),
        re.compile(
            rf"(?P<qty>{LEADING_NUMBER}){FOOTNOTE}\s*{BTC_UNIT}\s+(?:(?:were|was|have\s+been|"
            r"has\s+been|having\s+been)\s+)?(?:self-)?(?:mined|produced|earned)\b"
            r"(?!\s+(?:per|a|each)\s+day)",
            _I,
        ),
    ),
    # "Revenue of $7.2 million on 274.70 mined bitcoin"
    (
        any_of("mined bitcoin", "mined btc"),
        re.compile(
            rf"(?P<qty>{LEADING_NUMBER}){FOOTNOTE}\s+(?:self-)?mined\s+(?:bitcoins?|BTC)\b"
            r"(?!\s+(?:per|a|each)\s+day)",
            _I,
        ),
    ),
    # "an increase of 13% in its mined bitcoin to 137"
    (
        any_of("mined bitcoin", "produced bitcoin", "mined btc", "produced btc"),
        re.compile(
            rf"\b(?:mined|produced)\s+(?:bitcoins?|BTC)\s+to\s+{APPROX}(?P<qty>{NUMBER})"
            r"(?!\s*(?:%|EH|PH|TH|MW|per|/|million|billion|[.,]\d))",
            _I,
        ),
    ),
    # "Bitcoin production grew to 1,957", "Bitcoin ("BTC") mined during H1 2024 was 507": the
    # unit is in the subject.
    (
        _UNITLESS_PRODUCTION,
        re.compile(
            r"\b(?:bitcoin|BTC)\W{0,8}(?:\w+\W{1,3}){0,3}?(?:production|output|mined|produced|earned)\b"
            # "Total Bitcoin mined (self-mining only) of approximately 1,299", "bitcoins earned
            # from bitcoin mining business was 739.51", "mining production of 124 in December"
            r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:during|in|for|from)\s+[^.;,$]{2,30}?)?\s+(?:was|were|"
            rf"totaled|totalled|reached|of|came\s+in\s+at|{_MOVED_TO})\s+{_LEADING}{APPROX}"
            rf"(?P<qty>{NUMBER})(?!\s*(?:%|EH|PH|TH|MW|per|/|million|billion|[.,]\d))"
            # a unit, when printed, belongs to the match (a coordinated figure may follow it)
            rf"(?:{FOOTNOTE}\s*{BTC_UNIT})?",
            _I,
        ),
    ),
    # "a decrease in Bitcoin earned (974 Bitcoin vs. 3,042 a year ago)", not "1,514 Bitcoin mined
    # (1,347 Bitcoin in Q2 FY25)" (the bracket holds the prior period)
    (
        any_of("earned (", "mined (", "produced (", "production ("),
        re.compile(
            rf"\b(?:bitcoin|BTC)\s+(?:production|earned|mined|produced)\s*\(\s*{BTC_QTY}"
            r"(?=\s+(?:vs\.?|versus|compared)\s)",
            _I,
        ),
    ),
    (
        any_of("production of", "output of", "mining of"),
        re.compile(rf"\b(?:production|output|mining)\s+of\s+{_LEADING}{BTC_QTY}", _I),
    ),
    (
        any_of("produc", "mined", "output"),
        re.compile(
            r"\b(?:production|produced|mined|output)\b(?=[^.;,]{0,60}?\d)"
            rf"[^.;,]{{0,40}}?\b(?:was|were|totaled|totalled|"
            rf"reached|reaching|amounted\s+to|came\s+in\s+at|{_MOVED_TO}|(?:has\s+been\s+|was\s+)?(?:revised|restated|"
            rf"adjusted)\s+to)\s+{_LEADING}{BTC_QTY}",
            _I,
        ),
    ),
]
_HELD_CONNECTOR = (
    rf"(?:of|to|at|was|were|is|are|reached|stood\s+at|stands\s+at|sits\s+at|totaled|totalled|"
    rf"totals|amounts\s+to|amounted\s+to|included|"
    rf"comprised|{_MOVED_TO})"
)
# Between a holdings noun and its connector: any text of the clause, with the dot of an
# abbreviated month ("as of Aug. 31, 2022 was 362"); never a decimal (another figure).
_HELD_MID = r"(?:[^.;$]|(?<=\b[A-Z][a-z]{2})\.(?=\s\d)|(?<=\bSept)\.(?=\s\d))"
# After "N BTC": the coins are in the company's reserve ("9,106 Bitcoin held in reserve",
# "6,769 self-mined Bitcoin in reserve"); "held by clients" is not the company's.
_IN_RESERVE = (
    r"(?:held(?:\s+in\s+(?:its\s+|the\s+|our\s+)?(?:reserves?|treasury|custody))?"
    r"(?!\s+(?:by|for|on\s+behalf))|in\s+(?:its\s+|the\s+|our\s+)?(?:reserves?|treasury|custody))\b"
)
_HELD: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (
        any_of("held", "hold", "own", "possession", "a total of"),
        re.compile(
            # "As of July 31, 2022, Argo had a total of 1,295 BTC"
            rf"\b(?:held|holds|holding|hold|owned|owns|retains\s+possession\s+of|"
            rf"(?:had|has)(?=\s+a\s+total\s+of))\s+{_LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    (
        any_of(
            "holding",
            "reserve",
            "treasury",
            "hodl",
            "portfolio",
            "bitcoin balance",
            "btc balance",
            "bitcoin stack",
            "btc stack",
            "bitcoin stash",
            "btc stash",
        ),
        re.compile(
            r"\b(?P<noun>(?-i:[Hh]oldings?|[Rr]eserves?|[Tt]reasury|HODL|[Hh]odl|[Pp]ortfolio|"
            r"(?<=[Bb]itcoin )(?:stack|stash)|(?<=BTC )(?:stack|stash)|"
            r"(?<=[Bb]itcoin )balance|(?<=BTC )balance))"
            # a figure must follow within the clause: most mentions of holdings have none
            r"(?=[^;$]{0,80}?\d)"
            rf"\b(?P<mid>{_HELD_MID}{{0,50}}?)\b"
            rf"{_HELD_CONNECTOR}\s+{_LEADING}"
            rf"{APPROX}(?P<qty>{NUMBER}){FOOTNOTE}(?P<unit>\s*{BTC_UNIT})?",
            _I,
        ),
    ),
    # "ended the quarter with 1,000 BTC", "exited the quarter with approximately $124.9 million
    # in unrestricted cash and cash equivalents and 11,466 bitcoin", "ended June 2024 with
    # $4.0 million of cash and 11 Bitcoin", "… cash and digital assets, including 60.7 bitcoin"
    (
        re.compile(r"\b(?:end(?:ed|ing|s)|exit(?:ed|ing|s)|finished) [^.;]{0,60}?\bwith "),
        re.compile(
            r"\b(?:end(?:ed|ing|s)|exit(?:ed|ing|s)|finished)\s+(?:the\s+)?(?:[\w-]+\s+){1,5}?"
            rf"with\s+(?:{IN_SENTENCE}{{0,120}}?\b(?:and|including|plus)\s+)?{BTC_QTY}",
            _I,
        ),
    ),
    # "$10.9 million in cash and digital currency (453.06 bitcoin)"
    (
        any_of("cash and"),
        re.compile(
            r"\bcash\s+and\s+(?:digital\s+(?:currency|currencies|assets?)|cryptocurrenc\w+|"
            rf"crypto\s+assets?)\s*(?:\(|,\s*including\s+){BTC_QTY}",
            _I,
        ),
    ),
    # "9,106 Bitcoin held in reserve", "6,769 self-mined Bitcoin in reserve"
    (
        any_of(
            "btc held", "bitcoin held", "bitcoins held", "btc in ", "bitcoin in ", "bitcoins in "
        ),
        re.compile(
            rf"(?P<qty>{LEADING_NUMBER}){FOOTNOTE}\s*{BTC_ADJECTIVE}{BTC_UNIT}\s+{_IN_RESERVE}", _I
        ),
    ),
    # "At 9,113 BTC, Hut 8 continues to have one of the largest self-mined Bitcoin reserves"
    (
        re.compile(
            r"(?:^|\n)\s*(?:at|with) [~\d].*(?:reserve|holdings|treasury|balance sheet|hodl)"
        ),
        re.compile(rf"(?m)^\s*(?:At|With)\s+{BTC_QTY}\s*,", _I),
    ),
    # "Riot holds a substantial Bitcoin treasury, with 19,287 BTC"
    (
        any_of(
            "treasury with",
            "treasury, with",
            "holdings with",
            "holdings, with",
            "reserve with",
            "reserve, with",
            "reserves with",
            "reserves, with",
        ),
        re.compile(rf"\b(?:treasury|holdings|reserves?)\s*,?\s+with\s+{BTC_QTY}", _I),
    ),
    (any_of("leave"), re.compile(rf"\bleaves?\s+(?:\w+\s+){{1,3}}?with\s+{BTC_QTY}", _I)),
    # "Riot's 19,223 BTC holdings"
    (
        re.compile(r"(?:btc|bitcoins?|₿|\(btc\)) (?:holdings|treasury)"),
        re.compile(
            rf"(?P<qty>{LEADING_NUMBER}){FOOTNOTE}\s*{BTC_UNIT}\s+(?:holdings|treasury)\b", _I
        ),
    ),
    # "total holdings 17,429 BTC", "Bitcoin holdings ~6,400 BTC as of Oct 31, 2025"
    (
        any_of("total holdings", "bitcoin holdings", "btc holdings"),
        re.compile(rf"\b(?:total|bitcoin|BTC)\s+(?:bitcoin\s+|BTC\s+)?holdings\s+{BTC_QTY}", _I),
    ),
    # "it had 9,952 in total Bitcoin holdings"
    (
        any_of(" in total bitcoin holdings", " in total btc holdings", " in bitcoin holdings"),
        re.compile(
            rf"\b(?:had|has|have|with)\s+{APPROX}(?P<qty>{NUMBER})\s+in\s+(?:total\s+)?"
            r"(?:bitcoin|BTC)\s+holdings\b",
            _I,
        ),
    ),
    # "Treasury holdings of BTC and ETH were 992.4 and 20,241.7": the first figure is bitcoin's
    (
        any_of("of btc and", "of bitcoin and"),
        re.compile(
            r"\b(?:holdings?|treasury|reserves?)\s+(?:\w+\s+){0,3}?of\s+(?:BTC|bitcoin)\s+and\s+"
            r"[\w.]+\s+(?:were|was|have\s+been|has\s+been|are|is|stood\s+at|of|totaled|totalled)\s+"
            rf"{APPROX}(?P<qty>{NUMBER})\s+and\s+{NUMBER}",
            _I,
        ),
    ),
    # "9,102 self-mined Bitcoin on balance sheet"
    (
        any_of("balance sheet"),
        re.compile(
            rf"(?P<qty>{LEADING_NUMBER}){FOOTNOTE}\s*{BTC_ADJECTIVE}{BTC_UNIT}\s+on\s+"
            r"(?:its\s+|the\s+|our\s+)?balance\s+sheet\b",
            _I,
        ),
    ),
    # "bringing total coins held to 760"
    (
        any_of("held to"),
        re.compile(
            rf"\b(?:coins|bitcoins?|BTC)\s+held\s+to\s+{APPROX}(?P<qty>{NUMBER})"
            r"(?!\s*(?:%|EH|PH|TH|MW|million|billion|[.,]\d))",
            _I,
        ),
    ),
]
# In the words between a holdings noun and its figure: a value, a change ("by 60%" — unless the
# level follows: "increasing its total holdings by 4% to 2,377"), a flow, or a subset
# ("unrestricted holdings").
_NOT_A_LEVEL = Folded(
    r"valu|worth|price|market|\bby\b(?!\s+\d+(?:\.\d+)?\s*%\s*$)|USD|dollar|"
    r"\b(?:sold|mined|produced|purchased|acquired)\b"
)

_YEAR_LIKE = re.compile(r"^(?:19|20)\d{2}$")
_BTC_WORD = Folded(r"\b(?:bitcoins?|BTC|HODL)\b")
# "per day", and "per day1" with a footnote digit glued on.
_PER_DAY = Folded(r"^\s*(?:per|a|/|each)\s*day(?![a-z])|^\s*daily\b")
# After "N bitcoin": clients' coins ("from colocated miners") or a balance ("on balance
# sheet"), not the company's production.
_NOT_OWN_PRODUCTION = Folded(
    r"(?:\s+(?:were|was)\s+(?:produced|mined|earned))?"
    r"\s+(?:(?:from|for|by)\s+(?:its\s+|our\s+|the\s+)?(?:\w+\s+)?(?:colocat\w*|hosted|hosting|"
    r"clients?|customers?)|on\s+(?:its\s+|the\s+|our\s+)?balance\s+sheet|held\b|"
    r"in\s+(?:its\s+|the\s+|our\s+)?(?:reserves?|treasury|custody)\b)"
)
_HELD_BEFORE = Folded(rf"\b(?:held|holds|holding|owned|owns)\s+(?:a\s+total\s+of\s+)?{APPROX}$")
_EXPECTED = Folded(
    r"\b(?:expected|estimated|projected|forecast|budgeted)\s+(?:\w+\s+)?(?:production|output)\b"
)
_THRESHOLD = Folded(
    r"\b(?:(?:just\s+)?over|more\s+than|above|in\s+excess\s+of|upwards\s+of|surpass\w*|exceed\w*|"
    r"beyond|north\s+of)\s*~?\s*$"
)
_UNIT_AFTER = re.compile(rf"{FOOTNOTE}\s*{BTC_ADJECTIVE}{BTC_UNIT}", _I)
_HOLDING_VERB = Folded(r"(?:held|holds|holding|hold|owned|owns|retains)\b")
_FLOW_AFTER = Folded(
    r"\s*(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:sold|mined|produced|purchased|acquired|"
    r"bought|earned|added)\b"
)
_CLIENTS = Folded(r"\b(?:clients|customers)\b")
_EQUIVALENT = Folded(r"\b(?:BTC|bitcoin)\s+equivalent\b(?!s)")
_AVERAGE = Folded(r"\b(?:average|avg\.?|daily|per\s+day)\b")
# "sold 210 BTC in September and 350 BTC in October": the second figure shares the verb.
_PERIOD_WORD = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|q[1-4]\b|(?:19|20)\d\d\b|"
    r"the\s+(?:first|second|third|fourth|last|fiscal|full)\s+(?:quarter|half|year)"
)
# "a Record 825 BTC in March 2023 and a Record 2,195 BTC in Q1 2023", "liquidate 1,818 bitcoin in
# December and 383 in November" (the unit is shared when a period follows the bare number),
# "expanded to 1,483.5 bitcoins by quarter-end and further to 1,511 bitcoins by July-end".
_COORDINATED_REACH = 70  # the "and" of a pair comes within a period phrase of the figure
_COORDINATED = Folded(
    rf"(?:\s+(?:in|during|for|by)\s+[^,;.]{{3,40}}?)?,?\s+and\s+(?:further\s+|then\s+)?(?:to\s+)?"
    rf"{_LEADING}(?:{BTC_QTY}|{APPROX}(?P<bare>{NUMBER})(?=\s+(?:in|during)\s+(?:{_PERIOD_WORD})))"
)

# Cheap substring gates: a pattern family only runs on sentences holding one of its words,
# which keeps a 50 KB document well under the time budget.
_BTC_WORDS = any_of("bitcoin", "btc", "hodl", "₿")
_ZERO_HINTS = re.compile(
    r"not sell|n't sell|no bitcoin|no btc|sold zero|sold no|selling no|selling zero|sold 0|"
    r"all (?:of|the|its|our|\d|bitcoin|btc|mined|self|newly|produc)|retained|kept|hodl|"
    r"was held|were held|selling any|sell any|sold none|100"
)
_QUANTITY_HINT = re.compile(
    r"\d(?:\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰*]+)?\s*"
    r"(?:(?:self-min\w*|newly[- ]mined|mined|produced|gross|net)\s+|"
    r"of\s+(?:its|the\s+company's)\s+)?(?:btc|bitcoin|₿)"
)
_SELL_WORDS = any_of("sell", "sold", "sale", "liquidat", "monetiz")
_FAMILIES: tuple[tuple[str, list[tuple[re.Pattern[str], re.Pattern[str]]]], ...] = (
    (BTC_SOLD, _SOLD),
    (BTC_PRODUCED, _PRODUCED),
    (BTC_HELD, _HELD),
)
# Patterns for rarer wordings (all but the first few of each family) sit behind one gate made
# of all their gates: most sentences skip them with a single scan.
_COMMON = {BTC_SOLD: 3, BTC_PRODUCED: 2, BTC_HELD: 2}


def _rare_gate(
    patterns: list[tuple[re.Pattern[str], re.Pattern[str]]], common: int
) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{gate.pattern})" for gate, _ in patterns[common:]))


_RARE_GATES = {metric: _rare_gate(patterns, _COMMON[metric]) for metric, patterns in _FAMILIES}


def extract(segment: Segment, ctx: DocContext) -> list[Extracted]:
    """Treasury observations stated in one sentence."""
    lower = lowered(segment.text)
    found: list[Extracted] = []
    if _BTC_WORDS.search(lower):
        # Every figure pattern needs "N BTC" — except a unit-less "holdings reached 2,193.7"
        # or "Bitcoin production grew to 1,957".
        quantity = _QUANTITY_HINT.search(lower) is not None
        unitless_production = not quantity and _UNITLESS_PRODUCTION.search(lower) is not None
        for metric, patterns in _FAMILIES:
            if (
                quantity
                or metric == BTC_HELD
                or (metric == BTC_PRODUCED and unitless_production)
                or (metric == BTC_SOLD and " sales " in lower)
            ):
                found.extend(_figures(segment, ctx, patterns, metric, lower))
        if _ZERO_HINTS.search(lower):
            found.extend(_zero_sales(segment, ctx, found))
        if "respectively" in lower and ctx.entity:
            found.extend(_respectively(segment, ctx))
    elif "production" in lower and _ZERO_HINTS.search(lower):
        # "The Company retained 100% of its April production": production is the bitcoin.
        found.extend(_zero_sales(segment, ctx, found))
    sales = [item for item in found if item.metric == BTC_SOLD and item.value]
    if may_hold_money(lower):
        found.extend(proceeds.extract(segment, ctx, sales))
    if _SELL_WORDS.search(lower):
        found.extend(intent.extract(segment, ctx))
    if sales:
        ctx.last_sale = (segment.end, sales[0].period)
    return found


def _figures(
    segment: Segment,
    ctx: DocContext,
    patterns: list[tuple[re.Pattern[str], re.Pattern[str]]],
    metric: str,
    lower: str,
) -> Iterator[Extracted]:
    text = segment.text
    seen: set[int] = set()
    common = _COMMON[metric]
    if _RARE_GATES[metric].search(lower) is None:
        patterns = patterns[:common]
    for gate, pattern in patterns:
        if not gate.search(lower):
            continue
        for match in pattern.finditer(text):
            qty_start = match.start("qty")
            if qty_start in seen or not starts_number(text, qty_start):
                continue
            if not _acceptable(segment, match, metric, ctx):
                continue
            seen.add(qty_start)
            yield from _with_coordinated(segment, ctx, match, metric, seen)


def _with_coordinated(
    segment: Segment, ctx: DocContext, match: re.Match[str], metric: str, seen: set[int]
) -> Iterator[Extracted]:
    text = segment.text
    as_of = metric == BTC_HELD
    quantities = [match]
    nearby = text[match.end() : match.end() + _COORDINATED_REACH]
    follow = _COORDINATED.match(text, match.end()) if " and " in nearby else None
    shared = False
    if follow is not None:
        seen.add(follow.start(_qty(follow)))
        # "13,762 self-mined bitcoin and an estimated 5,512 bitcoin from colocated miners in
        # 2023": the second figure is the clients'; both share the period named after them.
        shared = not any(
            match.end() <= mention.start < follow.start(_qty(follow))
            for mention in ctx.mentions(segment)
        )
        if _follow_acceptable(text, follow, metric):
            quantities.append(follow)
    last = follow if shared and follow is not None else None
    for index, item in enumerate(quantities):
        value = parse_decimal(item[_qty(item)])
        dated = last or item
        period = resolve_period(
            ctx,
            segment,
            dated.start(_qty(dated)),
            dated.end(),
            as_of=as_of,
            limit=None if last else _next_start(quantities, index),
        )
        yield observation(segment, metric, value, "BTC", period)


def _follow_acceptable(text: str, follow: re.Match[str], metric: str) -> bool:
    """ "Produced 702 BTC in April 2023 and 2,896 BTC year-to-date": the second figure of a
    pair passes the same cumulative, prior-period and clients' guards as the first."""
    start, end = follow.start(_qty(follow)), follow.end()
    if guards.is_cumulative(text, start, end) or guards.is_prior_period(text, start, end):
        return False
    return not (metric == BTC_PRODUCED and _NOT_OWN_PRODUCTION.match(text, end))


def _next_start(quantities: list[re.Match[str]], index: int) -> int | None:
    if index + 1 >= len(quantities):
        return None
    return quantities[index + 1].start(_qty(quantities[index + 1]))


def _qty(match: re.Match[str]) -> str:
    """The quantity's group: `qty`, or `bare` for a pair's second figure printed without a unit."""
    return "bare" if "bare" in match.re.groupindex and match.group("bare") else "qty"


def _acceptable(segment: Segment, match: re.Match[str], metric: str, ctx: DocContext) -> bool:
    text = segment.text
    start, end = match.start(), match.end()
    if guards.is_hypothetical(text, start) or guards.is_negated(text, start):
        return False
    if guards.is_aggregate(text, start) or guards.is_cumulative(text, start, end):
        return False
    if guards.is_prior_period(text, match.start("qty"), end):
        return False
    if metric != BTC_HELD and guards.is_earlier_event(text, start):
        return False  # a recalled earlier sale; a recalled balance keeps its own date
    if is_peer_figure(text, match.start("qty"), ctx.entity):
        return False
    if metric != BTC_SOLD and _THRESHOLD.search(
        text, max(0, match.start("qty") - 30), match.start("qty")
    ):
        # "holdings surpassed 12,000 BTC", "over 13,000": a milestone crossed, not the figure
        # (a sale of "more than 2,000 BTC" keeps its lower bound).
        return False
    if _YEAR_LIKE.match(match["qty"]) and not _UNIT_AFTER.match(text, match.end("qty")):
        return False  # "Bitcoin production of 2024 …": a year, not a unit-less quantity
    if guards.under_cumulative_heading(ctx.text, segment.start):
        return False
    if metric == BTC_PRODUCED:
        if _HELD_BEFORE.search(text, max(0, match.start("qty") - 40), match.start("qty")):
            return False  # "the Company held 9,618 bitcoins produced from operations": a balance
        if _EXPECTED.search(text, max(0, start - 40), end):
            return False  # "expected production was approximately 660 Bitcoin"
        return not (
            _PER_DAY.match(text[end:])
            or _AVERAGE.search(guards.clause_before(text, start))
            or _NOT_OWN_PRODUCTION.match(text, end)
            or _CLIENTS.search(guards.clause_before(text, start))
        )
    if metric == BTC_HELD:
        if _EQUIVALENT.search(text, 0, match.start("qty")):
            return False  # "BTC equivalent of our digital asset holdings": not bitcoin held
        if not _HOLDING_VERB.match(match.group(0)) and _FLOW_AFTER.match(text, match.end()):
            return False  # "treasury, with 500 BTC sold in May": a flow, not the balance
        if "noun" in match.re.groupindex:
            return _plausible_holding(match)
    return True


def _plausible_holding(match: re.Match[str]) -> bool:
    """ "bitcoin holdings reached 2,193.7" — a level, in BTC, not a dollar value or a change."""
    if _NOT_A_LEVEL.search(match["mid"]):
        return False
    if match.string[match.end("qty") : match.end("qty") + 1].isalpha():
        return False  # "to over 25K BTC": a rounded figure in thousands, not the count
    if match["unit"]:
        return True
    if _YEAR_LIKE.match(match["qty"]):
        return False  # "… of 2025": a year, not a unit-less holding
    context = match.string[max(0, match.start() - 25) : match.end("mid")]
    return bool(_BTC_WORD.search(context))


# "Bit Digital and Hut 8, which sold 422 and 365 BTC respectively": each miner's own figure.
_RESPECTIVELY = re.compile(
    rf"(?P<first>{MINER_NAME})\s+and\s+(?P<second>{MINER_NAME})[^.;]{{0,40}}?\b"
    rf"(?P<verb>sold|mined|produced|held)\s+{APPROX}(?P<q1>{NUMBER})\s+and\s+{APPROX}"
    rf"(?P<qty>{NUMBER})\s*{BTC_UNIT},?\s+respectively\b"
)
_RESPECTIVE_METRIC = {"sold": BTC_SOLD, "mined": BTC_PRODUCED, "produced": BTC_PRODUCED,
                      "held": BTC_HELD}  # fmt: skip


def _respectively(segment: Segment, ctx: DocContext) -> Iterator[Extracted]:
    text = segment.text
    own = ticker_of(ctx.entity or "")
    for match in _RESPECTIVELY.finditer(text):
        for name, group in (("first", "q1"), ("second", "qty")):
            if ticker_named(match[name]) != own:
                continue
            metric = _RESPECTIVE_METRIC[match["verb"]]
            period = resolve_period(
                ctx, segment, match.start(group), match.end(), as_of=metric == BTC_HELD
            )
            yield observation(segment, metric, parse_decimal(match[group]), "BTC", period)


def _zero_sales(segment: Segment, ctx: DocContext, found: list[Extracted]) -> Iterator[Extracted]:
    """ "did not sell any bitcoin" → a sale of 0. Said of the production in the same sentence
    ("produced 705 BTC last month … but sold none"), it takes that production's period; beside
    a holdings figure ("increased its holdings to 5,810 as of September 30 … holding all mined
    bitcoin"), that balance's month."""
    text = segment.text
    produced = [item.period for item in found if item.metric == BTC_PRODUCED] or [
        (item.period or "")[:7] or None for item in found if item.metric == BTC_HELD
    ]
    for pattern in _SOLD_NONE:
        match = pattern.search(text)
        if match is None or guards.is_hypothetical(text, match.start()):
            continue
        if guards.is_earlier_event(text, match.start()):
            continue
        if is_peer_figure(text, match.start(), ctx.entity):
            continue
        # A period may sit inside the phrase: "retained 100% of its April production".
        period = (
            produced[0]
            if len(set(produced)) == 1
            else resolve_period(ctx, segment, match.start(), match.start())
        )
        yield observation(segment, BTC_SOLD, Decimal(0), "BTC", period)
        return
