"""A selling intention in Japanese, Korean and Romance or German copy: "自社の月間BTC生産分の一部を
売却し、運営コストをカバーする方針を明らかにした", "채굴한 비트코인 일부를 매도할 계획이다",
"우리는 하루 동안 생산하는 비트코인(약 14개)을 더는 보유하지 않을 것" (will no longer hold its
daily production: it will sell it), "Il mese scorso Marathon ha deciso di vendere 800 bitcoin"
(a decision to sell, no sale reported: README decided case 6), "planea vender parte de su
producción", "prévoit de vendre", "plant, … Bitcoin zu verkaufen"; and a miner that gives up
holding all it mines ("'장기 보유' 전략을 유지하지 않는다", "HODLn fortan nicht mehr vollständig").

README decided cases 18 and 29: a forward-looking statement about selling the company's own
bitcoin (a policy, plan, schedule or intention to sell; a stated possibility of selling) is
`intent`; the practice of selling ("売却している", "매도해 왔다"), a sale done ("売却した"), an
intention not to sell ("売却しない方針", "매도하지 않을 계획") and a condition ("場合") are not;
nor is a sale the company must make ("매도해야 할 수도 있다": forced, as the English reader's
"may be required to sell"). A Romance or German sentence that opens on a condition ("Si hace
falta …, venderá") states no plan, as the English reader's "If needed, …"; a trailing one
("venderá … si hace falta") leaves the intention standing there as in English.
The sale's object must be the coins or the production ("ビットコイン", "BTC", "生産分", "채굴량").
The reader (`foreign`) judges whose statement it is and dates it.
"""

from __future__ import annotations

import re

from . import foreign_intent_zh

