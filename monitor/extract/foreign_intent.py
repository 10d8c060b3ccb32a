"""A selling intention in Japanese, Korean and German copy: "自社の月間BTC生産分の一部を
売却し、運営コストをカバーする方針を明らかにした", "채굴한 비트코인 일부를 매도할 계획이다", and a
miner that gives up holding all it mines ("'장기 보유' 전략을 유지하지 않는다", "HODLn fortan
nicht mehr vollständig").

README decided cases 18 and 29: a forward-looking statement about selling the company's own
bitcoin (a policy, plan, schedule or intention to sell; a stated possibility of selling) is
`intent`; the practice of selling ("売却している", "매도해 왔다"), a sale done ("売却した"), an
intention not to sell ("売却しない方針", "매도하지 않을 계획") and a condition ("場合") are not.
The sale's object must be the coins or the production ("ビットコイン", "BTC", "生産分", "채굴량").
The reader (`foreign`) judges whose statement it is and dates it.
"""

from __future__ import annotations

import re

# Japanese: the sale verb in its dictionary or continuative form (not "売却した", "売却している",
# "売却しない"), then, in the same sentence and within a few words, the plan noun it governs
# (or the plan noun right after the sale's: "売却を検討", not "売却を完了し、今後の計画")
_JA = re.compile(
    r"(?:売却|現金化|換金)(?:する|し(?![たてな]))[^。]{0,25}?"
    r"(?:方針|計画|予定|意向|可能性|検討|見通し)|(?:売却|現金化|換金)を(?:検討|計画|予定)"
)
# Korean: the future modifier "-할" before the plan noun, the volitional "-하겠다", or the
# possibility "-할 수 있다"
_KO = re.compile(
    r"(?:매도|매각|처분|현금화)(?:할|하는)\s*(?:계획|예정|방침|방안|의향|가능성|수\s*있)|"
    r"(?:매도|매각|처분|현금화)하겠|(?:매도|매각|처분)(?:을|를)\s*(?:검토|계획|추진)"
)
# Giving up holding all it mines is a statement that part of it will be sold (README case 29):
# "더 이상 채굴한 BTC를 매도하지 않는다는 '장기 보유' 전략을 유지하지 않는다", "HODLn fortan
# nicht mehr vollständig unsere täglich generierten Coins" (not "hält weiterhin alle Coins",
# "HODL 전략을 유지한다": the strategy kept)
_KO_ENDED = re.compile(
    r"더\s*이상[^.]{0,60}?(?:장기\s*보유|HODL|호들)['’”]?\s*(?:전략|정책|방침)(?:을|를)?\s*"
    r"(?:유지하지\s*않|고수하지\s*않|포기)"
)
_DE_ENDED = re.compile(
    r"\b(?:HODLn|hodlen|halten|behalten)\s+(?:wir\s+|es\s+)?"
    r"(?:fortan\s+|künftig\s+|ab\s+sofort\s+)?"
    r"nicht\s+mehr\s+(?:vollständig|alle|sämtliche)\s+(?:\w+\s+){0,3}?"
    r"(?:Coins|Bitcoins?|BTC|Produktion)\b",
    re.I,
)
_PATTERNS = {"ja": _JA, "ko": _KO}
_ENDED = {"ko": _KO_ENDED, "de": _DE_ENDED}
# the languages whose selling intentions are read
LANGUAGES = frozenset(_PATTERNS) | frozenset(_ENDED)
# the coins or the production the sale is of
_COINS = re.compile(r"ビットコイン|BTC|生産分|採掘分|비트코인|채굴량|생산량", re.I)
# the company's shares ("保有する株式の一部を売却する方針", "보유 주식 일부를 매도할 계획"; not the
# company's name, "株式会社", "주식회사"): a sale of shares, not of coins
_SHARES = re.compile(r"株式(?!会社)|(?<!\w)株(?=の|を)|주식(?!회사)|지분")
# a condition ("価格が下落した場合", "필요한 경우"): no plan stated
_CONDITION = re.compile(r"場合|경우|(?:하|되)면\s")
# an intention not to sell ("売却をしない方針", "売却せず"): inside the match
_NOT = re.compile(r"ない|せず|ません|않")


def stated(text: str, language: str) -> int | None:
    """Where a selling intention starts in `text`, else None."""
    ended = _ENDED.get(language)
    m = ended.search(text) if ended is not None else None
    if m is not None:
        return m.start()
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return None
    m = pattern.search(text)
    if m is None or _NOT.search(m.group()) or _CONDITION.search(text):
        return None
    coins = [c.end() for c in _COINS.finditer(text, 0, m.start() + 1)]
    if not coins:
        return None
    # the object nearest before the sale verb is what is sold: the shares after the coins held
    # ("1万9,273BTCを保有しているが、…保有する株式の一部を売却する方針") are
    shares = _SHARES.search(text, coins[-1], m.start() + 1)
    return None if shares is not None else m.start()
