"""Debt repaid in prose: repayments, redemptions, conversions and settlements of principal.

A repayment binds an amount to a retirement verb or noun and a debt instrument ("repaid
$X", "the extinguishment of $X of principal", "$X of the notes were converted", "Cuts $X
Debt"). Schedules, notices of redemption, planned uses of proceeds, share buybacks and
reductions counted from a past high are not.
"""

from __future__ import annotations

from . import guards
from .context import DocContext
from .debt_balance import PREVIOUS_CHARS
from .debt_paid_toward import paid_toward
from .debt_payments_made import payments_made
from .debt_periods import names_period, publication_month
from .debt_sale_money import whole_sum_used
from .debt_words import DEBT_NEAR, DEBT_OBJECT, REPAY_ADVERB, REPAY_VERB, Window
from .evidence import observation
from .folded import Folded
from .gates import Words
from .model import DEBT_REPAID, Extracted
from .numbers import APPROX, IN_SENTENCE, Money, find_money
from .resolver import past_event_period
from .sentence_screen import SentenceScreen, Stretch
from .sentences import Segment

# A reduction verb right before the amount and a debt noun right after: "Core Scientific Cuts
# $267M Debt with Notes", "reduces $267M debt", "slashed $40 million of loans", "the conversion
# removed $260 million in debt from its balance sheet" (debt retired without cash is retired).
_CUT_BEFORE = Folded(
    rf"\b(?:cuts?|cutting|reduc(?:es|ed|ing)|slash\w*|trims?|trimm\w*|pays?\s+down|pays?\s+off|"
    rf"repays?|repaid|retire[sd]?|paid\s+(?:down|off)|eliminat\w*|extinguish\w*|cancell?(?:ed|s|ing)|wip(?:ed|es|ing)\s+out|"
    rf"remov(?:ed|es|ing)|eras(?:ed|es|ing))\s+"
    rf"(?:(?:its|the|all|their|our|of|some|nearly|almost|remaining|final|last|outstanding|"
    rf"entire|full|an?|substantial|significant|sizable|hefty)\s+){{0,3}}{APPROX}$"
)


# "has cleared a substantial $21.8 million in secured debt": debt cleared is paid off, told with
# a share of debt after the amount ("in"/"of"); "the board cleared a $40 million loan from its
# chairman", "regulators cleared a $40 million loan" is an approval, a loan to come.
_CLEARED_BEFORE = Folded(
    r"\bclear(?:ed|s|ing)\s+(?:(?:its|the|all|their|our|some|nearly|almost|remaining|"
    rf"outstanding|an?|substantial|significant|sizable|hefty)\s+){{0,3}}{APPROX}$"
)
_CLEARED_SHARE_AFTER = Folded(
    r"^\s+(?:of|in)\s+(?:(?:its|the|their|our)\s+)?(?:[\w-]+\s+)?(?:debt|loans|notes|"
    r"borrowings|indebtedness)\b"
)
# Who approves rather than pays: "Acme's board cleared", "regulators have cleared".
_APPROVER_CLEARED = Folded(
    r"\b(?:board|directors|regulators?|court|judge|shareholders|stockholders|committee|"
    r"authorit(?:y|ies)|agency|commission|sec)\b[^.;$]{0,30}?\bclear(?:ed|s|ing)\b"
)


# "reduced its $100 million loan by $34 million": the amount before is the size, the change
# comes after it.
_CHANGE_AFTER = Folded(r"^[^.;$]*\b(?:by|to)\s+(?:approximately\s+|about\s+)?(?:us|c|a)?\$")


# (not a limit on debt: "removed the $50 million debt ceiling" retires nothing)
_DEBT_NOUN_AFTER = Folded(
    r"^\s+(?:of\s+|in\s+)?(?:(?:its|the|their|our)\s+)?(?:[\w-]+\s+)?(?:debt|loans?|notes|"
    r"borrowings|indebtedness)\b(?!\s+(?:ceilings?|caps?|limits?|covenants?|capacity)\b)"
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
    # (a decimal point ends no sentence: "includes $150.0 million in secured notes, …")
    rf"comprises?|comprised|consist(?:s|ed)?\s+of|covers?|covered)\b{IN_SENTENCE}*$"
)


