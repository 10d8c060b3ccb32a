"""Debt figures in prose: total outstanding debt, repayments made, interest expense.

A figure needs its trigger phrase and a money amount bound to it ("total debt … was US$612.5
million", "repaid US$50.0 million", "interest expense was RMB12.6 million"). Facility sizes,
issuance amounts, interest rates, interest income and repayment schedules do not match, and
forecasts ("expects to repay") are dropped by the hypothetical guard.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from monitor.vocabulary.periods import Period

from . import guards
from .context import DocContext, past_event_period, resolve_period
from .entities import is_peer_figure
from .evidence import money_observations, observation
from .folded import Folded, lowered
from .gates import any_of
from .model import DEBT_ISSUED, DEBT_REPAID, DEBT_TOTAL, INTEREST_EXPENSE, Extracted
from .numbers import APPROX, IN_SENTENCE, Money, find_money, may_hold_money
from .periods import shift_month
from .sentences import Segment

_I = re.IGNORECASE
_AMOUNT_CONNECTOR = (
    r"(?:was|were|is|of|totaled|totalled|amounted\s+to|stood\s+at|stands?\s+at|reached|at|"
    r"(?:reduced|reducing)\s+"
    r"to|(?:was|is|were)\s+valued\s+at|--|[:–—]|"
    r"(?:increased|decreased|rose|fell|grew|declined|dropped)\s+to)"
)
# A gap in a clause where a dot may sit inside a name or number ("(GLXY.TO)", "12.5").
_NAME_GAP = r"(?:[^.;]|\.(?=\w))"
# Trigger phrase, a short gap without another amount, the connector, then the amount.
_TOTAL = Folded(
    r"\b(?:total\s+(?:outstanding\s+)?(?:debt|indebtedness|borrowings|loans(?:\s+payable)?)|"
    r"(?:outstanding|aggregate)\s+(?:debt|indebtedness|borrowings)|long-term\s+debt|"
    r"loans?\s+payables?|debt\s+load|outstanding\s+(?:principal\s+|loan\s+)?balance|"
    r"(?:total\s+)?outstanding\s+principal(?:\s+amount)?|"
    r"(?:remaining|unpaid)\s+(?:principal\s+|loan\s+)?balance|"
    # "The miner's remaining BTC304 debt to Anchorage was valued at about $18 million"
    r"(?:remaining|outstanding)\s+(?:[\w-]+\s+){0,2}?(?:debt|loan|borrowings))\b"
    rf"[^.;$]{{0,60}}?(?:\b|\s){_AMOUNT_CONNECTOR}\s+{APPROX}$"
    # "Debt totaled $350 million", "The company's borrowings stood at $120 million"
    r"|(?:^|[-•*]\s*|\b(?:its|our|their|the\s+company['’]s|[a-z]+['’]s)\s+)(?:total\s+)?(?:debt|"
    r"borrowings|indebtedness)(?:\s+(?:totaled|totalled|stood\s+at|stands?\s+at|amounted\s+to|"
    r"was|were)\s+|"
    rf"\s*:\s*){APPROX}$"
    # "Cipher holds no significant debt other than $11 million for equipment financing"
    rf"|\bdebt\s+(?:other\s+than|except(?:\s+for)?|besides|apart\s+from)\s+{APPROX}$"
    # "its debt has decreased by $4 million, totaling $75 million": the balance after a change.
    r"|\b(?:its|our|their|the\s+company['’]s|[a-z]+['’]s)\s+(?:total\s+)?(?:debt|borrowings|"
    r"indebtedness|loans?)\b(?:[^.;]|\.(?=\d)){0,60}?,\s*(?:now\s+)?"
    rf"(?:totaling|totalling|(?:to|for)\s+a\s+total\s+of)\s+{APPROX}$"
    # "reducing the outstanding balance to $76 million", "Reduced the Galaxy loan by $18.2
    # million from $23.5 million at 1 January 2024 to $5.3 million": the balance left.
    r"|\b(?:reduc\w*|bring\w*|brought|lower\w*|decreas\w*|cut|trim\w*)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:balance|principal|debt|borrowings|indebtedness|loans?|facility|line\s+of\s+credit|"
    r"credit\s+line)\b"
    rf"(?:\s+down)?(?:\s+by\s+{IN_SENTENCE}{{0,60}}?)?(?:\s+from\s+{_NAME_GAP}{{0,60}}?)?"
    rf"\s+to\s+{APPROX}$"
)
# "$200 million drawn on its credit lines", "of which $200 million has been drawn": a drawn
# balance (not "was drawn at closing", which is a draw made).
_DRAWN_BALANCE_AFTER = Folded(
    r"^\s+(?:(?:has|have)\s+been\s+|is\s+(?:currently\s+)?|are\s+(?:currently\s+)?)?"
    r"(?:drawn|borrowed)\s+(?:on|under|from)\b|^\s+(?:has|have)\s+been\s+(?:drawn|borrowed)\b"
)
_DRAWN_EVENT_AFTER = Folded(r"^\s+(?:was|were)\s+(?:drawn|borrowed|funded|advanced)\b")
# "As of October 31, 2025, the Company had borrowed $200 million under its line of credit"
_HAD_BORROWED = Folded(
    rf"\bas\s+(?:of|at)\b[^.;]{{0,60}}\b(?:had|has|have)\s+(?:borrowed|drawn(?:\s+down)?)\s+"
    rf"{APPROX}$"
)
# "ended the year with $1.3 billion in convertible notes"
_ENDED_WITH = Folded(
    r"\b(?:ended|ending|exited|closed)\s+(?:the\s+)?(?:\w+\s+)?(?:year|quarter|month|period)\s+with\s+"
    rf"{APPROX}$"
)
_DEBT_HELD_AFTER = Folded(
    r"^\s+(?:of|in)\s+(?:(?:its|the|our)\s+)?(?:[\w%.-]+\s+){0,3}?(?:debt|notes|loans|borrowings)\b"
)
# "leading to a total of $100 million being drawn": the balance drawn on a facility.
_TOTAL_OF = Folded(rf"\ba\s+total\s+of\s+{APPROX}$")
_DRAWN_AFTER = Folded(r"^\s+(?:(?:being|now|has\s+been|have\s+been)\s+)?(?:drawn|borrowed)\b")
# "incurred $3.0 million of interest expense"
_INTEREST_AFTER = Folded(r"^\s+(?:of|in)\s+(?:net\s+)?interest\s+expenses?\b")
_INTEREST = Folded(rf"\binterest\s+expenses?\b[^.;$]{{0,60}}?\b{_AMOUNT_CONNECTOR}\s+{APPROX}$")
_REPAY_VERB = r"(?:repay|pay\s+down|pay\s+off|redeem|retire|prepay)"
_REPAY_ADVERB = r"(?:(?:partially|partly|fully|in\s+full|help|further)\s+)?"
# A reduction verb right before the amount and a debt noun right after: "Core Scientific Cuts
# $267M Debt with Notes", "reduces $267M debt", "slashed $40 million of loans".
_CUT_BEFORE = Folded(
    rf"\b(?:cuts?|cutting|reduc(?:es|ed|ing)|slash\w*|trims?|trimm\w*|pays?\s+down|pays?\s+off|"
    rf"repays?|retires?|eliminat\w*)\s+{APPROX}$"
)
_DEBT_NOUN_AFTER = Folded(
    r"^\s+(?:of\s+|in\s+)?(?:(?:its|the|their|our)\s+)?(?:[\w-]+\s+)?(?:debt|loans?|notes|"
    r"borrowings|indebtedness)\b"
)
# "this $34 million reduction in borrowing", "a $20 million paydown of the loan".
_REDUCTION_AFTER = Folded(
    # "a $5 million principal payment on its term loan"
    r"^\s+principal\s+(?:re)?payments?\b|"
    r"^\s+(?:reduction|paydown|pay-down|repayment|prepayment)\s+(?:in|of|on)\s+(?:(?:the|its|our)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:borrowings?|debt|loans?|notes|facility|indebtedness|leverage)\b"
)
# The parts of a repayment listed after it: "The repayment includes $150 million in secured
# notes, $61 million from an exit facility, and $56 million in equipment loans."
_REPAYMENT_LIST = Folded(
    r"\b(?:repayments?|paydowns?|redemptions?|debt\s+reduction)\s+(?:includes?|included|"
    r"comprises?|comprised|consist(?:s|ed)?\s+of|covers?|covered)\b[^.;]*$"
)
_REPAID_DIRECT = Folded(
    r"\b(?:repaid|repaying|paid\s+down|paid\s+off|prepaid|redeemed|retired|repurchased)\s+"
    r"(?:in\s+full\s+)?(?:(?:the|its|an?|all|outstanding|remaining|aggregate|principal|amount|"
    rf"balance|of)\s+){{0,5}}{APPROX}$|"
    r"\b(?:reduced|reducing|lowered|cut)\s+(?:\S+\s+){0,4}?(?:debt|borrowings|indebtedness|"
    rf"loans?|leverage)\s+by\s+{APPROX}$|"
    # The debt as the subject: "Total Debt Balance … $1 billion, reduced by $270 million during
    # 2024", "the loan balance was paid down by $12 million".
    r"\b(?:debt|borrowings|indebtedness|loans?|(?:loan|debt|principal)\s+balance)\b"
    r"(?:[^.;]|\.(?=\d)){0,60}?(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+)?"
    rf"(?:reduced|lowered|cut|paid\s+down)\s+by\s+{APPROX}$"
)
# "… used the proceeds to repay US$15.0 million of its equipment loan" (forecasts are dropped
# by the hypothetical guard: "will use the proceeds to repay …").
_TO_REPAY = Folded(
    r"\bto\s+(?:partially\s+|partly\s+|fully\s+)?(?:repay|pay\s+down|pay\s+off|redeem|retire|"
    r"repurchase)\s+"
    rf"(?:(?:the|its|an?|outstanding|remaining|aggregate|principal)\s+){{0,3}}{APPROX}$"
)
# A retirement named as a noun: "repayment of $50 million", "the extinguishment of the final
# approximately $2.1 million of principal", "redemption of $150 million of its 2028 notes".
_REPAYMENT_OF = Folded(
    r"\b(?:repayments?|repurchases?|(?:final|full)\s+(?:re)?payment|extinguishment|"
    r"redemption|retirement|prepayment|pay-?down|pay-?off|elimination|(?:principal|debt|loan)\s+"
    r"payments?)\s+of\s+"
    rf"(?:(?:the|its|final|remaining|last|outstanding)\s+){{0,3}}{APPROX}$"
)
# "issued a notice of redemption of …", "the redemption of $X … is scheduled": announced, not done.
_NOTICE_BEFORE = Folded(r"\bnotices?\s+of\s+(?:\w+\s+){0,2}(?:redemption|repayment|prepayment)")
# "$130 million outstanding under the Coinbase facility", "US$7,700,000 aggregate principal
# amount outstanding of our Convertible Notes": a balance of a named loan or notes.
_OUTSTANDING_AFTER = Folded(
    r"^\s*(?:(?:in\s+)?(?:aggregate\s+)?principal\s+(?:amount\s+)?)?(?:was\s+|remained\s+)?"
    r"outstanding\s+(?:under|on|of)\b(?![^.;]{0,40}\bshares\b)"
    # "$750.0 million of convertible notes outstanding", "$862.5 million principal amount of
    # 2029 Notes outstanding"
    r"|^\s+(?:(?:aggregate\s+)?principal\s+amount\s+)?(?:of|in)\s+(?:(?:its|the|our|their)\s+)?"
    r"(?:[\w%.-]+\s+){0,4}?(?:notes|loans?|debt|borrowings|debentures|bonds)(?:\s+due\s+\d{4})?"
    r"\s+(?:(?:that\s+)?(?:was|were|remain(?:ed|s)?)\s+)?outstanding\b"
    # "$650 million of outstanding convertible notes"
    r"|^\s+of\s+(?:(?:its|the|our|their)\s+)?outstanding\s+(?:[\w%.-]+\s+){0,3}?(?:notes|loans?|debt|"
    r"borrowings|debentures|bonds)\b"
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
    r"took|take[ns]?|taking|borrow\w*|add\w*|secur\w*|obtain\w*)\b"
    r"[^.;]*$"
)
_DEBT_AFTER = Folded(
    r"^\s+(?:of\s+|in\s+)?(?:total\s+|long-term\s+|outstanding\s+|convertible\s+)?debt\b"
    r"(?!\s+(?:financ|facilit|offering|securit|instrument))"
)
# "an $11 million promissory note the miner owes": a named debt the company owes is a balance.
_OWED_AFTER = Folded(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:notes?|loans?|debt|borrowings|debentures?)\s+"
    r"(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){0,3}?ow(?:es|ed)\b"
)
# "$22 million remaining", "Only $6.72 million is owed under the loan", "$40 million remains
# outstanding": the amount is the balance (not money owed *to* the company, nor shares).
_REMAINING_AFTER = Folded(
    r"^\s*(?:(?:is|was|are|were)\s+(?:still\s+)?)?(?:remaining|remain(?:s|ed)?\s+(?:outstanding|"
    r"owed|due)|outstanding|owed|owing)\b(?!\s+(?:shares|by\b|to\s+(?:it|us|the\s+company)\b))"
    # "$75 million remaining Bitmain prepayments": "remaining" qualifies another noun.
    r"(?!(?<=remaining)\s+(?!(?:on|under|of|in|as|at|after|following|by|from|with|and|or|for|to|"
    r"outstanding|balance|principal|debt|loans?|notes?|due)\b)[a-z])"
)
# "no debt", "debt-free", "fully eliminating the Company's debt": a balance of zero.
_NO_DEBT = Folded(
    r"\b(?:no\s+(?:outstanding\s+)?(?:long-term\s+)?(?:debt|borrowings(?!\s+(?:under|on|from)))|"
    r"without\s+any\s+debt|debt[- ]free|zero\s+debt|(?:fully\s+)?eliminat\w+\s+"
    r"(?:all\s+)?(?:of\s+)?(?:the\s+company['’]s\s+|its\s+|our\s+)?(?:outstanding\s+)?"
    r"(?:debt|indebtedness|borrowings|principal))"
    r"(?![a-z])"
)
# "no debt maturities", "no debt covenants": not a statement that there is no debt.
_NOT_A_BALANCE_AFTER = Folded(
    r"\s+(?:maturit|covenant|repayment|due|other\s+than|except|besides|apart\s+from)"
)
# Words one of the debt patterns needs near an amount (a cheap gate before them).
_NEAR_WORDS = any_of("debt", "loan", "note", "borrow", "repa", "paid", "payment", "redeem",
                     "retire", "repurchase", "outstanding", "interest", "convert", "bond",
                     "facility", "tranche", "payable", "offering", "credit", "principal",
                     "indebtedness", "remaining", "secured", "closed", "closes", "closing",
                     "issued", "drew", "drawn", "draw", "financ")  # fmt: skip
# Words an issuance sentence must hold (a debt instrument or an offering).
_ISSUE_HINTS = any_of("note", "convertible", "bond", "loan", "tranche", "facility", "debt",
                      "offering", "credit", "financ", "draw")  # fmt: skip
_NO_DEBT_WORDS = any_of("debt", "eliminat", "borrowings")
_NO_DEBT_HINTS = any_of("no ", "free", "zero", "eliminat", "without")
_INCLUDING_INTEREST = Folded(r"^[^.;]{0,20}\bincluding\b[^.;]{0,40}\b(?:fees?|interest)\b")
# New debt: an offering closed, notes issued, a loan secured or drawn (not priced, proposed or
# merely available: "up to $300 million", "expected to close").
_DEBT_NOUN = (
    r"(?:convertible|notes?|bonds?|loans?|tranche|credit\s+facility|debt|(?:debt|equipment|project|"
    r"asset-backed|bridge|term|secured)[\s-]+financ\w*)"
)
_ISSUED_BEFORE = Folded(
    r"\b(?:closed|closes|closing\s+of|completed|completes|completing|(?:completion|consummation)"
    r"\s+of|finali[sz]ed|secured|secures|securing|raised|raises|raising|obtained|obtaining|"
    r"took\s+out|drew|drawing|(?:has|have)\s+drawn|borrowed|executed|issued|issuing|sold|"
    r"entered\s+into|received)\s+"
    r"(?:(?:a|an|its|the|on|of|down|initial|new|total|aggregate|principal|amount|offering|"
    r"issuance|placement|private|public|upsized|successful|additional|further|previously|"
    r"announced|\([^)]{0,30}\))\s+){0,6}"
    rf"{APPROX}$"
)
# A draw named as a noun: "this drawdown of an additional $50 million", "includes an
# additional $50 million draw".
_DRAW_BEFORE = Folded(
    r"\b(?:draw(?:down|-down|ing)?|drew(?:\s+down)?|drawn(?:\s+down)?|borrow(?:ed|ing))\s+(?:of\s+)?"
    rf"(?:(?:an|a|the|additional|further|new)\s+){{0,2}}{APPROX}$"
)
_DRAW_NOUN = Folded(r"\b(?:drawdown|draw-down|draw)\s+of\b")
_DRAW_AFTER = Folded(r"^\s+(?:draw(?:down)?|drawdown|borrowing)\b")
# "agreed to an equipment financing deal with NYDIG for $37 million": the instrument, then its size.
_ISSUED_FOR = Folded(
    r"\b(?:agreed\s+to|entered\s+into|signed|closed|secured|obtained|completed)\s+(?:an?|the|its)\s+"
    r"(?!(?:[\w-]+\s+){0,3}?(?:prior|previous|existing|earlier|old)\b)"
    rf"(?:[^.;$]|\.(?=\d)){{0,40}}?\b{_DEBT_NOUN}\b(?:[^.;$]|\.(?=\d)){{0,40}}?\b"
    rf"(?:for|worth|totaling|totalling)\s+{APPROX}$"
)
# The amount after its subject: "The aggregate principal amount of notes sold in the offering
# was $3.2 billion", "the principal amount of the 2030 notes issued totaled $500 million".
# A gap inside one clause that holds no other amount ("10.00%" keeps its decimal point).
_GAP = r"(?:[^.;$]|\.(?=\d))"
_ISSUED_SUBJECT = Folded(
    r"\b(?:principal\s+amount|amount|size)\s+of\s+(?:the\s+)?(?:[\w%.-]+\s+){0,5}?"
    rf"(?:notes|bonds|debentures)\s+(?:sold|issued|placed)\b{_GAP}{{0,40}}?\b"
    rf"(?:was|were|totaled|totalled|amounted\s+to)\s+{APPROX}$"
)
# An instrument issued, its size named after it: "issued a mandatory convertible bond in the
# total nominal amount of around EUR 53 million", "closed a term loan with a principal amount of".
_ISSUED_VOLUME = Folded(
    r"\b(?:issued|issuing|closed|completed|placed|secured|securing|obtained|entered\s+into|"
    rf"with\s+an?\s+new)\s+{_GAP}{{0,60}}?\b{_DEBT_NOUN}\b{_GAP}{{0,50}}?\b(?:volume|(?:nominal|principal|face)\s+"
    rf"(?:amount|value)|amount|size)\s+of\s+{APPROX}$"
)
# New notes given in exchange for old ones: "swapping $4.78 million of old debt for $2.11
# million of new 10.00% Senior Notes due 2030".
_EXCHANGED_FOR = Folded(rf"\b(?:exchang\w*|swap\w*)\b{IN_SENTENCE}{{0,80}}?\bfor\s+{APPROX}$")
_NEW_NOTES_AFTER = Folded(
    r"^\s*(?:in\s+|of\s+)(?:(?:aggregate\s+)?principal\s+amount\s+of\s+)?(?:the\s+|its\s+)?"
    rf"new\b{_GAP}{{0,40}}?\b(?:notes?|bonds?|debentures?)\b"
)
_ISSUED_OBJECT = Folded(rf"^(?:[^.;$]|\.(?=\d)){{0,60}}?\b(?:{_DEBT_NOUN}|offering)\b")
_ISSUED_AFTER = Folded(
    rf"^\s*(?:(?:initial|aggregate|principal|amount|of)\s+)*[^.;$]{{0,50}}?\b{_DEBT_NOUN}\b"
    r"[^.;$]{0,20}?\b(?:issued|(?:has|have|was|were)\s+been\s+drawn|drawn)\b"
)
_NOT_ISSUED_AFTER = Folded(
    r"^\s*(?:greenshoe|option|over-allot|(?:in\s+|of\s+)?(?:net|gross)\s+proceeds)"
)
_NOT_ISSUED = Folded(
    r"\b(?:up\s+to|priced|pricing|proposed|expected\s+to|intends?\s+to|plans?\s+to|from|"
    r"(?:purchase|buy|acquire)\s+(?:up\s+to\s+)?(?:an\s+)?additional|greenshoe|option|"
    r"net\s+proceeds|capped\s+call|\bcap\b|includ\w*|of\s+which)\s*(?:of\s+)?"
    rf"{APPROX}$"
)
# After the amount: "… of the net proceeds to repay", "… and used the proceeds to repay",
# "… to pay down a loan".
_REPAID_AFTER = Folded(
    rf"^(?:\s+of\s+(?:the|its)\s+(?:net\s+)?proceeds)?\s+to\s+{_REPAY_ADVERB}{_REPAY_VERB}\b|"
    rf"^[^.;]{{0,40}}?\b(?:and\s+)?(?:used|using)\s+(?:the|its|such|these)\s+(?:net\s+)?proceeds"
    rf"\s+to\s+{_REPAY_ADVERB}{_REPAY_VERB}\b|"
    rf"^(?:\s+in\s+\w+)?\s+to\s+{_REPAY_ADVERB}{_REPAY_VERB}\b"
)
# A debt instrument or principal named near a retirement ("… to retire Stronghold's outstanding
# loans", "$13.7 million in Old Notes were retired").
_DEBT_OBJECT = (
    r"(?:loans?|notes?|debt|borrowings|facilit(?:y|ies)|principal|debentures?|indebtedness|bonds?)"
)
_RETIREMENT = (
    r"(?:repaid|retired|redeemed|paid\s+(?:off|down)|prepaid|extinguished|converted|settled)"
)
# The amount is the subject of a passive retirement: "$5.5 million was repaid in October".
_RETIRED_PASSIVE = Folded(
    r"^[^.;$]{0,30}?\b(?:was|were|(?:has|have|had)\s+been)\s+"
    rf"(?:(?:fully|partially|partly|subsequently|ultimately)\s+)?{_RETIREMENT}\b"
)
# The amount is paid or used to retire a named debt: "a payment of $44.5 million was made at
# closing to retire Stronghold's outstanding loans".
_TO_RETIRE_AFTER = Folded(
    rf"^[^.;$]{{0,40}}?\bto\s+{_REPAY_ADVERB}{_REPAY_VERB}\b[^.;$]{{0,40}}?\b{_DEBT_OBJECT}\b"
)
# Principal retired by an active verb with the principal named: "converted principal amount of
# US$8.0 million", "settled $2.5 million of the outstanding principal amount of its debentures".
_RETIRED_PRINCIPAL_BEFORE = Folded(
    rf"\b{_RETIREMENT}\s+(?:(?:the|its|all|remaining|outstanding|aggregate)\s+){{0,4}}"
    rf"principal\s+(?:amount\s+)?(?:of\s+)?{APPROX}$"
)
# "settled its $20 million promissory note through the issuance of shares"
_SETTLED_NOTE_BEFORE = Folded(
    r"\b(?:settled|extinguished|converted|retired|redeemed|repaid)\s+(?:(?:its|the|all|an?|"
    rf"outstanding|remaining)\s+){{1,3}}{APPROX}$"
)
_NOTE_AFTER = Folded(
    r"^\s+(?:[\w%.-]+\s+){0,3}?(?:promissory\s+)?(?:notes?|loans?|debentures?|debt|bonds?)\b"
    # "converted its $300 million debt facility into a project financing": refinanced, not repaid
    r"(?!\s+(?:facilit|financ|agreement|line))(?![^.;]{0,80}\binto\s+(?:an?\s+)?[\w\s-]{0,40}?"
    r"(?:financing|facility|loan|notes|credit))"
)
_RETIRED_BY_VERB = Folded(rf"\b(?:settled|converted|exchanged|extinguished)\s+{APPROX}$")
_OF_DEBT_AFTER = Folded(
    r"^\s*(?:\([^)]{0,12}\)\s*)?(?:of|in)\s+(?:(?:the|its|our|outstanding|remaining|aggregate)\s+)*"
    r"(?:principal|[^.;$]{0,40}?\b(?:notes?|debentures?|loans?|debt)\b)"
)
# Words a retirement needs near the amount (a cheap gate before the patterns).
_RETIRE_WORDS = any_of("repa", "retir", "redeem", "paid", "extinguish", "convert", "settl")
_DEBT_NEAR = Folded(rf"\b{_DEBT_OBJECT}\b")
_SCHEDULED = Folded(r"^[^.;]{0,25}?\b(?:are|is)\s+(?:due|payable|scheduled)|^\s+(?:due|payable)\b")
_SCHEDULE_BEFORE = Folded(
    r"\b(?:scheduled|required|future|monthly|quarterly|annual)\s+(?:\w+\s+)?repayments?\s+of"
)


# Substring gate: sentences without any of these words cannot hold a debt figure.
_WORDS = any_of("debt", "indebtedness", "borrow", "loan", "interest", "repa", "paid",
                "redeem", "retire", "repurchase", "note", "convert", "bond", "tranche",
                "outstanding", "payable", "financing", "credit fac", "of credit",
                "credit line", "drew", "drawn", "drawing", "drawdown", "draw ",
                "-backed")  # fmt: skip


def extract(segment: Segment, ctx: DocContext) -> list[Extracted]:
    """Debt observations stated in one sentence (a line of inline bullets is read bullet by
    bullet: "… $2.18 billion. - Debt: $821.2 million … - As of November 19, 2025, …")."""
    if " - " in segment.text or "•" in segment.text:
        pieces = list(_bullets(segment))
        if len(pieces) > 1:
            return [item for piece in pieces for item in _extract(piece, ctx)]
    return _extract(segment, ctx)


# "Total debt: $350.0 million", "Debt: $821.2 million net (…)", "Interest expense: $4.1
# million": a bullet read as a label and a value, which is a debt statement all the same.
_DEBT_ROW_LABEL = Folded(
    r"^\s*(?:total\s+|net\s+|long-term\s+|outstanding\s+)?(?:debt|borrowings|indebtedness|"
    r"interest\s+expense)\b"
)


def extract_row(segment: Segment, ctx: DocContext) -> list[Extracted]:
    """Debt observations of a "Label: value" line whose label names debt or interest."""
    if len(segment.cells) != 2 or ":" not in segment.text:
        return []
    if not _DEBT_ROW_LABEL.match(segment.cells[0]):
        return []
    return _extract(segment, ctx)


_INLINE_BULLET = re.compile(r"(?<=[.;])\s+[-–•*]\s+(?=[A-Z$])")


def _bullets(segment: Segment) -> list[Segment]:
    pieces: list[Segment] = []
    start = 0
    for match in _INLINE_BULLET.finditer(segment.text):
        pieces.append(_piece(segment, start, match.start()))
        start = match.end()
    pieces.append(_piece(segment, start, len(segment.text)))
    return pieces


def _piece(segment: Segment, start: int, end: int) -> Segment:
    return Segment(segment.text[start:end], segment.start + start, segment.start + end)


def _extract(segment: Segment, ctx: DocContext) -> list[Extracted]:
    text = segment.text
    lower = lowered(text)
    anaphor = _ANAPHOR_GATE.match(lower) is not None and _follows_debt(segment, ctx)
    if not anaphor and not _WORDS.search(lower):
        return []
    found: list[Extracted] = list(_no_debt(segment, ctx, lower))
    if not may_hold_money(lower):
        found.extend(_proceeds_used(segment, ctx, lower))
        return found
    monies = ctx.monies(segment)
    total: tuple[int, str | None] | None = None  # end and period of the sentence's last balance
    compared: set[int] = set()  # the second figures of "$A and $B …, respectively"
    for index, money in enumerate(monies):
        if index in compared:
            continue
        metric = _classify(text, money, lower)
        if metric is None and total is not None and _is_component(text, total[0], money):
            found.extend(money_observations(segment, DEBT_TOTAL, money, [], total[1]))
            continue
        if metric is None and anaphor and _ANAPHOR_REDUCED.match(text[: money.start]):
            metric = DEBT_TOTAL
        if metric is None or not _acceptable(text, money, metric, ctx):
            continue
        end = money.end
        if index + 1 < len(monies) and _is_respective_pair(text, money, monies[index + 1]):
            # "$3.0 million and $5.4 million during the three months ended September 30, 2023
            # and 2022, respectively": the first is this period's, the second the comparative.
            compared.add(index + 1)
            end = monies[index + 1].end
        period = _period_of(metric, segment, money, end, ctx)
        found.extend(money_observations(segment, metric, money, monies[index + 1 :], period))
        if metric == DEBT_TOTAL:
            total = (money.end, period)
    return found


_PAIR_GAP = Folded(rf"^\s*,?\s*and\s+{APPROX}$")
_RESPECTIVELY = Folded(r"^[^;]{0,120}?\brespectively\b")


def _is_respective_pair(text: str, first: Money, second: Money) -> bool:
    return bool(_PAIR_GAP.match(text[first.end : second.start])) and bool(
        _RESPECTIVELY.match(text[second.end : second.end + 140])
    )


def _period_of(
    metric: str, segment: Segment, money: Money, end: int, ctx: DocContext
) -> str | None:
    """Period label of a debt figure at `money` (its phrase reaching to `end`)."""
    text = segment.text
    if (metric == DEBT_ISSUED and not _names_period(ctx, segment)) or (
        metric == DEBT_REPAID and _SUBSEQUENT.search(text, 0, money.start)
    ):
        # Notes closed or a loan taken is a one-off event: with no period named, it is dated
        # by publication, not by the quarter a results story is about; so is a repayment
        # "subsequent to" the period reported.
        return _publication_month(ctx)
    if metric in (DEBT_ISSUED, DEBT_REPAID):
        # Notes closed or a loan repaid happened by publication: a later period (a build-out's
        # target quarter the prose was about) is not when.
        return _span_after(ctx, segment, end) or past_event_period(ctx, segment, money.start, end)
    basis = _BASIS_AFTER.search(text, end)
    label = resolve_period(
        ctx,
        segment,
        money.start,
        end,
        as_of=metric == DEBT_TOTAL,
        limit=basis.start() if basis else None,
    )
    return _not_future(ctx, segment, label)


# "Debt: $821.2 million net (majority from $650 million of 0% convertible notes due 2030, plus
# $174.5 million Coinbase line of credit)", "total debt of $900 million, consisting of $750
# million of notes and $150 million under the credit line": each part is a balance too.
_BREAKDOWN = Folded(
    r"\b(?:consist\w*\s+of|compris\w*|includ\w*|of\s+which|made\s+up\s+of|majority|primarily|"
    r"mainly|mostly|largely)\b"
)
_COMPONENT_AFTER = Folded(
    r"\s+(?:(?:aggregate\s+)?principal\s+amount\s+)?(?:(?:of|in|under|on)\s+)?(?:(?:the|its|our)\s+)?"
    r"(?:[\w%.-]+\s+){0,4}?(?:notes|loans?|line\s+of\s+credit|credit\s+line|facility|debentures|"
    r"bonds|borrowings)\b"
)


def _is_component(text: str, total_end: int, money: Money) -> bool:
    between = text[total_end : money.start]
    if ";" in between or ". " in between or len(between) > 120:
        return False
    return bool(_BREAKDOWN.search(between)) and bool(_COMPONENT_AFTER.match(text, money.end))


_FROM = Folded(r"\bfrom\b")
_TO = Folded(r"\bto\b")
_SPAN_MONTHS = {3: "quarter", 6: "half", 12: "year"}


# "As of December 31, its loan payables amounted to $123 million. This was reduced to $99.4
# million by March 31": the balance named by a pronoun for the previous sentence's debt.
_ANAPHOR_GATE = re.compile(r"(?:this|it|that|the\s+balance)\s+(?:was|has|had)\b")
_ANAPHOR_REDUCED = Folded(
    r"^(?:this|it|that|the\s+balance)\s+(?:was|has\s+been|had\s+been)\s+(?:further\s+)?"
    rf"(?:reduced|lowered|cut|brought\s+down|paid\s+down)\s+to\s+{APPROX}$"
)
_PREVIOUS_CHARS = 200


def _follows_debt(segment: Segment, ctx: DocContext) -> bool:
    """Does the text just before `segment` speak of a debt?"""
    if ctx.text is None:
        return False
    before = ctx.text[max(0, segment.start - _PREVIOUS_CHARS) : segment.start]
    return _DEBT_NEAR.search(before) is not None


# "The company said the proceeds were used to partially repay a bitcoin-collateralized loan",
# after "… generating net proceeds of about $305 million": the repayment is the proceeds named
# in the sentence before.
_LEAD_DATE = re.compile(r"^(?:On|As\s+of|As\s+at|At)\b[^,]{0,40},")
_PROCEEDS_USED = Folded(
    r"\b(?:the|these|such|those|its|all\s+(?:of\s+)?the)\s+(?:net\s+)?proceeds\s+(?:were|was|"
    rf"have\s+been|had\s+been)\s+(?:used|applied)\s+to\s+{_REPAY_ADVERB}{_REPAY_VERB}\b"
)
_PROCEEDS_BEFORE = Folded(rf"\bproceeds\s+of\s+{APPROX}$")
_PROCEEDS_AFTER = Folded(r"^\s+(?:in\s+|of\s+)?(?:net\s+|gross\s+)?proceeds\b")


def _proceeds_used(segment: Segment, ctx: DocContext, lower: str) -> list[Extracted]:
    """A repayment "with the proceeds" whose amount is the previous sentence's proceeds; the
    evidence spans both sentences."""
    if "proceeds" not in lower or ctx.text is None or not _PROCEEDS_USED.search(segment.text):
        return []
    if guards.is_hypothetical(segment.text, len(segment.text)):
        return []
    offset = max(0, segment.start - 2 * _PREVIOUS_CHARS)
    previous = ctx.text[offset : segment.start]
    named = [
        money
        for money in find_money(previous)
        if _PROCEEDS_BEFORE.search(previous, 0, money.start)
        or _PROCEEDS_AFTER.match(previous, money.end)
    ]
    if not named:
        return []
    money = named[-1]
    currency = ctx.dollar if money.bare_dollar else money.currency
    # The evidence starts where the proceeds' sentence starts.
    cut = previous.rfind(". ", 0, money.start)
    start = offset + (cut + 2 if cut >= 0 else 0)
    span = Segment(ctx.text[start : segment.end], start, segment.end)
    # Dated by the sentence that says when (the repayment's, else the sale's), else publication.
    sale = Segment(ctx.text[start : segment.start], start, segment.start)
    if _names_period(ctx, segment):
        period = past_event_period(ctx, segment, 0, len(segment.text))
    elif ctx.mentions(sale):
        at = offset + money.start - start
        period = past_event_period(ctx, sale, at, at + money.end - money.start)
    else:
        period = _publication_month(ctx)
    return [observation(span, DEBT_REPAID, money.amount, currency, period, currency=currency)]


def _not_future(ctx: DocContext, segment: Segment, label: str | None) -> str | None:
    """A balance is never dated after publication: "$55 million of debt … until July 2024" names
    a term, and "On September 8, we … for all $7.7 million outstanding …, which we will redeem
    on September 23" is dated by its leading date; else by the report (or publication)."""
    period = Period.parse(label)
    if period is None or ctx.published is None or period.last_day() <= ctx.published:
        return label
    lead = _LEAD_DATE.match(segment.text)
    for mention in ctx.mentions(segment):
        if lead and mention.start < lead.end() and mention.period and mention.period.is_date:
            return mention.period.label()
    fallback = ctx.fallback()
    return fallback.label() if fallback else None


