"""New debt in prose: notes offerings closed, loans taken, draws on facilities.

An issuance binds an amount to a debt instrument through an issuing verb ("closed its offering
of $X of notes", "entered into a $X term loan", "drew $X under the facility"), a noun ("an
additional $X draw") or a subject ("the principal amount of notes sold was $X"). Priced or
proposed deals, option parts of a total, credit lines merely secured, and equity draws are not.
"""

from __future__ import annotations

from .debt_funded_cash import funded_cash
from .debt_funded_for import funded_for
from .debt_incurred import incurred_debt
from .debt_issue_done import issued_as_done, offering_did
from .debt_issue_news import issued_in_news, taken_already
from .debt_lines import sizes_a_line
from .debt_taken import loan_taken, loan_up_to
from .debt_tranche import tranche_paid_out
from .debt_words import DEBT_NEAR, DEBT_NOUN, GAP, Window, without_equivalent
from .folded import Folded, lowered
from .gates import Words
from .numbers import APPROX, IN_SENTENCE
from .sentence_screen import SentenceScreen, Stretch

_DRAWN_EVENT_AFTER = Folded(
    r"^\s+(?:was|were)\s+(?:(?:fully|already|entirely|initially)\s+)?"
    r"(?:drawn|borrowed|funded|advanced|disbursed)\b"
)


# Words an issuance sentence must hold (a debt instrument or an offering).
_ISSUE_HINTS = Words("note", "convertible", "bond", "loan", "tranche", "facility", "debt",
                      "offering", "credit", "financ", "draw", "option", "borrow",
                      "to fund", "funding", "advance")  # fmt: skip


_ISSUED_BEFORE = Folded(
    r"\b(?:closed|closes|closing\s+of|completed|completes|completing|(?:completion|consummation|"
    r"closure|close)\s+of|finali[sz]ed|secured|secures|securing|raised|raises|raising|obtained|obtaining|"
    r"took\s+(?:out|on)|tak(?:en|es|ing)\s+on|drew|drawing|(?:has|have)\s+drawn|borrowed|executed|"
    r"landed|clinched|inked|struck|tapped|tapping|gets|got|receives|draws|borrows|lands|"
    r"secures|obtains|issues|completes|takes\s+out|"
    r"issued|issuing|sold|"
    r"entered\s+into|received|(?:has|have|was|were)\s+been\s+advanced|"
    # "Financed by $12M unsecured promissory note": a purchase paid with new debt ("funded
    # partly with a $12 million promissory note": the debt one of the ways it was paid)
    r"(?:financed|funded)\s+(?:(?:partly|partially|in\s+part|primarily|largely|mainly)\s+)?"
    r"(?:by|with|through|via)|"
    # "agreed to an extra $50M in loans with its lender": an agreement entered into (case 6)
    r"agreed\s+to(?=\s+an?\s+(?:extra|additional|further|new)\s))\s+"
    r"(?:(?:a|an|its|our|their|the|on|of|down|initial|new|total|aggregate|principal|amount|offering|"
    r"issuance|placement|private|public|upsized|successful|additional|extra|further|previously|"
    r"announced|substantial|significant|sizable|sizeable|major|large|fresh|first|second|"
    r"combined|another|strategic|\([^)]{0,30}\))\s+){0,6}"
    rf"{APPROX}$"
)


# A draw named as a noun: "this drawdown of an additional $50 million", "includes an
# additional $50 million draw"; an ordinal names which draw it was ("the drawdown of the 4th and
# final US$5.0 million tranche").
_DRAW_BEFORE = Folded(
    r"\b(?:draw(?:down|-down|ing|s)?|drew(?:\s+down)?|drawn(?:\s+down)?|borrow(?:ed|ing|s))\s+(?:of\s+)?"
    r"(?:(?:an|a|the|additional|further|new|first|second|third|fourth|fifth|final|last|"
    rf"[1-9](?:st|nd|rd|th)|and)\s+){{0,4}}{APPROX}$"
)


_DRAW_NOUN = Folded(r"\b(?:drawdown|draw-down|draw)\s+of\b")
# "The drawdown of the final $5.0 million tranche is expected in December": not yet drawn. Not
# past ", which will fund …": that clause tells the money's use, not that it is still to come
# (", which is expected to be drawn in June" still tells a draw to come).
_DRAW_TO_COME = Folded(
    r"^(?:(?!,\s*which\s+(?:will|would)\s+(?:fund|finance|be\s+used|support|pay|go)\b)[^.;$])"
    r"{0,50}?\b(?:(?:is|are)\s+(?:expected|scheduled|anticipated|planned)|will|"
    r"remains?\s+available|to\s+be\s+(?:drawn|made|completed))\b"
)


