"""AI hardware a miner buys, and its price, in Spanish, Portuguese, Italian, German and French copy.

    "IREN ha cerrado un acuerdo con Dell Technologies para adquirir las GPU y equipamiento
    auxiliar por unos 5.800 millones de dólares"             → ai_capex_usd 5800000000 USD
    "IREN también acordó la compra de GPU y equipamiento asociado por u$s5.800 millones a Dell"
                                                             → the same
    "hat sich IREN verpflichtet, GPUs und zugehörige Ausrüstung im Wert von 5,8 Milliarden
    US-Dollar von Dell zu kaufen"                            → the same

README decided case 43: hardware bought for AI use (GPUs, AI servers) is capex, spent or guided
("comprará GPU por … millones"); a data centre, a site or a company bought is not, nor is a
contract's value or revenue. The sentence must name the purchase (a verb or noun of buying),
the GPUs before the sum, and the price as the purchase's ("por", "für", "im Wert von", "pour",
"per" right before the sum):
a sum told for something else in the sentence ("un contrato … por un valor de 9.700 millones")
names no GPU purchase, nor does a contract's sum told between the purchase and its price.
Plans not made ("planea comprar", "en conversaciones") are not read.
The reader (`foreign_deals`) judges whose purchase it is and its period; in Japanese and Chinese
copy a buyer named in the sum's own clause must be the company ("Nscale在上個月斥資約10億美元採購
GPU", "微軟去年斥資約30億美元採購GPU": another company's purchase).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from . import foreign_ai, foreign_numbers
from .ai_vendor_deals import MAKERS

# the purchase: a verb or noun of buying (es, pt, it, de, fr)
_BUY = re.compile(
    r"\b(?:adquirir|adquiri[óo]|adquirirá|adquisici[óo]n|comprar[áa]?|compr[óo]|compra|"
    r"comprou|aquisição|acquistar\w*|acquist\w*|kauf\w*|gekauft|erwirbt|erwerben|Kauf|"
    r"achat|achète|achètera|acheter|acquérir|acquiert)\b",
    re.I,
)
# the hardware: GPUs, AI chips or servers
_GPU = re.compile(r"(?<![A-Za-z])GPUs?(?![A-Za-z])|\b[Cc]hips?\s+(?:de\s+)?(?:IA|KI|AI)\b")
# the price of the purchase, right before its sum: "por unos", "für rund", "pour environ"
_FOR = re.compile(
    r"\b(?:por|pelo|per|für|pour|im\s+Wert\s+von)\s+(?:(?:unos|cerca\s+de|aproximadamente|alrededor\s+de|"
    r"valencia\s+de|valor\s+de|um\s+valor\s+de|circa|rund|etwa|environ|un\s+monto\s+"
    r"aproximado\s+de)\s+)?$",
    re.I,
)
_FOR_WINDOW = 40
# another deal between the purchase and its sum: "que compró GPU …, firmó un contrato con
# Microsoft por 9.700 millones", "Vertrag … im Wert von 9,7 Milliarden … abgeschlossen und wird
# dafür Hardware von Dell kaufen" (the sum is the contract's, not the buying verb's object)
_OTHER_DEAL = re.compile(
    r"\b(?:contratos?|contratt[oi]|contrats?|Vertr[äa]g\w*|Vereinbarung\w*|firm[óo]|firmato|"
    r"assinou|signé|unterzeichnet\w*|abgeschlossen|schloss)\b",
    re.I,
)
_DE_VERB_AFTER = 30  # a German infinitive right after the sum: "… US-Dollar von Dell zu kaufen"


def read(text: str, language: str, dollar: str = "CAD") -> Iterator[tuple[int, Decimal, str]]:
    """(where the purchase is named, price, currency) of the AI hardware `text` says the
    company buys (`dollar`: the currency of "20 M$", `foreign_numbers.quebec_dollar`)."""
    if language in _CJK_LANGUAGES:
        yield from _read_cjk(text)
        return
    if language == "tl":
        yield from _tagalog_build(text, dollar)
        return
    vendor = list(_vendor_deals(text, language, dollar)) + list(
        _investments(text, language, dollar)
    )
    yield from vendor
    told = {start for start, _, _ in vendor}
    if "GPU" not in text and "hip" not in text:
        return  # (the cheap look: most sentences name no GPUs or chips)
    gpu = _GPU.search(text)
    buy = _BUY.search(text) if gpu is not None else None
    if gpu is None or buy is None or foreign_ai.NOT_DONE.search(text):
        return
    spaced = language == "fr"
    for start, end, value, currency in foreign_numbers.money(text, False, spaced, dollar):
        # (the GPUs before their price; the verb before them, or right after the price in a
        # German infinitive: "GPUs … im Wert von 5,8 Milliarden US-Dollar von Dell zu kaufen")
        if start in told or gpu.start() > start:
            continue  # (a deal with a server maker, read above)
        if not _FOR.search(text, max(0, start - _FOR_WINDOW), start):
            continue
        if buy.start() < gpu.start() and not _OTHER_DEAL.search(text, buy.end(), start):
            yield buy.start(), value, currency
        elif language == "de" and _verb_right_after(text, end, buy.start()):
            yield start, value, currency


# A deal with a server maker, its sum then the maker as its party: "un acuerdo adicional de $5.8
# mil millones con Dell para suministrar los sistemas Nvidia GB300", "ein Vertrag über 5,8
# Milliarden US-Dollar mit Dell" (`ai_vendor_deals`: a server maker sells hardware, so the
# deal's sum is the company's AI hardware bought, README decided case 43)
_MAKER = re.compile(MAKERS)
_DEAL_BEFORE = re.compile(
    r"\b(?:acuerdos?|contratos?|acordos?|accord[oi]|contratt[oi]|contrats?|accords?|pedidos?|"
    r"encomendas?|commandes?|ordini|\w*[Vv]ertr[äa]ge?|\w*[Vv]ereinbarung(?:en)?|Deals?|"
    r"Auftr[äa]ge?|Bestellung(?:en)?)\s+(?:[\w-]+\s+){0,2}?(?:de|por|di|da|über|von|d['’]|"
    r"pour|per)\s*(?:(?:unos|cerca\s+de|cerca|aproximadamente|circa|rund|etwa|environ)\s+)?$"
)
_MAKER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:con|com|mit|avec|with)\s+(?:(?:la|el|a|der|dem|le|l['’])\s+)?"
    r"(?:(?:empresa|compañía|companhia|società|Firma|Unternehmen|société|fabricante|"
    r"Hersteller)\s+)?" + MAKERS + r"\b"
)
_DEAL_WINDOW = 50
# AI systems by name are the deal's AI tie too ("para suministrar los sistemas Nvidia GB300")
_AI_SYSTEMS = re.compile(r"\b(?:Nvidia|NVIDIA|GB[23]00|[HB][12]00|MI[34]\d\dX?)\b")
# a lease or a financing with the maker (or its lending arm): money lent or rented, not hardware
# bought ("un contrato de arrendamiento … con Dell", "con Dell Financial Services para financiar")
_TERMS_AFTER = 40
_NOT_BOUGHT = re.compile(
    r"\b(?:arrendamiento|arrendamento|leasing|locaç[ãa]o|locazione|location|Miet\w*|Leasing\w*|"
    r"financ\w*|finanziar\w*|finanzi\w*|Finanzierung\w*|Financial\s+Services|pr[ée]stamo|"
    r"empr[ée]stimo|prestito|Kredit\w*|prêt)\b",
    re.I,
)


def _vendor_deals(text: str, language: str, dollar: str) -> Iterator[tuple[int, Decimal, str]]:
    """(where the sum is, sum, currency) of a deal with a server maker told in `text`."""
    if _MAKER.search(text) is None or not (
        _AI_SYSTEMS.search(text) or foreign_ai.AI_TIE.search(text)
    ):
        return  # (the cheap look: no server maker named, or no AI tie: "portátiles de oficina")
    if foreign_ai.NOT_DONE.search(text):
        return
    for start, end, value, currency in foreign_numbers.money(text, False, language == "fr", dollar):
        deal = _DEAL_BEFORE.search(text, max(0, start - _DEAL_WINDOW), start)
        maker = _MAKER_AFTER.match(text, end) if deal else None
        # (the lease or financing in the deal's own words, not "…, lesquels seront financés")
        if maker and not _NOT_BOUGHT.search(text, deal.start(), maker.end() + _TERMS_AFTER):
            yield start, value, currency


# Money the company invests in an AI build, or an AI data centre's price: "invertirá más de 1.000
# millones de dólares en un proyecto … de computación de alto rendimiento", "la construcción de
# un centro de datos de inteligencia artificial (IA) valorado en 3.000 millones de dólares"
# (README: capex spent or guided; a build's price is its capex, as English "a $500 million AI
# data center"). The AI tie is the sentence's (`foreign_ai`); a contract's value is not read (its
# noun is no build), nor an investment in a company or its shares.
_INVEST_BEFORE = re.compile(
    r"\b(?:invertir[áa]n?|invirti[óo]|invierte|invertirá|investir[áàa]|investiu|investe|"
    r"investirà|investito|investiert|investieren|investieren\s+wird|investira|investit|"
    r"investissement\s+de|inversi[óo]n\s+de|investimento\s+de|investimento\s+di|"
    r"Investition\s+(?:von|in\s+Höhe\s+von))\s+(?:(?:más\s+de|mais\s+de|oltre|über|plus\s+de|"
    r"unos|cerca\s+de|circa|rund|environ|aproximadamente)\s+)?$",
    re.I,
)
_BUILD_VALUED_BEFORE = re.compile(
    r"\b(?:centros?\s+de\s+datos|centros?\s+de\s+dados|data\s*cent(?:er|re)s?|"
    r"Rechenzentr\w+|centres?\s+de\s+donn[ée]es|campus|proyecto|projeto|progetto|Projekt\w*|"
    r"projet)\b[^.;$]{0,90}?\b(?:valorad[oa]|valuad[oa]|avaliad[oa]|stimat[oa]|im\s+Wert\s+von|"
    r"d['’]une\s+valeur\s+de|por\s+valor\s+de)\s+(?:en\s+)?(?:(?:más\s+de|unos|cerca\s+de)\s+)?$",
    re.I,
)
_NOT_BUILD = re.compile(
    r"\b(?:contrat\w*|acuerdo|acordo|accordo|Vertrag\w*|Vereinbarung\w*|accord|acciones|"
    r"ações|azioni|Aktien|actions|participaci[óo]n|participa[çc][ãa]o|Beteiligung|"
    r"adquisici[óo]n|aquisi[çc][ãa]o|acquisizione|Übernahme|acquisition)\b",
    re.I,
)
_INVEST_WINDOW = 110
_INVEST_HINTS = ("nvest", "nver", "valor", "valua", "valia", "Wert", "stimat", "valeur")
_OBJECT_AFTER = 30


def _investments(text: str, language: str, dollar: str) -> Iterator[tuple[int, Decimal, str]]:
    """(where the sum is, sum, currency) of money `text` says the company invests in an AI
    build, or an AI data centre's price."""
    if not any(word in text for word in _INVEST_HINTS):
        return  # (the cheap look)
    if foreign_ai.AI_TIE.search(text) is None:
        return
    for start, end, value, currency in foreign_numbers.money(text, False, language == "fr", dollar):
        window = text[max(0, start - _INVEST_WINDOW) : start]
        invest = _INVEST_BEFORE.search(window)
        cue = invest or _BUILD_VALUED_BEFORE.search(window)
        if cue is None or foreign_ai.NOT_DONE.search(window, max(0, cue.start() - 40)):
            continue
        # (what the sum buys may follow it: "invertirá 50 millones en acciones de WhiteFiber")
        if _NOT_BUILD.search(window + text[end : end + _OBJECT_AFTER], cue.start()) is not None:
            continue
        built = _invested_object(text, end) if invest else window[cue.start() :]
        if _is_ai_build(built) and not foreign_ai.CALLED_OFF.search(_invested_object(text, end)):
            yield start, value, currency