def _span_after(ctx: DocContext, segment: Segment, end: int) -> str | None:
    """ "reduced the loan by $18.2 million from $23.5 million at 1 January 2024 to $5.3 million
    at 30 June 2024": the change happened over the span between the two balance dates, when
    that span is a whole quarter, half or year."""
    text = segment.text
    dates = [m for m in ctx.mentions(segment) if m.start >= end and m.period and m.period.is_date]
    if len(dates) < 2 or not _FROM.search(text, end, dates[0].start):
        return None
    first, second = dates[0], dates[1]
    if (
        not _TO.search(text, first.end, second.start)
        or first.period is None
        or second.period is None
    ):
        return None
    start_day = first.period.last_day()
    if start_day.day != 1:  # "from December 31, 2023": the span starts the next day
        start_day += dt.timedelta(days=1)
    last = second.period.last_day()
    if start_day.day != 1 or (last + dt.timedelta(days=1)).day != 1:
        return None
    months = (last.year - start_day.year) * 12 + last.month - start_day.month + 1
    kind = _SPAN_MONTHS.get(months)
    if kind is None or (start_day.month - 1) % months:
        return None
    index = (start_day.month - 1) // months + 1
    return Period(kind, start_day.year, index).label()


# "valued at about $18 million, based on the average Bitcoin price in September": the month
# dates the price used, not the balance.
_BASIS_AFTER = Folded(r"\b(?:based\s+on|using)\b[^.;]{0,40}\bprices?\b")
_SUBSEQUENT = Folded(r"\bsubsequent(?:ly)?\b")