# (not "a $20 million borrowing option", "borrowing capacity", "borrowing base": room to borrow)
_DRAW_AFTER = Folded(
    # ("the US$35 million second drawdown": an ordinal names which draw it was)
    r"^\s+(?:(?:first|second|third|fourth|fifth|initial|final|subsequent)\s+)?"
    r"(?:draw(?:down)?|drawdown|borrowing)\b"
    # (a draw still to come: "the $50 million drawdown is expected to be made in June", "a $100
    # million drawdown remains available")
    r"(?![^.;$]{0,30}?\b(?:(?:is|are)\s+(?:expected|scheduled|anticipated|planned)|remains?\s+"
    r"available|(?:is|are)\s+available|will|would|may|could|to\s+be)\b)"
    r"(?!\s+(?:options?|capacity|base|limits?|availability|power|room|headroom|ceiling|cap)\b)"
)


# "agreed to an equipment financing deal with NYDIG for $37 million": the instrument, then its size.
_ISSUED_FOR = Folded(
    r"\b(?:agreed\s+to|entered\s+into|signed|closed|secured|obtained|completed|issued|sold|placed|"
    r"took\s+out|received|landed|inked|tapped)\s+(?:\(\s*(?:[ivx]{1,4}|[a-h1-9])\s*\)\s+)?(?:an?|the|its)\s+"
    r"(?!(?:[\w-]+\s+){0,3}?(?:prior|previous|existing|earlier|old)\b)"
    rf"(?:[^.;$]|\.(?=\d)){{0,40}}?\b{DEBT_NOUN}\b(?:[^.;$]|\.(?=\d)){{0,40}}?\b"
    rf"(?:for|worth|totaling|totalling)\s+(?:(?:another|an\s+additional|additional|a\s+further|"
    rf"the\s+full|the\s+entire|the\s+total|a\s+total\s+of)\s+)?"
    rf"{APPROX}$"
)


# The verb is the debt itself: "borrows $26.66M from NYDIG", "has borrowed $20 million from
# Galaxy", "Argo borrowed a further $10 million" (no instrument noun needed).
_BORROWED_BEFORE = Folded(
    r"\b(?:borrow(?:s|ed)|(?:has|have|had)\s+(?:now\s+|also\s+)?borrowed)\s+"
    rf"(?:(?:an?|another|additional|further|new|total|aggregate|of)\s+){{0,3}}{APPROX}$"
)


# Debt placed with investors or a loan agreement signed, the instrument the amount's own noun:
# "placed $20 million of convertible bonds", "signed a $20 million loan agreement" (decided case
# 6); not "placed a $20 million order for miners, financed by a loan", nor "the newly signed $30
# million hosting deal will help repay the loan".
_PLACED = Folded(
    r"\b(?:plac(?:ed|es|ing)|sign(?:ed|s))\s+"
    rf"(?:(?:an?|its|the|additional|new|further)\s+){{0,2}}{APPROX}$"
)


# The instrument is the amount's own noun, a few words on: "$20 million term loan", "$300
# million of convertible senior notes" (not a facility's size: decided case 19).
_DEBT_OWN_NOUN = Folded(
    r"^\s*(?:(?:in|of)\s+)?(?:aggregate\s+principal\s+amount\s+of\s+)?(?:[\w%.-]+\s+){0,3}?"
    r"(?:loans?|notes|bonds|debentures|borrowings)\b"
)


# A gap that may hold an initial's full stop ("in favor of B. Riley Commercial Capital").
_NAMED_GAP = r"(?:[^.;$]|\.(?=\d)|(?<=\b[A-Z])\.(?!\d))"


# An instrument issued, its principal told by a participle after it: "issued a bridge
# promissory note … evidencing a $26,500,000 aggregate principal amount loan", "signed a
# term loan agreement representing a $40 million loan", "issued a note in the amount of $5m".
_ISSUED_EVIDENCING = Folded(
    r"\b(?:issued|closed|executed|signed|entered\s+into|obtained|secured)\s+"
    rf"{GAP}{{0,60}}?\b{DEBT_NOUN}\b{_NAMED_GAP}{{0,160}}?\b(?:evidencing|representing|"
    r"in\s+the\s+(?:aggregate\s+|original\s+)?(?:principal\s+)?amount\s+of|"
    r"with\s+an?\s+(?:aggregate\s+|original\s+)?principal\s+(?:amount\s+)?of)\s+"
    rf"(?:(?:an?|the)\s+)?{APPROX}$"
)


