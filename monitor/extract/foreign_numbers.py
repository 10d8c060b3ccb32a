"""Numbers as Japanese, Korean, Spanish, Portuguese and Italian copy prints them.

* Japanese and Korean: commas group thousands ("1,242BTC", "26,842枚"), and 万/만 (ten
  thousand) and 億/억 (a hundred million) are written between digit groups: "4万9179" is
  49179, "1만 3672" 13672, "1만96" 10096, "2만" 20000.
* Spanish, Portuguese and Italian: a dot groups thousands and a comma is the decimal mark
  ("10.427" is 10427, "707,1" is 707.1, "1.258,6" is 1258.6). A lone comma before exactly three
  digits ("1,080") is a copied English thousands group; before one or two digits, a decimal.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_GROUP = r"\d{1,3}(?:,\d{3})+|\d+"
# (the optional groups are spelled out, so a match always holds a digit)
CJK_NUMBER = re.compile(
    rf"(?:(?P<oku>{_GROUP})\s?[億억]\s?)?"
    rf"(?:(?P<man>{_GROUP})\s?[万만](?:\s?(?=\d))?)?"
    rf"(?P<rest>(?:{_GROUP})(?:\.\d+)?)?"
)
ROMANCE_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?(?:\.\d+)?")


def cjk_value(match: re.Match[str]) -> Decimal | None:
    """The value of a `CJK_NUMBER` match, None when it holds no digit."""
    value = Decimal(0)
    found = False
    for name, scale in (("oku", 100_000_000), ("man", 10_000), ("rest", 1)):
        part = match[name]
        if part:
            value += Decimal(part.replace(",", "")) * scale
            found = True
    return value if found else None


def romance_value(printed: str) -> Decimal | None:
    """ "10.427" → 10427, "707,1" → 707.1, "1.258,6" → 1258.6, "1,080" → 1080."""
    if "." in printed and "," in printed:
        digits = printed.replace(".", "").replace(",", ".")
    elif "." in printed:
        head, *groups = printed.split(".")
        thousands = head != "0" and all(len(group) == 3 for group in groups)
        digits = printed.replace(".", "") if thousands else printed
    elif "," in printed:
        head, _, tail = printed.partition(",")
        digits = head + tail if len(tail) == 3 and head != "0" else f"{head}.{tail}"
    else:
        digits = printed
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None