# what the sum is invested in, up to its clause's end ("en un proyecto que podría alcanzar los
# 200 MW de capacidad para computación de alto rendimiento"; not "; su negocio de IA crece")
_OBJECT_CLAUSE = re.compile(r"[^.;]{0,120}")
_MINING_OBJECT = re.compile(r"\b(?:bitcoin|BTC|miner\w*|mining|minería|mineração)\b", re.I)


def _invested_object(text: str, end: int) -> str:
    """The words after the sum at `end` of `text`, to its clause's end."""
    clause = _OBJECT_CLAUSE.match(text, end)
    return clause.group() if clause else ""


def _is_ai_build(phrase: str) -> bool:
    """Is the invested object in `phrase` an AI build, not bitcoin or miners beside it ("en
    mineros de bitcoin y en su nube de IA")?"""
    return bool(foreign_ai.AI_TIE.search(phrase)) and not _MINING_OBJECT.search(phrase)


def _verb_right_after(text: str, end: int, verb: int) -> bool:
    """Is the German buying verb right after the sum, with no other deal between?"""
    return end < verb <= end + _DE_VERB_AFTER and not _OTHER_DEAL.search(text, end, verb)


# Japanese and Chinese copy: "デル・テクノロジーズから必要なチップや関連機器を58億ドルで購入する取り
# 引きにも合意した", "IREN也表示將另外斥資約58億美元，向Dell採購所需的GPU與相關設備". The sentence
# names the hardware (GPUs or chips), no mining gear, and the sum is the purchase's: the buying
# verb right after it ("58億ドルで購入") or the spending or buying verb right before it ("斥資約",
# "採購"); a contract's value or size told right before the sum ("規模", "價值") is not.
_CJK_LANGUAGES = frozenset({"ja", "zh"})
# (or the processors: "向其採購輝達（NVIDIA）GB300處理器和相關設備")
_CJK_GEAR = re.compile(r"GPU|チップ|芯片|晶片|半導体|處理器|处理器|プロセッサ")
_CJK_MINING = re.compile(r"マイニング|採掘|挖矿|挖礦|礦機|矿机|矿工|礦工|ASIC")
_CJK_BUY = r"(?:購入|購買|购买|採購|采购|調達)"
_CJK_BUY_AFTER = re.compile(r"\s*(?:で|的)?[^。，、,；]{0,6}?" + _CJK_BUY)
_CJK_SPEND_BEFORE = re.compile(
    r"(?:斥資|斥资|花費|花费|耗資|耗资|" + _CJK_BUY + r")(?:了)?\s*(?:約|约|近|逾|超過|超过)?\s*$"
)
_CJK_VALUE_BEFORE = re.compile(
    r"(?:契約|合約|合约|合同|協議|协议|規模|规模|價值|价值)[^。，、,]{0,6}$"
)
_CJK_BEFORE = 12