# A loan or facility enlarged by an amount: "raises the maximum loan size by $70 million",
# "upsized its term loan by an additional $50 million", "increased the facility by $25m".
_UPSIZED_BY = Folded(
    r"\b(?:rais(?:ed|es|ing)|increas(?:ed|es|ing)|upsiz(?:ed|es|ing)|expand(?:ed|s|ing)|"
    r"lift(?:ed|s|ing)|boost(?:ed|s|ing)|enlarg(?:ed|es|ing))\s+"
    rf"{GAP}{{0,50}}?\b(?:loan|facility|borrowing|borrowings|credit|notes?|debt)\b{GAP}{{0,30}}?"
    rf"\bby\s+(?:(?:an?|another|additional|further)\s+){{0,2}}{APPROX}$"
)


_ISSUED_SUBJECT = Folded(
    r"\b(?:principal\s+amount|amount|size|value|price)\s+of\s+(?:the\s+)?(?:[\w%.-]+\s+){0,5}?"
    rf"(?:notes|bonds|debentures)\s+(?:sold|issued|placed)\b{GAP}{{0,40}}?\b"
    rf"(?:was|were|is|are|totaled|totalled|totals|amounted\s+to|came\s+to)\s+{APPROX}$"
)


# An instrument issued, its size named after it: "issued a mandatory convertible bond in the
# total nominal amount of around EUR 53 million", "closed a term loan with a principal amount of".
_ISSUED_VOLUME = Folded(
    r"\b(?:issued|issuing|closed|completed|placed|secured|securing|obtained|entered\s+into|"
    rf"(?:sale|issuance|issue)\s+of|sold|with\s+an?\s+new)\s+{GAP}{{0,60}}?\b{DEBT_NOUN}\b{GAP}{{0,50}}?\b(?:volume|(?:nominal|principal|face)\s+"
    rf"(?:amount|value)|amount|size)\s+of\s+{APPROX}$"
)


# New notes given in exchange for old ones: "swapping $4.78 million of old debt for $2.11
# million of new 10.00% Senior Notes due 2030".
_EXCHANGED_FOR = Folded(rf"\b(?:exchang\w*|swap\w*)\b{IN_SENTENCE}{{0,80}}?\bfor\s+{APPROX}$")


_NEW_NOTES_AFTER = Folded(
    r"^\s*(?:in\s+|of\s+)(?:(?:aggregate\s+)?principal\s+amount\s+of\s+)?(?:the\s+|its\s+)?"
    rf"new\b{GAP}{{0,40}}?\b(?:notes?|bonds?|debentures?)\b"
)


# (the instrument within the amount's clause: not past a comma opening another flow, as in a
# headline's "IREN Raises $2.3B, Repurchases Debt in Balance Sheet Overhaul")
_OTHER_FLOW = (
    r",\s*(?:and\s+)?(?:repurchas|repa|redeem|retir|reduc|cut|buy|bought|pa(?:y|id)|extend|"
    r"refinanc|settl|slash|trim|lower)"
)
# (nor past a purpose: "sold $62 million of BTC to pay down the loan", "raised $62 million to
# repay its loan": the debt is what the money went to, not what brought it in)
_PURPOSE = (
    r"\bto\s+(?:help\s+)?(?:partially\s+|partly\s+|fully\s+|further\s+)?(?:repay|pay|reduce|"
    r"retire|settle|cover|service|redeem|repurchase|lower|cut|eliminate|clear|meet)\b"
)
_ISSUED_OBJECT = Folded(
    rf"^(?:(?!{_OTHER_FLOW}|{_PURPOSE})(?:[^.;$]|\.(?=\d))){{0,60}}?\b(?:{DEBT_NOUN}|offering)\b"
    # "obtained $26.7 million of financing from NYDIG": financing from a lender (not equity)
    r"|^\s+(?:of|in)\s+(?:new\s+)?financing\s+(?:from|with)\b"
    r"(?!(?:[^.;$]|\.(?=\d)){0,50}\b(?:equity|shares|stock|preferred)\b)"
)


# A raise told by its parts, one of them new loan money: "The $17 million was composed of $7.5
# million in additional loan funds and $9.5 million in stock from pre-existing investors".
_COMPOSED_OF = Folded(
    rf"\b(?:was|were)\s+(?:composed\s+of|made\s+up\s+of|comprised\s+of|split\s+into)\s+{APPROX}$"
)
_LOAN_FUNDS_AFTER = Folded(
    r"^\s+(?:in|of)\s+(?:additional|new|incremental|further)\s+(?:term\s+)?(?:loan|debt|"
    r"borrowing)\s+(?:funds|financing|proceeds|money)\b"
)


