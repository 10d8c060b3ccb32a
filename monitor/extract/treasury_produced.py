"""Bitcoin produced, in prose: "produced 411 BTC", "112 Bitcoin mined", "production grew to 1,957".

A production figure is the company's own for the period: not a balance held, a forecast, a
per-day average, or coins mined for clients or by colocated machines.
"""

from __future__ import annotations

import datetime as dt
import re

from . import guards
from .folded import Folded
from .gates import any_of
from .numbers import APPROX, BTC_ADJECTIVE, BTC_QTY, BTC_UNIT, FOOTNOTE, LEADING_NUMBER, NUMBER
from .participle_clause import is_planned_clause
from .sentence_screen import SentenceScreen
from .skipping import skipping
from .treasury_bare import BARE_PRODUCTION
from .treasury_changed_pair import CHANGED_PAIR
from .treasury_other_coins import OTHER_COINS_PRODUCED
from .treasury_output import OUTPUT_LEVEL
from .treasury_phrases import DASH_GATE, DASH_QTY, LEADING, MOVED_TO, QUOTE_OPENS, Gated, dashed

_I = re.IGNORECASE
# A prepositional modifier of the coins: "at the hashrate of approximately 2.4 EH/s", "across its
# Texas fleet" (no other coin or money figure inside, no clause break).
_MODIFIER = (
    r",?\s+(?:at|with|using|across)\s+(?:(?!btc|bitcoin)[^.;$€])(?:[^.;$€]|\.(?=\d)){0,50}?,?"
)
UNITLESS_PRODUCTION = skipping(
    re.compile(
        r"(?:bitcoin|btc)\W{0,8}(?:\w+\W{1,3}){0,3}?(?:production|output|mined|produced|earned)\b"
        r"[^.;]{0,40}?\d"
        r"|(?:mined|produced) (?:bitcoins?|btc) to \d"  # "its mined bitcoin to 137"
    )
)
_TOTAL_VERBS = ("brings", "bringing", "brought", "takes", "taking", "took")
PRODUCED: Gated = [
    # "produced 411 BTC", "by mining 834 bitcoin", "Earned 974 self-mined bitcoin"
    (
        any_of(
            "produc",
            "mined",
            "earned",
            "mining",
            "generated",
            "generating",
            " out ",
            "mint",
            "mines",
            "earns",
            "pulled in",
            "dug ",
            "harvest",
            "extracted",
            "unearthed",
            "raked in",
            "hauled in",
            "reaped",
            "created",
            "minded",
        ),
        re.compile(
            # "churning out 687 BTC", "cranked out", "minted": a rewrite's verbs for production
            # (a headline's present tense: "DMG Blockchain mines 212 bitcoins in Q3 2022");
            # "pulled in", "dug up", "harvested", "extracted", "raked in": news copy's verbs;
            # "created 1,106 BTC in June" (a rewrite's word for mined), "the corporate minded 147
            # Bitcoins" (a spinner's misspelling of mined, beside "manufacturing" for production)
            rf"\b(?:produced|produces|producing|mined|mines|self-mined|earned|earns|mining|"
            rf"created|minded|"
            # ("production rose, generating 1,426 Bitcoins during this quarter": a participle)
            rf"generated|generating|minted|mints|minting|"
            rf"(?:churn|crank|pump)(?:ed|ing|s)?\s+out|(?:pulled|raked|hauled)\s+in|"
            rf"dug\s+(?:up|out)|harvested|extracted|unearthed|reaped)\s+"
            # a quotation may open between the verb and its figure: produced “a total of 265
            rf"{QUOTE_OPENS}{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # "In March, Marathon mined nearly 40% of its quarterly load, with 825 BTC", "produced a
    # third of its quarterly output, or 825 BTC": a share of a larger total, then the coins
    (
        any_of("% of", " third of", " half of", " quarter of"),
        re.compile(
            r"\b(?:produced|mined|earned|generated)\s+(?:nearly\s+|almost\s+|about\s+|roughly\s+|"
            r"approximately\s+|around\s+|over\s+|more\s+than\s+|just\s+over\s+|close\s+to\s+)?"
            r"(?:\d{1,3}(?:\.\d+)?\s?%|(?:a|one|two)\s+(?:thirds?|half|quarter))\s+of\s+"
            r"(?:its|the|their|our)\s+(?:[\w-]+\s+){0,3}?(?:load|output|production|total|haul|tally)"
            # ("… of its quarterly total in June, or 150 BTC": the share's period between)
            r"(?:\s+(?:in|during|for)\s+[\w -]{2,20}?)?"
            rf",?\s+(?:with|or|at|i\.e\.,?|totaling|totalling|amounting\s+to)\s+{BTC_QTY}",
            _I,
        ),
    ),
    # "mined 5.7 BTC daily, 162 Bitcoin in February", "produced 4.2 BTC per day, or 130 BTC for
    # the month": a daily rate, then the period's total after the comma (the total needs its
    # period: "mined 5.7 BTC daily, 40% more" is no second figure)
    (
        any_of(" daily,", " per day,", " a day,", " each day,"),
        re.compile(
            r"\b(?:produced|mined|earned|generated|minted)\s+(?:an?\s+average\s+of\s+)?"
            rf"(?P<rate_first>{APPROX}{NUMBER}\s*{BTC_UNIT}\s+(?:daily|per\s+day|a\s+day|each\s+day)),\s+"
            rf"(?:or\s+|and\s+|for\s+a\s+total\s+of\s+|totall?ing\s+)?{BTC_QTY}"
            r"(?=(?:\s+or\s+(?:bitcoins?|BTC)\s+equivalents?)?\s+(?:in|during|for|over)\s)",
            _I,
        ),
    ),
    # "112 Bitcoin mined in October", "1,930.8 BTC was mined over the third quarter"
    (
        re.compile(
            # ("1,221 coins were mined": a rewrite's "coins" for bitcoin, as BTC_UNIT reads it)
            r"(?:btcs?|bitcoins?|coins|\)) "
            r"(?:(?:was|were|has been|have been|having been) )?(?:self-)?"
            r"(?:mined|produced|earned|generated|minted)|(?:was|were|been) "
            r"(?:generated|minted|mined|produced)"
        ),
        re.compile(
            # "A total of 286 Bitcoin (BTC) and 5,031 Ethereum (ETH) were generated": another
            # coin's figure may be coordinated with the bitcoin before the passive verb.
            # ("405 new BTC were mined", "108 newly mined Bitcoins (BTC) were produced": the
            # coins' adjective, as after an active verb)
            rf"(?P<qty>{LEADING_NUMBER}){FOOTNOTE}\s*{BTC_ADJECTIVE}{BTC_UNIT}(?:\s+and\s+[\d,.]+\s+[\w-]+"
            r"(?:\s*\(\w+\))?)?"
            # "866 bitcoin, at a hashrate of about 2.4 EH/s, were produced": a short modifier
            # between the coins and a passive verb (its auxiliary is required then)
            rf"(?:{_MODIFIER}(?=\s+(?:was|were|have\s+been|has\s+been)\s))?"
            r"\s+(?:(?:were|was|have\s+been|"
            r"has\s+been|having\s+been)\s+)?(?:self-)?(?:mined|produced|earned|"
            # "generated"/"minted" after the coins is production with an auxiliary, or bare
            # when a period or the sentence's end follows ("210 Bitcoin generated in
            # November"); not with an object ("the 210 BTC generated $20 million") nor a source
            # in a holding's parts ("holdings include 44 Bitcoin generated from mining")
            r"(?:(?<=been\s)|(?<=was\s)|(?<=were\s))(?:generated|minted)|"
            r"(?:generated|minted)(?=\s+(?:in|during|over|for|this|last|throughout|between)\s|"
            r"\s*[.;,]|\s*$))\b"
            # (not a flattened table's row label after the last row's figures: "… 12 14 BTC
            # Mined 450 430", numbers after the verb)
            r"(?!\s+(?:per|a|each)\s+day)(?!\s*[:|]?\s*\d)",
            _I,
        ),
    ),
    # "allowed us to produce 1,104 Bitcoin this quarter", "enabled Riot to mine 450 BTC": a
    # past enabling verb states the production (not a plan).
    (
        any_of("allow", "enabl", "helped", "permitted"),
        re.compile(
            # ("production rose 7.3%, allowing the firm to mine 411 BTC": the participle of a
            # past change, as the past tense; not "will allow", the guards' modal)
            r"\b(?:allowed|allowing|enabled|enabling|helped|permitted)\s+"
            r"(?:(?:us|it|them|the\s+company|the\s+firm|"
            # "helped it earn 982 Bitcoins": "help" also takes a bare infinitive
            r"(?-i:[A-Z][\w.&-]+))\s+)?(?:to\s+|(?<=helped\s)(?:us|it|them)\s+)"
            r"(?:produce|mine|self-mine|generate|earn)\s+"
            rf"{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # "managed to produce 1,583 Bitcoin", "was able to mine 450 BTC", "succeeded in mining
    # 450 BTC": a past achievement states the production (not "hopes to mine").
    (
        any_of("managed to", "able to", "succeeded in"),
        re.compile(
            r"\b(?:managed\s+to|(?:was|were)\s+able\s+to|succeeded\s+in)\s+"
            r"(?:produc(?:e|ing)|min(?:e|ing)|self-min(?:e|ing)|generat(?:e|ing)|earn(?:ing)?)\s+"
            rf"{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # "Bitcoin production was slightly lower, mining 1,144 compared to 1,223": the unit is in
    # the subject the participle's clause describes.
    (
        any_of("production", "output"),
        re.compile(
            r"\b(?:bitcoin|BTC)\s+(?:production|output)\b[^.;$]{0,60}?,\s+(?:mining|producing)\s+"
            rf"{APPROX}(?P<qty>{NUMBER})(?:{FOOTNOTE}\s*{BTC_UNIT})?"
            r"(?=\s+(?:compared|versus|vs\.?|against|in|during|for|over)\b|\s*[,.;]|\s*$)",
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
        UNITLESS_PRODUCTION,
        re.compile(
            # (not the unit of a figure before it: "with 165 BTC mined in Q3 and a recent
            # purchase of 10,500 machines" has no subject "BTC mined")
            r"(?<!\d\s)\b(?:bitcoin|BTC)\W{0,8}(?:\w+\W{1,3}){0,3}?"
            r"(?:production|output|mined|produced|earned)\b"
            # "Total Bitcoin mined (self-mining only) of approximately 1,299", "bitcoins earned
            # from bitcoin mining business was 739.51", "mining production of 124 in December"
            r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:during|in|for|from)\s+[^.;,$]{2,30}?)?\s+(?:was|were|"
            rf"totaled|totalled|reached|of|came\s+in\s+at|{MOVED_TO})\s+{LEADING}{APPROX}"
            rf"(?P<qty>{NUMBER})(?!\s*(?:%|EH|PH|TH|MW|per|/|million|billion|[.,]\d))"
            # a unit, when printed, belongs to the match (a coordinated figure may follow it)
            rf"(?:{FOOTNOTE}\s*{BTC_UNIT})?",
            _I,
        ),
    ),
    # "April 2025 production (450 BTC)": the figure in brackets after the noun
    (
        any_of("production (", "output ("),
        re.compile(rf"\b(?:production|output)\s*\(\s*{BTC_QTY}\s*\)", _I),
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
        re.compile(DASH_GATE),
        re.compile(dashed(r"mined|produced|production|output|earned") + DASH_QTY, _I),
    ),
    # The company's own part of a stated total: "…, with 143 from self mining and 917 from
    # client cloud mining", "of which 300 BTC came from its own fleet"
    (
        any_of("self-mining", "self mining", "selfmining", "proprietary mining", "from its own"),
        re.compile(
            rf"\b(?:of\s+which|with|including)\s+{APPROX}(?P<qty>{NUMBER})(?:\s*{BTC_UNIT})?\s+"
            r"(?:(?:came|coming|were|was)\s+)?(?:from|through|via)\s+(?:its\s+|the\s+company['’]s\s+)?"
            r"(?P<self_part>self[- ]?mining|proprietary\s+mining|own\s+(?:fleet|mining|account|"
            r"miners|machines))\b",
            _I,
        ),
    ),
    # "Self-mining contributed 43 BTC", "its fleet yielded 450 BTC": a verb that is production
    # only when mining is its subject (checked in `is_own_production`).
    (
        any_of("contributed", "yielded", "yielding", "contributing"),
        re.compile(
            rf"\b(?P<mining_verb>contribut(?:ed|ing)|yield(?:ed|ing))\s+{LEADING}{BTC_QTY}", _I
        ),
    ),
    # "added 450 BTC from mining", "added 450 self-mined bitcoin to its treasury", "brought in
    # 700 BTC through mining"
    (
        # (gated on what the pattern requires after the figure: mining, or self-mined coins)
        any_of(
            "mining",
            "self-mined",
            "self-mining",
            "newly mined",
            "newly-mined",
            "it mined",
            "we mined",
            "it self-mined",
        ),
        re.compile(
            r"\b(?:add(?:ed|ing|s)|brought\s+in|bringing\s+in|accumulated|secured|collected)\s+"
            rf"{LEADING}{APPROX}(?P<qty>{NUMBER}){FOOTNOTE}\s*"
            rf"(?:(?:self-min(?:ed|ing)|newly[- ]mined)\s+{BTC_UNIT}|{BTC_UNIT}\s+"
            r"(?:(?:from|through|via|by)\s+(?:its\s+|our\s+|the\s+)?(?:self-)?mining|"
            r"(?:it|we)\s+(?:self-)?mined))",
            _I,
        ),
    ),
    # "450 BTC of production in April", "posted 450 bitcoin in production for April"
    (
        re.compile(r"(?:btcs?|bitcoins?) (?:of|in) (?:\w+ )?(?:production|output)"),
        re.compile(
            rf"(?P<qty>{LEADING_NUMBER}){FOOTNOTE}\s*{BTC_UNIT}\s+(?:of|in)\s+"
            r"(?:(?:bitcoin|BTC|monthly|quarterly|total|self-mining|mining|new|(?-i:[A-Z][a-z]+))\s+)?"
            r"(?:production|output)\b",
            _I,
        ),
    ),
    # "The 450 BTC Riot mined in April", "500 of the 600 BTC it produced": a relative clause.
    (
        re.compile(
            r"(?:btcs?|bitcoins?) (?:that |which )?[\w ]{2,20}? (?:self-)?(?:mined|produced)"
        ),
        re.compile(
            rf"(?P<qty>{LEADING_NUMBER}){FOOTNOTE}\s*{BTC_UNIT}\s+(?:that\s+|which\s+)?"
            r"(?:it|we|they|the\s+(?:company|firm|miner)|(?-i:[A-Z][\w.&-]+(?:\s+[A-Z][\w.&-]+)?))"
            r"\s+(?:has\s+|had\s+|have\s+)?(?:self-)?(?:mined|produced)\b",
            _I,
        ),
    ),
    # "added 3,568 BTC, all of its mined coins in 2022, to its reserves": the apposition says
    # the coins are the production.
    (
        any_of("all of its mined", "all of its produced", "all of its self-mined"),
        re.compile(
            rf"{BTC_QTY}\s*,\s+all\s+of\s+(?:its|the|their|our)\s+(?:self-)?(?:mined|produced)\s+"
            r"(?:coins|bitcoins?|BTC)\b",
            _I,
        ),
    ),
    # "brought its April output to 450 BTC", "pushing monthly production to 450 BTC" (not a
    # running total, "bringing its total 2023 production to 6,626": `treasury_totals` reads it
    # for the period it names, when the month closes that period)
    (
        # ("helped lift July production by 44% to 650.5 BTC": a bare verb after "helped", the
        # change's size before its level)
        any_of("production to", "output to", "production by", "output by"),
        re.compile(
            r"\b(?:bringing|brought|brings|taking|took|pushing|pushed|lifting|lifted|ramped(?:\s+up)?|"
            r"boosted|increased|raised|grew|expanded|cut|reduced|lowered|"
            r"(?<=\bhelp\s)(?:lift|boost|push|raise|increase|bring)|"
            r"(?<=\bhelped\s)(?:lift|boost|push|raise|increase|bring))\s+"
            r"(?:(?:its|the|their|our|the\s+company's)\s+)?(?:(?!total\b|cumulative\b)[\w-]+\s+){0,2}?"
            r"(?:production|output)(?:\s+by\s+\d+(?:\.\d+)?\s?%)?"
            rf"\s+to\s+{BTC_QTY}",
            _I,
        ),
    ),
    # A whole quarter's or year's total: "for a first quarter total of 2,825 self-mined
    # bitcoin", "This brings their first quarter's total to 1,871 BTC".
    (
        any_of("total of", "total to", "total was", "total came"),
        re.compile(
            # (a named year must be over by publication: "its 2024 total to 700 BTC" in a June
            # update is year-to-date, `is_closed_total`)
            r"\b(?:(?:first|second|third|fourth)\s+quarter(?:'s|’s)?|Q[1-4](?:\s+\d{4})?(?:'s|’s)?|"
            r"quarterly|full[- ]year|annual|(?P<closed>(?:fiscal\s+)?(?:19|20)\d{2})(?:'s|’s)?)\s+"
            r"(?:(?:bitcoin|BTC|production|output|mining)\s+){0,2}total\s+"
            rf"(?:of|to|was|came\s+(?:in\s+at|to))\s+{BTC_QTY}",
            _I,
        ),
    ),
    # A whole year's or quarter's count told as a running total brought to its end: "This brings
    # the total amount of BTC mined in 2021 to 2,045 BTC" (in the December update). A period
    # not yet over is a year-to-date figure, which `_is_closed_total` leaves out.
    (
        any_of(*(f"{verb} {det} total" for verb in _TOTAL_VERBS for det in ("the", "its"))),
        re.compile(
            r"\b(?:brings|bringing|brought|takes|taking|took)\s+(?:the|its|their|our)\s+total\s+"
            r"(?:(?:amount|number)\s+of\s+)?(?:(?:self-mined\s+)?(?:bitcoins?|BTC)\s+)?"
            r"(?:mined|produced|generated|earned)\s+(?:in|for|during)\s+(?P<closed>(?:fiscal\s+)?"
            r"(?:19|20)\d{2}|Q[1-4]\s+(?:19|20)\d{2}|the\s+(?:first|second|third|fourth)\s+quarter"
            rf"(?:\s+of\s+(?:19|20)\d{{2}})?)\s+to\s+{BTC_QTY}",
            _I,
        ),
    ),
    # "reported its Bitcoin mining output for February 2025, totaling 470 Bitcoin": the total
    # in an apposition after the production noun and its period
    (
        any_of("totaling", "totalling", "amounting to", "coming in at"),
        re.compile(
            r"\b(?:production|output)\b[^.;,$]{0,40},\s+(?:totaling|totalling|amounting\s+to|"
            rf"coming\s+in\s+at)\s+{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # "a 2% month-over-month decline in Bitcoin production to 437 BTC", "an increase in its
    # output to 450 BTC": a change of the production, then its level
    (
        any_of("production to", "output to"),
        re.compile(
            r"\b(?:decline|decrease|drop|fall|increase|rise|jump|growth|gain|dip|reduction)\s+in\s+"
            r"(?:(?:its|the|their|our)\s+)?(?:(?:monthly|quarterly|bitcoin|BTC|self-mining)\s+){0,2}"
            rf"(?:production|output)\s+to\s+{BTC_QTY}",
            _I,
        ),
    ),
    (
        any_of("production of", "output of", "mining of"),
        re.compile(rf"\b(?:production|output|mining)\s+of\s+{LEADING}{BTC_QTY}", _I),
    ),
    (
        any_of("produc", "mined", "output", "haul"),
        re.compile(
            r"\b(?:production|produced|mined|output|haul)\b(?=[^.;,]{0,60}?\d)"
            rf"[^.;,]{{0,40}}?\b(?:was|were|totaled|totalled|totaling|totalling|stood\s+at|"
            rf"came\s+to|hit|reached|reaching|amounted\s+to|came\s+in\s+at|{MOVED_TO}|(?:has\s+been\s+|was\s+)?(?:revised|restated|"
            rf"adjusted)\s+to)\s+{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # a change told with its level ("output fell 7% year on year to 8,799 BTC"), a figure
    # printed without its unit right before its period ("produced 569 in December 2025")
    *OUTPUT_LEVEL,
    *BARE_PRODUCTION,
    *OTHER_COINS_PRODUCED,
    # "revenue and Bitcoin mined increased …, respectively, to $6.9 Million and 246 BTC"
    *CHANGED_PAIR,
]

# "per day", and "per day1" with a footnote digit glued on.
# (a bracketed value may come between: "around 14 BTC ($282,000) per day")
# A rate of another span is no period's figure either: "approximately 40 Bitcoins mined per
# month at full capacity", "450 BTC a month" (not "a month earlier").
_PER_DAY = Folded(
    r"^(?:\s*\([^()]{1,30}\))?\s*(?:(?:per|a|/|each)\s*day(?![a-z])|(?:per|/|each)\s*"
    r"(?:week|month|year)(?![a-z])|a\s+(?:week|month|year)\b(?!\s+(?:ago|earlier|before|later|"
    r"after|prior)\b))|^(?:\s*\([^()]{1,30}\))?\s*daily\b|"
    # one day's coins are no period's total: "produced 34 bitcoins on the first day of
    # December", "mined 40 BTC in a single day"
    r"^(?:\s*\([^()]{1,30}\))?\s*(?:on|in|during|over)\s+(?:the\s+|a\s+|one\s+)?"
    r"(?:very\s+)?(?:first|second|last|final|opening|single|one)\s+day\b"
)
# After "N bitcoin": clients' coins ("from colocated miners") or a balance ("on balance
# sheet"), not the company's production; nor bitcoin "equivalents" (power sales or credits
# counted in bitcoin: "an additional 8 BTC equivalent from power sales" is no coin mined), nor
# coins a profit-sharing deal or power sales brought.
NOT_OWN_PRODUCTION = Folded(
    r"\s*\(?equivalents?\b(?!\s+(?:to|of)\b)|"
    # "6 bitcoin earned from profit sharing associated with a hosting agreement", "12 BTC from
    # power sales": coins a deal or the grid paid, not coins mined
    r"(?:\s+(?:earned|received|realized|realised|generated|obtained))?\s+(?:from|through|via|under)\s+"
    r"(?:(?:its|our|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:profit[- ]sharing|power\s+sales|"
    r"energy\s+(?:sales|credits)|demand[- ]response|curtailment\s+credits)\b|"
    r"(?:\s+(?:were|was)\s+(?:produced|mined|earned))?"
    r"\s+(?:(?:from|for|by)\s+(?:its\s+|our\s+|the\s+)?(?:\w+\s+)?(?:colocat\w*|hosted|hosting|"
    r"clients?|customers?)|on\s+(?:its\s+|the\s+|our\s+)?balance\s+sheet|held\b|"
    r"in\s+(?:its\s+|the\s+|our\s+)?(?:reserves?|treasury|custody)\b|"
    # "463 BTC mined in April and 12 BTC from existing reserves": coins taken from holdings
    r"(?:taken\s+|drawn\s+)?from\s+(?:its\s+|the\s+|our\s+)?(?:existing\s+|prior\s+|previous\s+|"
    r"accumulated\s+|current\s+)?(?:reserves?|holdings|treasury|balance\s+sheet|inventory|stack)\b|"
    # "500 BTC mined by miners on its pool", "by members of its pool": the pool members' coins
    r"(?:(?:(?:were|was)\s+)?(?:produced|mined)\s+)?by\s+(?:[\w-]+\s+){0,3}?"
    r"(?:on|in|of|using)\s+(?:its|the|their|our)\s+(?:[\w-]+\s+)?pool\b|"
    # "we earned an additional 4.25 BTC from Slipstream alone", "from its transaction
    # service": a part one source or service brought, not the month's coins mined
    r"from\s+[\w-]+\s+alone\b|from\s+(?:its|our|the)\s+(?:[\w-]+\s+){1,2}?service\b|"
    # "generating 12 BTC in interest income", "earned 12 BTC in lending yield": coins lent out
    # or staked brought them, not mining
    r"(?:in|as|from)\s+(?:[\w-]+\s+){0,2}?(?:interest|lending|staking|yield)\b)"
)
_HELD_BEFORE = Folded(rf"\b(?:held|holds|holding|owned|owns)\s+(?:a\s+total\s+of\s+)?{APPROX}$")
_EXPECTED = Folded(
    r"\b(?:expected|estimated|projected|forecast|budgeted)\s+(?:\w+\s+)?(?:production|output)\b"
)

_CLIENTS = Folded(r"\b(?:clients|customers)\b")
# A part of a figure already given: "This includes 0.9 Bitcoin acquired … and 18.6679 Bitcoin
# earned through mining", "…, which includes 18 BTC mined at its Abu Dhabi site".
_PART_OF = Folded(
    r"\b(?:this|these|that|which)\s+(?:total\s+|figure\s+|amount\s+|balance\s+)?"
    r"(?:includes?|included|including|comprises?|comprised)\b(?:[^.;]|\.(?=\d))*$|"
    # "Of this total, approximately 71 Bitcoin were mined at its Michigan data center": a
    # share of the figure just given
    r"^\W*(?:of\s+(?:this|that|the|these)\s+(?:total|amount|figure|production|output)|"
    r"of\s+(?:these|those|them|which))\b[^.;]{0,40}$"
)
# The miner is someone else: "its joint venture in Abu Dhabi mined 50 bitcoins", "the network
# produced 13,000 BTC" (a minority venture's or the whole network's coins).
_OTHER_MINER = Folded(
    r"\b(?:joint\s+venture|JV|the\s+(?:bitcoin\s+)?network|pool)\s+(?:(?!and\b)[\w-]+\s+){0,3}?$"
)
# "Marathon's joint venture in Abu Dhabi began mining operations and produced 17 BTC": a verb
# joined by "and" to the sentence's first shares its subject, the venture the sentence opens
# with (not "Marathon completed its joint venture … and produced": the company is the subject).
_VENTURE_OPENING = Folded(
    r"^\W*(?:(?:the|its|our|their)\s+|[\w.&-]+(?:\s+[\w.&-]+){0,2}['’]s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:joint\s+venture|jv)\b[^.;]{0,100}?\band\s+$"
)

# "mining 230 Bitcoin, constituting approximately 53.0% of the monthly total", "… (over half of
# the total mined for that month)": one site's or one fleet's share of the company's figure.
_SHARE_OF_TOTAL = Folded(
    r"[\s,(]*(?:[^.;()]{0,30}?[,(]\s*)?(?:(?:constituting|representing|accounting\s+for|making\s+up|"
    r"comprising|or|which\s+(?:is|was|represents|represented))\s+)?"
    rf"{APPROX}"  # (any hedge: "constituting ~53.0% of the monthly total")
    r"(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|half|a\s+third|a\s+quarter|two[- ]thirds|"
    r"three[- ]quarters)\s+of\s+(?:the|its|their|our|the\s+company['’]s)\s+"
    # (the company's own total: not the network's, nor a target's)
    r"(?:(?!network|industry|global|world|hash|block)[\w-]+\s+){0,2}?(?:total|production|output)\b"
    r"(?!\s+(?:target|guidance|goal|forecast|plan|budget|capacity))"
)
# "produced approximately 409 bitcoin during the quarter, of which 275 bitcoin were produced
# for colocation and 134 for self-mining": a total with the clients' part in it
_CLIENTS_PART_AFTER = Folded(
    r"[^.;]{0,50}?,?\s+of\s+which\s+[^.;]{0,40}?\b(?:for|by|from)\s+(?:its\s+|the\s+)?"
    r"(?:colocat\w*|hosting|hosted|clients?|customers?)\b"
)
_SELF_MINED = Folded(r"\bself-min(?:ed|ing)\s+(?:bitcoins?|btc)\b")
_SALES_OF = Folded(r"\b(?:sales?|sold)\s+of\s+(?:its\s+|the\s+|our\s+)?(?:self-|newly[- ])?$")
_AVERAGE = Folded(r"\b(?:average|avg\.?|daily|per\s+day)\b")


# The subject of "contributed"/"yielded": the company's mining, not an investment or a deal.
_MINING_SUBJECT = Folded(r"\b(?:(?:self-)?mining|miners|fleet|machines|rigs|hash\s*rate|sites?)\b")


_CLOSED_YEAR = re.compile(r"(?:19|20)\d{2}")
_CLOSED_QUARTER = re.compile(r"Q([1-4])\s+((?:19|20)\d{2})")


def is_closed_total(match: re.Match[str], published: dt.date | None) -> bool:
    """A running total "brought to" a named year or quarter counts only once that period is
    over by publication: before, it is a year-to-date figure (not a whole period)."""
    if "closed" not in match.re.groupindex or published is None or match["closed"] is None:
        return True
    named = match["closed"]
    quarter = _CLOSED_QUARTER.search(named)
    if quarter:
        year, last_month = int(quarter[2]), int(quarter[1]) * 3
        return (year, last_month) < (published.year, published.month)
    year_match = _CLOSED_YEAR.search(named)
    return year_match is None or int(year_match.group()) < published.year


# A participle of production: its clause tells whether the coins are done (`participle_clause`).
_PARTICIPLE = re.compile(r"(?:allowing|enabling|generating)\b", _I)

# The patterns `is_own_production` asks of stretches of a figure's sentence, asked of the whole
# sentence first in one RE2 pass (`sentence_screen`): a produced figure's sentence holds one or
# two of them. (`_PER_DAY`, with "^" on the stretch after the figure, is not screened.)
_SCREEN = SentenceScreen(
    [
        _SALES_OF,
        _MINING_SUBJECT,
        _HELD_BEFORE,
        _EXPECTED,
        _AVERAGE,
        NOT_OWN_PRODUCTION,
        _SHARE_OF_TOTAL,
        _CLIENTS_PART_AFTER,
        _SELF_MINED,
        _CLIENTS,
        _OTHER_MINER,
    ]
)


def is_own_production(text: str, match: re.Match[str]) -> bool:
    """A production figure that is the company's own for the period."""
    start, end = match.start(), match.end()
    may = _SCREEN.may_match
    if may(_SALES_OF, text) and _SALES_OF.search(text, max(0, start - 30), start):
        return False  # "sales of self-mined bitcoin totaled 400 BTC": a sale
    if "self_part" in match.re.groupindex:
        return True  # the own part of a total, named as such: the clients' part follows it
    verb = "mining_verb" in match.re.groupindex and match["mining_verb"]
    if verb and not (
        may(_MINING_SUBJECT, text) and _MINING_SUBJECT.search(guards.clause_before(text, start))
    ):
        return False
    qty = match.start("qty")
    if may(_HELD_BEFORE, text) and _HELD_BEFORE.search(text, max(0, qty - 40), qty):
        return False  # "the Company held 9,618 bitcoins produced from operations": a balance
    if _PART_OF.search(text, 0, qty):
        return False
    if may(_EXPECTED, text) and _EXPECTED.search(text, max(0, start - 40), end):
        return False  # "expected production was approximately 660 Bitcoin"
    if _PARTICIPLE.match(match.group(0)) and is_planned_clause(text, start):
        return False  # the participle of a plan's clause, or of a start's
    return _is_own_not_rate_nor_others(text, match)


# One week's coins, named before the figure ("this week’s output of 189.8 BTC", "weekly
# production of 40 BTC") or after it ("189.8 BTC produced this week"): no month, quarter or
# year the labels know (README "Periods"), so no period's production.
_WEEK_BEFORE = Folded(
    r"\b(?:(?:this|last|that|the|past|previous|prior)\s+week['’]s|weekly)\s+(?:[\w-]+\s+)?"
    r"(?:output|production)\s+(?:of\s+|was\s+|totaled\s+|reached\s+)?(?:about\s+|"
    r"approximately\s+|roughly\s+)?$"
)
_WEEK_AFTER = Folded(
    r"\s+(?:(?:btc|bitcoins?)\s+)?(?:(?:produced|mined|generated)\s+)?(?:this|last|that|the\s+"
    r"(?:past|previous|prior))\s+week\b"
)
_WEEK_REACH = 60


def _a_weeks_output(text: str, qty: int, end: int) -> bool:
    window = max(0, qty - _WEEK_REACH)
    return bool(_WEEK_BEFORE.search(text, window, qty) or _WEEK_AFTER.match(text, end))


def _is_own_not_rate_nor_others(text: str, match: re.Match[str]) -> bool:
    """Not a daily rate or an average, not a share or the clients' part, not another miner's
    or a venture's: the company's own production (self-mined coins are, whoever else is named)."""
    start, end = match.start(), match.end()
    qty = match.start("qty")
    may = _SCREEN.may_match
    average = may(_AVERAGE, text)
    if _PER_DAY.match(text[end:]) or (
        average and _AVERAGE.search(guards.clause_before(text, start))
    ):
        return False
    if "week" in text and _a_weeks_output(text, qty, end):
        return False  # "this week's output of 189.8 BTC": a week is no period of the report
    if "rate_first" not in match.re.groupindex and average and _AVERAGE.search(text, start, qty):
        return False  # "629 Bitcoin, averaging a daily output of roughly 20.95 BTC"
    # (a rate told first, then the period's total: the rate is passed over, not the total)
    if may(NOT_OWN_PRODUCTION, text) and NOT_OWN_PRODUCTION.match(text, end):
        return False
    if may(_SHARE_OF_TOTAL, text) and _SHARE_OF_TOTAL.match(text, end):
        return False
    if may(_CLIENTS_PART_AFTER, text) and _CLIENTS_PART_AFTER.match(text, end):
        return False  # "409 bitcoin, of which 275 were produced for colocation": not all its own
    # "customers earned 309 bitcoin … for a first quarter total of 2,825 self-mined bitcoin":
    # coins called self-mined are the company's own, whoever else the clause names.
    if may(_SELF_MINED, text) and _SELF_MINED.search(match.group(0)):
        return True
    return not (
        (may(_CLIENTS, text) and _CLIENTS.search(guards.clause_before(text, start)))
        or (may(_OTHER_MINER, text) and _OTHER_MINER.search(guards.clause_before(text, start)))
        or (
            ("venture" in text or "JV" in text)
            and _VENTURE_OPENING.search(text, 0, start) is not None
        )
    )
