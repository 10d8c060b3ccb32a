"""Bitcoin held, in prose: "held 1,295 BTC", "holdings reached 2,193.7", "9,106 Bitcoin in reserve".

A balance binds a holding verb or a holdings noun ("holdings", "treasury", "reserve") to a
level; a unit-less level must be in BTC, not a value, a change, a flow or a year. The connector
binds to the nearest noun: a flow noun's "of" ("daily production of 14 BTC") is no level, and a
bracketed gloss after the noun ("HODL (Hold On for Dear Life) position") is skipped. A plain
present "has N BTC" is a level when the coins end its clause ("Hut 8 has 7,408 BTC, according
to …"; not "has 12 BTC of daily production"), and so is what a balance sheet shows, lists or
reflects, unrestricted or unencumbered coins included (the holding as stated, decided case 12).
"""

from __future__ import annotations

import re

from . import guards
from .folded import MONTH_WORD, Folded
from .gates import any_of
from .numbers import (
    APPROX,
    BTC_ADJECTIVE,
    BTC_QTY,
    BTC_UNIT,
    FOOTNOTE,
    IN_SENTENCE,
    KILO,
    LEADING_NUMBER,
    NUMBER,
)
from .skipping import skipping
from .treasury_aside import HELD_AFTER_ASIDE
from .treasury_other_coins import OTHER_COINS_FIRST_HELD, OTHER_COINS_HELD
from .treasury_phrases import DASH_GATE, DASH_QTY, LEADING, MOVED_TO, YEAR_LIKE, Gated, dashed