_REPAID_DIRECT = Folded(
    r"\b(?:repaid|repaying|paid\s+down|paid\s+off|paid\s+back|prepaid|redeemed|retired|repurchased|"
    r"bought\s+back|buys?\s+back|buying\s+back|repays|redeems|repurchases|prepays|pays\s+(?:down|off|"
    r"back))\s+"
    r"(?:in\s+full\s+)?(?:(?:the|its|an?|all|outstanding|remaining|final|last|aggregate|principal|amount|"
    # "repaid its previous $20 million loan": the loan is earlier, the repayment is now
    rf"balance|of|prior|previous|existing|maturing|old|original)\s+){{0,5}}{APPROX}$|"
    # "reduced its $100 million BTC-backed credit facility with Galaxy by $34 million"
    # (not "reduced our annual interest costs and facility fees by $5 million", nor "reduced its
    # debt obligations by C$2.16 million", a net change)
    # (present tense "reduces its debt by" describes what a deal does, not a repayment made)
    # ("used the funds to lower its debt to Galaxy by $28 million": a purpose carried out;
    # "plans to reduce" is dropped by the hypothetical guard)
    r"\b(?:reduced|reducing|lowered|cut|trimmed|slashed|"
    r"paid\s+down|to\s+(?:reduce|lower|cut|trim|pay\s+down))\s+"
    r"(?:(?!\b(?:costs?|fees?|expenses?|interest|rates?)\b)(?:[^.;]|\.(?=\d))){0,80}?"
    rf"\b(?:{DEBT_OBJECT}|leverage)(?:\s+(?:with|from|under|owed\s+to|to)\s+"
    rf"(?:[^.;$]|\.(?=\d)){{0,50}}?)?\s+by\s+{APPROX}$|"
    # The noun of the same cut: "through the reduction of debt by $3.6 million"
    r"\b(?:reduction|paydown|pay-down)\s+(?:of|in)\s+(?:(?:its|the|our|their|total|outstanding)\s+)"
    rf"{{0,2}}(?:[\w-]+\s+)?(?:{DEBT_OBJECT})\s+by\s+{APPROX}$|"
    # The debt as the subject: "Total Debt Balance … $1 billion, reduced by $270 million during
    # 2024", "the loan balance was paid down by $12 million".
    r"\b(?:debt|borrowings|indebtedness|loans?|(?:loan|debt|principal)\s+balance)\b"
    r"(?:[^.;]|\.(?=\d)){0,60}?(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+)?"
    # (not "its debt has decreased by $4 million": a net change, README dev c-01; "the $100
    # million loan has since been repaid by $40 million": the part repaid, decided case 45)
    rf"(?:reduced|lowered|cut|paid\s+down|repaid)\s+by\s+{APPROX}$"
)


# "… used the proceeds to repay US$15.0 million of its equipment loan" (forecasts are dropped
# by the hypothetical guard: "will use the proceeds to repay …").
_TO_REPAY = Folded(
    r"\bto\s+(?:partially\s+|partly\s+|fully\s+)?(?:repay|pay\s+down|pay\s+off|redeem|retire|"
    r"repurchase)\s+"
    r"(?:(?:the|its|an?|outstanding|remaining|aggregate|principal|prior|previous|existing|"
    rf"maturing|old|original)\s+){{0,3}}{APPROX}$"
)


# A retirement named as a noun: "repayment of $50 million", "the extinguishment of the final
# approximately $2.1 million of principal", "redemption of $150 million of its 2028 notes".
_REPAYMENT_OF = Folded(
    r"\b(?:repayments?|repurchases?|(?:final|full)\s+(?:re)?payment|extinguishment|"
    r"redemption|retirement|prepayment|pay-?down|pay-?off|elimination|(?:principal|debt|loan)\s+"
    r"payments?)\s+of\s+"
    rf"(?:(?:the|its|final|remaining|last|outstanding)\s+){{0,3}}{APPROX}$|"
    # A filing's subject form: "total principal payments of the Company's debt were $29.4
    # million", "repayments under the term loan totaled $12.0 million"; the debt may carry an
    # aside between commas ("of the Company's debt, exclusive of debt extinguishment, were").
    r"\b(?:repayments?|(?:principal|debt|loan)\s+(?:re)?payments?)\s+(?:of|on|under)\s+"
    r"(?:[^.;$]{0,50}?|[^.;$,]{0,50}?,[^.;$,]{1,45},\s+)"
    rf"\b(?:were|was|totall?ed|amounted\s+to)\s+{APPROX}$"
)


# "issued a notice of redemption of …", "the redemption of $X … is scheduled": announced, not done.
_NOTICE_BEFORE = Folded(r"\bnotices?\s+of\s+(?:\w+\s+){0,2}(?:redemption|repayment|prepayment)")


_INCLUDING_INTEREST = Folded(r"^[^.;]{0,20}\bincluding\b[^.;]{0,40}\b(?:fees?|interest)\b")