def _read_cjk(text: str) -> Iterator[tuple[int, Decimal, str]]:
    """(where the sum is, price, currency) of the AI hardware a CJK sentence says is bought."""
    if _CJK_GEAR.search(text) is None or _CJK_MINING.search(text):
        return
    if foreign_ai.NOT_DONE.search(text):
        return
    for start, end, value, currency in foreign_numbers.money(text, True):
        before = text[max(0, start - _CJK_BEFORE) : start]
        if _CJK_VALUE_BEFORE.search(before):
            continue  # ("約97億ドル規模の契約": a contract's value)
        if _CJK_BUY_AFTER.match(text, end) or _CJK_SPEND_BEFORE.search(before):
            yield start, value, currency


# The buyer a CJK clause names before the sum: a Latin-script name ("IREN", "Nscale") or a big
# technology company's CJK name ("微軟"), not the hardware ("GPU", "AI") nor a party the words
# after it make a seller or partner ("從Dell", "デルから", "與微軟")
_CJK_SUBJECT = re.compile(
    r"(?:(?<![A-Za-z])(?!(?:GPUs?|AI|HPC|ASIC|IT|USD|CEO|CFO)(?![A-Za-z0-9]))[A-Z][\w&.-]+|"
    r"微軟|微软|谷歌|亞馬遜|亚马逊|輝達|辉达|英偉達|英伟达|甲骨文|マイクロソフト|グーグル|アマゾン|"
    r"エヌビディア|オラクル)(?!\s*(?:から|より|と|從|从|向|與|与|和|的))"
)
_CJK_CLAUSE_ENDS = ("。", "；", ";", "，", ",")