def _names_period(ctx: DocContext, segment: Segment) -> bool:
    return ctx.section is not None or bool(ctx.mentions(segment))


def _publication_month(ctx: DocContext) -> str | None:
    return shift_month(ctx.published, 0).label() if ctx.published else None


def _no_debt(segment: Segment, ctx: DocContext, lower: str) -> list[Extracted]:
    """ "$322m cash, no debt" → a debt balance of 0 (not "no debt maturities", not a peer)."""
    if not _NO_DEBT_WORDS.search(lower) or not _NO_DEBT_HINTS.search(lower):
        return []
    match = _NO_DEBT.search(segment.text)
    if match is None or guards.is_hypothetical(segment.text, match.start()):
        return []
    if _NOT_A_BALANCE_AFTER.match(segment.text[match.end() :]):
        return []
    if is_peer_figure(segment.text, match.start(), ctx.entity):
        return []
    # "no outstanding debt following the repayment of its loan in August": the month dates
    # the repayment, not the state now.
    cause = _CAUSE_AFTER.search(segment.text, match.end())
    limit = cause.start() if cause else None
    period = resolve_period(ctx, segment, match.start(), match.end(), as_of=True, limit=limit)
    if cause is not None and _named_in_clause(ctx, segment, match.end(), cause.start()) is None:
        period = _publication_month(ctx)
    return [observation(segment, DEBT_TOTAL, Decimal(0), "USD", period, currency="USD")]