# After the amount: "… of the net proceeds to repay", "… and used the proceeds to repay",
# "… to pay down a loan".
_REPAID_AFTER = Folded(
    rf"^(?:\s+of\s+(?:the|its)\s+(?:net\s+)?proceeds)?\s+to\s+{REPAY_ADVERB}{REPAY_VERB}\b|"
    # ("and used all of the proceeds to pay down its loan", "using the entire proceeds to …")
    rf"^[^.;]{{0,40}}?\b(?:and\s+)?(?:used|using)\s+(?:all\s+(?:of\s+)?)?(?:the|its|such|these)\s+"
    r"(?:(?:net|full|entire|whole|total)\s+){0,2}proceeds"
    rf"\s+to\s+{REPAY_ADVERB}{REPAY_VERB}\b|"
    rf"^(?:\s+in\s+\w+)?\s+to\s+{REPAY_ADVERB}{REPAY_VERB}\b|"
    # "allocated $4 million to settle debts owed to Galaxy" (not "to settle the lawsuit")
    r"^\s+to\s+(?:fully\s+|partially\s+)?settle\s+(?:(?:the|its|some|part\s+of|outstanding|"
    r"remaining)\s+){0,3}(?:debts?|loans?|notes|borrowings|indebtedness|principal)\b|"
    # "with the remaining $23.5 million settled in 2024": a retirement with its period
    r"^\s+(?:repaid|settled|retired|redeemed|paid\s+off|paid\s+down)\s+(?:in|during)\s+"
    r"(?:(?:19|20)\d{2}|(?:the\s+)?(?:first|second|third|fourth)\s+(?:quarter|half)|q[1-4]|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b"
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
    # (not "$48 million left to repay on the loan": a balance)
    r"^(?![^.;$]{0,20}?\b(?:left|remaining|still|yet)\s+to\b)"
    # (not "… and will use the proceeds to repay its loan", a plan, nor "… and used part of the
    # proceeds to repay": only some of the amount went to the loan, decided case 13)
    r"(?![^.;$]{0,40}?\b(?:will|would|shall|plans?|intends?|expects?|part|some|portion|half)\b)"
    # (the debt object within 50: "to settle all of Stronghold Digital Mining's outstanding loans")
    rf"[^.;$]{{0,40}}?\bto\s+{REPAY_ADVERB}{REPAY_VERB}\b[^.;$]{{0,50}}?\b{DEBT_OBJECT}\b"
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
    r"^\s+(?:[\w%.-]+\s+){0,3}?(?:promissory\s+)?(?:notes?|loans?|debentures?|debt|bonds?|"
    r"balance)\b"
    # "converted its $300 million debt facility into a project financing": refinanced, not repaid
    r"(?!\s+(?:facilit|financ|agreement|line))(?![^.;]{0,80}\binto\s+(?:an?\s+)?[\w\s-]{0,40}?"
    r"(?:financing|facility|loan|notes|credit))"
)


_RETIRED_BY_VERB = Folded(
    r"\b(?:settled|converted|exchanged|extinguished|cancell?ed|discharged|forgave|forgiven|cleared|"
    r"settles|converts|extinguishes|cancels|"
    r"wrote\s+off|written\s+off)\s+(?:(?:the|its|all|an?|remaining|outstanding)\s+){0,3}"
    rf"{APPROX}$"
)


# A repayment whose object is glossed by the amount in brackets: "Repayment by Non-Recourse SPV 1
# of all outstanding amounts (approximately $1 million) under the SPV 1 Financing Agreement".
_REPAID_OBJECT_GLOSSED = Folded(
    r"\b(?:repayment|repaid|prepayment|prepaid|paid\s+off|payoff)\s+(?:by\s+[^.;$()]{0,40}?\s+)?"
    r"(?:of\s+)?(?:all\s+)?(?:the\s+|its\s+)?(?:outstanding|remaining)\s+(?:amounts?|balance|"
    rf"principal|debt|borrowings|loans?)\s*\(\s*{APPROX}$"
)


# A deal done in the past tense, then a participle that retires debt: "executed a pivotal debt
# restructuring initiative, exchanging $4.78 million of its 8.50% Senior Notes for …" (not "plans
# a restructuring, exchanging …": the participle shares its governing verb's mood).
# An exchange agreement entered into is a deal done too (README decided case 6): "has entered
# into privately negotiated exchange agreements with certain holders of its 1.00% convertible
# senior notes maturing in 2026, exchanging approximately $417 million in principal amount of
# notes … for … shares" (a coupon's decimal point is no sentence end).
_PARTICIPLE_REACH = 240  # how far before the amount the deal's verb may lie
_DONE_THEN_PARTICIPLE = Folded(
    r"\b(?:executed|completed|closed|finali[sz]ed|concluded|carried\s+out|undertook|consummated|"
    r"entered\s+into)"
    r"\b(?:[^.;$]|(?<=\d)\.(?=\d)){0,140},\s*(?:exchanging|settling|extinguishing|retiring|"
    r"converting)\s+"
    rf"(?:(?:the|its|all|an?|remaining|outstanding)\s+){{0,3}}{APPROX}$"
)


# "agreed to settle its remaining $21 million of debt with BlockFi for …": the agreement's verb.
_AGREED_SETTLEMENT = Folded(
    r"\bagreed\s+to\s+settle\s+(?:(?:the|its|all|an?|remaining|outstanding)\s+){0,3}"
    rf"{APPROX}$"
)


# "… for a single cash payment of $7.75 million": the payment the settlement was agreed for.
_FOR_PAYMENT_AFTER = Folded(
    r"^[^.;]{0,100}?\b(?:for|with|through|via|in\s+exchange\s+for)\s+(?:an?\s+|one\s+)?"
    r"(?:(?:single|one-time|one-off|lump[\s-]sum|discounted|final)\s+)?(?:cash\s+)?"
    r"(?:payment|settlement)\b"
)
# "… for a cash payment of $7.75 million once the sale closes", "Pending court approval, …":
# a settlement that waits on something is not done (README case 6: only done things are
# figures). (Read to the sentence's ends either side; a decimal point is no end.)
_PENDING = (
    r"\b(?:once|pending|subject\s+to|will|expected\s+to\s+(?:close|complete)|"
    r"upon\s+(?:the\s+)?(?:closing|completion))\b"
)
_SETTLEMENT_PENDING_AFTER = Folded(rf"^(?:[^.;]|\.(?=\d)){{0,160}}?{_PENDING}")
_SETTLEMENT_PENDING_BEFORE = Folded(rf"{_PENDING}(?:[^.;]|\.(?=\d)){{0,120}}$")


