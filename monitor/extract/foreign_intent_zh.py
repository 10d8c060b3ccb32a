"""A selling intention in Chinese copy: "Core Scientific还表示,未来将继续卖出挖到的比特币,用来支应
运营成本", "公司计划出售部分比特币", "Riot打算出售每月开采的比特币".

README decided cases 18 and 29: a forward-looking statement about selling the company's own
bitcoin is `intent`; a sale done ("卖出了", "已出售"), the practice with no future ("持续出售"
alone), an intention not to sell ("不会出售", "不再出售"), a condition ("如果", "若") and shares
or a site sold ("股票", "股份", "矿场") are not. The coins or the production must follow the verb
within a few characters ("卖出挖到的比特币", "出售部分产量").
"""

from __future__ import annotations

import re

# the future, a plan or an intention, then the sale verb (not one done: "卖出了")
_INTENT = re.compile(
    r"(?:将|將|会|會|计划|計劃|打算|拟|擬|准备|準備|考虑|考慮|可能|有意)\s*"
    r"(?:继续|繼續|持续|持續|逐步|陆续|陸續)?\s*(?:卖出|賣出|出售|售出|抛售|拋售|变现|變現)(?!了)"
)
# the coins or the production the sale is of, right after the verb
_COINS = re.compile(r"[^。，,;；]{0,12}?(?:比特币|比特幣|BTC|产量|產量|挖到|开采|開採)", re.I)
# no sale intended, a condition, or another thing sold
_NOT = re.compile(r"不会|不會|不再|不打算|不计划|不計劃|无意|無意")
_CONDITION = re.compile(r"如果|若|一旦|假如|除非")
_OTHER = re.compile(r"股票|股份|股权|股權|矿场|礦場|数据中心|數據中心|资产|資產")
_WINDOW = 12  # the characters before the verb a negation or condition is looked for in


def stated(text: str) -> int | None:
    """Where a Chinese selling intention starts in `text`, else None."""
    m = _INTENT.search(text)
    if m is None:
        return None
    sold = _COINS.match(text, m.end())
    if sold is None or _OTHER.search(sold.group()):
        return None
    # (the negation may take the match's first word: "不会出售")
    if _NOT.search(text, max(0, m.start() - _WINDOW), m.end()) or _CONDITION.search(
        text, 0, m.start()
    ):
        return None
    return m.start()