_CAUSE_AFTER = Folded(r"\b(?:following|after|since|due\s+to|thanks\s+to|as\s+a\s+result\s+of)\b")


def _named_in_clause(ctx: DocContext, segment: Segment, start: int, end: int) -> object | None:
    """A period phrase between `start` and `end` of the segment, if any."""
    return next((m for m in ctx.mentions(segment) if start <= m.start < end), None)


# Words _REPAID_DIRECT and _TO_REPAY need before the amount (a cheap gate before them).
_REPAID_WORDS = any_of("repa", "paid", "redeem", "retire", "repurchas", "reduc", "lower", "cut",
                       "pay ")  # fmt: skip


def _classify(text: str, money: Money, lower: str) -> str | None:
    before = text[max(0, money.start - 120) : money.start]
    after = text[money.end : money.end + 120]
    if not _NEAR_WORDS.search(lower, max(0, money.start - 120), money.end + 120):
        return None  # no debt word near the amount: skip the detailed patterns
    if _REPAYMENT_OF.search(before[-60:]) and not _is_schedule(before, after):
        # "… paid off its outstanding debt, in a final payment of $77.5 million"
        return None if _INCLUDING_INTEREST.match(after) else DEBT_REPAID
    before_lower = lower[max(0, money.start - 120) : money.start]
    repaid_words = _REPAID_WORDS.search(before_lower) is not None
    if repaid_words and (_REPAID_DIRECT.search(before) or _TO_REPAY.search(before)):
        # "repaid the remaining $15.0 million outstanding under its loan": the amount repaid
        return DEBT_REPAID
    if _TOTAL.search(before) or _OUTSTANDING_AFTER.match(after) or _REMAINING_AFTER.match(after):
        return DEBT_TOTAL
    if " ow" in after and _OWED_AFTER.match(after):
        return DEBT_TOTAL
    if _DRAWN_AFTER.match(after) and _TOTAL_OF.search(before[-30:]):
        return DEBT_TOTAL
    if _DRAWN_BALANCE_AFTER.match(after) or _HAD_BORROWED.search(before):
        return DEBT_TOTAL
    if _ENDED_WITH.search(before[-60:]) and _DEBT_HELD_AFTER.match(after):
        return DEBT_TOTAL
    if _DRAWN_EVENT_AFTER.match(after) and _DEBT_NEAR.search(before[-120:]):
        return DEBT_ISSUED
    if _ISSUE_HINTS.search(lower) and _is_issued(before, after):
        return DEBT_ISSUED
    if _INTEREST.search(before) or _INTEREST_AFTER.match(after):
        return INTEREST_EXPENSE
    if _REPAID_AFTER.match(after):
        return DEBT_REPAID
    if _REDUCTION_AFTER.match(after) or (
        _CUT_BEFORE.search(before[-40:]) and _DEBT_NOUN_AFTER.match(after)
    ):
        return DEBT_REPAID
    if _REPAYMENT_LIST.search(before) and _DEBT_NEAR.search(after[:50]):
        return DEBT_REPAID
    near = (max(0, money.start - 120), money.end + 120)
    if _RETIRE_WORDS.search(lower, *near) and _is_retired(before, after):
        return DEBT_REPAID
    if _REPAYMENT_OF.search(before) and not _is_schedule(before, after):
        return None if _INCLUDING_INTEREST.match(after) else DEBT_REPAID
    if "debt" not in lower:
        return None
    clause = guards.clause_before(text, money.start)
    if (_DEBT_BEFORE.search(before) or _DEBT_AFTER.match(after)) and not _DEBT_VERB_BEFORE.search(
        clause
    ):
        return DEBT_TOTAL
    return None