_OF_DEBT_AFTER = Folded(
    # "cleared the remaining $5 million owed to Galaxy"
    r"^\s+(?:owed|owing)\b|"
    r"^\s*(?:\([^)]{0,12}\)\s*)?(?:(?:aggregate\s+)?principal(?:\s+amount)?\s+)?(?:of|in)\s+"
    r"(?:(?:the|its|our|outstanding|remaining|aggregate)\s+)*"
    # (a coupon's decimal point is no sentence end: "of its 1.00% Convertible Senior Notes")
    r"(?:principal|(?:[^.;$]|(?<=\d)\.(?=\d)){0,40}?\b(?:notes?|debentures?|loans?|debt)\b)"
)


# Words a retirement needs near the amount (a cheap gate before the patterns).
_RETIRE_WORDS = Words("repa", "retir", "redeem", "paid", "extinguish", "conver", "settl",
                       "cancel", "discharg", "forg", "bought", "buy", "eliminat", "wrote",
                       "written", "clear", "exchang")  # fmt: skip


_SCHEDULED = Folded(r"^[^.;]{0,25}?\b(?:are|is)\s+(?:due|payable|scheduled)|^\s+(?:due|payable)\b")


_SCHEDULE_BEFORE = Folded(
    r"\b(?:scheduled|required|future|monthly|quarterly|annual)\s+(?:\w+\s+)?repayments?\s+of"
)


# (the money's kind may stand before the noun: "All of the cryptocurrency proceeds were used")
_PROCEEDS_KIND = r"(?:(?:full|entire|whole|net|total|cash|crypto(?:currency)?|sale|bitcoin|btc)\s+)"
_PROCEEDS_USED = Folded(
    rf"\b(?:the|these|such|those|its|all\s+(?:of\s+)?the)\s+{_PROCEEDS_KIND}{{0,2}}"
    # ("… settled in USDT, with the full proceeds used to partially repay a loan")
    r"proceeds\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
    rf"(?:used|applied)\s+to\s+{REPAY_ADVERB}{REPAY_VERB}\b"
    # the active voice: "Cango used the entire proceeds to pay down part of a … loan"
    r"|\b(?:used|applied)\s+(?:the|these|such|those|its|all\s+(?:of\s+)?the)\s+"
    rf"{_PROCEEDS_KIND}{{0,2}}proceeds\s+to\s+{REPAY_ADVERB}{REPAY_VERB}\b"
)


_PROCEEDS_BEFORE = Folded(rf"\bproceeds\s+of\s+{APPROX}$")


# (no "^": `match` from a position anchors there; "^" would hold only at the text's start)
_PROCEEDS_AFTER = Folded(r"\s+(?:in\s+|of\s+)?(?:net\s+|gross\s+)?proceeds\b")


# The money a sale brought, told by its verb: "sold 4,451 BTC over the weekend,
# raising roughly $305 million", "sold 1,000 BTC for $96 million" (the sale's proceeds all the
# same; not a price: "sold 887 BTC at an average price of $22,670").
_SALE_RAISED_BEFORE = Folded(
    r"\b(?:sold|sells?|selling|sale|offload\w*|liquidat\w*|dispos\w*)\b"
    r"(?:(?!\b(?:price|average|each|apiece|per)\b)[^.;$]){0,80}?"
    r"\b(?:rais(?:ing|ed)|generat(?:ing|ed)|bringing\s+in|brought\s+in|fetch(?:ing|ed)|"
    r"nett(?:ing|ed)|realiz(?:ing|ed)|realis(?:ing|ed)|yield(?:ing|ed)|receiv(?:ing|ed)|for|worth|"
    r"valued\s+at)\s+"
    rf"{APPROX}$"
)


_OWN_AMOUNT_REACH = 60


# A second use of the same proceeds (decided case 13: not when only part went to the loan).
_OTHER_USE_AFTER = Folded(
    r"[^.;]*?(?:\b(?:and|as\s+well\s+as|plus)\s+(?:to|for)\s|"
    r"\b(?:remainder|rest|balance|remaining)\b[^.;]{0,30}?\b(?:was|were|will|to|for)\b)"
)


def _names_proceeds(previous: str, money: Money) -> bool:
    """Is `money` (in the text before a "proceeds were used" sentence) the sale's proceeds?"""
    if _PROCEEDS_BEFORE.search(previous, 0, money.start) or _PROCEEDS_AFTER.match(
        previous, money.end
    ):
        return True
    if guards.is_per_unit(previous, money.end):
        return False  # "$68,524 per coin": a price, not the proceeds
    return _SALE_RAISED_BEFORE.search(previous, max(0, money.start - 120), money.start) is not None


