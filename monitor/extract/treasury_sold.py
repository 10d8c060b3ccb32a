"""Bitcoin sold, in prose: "sold 4,451 Bitcoin", "4,451 BTC were sold", "BTC sales totaled 475".

A sale binds a selling verb ("sold", "monetized", "liquidated", "parted with") or "sales of"
to a BTC quantity; "while selling 1,975" shares the unit of the production just before it.
"""

from __future__ import annotations

import re

from .folded import Folded
from .gates import any_of
from .numbers import APPROX, BTC_QTY, BTC_UNIT, FOOTNOTE, LEADING_NUMBER, NUMBER
from .treasury_phrases import DASH_GATE, DASH_QTY, LEADING, MOVED_TO, QUOTE_OPENS, Gated, dashed

_I = re.IGNORECASE
# "sold", and the verbs releases use for the same act.
_SOLD_VERB = (
    r"(?:sold(?:\s+off)?|selling(?:\s+off)?|monetized|monetised|liquidated|disposed\s+of|"
    r"offload(?:ed|ing)|unloaded|dumped|parted\s+(?:ways\s+)?with|cashed\s+(?:out|in)|"
    # "divested 300 BTC": a filing's word for a disposal
    r"let\s+go\s+of|divested)"
)
# The gerunds of the same verbs ("selling" is in `_SOLD_VERB`): "prepaid its loan by liquidating
# approximately 21.5 bitcoin". Read only as the means of a verb ("by", "through", "after"):
# bare, "liquidating a portion of production" is the practice of decided case 18.
_SELLING_GERUND = (
    r"(?:liquidating|monetizing|monetising|offloading|unloading|dumping|divesting|"
    r"disposing\s+of|parting\s+with|cashing\s+(?:out|in))"
)
_MEANS = ("by", "through", "after", "via", "from")
_GERUND_WORDS = (
    "liquidating", "monetizing", "monetising", "offloading", "unloading", "dumping", "divesting",
    "disposing of", "parting with", "cashing out", "cashing in",
)  # fmt: skip
# The base forms, after a verb of perception: "saw the company offload 1,818 BTC in December",
# "December saw Riot sell 500 BTC" (the month or the story saw it done).
_SELL_BASE = (
    r"(?:(?:sell|dump)(?:\s+off)?|offload|unload|liquidate|monetize|monetise|divest|"
    r"dispose\s+of|part\s+with|cash\s+(?:out|in))"
)
_CROWD = (
    r"(?:miners|companies|firms|peers|rivals|holders|whales|investors|they|industry|sector|"
    r"market)\b"
)
# The share is of coins ("of the Bitcoin it mined", "of its production", "of its treasury"),
# not of a business or a stake ("63% of its hosting business (147 BTC …)").
_SHARE_OF_COINS = (
    r"(?=[^,;.()]{0,60}?\b(?:bitcoins?|BTC|coins|production|output|holdings|treasury|stash|"
    r"reserves?|mined)\b)"
)
# What a share of coins comes to: ", or 3,200 BTC", ", amounting to 147 BTC", " (147 BTC)",
# ", which equals 147 BTC", " — 147 BTC".
_SHARE_COMES_TO = (
    r"(?:,\s+or\s+|,?\s+(?:amounting\s+to|equal\s+to|equivalent\s+to|equating\s+to|totall?ing|"
    r"(?:which|that)\s+(?:amounts?\s+to|amounted\s+to|came\s+to|comes\s+to|equals|equaled|"
    r"equalled|is|was))\s+|\s*\(\s*|\s+[—–]\s*)"
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
    "offload",
    "unloaded",
    "dumped",
    "parted",
    "cashed out",
    "cashed in",
    "let go of",
    "divested",
)
# What a sale turns bitcoin into: "converted 500 BTC to cash", "… into US dollars".
# ("converted 100 BTC into $6.5 million in cash": the money itself)
_MONEY_AMOUNT = r"(?:(?:approximately|about|roughly|around|some|nearly)\s+)?(?:US|C|A)?\$\s?\d"
_INTO_CASH = (
    r"(?:in)?to\s+(?:(?:(?:U\.?S\.?|US|Canadian|fiat)\s+)?(?:cash|dollars|fiat|USD[TC]?|"
    rf"stablecoins?|currency|liquidity)\b|{_MONEY_AMOUNT})"
)
# "Of the 450 BTC mined in May, ", "Of that 189 BTC earned, ": the production a share of
# which was sold (its unit the share's).
_OF_THE_MINED = (
    rf"\b[Oo]f\s+(?:the\s+|its\s+|that\s+|those\s+|these\s+)?{APPROX}{NUMBER}\s*"
    r"(?:(?:self-|newly[- ])?mined\s+)?"
    rf"{BTC_UNIT}\s+(?:(?:it|they|we|the\s+company)\s+)?(?:(?:self-)?mined|produced|earned|"
    r"generated)\b[^,;.$]{0,40},\s*"
)
# "Of those 310 BTC, ": a demonstrative back to a figure just given, no participle.
_OF_THOSE = rf"\b[Oo]f\s+(?:that|those|these)\s+{APPROX}{NUMBER}\s*{BTC_UNIT}\s*,\s*"
_OF_THOSE_GATE = any_of("of that ", "of those ", "of these ")
# The seller (a pronoun, "the company", or a name of up to three capitalised words), then a
# selling verb.
_SELLER_SOLD = (
    r"(?:(?i:it|they|we|the\s+(?:company|firm|miner))|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})"
    r"\s+(?i:sold(?:\s+off)?|liquidated|monetized|monetised|offloaded)\s+"
)
# (word gates, found by the shared scan: "of the 450 btc mined", "worth of bitcoin (300 btc)")
_OF_THE_GATE = any_of(
    *(
        f"{unit} {verb}"
        for unit in ("btc", "bitcoin", "bitcoins", "coins")
        for verb in (
            "mined",
            "produced",
            "earned",
            "generated",
            "self-mined",
            "it ",
            "they ",
            "we ",
        )
    ),
    "the company mined",
    "the company produced",
)
_MONEY_OF_COINS_GATE = any_of(
    *(
        f"{coins}{after}"
        for coins in ("bitcoin", "bitcoins", "btc", "holdings")
        for after in (" (", "(", ", or ")
    )
)
SOLD: Gated = [
    (_SOLD_WORDS, re.compile(rf"\b{_SOLD_VERB}\s+{QUOTE_OPENS}{LEADING}{BTC_QTY}", _I)),
    # "sold 475 of its bitcoin", "sold 500 of the 600 BTC it mined", "sold 134 of these Bitcoins"
    # (the coins just mined)
    (
        any_of(" of its ", " of the ", " of these ", " of those "),
        re.compile(
            rf"\b(?:{_SOLD_VERB}|(?:{'|'.join(_MEANS)})\s+{_SELLING_GERUND})\s+{APPROX}(?P<qty>{NUMBER})"
            r"\s+of\s+(?:its|the\s+Company's|the|these|those)\s+"
            rf"(?:{NUMBER}\s+)?(?:(?:self-mined|newly[- ]mined|mined)\s+)?{BTC_UNIT}",
            _I,
        ),
    ),
    # "converted 500 BTC to cash", "converting 500 bitcoin into US dollars"
    (
        any_of("convert"),
        re.compile(rf"\bconvert(?:ed|ing)\s+{LEADING}{BTC_QTY}\s+{_INTO_CASH}", _I),
    ),
    # "traded 300 BTC for cash", "swapped 280 bitcoin for Ether": coins given up for money or
    # another coin (a pivot out of bitcoin sells it)
    (
        any_of("traded", "exchanged", "swapped", "converted"),
        re.compile(
            rf"\b(?:traded|exchanged|swapped|converted)\s+{LEADING}{BTC_QTY}\s+(?:for|into)\s+"
            r"(?:(?:(?:U\.?S\.?|US|Canadian|fiat)\s+)?(?:cash|dollars|fiat|USD[TC]?|stablecoins?|"
            rf"ETH|Ether(?:eum)?|SOL|Solana)\b|{_MONEY_AMOUNT})",
            _I,
        ),
    ),
    # "450 BTC were sold", "450 bitcoin sold in May" (not a flattened table's row label after
    # the last row's figures: "… 4 10 14 BTC Sold 237 251 488", where numbers follow "Sold")
    (
        any_of(" sold"),
        re.compile(
            rf"(?P<qty>{LEADING_NUMBER}){FOOTNOTE}\s*{BTC_UNIT}\s+(?:(?:were|was|have\s+been|"
            r"had\s+been)\s+sold\b|sold\b(?!\s*[:|]?\s*\d))",
            _I,
        ),
    ),
    # "500 BTC were liquidated", "500 bitcoin were monetized", "… were converted to cash"
    (
        any_of(
            *(
                f"{aux} {verb}"
                for aux in ("were", "was", "been")
                for verb in (
                    "liquidated",
                    "monetized",
                    "monetised",
                    "disposed",
                    "offloaded",
                    "cashed",
                    "converted",
                )
            )
        ),
        re.compile(
            rf"(?P<qty>{LEADING_NUMBER}){FOOTNOTE}\s*{BTC_UNIT}\s+(?:were|was|have\s+been|"
            r"has\s+been|had\s+been)\s+(?:liquidated|monetized|monetised|disposed\s+of|"
            rf"offloaded|cashed\s+(?:out|in)|converted\s+{_INTO_CASH})",
            _I,
        ),
    ),
    (any_of("sale of", "sales of"), re.compile(rf"\bsales?\s+of\s+{BTC_QTY}", _I)),
    # "BTC sales totaled 475 in May", "Bitcoin sales were 475 BTC": the unit is in the subject
    (
        any_of("bitcoin sales", "btc sales"),
        re.compile(
            r"\b(?:bitcoin|BTC)\s+sales\s+(?:(?:in|during|for)\s+[^.;,$]{2,20}?\s+)?(?:totaled|"
            rf"totalled|were|was|reached|amounted\s+to|came\s+(?:in\s+at|to)|stood\s+at|{MOVED_TO})\s+"
            rf"{LEADING}{APPROX}(?P<qty>{NUMBER})"
            rf"(?!\s*(?:%|million|billion|[.,]\d))(?:{FOOTNOTE}\s*{BTC_UNIT})?",
            _I,
        ),
    ),
    # "Riot's April sales totaled 300 BTC", "its bitcoin sales for the quarter came to 900
    # BTC": the company's sales with the coins' unit (without it "sales" are revenue)
    (
        any_of("sales"),
        re.compile(
            r"(?:['’]s|\bits|\btheir|\bour)\s+(?:[\w-]+\s+){0,2}?sales\s+"
            r"(?:(?:in|during|for)\s+[^.;,$]{2,20}?\s+)?(?:totaled|totalled|were|was|reached|"
            rf"amounted\s+to|came\s+(?:in\s+at|to)|stood\s+at|{MOVED_TO})\s+{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    (re.compile(DASH_GATE), re.compile(dashed(r"sold|sales") + DASH_QTY, re.IGNORECASE)),
    # "sold BTC 1,500", "sold ₿1,500": the unit before the figure
    (
        any_of(
            "sold btc",
            "sold ₿",
            "sold approximately btc",
            "sold about btc",
            "sold another btc",
            "sold some btc",
            "selling btc",
            "liquidated btc",
            "offloaded btc",
        ),
        re.compile(
            rf"\b{_SOLD_VERB}\s+(?:approximately\s+|about\s+|some\s+|another\s+)?(?:BTC|₿)\s?"
            rf"(?P<qty>{LEADING_NUMBER})(?!\s*(?:%|million|billion|bn|[mk]\b))",
            _I,
        ),
    ),
    # "sold 100% of April production (450 BTC)", "sold all of its output, or 450 BTC"
    (
        any_of("100%", "100 %", "all of"),
        re.compile(
            r"\b(?:sold|liquidated|monetized|monetised)\s+(?:100\s?%|all)\s+of\s+(?:its\s+|the\s+|our\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:production|output)\s*(?:\(\s*|,\s*or\s+)"
            rf"{BTC_QTY}",
            _I,
        ),
    ),
    # "sold its entire April production of 700 BTC": all of a stated production
    (
        any_of("production of", "output of"),
        re.compile(
            r"\b(?:sold|liquidated|monetized|monetised)\s+(?:all\s+(?:of\s+)?)?(?:its|the|their|our)\s+"
            rf"(?:entire\s+|whole\s+|full\s+)?(?:[\w-]+\s+){{0,2}}?(?:production|output)\s+of\s+{BTC_QTY}",
            _I,
        ),
    ),
    # "Bitcoin sold during April totaled 400", "the number of bitcoin sold in April was 400",
    # "sales of self-mined bitcoin totaled 400 BTC": the unit is in the subject
    (
        any_of("bitcoin sold", "btc sold", "bitcoins sold", "sales of"),
        re.compile(
            r"\b(?:(?:bitcoins?|BTC)\s+sold|sales\s+of\s+(?:its\s+|the\s+)?"
            r"(?:(?:self-|newly[- ])?mined\s+)?(?:bitcoins?|BTC))"
            r"(?:\s+(?:during|in|for|over)\s+[^.;,$]{2,30}?)?\s+(?:was|were|totaled|"
            rf"totalled|reached|amounted\s+to|came\s+(?:in\s+at|to)|{MOVED_TO})\s+{APPROX}"
            rf"(?P<qty>{NUMBER})"
            rf"(?!\s*(?:%|million|billion|[.,]\d))(?:{FOOTNOTE}\s*{BTC_UNIT})?",
            _I,
        ),
    ),
    # "chose to liquidate 1,818 bitcoin in December": a past choice, not a plan; "had to sell
    # 637 BTC in June", "was forced to offload 500 BTC": a past necessity, done
    (
        any_of(
            "chose to",
            "opted to",
            "elected to",
            "managed to",
            "able to",
            "had to",
            "forced to",
            "compelled to",
            "obliged to",
        ),
        re.compile(
            rf"\b(?:chose|opted|elected|managed|(?:was|were)\s+able|(?<!have\s)had|(?:was|were)\s+"
            # ("was forced to sell off 188 bitcoins", "had to dispose of 500 BTC": a particle)
            r"(?:forced|compelled|obliged))\s+to\s+(?:(?:sell|dump)(?:\s+off)?|liquidate|monetize|"
            r"monetise|offload|unload|dispose\s+of|part\s+with|cash\s+(?:in|out))\s+"
            rf"{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # "prepaid its US$2.56 million loan by liquidating approximately 21.5 bitcoin": the means of a
    # deed told (a plan's "will repay … by liquidating" is dropped by the modal guard)
    (
        any_of(*(f"{means} {gerund}" for means in _MEANS for gerund in _GERUND_WORDS)),
        re.compile(
            rf"\b(?:{'|'.join(_MEANS)})\s+{_SELLING_GERUND}\s+{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # "which saw the company offload 1,818 BTC in December": a sale seen done (one to three
    # words name who sold: "the company", "Riot Platforms", "it"; not a crowd: "saw miners
    # collectively offload 15,000 BTC" is the industry's)
    (
        any_of("saw ", "seen "),
        re.compile(
            rf"\b(?:saw|seen)\s+(?!(?:[\w&.'’-]+\s+){{0,2}}?{_CROWD})(?:[\w&.'’-]+\s+){{1,3}}?"
            rf"{_SELL_BASE}\s+{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # "produced 1,221 bitcoins in July while selling 1,975 to pay for…": the unit is shared
    # with the production figure just before.
    (
        any_of("while selling", "while it sold", "and sold", "but sold", "and selling"),
        re.compile(
            rf"{BTC_UNIT}[^.;]{{0,40}}?\b(?:while|and|but)\s+(?:it\s+)?(?:selling|sold)\s+"
            rf"{LEADING}{APPROX}(?P<qty>{NUMBER})(?=\s+(?:to|in|during|for|at|over)\b|\s*[,.;]|$)",
            _I,
        ),
    ),
    # A sale a market event drove, told as its result: "the crash has led Bitfarms to abandon
    # its hodling strategy and sell 3,000 bitcoins", "forced the miner to liquidate 1,500 BTC"
    # (a past cause, so a sale done; not "could force it to sell").
    (
        any_of(" led ", "forced", "prompted", "pushed", "drove", "compelled", "caused"),
        re.compile(
            r"(?<!will\s)(?<!could\s)(?<!would\s)(?<!may\s)(?<!might\s)\b(?:led|forced|prompted|"
            r"pushed|drove|compelled|caused)\s+[^.;]{1,80}?\bto\s+(?:[^.;]{1,60}?\s+and\s+)?"
            rf"(?:(?:sell|dump)(?:\s+off)?|liquidate|offload|dispose\s+of)\s+{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # "mined 189 Bitcoins and subsequently sold 134 of them": "them" takes the BTC just named.
    (
        any_of(" of them", " of those", " of these"),
        re.compile(
            rf"{BTC_UNIT}[^.;]{{0,60}}?\b{_SOLD_VERB}\s+{APPROX}(?P<qty>{NUMBER})\s+of\s+"
            r"(?:them|those|these)\b",
            _I,
        ),
    ),
    # A synonym-spun copy's "offered" for "sold": "Core Scientific offered 2,285 Bitcoin in
    # October at a median value of $19,639", "Argo offered one other 887 Bitcoin in July to cut
    # back obligations": only with a sale's price, proceeds or debt paid in the sentence.
    (
        any_of("offered"),
        re.compile(
            r"\boffered\s+(?:one\s+other\s+|another\s+)?"
            rf"{APPROX}(?P<qty>{NUMBER}){FOOTNOTE}\s*{BTC_UNIT}"
            r"(?![^.;]{0,30}?\b(?:as\s+collateral|as\s+(?:a\s+)?rewards?|in\s+rewards?|to\s+"
            r"(?:investors|users|customers|holders)))"
            r"(?=(?:[^.;]|\.(?=\s\d)){0,80}?(?:\b(?:price|value|proceeds|gross\s+sales|"
            r"for\s+(?:about\s+|roughly\s+)?"
            r"\$)|\bto\s+(?:cut|reduce|pay|repay|lower|fund|cover)\b))",
            _I,
        ),
    ),
    # A spun copy's "bought" for "sold", only where buying cannot be meant: the coins were the
    # company's own mined ones ("bought about 396 of the 399 Bitcoin mined throughout the second
    # quarter"); "bought 300 of the 500 BTC that Bitmain mined" is another's coins, and so are
    # coins "mined by its hosting clients" or "by miners on its pool" (no "by" after the verb).
    (
        any_of("bought"),
        re.compile(
            rf"\bbought\s+{APPROX}(?P<qty>{NUMBER})\s+of\s+the\s+[\d,.]+\s*{BTC_UNIT}\s+"
            r"(?:(?:it|they)\s+(?:had\s+)?)?(?:self-)?(?:mined|produced)\b(?!\s+by\b)",
            _I,
        ),
    ),
    # "Of the 450 BTC mined in May, 300 were sold", "of the 1,242 bitcoin it produced, the
    # company sold 800": a share of the production just named, the unit the production's
    (
        _OF_THE_GATE,
        re.compile(
            rf"{_OF_THE_MINED}{APPROX}(?P<qty>{NUMBER})\s+(?:(?:BTC|bitcoins?|coins)\s+)?"
            r"(?:were|was|have\s+been|had\s+been)\s+sold\b",
            _I,
        ),
    ),
    (
        _OF_THE_GATE,
        re.compile(
            r"(?-i:"
            + _OF_THE_MINED
            + _SELLER_SOLD
            + rf"){APPROX}(?P<qty>{NUMBER})\b(?!\s*(?:%|million|billion))",
            _I,
        ),
    ),
    # "Mined 310 BTC in June. Of those 310 BTC, the company sold 200": a count with no unit
    # after the sale verb takes the unit of the figure a demonstrative points back to.
    (
        _OF_THOSE_GATE,
        re.compile(
            rf"(?-i:{_OF_THOSE}{_SELLER_SOLD}){APPROX}(?P<qty>{NUMBER})\b"
            r"(?!\s*(?:%|percent|per\s+cent|million|billion|[mk]\b))",
            _I,
        ),
    ),
    # "sold $30 million worth of bitcoin (300 BTC)", "sold $30 million of its BTC, or 300
    # coins": the coins after the money the sale was told in
    (
        _MONEY_OF_COINS_GATE,
        re.compile(
            rf"\b{_SOLD_VERB}\s+(?:(?:approximately|about|roughly|around|nearly|over|more\s+than)\s+)?"
            r"(?:US|C|A)?\$\s?[\d.,]+\s*(?:million|billion|[mb]n?)?\s+(?:worth\s+of|of|in)\s+"
            r"(?:its\s+|the\s+company['’]s\s+)?(?:bitcoins?|BTC)(?:\s+holdings)?\s*"
            rf"(?:\(\s*|,\s*or\s+){BTC_QTY}",
            _I,
        ),
    ),
    # "sold approximately 6% of its bitcoin treasury during November, or roughly 3,200 BTC",
    # "sold nearly 63% of the Bitcoin it mined in August, amounting to 147 BTC out of the 233":
    # a share, then the coins it comes to
    (
        any_of("%"),
        re.compile(
            rf"\b{_SOLD_VERB}\s+{APPROX}\d+(?:\.\d+)?\s?%\s+of\s+{_SHARE_OF_COINS}[^,;.()]{{0,60}}?"
            rf"{_SHARE_COMES_TO}{BTC_QTY}",
            _I,
        ),
    ),
]


# A sale avoided, not made: "refrained from liquidating 500 BTC", "avoided selling 500 BTC",
# "rather than by selling 500 BTC", "instead of selling", "without selling".
_AVOIDED = Folded(
    r"\b(?:refrain(?:ed|s|ing)?|abstain(?:ed|s|ing)?|(?:kept|keeps|keeping)\s+(?:it|itself)|"
    # (the sale's words may start at its "from": "refrained from liquidating 500 BTC")
    r"stay(?:ed|s)?\s+away)\s+(?:from\s+)?$|"
    r"\b(?:avoid(?:ed|s|ing)?|rather\s+than(?:\s+by)?|instead\s+of|without|in\s+lieu\s+of)\s+$"
)
_AVOIDED_REACH = 40


def is_avoided_sale(text: str, start: int) -> bool:
    """The sale whose words start at `start` is one the sentence says was not made."""
    return _AVOIDED.search(text, max(0, start - _AVOIDED_REACH), start) is not None