# "secured a $100 million bitcoin-backed credit facility": a line to draw on is a commitment;
# only a draw ("drew $50 million under the facility") is new debt.
_CREDIT_LINE_AFTER = Folded(
    r"^(?:[^.;$]|\.(?=\d)){0,50}?\b(?:credit\s+facilit|line\s+of\s+credit|credit\s+line|revolv)"
)
_DRAW_VERB = Folded(r"\b(?:drew|drawn|draw\w*|borrow\w*)\b")
# "drew $112.5 million from a Macquarie preferred equity facility": equity, not debt.
_EQUITY_OBJECT_AFTER = Folded(r"^(?:[^.;$]|\.(?=\d)){0,40}?\bequity\b")


def _is_issued(before: str, after: str) -> bool:
    if _NOT_ISSUED.search(before[-40:]) or _NOT_ISSUED_AFTER.match(after):
        return False
    if _EQUITY_OBJECT_AFTER.match(after):
        return False
    if _CREDIT_LINE_AFTER.match(after) and not _DRAW_VERB.search(before[-60:] + after[:40]):
        return False
    if _ISSUED_BEFORE.search(before[-80:]) and _ISSUED_OBJECT.match(after):
        return True
    if _ISSUED_SUBJECT.search(before) or _ISSUED_VOLUME.search(before):
        return True
    if _ISSUED_FOR.search(before) or _DRAW_AFTER.match(after):
        return True
    draw = _DRAW_BEFORE.search(before[-60:])
    if draw and (_DEBT_NEAR.search(before + after[:60]) or _DRAW_NOUN.search(draw.group(0))):
        return True
    if _EXCHANGED_FOR.search(before) and _NEW_NOTES_AFTER.match(after):
        return True
    return bool(_ISSUED_AFTER.match(after))