def proceeds_used(segment: Segment, ctx: DocContext, lower: str) -> list[Extracted]:
    """A repayment "with the proceeds" whose amount is the previous sentence's proceeds; the
    evidence spans both sentences."""
    used = _PROCEEDS_USED.search(segment.text) if "proceeds" in lower else None
    # ("The entire amount was used to partially repay …": the sale's sum by another noun)
    used_end = used.end() if used is not None else whole_sum_used(segment.text, lower)
    if used_end is None or ctx.text is None:
        return []
    if _OTHER_USE_AFTER.match(segment.text, used_end):
        return []  # "… to repay a loan and to fund its expansion": only part went to the loan
    if any(0 <= money.start - used_end <= _OWN_AMOUNT_REACH for money in find_money(segment.text)):
        return []  # "… used to repay $20 million of the loan": the sentence's own amount
    if guards.is_hypothetical(segment.text, len(segment.text)):
        return []
    offset = max(0, segment.start - 2 * PREVIOUS_CHARS)
    previous = ctx.text[offset : segment.start]
    named = [money for money in find_money(previous) if _names_proceeds(previous, money)]
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
    if names_period(ctx, segment):
        period = past_event_period(ctx, segment, 0, len(segment.text))
    elif ctx.mentions(sale):
        at = offset + money.start - start
        period = past_event_period(ctx, sale, at, at + money.end - money.start)
    else:
        period = publication_month(ctx)
    return [observation(span, DEBT_REPAID, money.amount, currency, period, currency=currency)]


# Words _REPAID_DIRECT and _TO_REPAY need before the amount (a cheap gate before them).
_REPAID_WORDS = Words("repa", "paid", "redeem", "retire", "repurchas", "reduc", "lower", "cut",
                       "pay ", "bought", "buy", "slash", "trim")  # fmt: skip


# A retirement named by a noun whose object must be debt: "the cancellation of $2.1 million of
# debt", "the conversion of $20 million of notes", "a buyback of $50 million of its 2029
# notes" (a "settlement of $3 million" alone may be a lawsuit's).
_RETIRED_NOUN = Folded(
    r"\b(?:cancell?ations?|conversions?|settlements?|discharge|buy-?backs?|forgiveness|"
    r"write-?offs?|exchanges?|extinguishments?|retirements?|repurchases?|eliminations?)\s+of\s+"
    rf"(?:(?:the|its|final|remaining|last|outstanding|all)\s+){{0,3}}{APPROX}$"
)


# The instrument named before its size: "paid off its loan of $12 million", "retired the
# remaining balance of $8 million on its term loan", "settled its debt to Galaxy of $5 million".
_RETIRED_INSTRUMENT_OF = Folded(
    r"\b(?:repaid|repaying|paid\s+(?:off|down|back)|retired|redeemed|settled|extinguished|"
    r"eliminated|cancell?ed|discharged|prepaid|cleared)\s+(?:in\s+full\s+)?"
    r"(?:(?:its|the|their|our|all|an?|remaining|outstanding|entire)\s+){0,3}(?:[\w%.-]+\s+){0,3}?"
    rf"(?:{DEBT_OBJECT}|balance)\b(?:[^.;$]){{0,30}}?\s+(?:of|totaling|totalling|worth|amounting\s+to)"
    rf"\s+{APPROX}$"
)


# A reduction named by its object, the debt: "total aggregate debt reduction of around $59
# million" (done: a reduction "expected" or "of up to" is guarded as planned or a bound before).
_DEBT_REDUCTION_OF = Folded(
    r"\b(?:debt|loan|principal|indebtedness)\s+reductions?\s+of\s+"
    r"(?:(?:around|about|approximately|roughly|nearly|some|over|more\s+than)\s+)?$"
)


def _is_retired(words: Stretch, after: str, lead: str) -> bool:
    """Principal retired, read from the sentence's shape: a retirement verb and a debt
    instrument (or its principal) bound to the amount; `lead`: the sentence's words before the
    amount, further back than `words` (a deal's verb before a long name of its notes)."""
    before, ask = words.text, words.search
    if ask(_RETIRED_PRINCIPAL_BEFORE) or _TO_RETIRE_AFTER.match(after):
        return True
    if ask(_RETIRED_NOUN, 80) and _OF_DEBT_AFTER.match(after):
        return True
    if ask(_RETIRED_INSTRUMENT_OF, 120):
        return True
    if ask(_SETTLED_NOTE_BEFORE, 60) and _NOTE_AFTER.match(after):
        return True
    if ask(_RETIRED_BY_VERB, 60) and _OF_DEBT_AFTER.match(after):
        return True
    if "(" in before[-20:] and ask(_REPAID_OBJECT_GLOSSED, 120):
        return True  # "Repayment by SPV 1 of all outstanding amounts (approximately $1 million)"
    if (
        "ing" in before[-60:]
        and words.search_in(_DONE_THEN_PARTICIPLE, lead)
        and _OF_DEBT_AFTER.match(after)
    ):
        return True  # "executed a debt restructuring, exchanging $4.78 million of its notes"
    return bool(_RETIRED_PASSIVE.match(after)) and DEBT_NEAR.search(before[-120:] + after[:60])


def _is_schedule(words: Stretch, after: str) -> bool:
    """ "Principal repayments of US$10 million are due each quarter" is a schedule, and "a
    notice of redemption of $X" an announcement: neither is a repayment made."""
    return bool(
        _SCHEDULED.match(after) or words.search(_SCHEDULE_BEFORE) or words.search(_NOTICE_BEFORE)
    )


_EQUITY_AFTER = Folded(
    r"\s+(?:(?:of|in)\s+)?(?:its\s+|our\s+|the\s+|the\s+company's\s+)?(?:common\s+|ordinary\s+|class\s+a\s+)?"
    r"(?:stock|shares|equity)\b"
)


