"""A loan document filed in Chinese translation, read by its operative words.

A note or loan agreement machine-translated into Chinese says what was borrowed in the
instrument's own legal forms, translated: the lender "has agreed to provide the borrower a term
loan in the amount of $5,000,000" ("貸款人已同意向借款人提供金額為5,000,000.00美元的…貸款"), the
maker "promises to pay … the principal of US$1 million" ("在此承诺…支付本金100万美元"), a note's
face "original principal amount: US$2.1 million" ("原始本金金額:美國210萬美元"). As in English
(`debt_instrument`, README rule 6), a note made or an agreement entered into is new debt in the
document's month: its "日期:" / "發行日期:" / "協議自…起" date, else the publication day.

Only the borrower's debt: when the document names the company as the lender or holder
("(“貸款人”)", "(“持有人”)"), the principal is its receivable, and nothing is read. A ceiling
("最高", "不超過": up to) is a facility's limit, not a sum lent.
"""

from __future__ import annotations

import datetime as dt
import re

from monitor.vocabulary.periods import Period

from . import foreign_numbers
from .entities import names_of
from .model import DEBT_ISSUED, Extracted

_HEAD = 6000
_TITLE_HEAD = 3000
# The document is itself the instrument: a loan agreement, a promissory or convertible note.
_TITLE = re.compile(r"貸款協議|贷款协议|本票|期票|可轉換票據|可转换票据|擔保票據|担保票据")
# Each operative form ends where the principal begins (a "美國"/"美国" prefix may stand first).
_OPERATIVE = re.compile(
    r"(?:貸款人|贷款人)(?:已)?同意向借款人提供(?:金額為|金额为)?"
    r"|(?:承諾|承诺)(?P<payee>[^。\n]{0,200}?)支付本金"
    r"|原始本金(?:金額|金额)\s?[::]\s*"
)
_COUNTRY = re.compile(r"\s*(?:美國|美国)?")
# "(“貸款人”)", "(连同其继承人和代表,即“持有人”)": a creditor's defined term
_CREDITOR_TERM = re.compile(r"“(?:貸款人|贷款人|持有人|出借人)”")
_CREDITOR_REACH = 160
_DATED = re.compile(r"(?:日期\s?[::]\s*|協議自|协议自)(\d{4})年(\d{1,2})月(\d{1,2})日")


def extract(text: str, published: dt.date | None, entity: str | None) -> list[Extracted]:
    """The principal the company borrows under the Chinese-translated loan document `text`."""
    head = text[:_HEAD]
    if "本金" not in head and "借款人" not in head:  # cheap gate before the patterns
        return []
    if not _TITLE.search(head, 0, _TITLE_HEAD):
        return []
    for match in _OPERATIVE.finditer(head):
        country = _COUNTRY.match(head, match.end())  # ("美國210萬美元": US$2.1 million)
        start = country.end() if country is not None else match.end()
        money = next(foreign_numbers.money(head[start : start + 40], True), None)
        if money is None or money[0] != 0:
            return []  # a form with blanks, or a ceiling ("提供最高…") before the amount
        if _company_is_creditor(head, match, entity):
            return []
        day = _document_day(head) or published
        if day is None:
            return []
        line_start = head.rfind("\n", 0, match.start()) + 1
        end = head.find("\n", start + money[1])
        end = len(head) if end < 0 else end
        period = Period.of_month(day.year, day.month).label()
        evidence = head[line_start:end]
        return [
            Extracted(DEBT_ISSUED, money[2], money[3], money[3], period, evidence, line_start, end)
        ]
    return []


def _company_is_creditor(head: str, match: re.Match[str], entity: str | None) -> bool:
    """Does the document name the company as the lender, holder or payee?"""
    names = [name.lower() for name in names_of(entity)]
    windows = [match.group("payee") or ""]
    for term in _CREDITOR_TERM.finditer(head):
        window = head[max(0, term.start() - _CREDITOR_REACH) : term.start()]
        # (cut at the previous defined term's close or the promise)
        cut = max(window.rfind(")"), window.rfind(")"), window.rfind("承諾"), window.rfind("承诺"))
        windows.append(window[cut + 1 :])
    return any(_names(window.lower(), names) for window in windows)


def _names(window: str, names: list[str]) -> bool:
    """A name in Chinese text: no word boundary there (a CJK letter is a word letter too)."""
    return any(
        re.search(r"(?<![a-z0-9])" + re.escape(name) + r"(?![a-z0-9])", window) for name in names
    )


def _document_day(head: str) -> dt.date | None:
    found = _DATED.search(head)
    if found is None:
        return None
    try:
        return dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None