def _is_retired(before: str, after: str) -> bool:
    """Principal retired, read from the sentence's shape: a retirement verb and a debt
    instrument (or its principal) bound to the amount."""
    if _RETIRED_PRINCIPAL_BEFORE.search(before) or _TO_RETIRE_AFTER.match(after):
        return True
    if _SETTLED_NOTE_BEFORE.search(before[-60:]) and _NOTE_AFTER.match(after):
        return True
    if _RETIRED_BY_VERB.search(before[-60:]) and _OF_DEBT_AFTER.match(after):
        return True
    return bool(_RETIRED_PASSIVE.match(after)) and _DEBT_NEAR.search(before[-120:] + after[:60])


def _is_schedule(before: str, after: str) -> bool:
    """ "Principal repayments of US$10 million are due each quarter" is a schedule, and "a
    notice of redemption of $X" an announcement: neither is a repayment made."""
    return bool(
        _SCHEDULED.match(after) or _SCHEDULE_BEFORE.search(before) or _NOTICE_BEFORE.search(before)
    )


# A participle clause ("…, bringing the balance down to $9 million") shares the mood of the
# clause it hangs from.
_PARTICIPLE_WORDS = any_of("bringing", "reducing", "lowering", "leaving", "taking", "cutting")
_PARTICIPLE = Folded(r"^\s*(?:and\s+)?(?:bringing|reducing|lowering|leaving|taking|cutting)\b")