# "$37 million in financing for new equipment": a loan for machines, named by its purpose.
_EQUIPMENT_FINANCING_AFTER = Folded(
    r"^\s+(?:in|of)\s+(?:new\s+)?(?:equipment\s+|debt\s+|loan\s+)?financ(?:e|ing)\s+for\s+"
    r"(?:(?:new|additional|its|the)\s+)?(?:mining\s+)?(?:equipment|miners|machines|rigs|asics|hardware)\b"
)


# "$X of notes issued", "the first $50 million tranche of the facility has already been drawn"
# (not "has not been drawn", "remains to be drawn").
_ISSUED_AFTER = Folded(
    rf"^\s*(?:(?:initial|aggregate|principal|amount|of)\s+)*[^.;$]{{0,50}}?\b{DEBT_NOUN}\b"
    r"(?:(?!\b(?:not|yet|to\s+be|remains?|undrawn)\b)[^.;$]){0,40}?"
    r"\b(?:issued|(?:has|have|was|were)\s+(?:already\s+|now\s+|fully\s+)?been\s+(?:drawn|funded|"
    r"advanced|disbursed)|(?:was|were)\s+(?:fully\s+)?(?:funded|advanced|disbursed)|drawn)\b"
)


_NOT_ISSUED_AFTER = Folded(
    r"^\s*(?:greenshoe|option|over-allot|(?:in\s+|of\s+)?(?:net|gross)\s+proceeds|"
    # "funded with $425.3M in cash and no debt": the amount's own noun is cash
    r"(?:in\s+|of\s+)?cash\b)"
)


_NOT_ISSUED = Folded(
    r"\b(?:up\s+to|priced|pricing|proposed|expected\s+to|intends?\s+to|plans?\s+to|from|"
    r"(?:purchase|buy|acquire)\s+(?:up\s+to\s+)?(?:an\s+)?additional|greenshoe|option|"
    r"net\s+proceeds|capped\s+call|\bcap\b|includ\w*|incorporat\w*|of\s+which)\s*(?:of\s+)?"
    rf"{APPROX}$"
)


# The amount's own noun is an asset, not an instrument: "placed $20 million of bitcoin as
# collateral for the loan", "sold $5 million in shares" (a "bitcoin-backed loan" is debt).
_ASSET_OWN_AFTER = Folded(
    r"^\s*(?:worth\s+)?(?:of|in)\s+(?:(?:its|their|our|the)\s+)?(?:bitcoins?|btc|ether|eth|shares|"
    r"(?:common\s+|class\s+a\s+)?stock|collateral)(?![\w-])"
)


# A refinancing told by the new debt: "refinanced its equipment loans with a new $20 million
# term loan", "replaced the Galaxy facility with a $35 million loan from Coinbase".
_REFINANCED_WITH = Folded(
    r"\b(?:refinanc(?:ed|es|ing)|replac(?:ed|es|ing))\b[^.;$]{0,60}?\bwith\s+(?:an?\s+)?"
    r"(?:(?:new|additional|fresh|larger|cheaper)\s+)?$"
)


# "drew $112.5 million from a Macquarie preferred equity facility": equity, not debt; so is a
# "bought deal" (an underwritten share sale) unless it sells debentures or notes.
# (not past warrants sold beside the note: "$2100000 and warrants to purchase up to 5108275
# ordinary shares" buys shares with the warrants, whatever the figures' length)
_EQUITY_OBJECT_AFTER = Folded(
    r"^(?:(?!warrants?\b)(?:[^.;$]|\.(?=\d))){0,40}?\b(?:equity|ordinary\s+shares|"
    r"common\s+(?:shares|stock)|"
    r"bought\s+deal(?!(?:[^.;$]|\.(?=\d)){0,40}\b(?:debentures?|notes|bonds)\b))"
)


# "the expected closing of its $500 million offering": the close is still ahead.
# So is a close another thing waits on: "contingent on the closing of a previously announced
# $2.35 billion notes offering", "subject to the completion of its notes offering".
_PENDING_CLOSE = Folded(
    r"\b(?:(?:expected|anticipated|pending|upcoming|proposed|planned|scheduled)\s+|"
    r"(?:contingent|conditional|conditioned|dependent|subject)\s+(?:up)?(?:on|to)\s+the\s+)"
    r"(?:closing|closure|close|completion|consummation)\s+of\b[^.;$]{0,40}$"
)