_I = re.IGNORECASE
_BALANCE_LEADS = ("a balance", "total holdings", "a bitcoin balance", "a btc balance")
# A threshold told as a noun after its figure: "the 5,193.4 Bitcoin threshold", "the
# 2,000-bitcoin mark".
_THRESHOLD = (
    r"\s+(?:[\w.~≈]+\s+){0,2}?[\d,.]+\s*(?:-?\s*(?:btc|bitcoins?|coins)\b)?[\s-]*"
    r"(?:threshold|mark|milestone|level|barrier|line)\b"
)
_COINS_NEXT = r"\s+[\w.~≈]{0,12}\s*[\d,.]+\s*(?:btc|bitcoins?|coins)\b"
_HELD_CONNECTOR = (
    rf"(?:of|to|at|was|were|is|are|reached|stood\s+at|stands\s+at|sits\s+at|totaled|totalled|"
    # "its Bitcoin treasury, currently totaling 19,233 BTC": the level in an apposition
    rf"totall?ing|"
    rf"totals|total|amounts\s+to|amounted\s+to|included|came\s+in\s+at|:|reach(?:es|ing)?|hits?|"
    # "the treasury contained 1,234 BTC", "its reserve now counts 1,234 BTC"
    rf"comprised|contain(?:s|ed)|count(?:s|ed)|{MOVED_TO}|"
    # a round threshold crossed is a bound that keeps its number (README, decided case 20):
    # "holdings surpassed 12,000 BTC", "treasury topped 10,000 BTC"
    rf"(?:surpass|exceed|top|cross)(?:ed|es|s|ped|ping|ing)?|passed|above|"
    # "pushing its Bitcoin treasury beyond the 5,193.4 Bitcoin threshold", "past the 10,000 BTC
    # mark": the threshold named as a noun (its article then allowed)
    # (only before coins: "grew over 1,200% to 3,002 BTC" leaves "over" to the change)
    rf"(?:beyond|past|above|over)\s+the(?={_THRESHOLD})|(?:beyond|past)(?={_COINS_NEXT}))"
)
# The coins a balance sheet shows, also when it calls them unpledged.
_SHEET_QTY = (
    rf"{APPROX}(?P<qty>{NUMBER}){KILO}\+?{FOOTNOTE}\s*(?:(?:unrestricted|unencumbered)\s+)?"
    rf"{BTC_ADJECTIVE}{BTC_UNIT}"
)
# A flow noun right before the connector owns it: "… in addition to daily production of 14
# BTC", "boosted by monthly output of 450 BTC", "purchases totaled 300 BTC".
_NOT_A_FLOWS = "".join(
    rf"(?<!{noun}\s)" for noun in ("production", "output", "sales", "purchases", "rewards")
)
# A verb that states the level after "the number of bitcoins held" (not "at 30 June", a date).
_LEVEL_VERB = (
    rf"(?:was|were|is|are|reached|reach(?:es|ing)?|hit|stood\s+at|stands\s+at|totaled|totalled|"
    rf"totals|amounted\s+to|came\s+in\s+at|{MOVED_TO})"
)
# Between a holdings noun and its connector: any text of the clause, with the dot of an
# abbreviated month ("as of Aug. 31, 2022 was 362"); never a decimal (another figure).
# A dashed aside is skipped whole: "total bitcoin holdings – after production of 475 bitcoins in
# December – are up to 12,232" (its "of 475" is not the level).
_HELD_MID = (
    # (a percentage's decimal point: "inventory by 7.6% from the prior quarter to 3,496")
    r"(?:\s[–—]\s[^–—.;$]{1,60}?\s[–—](?=\s)|[^.;$–—]|(?<=\b[A-Z][a-z]{2})\.(?=\s\d)|"
    r"(?<=\d)\.(?=\d{1,2}\s?%)|"
    # a company's suffix: "increase in Bitcoin holdings by LM Funding America, Inc. to 95.1 BTC"
    r"(?<=\bSept)\.(?=\s\d)|(?<=\bInc)\.|(?<=\bCorp)\.|(?<=\bLtd)\.)"
)
# After "N BTC": the coins are in the company's reserve ("9,106 Bitcoin held in reserve",
# "6,769 self-mined Bitcoin in reserve"); "held by clients" is not the company's.
_IN_RESERVE = (
    r"(?:held(?:\s+in\s+(?:its\s+|the\s+|our\s+)?(?:reserves?|treasury|custody))?"
    r"(?!\s+(?:by|for|on\s+behalf))|in\s+(?:its\s+|the\s+|our\s+)?(?:reserves?|treasury|custody)|"
    r"on\s+hand|(?:now\s+)?on\s+(?:its\s+|the\s+|our\s+|their\s+)?books|"
    # "an accumulation of 48,237 BTC in holdings", "put 417 BTC on reserve"
    r"in\s+(?:its\s+|total\s+)?holdings(?!\s+(?:of|by|for)\b)|on\s+reserve|"
    # "keeping 26,842 BTC in its possession", "3,000 BTC in its coffers"
    r"in\s+(?:its|their|our|the\s+company['’]s)\s+(?:possession|coffers))\b"
)
# "ended the month with a balance of 796 BTC", "… with total holdings of 796 BTC"
# ("ended May with holdings of 1,234 BTC", "… with a stack of 1,234 BTC": no article, a
# rewrite's noun)
# ("… with a total of 458.07 Bitcoin": the holding's whole, not a running total of a flow)
_BALANCE_OF = (
    r"(?:(?:(?:a|an?\s+\w+|total|its|the)\s+)?(?:bitcoin\s+|BTC\s+)?(?:balance|holdings|treasury|"
    r"reserves?|stack|stash|total)\s+of\s+)?"
)
# "bringing its total to 4,783 BTC", "bringing the total number of bitcoins held by the company
# to 6,696 BTC", "taking its total holdings to …": only holdings words between (not "its total
# production for the year", a cumulative).
_TOTAL_TO = (
    r"\b(?:bringing|brings|brought|taking|takes|took|lifting|lifts|pushing|pushes|raising)\s+"
    r"(?:its|the|their|our|the\s+company's)\s+total\s+(?:(?:bitcoin|BTC)\s+)?"
    r"(?:(?:holdings|treasury|reserves?|number\s+of\s+(?:bitcoins?|BTC)\s+held"
    r"(?:\s+by\s+the\s+company)?|(?:bitcoins?|BTC|coins)\s+held|"
    # "bringing the total number of Bitcoins it holds to about 7,035": the holder as a clause
    r"(?:number\s+of\s+)?(?:bitcoins?|BTC|coins)\s+(?:it|they|we|the\s+company)\s+"
    r"(?:now\s+)?(?:holds|hold|held|owns|own|owned))\s+)?to\s+"
)
# "had 115 Bitcoin as of January 31", "accumulated 3,418 Bitcoin … as of September 30": a
# plain possessive or accumulation verb is a level only when a balance date follows.
_HAD_AS_OF = (
    # ("accumulated a total of 9,000 BTC as of April 30": the words before a figure)
    rf"\b(?:had|has|have|accumulated|amassed)\s+{LEADING}{BTC_QTY}"
    # ("had 101 Bitcoin or Bitcoin equivalents as of February 28": a miner's unit that counts
    # coins held with a lender or in kind beside its own, one holding)
    r"(?:\s+or\s+(?:[\w -]{0,40}?\bassets|(?:bitcoins?|BTC)\s+equivalents?))?"
    r"(?:\s+as\s+a\s+[\w -]{1,30}?)?"
    # ("had 2,128 BTC, roughly $142 million, on its balance sheet as of October 31": the
    # coins' value as an aside between them and their place)
    # ("had 2,000 BTC (worth $220 million) on its balance sheet as of June 30": in brackets)
    r"(?=(?:\s*\((?:worth|valued\s+at|about|approximately|roughly|~)?\s*(?:US|C|A)?\$[^()]{1,30}\))?"
    r"(?:\s*,\s*(?:(?:worth|valued\s+at|or)\s+)?(?:roughly\s+|about\s+|approximately\s+|"
    r"around\s+|some\s+|nearly\s+|over\s+)?(?:US|C|A)?\$\s?[\d.,]+\s*(?:million|billion|[MB])?"
    r"\s*(?=,))?"
    # ("had 1,959 bitcoins and about $132 million in cash as of June 30": a cash balance
    # coordinated after the coins, the date standing for both)
    r"(?:\s+and\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|some\s+|nearly\s+|over\s+)?"
    r"(?:US|C|A)?\$\s?[\d.,]+\s*(?:million|billion|[MB])?\s+(?:in|of)\s+(?:unrestricted\s+)?"
    r"cash(?:\s+and\s+(?:cash\s+)?equivalents)?)?"
    r"\s*,?\s+(?:as\s+(?:of|at)|at\s+the\s+end\s+of|on\s+(?:its|the|their)\s+balance\s+sheet)\b)"
)
# "held $42 million in cash and 3,349 BTC", "holds cash of $2.5 million and 4 BTC": the coins
# coordinated after the cash balance are held too.
_CASH_AND = (
    # (any hedge: "held ~$597 million in cash and 7,362 bitcoin")
    rf"(?:(?:{APPROX}(?:US|C)?\$\s?[\d.,]+(?:\s*(?:million|billion|thousand|[MBK])\b)?\s+(?:in|of)\s+"
    r"(?:unrestricted\s+)?cash(?:\s+and\s+(?:cash\s+)?equivalents)?|"
    r"(?:unrestricted\s+)?cash(?:\s+and\s+(?:cash\s+)?equivalents)?\s+of\s+(?:US|C)?\$\s?[\d.,]+"
    # ("$12.4 million of unrestricted cash on hand and approximately 6 Bitcoin")
    r"(?:\s*(?:million|billion|thousand|[MBK])\b)?)(?:\s+on\s+hand)?,?\s+and\s+)?"
)
# "At the end of 2022, Stronghold had about $12.4 million of cash and about 6 bitcoins": a
# leading balance date makes a plain "had" a balance (as "had 115 BTC as of January 31" does).
_DATE_LEAD_HAD = (
    # ("As of December 31, 2022, Stronghold had …": the date's year after its comma)
    r"^\W*(?:at\s+the\s+end\s+of|as\s+(?:of|at)|at)\s+[^,.;]{3,40}(?:,\s+(?:19|20)\d\d)?,\s+"
    r"(?:[^,.;$]{1,50}?\s)?"
    rf"(?:had|held)\s+{_CASH_AND}{LEADING}{BTC_QTY}(?!\s+(?:more|fewer|less)\b)"
)
# Coins right after "with" ("with approximately 49,951 BTC, including …"): the holding, named
# before its parts, so the parts after it are not skipped to.
_NO_COINS_FIRST = r"(?![\w\s~]{0,20}?\d[\d,.]*\s*(?:BTC|bitcoins?)\b)"
# One gate for both, its words found by the family's shared scan (`treasury._GATES`): a regex
# gate would be searched on every sentence apart.
_TOTAL_OR_AS_OF = any_of("total to ", "total number ", "as of ", "as at ")
# An aside after the coins that makes them a part of the holding (decided case 12): "has 3,000
# BTC, or about 15% of its holdings, pledged as collateral", "has 500 BTC (held by a custodian)"
_NO_PART_ASIDE = (
    r"(?!\s*[,(][^.;]{0,80}\b(?:pledged|lent|loaned|collateral|restricted|encumbered|"
    r"held\s+by|in\s+custody)\b)"
)
# "crypto holdings", "digital asset treasury": the class nouns, as words the shared scan finds
_CRYPTO_HOLDINGS_GATE = any_of(
    *(
        f"{kind} {noun}"
        for kind in (
            "crypto",
            "cryptocurrency",
            "cryptocurrencies",
            "digital asset",
            "digital assets",
            "digital-asset",
            "digital currency",
            "digital currencies",
        )
        for noun in ("holdings", "reserve", "treasury", "portfolio")
    )
)
HELD: Gated = [
    (
        any_of(
            "held",
            "hold",
            "own",
            "possess",
            "a total of",
            "now has",
            "currently has",
            "still has",
        ),
        re.compile(
            # "As of July 31, 2022, Argo had a total of 1,295 BTC"
            # ("as of May, owning 2,832 BTC and 15,914 ETH": a participle of the same verb)
            # ("MARA possessed around 53,250 Bitcoins": the same balance in a rewrite's verb)
            rf"\b(?:held|holds|holding|hold|owned|owns|owning|retains\s+possession\s+of|"
            rf"possess(?:es|ed)?|"
            # "now has 9,000 BTC": a present balance; "kept a total of 1,836 BTC" (not "kept all")
            rf"(?:had|has|kept|keeps|maintained|maintains|retained|retains)(?=\s+a\s+total\s+of)|"
            # "still has 1,963 bitcoin in its account": what is left after a sale, now
            rf"(?<=now\s)has|(?<=currently\s)has|(?<=still\s)has)\s+"
            # ("held a total of 13,726 unrestricted bitcoin": the sheet's word for the coins)
            rf"{_CASH_AND}{LEADING}{_SHEET_QTY}",
            _I,
        ),
    ),
    # "Cash at 30 June 2025 was $1.7m and 2 BTC": the dated balance of cash, then the coins
    (
        any_of("cash at", "cash as of", "cash on"),
        re.compile(
            r"\bcash(?:\s+and\s+(?:cash\s+)?equivalents)?\s+(?:at|as\s+(?:of|at)|on)\s+[^.;$]{3,30}?\s+"
            r"(?:was|were|stood\s+at|amounted\s+to|totall?ed)\s+(?:US|C)?\$\s?[\d.,]+"
            rf"(?:\s*(?:million|billion|thousand|mn|bn|[mbk])\b)?\s+and\s+{LEADING}{_SHEET_QTY}",
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
            "its stack",
            "'s stack",
            "’s stack",
            "'s stash",
            "’s stash",
            "its stash",
            "that stash",
            "this stash",
            "that stack",
            "this stack",
            "their stack",
            "their stash",
            "our stack",
            "our stash",
            "inventory",
            "bitcoin position",
            "btc position",
            "bitcoin hoard",
            "btc hoard",
            "its hoard",
            "'s hoard",
            "’s hoard",
            "bitcoin war chest",
            "btc war chest",
        ),
        re.compile(
            # "Reduced Holdings of 512 Bitcoins": a change to the holdings, not their level
            r"(?<![Rr]educed\s)(?<![Ii]ncreased\s)(?<![Tt]rimmed\s)(?<![Ll]owered\s)"
            r"(?<![Aa]dded\s)(?<![Cc]ut\s)(?<![Bb]oosted\s)"
            # "MARA Holdings said its output fell 7% to 8,799 BTC": a company's name, not its
            # holdings (the name's "Holdings" is followed by its suffix or a verb of saying)
            r"\b(?P<noun>(?-i:Holdings(?!,?\s+(?:Inc|Corp|Ltd|Limited|plc|LLC|said|says|reported|"
            r"reports|announced|announces|stated|noted|revealed|disclosed|shared)\b)|holdings|"
            r"[Hh]olding|[Rr]eserves?|[Tt]reasury|HODL|[Hh]odl|[Pp]ortfolio|"
            r"[Ii]nventory|"
            # The nouns that count only after a word naming whose coins they are: the noun
            # first, then a look back at the word before it (the engine tries a literal first,
            # and a look-behind first at every word of the sentence).
            # "lifting its stack to 1,234 BTC", "Acme's stack grew to 5,000 BTC": the company's
            # own stack, by a possessive or its name
            r"(?:stack|stash)(?:(?<=[Bb]itcoin \w{5})|(?<=BTC \w{5})|(?<=[Ii]ts \w{5})|"
            # ("that stash has fallen to about 3,349 BTC": the stash the story just named)
            r"(?<=[Tt]heir \w{5})|(?<='s \w{5})|(?<=’s \w{5})|(?<=[Oo]ur \w{5})|"
            r"(?<=[Tt]hat \w{5})|(?<=[Tt]his \w{5}))|"
            # "Riot's bitcoin hoard grew to 19,211 BTC", "its BTC war chest reached …"
            r"hoard(?:(?<=[Bb]itcoin hoard)|(?<=BTC hoard)|(?<=[Ii]ts hoard)|(?<='s hoard)|"
            r"(?<=’s hoard))|war chest(?:(?<=[Bb]itcoin war chest)|(?<=BTC war chest))|"
            r"(?:balance|position)(?:(?<=[Bb]itcoin \w{7})|(?<=[Bb]itcoin \w{8})|(?<=BTC \w{7})|"
            r"(?<=BTC \w{8}))))"
            # ("Its HODL (Hold On for Dear Life) position at the end of this period increased
            # 14% to 1,939 BTC": a gloss in brackets after the noun, no figure in it)
            r"(?:\s*\([A-Za-z][^()\d]{0,40}\)\s+(?=\w))?"
            # a figure must follow within the clause: most mentions of holdings have none
            r"(?=[^;$]{0,80}?\d)"
            # ("a net treasury increase of 400.5 bitcoin": the change's size, not a level)
            r"(?!\s+(?:net\s+)?(?:increase|decrease|addition|gain|growth|change|reduction|decline|"
            r"drop|rise)s?\s+(?:of|by)\b)"
            rf"\b(?P<mid>{_HELD_MID}{{0,50}}?)\b"
            # (every connector opens with a word character or ":": the look-ahead turns away
            # the mid's word ends, where the case-insensitive alternation would try each of
            # its eighty-odd words in turn, for each of up to fifty positions)
            r"(?=[\w:])"
            # ("reserve as of June 20, in addition to daily production of about 14 BTC": the
            # connector binds to the nearest noun, here a flow's, not the holding's level)
            rf"{_NOT_A_FLOWS}{_HELD_CONNECTOR}\s+{LEADING}"
            rf"{APPROX}(?P<qty>{NUMBER}){KILO}{FOOTNOTE}(?P<unit>\s*{BTC_UNIT})?",
            _I,
        ),
    ),
    # "The remaining 703 BTC is currently held by the firm", "9,000 bitcoin are now held in
    # cold storage": the coins, then a present passive of holding (not "held by clients",
    # "held for customers", "held as collateral": others' or pledged coins)
    (
        any_of("currently held", "now held", "still held"),
        re.compile(
            rf"(?<![\w.,]){BTC_QTY}\s+(?:is|are)\s+(?:currently|now|still)\s+held\b"
            r"(?!\s+(?:for|on\s+behalf|as\s+collateral|in\s+custody\s+for|by\s+(?:its\s+|the\s+)?"
            r"(?:clients|customers|users|lenders?))\b)",
            _I,
        ),
    ),
    # "Riot retains 19,211 Bitcoin valued at approximately $1.8 billion", "possesses 9,000
    # BTC", "controls 9,000 BTC": a present possession verb states the stock (not "retains
    # 300 BTC of its production" or "each month", a share of a flow, nor "retained 300 BTC"
    # in April)
    (
        any_of("retains", "possesses", "controls"),
        re.compile(
            rf"\b(?:retains|possesses|controls)\s+{LEADING}{BTC_QTY}"
            r"(?!\s+(?:of|from|out\s+of|per|a|each|every|for)\b)",
            _I,
        ),
    ),
    # "The number of Bitcoins held by the Company … reached record-high 1,057 Bitcoins"
    (
        any_of("number of bitcoin", "number of btc", "amount of bitcoin", "amount of btc"),
        re.compile(
            r"\b(?P<noun>number|amount)\s+of\s+(?:bitcoins?|BTC)\s+(?:held|owned)\b"
            r"(?:\s+by\s+(?:the\s+company|(?-i:[A-Z][\w.&-]+)))?"
            rf"(?P<mid>{_HELD_MID}{{0,60}}?)\b{_LEVEL_VERB}\s+{LEADING}"
            rf"{APPROX}(?P<qty>{NUMBER}){KILO}{FOOTNOTE}(?P<unit>\s*{BTC_UNIT})?",
            _I,
        ),
    ),
    # "sits on 9,000 BTC", "sitting on a stash of 9,000 BTC", "HODLs 9,000 BTC" (not "HODLed all
    # 450 BTC it mined": a zero sale)
    (
        any_of("sits on", "sitting on", "sat on", "hodls", "hodling", "hoard", "stash of", "trove"),
        re.compile(
            r"\b(?:(?:sits|sitting|sat)\s+on|HODLs|hodling)\s+(?!all\b)"
            r"(?:(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:stash|stack|hoard|pile|trove|treasury|"
            rf"reserve|war\s+chest)\s+of\s+)?{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    (
        any_of("hoard of", "stash of", "trove of", "chest of"),
        re.compile(rf"\b(?:stash|hoard|trove|war\s+chest)\s+of\s+{BTC_QTY}", _I),
    ),
    # "has accumulated 9,000 BTC as of April 30", "has amassed 9,000 bitcoin": the present
    # perfect states the stock (a plain "accumulated 450 BTC in April" is an addition, and "had
    # accumulated 7,500 BTC by the end of 2025" in a later story a recalled balance)
    (
        any_of("accumulated", "amassed", "stockpiled"),
        re.compile(
            rf"\b(?:has|have|having)\s+(?:now\s+|already\s+|so\s+far\s+)?"
            rf"(?:accumulated|amassed|stockpiled)\s+{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # "kept 9,000 BTC on its balance sheet", "maintained 9,000 BTC in its treasury": the place
    # makes it a balance (a plain "kept all 450 BTC it mined" is a zero sale).
    (
        any_of("kept", "keeps", "keeping", "maintain"),
        re.compile(
            rf"\b(?:kept|keeps|keeping|maintain(?:s|ed|ing)?)\s+{LEADING}{BTC_QTY}"
            r"(?=\s+(?:on\s+(?:its\s+|the\s+|our\s+)?balance\s+sheet|on\s+hand|in\s+(?:its\s+|the\s+|"
            r"our\s+)?(?:treasury|reserves?|custody|cold\s+storage)))",
            _I,
        ),
    ),
    # "held $810 million (9,000 BTC) of bitcoin", "holdings (US$810 million) 9,000 BTC": the
    # value beside the coins; "We hold approximately C$1.5 million of cash and C$3.4 million of
    # bitcoin (41.1 bitcoin)": the coins' value named as bitcoin, then the count.
    (
        any_of("btc)", "btcs)", "bitcoin)", "bitcoins)"),
        re.compile(
            r"\b(?:held|holds|holding|hold|owned|owns|holdings|treasury|reserves?)\b"
            r"(?:[^.;()]|\.(?=\d)){0,60}?"
            rf"(?:US|C|A)?\$\s?{NUMBER}\s*(?:million|billion|[mb]n?)?"
            r"(?:\s+(?:of|in)\s+(?:bitcoins?|BTC))?"
            rf"\s*\(\s*{BTC_QTY}\s*\)",
            _I,
        ),
    ),
    # "The company has 3,349 BTC left", "had 62 bitcoin remaining" (not "left to sell")
    (
        any_of(" left", " remaining"),
        re.compile(
            rf"\b(?:has|had|have|with)\s+{LEADING}{BTC_QTY}\s+(?:left|remaining)\b"
            r"(?!\s+(?:to|for|from|after)\b)",
            _I,
        ),
    ),
    # "mine 86.4 BTC in three months and end with a balance of 163.4 BTC"
    (
        any_of(*(f"with {lead} of" for lead in _BALANCE_LEADS)),
        re.compile(
            r"\bend(?:ed|ing|s)?\s+(?:the\s+[\w-]+\s+)?with\s+(?:a|total|its)\s+"
            rf"(?:bitcoin\s+|BTC\s+)?(?:balance|holdings)\s+of\s+{BTC_QTY}",
            _I,
        ),
    ),
    (
        any_of("holdings (", "treasury (", "reserve (", "reserves ("),
        re.compile(
            rf"\b(?:holdings|treasury|reserves?)\s*\((?:US|C|A)?\$[^()]{{1,25}}\)\s*:?\s*{BTC_QTY}",
            _I,
        ),
    ),
    (
        re.compile(DASH_GATE),
        re.compile(dashed(r"holdings|held|balance|treasury|reserves?") + DASH_QTY, _I),
    ),
    # "ended the quarter with 1,000 BTC", "exited the quarter with approximately $124.9 million
    # in unrestricted cash and cash equivalents and 11,466 bitcoin", "ended June 2024 with
    # $4.0 million of cash and 11 Bitcoin", "… cash and digital assets, including 60.7 bitcoin"
    (
        skipping(
            # ("finishing the year with 18,005 BTC": any form of the verb; "wrapped up June with")
            re.compile(
                r"\b(?:end(?:ed|ing|s)|exit(?:ed|ing|s)|finish(?:ed|es|ing)|wrap(?:ped|ping|s) up) "
                r"[^.;]{0,60}?\bwith "
            )
        ),
        re.compile(
            r"\b(?:end(?:ed|ing|s)|exit(?:ed|ing|s)|finish(?:ed|es|ing)|wrap(?:ped|ping|s)\s+up"
            # (what is wrapped up is a period, not "the deal")
            r"(?=\s+(?:the\s+)?(?:[\w-]+\s+)?(?:month|quarter|year|period|half|q[1-4]|(?:19|20)\d\d|"
            r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b))\s+"
            r"(?:the\s+)?(?:[\w-]+\s+){1,5}?"
            # (not past coins that open the list: "with 49,951 BTC, including 7,877 BTC
            # loaned" holds 49,951, of which the loaned coins are a part, decided case 12)
            rf"with\s+(?:{_NO_COINS_FIRST}{IN_SENTENCE}{{0,120}}?\b(?:and|including|plus)\s+)?"
            rf"{_BALANCE_OF}{BTC_QTY}",
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
    # "Book Value of Digital Currency: $23.6 million, or 627 bitcoins", "digital assets of
    # $41.2 million, or 1,020 BTC": the holding's value, then its coins as the same holding
    # (the holding opens the line or is what is held: "impairment of digital currency of $2.1
    # million, or 40 bitcoins" is a charge)
    (
        any_of(
            "digital currenc", "digital asset", "cryptocurrenc", "crypto asset", "bitcoin holding"
        ),
        re.compile(
            r"(?:^[^\w$]{0,3}(?:(?:book|carrying|fair|market)\s+value\s+of\s+)?|"
            r"\b(?:held|holds|had|has)\s+)(?:(?:its|our|the\s+company['’]s)\s+)?"
            r"(?:digital\s+(?:currenc(?:y|ies)|assets?)|crypto(?:currenc(?:y|ies)|\s+assets?)|"
            r"bitcoin\s+holdings?)(?::|\s+(?:of|was|were|totall?ed|valued\s+at))?\s*"
            r"(?:approximately\s+|about\s+)?(?:US|C|A)?\$\s?[\d.,]+\s*(?:million|billion|[MB])?"
            rf",\s+or\s+{BTC_QTY}",
            _I,
        ),
    ),
    # "9,106 Bitcoin held in reserve", "6,769 self-mined Bitcoin in reserve"
    (
        any_of(
            "btc held",
            "bitcoin held",
            "bitcoins held",
            "btc in ",
            "bitcoin in ",
            "bitcoins in ",
            "on hand",
            "books",
            "on reserve",
            "btc in",
        ),
        re.compile(
            rf"(?P<qty>{LEADING_NUMBER}){FOOTNOTE}\s*(?:total\s+)?{BTC_ADJECTIVE}{BTC_UNIT}\s+"
            rf"{_IN_RESERVE}",
            _I,
        ),
    ),
    # "At 9,113 BTC, Hut 8 continues to have one of the largest self-mined Bitcoin reserves"
    (
        re.compile(
            r"(?:^|\n)\s*(?:at|with) [~\d].*(?:reserve|holdings|treasury|balance sheet|hodl)"
        ),
        re.compile(rf"(?m)^\s*(?:At|With)\s+{BTC_QTY}\s*,", _I),
    ),
    # "one of the largest corporate holders with 9,000 BTC", "balance sheet now includes 9,000 BTC"
    # ("balance sheet shows 13,726 unrestricted BTC", "… lists 2,114 bitcoin": what the sheet
    # states, any verb of showing; the coins it shows unpledged are the holding as stated)
    (
        any_of("holder", "balance sheet"),
        re.compile(
            r"\b(?:holders?\s+(?:of\s+(?:bitcoin|BTC)\s+)?,?\s*with|balance\s+sheet\s+(?:now\s+)?"
            r"(?:includes|included|contains|contained|carries|carried|shows|showed|shown|lists|"
            rf"listed|reflects|reflected|records|recorded|reports|reported))\s+{_SHEET_QTY}",
            _I,
        ),
    ),
    # "Hut 8 has 7,408 BTC (about $146 million), according to …": a plain present "has" states
    # the stock when the coins end its clause (not "has 12 BTC of daily production", "has 40
    # BTC per day", "has 1,200 BTC lent out": a rate, a flow, a part)
    (
        any_of("has"),
        re.compile(
            rf"\bhas\s+{LEADING}{BTC_QTY}{_NO_PART_ASIDE}"
            r"(?=\s*(?:[,;(]|\.(?!\d)|$)|\s+(?:and|worth|valued)\b)",
            _I,
        ),
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
    # "leaves the company with 6,696 BTC", "leaving it with 9,242 BTC at the end of February",
    # "left Hut 8 with 9,242 BTC": what a flow left the company with is its balance
    (
        any_of("leave", "leaving", "left"),
        # (passive too: "It was left with 9,242 BTC at February's end, after the sale")
        re.compile(
            rf"\b(?:(?:leaves?|leaving|left)\s+(?:[\w’'.]+\s+){{1,3}}?|(?:was|were|is|are|been|being)"
            rf"\s+(?:now\s+|still\s+)?left\s+)with\s+{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # "This left just 1,205 Bitcoin and $83 million in cash on Core Scientific's balance sheet",
    # "leaving 2,021 BTC in its treasury": what a sale left is the balance.
    (
        any_of("left", "leaving", "leaves"),
        re.compile(
            rf"\b(?:left|leaving|leaves)\s+{LEADING}{BTC_QTY}"
            # (a decimal point ends no sentence: "and $83.0 million in cash on …")
            rf"(?={IN_SENTENCE}{{0,60}}?\b(?:on|in)\s+(?:[\w’'.]+\s+){{0,3}}?(?:balance\s+sheet|treasury|"
            r"reserves?|custody|coffers)\b)",
            _I,
        ),
    ),
    # "reducing bitcoin held in custody to just 2,021", "lifting BTC held to 5,000"
    (
        any_of("btc held", "bitcoin held", "bitcoins held"),
        re.compile(
            r"\b(?:reduc|lower|cut|bring|increas|rais|lift|push|tak|boost|grow|shrink)\w*\s+"
            r"(?:its\s+|the\s+|their\s+)?(?:bitcoins?|BTC)\s+held"
            r"(?:\s+in\s+(?:custody|reserves?|treasury))?\s+to\s+"
            rf"{LEADING}{APPROX}(?P<qty>{NUMBER})(?!\s*(?:%|million|billion|[.,]\d))"
            rf"(?:{FOOTNOTE}\s*{BTC_UNIT})?",
            _I,
        ),
    ),
    # "held $55.1 million in cryptocurrency assets, including 450 Bitcoins": the coins among
    # the assets held
    (
        any_of("including", "of which", "comprising", "consisting"),
        re.compile(
            r"\b(?:held|holds|holding|owned|owns)\s+(?:[^.;]|\.(?=\d)){0,60}?\b(?:assets|holdings)\b,?\s+"
            rf"(?:including|of\s+which|comprising|consisting\s+of)\s+{BTC_QTY}",
            _I,
        ),
    ),
    # "Convert all existing crypto holdings (including approximately 19 BTC worth around $2.1
    # million)", "its digital asset holdings, including 1,200 BTC and 5,000 ETH": the coins
    # among the crypto the company holds, named as a class (no verb needed: the noun is held)
    (
        _CRYPTO_HOLDINGS_GATE,
        re.compile(
            r"\b(?:crypto(?:currency|currencies)?|digital[- ](?:asset|currency)s?)\s+"
            r"(?:holdings|reserves?|treasury|portfolio)\s*[(,]\s*(?:including|of\s+which)\s+"
            rf"{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # "surpassing 7,500 BTC total holdings", "crossed 10,000 BTC in holdings": a threshold the
    # holding crossed is a bound that keeps its number (README, decided case 20)
    (
        any_of("surpass", "exceed", "topp", "crossed", "crossing"),
        re.compile(
            r"\b(?:surpass|exceed|topp|cross)\w*\s+(?:the\s+)?"
            rf"{BTC_QTY}\s+(?:mark\s+)?(?:in\s+)?(?:its\s+)?(?:total\s+)?(?:bitcoin\s+|BTC\s+)?"
            r"(?:holdings|treasury|reserves?|held)\b",
            _I,
        ),
    ),
    # "Riot's 19,223 BTC holdings", "Acme's 5,000-BTC treasury" (a compound adjective)
    (
        re.compile(r"(?:btc|bitcoins?|₿|\(btc\))[ -](?:holdings|treasury)"),
        re.compile(
            rf"(?P<qty>{LEADING_NUMBER}){FOOTNOTE}(?:\s*|-){BTC_UNIT}[\s-]+(?:holdings|treasury)\b",
            _I,
        ),
    ),
    # "total holdings 17,429 BTC", "Bitcoin holdings ~6,400 BTC as of Oct 31, 2025"
    (
        any_of("total holdings", "bitcoin holdings", "btc holdings"),
        re.compile(rf"\b(?:total|bitcoin|BTC)\s+(?:bitcoin\s+|BTC\s+)?holdings\s+{BTC_QTY}", _I),
    ),
    # "it had 9,297 total Bitcoin holdings as of Nov. 30" (a verb before: not "Hut 8 total
    # BTC holdings", a name)
    (
        any_of(" total bitcoin holdings", " total btc holdings"),
        re.compile(
            rf"\b(?:had|has|have|with)\s+{APPROX}(?P<qty>{NUMBER})\s+total\s+(?:bitcoin|BTC)\s+"
            r"holdings\b",
            _I,
        ),
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
    (
        _TOTAL_OR_AS_OF,
        re.compile(rf"{_TOTAL_TO}{BTC_QTY}", _I),
    ),
    (
        _TOTAL_OR_AS_OF,
        re.compile(_HAD_AS_OF, _I),
    ),
    (any_of("at the end of", "as of", "as at"), re.compile(_DATE_LEAD_HAD, _I)),
    # "Maintained a strong financial position with $688.5 million in cash on hand and 8,490
    # unencumbered Bitcoin as of March 31, 2024": the coins beside the cash, at a balance date
    # (or added to it: "liquidity … comprising $7.7 million in cash plus 39 Bitcoin as of …")
    (
        _TOTAL_OR_AS_OF,
        re.compile(
            r"\bcash\b[^.;$]{0,30}?\b(?:and|plus)\s+"
            rf"{APPROX}(?P<qty>{NUMBER}){FOOTNOTE}\s*(?:(?:unencumbered|unrestricted)\s+)?{BTC_UNIT}"
            r"(?=\s*,?\s+(?:as\s+(?:of|at)|at\s+the\s+end\s+of|on\s+(?:its|the)\s+balance\s+sheet)\b)",
            _I,
        ),
    ),
    # "held cryptocurrencies, including receivables …, of a total of approx. 1,360 BTC and
    # approx. 39,820 ETH": the coins held, named as a class, then their bitcoin total
    (
        any_of("a total of"),
        re.compile(
            r"\b(?:held|holds|owned|owns)\s+(?:cryptocurrenc(?:y|ies)|"
            r"crypto[- ]?(?:assets|currencies)|digital\s+assets)\b[^.;\d$]{0,100}?"
            r"\b(?:of\s+)?a\s+total\s+of\s+"
            rf"{LEADING}{BTC_QTY}",
            _I,
        ),
    ),
    # "Total bitcoin held at April 30 was 9,000", "the number of bitcoin held … was 9,000"
    (
        any_of("btc held", "bitcoin held", "bitcoins held"),
        re.compile(
            r"\b(?:bitcoins?|BTC)\s+held\b(?!\s+(?:for|on\s+behalf)\b)(?!\s+by\s+(?!the\s+end))"
            r"(?:\s+(?:at|as\s+of|on|by)\s+[^.;$]{2,30}?)?\s+(?:was|were|"
            rf"totaled|totalled|stood\s+at|amounted\s+to|reached)\s+{APPROX}(?P<qty>{NUMBER})"
            rf"(?!\s*(?:%|EH|PH|TH|MW|million|billion|[.,]\d))(?:{FOOTNOTE}\s*{BTC_UNIT})?",
            _I,
        ),
    ),
    # "bringing the total number of Bitcoins it holds to about 7,035": the noun names the coins,
    # so the figure may stand without its unit
    (
        any_of("number of bitcoin", "number of btc", "number of coins"),
        re.compile(
            r"\btotal\s+number\s+of\s+(?:bitcoins?|BTC|coins)\s+(?:held(?:\s+by\s+the\s+company)?|"
            r"(?:it|they|we|the\s+company)\s+(?:now\s+)?(?:holds|hold|held|owns|own|owned))\s+to\s+"
            rf"{APPROX}(?P<qty>{NUMBER})(?!\s*(?:%|EH|PH|TH|MW|million|billion|[.,]\d))"
            rf"(?:{FOOTNOTE}\s*{BTC_UNIT})?",
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
    # a holding after an aside on its parts ("balance, including 2,000 loaned …, is 5,053")
    *HELD_AFTER_ASIDE,
    *OTHER_COINS_HELD,  # "613.2 bitcoins and 11,738.8 ETH held as treasury assets"
    *OTHER_COINS_FIRST_HELD,  # "held 20,030 Ethereum (ETH) …, and 320 Bitcoin (BTC)"
]
# In the words between a holdings noun and its figure: a value, a change ("by 60%" — unless the
# level follows: "increasing its total holdings by 4% to 2,377"), a flow, or a subset
# ("unrestricted holdings").
_NOT_A_LEVEL = Folded(
    r"valu|worth|price|market|USD|dollar|\b(?:sold|mined|produced|purchased|acquired)\b|"
    # a change "by 500 BTC" (not "by 4% to 2,377"), or whose holdings ("holdings by public
    # companies"); a date ("by the end of April") or the company itself is no obstacle
    # ("… holdings by LM Funding America, Inc. to 95.1 BTC": a company by its legal name, whose
    # figure the peer guard tells apart)
    r"\bby\s+(?!(?:the\s+)?(?:end|close|month-end|quarter-end|year-end)\b|the\s+(?:company|firm|miner)\b|"
    r"(?:[\w&-]+,?\s+){1,4}?(?:inc|corp|ltd|limited|plc)\b|" + MONTH_WORD + r"\b|"
    # ("by 7.6% from the prior quarter to 3,496 bitcoin": the change's base, then the level)
    r"\d[\d.,]*\s*(?:%|percent|btc|bitcoins?)?(?:\s+(?:from|over|versus|vs\.?)\s+(?:the\s+)?"
    r"(?:prior|previous|preceding|last)\s+(?:month|quarter|year))?\s*$)|"
    # a goal, not the balance: "holdings target is 10,000 BTC"
    r"\b(?:target|goal|aim|objective|ambition)s?\b|"
    # a forecast: "is expected to reach 25,000", "will hit"
    r"\b(?:expect\w*|project\w*|forecast\w*|plan\w*|will|would|could|might|should)\b"
)

_BTC_WORD = Folded(r"\b(?:bitcoins?|BTC|HODL)\b")

_HOLDING_VERB = Folded(r"(?:held|holds|holding|hold|owned|owns|owning|retains)\b")
_FLOW_AFTER = Folded(
    r"\s*(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:sold|mined|produced|purchased|acquired|"
    r"bought|earned|added)\b"
)

_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)")

# (a footnote digit may be glued to the noun: "The BTC equivalent2 of our digital asset holdings")
_EQUIVALENT = Folded(r"\b(?:BTC|bitcoin)\s+equivalent\d?\b(?!s)")
# "held 9 BTC and other digital assets equivalent to 18 Bitcoins", "assets worth the
# equivalent of 18 BTC": other assets counted in bitcoin, not coins held.
_EQUIVALENT_TO = Folded(r"\bequivalent\s+(?:to|of)\s+(?:approximately\s+|about\s+|roughly\s+)?$")
_EQUIVALENT_REACH = 40


# "sold half its stash of 6,000 BTC": the balance before a sale, not the one reported.
_SOLD_BEFORE = Folded(r"\b(?:sold|selling|sell|liquidat\w*|offload\w*|dump\w*|unload\w*)\b")
_FLOW_INSIDE = Folded(
    r"\b(?:sold|sale|sales|selling|purchas\w*|bought|acquir\w*|mined|produced|raised)\b"
)
_STASH = Folded(r"\b(?:stash|hoard|trove|stack|pile|chest|treasury|reserves?|holdings)\s+of\s")


# "sold 3,000 Bitcoin …, about 47% of the company's approximately 6,349 BTC holdings": the
# holding a sale's share is taken of is the balance before the sale (decided case 1).
_SHARE_BASE = Folded(
    r"\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|his\s+)?"
    r"[^.;%\d]{0,50}$"
)


# "The cost basis for 2,243 bitcoin held as of the date prior to the adoption of ASC 350-60":
# the coins an accounting basis is stated for (a part, at an undated day), not the balance.
_COST_BASIS_OF = Folded(r"\bcost\s+basis\s+(?:for|of|on)\s+(?:the\s+|its\s+|approximately\s+)?$")


def _cost_basis_of(text: str, qty: int) -> bool:
    window = max(0, qty - 40)
    return "basis" in text[window:qty] and _COST_BASIS_OF.search(text, window, qty) is not None


def _equivalent_to(text: str, qty: int) -> bool:
    window = max(0, qty - _EQUIVALENT_REACH)
    return "equivalent" in text[window:qty] and _EQUIVALENT_TO.search(text, window, qty) is not None


def _sale_share_base(text: str, qty: int) -> bool:
    share = _SHARE_BASE.search(text, max(0, qty - 80), qty)
    return share is not None and _SOLD_BEFORE.search(text, 0, share.start()) is not None


# "ended the year with a total of 7,377 BTC loaned", "with 7,877 BTC lent out", "finished
# the quarter with 3,000 BTC pledged as collateral", "held 7,377 BTC in loans to third
# parties": the coins lent or pledged are a part of the holding (decided case 12), not the
# holding itself.
_PART_AFTER = Folded(
    r"[^\S\n]*(?:btcs?|bitcoins?|coins)?\s+(?:(?:now|currently|still|being)\s+)?"
    r"(?:lent|loaned|pledged|encumbered|(?:out\s+)?on\s+loan|under\s+loan|"
    # ("held 7,377 BTC in loans to third parties", "3,000 BTC as collateral")
    r"in\s+(?:loans?|lending)|(?:as|in)\s+collateral)\b"
)


def _part_lent_or_pledged(text: str, qty_end: int) -> bool:
    """Are the coins ending at `qty_end` named as lent, loaned or pledged ones?"""
    return _PART_AFTER.match(text, qty_end) is not None


def is_held_level(text: str, match: re.Match[str]) -> bool:
    """A holdings figure that is the bitcoin balance, not a BTC-equivalent, a flow or a value."""
    if _FLOW_INSIDE.search(match.string, match.start(), match.start("qty")):
        return False  # "treasury sale of $45 million (500 BTC)": a flow, not the balance
    if _part_lent_or_pledged(text, match.end("qty")):
        return False
    if _sale_share_base(text, match.start("qty")):
        return False
    if _cost_basis_of(text, match.start("qty")):
        return False
    if _STASH.search(match.group(0)) and _SOLD_BEFORE.search(
        guards.clause_before(text, match.start())
    ):
        return False
    if _PERCENT_AFTER.match(text, match.end("qty")):
        return False  # "portfolio from 3% to 45%": a share, not coins
    if _EQUIVALENT.search(text, 0, match.start("qty")):
        return False  # "BTC equivalent of our digital asset holdings": not bitcoin held
    if _equivalent_to(text, match.start("qty")):
        return False  # "other digital assets equivalent to 18 Bitcoins": not bitcoin held
    if not _HOLDING_VERB.match(match.group(0)) and _FLOW_AFTER.match(text, match.end()):
        return False  # "treasury, with 500 BTC sold in May": a flow, not the balance
    if "noun" in match.re.groupindex:
        return _plausible_holding(match)
    return True


# "MARA Holdings achieved a production of 950 BTC", "Marathon Digital Holdings mined …": the
# "Holdings" of a company's name (a ticker or a name word before it), not its bitcoin.
_NAMED_HOLDINGS = skipping(
    re.compile(
        r"(?:\b(?!BTC\b)[A-Z]{2,6}|\b(?:Digital|Generation|Mining|Group|Technologies|Technology|"
        r"Platforms|Energy|Infrastructure|International|Global|Capital|Blockchain))\s+$"
    )
)


def _plausible_holding(match: re.Match[str]) -> bool:
    """ "bitcoin holdings reached 2,193.7" — a level, in BTC, not a dollar value or a change."""
    if _NOT_A_LEVEL.search(match["mid"]):
        return False
    if match["noun"] == "Holdings" and _NAMED_HOLDINGS.search(
        match.string, max(0, match.start() - 30), match.start()
    ):
        return False
    kilo = "kilo" in match.re.groupindex and match["kilo"]
    if not kilo and match.string[match.end("qty") : match.end("qty") + 1].isalpha():
        return False  # "reserve of 25 thousand": no count (25K BTC is read, decided case 20)
    if match["unit"]:
        return True
    if YEAR_LIKE.match(match["qty"]):
        return False  # "… of 2025": a year, not a unit-less holding
    context = match.string[max(0, match.start() - 25) : match.end("mid")]
    return bool(_BTC_WORD.search(context))