_USE_OF_DRAW = Folded(
    r"\buse\s+(?:this|the|these|that)\s+(?:drawdown|draw|borrowings?|loan)\s+of\s+"
    r"(?:(?:an|a|the|additional|further)\s+){0,2}$"
)


def _is_forecast(text: str, position: int, metric: str) -> bool:
    """A flow under a modal ("expects to repay"), or a balance in a participle clause hanging
    from one ("will make a $1.9 million payment, bringing the balance down to $9 million").
    Other balances are not checked: "$X outstanding" is stated, whatever the sentence plans."""
    if metric == DEBT_ISSUED and _USE_OF_DRAW.search(text, max(0, position - 60), position):
        return False  # "We intend to use this drawdown of $50 million to …": the draw is made
    if metric in (DEBT_REPAID, DEBT_ISSUED):
        return guards.is_hypothetical(text, position)
    if metric != DEBT_TOTAL or not _PARTICIPLE_WORDS.search(
        lowered(text), max(0, position - 120), position
    ):
        return False
    clause = guards.clause_before(text, position)
    start = position - len(clause)
    return bool(_PARTICIPLE.match(clause)) and start > 0 and guards.is_hypothetical(text, start - 1)


_EQUITY_AFTER = Folded(
    r"\s+(?:(?:of|in)\s+)?(?:its\s+|our\s+|the\s+|the\s+company's\s+)?(?:common\s+|ordinary\s+|class\s+a\s+)?"
    r"(?:stock|shares|equity)\b"
)