# Japanese: the sale verb in its dictionary or continuative form (not "売却した", "売却している",
# "売却しない"), then, in the same sentence and within a few words, the plan noun it governs
# (or the plan noun right after the sale's: "売却を検討", not "売却を完了し、今後の計画")
# (or the announcement of a sale to come: "…の一部を売却すると発表した", "売却することを表明")
_JA = re.compile(
    r"(?:売却|現金化|換金)(?:する|し(?![たてな]))[^。]{0,25}?"
    r"(?:方針|計画|予定|意向|可能性|検討|見通し)|(?:売却|現金化|換金)を(?:検討|計画|予定)|"
    r"(?:売却|現金化|換金)する(?:と|ことを)(?:発表|表明|明らかに)"
)
# Korean: the future modifier "-할" before the plan noun, the volitional "-하겠다", or the
# possibility "-할 수 있다", "-할 수도 있다" (README decided case 29; not the obligation
# "매도해야 할 수도 있다", a sale it may be forced to make: the modifier must follow the verb;
# nor the past "매도할 수도 있었다", a sale it might have made)
_KO = re.compile(
    r"(?:매도|매각|처분|현금화)(?:할|하는)\s*(?:계획|예정|방침|방안|의향|가능성|수\s*(?:도\s*)?있(?!었))|"
    r"(?:매도|매각|처분|현금화)하겠|(?:매도|매각|처분)(?:을|를)\s*(?:검토|계획|추진)|"
    # the future "-할 것이다" ("일부를 매각할 것이라고 발표했습니다": it will sell; not the
    # adnominal "-할 것이라는 소문", a rumour or report others tell, often denied)
    r"(?:매도|매각|처분|현금화)할\s*것(?:이라고|이다|입니다|임)"
)
# Korean: "더는 보유하지 않을 것", "더 이상 보유하지 않겠다": the production no longer held, sold
_KO_NO_LONGER = re.compile(r"(?:더는|더\s*이상)\s*(?:보유|비축)하지\s*않(?:을|겠)")
# Romance languages and German: a decision, plan, intention or possibility, then the sale verb
# in the infinitive ("ha deciso di vendere", "planea vender", "prévoit de vendre", "plant … zu
# verkaufen") or its future ("venderá", "vendra"); a few words at most between them
_ROMANCE = re.compile(
    r"\b(?:(?:ha|hat|a|han|hanno)\s+)?(?:deciso|decidió|decidiu|décidé|intende|intenta|pretende|"
    r"planea|planeja|prevede|prevé|prevê|prévoit|envisage|entend|compte|valuta|potrebbe|podría|"
    r"poderá|pourrait|tiene\s+previsto|ha\s+intenzione|a\s+l['’]intention|tem\s+a\s+intenção)"
    r"\s+(?:\w+\s+){0,2}?(?:di\s+|de\s+|d['’])?(?:vendere|vender|vendre|liquidare|liquidar)\b|"
    r"\b(?:venderá|venderà|vendra|venderán|venderanno|vendront)\b|"
    # (a sale it will begin: "ha annunciato che inizierà a vendere una parte dei BTC")
    r"\b(?:inizierà|comincerà|comenzará|empezará|começará|commencera)\s+(?:a|à)\s+"
    r"(?:vendere|vender|vendre)\b|"
    # Indonesian: "berencana untuk terus menjual kepemilikan Bitcoin mereka", "akan menjual"
    r"\b(?:berencana|bermaksud|berniat|akan|mempertimbangkan)\s+(?:untuk\s+)?"
    r"(?:terus\s+|mulai\s+)?menjual\b|"
    r"\b(?:plant|beabsichtigt|erwägt|könnte|beschloss|beschlossen|entschied)\b[^.;]{0,60}?"
    r"\bzu\s+verkaufen\b",
    re.I,
)
_PATTERNS = {
    "ja": _JA,
    "ko": _KO,
    "es": _ROMANCE,
    "pt": _ROMANCE,
    "it": _ROMANCE,
    "fr": _ROMANCE,
    "de": _ROMANCE,
    "id": _ROMANCE,  # (verb before its object, as the Romance languages)
}
LANGUAGES = frozenset(_PATTERNS) | {"zh"}  # (Chinese: `foreign_intent_zh`)
# Giving up holding all it mines is a statement that part of it will be sold (README case 29):
# "더 이상 채굴한 BTC를 매도하지 않는다는 '장기 보유' 전략을 유지하지 않는다", "HODLn fortan
# nicht mehr vollständig unsere täglich generierten Coins" (not "hält weiterhin alle Coins",
# "HODL 전략을 유지한다", "HODL 전략을 포기하지 않겠다": the strategy kept)
_KO_ENDED = re.compile(
    r"더\s*이상[^.]{0,60}?(?:장기\s*보유|HODL|호들)['’”]?\s*(?:전략|정책|방침)(?:을|를)?\s*"
    r"(?:유지하지\s*않|고수하지\s*않|포기(?!\s*하지\s*않|\s*않))"
)
_DE_ENDED = re.compile(
    r"\b(?:HODLn|hodlen|halten|behalten)\s+(?:wir\s+|es\s+)?"
    r"(?:fortan\s+|künftig\s+|ab\s+sofort\s+)?"
    r"nicht\s+mehr\s+(?:vollständig|alle|sämtliche)\s+(?:\w+\s+){0,3}?"
    r"(?:Coins|Bitcoins?|BTC|Produktion)\b",
    re.I,
)
_ENDED = {"ko": _KO_ENDED, "de": _DE_ENDED}
# the coins or the production the sale is of
_COINS = re.compile(r"ビットコイン|BTC|生産分|採掘分|비트코인|채굴량|생산량", re.I)
# the Romance and German sale's object, right after its verb
_ROMANCE_COINS = re.compile(
    r"[^.;]{0,60}?(?:\bBTC\b|\bbitcoin|\bproduzione\b|\bproducción\b|\bprodução\b|"
    r"\bproduction\b|\bProduktion\b)",
    re.I,
)
# an intention not to sell, a sale of shares, or a condition, in the Romance clause
_ROMANCE_NOT = re.compile(
    r"\b(?:non|no|não|pas|nicht|keine?n?|nunca|mai|jamais|niemals|tidak|tak|belum)\b", re.I
)
# what is sold is no coins when another thing stands between: shares, notes, a site or a business
# ("venderá la instalación minera BTC de Paso Pe": a mining site, not bitcoin)
_ROMANCE_SHARES = re.compile(
    r"\b(?:azioni|acciones|ações|actions|Aktien|plantas?|instalaci\w+|installations?|impiant\w+|"
    r"sit[oi]|sitios?|sites?|centr[oi]s?|centres?|Anlagen?|Standort\w*|negocios?|business|"
    r"attività|empresa|società|azienda|participaci\w+|partecipazion\w+|quota|mineros|miners|"
    r"macchin\w+|máquinas|équipements?|ASICs?|minatori|Mining-\w+|Geschäft\w*|activos|attivi|"
    r"actifs|bonos|obbligazioni|notas|obligations|Anleihen|títulos|debêntures)\b",
    re.I,
)
# (not a reflexive "se"/"si" before a verb: "Según se informó", "que se tornou", "Come si legge")
_ROMANCE_CONDITION = re.compile(
    r"\b(?:se|si)\b(?!\s+(?:bien|bem)\b)(?!\s+\w{0,20}(?:ó|ou|iu|eu|gge|nde|ce)\b)|"
    r"\b(?:wenn|falls|caso|jika|apabila|kalau|bila)\b",
    re.I,
)
# a sentence that opens on a condition, however long ("Si hace falta cubrir los costes de la
# expansión en Texas, Marathon venderá…", "Falls nötig, …", "Se necessário, …"): no plan stated,
# as the English reader's "If needed, …" (a trailing "si hace falta", "if needed" leaves the
# intention standing there too; not a reflexive "Se espera que", "Se trata de", nor the
# concession "Si bien …", "Se bem que …": although, no condition)
_OPENING_CONDITION = re.compile(
    r"\W{0,3}(?:Si(?!\s+bien\b)|Wenn|Falls|Jika|Apabila|Kalau|Sollte|Qualora|Caso|S['’]il|Au\s+cas|Dans\s+le\s+cas|"
    r"(?:En|Em|Nel|In)\s+caso|Se(?!\s+(?:bem\b|\w+(?:a|e|ó|ou|iu|eu|gge|nde|ce|ía|ían)|"
    r"[a-z]\w*\s+que)\b))\b",
    re.I,
)
# an analyst's guess, not the company's own statement (README decided case 29): "Selon les
# analystes de JPMorgan, Marathon pourrait vendre …", "según analistas", "laut Analysten"
_ANALYST = re.compile(r"\banal[iy]st\w*", re.I)
_ANALYST_WINDOW = 80  # the characters before the intent an attribution is looked for in
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
    if ended is not None and (given_up := ended.search(text)) is not None:
        return given_up.start()
    if language == "zh":
        return foreign_intent_zh.stated(text)
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return None
    if pattern is _ROMANCE:
        return _romance(text)
    if language == "ko" and (found := _KO_NO_LONGER.search(text)) is not None:
        return _korean_no_longer(text, found)
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