# The whole deal once the purchasers' option is exercised: "…, bringing the total raised to
# $375 million", "raising the aggregate principal amount of the offering to $1.15 billion".
# The README labels this total, not its base and option parts (`debt_document` drops those).
_OPTION_TOTAL = Folded(
    r"\b(?:bring\w*|brought|tak(?:e|es|ing)|took|rais(?:e|es|ing)|increas\w*|lift\w*)\s+the\s+"
    r"(?:total|aggregate)\s+(?:(?:principal|amount|size|offering|issuance|deal|raised|raise)\s+)"
    r"{1,3}(?:of\s+(?:the\s+)?(?:[\w%.-]+\s+){0,4}?(?:notes|offering|bonds|debentures)\s+)?"
    rf"(?:raised\s+|sold\s+|issued\s+)?to\s+{APPROX}$"
    # "purchased an additional $75.0 million principal of notes for an aggregate principal
    # amount of $925.0 million": the option's amount, then the whole it made
    r"|\badditional\s+(?:us)?[$€£]\s?[\d.,]+\s*(?:million|billion|m|bn)?\s+(?:[\w%.-]+\s+){0,8}?"
    r"(?:for|bringing\s+the\s+total\s+to|to\s+reach)\s+(?:an?\s+)?(?:total|aggregate)\s+"
    rf"(?:principal\s+)?(?:amount\s+)?(?:of\s+)?{APPROX}$"
)


_OPTION_WORDS = Words("option", "over-allot", "greenshoe", "notes", "offering")


# An earlier issue recalled as background: "the previously issued $1.4 billion notes", "an
# existing $1.4 billion notes series" (README decided case 1).
# ("has already drawn down $60 million" is the perfect of a draw done, not a recalled one)
_RECALLED_BEFORE = Folded(
    r"\b(?:(?:previously|earlier|originally|formerly|(?<!has\s)(?<!have\s)already)\s+"
    r"(?:issued|placed|sold|drawn)|"
    r"existing|prior|previous|earlier|old)\s+(?:\w+\s+)?$"
)


# One item of an enumerated issue: "it issued (i) a Series A-1 note for $10 m … and (ii) a
# Series B-1 note for $5 m" (the issuing verb is further back).
_ENUMERATED_FOR = Folded(
    r"\(\s*(?:[ivx]{1,4}|[a-h1-9])\s*\)\s+(?:an?|the|its)\s+(?:[^.;$]|\.(?=\d)){0,40}?"
    rf"\b{DEBT_NOUN}\b(?:[^.;$]|\.(?=\d)){{0,20}}?\b(?:for|of|worth|totaling|totalling)\s+{APPROX}$"
)


_ISSUING_VERB = Folded(
    r"\b(?:issued|sold|placed|closed|completed|entered\s+into|secured|obtained|borrowed|drew)\b"
)


# "entered into an equipment financing agreement, with initial funding of US$37 million": the
# first advance of a loan named as a noun.
_FUNDING_OF = Folded(
    r"\b(?:initial|first|new|additional|further)\s+(?:funding|advance|disbursement|drawdown|draw)s?"
    rf"\s+(?:of|totaling|totalling|amounting\s+to)\s+{APPROX}$"
)


_LOAN_WORDS = Words("financ", "loan", "facilit", "note", "debt", "credit", "borrow")


# The offering as the subject, its close after the amount: "The offering of $1.0 billion of
# senior secured notes closed on October 7", "the sale of $40 million of notes was completed".
_OFFERING_OF = Folded(
    r"\b(?:offering|issuance|placement|sale|issue)\s+of\s+(?:(?:an?|the|its)\s+)?"
    rf"(?:(?:aggregate\s+)?principal\s+amount\s+of\s+)?{APPROX}$"
)


_CLOSED_AFTER = Folded(
    rf"^{GAP}{{0,60}}?\b{DEBT_NOUN}\b{GAP}{{0,60}}?\b(?:closed|settled|(?:was|were|has\s+been|"
    r"have\s+been|had\s+been)\s+(?:successfully\s+)?(?:completed|closed|consummated|issued|"
    r"settled|funded))\b"
)


# "The company's previously announced $1.0 billion notes offering closed in October": the
# amount, a debt offering, then its close.
_DEAL_CLOSED_AFTER = Folded(
    rf"^{GAP}{{0,50}}?\b(?:convertible|notes?|bonds?|debentures?|debt|loan)\b{GAP}{{0,20}}?"
    r"\b(?:offering|issuance|placement|financing|deal|transaction)s?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:closed|(?:was|were|been)\s+(?:successfully\s+)?(?:completed|closed|consummated|funded))\b"
)


# "closed the offering with the purchasers' full exercise of their option, for a total of
# $1.15 billion of notes": the deal's total after its close.
_CLOSED_FOR_TOTAL = Folded(
    r"\b(?:closed|completed|issued|sold|placed)\b[^.;]{0,160}?\b(?:for|bringing\s+it\s+to)\s+"
    rf"(?:a|an)\s+(?:total|aggregate)\s+(?:principal\s+amount\s+)?of\s+{APPROX}$"
)


