"""Who a loan document makes the creditor, and what day it bears: shared by the English and
the Chinese-translated readers (`debt_instrument`, `debt_instrument_zh`).

A document that names the company as the lender, holder or payee records the company's
receivable, not its debt. A creditor's defined term ("(the “Holder”)", "(“貸款人”)") follows
the party's name; the name sought is the stretch before the term, cut at the previous defined
term's close or the promise (so the borrower named first is not taken for the lender). A name
is matched with no letter or digit on either side: `\\b` fails in Chinese text (a CJK letter
is a word letter too) and after a name ending in ".".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from .entities import names_of

_CREDITOR_REACH = 160
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def company_is_creditor(
    head: str, payee: str, entity: str | None, terms: Iterable[re.Match[str]], cuts: tuple[str, ...]
) -> bool:
    """Is the company named as the payee (`payee`: the words of "promises to pay …") or just
    before a creditor's defined term (`terms`), the stretch cut after any of `cuts`?"""
    names = [name.lower() for name in names_of(entity)]
    if not names:
        return False
    windows = [payee]
    for term in terms:
        window = head[max(0, term.start() - _CREDITOR_REACH) : term.start()].lower()
        windows.append(window[max(window.rfind(cut) for cut in cuts) + 1 :])
    return any(names_in(window.lower(), names) for window in windows)


def names_in(window: str, names: list[str]) -> bool:
    """Does lowercased `window` hold one of `names`, not inside a longer word?"""
    return any(
        re.search(r"(?<![a-z0-9])" + re.escape(name) + r"(?![a-z0-9])", window) for name in names
    )


def document_day(found: re.Match[str] | None) -> dt.date | None:
    """The day a date match names: groups `year`, `month` (a number or a month word) and `day`,
    or `year2`/`month2`/`day2` for a second spelling ("the 6th day of July 2021")."""
    if found is None:
        return None
    groups = found.groupdict()
    month = groups.get("month") or groups["month2"]
    day = int(groups.get("day") or groups["day2"])
    year = int(groups.get("year") or groups["year2"])
    number = int(month) if month.isdigit() else _MONTHS.index(month[:3].lower()) + 1
    try:
        return dt.date(year, number, day)
    except ValueError:
        return None