# "The Company will use approximately $61.2 million … and $150 million to redeem …": a use of
# proceeds planned earlier in the sentence governs every amount after it.
_PLANNED_USE = Folded(
    r"\b(?:will|would|intends?\s+to|expects?\s+to|plans?\s+to|anticipates?|proposes?\s+to)\s+"
    r"(?:\w+\s+){0,2}?(?:use|apply|allocate)\b"
    # "Proceeds will fund capped call costs, repurchase of $135.0M November 2029 notes"
    r"|\bproceeds\s+(?:will|would|are\s+to|are\s+expected\s+to)\s+(?:\w+\s+){0,2}?(?:fund|go|be\s+used)\b"
)


# A use-of-proceeds summary with no verb of doing: "Net proceeds ~$980M; ~$199M to repurchase
# $212M of existing 2026 notes" (unless the text says the proceeds were used, or the company
# repaid: "used the proceeds to repay $20 million").
_PROCEEDS_TO_REPAY = Folded(
    r"\bproceeds\b[^.]{0,120}?\bto\s+(?:repurchase|repay|redeem|retire|pay\s+(?:down|off))\s+"
    r"(?:[^\s$]+\s+){0,2}$"
)
_USE_DONE = Folded(
    r"\b(?:used|using|applied|utili[sz]ed|allocated|went|deployed|repaid|repurchased|redeemed|"
    r"retired)\b"
)


# "After owing $143 million in June 2022, the company has reduced its debt by $68 million",
# "from a peak of …": a reduction counted from a past starting point, not a period's repayment.
# (not the adverb "since", afterwards, before its verb: "borrowed $100 million in January and has
# since repaid $40 million of it" repays $40 million, decided case 45)
_SINCE_START = Folded(
    r"\b(?:since(?!\s+(?:been\s+)?(?:fully\s+|partially\s+|partly\s+)?(?:repaid|paid|retired|"
    r"redeemed|reduced|settled|prepaid|repurchased|extinguished|cut|lowered|trimmed)\b)|"
    r"after\s+(?:owing|peaking|carrying|having\s+owed)|from\s+(?:a|its)\s+(?:peak|high))\b"
)


# The nouns that retire an obligation without naming a payment (a repayment names one).
_NOT_PAID_NOUN = Folded(r"\b(?:extinguishment|elimination|retirement)\s+of\s+[^$]{0,40}$")


def repayment_named(window: Window, reach: int) -> bool | None:
    """ "a final payment of $77.5 million", "the redemption of $150 million": True for a
    repayment named by a noun within `reach` characters, False for one that includes interest
    or fees (not principal; the amount is nothing else either), None when no noun names one."""
    words, after = Stretch(_REPAY_SCREEN, window.before, window.text), window.after
    if not words.search(_REPAYMENT_OF, reach) or _is_schedule(words, after):
        return None
    if _NOT_PAID_NOUN.search(window.before[-reach:]) and not DEBT_NEAR.search(window.text):
        # "renegotiate miner purchase agreements, which resulted in the penalty-free
        # extinguishment of $45.4 million": a sentence that names no debt retires none (purchase
        # commitments are not borrowed money, decided case 33)
        return False
    return not _INCLUDING_INTEREST.match(after)


# "has settled a portion of the outstanding principal amount of Debentures (as defined below)
# equal to C$10,743,329 … into 96,439,227 common shares": the principal retired, named by its
# amount after the instrument.
_PRINCIPAL_RETIRED = Folded(
    r"\b(?:settled|repaid|retired|redeemed|converted|extinguished|exchanged|prepaid)\s+"
    r"(?:(?:a\s+)?(?:portion|part)\s+of\s+)?(?:the\s+|its\s+)?(?:outstanding\s+|remaining\s+)?"
    r"(?:aggregate\s+)?principal\s+(?:amount\s+)?of\s+(?:the\s+|its\s+)?[^.;$]{0,60}?"
    rf"\b(?:equal\s+to|totall?ing|amounting\s+to)\s+{APPROX}$"
)


# Verbs of `_RETIRED_BY_VERB` that retire debt with no cash repayment named (a cheap gate).
_SETTLED_WORDS = Words("settl", "extinguish", "discharg", "forg", "cancel", "written off",
                        "wrote off", "clear", "exchang")  # fmt: skip


def _settled_words(window: Window) -> bool:
    return _SETTLED_WORDS.found(window.before_lower[-60:])


