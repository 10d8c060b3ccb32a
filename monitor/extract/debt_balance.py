"""Debt balances in prose: total or named debt outstanding at a date, and "no debt".

A balance is an amount bound to a debt noun by a stative verb or position ("total debt was
$X", "$X outstanding under the facility", "$X of convertible notes outstanding", "Debt: $X"),
or the balance left by a change ("reducing the loan to $X"). Bounds and past highs ("maximum",
"peak"), balances a plan will leave ("will have") and the whole a part was taken from are not.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import guards
from .branches import Branches
from .context import DocContext
from .debt_balance_left import balance_left
from .debt_held import owed_after, possessive_before
from .debt_periods import publication_month
from .debt_report_title import month_names_report
from .debt_words import ACTION_VERB, AMOUNT_CONNECTOR, DEBT_NEAR, NAME_GAP, Window
from .entities import is_peer_figure
from .evidence import money_observations, observation
from .folded import MONTH_WORD, Folded, lowered
from .gates import Words
from .model import DEBT_TOTAL, Extracted
from .numbers import APPROX, IN_SENTENCE, Money
from .resolver import past_event_period, resolve_period
from .sentences import Segment

# Trigger phrase, a short gap without another amount, the connector, then the amount.
# A share of the debt cut, told without "by": "nearly 85%", "about 40 %".
_SHARE_CUT = (
    r"(?:(?:nearly|almost|about|approximately|roughly|some|over|more\s+than)\s+)?"
    r"\d{1,3}(?:\.\d+)?\s?%"
)
_TOTAL = Branches(  # (asked only whether it matches: `branches`)
    r"\b(?:total\s+(?:principal\s+)?(?:outstanding\s+)?(?:debt|indebtedness|borrowings|"
    r"loans(?:\s+payable)?)|"
    r"(?:outstanding|aggregate)\s+(?:debt|indebtedness|borrowings)|long-term\s+debt|"
    r"(?:loans?|notes?)\s+payables?|debt\s+(?:load|burden|pile)|"
    r"outstanding\s+(?:principal\s+|loan\s+)?balances?|"
    r"(?:loan|debt|note|facility|credit\s+line|principal)(?:['’]s)?\s+balance|"
    r"(?:total\s+)?outstanding\s+principal(?:\s+amount)?|"
    r"(?:remaining|unpaid)\s+(?:principal\s+|loan\s+)?balance|"
    # "The miner's remaining BTC304 debt to Anchorage was valued at about $18 million"
    r"(?:remaining|outstanding)\s+(?:[\w-]+\s+){0,2}?(?:debt|loans?|borrowings|notes|bonds|"
    r"debentures)|"
    # "the company's convertible notes outstanding were $650 million"
    r"(?:notes|loans|bonds|debentures|borrowings|debt)\s+outstanding)\b"
    rf"[^.;$]{{0,60}}?(?:\b|\s){AMOUNT_CONNECTOR}\s+(?:an?\s+)?{APPROX}$"
    # "Debt totaled $350 million", "The company's borrowings stood at $120 million"
    r"|(?:^|[-•*]\s*|\b(?:its|our|their|the\s+company['’]s|[a-z0-9]+(?:['’]s|s['’]))\s+)"
    r"(?:(?:total|only|remaining)\s+)?(?:debt|"
    r"borrowings|indebtedness)(?:\s+(?:(?:now|currently|still)\s+)?(?:totaled|totalled|totals|stood\s+at|"
    r"stands?\s+at|sits\s+at|amounted\s+to|remain(?:s|ed)?(?:\s+at)?|"
    r"was|were|is|are|(?:fell|dropped|declined|decreased|rose|increased|grew|climbed)\s+to)\s+|"
    rf"(?:\s+outstanding)?\s*:\s*)(?:an?\s+)?{APPROX}$"
    # "grapples with significant overall debt, approximating $290 million", "has debt totaling
    # $45 million": the debt's amount told by a participle, not a copula
    r"|\b(?:overall|total|aggregate|(?:has|have|had|carries|carry|carried|with)"
    r"(?:\s+(?:significant|outstanding|substantial))?)\s+(?:debt|borrowings|indebtedness)\s*,?\s+"
    rf"(?:totall?ing|amounting\s+to|approximating)\s+{APPROX}$"
    # "Total debt decreased from $150 million to $120 million": the balance a change reached.
    r"|\b(?:total\s+)?(?:debt|borrowings|indebtedness|loan\s+balance)\s+"
    r"(?:(?:has|have|was|were|has\s+been|had\s+been)\s+)?"
    r"(?:increased|decreased|rose|fell|grew|declined|dropped|went|reduced|cut|lowered|brought\s+down|"
    r"paid\s+down)\s+from\s+[^.;]{1,40}?\s+to\s+"
    rf"{APPROX}$"
    # "its indebtedness consisted of $300 million of 2030 notes"
    r"|\b(?:debt|indebtedness|borrowings)\s+(?:(?:consists?|consisted|comprises?|comprised|"
    r"(?:is|was)\s+comprised)\s+(?:(?:solely|entirely|mainly|primarily)\s+)?of)\s+"
    rf"(?:an?\s+)?{APPROX}$"
    # "two loans outstanding: a $20 million term loan and …"
    rf"|\boutstanding\s*:\s*(?:an?\s+)?{APPROX}$"
    # "Cipher holds no significant debt other than $11 million for equipment financing"
    rf"|\bdebt\s+(?:other\s+than|except(?:\s+for)?|besides|apart\s+from)\s+{APPROX}$"
    # "its debt has decreased by $4 million, totaling $75 million": the balance after a change.
    r"|\b(?:its|our|their|the\s+company['’]s|[a-z0-9]+(?:['’]s|s['’]))\s+(?:total\s+)?(?:debt|borrowings|"
    r"indebtedness|loans?)\b(?:[^.;]|\.(?=\d)){0,60}?,\s*(?:now\s+)?"
    rf"(?:totaling|totalling|(?:to|for)\s+a\s+total\s+of)\s+{APPROX}$"
    # "reducing the outstanding balance to $76 million", "Reduced the Galaxy loan by $18.2
    # million from $23.5 million at 1 January 2024 to $5.3 million": the balance left.
    # ("…, cutting the debt from US$38.0 million to $23.0 million": a participle alike)
    r"|\b(?:reduc\w*|bring\w*|brought|lower\w*|decreas\w*|cut(?:s|ting)?|trim\w*|slash\w*|"
    r"pa(?:y|ys|id|ying)\s+down|pa(?:y|ys|id|ying)(?=\s+(?:[\w-]+\s+){0,4}?(?:debts?|loans?|"
    r"balances?|borrowings|facility)\s+down\b))\s+"
    r"(?:[\w-]+\s+){0,4}?"
    # ("reduced its debt balances from $87 million to around $26 million", "reducing the
    # outstanding value to $23 million", "reduced its debt obligations to $26 million": the
    # debt's amount named by its noun)
    r"(?:balances?|principal|debts?|borrowings|indebtedness|loans?|facilit(?:y|ies)|"
    r"line\s+of\s+credit|credit\s+line|outstanding\s+(?:value|amount|sum))\b"
    r"(?:\s+(?:obligations|commitments|load|burden|pile))?"
    # the lender after the loan: "debt owed to Galaxy Digital", "facility with Galaxy"
    # ("lower its debt to Galaxy Digital LLC by $28 million, from $66 million to $37 million")
    r"(?:\s+(?:owed\s+to|due\s+to|with|to)\s+(?:[\w.&'’-]+\s+){0,5}?[\w.&'’-]+(?=\s+(?:by|from)\b))?"
    # ("lowering our debt nearly 85% from a high of $165 million … to $25 million": the share
    # cut, with no "by")
    rf"(?:\s+down)?(?:\s+{_SHARE_CUT})?(?:\s+by\s+{IN_SENTENCE}{{0,60}}?)?"
    rf"(?:\s+from\s+{NAME_GAP}{{0,60}}?)?\s+to\s+{APPROX}$"
    # "The firm's debts total $45 million", "Its loans now total $45 million", "obligations under
    # the loan stood at $45 million", "Debt obligations totaled $45 million"
    r"|\b(?:debts|loans|(?:debt|loan)\s+obligations|obligations\s+under\s+(?:the|its|our|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:loans?|facility|notes|credit\s+agreement))\s+(?:(?:now|currently|still)\s+)?"
    r"(?:total(?:ed|led|s)?|stood\s+at|stands?\s+at|sits?\s+at|amount(?:ed|s)?\s+to|came\s+to)\s+"
    rf"(?:an?\s+)?{APPROX}$"
    # "repay the existing bridge debt, currently outstanding at approximately $180 million"
    r"|\b(?:debt|borrowings|indebtedness|loans?|notes|facility)\s*,?\s*(?:which\s+(?:is|was)\s+|"
    rf"(?:currently|now|still)\s+)?outstanding\s+at\s+(?:an?\s+)?{APPROX}$"
    # "its $50 million loan from NYDIG now amounts to $62 million": the balance now
    r"|\b(?:debt|borrowings|indebtedness|loans?|notes|facility)\b[^.;$]{0,60}?\b(?:now|currently)\s+"
    rf"(?:amounts?\s+to|stands?\s+at|totals?|comes?\s+to)\s+(?:an?\s+)?{APPROX}$"
    # "The company's debt, which stood at $45 million at the end of September, …"
    r"|\b(?:debt|borrowings|indebtedness|loans?|notes)\s*,\s*which\s+(?:(?:now|currently)\s+)?"
    rf"(?:stood|stands|sits|sat)\s+at\s+(?:an?\s+)?{APPROX}$"
    # "raising the total balance to $13,006,022": a balance grown to the amount (a balance or
    # principal only; "increased the facility to $200 million" is a facility's size).
    r"|\b(?:rais\w*|increas\w*|lift\w*|tak(?:e|es|ing))\s+(?:the\s+|its\s+|our\s+)?(?:total\s+)?"
    r"(?:outstanding\s+)?(?:loan\s+|debt\s+|principal\s+)?(?:balance|principal)(?:\s+(?:due|owed|"
    rf"outstanding))?\s+to\s+{APPROX}$"
    # "the balance of outstanding loans withdrawn under the Agreements A as of June 30, 2025 was
    # $35.0 million", "the balance due on the Notes rose from $12.5 million to $13.0 million"
    r"|\bbalances?\s+(?:(?:due|outstanding|owed|owing)\s+)?(?:on|under|of)\s+(?:the\s+|its\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:notes|loans?|debt|borrowings|facility|debentures|bonds|line\s+of\s+credit|"
    r"credit\s+line)\b(?:(?!proceeds|offering|interest)[^.;$]|\.(?=\d)){0,100}?"
    rf"(?:\b{AMOUNT_CONNECTOR}|\bfrom\s+{NAME_GAP}{{0,40}}?\s+to)\s+(?:an?\s+)?{APPROX}$"
    # "with the balance reduced to approximately $5.7 million as of June 30, 2024"
    r"|\b(?:the|its|their|our|remaining)\s+balance\s+(?:(?:was|being|has\s+been|had\s+been|now)\s+)?"
    r"(?:reduced|lowered|cut|paid\s+down|brought\s+down|decreased|fell|dropped|declined)\s+to\s+"
    rf"{APPROX}$"
    # "Debt was reduced to $72 million", "this allowed debt to be reduced to $72 million", "its
    # borrowings have been cut to $12 million": the passive of a reduction, the level it reached
    r"|\b(?:total\s+|outstanding\s+|remaining\s+)?(?:debt|borrowings|indebtedness|"
    r"(?:loan|debt|outstanding)\s+balance)\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|"
    r"to\s+be)\s+)(?:further\s+)?(?:reduced|cut|lowered|brought\s+down|paid\s+down|trimmed|"
    rf"slashed)\s+to\s+{APPROX}$"
    # "The debts have reached $32 million", "its borrowings hit $120 million"
    r"|\b(?:debts?|borrowings|indebtedness)\s+(?:(?:have|has|had)\s+)?(?:now\s+)?(?:reached|hit|"
    rf"(?:climbed|ballooned|swelled)\s+to)\s+(?:an?\s+)?{APPROX}$"
    # "Hut 8's remaining debt includes a $150-million convertible note": a part of the balance
    r"|\b(?:remaining|total|outstanding|its|our|their|[a-z0-9]+(?:['’]s|s['’]))\s+(?:debt|indebtedness|borrowings)\s+"
    rf"(?:includes?|included)\s+(?:an?\s+)?{APPROX}$"
    # (not "current loans $176.4 M and long-term loans $643.9 M": a balance sheet's current and
    # long-term portions are splits of one balance, never a balance of their own, README
    # decided case 28; "Long-term debt reached $643.9 million", told alone, is read above)
)


# "…, leaving $72.2 million of unsecured debt": the balance a repayment or a deal left.
_LEFT_WITH = Folded(
    r"\b(?:leaving|leaves|left(?:\s+(?:it|the\s+company)\s+with)?)\s+"
    rf"(?:(?:the\s+company|it|its|the|a|only)\s+)?(?:with\s+)?{APPROX}$"
)


# "$200 million drawn on its credit lines", "of which $200 million has been drawn": a drawn
# balance (not "was drawn at closing", which is a draw made).
_DRAWN_BALANCE_AFTER = Folded(
    r"^\s+(?:(?:has|have)\s+been\s+|is\s+(?:currently\s+)?|are\s+(?:currently\s+)?)?"
    r"(?:drawn|borrowed)\s+(?:on|under|from)\b|^\s+(?:has|have)\s+been\s+(?:drawn|borrowed)\b"
)


# "As of October 31, 2025, the Company had borrowed $200 million under its line of credit"
_HAD_BORROWED = Folded(
    # "The company has drawn a total of $45 million under the facility"
    r"\b(?:has|have|had)\s+(?:(?:now|so\s+far|already)\s+)?(?:drawn|borrowed)\s+(?:down\s+)?a\s+total\s+of\s+"
    rf"{APPROX}$|"
    rf"\bas\s+(?:of|at)\b[^.;]{{0,60}}\b(?:had|has|have)\s+(?:(?:already|now|so\s+far|fully)\s+)?"
    r"(?:borrowed|drawn(?:\s+down)?)\s+"
    rf"{APPROX}$"
)


# "ended the year with $1.3 billion in convertible notes", "exited June with $20 million of
# borrowings", "finished fiscal 2024 with $650 million in debt": the period's closing balance.
_ENDED_WITH = Folded(
    r"\b(?:ended|ending|exited|exiting|closed|closing|finished|finishing|concluded|wrapped\s+up)\s+"
    r"(?:(?:the|its|their|our|fiscal)\s+)?(?:\w+\s+)?"
    rf"(?:year|quarter|month|period|half|{MONTH_WORD}|(?:19|20)\d\d|q[1-4](?:\s+20\d\d)?)\s+"
    rf"with\s+{APPROX}$"
)


# (not "$20 million less debt", "$20 million of new notes": a change, not the balance)
_DEBT_HELD_AFTER = Folded(
    r"^\s+(?:of|in)\s+(?:(?:its|the|our)\s+)?"
    r"(?:(?!less\b|lower\b|fewer\b|more\b|new\b|additional\b)[\w%.-]+\s+){0,3}?"
    r"(?:debt|notes|loans|borrowings)\b"
)


# "leading to a total of $100 million being drawn": the balance drawn on a facility.
_TOTAL_OF = Folded(rf"\ba\s+total\s+of\s+{APPROX}$")


_DRAWN_AFTER = Folded(r"^\s+(?:(?:being|now|has\s+been|have\s+been)\s+)?(?:drawn|borrowed)\b")


# "$130 million outstanding under the Coinbase facility", "US$7,700,000 aggregate principal
# amount outstanding of our Convertible Notes": a balance of a named loan or notes.
_OUTSTANDING_AFTER = Branches(
    r"^\s*(?:(?:in\s+|of\s+)?(?:aggregate\s+)?principal\s+(?:amount\s+)?)?(?:was\s+|remained\s+)?"
    r"outstanding\s+(?:under|on|of)\b(?![^.;]{0,40}\bshares\b)"
    # "$750.0 million of convertible notes outstanding", "$862.5 million principal amount of
    # 2029 Notes outstanding"
    r"|^\s+(?:(?:aggregate\s+)?principal\s+amount\s+)?(?:of|in)\s+(?:(?:its|the|our|their)\s+)?"
    r"(?:[\w%.-]+\s+){0,4}?(?:notes|loans?|debt|borrowings|debentures|bonds)(?:\s+due\s+\d{4})?"
    r"\s+(?:(?:that\s+)?(?:was|were|remain(?:ed|s)?)\s+)?outstanding\b"
    # "$650 million of outstanding convertible notes", "$60 million in outstanding borrowings"
    r"|^\s+(?:of|in)\s+(?:(?:its|the|our|their)\s+)?outstanding\s+(?:[\w%.-]+\s+){0,3}?(?:notes|loans?|debt|"
    r"borrowings|debentures|bonds|facilit(?:y|ies)|credit\s+lines?|lines?\s+of\s+credit)\b"
    # "($594.4 million principal less $13.6 million of unamortized debt issuance costs)"
    r"|^\s*(?:aggregate\s+)?principal(?:\s+amount)?\s+(?:less|net\s+of|before)\b"
)


# "long-term related-party debt $405.1M", "and debt of $1 million": a debt balance named
# right before its amount (not a repayment, restructuring or financing of it).
_DEBT_BEFORE = Folded(
    r"(?<!repay )(?<!reduce )(?<!refinance )\b(?:long-term\s+|related[- ]party\s+|net\s+|"
    rf"convertible\s+)*debt\s+(?:of\s+)?{APPROX}$"
)


_DEBT_VERB_BEFORE = Folded(
    r"\b(?:repa\w*|paid|pay\w*|reduc\w*|restructur\w*|refinanc\w*|rais\w*|issu\w*|postpone\w*|"
    r"eliminat\w*|extinguish\w*|cancel\w*|settl\w*|resolv\w*|retir\w*|convert\w*|conversion|"
    r"redeem\w*|"
    r"repurchas\w*|bought|forg\w*|discharg\w*|"
    r"took|take[ns]?|taking|borrow\w*|add\w*|secur\w*|obtain\w*|"
    # "Moves To Erase $18M in Debt", "wiping out $50 million of debt": debt removed, not held
    r"eras\w*|wip(?:e|es|ed|ing)\s+out|slash\w*|shed\w*|trim\w*|writ\w*\s+off|wrote\s+off)\b"
    r"[^.;]*$"
)


_DEBT_AFTER = Folded(
    r"^\s+(?:of\s+|in\s+)?(?:total\s+|long-term\s+|outstanding\s+|convertible\s+)?debt\b"
    r"(?!\s+(?:financ|facilit|offering|securit|instrument|maturit|service|issuance|raise|deal|"
    r"repayment|payment|reduction|paydown|restructur|swap|exchange|conversion|transaction|"
    # "an $875 million convertible debt sale": a deal named by its size, not a balance
    r"sales?\b|placement|package|round|raising|buyback|repurchase|tender))"
)


# "an $11 million promissory note the miner owes": a named debt the company owes is a balance.
_OWED_AFTER = Folded(
    # (not "$6 million to settle loans owed to its lender": a payment toward the debt)
    r"^(?!\s+to\s)\s*(?:[\w-]+\s+){0,3}?(?:notes?|loans?|debt|borrowings|debentures?)\s+"
    r"(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){0,3}?ow(?:es|ed)\b"
)


# "$22 million remaining", "Only $6.72 million is owed under the loan", "$40 million remains
# outstanding": the amount is the balance (not money owed *to* the company, nor shares).
# Nouns that "outstanding" may qualify that are no borrowing: trade payables and invoices, a
# lender's undrawn commitments, purchase orders (README: debt is what the company borrowed).
_NOT_BORROWED = (
    r"(?:(?:trade|accounts?)\s+)?(?:payables?|invoices?|receivables?|commitments?|purchase\s+"
    r"orders?|orders?|obligations?\s+to\s+(?:vendors|suppliers))\b"
)
_REMAINING_AFTER = Folded(
    r"^\s*(?:(?:is|was|are|were)\s+(?:still\s+)?)?(?:remaining|remain(?:s|ed)?\s+(?:outstanding|"
    r"owed|due)|outstanding|owed|owing)\b(?!\s+(?:shares|by\b|to\s+(?:it|us|the\s+company)\b))"
    # "$75 million remaining Bitmain prepayments": "remaining" qualifies another noun.
    r"(?!(?<=remaining)\s+(?!(?:on|under|of|in|as|at|after|following|by|from|with|and|or|for|to|"
    r"outstanding|balance|principal|debt|loans?|notes?|due)\b)[a-z])"
    # "$150 million remaining under its ATM program", "$40 million remaining to deploy": not debt.
    r"(?![^.;]{0,40}\b(?:atm|at-the-market|equity|shares?|repurchase|buyback|program|to\s+"
    r"(?!be\s+(?:re)?paid)\w+))"
    # "an approximately $11.4 million outstanding payable" to a contractor, "$50 million
    # outstanding commitments" of a lender: owed or promised, but no borrowing.
    rf"(?!(?<=outstanding)\s+{_NOT_BORROWED})"
)


# How far around an amount the window checks read (slices keep lowercasing cheap).
_REACH = 120

# "no financial debt", "no bank debt" ("monetary": a rewrite's word for financial); "no
# external debt" (a company's debt is owed outside it: the word qualifies nothing away); not
# "no long-term debt", which says nothing of short-term borrowings (README, decided case 17)
_DEBT_KIND = (
    r"(?:financial\s+|monetary\s+|bank\s+|interest[- ]bearing\s+|external\s+|third[- ]party\s+)?"
)
# "no debt", "debt-free", "fully eliminating the Company's debt": a balance of zero.
_NO_DEBT = Folded(
    rf"(?:\bno\s+(?:outstanding\s+)?{_DEBT_KIND}"
    r"(?:debt|borrowings(?!\s+(?:under|on|from)))|"
    # "is not carrying financial debt", "does not have any bank debt", "doesn't hold any debt"
    r"(?:\bnot|n['’]t)\s+(?:carry|carrying|carries|have|having|has|hold|holding)\s+(?:any\s+)?"
    rf"(?:outstanding\s+)?{_DEBT_KIND}"
    r"(?:debt|borrowings(?!\s+(?:under|on|from)))|"
    r"\bwithout\s+any\s+debt|\bdebt[- ]free|\bzero\s+debt|\b(?:fully\s+)?eliminat\w+\s+"
    r"(?:all\s+)?(?:of\s+)?(?:the\s+company['’]s\s+|its\s+|our\s+)?(?:outstanding\s+)?"
    r"(?:debt|indebtedness|borrowings|principal)|"
    # "paid off its outstanding debt", "repaid all of its debt": the company's debt, not a
    # named loan (README, decided case 24); "its debt to Bitmain" is one creditor's
    r"\b(?:(?:paid|pays|paying)\s+off|(?:repaid|repays|repaying|retired)\s+all|"
    # "the company has repaid its debt": the past act, unqualified, is the whole debt paid
    # (not "repaying its debt", under way; "partially repaid" is `_PART_BEFORE`'s)
    r"(?:has|have|had)\s+(?:now\s+|since\s+|fully\s+)?(?:repaid|retired))\s+"
    r"(?:all\s+)?(?:of\s+)?(?:its|the\s+company['’]s|our|their)\s+"
    r"(?:outstanding\s+|remaining\s+|entire\s+)?(?:debt|indebtedness|borrowings)"
    r"(?!\s+(?:to|with|from|owed|under|on|of)\b))"
    r"(?![a-z])"
)


# "no debt maturities", "no debt covenants": not a statement that there is no debt.
_NOT_A_BALANCE_AFTER = Folded(
    r"\s+(?:maturit|covenant|repayment|due|other\s+than|except|besides|apart\s+from)"
    # "debt free, with the exception of approximately $1 million of mortgage debt": the
    # exception is the balance
    r"|,?\s+(?:with\s+the\s+exception\s+of|excluding|aside\s+from|save\s+for|barring|"
    r"other\s+than|except|besides|apart\s+from)\b"
)


# "no debt overhang", "no debt burden", "no debt-related risk", "eliminate principal
# payments": the debt word modifies a figurative or partial noun after it, so the phrase is not
# nil debt (README, decided case 22). Only these nouns: any other word leaves plain nil debt
# ("no debt obligations", "no debt on its balance sheet", "no debt outstanding"); "no debt
# maturities" and "no debt covenants" are `_NOT_A_BALANCE_AFTER`'s.
_DEBT_AS_MODIFIER = Folded(
    r"-(?!free\b)[a-z]|\s+(?:overhang|burden|load|payments?|service|servicing|costs?|"
    r"concerns?|worr(?:y|ies)|risks?|stress|pressures?|problems?|issues?|trap|spiral|"
    r"financing|issued|issuance|raised|incurred)\b"
)


# "remain significantly cash flow positive on a debt-free basis": a measure taken as if the
# company had no debt, not a statement that it has none.
_AS_IF_BASIS = Folded(r"[\s-]+basis\b")


_PAID_OFF = Folded(
    r"(?:paid|pays|paying|repaid|repays|repaying|retired|(?:has|have|had)\s+[a-z\s]{0,7}"
    r"(?:repaid|retired))\b"
)


_NO_DEBT_WORDS = Words("debt", "eliminat", "borrowings")


_NO_DEBT_HINTS = Words("no ", "free", "zero", "eliminat", "without", "not ", "n't", "n’t",
                        "paid off", "pays off", "paying off", " all ", "repaid its",
                        "retired its", "repaid our", "repaid their")  # fmt: skip


# "Debt: $821.2 million net (majority from $650 million of 0% convertible notes due 2030, plus
# $174.5 million Coinbase line of credit)", "total debt of $900 million, consisting of $750
# million of notes and $150 million under the credit line": each part is a balance too.
_BREAKDOWN = Folded(
    r"\b(?:consist\w*\s+of|compris\w*|includ\w*|of\s+which|made\s+up\s+of|majority|primarily|"
    r"mainly|mostly|largely)\b"
)


_COMPONENT_AFTER = Folded(
    r"\s+(?:(?:aggregate\s+)?principal\s+amount\s+)?(?:(?:of|in|under|on)\s+)?(?:(?:the|its|our)\s+)?"
    r"(?:[\w%.-]+\s+){0,4}?(?:notes?|loans?|line\s+of\s+credit|credit\s+line|facility|debentures?|"
    r"bonds?|borrowings)\b"
)


def is_component(text: str, total_end: int, money: Money) -> bool:
    between = text[total_end : money.start]
    if ";" in between or ". " in between or len(between) > 120:
        return False
    after = text[money.end : money.end + _REACH]
    return bool(_BREAKDOWN.search(between)) and bool(_COMPONENT_AFTER.match(after))


# "As of December 31, its loan payables amounted to $123 million. This was reduced to $99.4
# million by March 31": the balance named by a pronoun for the previous sentence's debt.
# A sentence may open on the day its balance is at: "As of December 31, 2024, the balance was
# AUD $2.0 million" (after a sentence naming the W Capital Loan).
_ANAPHOR_LEAD = r"(?:(?:as\s+(?:of|at)|at|on)\s+[^;.$]{3,40}?,\s+)?"
# The debt the sentence before named, as a pronoun or as its balance.
_ANAPHOR_BALANCE = r"the\s+(?:outstanding\s+|remaining\s+|principal\s+|loan\s+){0,2}balance"
_ANAPHOR_GATE = re.compile(
    rf"{_ANAPHOR_LEAD}(?:this|it|that|{_ANAPHOR_BALANCE})\s+(?:was|has|had|is|stood)\b"
)


_ANAPHOR_REDUCED = Folded(
    r"^(?:this|it|that|the\s+balance)\s+(?:was|has\s+been|had\s+been)\s+(?:further\s+)?"
    rf"(?:reduced|lowered|cut|brought\s+down|paid\s+down)\s+to\s+{APPROX}$"
    # "As of December 31, 2024, the balance was AUD $2.0 million": the balance itself, stated
    rf"|^{_ANAPHOR_LEAD}{_ANAPHOR_BALANCE}\s+(?:was|is|stood\s+at)\s+{APPROX}$"
)


PREVIOUS_CHARS = 200


def _follows_debt(segment: Segment, ctx: DocContext) -> bool:
    """Does the text just before `segment` speak of a debt?"""
    if ctx.text is None:
        return False
    before = ctx.text[max(0, segment.start - PREVIOUS_CHARS) : segment.start]
    return DEBT_NEAR.search(before) is not None


# "In August 2024, the Galaxy loan was repaid in full": a named loan's balance is now none
# (only when no amount is stated: "repaid the $50 million loan in full" is the repayment).
_REPAID_IN_FULL = Folded(
    r"\b(?:loan|facility|notes|debt|line\s+of\s+credit|credit\s+line|debentures?)\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:fully|completely)\s+)?"
    r"(?:repaid|paid\s+off|settled|extinguished|retired)\s+in\s+full\b"
    r"|\b(?:fully|completely)\s+(?:repaid|paid\s+off|settled|retired)\s+(?:its|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:loan|facility|line\s+of\s+credit|debt)\b"
)


_ONLY_DEBT = Folded(
    r"\b(?:only|sole|single|all\s+(?:of\s+)?(?:its|the\s+company['’]s))\s+"
    r"(?:remaining\s+|outstanding\s+)?(?:debt|loan|borrowings?|indebtedness)\b"
)


def repaid_in_full(segment: Segment, ctx: DocContext, lower: str) -> list[Extracted]:
    """A named loan repaid in full, no amount stated → that loan's balance of 0, dated by the
    repayment (the month named, else the report's period), only when it was the company's
    whole debt ("its only loan", "its sole debt"): one loan repaid in full is not "no debt"
    (README, decided case 15)."""
    if "full" not in lower or not _ONLY_DEBT.search(lower):
        return []
    match = _REPAID_IN_FULL.search(segment.text)
    if match is None or guards.is_hypothetical(segment.text, match.start()):
        return []
    if is_peer_figure(segment.text, match.start(), ctx.entity):
        return []
    period = past_event_period(ctx, segment, match.start(), match.end())
    return [observation(segment, DEBT_TOTAL, Decimal(0), "USD", period, currency="USD")]


# "enabling us to be debt free before the next halving", "on track to become debt-free by
# 2026": nil debt as the goal of an infinitive, a state not yet reached (not "is proud to be
# debt-free", whose state is now: only with "become" or a deadline after the phrase, see below).
_NIL_AS_GOAL = Folded(r"\bto\s+(?:(?P<be>be)|become|get|go|turn)\s+(?:fully\s+|completely\s+)?$")
_GOAL_DEADLINE_AFTER = Folded(r"[^.;]{0,20}?\b(?:before|by|ahead\s+of|prior\s+to|within)\b")


# "the long-term benefits of paying off its debt", "committed to paying off its debt": the
# payoff as a noun after a preposition (a goal or a topic), not a payoff done.
_NOUN_PREPOSITION = Folded(r"\b(?:of|for|towards?|about|on|to|at)\s+$")
_GERUND = Folded(r"paying\s")


def _gerund_as_noun(text: str, match: re.Match[str]) -> bool:
    if _GERUND.match(text, match.start()) is None:
        return False
    return _NOUN_PREPOSITION.search(text, max(0, match.start() - 12), match.start()) is not None


def no_debt(segment: Segment, ctx: DocContext, lower: str) -> list[Extracted]:
    """ "$322m cash, no debt" → a debt balance of 0 (not "no debt maturities", not a peer)."""
    if not _NO_DEBT_WORDS.found(lower) or not _NO_DEBT_HINTS.found(lower):
        return []
    match = _NO_DEBT.search(segment.text)
    if match is None or guards.is_hypothetical(segment.text, match.start()):
        return []
    if _not_nil_now(segment.text, match):
        return []
    exception = _NOT_A_BALANCE_AFTER.match(segment.text[match.end() :])
    if exception is not None:
        return _excepted(segment, ctx, match.end() + exception.end())
    if is_peer_figure(segment.text, match.start(), ctx.entity):
        return []
    if _PAID_OFF.match(match.group()):
        # "paid off its outstanding debt": dated by the repayment, like a loan repaid in full
        period = past_event_period(ctx, segment, match.start(), match.end())
        return [_nil(segment, ctx, period)]
    return [_nil(segment, ctx, _nil_period(ctx, segment, match))]


def _not_nil_now(text: str, match: re.Match[str]) -> bool:
    """Is the "no debt" phrase at `match` no nil debt now: a goal, a modifier, a basis?"""
    goal = _NIL_AS_GOAL.search(text, max(0, match.start() - 24), match.start())
    if goal is not None and (
        goal.group("be") is None or _GOAL_DEADLINE_AFTER.match(text, match.end())
    ):
        return True  # "enabling us to be debt free before the next halving": a goal, not a state
    if not match.group().lower().endswith("free") and _DEBT_AS_MODIFIER.match(text, match.end()):
        return True  # "no debt overhang", "no debt-related risk": not nil debt (decided case 22)
    # "cash flow positive on a debt-free basis": a measure as if debt-free; "the benefits of
    # paying off its debt": the payoff as a noun, no state
    return _AS_IF_BASIS.match(text, match.end()) is not None or _gerund_as_noun(text, match)


def _nil_period(ctx: DocContext, segment: Segment, match: re.Match[str]) -> str | None:
    """Period label of nil debt told at `match` (not paid off there)."""
    # "no outstanding debt following the repayment of its loan in August": the month dates
    # the repayment, not the state now.
    cause = _CAUSE_AFTER.search(segment.text, match.end())
    limit = cause.start() if cause else None
    period = resolve_period(ctx, segment, match.start(), match.end(), as_of=True, limit=limit)
    if (
        cause is not None
        and _named_in_clause(ctx, segment, match.end(), cause.start()) is None
        # (a cause that names no period leaves the nil undated: the report's period, as any
        # nil with no date: "Remains debt-free after utilizing $67 million in prepayments")
        and _named_in_clause(ctx, segment, cause.start(), len(segment.text)) is not None
    ):
        period = publication_month(ctx)
    elif (
        ctx.report is not None
        and len(ctx.mentions(segment)) == 1
        and month_names_report(segment.text)
    ):
        period = ctx.report.label()  # "Debt-Free Operations and Reports April 2025 Results"
    return period


def _nil(segment: Segment, ctx: DocContext, period: str | None) -> Extracted:
    """Nil debt in the document's dollar ("All financial references are in Canadian dollars
    … with no debt" → CAD): a nil has no currency of its own, and the report states its own.
    (Not the sentence's money: "repaid C$20.0 million …, leaving no outstanding debt" keeps the
    plain default, as the synthetic corpus labels it.)"""
    currency = ctx.dollar
    return observation(segment, DEBT_TOTAL, Decimal(0), currency, period, currency=currency)


# "debt free, with the exception of approximately $1 million of mortgage debt", "debt-free
# other than a $2.5 million equipment loan": the exception is the balance.
_EXCEPTION_WORDS = Words("exception", "excluding", "aside", "save for", "barring", "other than",
                          "except", "besides", "apart")  # fmt: skip
_EXCEPTED_GAP = 30


def _excepted(segment: Segment, ctx: DocContext, start: int) -> list[Extracted]:
    if not _EXCEPTION_WORDS.found(lowered(segment.text[max(0, start - 40) : start])):
        return []  # "no debt maturities", "no debt due": not a balance at all
    for money in ctx.monies(segment):
        if start <= money.start <= start + _EXCEPTED_GAP:
            period = resolve_period(ctx, segment, money.start, money.end, as_of=True)
            return list(money_observations(segment, DEBT_TOTAL, money, [], period))
    return []


_CAUSE_AFTER = Folded(r"\b(?:following|after|since|due\s+to|thanks\s+to|as\s+a\s+result\s+of)\b")


def _named_in_clause(ctx: DocContext, segment: Segment, start: int, end: int) -> object | None:
    """A period phrase between `start` and `end` of the segment, if any."""
    return next((m for m in ctx.mentions(segment) if start <= m.start < end), None)


# "The remaining $5 million in debt will have a three-year term": a balance the plan will
# leave, not one stated at a date.
_MODAL_AFTER = Folded(
    r"[^.;$]{0,40}?\b(?:will|would|shall|is\s+expected\s+to|are\s+expected\s+to)\b"
    # ("$35.0 million, which will mature in 2026": a balance stated, with its maturity)
    r"(?!\s+(?:mature|be\s+due|bear|accrue)\b)"
)


# "the final $2.1 million of the total of approximately $67 million of debt outstanding": the
# whole a part was taken from (an earlier balance), not the balance now.
_PART_OF_TOTAL = Folded(rf"\b(?:of|out\s+of)\s+(?:the|a)\s+total\s+of\s+{APPROX}$")


# "the maximum loan balance of $50 million", "from a peak of $165-million", "borrowing capacity
# of up to $200 million": a bound or a past high, not the balance at a date.
_NOT_A_BALANCE_BEFORE = Folded(
    r"\b(?:peak|maximum|max|highs?|ceiling|cap|limit|capacity|up\s+to)\b(?:[^.;$]){0,30}$"
    # "a 60% decrease from the initial Galaxy debt of $35 million": the starting point of a
    # change (README decided case 1), not the balance now.
    r"|\b(?:initial|original|originally|starting|former)\s+(?:[\w-]+\s+){0,2}?(?:debt|loan|balance|"
    rf"principal|borrowings?)\s+(?:(?:of|was|stood\s+at|totall?ed)\s+)?{APPROX}$"
    # "to reduce the principal amount owed by $11.3 million": the change, not the level
    r"|\b(?:reduc\w*|lower\w*|cut|cutting|decreas\w*|increas\w*)\s+[^.;$]{0,60}?\bby\s+"
    rf"{APPROX}$"
)
# "agreed to exchange $17.9 million of convertible debt for preferred stock": the object of a
# swap is the part that changes hands, not a balance (unless named one: "to exchange the $37.9
# million outstanding balance of the loan").
_SWAPPED_BEFORE = Folded(
    rf"\b(?:exchang\w*|swap\w*|convert\w*)\s+(?:an?\s+|its\s+|some\s+)?{APPROX}$"
)
_BALANCE_AFTER = Folded(r"^\s*(?:of\s+)?(?:total\s+)?(?:outstanding|balance|remaining)\b")


# A summary's label line, the sentence opening with its label: "Debt $688.2 million at the end
# of the fiscal fourth quarter."
_LABEL_FIRST = Folded(
    r"\s*(?:[-•*]\s*)?(?:total\s+|long-term\s+)?(?:debt|borrowings|indebtedness)\s+"
    rf"(?:\(\w+\)\s+)?{APPROX}$"
)
_LABEL_REACH = 40


# "The balance of outstanding loans withdrawn under the Agreements A as of June 30, 2025 and
# December 31, 2024 was $35.0 million": the subject, its instrument and dates take a long gap.
_BALANCE_OF = Folded(
    r"\bbalances?\s+of\s+(?:the\s+|its\s+)?(?:outstanding\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:loans?|debt|borrowings|notes|facilit(?:y|ies))\b(?:[^.;$]|\.(?=\d)){0,140}?\b"
    rf"(?:was|were|is|are|totaled|totalled|amounted\s+to|stood\s+at)\s+{APPROX}$"
)
_BALANCE_OF_REACH = 220


# "agreed to acquire Block Mining, a miner with total debt amounting to $45 million", "…,
# which carries outstanding debt totaling $45 million": a participle telling the debt of the
# company acquired (an appositive after the deal's words), not the buyer's balance.
_ACQUIRED_WORDS = Words("acqui", "merg", "target")
_ACQUIRED_DEBT = Folded(
    r"\b(?:acquir(?:e|es|ed|ing)|acquisitions?|merg(?:e|es|ed|ing|ers?)|targets?)\b"
    r"[^.;$]{0,80}?,\s*(?:which|that|an?\s+(?:[\w-]+\s+){1,3}?with)\s+[^.;$,]{0,40}?"
    r"\b(?:debt|borrowings|indebtedness)\s*,?\s+(?:totall?ing|amounting\s+to|approximating)\s+"
    rf"{APPROX}$"
)


def acquired_company_debt(window: Window) -> bool:
    """The debt, told by a participle, of a company being acquired (see `_ACQUIRED_DEBT`)."""
    return _ACQUIRED_WORDS.found(window.before_lower) and bool(_ACQUIRED_DEBT.search(window.before))


def names_balance(window: Window) -> bool:
    """A balance named around the amount: "total debt was $X", "$X outstanding under", "$X
    is owed", "a total of $X being drawn", "ended the year with $X in notes"."""
    before, after = window.before, window.after
    if _TOTAL.found(before) or _OUTSTANDING_AFTER.found_at(after) or _REMAINING_AFTER.match(after):
        return True
    if window.start <= _LABEL_REACH and _LABEL_FIRST.match(window.text[: window.start]):
        return True
    if "balance" in window.lower and _BALANCE_OF.search(
        window.text, max(0, window.start - _BALANCE_OF_REACH), window.start
    ):
        return True
    if " ow" in after and _OWED_AFTER.match(after):
        return True
    if _DRAWN_AFTER.match(after) and _TOTAL_OF.search(before[-30:]):
        return True
    if _DRAWN_BALANCE_AFTER.match(after) or _HAD_BORROWED.search(before):
        return True
    if _LEFT_WITH.search(before[-50:]) and _DEBT_HELD_AFTER.match(after):
        return True
    if balance_left(window):
        return True  # "reduced its debt by $2 million, leaving a balance of $19 million"
    return bool(_ENDED_WITH.search(before[-60:]) and _DEBT_HELD_AFTER.match(after))


def plain_balance(window: Window) -> bool:
    """ "long-term debt $405.1M", "$1 million of debt": a debt noun right by the amount, with
    no repayment, issuance or restructuring verb in the clause."""
    if "debt" not in window.lower:
        return False
    if not (_DEBT_BEFORE.search(window.before) or _DEBT_AFTER.match(window.after)):
        return False
    return not _DEBT_VERB_BEFORE.search(guards.clause_before(window.text, window.start))


# "the exchange of 45 million shares … for $260 million of convertible debt": the debt a swap
# retires (or will), not what is owed afterwards.
_EXCHANGED_FOR = Folded(
    r"\b(?:exchang\w*|swap\w*|conver(?:t\w*|sion))\b[^.;$]{0,100}?\bfor\s+(?:about\s+|approximately\s+)?$"
)


# The amount's own noun is not debt: "$425.3M in cash and no debt", "$80 million of liquidity".
_OTHER_NOUN_AFTER = Folded(
    r"^\s*(?:in|of)?\s*(?:unrestricted\s+|available\s+)?(?:cash|liquidity|bitcoin|btc|"
    r"digital\s+assets|equity|revenues?|assets)\b"
)
# Net debt is debt less cash, not a balance owed: "net debt of $85 million", "a reduction in
# net debt from $144.7 million to $85.0 million", "$85 million in net debt".
_NET_DEBT_BEFORE = Folded(
    r"\bnet\s+(?:debt|indebtedness|borrowings)\b(?:(?!debt|loan|notes|borrow|\.\s)[^;]){0,50}$"
)
_NET_DEBT_AFTER = Folded(r"^\s*(?:of|in)\s+net\s+(?:debt|indebtedness|borrowings)\b")
# A condition the amount sets, not a balance stated: "may redeem the notes if less than $50
# million remains outstanding", "unless more than $10 million is outstanding".
_CONDITION_BEFORE = Folded(
    r"\b(?:if|unless|provided\s+(?:that\s+)?|so\s+long\s+as|as\s+long\s+as|whenever|"
    r"in\s+the\s+event\s+(?:that\s+)?)\b[^.;,$]{0,40}$"
)
# The purpose of a deal, not the balance now: "sold rigs to cover $67 million in debt", "raised
# equity to help repay $20 million of loans".
_PURPOSE_BEFORE = Folded(
    # (a modal alike: "will eliminate $67.4 million in outstanding debt" is the plan's object)
    r"\b(?:to|will|would|shall)\s+(?:help\s+)?(?:cover|pay|pay\s+(?:down|off|back)|repay|retire|reduce|settle|"
    r"service|refinance|eliminate|clear)\s+(?:(?:the|its|their|an?|about|approximately|roughly|"
    r"some|nearly|almost|over)\s+)*$"
)


# A goal, not a balance: "its target is to reduce debt to $100 million by 2026", "aims to have
# total debt of $100 million by year end".
# (not past "while" and a participle: "seeks to go public while keeping what is $60 million in
# debt" states the debt it carries meanwhile; "while it works to reduce debt to …" is a goal)
_GOAL_BEFORE = Folded(
    r"\b(?:targets?|targeting|goal|aims?|aiming|objective|seeks?|seeking|hopes?|hoping|"
    r"intends?|plans?|planning)\b(?:\s+(?:is|was))?\s+to\b(?:(?!\bwhile\s+\w+ing\b)[^.;,$]){0,60}$"
)


# The starting point of a cut the same clause tells (README, decided case 1): "its $21 million
# debt obligation was reduced down to $7.75 million" (the level reached is read elsewhere).
_REDUCED_FROM_AFTER = Folded(
    r"^\s+(?:[\w-]+\s+){0,3}?(?:was|were|has\s+been|have\s+been|had\s+been|got|is\s+being)\s+"
    r"(?:(?:further|significantly|substantially|sharply)\s+)?(?:reduced|cut|lowered|slashed|"
    r"trimmed|brought\s+down|written\s+down|restructured)(?:\s+down)?\s+to\b"
)


# What a note pays at maturity, not what is owed now: "the minimum payoff at maturity related
# to the principal balance was $461.9 million" (twice the face value, plus interest).
_PAYOFF_AT_MATURITY = Folded(
    r"\b(?:payoff|pay-off|repayment\s+amount)\s+at\s+maturity\b[^.;$]{0,60}$"
)


# "$17.9 million of outstanding principal amount of debt and interest, which would accrue
# through maturity under the Notes": principal with the interest still to come is what a deal
# would retire, not a balance owed at a date (accrued interest, "and accrued interest", is; so
# is a balance on which "interest accrues until maturity", the present tense: the note's terms).
_INTEREST_TO_COME_AFTER = Folded(
    r"[^.;]{0,80}?\band\s+interest\b,?\s+(?:(?:(?:which|that)\s+)?(?:would|will)\s+"
    r"(?:have\s+)?accrue|to\s+accrue)\s+(?:through|until|to)\s+(?:its\s+|the\s+)?maturity\b"
)
_INTEREST_REACH = 160


def with_interest_to_come(text: str, money: Money) -> bool:
    """Is the amount principal and the interest that would accrue until maturity?"""
    if "maturity" not in text[money.end : money.end + _INTEREST_REACH]:
        return False  # cheap gate
    return _INTEREST_TO_COME_AFTER.match(text, money.end) is not None


def not_a_balance(text: str, money: Money) -> bool:
    """A bound or past high, a balance a plan will leave, the whole a part came from, or an
    amount that is cash, net debt, a condition or a purpose."""
    before = text[max(0, money.start - _REACH) : money.start]
    after = text[money.end : money.end + _REACH]
    if _OTHER_NOUN_AFTER.match(after) or _NET_DEBT_AFTER.match(after):
        return True
    if _NET_DEBT_BEFORE.search(before) or _CONDITION_BEFORE.search(before):
        return True
    if _GOAL_BEFORE.search(before):
        return True
    if "maturity" in before and _PAYOFF_AT_MATURITY.search(before):
        return True  # "the minimum payoff at maturity … was $461.9 million"
    if _REDUCED_FROM_AFTER.match(after):
        return True  # "its $21 million debt obligation was reduced down to $7.75 million"
    if _PURPOSE_BEFORE.search(before) and not owed_after(text, money):
        return True  # "to repay $X" (not "to repay the $X loan owed to Galaxy": a balance)
    return bool(
        _NOT_A_BALANCE_BEFORE.search(text[max(0, money.start - 50) : money.start])
        or (
            _MODAL_AFTER.match(text[money.end : money.end + _REACH])
            and not possessive_before(text, money)
        )
        or _PART_OF_TOTAL.search(text[max(0, money.start - _REACH) : money.start])
        or _EXCHANGED_FOR.search(text[max(0, money.start - _REACH) : money.start])
        or (
            _SWAPPED_BEFORE.search(text[max(0, money.start - 50) : money.start])
            and not _BALANCE_AFTER.match(after)
        )
    )


def anaphoric_balance(text: str, money: Money) -> bool:
    """ "This was reduced to $99.4 million": a pronoun for the previous sentence's debt."""
    return _ANAPHOR_REDUCED.match(text[: money.start]) is not None


def opens_with_anaphor(segment: Segment, ctx: DocContext, lower: str) -> bool:
    return _ANAPHOR_GATE.match(lower) is not None and _follows_debt(segment, ctx)


# "$650 million of 2029 notes and $400 million of 2030 notes outstanding": the first amount's
# instrument, then "and" the next amount.
# (also "$16.5 million in its BTC-backed facility, along with $2.0 million in equipment-related
# indebtedness", "pay off $2.0 million in equipment-related debt as well as $16.5 million in its
# BTC-backed facility": "debt" names the first amount's instrument as "indebtedness" does)
_COORDINATED_NOTES = Folded(
    r"^\s+(?:(?:aggregate\s+)?principal\s+amount\s+)?(?:of|in)\s+(?:(?:its|the|our)\s+)?"
    r"(?:[\w%.-]+\s+){0,4}?(?:notes|loans?|debentures|bonds|borrowings|facility|indebtedness|"
    r"debt)\b[^.;$]{0,30}?,?\s*(?:and|plus|along\s+with|as\s+well\s+as|together\s+with)\s+$"
)


# (not "$0.3 million of accrued interest on the loans": interest paid is no part repaid)
_INSTRUMENT_AFTER = Folded(
    r"\s+(?:(?:aggregate\s+)?principal\s+amount\s+)?(?:of|in)\s+"
    r"(?!(?:accrued\s+|unpaid\s+)?interest\b)(?:(?:its|the|our)\s+)?"
    r"(?:[\w%.-]+\s+){0,4}?(?:notes|loans?|debentures|bonds|borrowings|facility|indebtedness|"
    r"debt)\b"
)


def are_coordinated(text: str, first: Money, second: Money) -> bool:
    """Are two amounts joined as "$X of <instrument> and $Y of <instrument>": the same verb
    governs both (not "… notes and $36.9 million toward capped calls")?"""
    if _COORDINATED_NOTES.match(text[first.end : second.start]) is None:
        return False
    return _INSTRUMENT_AFTER.match(text[second.end : second.end + _REACH]) is not None


# "… with $38.4 million principal outstanding on 8.50% notes due 2026 and $2.2 million of new
# 10.00% notes due 2030": a second balance joined to the first, governed by the same words.
_JOINED = Folded(r"(?:(?:,\s*)?\b(?:and|plus|as\s+well\s+as)\s+|,\s*)(?:an?\s+)?$")


# "… and a $10 million equipment loan": the amount, then its instrument.
_DIRECT_INSTRUMENT_AFTER = Folded(
    r"^\s+(?:[\w%.-]+\s+){0,3}?(?:notes|loans?|facility|line\s+of\s+credit|credit\s+line|"
    r"debentures|bonds|borrowings)\b"
)


# Two bare amounts joined as one complement, nothing named after the second.
_BARE_AND = re.compile(r"\s*,?\s*and\s+")
_ENDS_CLAUSE = re.compile(r"\s*(?:[,.;:)]|$)")


def continues_balance(text: str, total_end: int, money: Money) -> bool:
    """Is `money` a further instrument's balance coordinated with the balance ending at
    `total_end` (no other verb between them)?"""
    between = text[total_end : money.start]
    if ";" in between or ". " in between or len(between) > 100 or "$" in between:
        return False
    if not _JOINED.search(between) or ACTION_VERB.search(between):
        return False
    after = text[money.end : money.end + _REACH]
    if _BARE_AND.fullmatch(between) and _ENDS_CLAUSE.match(after):
        return True  # "The debts have reached $32 million and $71 million, with …": two balances
    return bool(
        _INSTRUMENT_AFTER.match(after)
        or _DIRECT_INSTRUMENT_AFTER.match(after)
        or _DRAWN_BALANCE_AFTER.match(after)
    )