# A summary bullet's telegraphic done deal, the amount in brackets after it: "Helios
# financing secured ($1.4B)", "convertible notes closed ($500M)" (a line's size is not:
# `sizes_a_line` reads "credit facility secured ($100M)" first).
_DONE_BRACKETED = Folded(
    r"\b(?:financing|loans?|notes|bonds|debentures|debt|convertibles?|term\s+loan)\s+"
    r"(?:secured|closed|completed|issued|raised|obtained|funded|priced\s+and\s+closed)\s*"
    rf"\(\s*{APPROX}$"
)


# Room to borrow, not a draw: "retains an option to draw an additional $50 million on the term
# loan", "has access to draw a further $25 million", "the right to borrow", "meaning Marathon
# can draw $50 million at the time of closing" (what the line allows, not what was drawn).
_ROOM_TO_DRAW = Folded(
    r"\b(?:(?:options?|rights?|ability|capacity|availability|room|flexibility|access|abilities)\s+"
    r"to|can|cannot|(?:is|are|was|were|will\s+be)\s+(?:able|allowed|permitted|entitled)\s+to)\s+"
    r"(?:draw|borrow)(?:\s+down)?\s+(?:(?:up\s+to|an?|an\s+additional|additional|a\s+further|"
    r"further|another)\s+){0,2}$"
)


# "issued a Promissory Note … for the full $150 million in gross proceeds": a note's gross
# proceeds are its principal (net proceeds, or an offering's gross proceeds alone, are not read).
_GROSS_AFTER = Folded(r"^\s*(?:in|of)\s+gross\s+proceeds\b")


# A payable or obligation of the company swapped for a note it issues: "B&M agreed to eliminate
# an approximately $11.4 million outstanding payable in exchange for a Promissory Note in the
# amount of $3.5 million" (the company's note; not "sold the unit in exchange for a note": that
# note is the company's receivable).
_PAYABLE_SWAPPED_FOR_NOTE = Folded(
    r"\b(?:payables?|liabilit(?:y|ies)|obligations?|amounts?\s+owed|invoices?)\b[^.;$]{0,40}?"
    r"\bin\s+exchange\s+for\s+(?:an?|the)\s+(?:new\s+)?(?:unsecured\s+|secured\s+)?"
    r"(?:promissory\s+)?note\s+(?:in\s+the\s+(?:principal\s+|aggregate\s+)?amount\s+of|of|for)\s+"
    rf"{APPROX}$"
)


# An issuance the text calls recent (done), its principal after it: "CleanSpark's recent
# convertible note issuance of $650 million" (not "a proposed issuance of").
_RECENT_ISSUANCE = Folded(
    r"\brecent\s+(?:[\w-]+\s+){0,3}?(?:issuance|issue|offering|placement|sale)\s+of\s+"
    rf"(?:(?:an?|the)\s+)?{APPROX}$"
)


def _is_issued(words: Stretch, after: str, wide: str) -> bool:
    """`wide`: the sentence up to the amount, for patterns that reach further than `words`."""
    # (stages in order: the first that decides, decides)
    ruled = _ruled_out_or_in(words, after)
    if ruled is not None:
        return ruled
    if _issued_or_drawn(words, after, wide):
        return True
    before = words.text
    draw = words.search(_DRAW_BEFORE, 60)
    if draw and (DEBT_NEAR.search(before + after[:60]) or _DRAW_NOUN.search(draw.group(0))):
        return _DRAW_TO_COME.match(after) is None  # (a draw still to come is a plan: case 6)
    if _closed_or_funded(words, after):
        return True
    return bool(_ISSUED_AFTER.match(after)) or issued_in_news(before, after, wide or before)


# The amount named by the debt's closing: "a $15 million convertible debt closing", "the $25
# million first closing of the notes". A debt noun names what closed ("the $100 million closing
# of the acquisition" is no debt); one still to come is a plan (README rule 6: "a $15 million
# closing is expected", "could occur in August", "expects the … closing … to occur next week").
_CLOSING_NAMED_AFTER = Folded(
    r"^\s*(?:(?:initial|first|convertible|senior|secured|unsecured)\s+){0,3}"
    r"(?:(?:debt|notes?|bonds?|loans?|debentures?)\s+(?:(?:initial|first)\s+)?closing\b|"
    r"(?:(?:initial|first)\s+)?closing\s+of\s+(?:(?:the|its|their|an?)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:notes?|bonds?|loans?|debentures?|debt)\b)"
    r"(?![^.;$]{0,60}?\b(?:(?:is|are|was|were)\s+(?:expected|scheduled|anticipated|planned|set)|"
    r"will|would|could|may|might|should|can|to\s+(?:be|occur|take|happen)|subject\s+to|"
    r"pending)\b)"
)
# The telling of a closing to come before its amount: "Acme expects the $15 million first closing"
_CLOSING_TO_COME = Folded(r"\b(?:expect|anticipat|plan|intend|aim)\w*\b[^.;$]{0,30}$")