def repaid_before(window: Window) -> bool:
    """A retirement verb right before the amount: "repaid the remaining $15.0 million",
    "to repurchase $19.4 million of its notes" (whatever follows the amount)."""
    words = Stretch(_REPAY_SCREEN, window.before, window.text)
    if "principal" in window.before_lower and words.search(_PRINCIPAL_RETIRED):
        return True  # "settled a portion of the outstanding principal amount … equal to $X"
    if _settled_words(window) and words.search(_AGREED_SETTLEMENT, 60):
        # "agreed to settle its remaining $21 million of debt … for a single cash payment of
        # $7.75 million": a settlement agreed for a stated payment is done (decided cases 6, 32)
        return (
            _OF_DEBT_AFTER.match(window.after) is not None
            and _FOR_PAYMENT_AFTER.match(window.after) is not None
            and _SETTLEMENT_PENDING_AFTER.match(window.after) is None
            and words.search(_SETTLEMENT_PENDING_BEFORE) is None
        )
    if _settled_words(window) and words.search(_RETIRED_BY_VERB, 60):
        # "settled C$2.5 million of outstanding debt": the verb retires the amount, before the
        # balance words after it ("outstanding debt") can claim it as a balance
        return _OF_DEBT_AFTER.match(window.after) is not None
    if not _REPAID_WORDS.found(window.before_lower):
        return False
    if words.search(_REDUCED_IT) and DEBT_NEAR.search(window.before + window.after[:60]):
        return True  # "… its loan of $66 million … By reducing it by $28 million this loan …"
    return bool(words.search(_REPAID_DIRECT) or words.search(_TO_REPAY))


# The debt the clause around names, as a pronoun: "By reducing it by $28 million this loan
# therefore now amounts to $38 million" (the loan named before or after it).
_REDUCED_IT = Folded(
    r"\b(?:(?:reduced|reducing|lowered|lowering|cut|cutting|trimmed|trimming)\s+it|"
    rf"(?:paid|paying)\s+it\s+down)\s+by\s+{APPROX}$"
)


# Words _REPAYMENT_LIST needs before the amount (a cheap gate before it).
_LIST_WORDS = Words("repayment", "paydown", "redemption", "reduction")


def reduction_named(window: Window) -> bool:
    """ "resulting in total aggregate debt reduction of around $59 million": the debt retired,
    named by the reduction (before any balance words of the sentence claim the amount)."""
    lower = window.before_lower[-80:]
    if "principal" in lower and _PRINCIPAL_REDUCED_BY.search(window.before[-80:]):
        return True  # "restructured its notes to reduce the outstanding principal amount by $11.3M"
    return "reduction" in lower and _DEBT_REDUCTION_OF.search(window.before[-80:]) is not None


# "restructured its convertible notes … to reduce the outstanding principal amount by $11.3
# million", "which reduced the principal balance of the notes by $5 million": principal retired
_PRINCIPAL_REDUCED_BY = Folded(
    r"\b(?:reduced?|reduces|reducing|lowered|lower|cut)\s+(?:the|its|their)\s+(?:outstanding\s+)?"
    r"(?:aggregate\s+)?principal\s+(?:amount|balance)\s+(?:of\s+(?:the|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:notes|loans?|debentures|debt)\s+)?by\s+$"
)


def repaid_otherwise(window: Window) -> bool:
    """The other repayment shapes: "$X of the proceeds to repay", "a $X reduction in debt",
    "Cuts $X Debt", "the repayment includes $X in notes", "$X of the notes were converted"."""
    before, after = window.before, window.after
    words = Stretch(_REPAY_SCREEN, before, window.text)
    if _REPAID_AFTER.match(after) or _REDUCTION_AFTER.match(after) or paid_toward(window):
        return True
    if payments_made(window):
        return True  # "made $20 million in debt payments", "Debt repayment: $20 million"
    if (
        words.search(_CUT_BEFORE, 40)
        and _DEBT_NOUN_AFTER.match(after)
        and not _CHANGE_AFTER.search(after[:100])
    ):
        return True
    if (
        words.search(_CLEARED_BEFORE, 40)
        and _CLEARED_SHARE_AFTER.match(after)
        and not words.search(_APPROVER_CLEARED, 80)
    ):
        return True
    lists = _LIST_WORDS.found(window.before_lower)
    if lists and words.search(_REPAYMENT_LIST) and DEBT_NEAR.search(after[:50]):
        return True
    near = (max(0, window.start - 120), window.end + 120)
    if not _RETIRE_WORDS.found(window.lower, *near):
        return False
    lead = window.text[max(0, window.start - _PARTICIPLE_REACH) : window.start]
    return _is_retired(words, after, lead)


# A buyback verb: its object must be debt ("repurchased $50 million under its share
# repurchase program" is equity).
_BUYBACK_BEFORE = Folded(
    r"\b(?:repurchas\w*|bought\s+back|buys?\s+back|buying\s+back)\b[^.;$]{0,40}$"
)


# "a loss on debt extinguishment of $3 million": an accounting gain or loss, not principal.
_GAIN_OR_LOSS = Folded(r"\b(?:gains?|loss(?:es)?)\s+(?:on|from)\s+(?:the\s+)?[^.;$]{0,30}$")


# A repayment owed, allowed or possible, not made: "is required to repay $20 million", "has the
# option to prepay $20 million", "must repay", "$50 million, which could be used to repay debt".
_OBLIGED_BEFORE = Folded(
    r"\b(?:(?:is|are|was|were|be|being)\s+(?:required|obligated|obliged|permitted|allowed|"
    r"earmarked|set\s+aside)|must|(?:has|have|had|with)\s+the\s+(?:option|right|ability)|"
    r"could|can|may|might|option\s+to)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:re)?pa\w*|"
    r"\b(?:(?:is|are|was|were)\s+)?earmarked\s+to\b"
)
_OBLIGED_AFTER = Folded(
    r"^[^.;$]{0,30}?\b(?:could|can|may|might|would|will|to)\s+be\s+(?:used|applied|earmarked)\b|"
    r"^[^.;$]{0,30}?\b(?:are|is)\s+earmarked\b"
)