# "The Company will use approximately $61.2 million … and $150 million to redeem …": a use of
# proceeds planned earlier in the sentence governs every amount after it.
_PLANNED_USE = Folded(
    r"\b(?:will|would|intends?\s+to|expects?\s+to|plans?\s+to|anticipates?|proposes?\s+to)\s+"
    r"(?:\w+\s+){0,2}?(?:use|apply|allocate)\b"
)
# "After owing $143 million in June 2022, the company has reduced its debt by $68 million",
# "from a peak of …": a reduction counted from a past starting point, not a period's repayment.
_SINCE_START = Folded(
    r"\b(?:since|after\s+(?:owing|peaking|carrying|having\s+owed)|from\s+(?:a|its)\s+(?:peak|high))\b"
)


# "the final tranche of Bitcoin miners", "26,200 Bitcoin miners": machines, not companies.
_MACHINES = Folded(r"\b(?:of|\d[\d,.]*)\s+(?:\w+\s+)?bitcoin\s+miners\b")


def _without_machines(text: str) -> str:
    """`text` with mining machines blanked out (same length), for the industry-aggregate guard."""
    if "miners" not in text:
        return text
    for match in _MACHINES.finditer(text):
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


# "The remaining $5 million in debt will have a three-year term": a balance the plan will
# leave, not one stated at a date.
_MODAL_AFTER = Folded(
    r"[^.;$]{0,40}?\b(?:will|would|shall|is\s+expected\s+to|are\s+expected\s+to)\b"
)
# "the final $2.1 million of the total of approximately $67 million of debt outstanding": the
# whole a part was taken from (an earlier balance), not the balance now.
_PART_OF_TOTAL = Folded(rf"\b(?:of|out\s+of)\s+(?:the|a)\s+total\s+of\s+{APPROX}$")
_PEERS = Folded(
    r"\b(?:peers?|rivals?|other|competing)\s+(?:bitcoin\s+)?(?:miners|companies|firms)\b"
)
_LENDER_SIDE = Folded(r"\b(?:facilitat\w*|originat\w*|extended\s+to|lent\s+to|receivables?)\b")
# "reduced its debt by $267 through …" lost its "million": no miner reports debt in dollars.
_SMALLEST = 1000
# "the maximum loan balance of $50 million", "from a peak of $165-million", "borrowing capacity
# of up to $200 million": a bound or a past high, not the balance at a date.
_NOT_A_BALANCE_BEFORE = Folded(
    r"\b(?:peak|maximum|max|highs?|ceiling|cap|limit|capacity|up\s+to)\b(?:[^.;$]){0,30}$"
)


def _acceptable(text: str, money: Money, metric: str, ctx: DocContext) -> bool:
    if guards.is_per_unit(text, money.end) or money.amount < _SMALLEST:
        return False
    if metric == DEBT_TOTAL and _NOT_A_BALANCE_BEFORE.search(
        text, max(0, money.start - 50), money.start
    ):
        return False
    if metric == DEBT_TOTAL and (
        _MODAL_AFTER.match(text, money.end) or _PART_OF_TOTAL.search(text, 0, money.start)
    ):
        return False
    if _PEERS.search(text, max(0, money.start - 80), money.start):
        return False  # "Peer miners took on $11 billion of debt": other companies
    if _LENDER_SIDE.search(text, max(0, money.start - 120), money.start):
        return False  # loans the company facilitated or made: its customers' debt, not its own
    if metric != DEBT_TOTAL and guards.is_cumulative(text, money.start, money.end):
        return False  # "… during the nine months ended September 30": not a whole period
    if metric == DEBT_REPAID and _EQUITY_AFTER.match(text, money.end):
        return False  # "repurchased $460 million stock": a buyback, not debt repaid
    if metric == DEBT_REPAID and (
        _PLANNED_USE.search(text, 0, money.start) or _SINCE_START.search(text, 0, money.start)
    ):
        return False
    if _is_forecast(text, money.start, metric):
        return False
    if guards.is_aggregate(_without_machines(text), money.start):
        return False  # "bitcoin miners raised $11 billion in convertible notes this year"
    return not is_peer_figure(text, money.start, ctx.entity)