def _ruled_out_or_in(words: Stretch, after: str) -> bool | None:
    """The guards first: a verdict from a negation, a line's room or size, a pending close or an
    object that is no debt (None: none of them applies)."""
    before, ask = words.text, words.search
    if _GROSS_AFTER.match(after) and ask(_ISSUED_FOR):
        return not ask(_NOT_ISSUED, 40)
    if ask(_NOT_ISSUED, 40) or _NOT_ISSUED_AFTER.match(after):
        return loan_up_to(before, after)  # (a loan taken "of up to" its principal: `debt_taken`)
    if ask(_ROOM_TO_DRAW, 60) and "exercis" not in before[-60:].lower():
        return False  # (an option exercised is a draw: "exercised its option to draw $50 million")
    if ask(_RECALLED_BEFORE, 40):
        return False
    if sizes_a_line(before, after):
        return False  # a credit line's size is no new debt (README, decided case 19)
    if ask(_PENDING_CLOSE, 80):
        return False
    if _EQUITY_OBJECT_AFTER.match(after) or _ASSET_OWN_AFTER.match(after):
        return False
    if _CLOSING_NAMED_AFTER.match(after):
        # "included a $15 million convertible debt closing": a closing is done
        return not ask(_CLOSING_TO_COME, 40)
    return None


def _issued_or_drawn(words: Stretch, after: str, wide: str) -> bool:
    """An issuance or a draw the words before the amount tell as done."""
    before, ask = words.text, words.search
    if (ask(_REFINANCED_WITH, 100) or ask(_PLACED, 60)) and _DEBT_OWN_NOUN.match(after):
        return True
    if ask(_ISSUED_BEFORE, 80) and _ISSUED_OBJECT.match(after):
        return True
    if "exchange" in before[-150:] and ask(_PAYABLE_SWAPPED_FOR_NOTE, 150):
        return True  # "eliminate a $11.4 million payable in exchange for a Promissory Note in …"
    if ask(_RECENT_ISSUANCE, 80):
        return True  # "CleanSpark's recent convertible note issuance of $650 million"
    if ask(_DONE_BRACKETED, 60):
        return True
    if tranche_paid_out(before, after):
        return True  # "a first financing tranche of US$5.6 million already disbursed"
    if ask(_UPSIZED_BY, 120):
        return True
    if funded_for(before):
        return True  # "loan schedules that were partially funded for approximately $54 million"
    if ask(_BORROWED_BEFORE, 60) or words.search_in(_ISSUED_EVIDENCING, wide or before):
        return True
    if ask(_ISSUED_SUBJECT) or ask(_ISSUED_VOLUME):
        return True
    return bool(ask(_ISSUED_FOR) or _DRAW_AFTER.match(after))


def _closed_or_funded(words: Stretch, after: str) -> bool:
    """A deal closed, a funding received or notes an investor bought, told around the amount."""
    before, ask = words.text, words.search
    if ask(_EXCHANGED_FOR) and _NEW_NOTES_AFTER.match(after):
        return True
    if ask(_OFFERING_OF, 60) and _CLOSED_AFTER.match(after):
        return True
    if _DEAL_CLOSED_AFTER.match(after):
        return True
    if ask(_CLOSED_FOR_TOTAL) and _ISSUED_OBJECT.match(after):
        return True
    if ask(_ENUMERATED_FOR, 80) and ask(_ISSUING_VERB):
        return True
    funding = ask(_FUNDING_OF, 60)
    if funding and _LOAN_WORDS.found(lowered(before + after[:80])):
        return True
    if ask(_COMPOSED_OF, 50) and _LOAN_FUNDS_AFTER.match(after) and not ask(_NOT_DONE, 80):
        return True  # "The $17 million was composed of $7.5 million in additional loan funds"
    if _EQUIPMENT_FINANCING_AFTER.match(after) and not ask(_NOT_DONE, 80):
        return True
    if funded_cash(before, after):
        return True  # "cash … reached $1.207B driven by the upsized $1.3B 0% 2031 converts"
    if incurred_debt(before, after):
        return True  # "Applied Digital Corp. incurred loan of $45 million with Macquarie"
    if loan_taken(before, after):
        return True  # "the company took an external loan of $3.0 million"
    if issued_as_done(before, after):
        return True  # "completed a public offering of $55.2 million of … Senior Notes"
    if _INVESTOR_NOTE_AFTER.match(after) and ask(_INVESTOR_MADE, 40):
        return True  # "Coatue made a $150 million convertible note investment in Hut 8"
    if ask(_INVESTOR_BOUGHT, 80) and _PRINCIPAL_OF_NOTES_AFTER.match(after):
        return True  # "the investment involves purchasing $150 million principal amount of notes"
    return offering_did(after)  # "our $500 million convertible debt offering, which strengthened …"