def _korean_no_longer(text: str, found: re.Match[str]) -> int | None:
    """ "…생산하는 비트코인(약 14개)을 더는 보유하지 않을 것": the coins named before it."""
    if not _COINS.search(text, max(0, found.start() - 40), found.start()):
        return None
    return None if _CONDITION.search(text) else found.start()


def _romance(text: str) -> int | None:
    """Where a Romance or German selling intention starts in `text`, else None: the coins or
    production right after the sale verb, no negation just before it, no shares sold, no
    condition, no analyst's guess."""
    m = _ROMANCE.search(text)
    if m is None:
        return None
    sold = _ROMANCE_COINS.match(text, m.end())
    if sold is None and m.group().endswith("verkaufen"):
        # (German puts the object before the verb: "plant, einen Teil seiner monatlichen
        # Bitcoin-Produktion zu verkaufen"; all of it, a site or shares too, is what is sold)
        sold = m if _ROMANCE_COINS.match(m.group()) is not None else None
    if sold is None or _ROMANCE_SHARES.search(sold.group()):
        return None
    if _ROMANCE_NOT.search(text, max(0, m.start() - 20), m.end()):
        return None
    if _ROMANCE_CONDITION.search(text, max(0, m.start() - 40), m.start()):
        return None
    if _OPENING_CONDITION.match(text):
        return None
    if _ANALYST.search(text, max(0, m.start() - _ANALYST_WINDOW), m.start()):
        return None
    return m.start()
