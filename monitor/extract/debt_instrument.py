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
month. An *amended and restated* agreement's balance outstanding ("the aggregate principal
amount outstanding is 463.636365"), else its principal, is the balance owed on its
restatement day (`debt_total_usd`). The document's own date comes from its "dated …" / "Date:
…" / "entered into on …" words (a restatement's "amended and restated on …"), else the
publication day.

Only the borrower's debt: when the document names the company as the lender or holder (a note
the company takes for equipment it sold, bitcoin it lends out), the principal is its
receivable, and nothing is read. A form with blanks ("$[___]"), a ceiling ("up to $10,000,000")
or a promise ("will lend") holds no principal. A recital ("WHEREAS … wishes to obtain a loan in
the amount of 30 Bitcoins") is read only when no operative clause stands in the excerpt and
the parties' agreement ("NOW, THEREFORE …", "NOW IT IS HEREBY AGREED") follows it.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from monitor.vocabulary.periods import Period

from .entities import names_of
from .folded import MONTH_WORD, Folded
from .instrument_principal import BTC_AMOUNT, Principal, at, balance_at
from .model import DEBT_ISSUED, DEBT_TOTAL, Extracted

# The instrument's words sit in its opening (after a securities legend of ~1,500 characters).
_HEAD = 6000
_TITLE_HEAD = 3000
# Cheap gate: one of the operative phrases, before any pattern runs.
_GATE = ("promise to pay", "promises to pay", "principal amount", "agrees to lend",
         "make a loan", "amount financed", "amount to be advanced", "receipt of $",
         "obtain a loan in")  # fmt: skip
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
    r"|\bamount\s+financed\b[^$.;]{0,80}?(?=\$)"
    r"|\btotal\s+amount\s+to\s+be\s+advanced\b[^$]{0,80}?(?=\$)"
    r"|\backnowledges\s+(?:the\s+)?receipt\s+of\s+(?=\$)"
)
# A recital naming the loan's amount, when the parties' agreement follows it ("WHEREAS the
# Borrower wishes to obtain a loan in the amount of 30 Bitcoins from the Lender. NOW IT IS
# HEREBY AGREED …"): the loan the executed agreement is about. Read only when no operative
# clause stands in the excerpt; a recital with no agreement after it is not read.
_RECITAL_LOAN = Folded(
    r"\bwhereas\b[^.;\n]{0,120}?\b(?:wishes|desires)\s+to\s+obtain\s+a\s+loan\s+in\s+the\s+"
    r"(?:principal\s+)?amount\s+of\s+" + _AT
)
_AGREED = Folded(r"\bnow,?\s+(?:therefore\b|it\s+is\s+hereby\s+agreed\b)")
# An amended and restated agreement's balance at its restatement ("As of the Amendment
# Effective Date, the aggregate principal amount outstanding is 463.636365").
_OUTSTANDING = Folded(
    r"\b(?:principal\s+amount\s+outstanding|outstanding\s+principal\s+(?:amount|balance))\s+"
    r"(?:is|was|equals)\s+(?:approximately\s+)?"
)
# "(“Lender”)", "(the “Holder”)", "(… the “Noteholder,” …)": a creditor's defined term; the
# party named just before it is the creditor.
_CREDITOR_TERM = Folded(r"[“\"‘'](?:lender|holder|noteholder)[,”\"’']")
_CREDITOR_REACH = 160
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
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RESTATED = "amended and restated"


def extract(text: str, published: dt.date | None, entity: str | None) -> list[Extracted]:
    """The principal the company borrows under the loan document `text` is, if it is one."""
    head = text[:_HEAD]
    lowered = head.lower()
    if not any(word in lowered for word in _GATE) or not _TITLE.search(head, 0, _TITLE_HEAD):
        return []
    if _RESTATED in lowered and (balance := _restated_balance(head, published)):
        return balance if not _company_is_creditor(head, None, entity) else []
    for match in _OPERATIVE.finditer(head):
        if _in_recital(head, match.start()):
            continue
        principal = at(head, match.end())
        if principal is None or _company_is_creditor(head, match, entity):
            return []  # a form with blanks, a ceiling, or the company's own loan out
        return _observation(head, match.start(), principal, published)
    recital = _RECITAL_LOAN.search(head)
    if recital is None or _AGREED.search(head, recital.end()) is None:
        return []
    principal = at(head, recital.end())
    if principal is None or _company_is_creditor(head, None, entity):
        return []
    return _observation(head, recital.start(), principal, published)


def _restated_balance(head: str, published: dt.date | None) -> list[Extracted]:
    """An amended and restated agreement's principal outstanding on its restatement day."""
    found = _OUTSTANDING.search(head)
    balance = None if found is None else balance_at(head, found.end())
    day = _document_day(head, _RESTATED_ON) or _document_day(head) or published
    if found is None or balance is None or day is None:
        return []
    return [_item(head, found.start(), balance, DEBT_TOTAL, Period.of_day(day))]


def not_yet_read(read: list[Extracted], found: list[Extracted]) -> list[Extracted]:
    """`read` without the figures a sentence reader already took (the same amount and metric,
    e.g. `debt_promissory`'s "(the “Borrower”), promises to pay …"): one note, one figure."""
    taken = {(item.metric, item.value) for item in found}
    return [item for item in read if (item.metric, item.value) not in taken]


def _in_recital(head: str, start: int) -> bool:
    """Is the match inside a "WHEREAS" recital (what came before the agreement)?"""
    line_start = head.rfind("\n", 0, start) + 1
    return "whereas" in head[line_start:start].lower()


def _company_is_creditor(head: str, match: re.Match[str] | None, entity: str | None) -> bool:
    """Does the document name the company as the lender, holder or payee?"""
    names = [name.lower() for name in names_of(entity)]
    if not names:
        return False
    windows = [(match.group("payee") if match is not None else None) or ""]
    for term in _CREDITOR_TERM.finditer(head):
        window = head[max(0, term.start() - _CREDITOR_REACH) : term.start()]
        # (cut at the previous defined term or the promise: "(“Borrower”) promises to pay to …
        # (“Lender”)", "LM Funding America, Inc. promises to pay to the order of … (“Holder”)")
        cut = max(window.rfind(")"), window.lower().rfind("promise"))
        windows.append(window[cut + 1 :])
    return any(_names(window.lower(), names) for window in windows)


def _names(window: str, names: list[str]) -> bool:
    return any(re.search(r"\b" + re.escape(name) + r"\b", window) for name in names)


def _observation(
    head: str, start: int, principal: Principal, published: dt.date | None
) -> list[Extracted]:
    day = _document_day(head) or published
    if day is None:
        return []
    restated = _RESTATED in head[:start].lower()
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


def _document_day(head: str, pattern: Folded = _DATED) -> dt.date | None:
    """The document's own date: the first "dated …" / "Date: …" / "entered into on …"."""
    found = pattern.search(head)
    if found is None:
        return None
    month = (found.group("month") or found.group("month2"))[:3].lower()
    day = int(found.group("day") or found.group("day2"))
    year = int(found.group("year") or found.group("year2"))
    try:
        return dt.date(year, _MONTHS.index(month) + 1, day)
    except ValueError:
        return None
