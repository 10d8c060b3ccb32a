"""A loan document filed whole (a note, a loan agreement, a financing schedule), read by its
operative words.

An exhibit that *is* the instrument says what was borrowed in its own legal form, not in a
news sentence: "FOR VALUE RECEIVED, <Maker> promises to pay to the order of <Holder> … the
principal sum of $1,000,000", "The Lender agrees to lend to the Borrower … a term loan in the
principal amount of … ($3,000,000.00)", "The amount financed by Trinity … is $20,000,000",
"Total Amount to be Advanced by Lender … $ 1,056,000", "(the ‘Borrower’) hereby acknowledges the
receipt of $2,700,000.00". A note or agreement executed is done (README rule 6): new debt
(`debt_issued_usd`) in the document's month. An *amended and restated* note's principal is the
balance owed on its restatement day (`debt_total_usd`). The document's own date comes from its
"dated …" / "Date: …" / "entered into on …" words, else the publication day.

Only the borrower's debt: when the document names the company as the lender or holder (a note
the company takes for equipment it sold), the principal is its receivable, and nothing is read.
A form with blanks ("$[___]"), a promise ("will lend") or a recital ("WHEREAS … wishes to
obtain a loan") holds none of the operative words.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from monitor.vocabulary.periods import Period

from .entities import names_of
from .folded import MONTH_WORD, Folded
from .model import DEBT_ISSUED, DEBT_TOTAL, Extracted
from .numbers import Money, find_money

# The instrument's words sit in its opening (after a securities legend of ~1,500 characters).
_HEAD = 6000
_TITLE_HEAD = 3000
# Cheap gate: one of the operative phrases, before any pattern runs.
_GATE = ("promise to pay", "promises to pay", "principal amount", "agrees to lend",
         "make a loan", "amount financed", "amount to be advanced", "receipt of $")  # fmt: skip
# The document is itself the instrument: its title says so.
_TITLE = Folded(
    r"\b(?:promissory\s+note|loan\s+agreement|loan\s+and\s+security\s+agreement|"
    r"financ(?:e|ing)\s+(?:and\s+security\s+agreement|schedule)|senior\s+secured\s+note)\b"
)
# Each operative form ends just before the principal's "$" (a "US" prefix may precede it).
# `payee` is whom a note is payable to: the company there is the lender.
_OPERATIVE = Folded(
    r"\bpromises?\s+to\s+pay\b(?P<payee>[^$]{0,300}?)\bprincipal\s+(?:sum|amount)\s+of\b"
    r"[^$]{0,160}?(?=\$)"
    r"|\bagrees?\s+to\s+(?:lend|make\s+(?:a|the)\s+loan)\b[^$]{0,200}?"
    r"\bprincipal\s+amount\s+of\b[^$]{0,120}?(?=\$)"
    r"|\bprincipal\s+amount\s+of\s+this\s+note\s+is\s+(?=\$)"
    r"|\bamount\s+financed\b[^$.;]{0,80}?(?=\$)"
    r"|\btotal\s+amount\s+to\s+be\s+advanced\b[^$]{0,80}?(?=\$)"
    r"|\backnowledges\s+(?:the\s+)?receipt\s+of\s+(?=\$)"
)
# "(“Lender”)", "(the “Holder”)", "(… the “Noteholder,” …)": a creditor's defined term; the
# party named just before it is the creditor.
_CREDITOR_TERM = Folded(r"[“\"‘'](?:lender|holder|noteholder)[,”\"’']")
_CREDITOR_REACH = 160
# "Dated: December 29, 2021", "DATE: JANUARY 27, 2021", "entered into on March 17, 2025",
# "dated as of April 22, 2022", "dated this 6th day of July 2021".
_DATED = Folded(
    r"\b(?:dated(?:\s+as\s+of|\s+this)?\s*:?|(?<!maturity\s)date(?:\s+of\s+issuance)?\s*:|"
    r"entered\s+into\s+on|made\s+as\s+of)\s{1,3}(?:(?P<month>"
    + MONTH_WORD
    + r")\s+(?P<day>\d{1,2}),?\s+"
    r"(?P<year>\d{4})|(?P<day2>\d{1,2})(?:st|nd|rd|th)\s+day\s+of\s+(?P<month2>"
    + MONTH_WORD
    + r")\s*,?\s+(?P<year2>\d{4}))"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RESTATED = "amended and restated"


def extract(text: str, published: dt.date | None, entity: str | None) -> list[Extracted]:
    """The principal the company borrows under the loan document `text` is, if it is one."""
    head = text[:_HEAD]
    lowered = head.lower()
    if not any(word in lowered for word in _GATE) or not _TITLE.search(head, 0, _TITLE_HEAD):
        return []
    for match in _OPERATIVE.finditer(head):
        if _in_recital(head, match.start()):
            continue
        money = _principal(head, match.end())
        if money is None:
            return []  # a form with blanks: no amount is the principal
        if _company_is_creditor(head, match, entity):
            return []
        return _observation(head, match.start(), money, published)
    return []


def not_yet_read(read: list[Extracted], found: list[Extracted]) -> list[Extracted]:
    """`read` without the figures a sentence reader already took (the same amount and metric,
    e.g. `debt_promissory`'s "(the “Borrower”), promises to pay …"): one note, one figure."""
    taken = {(item.metric, item.value) for item in found}
    return [item for item in read if (item.metric, item.value) not in taken]


def _principal(head: str, end: int) -> Money | None:
    """The dollar amount right at the operative words' end ("$", "US$", "US $")."""
    for money in find_money(head, max(0, end - 3), end + 40):
        if money.end > end and money.currency == "USD":
            return money
        break
    return None


def _in_recital(head: str, start: int) -> bool:
    """Is the match inside a "WHEREAS" recital (what came before the agreement)?"""
    line_start = head.rfind("\n", 0, start) + 1
    return "whereas" in head[line_start:start].lower()


def _company_is_creditor(head: str, match: re.Match[str], entity: str | None) -> bool:
    """Does the document name the company as the lender, holder or payee?"""
    names = [name.lower() for name in names_of(entity)]
    if not names:
        return False
    windows = [match.group("payee") or ""]
    for term in _CREDITOR_TERM.finditer(head):
        window = head[max(0, term.start() - _CREDITOR_REACH) : term.start()]
        # (cut at the previous defined term or the promise: "(“Borrower”) promises to pay to …
        # (“Lender”)", "LM Funding America, Inc. promises to pay to the order of … (“Holder”)")
        cut = max(window.rfind(")"), window.lower().rfind("promise"))
        windows.append(window[cut + 1 :])
    return any(_names(window.lower(), names) for window in windows)


def _names(window: str, names: list[str]) -> bool:
    return any(re.search(r"\b" + re.escape(name) + r"\b", window) for name in names)


def _observation(head: str, start: int, money: Money, published: dt.date | None) -> list[Extracted]:
    day = _document_day(head) or published
    if day is None:
        return []
    restated = _RESTATED in head[:start].lower()
    metric = DEBT_TOTAL if restated else DEBT_ISSUED
    period = Period.of_day(day) if restated else Period.of_month(day.year, day.month)
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", money.end)
    line_end = len(head) if line_end < 0 else line_end
    amount: Decimal = money.amount
    return [
        Extracted(
            metric=metric,
            value=amount,
            unit=money.currency,
            currency=money.currency,
            period=period.label(),
            evidence=head[line_start:line_end],
            start=line_start,
            end=line_end,
        )
    ]


def _document_day(head: str) -> dt.date | None:
    """The document's own date: the first "dated …" / "Date: …" / "entered into on …"."""
    found = _DATED.search(head)
    if found is None:
        return None
    month = (found.group("month") or found.group("month2"))[:3].lower()
    day = int(found.group("day") or found.group("day2"))
    year = int(found.group("year") or found.group("year2"))
    try:
        return dt.date(year, _MONTHS.index(month) + 1, day)
    except ValueError:
        return None