# A loan named by its size as the object of a partial repayment: "has paid down a $100 million
# loan with the sale of 3,000 BTC", "partially repaid its $50 million term loan": the size is
# the loan's, not what was paid ("paid down" and "partially" say it was not all of it).
_PARTLY_PAID_SIZE_BEFORE = Folded(
    r"\b(?:pa(?:id|ys|ying|y)\s+down|(?:partially|partly)\s+(?:repaid|repays|repaying|repay|"
    r"paid\s+(?:off|back|down)|settled|redeemed))\s+(?:an?|the|its|their|our)\s+$"
)
# (the loan right after its size: not "a $20 million portion of its loan")
_SIZED_LOAN_AFTER = Folded(
    rf"^\s*(?:(?!(?:in|of|worth|portion|part|payment|installment|tranche)\b)[\w-]+\s+){{0,3}}?"
    rf"{DEBT_OBJECT}\b"
)


# The loan's size, then the part repaid told after it: "Its equipment loan of $60 million, drawn
# in February, was repaid by $25 million" (the $25 million is the repayment, decided case 45).
_REPAID_BY_PART_AFTER = Folded(
    r"^[^.;$]{0,60}?\b(?:was|were|has|have|had)\s+(?:since\s+)?(?:been\s+)?"
    r"(?:repaid|paid\s+down|reduced)\s+by\s+(?:approximately\s+|about\s+|roughly\s+)?"
    r"(?:[a-z]{1,3}\s?)?[$€£]\s?\d"
)
# The money as the loan's size, not what was repaid ("In October the company repaid $60 million
# of notes, which had been reduced by $25 million" repays $60 million): a debt noun right
# before it ("loan of $60 million") or naming it right after ("the $100 million bridge loan").
_LOAN_NOUN = r"(?:loans?|notes?|facilit(?:y|ies)|debentures?|borrowings?|credit\s+line)"
_LOAN_OF_BEFORE = Folded(
    _LOAN_NOUN + r"\s+(?:of|for|totall?ing|worth)\s+(?:approximately\s+|about\s+|roughly\s+|"
    r"up\s+to\s+)?(?:[a-z]{1,3}\s?)?$"
)
_LOAN_NAMED_AFTER = Folded(r"^\s+(?!of\b)(?:[\w-]+\s+){0,2}?" + _LOAN_NOUN + r"\b")


def _loan_size(text: str, money: Money) -> bool:
    """Is the money the loan's size ("loan of $60 million", "the $100 million bridge loan")?"""
    return bool(
        _LOAN_OF_BEFORE.search(text[max(0, money.start - 40) : money.start])
        or _LOAN_NAMED_AFTER.match(text[money.end : money.end + 40])
    )


def repayment_doubted(text: str, money: Money) -> bool:
    """A share buyback, a planned use of proceeds, an accounting gain or loss, a repayment only
    owed or allowed, a reduction counted from a past high, or the size of a loan partly repaid."""
    head = text[max(0, money.start - 300) : money.start]
    if _GAIN_OR_LOSS.search(head[-60:]):
        return True
    if _PARTLY_PAID_SIZE_BEFORE.search(head[-40:]) and _SIZED_LOAN_AFTER.match(
        text[money.end : money.end + 60]
    ):
        return True
    if _REPAID_BY_PART_AFTER.match(text[money.end : money.end + 120]) and _loan_size(text, money):
        return True  # the size of a loan repaid "by" a part stated after it
    if _OBLIGED_BEFORE.search(head[-60:]) or _OBLIGED_AFTER.match(text[money.end : money.end + 60]):
        return True
    if _BUYBACK_BEFORE.search(head[-60:]) and not DEBT_NEAR.search(
        text, money.end, money.end + 100
    ):
        return True
    return bool(
        _EQUITY_AFTER.match(text[money.end : money.end + 80])
        or _PLANNED_USE.search(head)
        or _SINCE_START.search(head)
        or (_PROCEEDS_TO_REPAY.search(head) is not None and _USE_DONE.search(head) is None)
    )


# The patterns the repayment readers ask of the words before an amount, asked of its whole
# sentence in one RE2 pass (`sentence_screen.Stretch`): one that matches nowhere in the sentence
# matches in no stretch of it, and is not searched. (None opens with "^".)
_REPAY_SCREEN = SentenceScreen(
    [
        _AGREED_SETTLEMENT, _APPROVER_CLEARED, _CLEARED_BEFORE, _CUT_BEFORE, _DONE_THEN_PARTICIPLE,
        _NOTICE_BEFORE, _PRINCIPAL_RETIRED, _REDUCED_IT, _REPAID_DIRECT, _REPAID_OBJECT_GLOSSED,
        _REPAYMENT_LIST, _REPAYMENT_OF, _RETIRED_BY_VERB, _RETIRED_INSTRUMENT_OF, _RETIRED_NOUN,
        _RETIRED_PRINCIPAL_BEFORE, _SCHEDULE_BEFORE, _SETTLED_NOTE_BEFORE,
        _SETTLEMENT_PENDING_BEFORE, _TO_REPAY,
    ]
)  # fmt: skip
