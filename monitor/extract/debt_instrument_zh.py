"""A loan document filed in Chinese translation, read by its operative words.

A note or loan agreement machine-translated into Chinese says what was borrowed in the
instrument's own legal forms, translated: the lender "has agreed to provide the borrower a term
loan in the amount of $5,000,000" ("貸款人已同意向借款人提供金額為5,000,000.00美元的…貸款"), the
maker "promises to pay … the principal of US$1 million" ("在此承诺…支付本金100万美元"), a note's
face "original principal amount: US$2.1 million" ("原始本金金額:美國210萬美元"). As in English
(`debt_instrument`, README rule 6), a note made or an agreement entered into is new debt in the
document's month: its "日期：" / "發行日期:" / "協議自…起" date (colons full- or half-width; a
maturity "到期日期：" is not it), else the publication day. An amended and restated note
("經修訂及重述的本票") states the balance owed on its day, as in English. When one operative
form names no amount ("貸款人同意向借款人提供貸款" in a recital), the next is tried.

Only the borrower's debt: when the document names the company as the lender or holder
("（“貸款人”）", "(“持有人”)"; `instrument_parties`), the principal is its receivable, and nothing
is read. A ceiling ("最高", "不超過": up to) is a facility's limit, not a sum lent.

A loan denominated in bitcoin ("以單筆預付款的方式向借款人提供金額為933.333333個比特幣的貸款",
"金額為30枚比特幣的貸款") is borrowed money in its own unit, BTC, never converted (README decided
case 47), as `instrument_principal` reads it in English; "價值…比特幣的美元" (a dollar loan sized
by bitcoin) is not one.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from monitor.vocabulary.periods import Period

from . import foreign_numbers
from .instrument_parties import company_is_creditor, document_day
from .model import DEBT_ISSUED, DEBT_TOTAL, Extracted

_HEAD = 6000
_TITLE_HEAD = 3000
# The document is itself the instrument: a loan agreement, a promissory or convertible note.
# ("設備貸款和擔保協議": an equipment loan and security agreement)
_TITLE = re.compile(
    r"貸款(?:(?:和|及|與)擔保)?協議|贷款(?:(?:和|及|与)担保)?协议|本票|期票|可轉換票據|可转换票据|"
    r"擔保票據|担保票据"
)
# Each operative form ends where the principal begins (a "美國"/"美国" prefix may stand first).
_OPERATIVE = re.compile(
    # (also "the parties agree that Lender shall make a loan … via a single advance":
    # "雙方同意貸款人應透過單筆預付款向借款人提供")
    r"(?:貸款人|贷款人)(?:已)?(?:同意|應|应)[^。\n“”]{0,30}?向借款人提供(?:一筆|一笔)?(?:金額為|金额为)?"
    r"|(?:承諾|承诺)(?P<payee>[^。\n]{0,200}?)支付本金"
    r"|原始本金(?:金額|金额)\s?[:：]\s*"
)
# "經修訂及重述的本票": an amended and restated note; its principal is the balance owed on its
# day (as in English, `debt_instrument`), not new debt
_RESTATED = re.compile(
    r"(?:修訂|修订)(?:及|和|並|并)重述的?(?:本票|期票|貸款協議|贷款协议|可轉換票據|可转换票据)"
)
_COUNTRY = re.compile(r"\s*(?:美國|美国)?")
# "(“貸款人”)", "(连同其继承人和代表,即“持有人”)": a creditor's defined term
_CREDITOR_TERM = re.compile(r"“(?:貸款人|贷款人|持有人|出借人)”")
# the company named just before "（“借款人”）" is the borrower: a creditor's term is sought after
# it (a defined term's close, half- or full-width, or the promise cuts the stretch)
_CUTS = (")", "）", "承諾", "承诺")
# "日期：2022年4月25日", "發行日期:…", "本協議自2025年3月12日起": the document's own date, not its
# maturity ("到期日期:"), as in English (`debt_instrument`)
# (also "本協議…於2022年5月25日由…訂立": made as of a day by the parties)
_DATED = re.compile(
    r"(?:(?<!到期)日期\s?[:：]\s*|協議自|协议自|(?:協議|协议)[^。\n]{0,12}?於|(?:協議|协议)[^。\n]{0,12}?于)"
    r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
)


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
            # (a principal in bitcoin with its dollar value aside: "30枚比特幣（約合200萬美元）")
            money = _bitcoin(head, start) or money
        if money is None or money[0] != 0:
            continue  # a form with blanks, a ceiling ("提供最高…"): the next form may state it
        if _company_is_creditor(head, match, entity):
            return []
        return _observation(head, match.start(), start, money, published)
    return []


# "933.333333個比特幣", "30枚比特幣", "30 BTC": a number of bitcoin right where the principal
# begins (a single advance's words may stand first), the whole number, its unit right after
_ADVANCE = re.compile(
    r"(?:以)?(?:單筆|单笔)?(?:預付款|预付款|墊款|垫款)?(?:的方式)?(?:金額為|金额为)?"
)
_BITCOIN = re.compile(
    r"(?P<qty>\d[\d,]{0,12}(?:\.\d{1,8})?)\s?(?:個|个|枚)?\s?(?:比特幣|比特币|BTC)(?!的美元)", re.I
)


def _bitcoin(head: str, start: int) -> tuple[int, int, Decimal, str] | None:
    """A principal of bitcoin at head[start:] (its end an offset from `start`), else None."""
    lead = _ADVANCE.match(head, start)
    at = lead.end() if lead is not None else start
    m = _BITCOIN.match(head, at, at + 40)
    if m is None:
        return None
    # (the advance's words are the operative form's: the principal is where they begin)
    return 0, m.end() - start, Decimal(m["qty"].replace(",", "")), "BTC"


def _observation(
    head: str, at: int, start: int, money: tuple[int, int, Decimal, str], published: dt.date | None
) -> list[Extracted]:
    """The principal `money` read at `start` as new debt in the document's month."""
    day = document_day(_DATED.search(head)) or published
    if day is None:
        return []
    line_start = head.rfind("\n", 0, at) + 1
    end = head.find("\n", start + money[1])
    end = len(head) if end < 0 else end
    restated = _RESTATED.search(head, 0, _TITLE_HEAD) is not None
    period = (Period.of_day(day) if restated else Period.of_month(day.year, day.month)).label()
    metric = DEBT_TOTAL if restated else DEBT_ISSUED
    evidence = head[line_start:end]
    return [Extracted(metric, money[2], money[3], money[3], period, evidence, line_start, end)]


def _company_is_creditor(head: str, match: re.Match[str], entity: str | None) -> bool:
    """Does the document name the company as the lender, holder or payee?"""
    payee = (match.group("payee") or "").lower()
    return company_is_creditor(head, payee, entity, _CREDITOR_TERM.finditer(head), _CUTS)