def cjk_buyer(text: str, position: int, language: str) -> tuple[int, int] | None:
    """The span of the buyer named first in the clause of a CJK sentence before `position`
    (the sum), or None when the clause names none (the story's company buys) or the copy is
    not Japanese or Chinese."""
    if language not in _CJK_LANGUAGES:
        return None
    clause = max(text.rfind(end, 0, position) for end in _CJK_CLAUSE_ENDS) + 1
    m = _CJK_SUBJECT.search(text, clause, position)
    return m.span() if m is not None else None


# Tagalog: an AI build the company is building, its price told as the build's own ("Nagsimula
# na silang magtayo sa Louisiana ng isang $2.5 billion AI campus": they have started building a
# $2.5 billion AI campus): construction spending on AI, as Spanish "un centro de datos de IA
# valorado en" (README decided case 43); the verb of building before the sum, the AI build
# right after it. Not a plan ("plano", "balak"), nor a build of mining ("mining", "minahan").
_TL_BUILDING = re.compile(
    r"\b(?:magtayo|nagtatayo|itinatayo|nagtayo|itinayo|bumubuo|binubuo|magtatag)\b"
    r"[^.;]{0,60}?\bng\s+(?:isang\s+)?$",
    re.I,
)
_TL_AI_BUILD = re.compile(
    r"\s+(?:na\s+)?(?:AI|HPC)\s+(?:campus|data\s+cent(?:er|re)s?|facility|pasilidad)\b"
)
_TL_NOT_DONE = re.compile(r"\b(?:plano|balak|nagpaplano|maaaring|posibleng|mining|minahan)\b", re.I)
_TL_BEFORE = 100


def _tagalog_build(text: str, dollar: str) -> Iterator[tuple[int, Decimal, str]]:
    """(where the building is told, price, currency) of an AI build a Tagalog sentence says
    the company is building."""
    if "AI" not in text and "HPC" not in text:
        return
    if _TL_NOT_DONE.search(text):
        return
    for start, end, value, currency in foreign_numbers.money(text, False, False, dollar):
        building = _TL_BUILDING.search(text, max(0, start - _TL_BEFORE), start)
        if building is not None and _TL_AI_BUILD.match(text, end):
            yield building.start(), value, currency
