"""A loan document filed whole (a note, a loan agreement, a financing schedule), read by its
operative words.

An exhibit that *is* the instrument says what was borrowed in its own legal form, not in a
news sentence: "FOR VALUE RECEIVED, <Maker> promises to pay to the order of <Holder> … the
principal sum of $1,000,000", "The Lender agrees to lend to the Borrower … a term loan in the
principal amount of … ($3,000,000.00)", "The amount financed by Trinity … is $20,000,000",
"Total Amount to be Advanced by Lender … $ 1,056,000", "(the ‘Borrower’) hereby acknowledges the
receipt of $2,700,000.00". A loan in bitcoin keeps its unit ("the parties agree that Lender
shall make a loan … in the amount of 933.333333 Bitcoin": README decided case 47). A note or
agreement executed is done (README rule 6): new debt (`debt_issued_usd`) in the document's
month. A document that is itself *amended and restated* (its title or opening says so, not a
mention of another agreement) states the balance owed on its restatement day
(`debt_total_usd`): its balance outstanding stated as a fact ("the aggregate principal amount
outstanding is 463.636365"; not one under "if …", nor the old balance "immediately before this
Note"), else its principal. The document's own date comes from its "dated …" / "Date:
…" / "entered into on …" words (a restatement's "amended and restated on …"), else the
publication day.

Only the borrower's debt: when the document names the company as the lender or holder (a note
the company takes for equipment it sold, bitcoin it lends out), the principal is its
receivable, and nothing is read. A form with blanks ("$[___]"), a ceiling ("up to $10,000,000")
or a promise ("will lend") holds no principal. A recital ("WHEREAS … wishes to obtain a loan in
the amount of 30 Bitcoins", "WHEREAS, Lender has agreed to loan Borrower $500,000.00") is read
only when no operative clause stands in the excerpt and the parties' agreement ("NOW, THEREFORE
…", "NOW IT IS HEREBY AGREED") follows it, or the opening before it says the document "is
entered into between" its parties.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from monitor.vocabulary.periods import Period

from .folded import MONTH_WORD, Folded
from .instrument_parties import company_is_creditor, document_day
from .instrument_principal import BTC_AMOUNT, Principal, at, balance_at
from .model import DEBT_ISSUED, DEBT_TOTAL, Extracted

# The instrument's words sit in its opening (after a securities legend of ~1,500 characters).
_HEAD = 6000
_TITLE_HEAD = 3000
# Cheap gate: one of the operative phrases, before any pattern runs.
_GATE = ("promise to pay", "promises to pay", "principal amount", "agrees to lend",
         "make a loan", "amount financed", "amount to be advanced", "receipt of $",
         "obtain a loan in", "agreed to loan", "agreed to lend")  # fmt: skip
# The document is itself the instrument: its title says so.
_TITLE = Folded(
    r"\b(?:promissory\s+note|loan\s+agreement|loan\s+and\s+security\s+agreement|"
    r"financ(?:e|ing)\s+(?:and\s+security\s+agreement|schedule)|senior\s+secured\s+note)\b"
)
# Each operative form ends just before the principal: its "$" (a "US" prefix may precede it)
# or a number of bitcoin (README decided case 47). `payee` is whom a note is payable to: the
# company there is the lender.
_AT = r"(?=\$|" + BTC_AMOUNT + ")"
_OPERATIVE = Folded(
    r"\bpromises?\s+to\s+pay\b(?P<payee>[^$]{0,300}?)\bprincipal\s+(?:sum|amount)\s+of\b"
    r"[^$]{0,160}?"
    + _AT
    # ("the parties agree that Lender shall make a loan … in the amount of 933.333333 Bitcoin")
    + r"|\bagrees?\s+(?:to|that\s+(?:the\s+)?lender\s+shall)\s+(?:lend|make\s+(?:a|the)\s+loan)\b"
    r"[^$]{0,200}?\b(?:principal|in\s+the)\s+amount\s+of\b[^$]{0,120}?"
    + _AT
    + r"|\bprincipal\s+amount\s+of\s+this\s+note\s+is\s+(?=\$)"
    # ("promises to pay to the order of ANCHORAGE LENDING … an amount financed of 463.636365
    # Bitcoin": the financed amount of a bitcoin loan, in its unit)
    + r"|\bamount\s+financed\b[^$.;]{0,80}?"
    + _AT
    + r"|\btotal\s+amount\s+to\s+be\s+advanced\b[^$]{0,80}?(?=\$)"
    r"|\backnowledges\s+(?:the\s+)?receipt\s+of\s+(?=\$)"
)
# A recital naming the loan's amount, when the parties' agreement follows it ("WHEREAS the
# Borrower wishes to obtain a loan in the amount of 30 Bitcoins from the Lender. NOW IT IS
# HEREBY AGREED …"): the loan the executed agreement is about. Read only when no operative
# clause stands in the excerpt; a recital with no agreement after it is not read.
# ("WHEREAS, Lender has agreed to loan Borrower $500,000.00 for the acquisition of …")
_RECITAL_LOAN = Folded(
    r"\bwhereas\b[^.;\n]{0,120}?\b(?:(?:wishes|desires)\s+to\s+obtain\s+a\s+loan\s+in\s+the\s+"
    r"(?:principal\s+)?amount\s+of|(?:has|have)\s+agreed\s+to\s+(?:loan|lend)\s+(?:to\s+)?"
    r"(?:the\s+)?borrower(?:\s+the\s+(?:principal\s+)?(?:sum|amount)\s+of)?)\s+" + _AT
)
_AGREED = Folded(r"\bnow,?\s+(?:therefore\b|it\s+is\s+hereby\s+agreed\b)")
# The opening says the document is executed ("This Loan Agreement and Promissory Note (this
# "Note"), dated as of June 15, 2022, is entered into between …"): its recitals state the loan
# it is about, as much as an agreement clause after them would (README rule 6).
_ENTERED_BETWEEN = Folded(
    r"\b(?:is|are|was|were)\s+(?:hereby\s+)?(?:entered\s+into|made)\s+(?:by\s+and\s+)?between\b"
)
# The document is itself an amended and restated instrument: its title or opening says so
# ("AMENDED AND RESTATED PROMISSORY NOTE" on its own line, "This Amended and Restated Loan
# Agreement", "made as of … and amended and restated on …"), not a mention of another one
# ("issued under the Amended and Restated Credit Agreement").
_RESTATED_TITLE = Folded(
    r"(?:(?<![^\n])|\bthis\s+)amended\s+and\s+restated\b"
    r"|\bamended\s+and\s+restated\s+(?:on|as\s+of)\b"
)
# An amended and restated agreement's balance at its restatement ("As of the Amendment
# Effective Date, the aggregate principal amount outstanding is 463.636365").
_OUTSTANDING = Folded(
    r"\b(?:principal\s+amount\s+outstanding|outstanding\s+principal\s+(?:amount|balance))\s+"
    r"(?:is|was|equals)\s+(?:approximately\s+)?"
)
# A balance under a condition ("if the outstanding principal balance is $500,000 or more") is
# a threshold, not a statement of what is owed.
_CONDITION = Folded(r"\b(?:if|when|whenever|upon|unless|until)\b")
# "was $1,000,000 immediately before this Note": the old balance the restatement replaced.
_BEFORE = Folded(r"\s{0,3}(?:immediately\s+)?(?:before|prior\s+to)\b")
# "(“Lender”)", "(the “Holder”)", "(… the “Noteholder,” …)": a creditor's defined term; the
# party named just before it is the creditor.
_CREDITOR_TERM = Folded(r"[“\"‘'](?:lender|holder|noteholder)[,”\"’']")
# "Dated: December 29, 2021", "DATE: JANUARY 27, 2021", "entered into on March 17, 2025",
# "dated as of April 22, 2022", "dated this 6th day of July 2021".
_A_DATE = (
    r"\s{1,3}(?:(?P<month>" + MONTH_WORD + r")\s+(?P<day>\d{1,2}),?\s+"
    r"(?P<year>\d{4})|(?P<day2>\d{1,2})(?:st|nd|rd|th)\s+day\s+of\s+(?P<month2>"
    + MONTH_WORD
    + r")\s*,?\s+(?P<year2>\d{4}))"
)
_DATED = Folded(
    r"\b(?:dated(?:\s+as\s+of|\s+this)?\s*:?|(?<!maturity\s)date(?:\s+of\s+issuance)?\s*:|"
    r"entered\s+into\s+on|made\s+as\s+of)" + _A_DATE
)
# "made as of May 25, 2022 and amended and restated on March 29, 2023": the restatement's day
_RESTATED_ON = Folded(r"\bamended\s+and\s+restated\s+(?:on|as\s+of)" + _A_DATE)
_RESTATED = "amended and restated"
# creditor's defined terms are cut after the previous term's close or the promise
_CUTS = (")", "promise")


def extract(text: str, published: dt.date | None, entity: str | None) -> list[Extracted]:
    """The principal the company borrows under the loan document `text` is, if it is one."""
    head = text[:_HEAD]
    lowered = head.lower()
    if not any(word in lowered for word in _GATE) or not _TITLE.search(head, 0, _TITLE_HEAD):
        return []
    restated = _RESTATED in lowered and _RESTATED_TITLE.search(head, 0, _TITLE_HEAD) is not None
    if restated and (balance := _restated_balance(head, published)):
        return balance if not _company_is_creditor(head, None, entity) else []
    for match in _OPERATIVE.finditer(head):
        if _in_recital(head, match.start()):
            continue
        principal = at(head, match.end())
        if principal is None or _company_is_creditor(head, match, entity):
            return []  # a form with blanks, a ceiling, or the company's own loan out
        return _observation(head, principal, published, restated, match.start())
    recital = _RECITAL_LOAN.search(head)
    if recital is None or not _agreed_on(head, recital.start(), recital.end()):
        return []
    principal = at(head, recital.end())
    if principal is None or _company_is_creditor(head, None, entity):
        return []
    return _observation(head, principal, published, restated, recital.start())


def _restated_balance(head: str, published: dt.date | None) -> list[Extracted]:
    """An amended and restated agreement's principal outstanding on its restatement day: the
    first balance stated as a fact (not under a condition, not the one before the restatement)."""
    day = _restated_day(head) or published
    for found in _OUTSTANDING.finditer(head):
        balance = balance_at(head, found.end())
        if day is None or balance is None or not _stated(head, found.start(), balance.end):
            continue
        return [_item(head, found.start(), balance, DEBT_TOTAL, Period.of_day(day))]
    return []


def _stated(head: str, start: int, end: int) -> bool:
    """Is the balance at `start`…`end` a statement of what is owed now: not in a clause under a
    condition ("if …", "upon …"), not the balance "immediately before" the restatement?"""
    clause = max(head.rfind(stop, 0, start) for stop in (".", ";", ",", "\n")) + 1
    if _CONDITION.search(head, clause, start) is not None:
        return False
    return _BEFORE.match(head, end) is None


def _restated_day(head: str) -> dt.date | None:
    """The restatement's day ("amended and restated on …"), else the document's own date."""
    return document_day(_RESTATED_ON.search(head)) or document_day(_DATED.search(head))


def not_yet_read(read: list[Extracted], found: list[Extracted]) -> list[Extracted]:
    """`read` without the figures a sentence reader already took (the same amount and metric,
    e.g. `debt_promissory`'s "(the “Borrower”), promises to pay …"): one note, one figure."""
    taken = {(item.metric, item.value) for item in found}
    return [item for item in read if (item.metric, item.value) not in taken]


def _agreed_on(head: str, start: int, end: int) -> bool:
    """Is the recital (at `start:end`) one of an executed agreement: the parties' agreement
    after it, or an opening before it that says the document is entered into?"""
    return (
        _AGREED.search(head, end) is not None or _ENTERED_BETWEEN.search(head, 0, start) is not None
    )


def _in_recital(head: str, start: int) -> bool:
    """Is the match inside a "WHEREAS" recital (what came before the agreement)?"""
    line_start = head.rfind("\n", 0, start) + 1
    return "whereas" in head[line_start:start].lower()


def _company_is_creditor(head: str, match: re.Match[str] | None, entity: str | None) -> bool:
    """Does the document name the company as the lender, holder or payee?"""
    payee = (match.group("payee") if match is not None else None) or ""
    terms = _CREDITOR_TERM.finditer(head)
    return company_is_creditor(head, payee.lower(), entity, terms, _CUTS)


def _observation(
    head: str, principal: Principal, published: dt.date | None, restated: bool, start: int
) -> list[Extracted]:
    """The principal at `start` as new debt in the document's month, or, for a restated
    document, as the balance owed on its restatement day."""
    day = (_restated_day(head) if restated else document_day(_DATED.search(head))) or published
    if day is None:
        return []
    metric = DEBT_TOTAL if restated else DEBT_ISSUED
    period = Period.of_day(day) if restated else Period.of_month(day.year, day.month)
    return [_item(head, start, principal, metric, period)]


def _item(head: str, start: int, principal: Principal, metric: str, period: Period) -> Extracted:
    """The observation, its evidence the lines from the operative words to the amount."""
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", principal.end)
    line_end = len(head) if line_end < 0 else line_end
    amount: Decimal = principal.amount
    return Extracted(
        metric=metric,
        value=amount,
        unit=principal.unit,
        currency=principal.unit,
        period=period.label(),
        evidence=head[line_start:line_end],
        start=line_start,
        end=line_end,
    )