# An investor's purchase of the company's new notes: "Coatue made a $150 million convertible
# note investment in Hut 8", "Coatue's strategic investment involves purchasing $150 million
# principal amount of convertible notes" (money lent to the company, not spent by it).
_INVESTOR_MADE = Folded(r"\b(?:made|makes|making|completed|closed)\s+(?:a|an|its|their)\s+$")
_INVESTOR_NOTE_AFTER = Folded(
    r"^\s*(?:(?:senior|secured|unsecured|convertible|exchangeable)\s+){1,3}"
    r"(?:notes?|debentures?|bonds?)\s+investment\b"
)
_INVESTOR_BOUGHT = Folded(
    r"\binvest(?:ment|or)s?\b[^.;$]{0,50}?\b(?:purchas(?:ed|es|ing)|bought|buys|buying|"
    r"subscrib(?:ed|es|ing)\s+(?:for|to))\s+$"
)
_PRINCIPAL_OF_NOTES_AFTER = Folded(
    r"^\s*(?:in\s+)?(?:aggregate\s+)?principal\s+amount\s+of\s+(?:(?:its|the|senior|secured|"
    r"unsecured|convertible|exchangeable|new)\s+){0,3}(?:notes|debentures|bonds)\b"
)


# The equipment-financing frame has no verb of its own: a sought or planned loan is not one.
_NOT_DONE = Folded(r"\b(?:seek\w*|sought|plan\w*|expect\w*|aim\w*|hop\w*|negotiat\w*|need\w*)\b")


_USE_OF_DRAW = Folded(
    r"\buse\s+(?:this|the|these|that)\s+(?:drawdown|draw|borrowings?|loan)\s+of\s+"
    r"(?:(?:an|a|the|additional|further)\s+){0,2}$"
)


# The patterns `_is_issued` asks of the words before an amount, asked of the amount's whole
# sentence in one RE2 pass (`sentence_screen`): most of them match nowhere in it, and a pattern
# with no match in the sentence has none in a stretch of it, so it is not searched. (None opens
# with "^": each is asked of a stretch that starts inside the sentence.)
_BEFORE_SCREEN = SentenceScreen(
    [
        _BORROWED_BEFORE, _CLOSED_FOR_TOTAL, _COMPOSED_OF, _DONE_BRACKETED, _DRAW_BEFORE,
        _ENUMERATED_FOR, _EXCHANGED_FOR, _FUNDING_OF, _INVESTOR_BOUGHT, _INVESTOR_MADE,
        _ISSUED_BEFORE, _ISSUED_EVIDENCING, _ISSUED_FOR, _ISSUED_SUBJECT, _ISSUED_VOLUME,
        _ISSUING_VERB, _NOT_DONE, _NOT_ISSUED, _OFFERING_OF, _PAYABLE_SWAPPED_FOR_NOTE,
        _PENDING_CLOSE, _PLACED, _RECALLED_BEFORE, _RECENT_ISSUANCE, _REFINANCED_WITH,
        _ROOM_TO_DRAW, _UPSIZED_BY,
    ]
)  # fmt: skip


_WIDE_REACH = 300


def issued(window: Window) -> bool:
    """New debt bound to the amount: "$50 million was drawn at closing", or an issuing verb,
    noun or subject with a debt instrument (see `_is_issued`)."""
    if _DRAWN_EVENT_AFTER.match(window.after) and DEBT_NEAR.search(window.before[-120:]):
        return True
    if _OPTION_TOTAL.search(window.before) and _OPTION_WORDS.found(window.lower):
        return True
    after = without_equivalent(window.after)
    wide = window.text[max(0, window.start - _WIDE_REACH) : window.start]
    words = Stretch(_BEFORE_SCREEN, window.before, window.text)  # (screened on the sentence)
    return _ISSUE_HINTS.found(window.lower) and _is_issued(words, after, wide)


def draw_made(text: str, position: int) -> bool:
    """ "We intend to use this drawdown of $50 million to …": the draw is made, only its use
    is planned."""
    if _USE_OF_DRAW.search(text[max(0, position - 60) : position]) is not None:
        return True
    return taken_already(text, position)
