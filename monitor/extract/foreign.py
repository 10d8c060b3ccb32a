"""Bitcoin mined, sold and held, read from Japanese, Korean, Chinese, Spanish, Portuguese,
Italian and German copy.

News about the listed miners is rewritten in these languages (coinpost.jp, blockmedia.co.kr,
es.cointelegraph, infomoney, it.benzinga, finanznachrichten.de, statementdog, …). The English
readers find nothing in it; this reader takes the three BTC figures a rewrite carries:

    "4月、Riotは508BTCを採掘した。"                      → btc_produced 508, April
    "회사측은 12월 9일 현재, 총 4만435 BTC를 보유하고"     → btc_held 40435 at 9 December
    "La empresa ahora tiene 10.427 Bitcoin (BTC)."      → btc_held 10427, the story's month
    "non ha venduto nessuno dei BTC recentemente estratti" → btc_sold 0
    "截至3月底，公司持有1,408枚比特币"                      → btc_held 1408 at 31 March
    "Im April 2025 produzierte Riot Platforms 463 Bitcoin" → btc_produced 463, April

Gate: `reading_language` on the document's head must name one of the seven languages, so an
English document pays one look at its first characters and nothing more.

A figure is a number with a bitcoin unit (BTC, bitcoin, ビットコイン, 비트코인, 比特币, or the
counters 枚/개/颗 beside a bitcoin word) whose metric is named by the nearest cue word on the
verb's side (after it in Japanese and Korean, before it in Chinese and the Romance languages;
then the other side; in German a participle right after the figure, else the cue before). It
is not read when it is a comparison's base, a part, a change, a purchase, a daily or weekly
or year-to-date figure, a forecast, a sector's, or another company's (the miner named nearest
before it). Its period is the one its clause names, else its sentence's, else the document's:
the month or quarter the story's head names, else the first flow's own period, else the month
of publication. Evidence is the whole sentence, offsets into the text as given.

News wordings read too: a holding with its unit before the number ("la sua scorta totale di BTC a
9.334"), a threshold crossed ("ter superado os 10.000 BTC"), a contrast that leaves the unit out
("enquanto em agosto parou em 322"), a sale told in money only ("vendeu US$ 167 milhões de seus
BTC": proceeds), each of several sales' own proceeds, and a further sale ("otros 383 BTC") that
is no comparison; a change's starting point ("de 1.775 BTC … a 844 BTC"), a comparison's period
told again in a "when" clause and a figure "at the time of writing" (held at publication) are
placed as such. So are a level a change reached ("auf 616 Coins gesunken", its noun far before),
the quarter just ended ("im abgelaufenen Jahresviertel", "en el último trimestre"), a figure
moved ("47,531 Bitcoins, cifra que aumentó a 48,237": the first is the starting point) and a
holding told beside a named month's flows (held at that month's end, README decided case 14).
Indonesian copy's level a change reached ("berkurang dari sekitar 6.349 BTC menjadi total 3.349
BTC", its noun far before), a base after "than" ("daripada di awal tahun, yaitu 4.300 BTC") and
a sale's purpose ("untuk meningkatkan likuiditas … US$100 juta": no proceeds) are placed as such;
a company named as an acquisition's object ("收购GRIID …") is no subject of what follows.

The same copy's debt (no debt, a settlement, a balance brought down) and AI contracts are read by
`foreign_deals`, in these languages and in Greek and Tagalog (which have no bitcoin words here);
a Japanese or Korean selling intention ("…を売却する方針", "매도할 계획") by `foreign_intent`.

French, Russian, Indonesian, Vietnamese, Arabic, Czech and Finnish copy is read the same way,
with the lexicons of `foreign_lexicons` ("Au total, 3 000 BTC ont été vendus", "на балансе
компании было 24 биткоина"); the gate's first look also takes two Cyrillic or Arabic words
in a row.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from monitor.vocabulary.periods import Period

from . import (
    foreign_bounds,
    foreign_change_base,
    foreign_continued,
    foreign_deals,
    foreign_es_moves,
    foreign_halves,
    foreign_history,
    foreign_intent,
    foreign_lexicons,
    foreign_monthly_report,
    foreign_numbers,
    foreign_own_names,
    foreign_parentheses,
    foreign_periods,
    foreign_proceeds_repaid,
    foreign_rounded,
    foreign_said_last_week,
    foreign_sale_next,
    foreign_sector_subject,
    foreign_sold_all,
    foreign_treasury_owner,
    foreign_unrestricted,
    foreign_verb_last,
)
from .entities import MINERS, ticker_of
from .evidence import observation
from .foreign_fiscal_span import quarter_spans
from .foreign_lexicons_more import LEXICONS
from .foreign_one_line import one_line_language
from .foreign_words import BOUGHT, HELD, LEFT, LOCAL_NAMES, PRODUCED, SOLD, Lexicon
from .language import reading_language
from .model import (
    BTC_HELD,
    BTC_PRODUCED,
    BTC_SALE_PROCEEDS,
    BTC_SOLD,
    DEBT_REPAID,
    INTENT,
    INTENT_KIND,
    Extracted,
)
from .sentences import Segment, ordinal_dot, shortening_dot

_HEAD = 1500  # the characters the language is judged on
_MIN_FUNCTION_WORDS = 3  # "Hut 8 ha estratto 95 bitcoin a marzo, …": a one-line story is read
_LEAD = 300  # the story's head, whose month or quarter is the document's period
_LEAD_PHRASE = 40  # past the head: the rest of a period phrase that opens in it
_LEAD_AGE_DAYS = 366
_METRICS = {PRODUCED: BTC_PRODUCED, SOLD: BTC_SOLD, HELD: BTC_HELD}
# (not after Russian "тыс." before its unit: "избавилась еще от 2 тыс. BTC" is one figure; nor
# Ukrainian "тис.", Polish "tys.")
_SENTENCE_END = re.compile(
    r"[。！？।]\s*|\n+|(?<=[.!?])(?<!\s(?:тыс|тис|tys)\.)[\"'”’)]*\s+|"
    r"(?<=\s(?:тыс|тис|tys)\.)\s+(?!BTC|биткоин|биткойн|біткоїн|bitcoin)"
)
_CJK_CLAUSE = re.compile(r"[、，,;；]")
# the words of a daily, weekly or average rate in Japanese, Korean and Chinese `not_own`: a
# modifier of its own clause's figure (not the sentence's mood)
_CJK_RATE = re.compile(
    r"1日|一日|日量|日平均|あたり|当たり|週|하루|일평균|일일|주간|每日|日均|每天|每周|每週|平均|"
    # (the week's words Japanese `not_own` now names whole: "1週間平均は約105BTC" after "6月の
    # 採掘量は450BTCで" is its own clause's rate, not the sentence's mood)
    r"毎週|前週|同週|当週|週(?:に|あたり|当たり|平均|次|ごと)|週間(?:あたり|当たり|平均)"
)
# (، the Arabic comma; ", yaitu": "namely" goes on with its clause, "lebih rendah daripada di
# awal tahun, yaitu 4.300 BTC")
_ROMANCE_CLAUSE = re.compile(r",\s(?!yaitu\b|yakni\b)|;|:\s|—|–|،")
# ("14 Coins abgestoßen": German and Romance copy count bitcoins as coins too)
_UNIT = re.compile(
    r"\s?(?:BTCs?|bitcoins?|coins|ビットコイン|비트코인|比特币|比特幣|"
    r"биткоин\w*|биткойн\w*|(?:ال)?بيتكوين|(?:ال)?بتكوين|"
    # Russian copy types the ticker in Cyrillic capitals too ("добыла 124 ВТС")
    r"bitcoin(?:ia|in|eja|y|ech)|ВТС|"
    # Ukrainian, Thai, Hindi ("120 біткоїнів", "700 บิตคอยน์", "477 बिटकॉइन")
    r"біткоїн\w*|біткойн\w*|บิตคอยน์|บิทคอยน์|बिटकॉइन|μπιτκόιν)(?![A-Za-z\u0400-\u04ff])",
    re.I,
)
# A list's "Label: value" line whose label names the coins and the metric ("ビットコイン生産量:
# 362", "ビットコイン保有量:7327", "比特币持有量：5810", "비트코인 보유량: 1,234"): the number is
# coins
_CJK_LABEL = re.compile(
    r"(?:ビットコイン|BTC|比特币|比特幣|비트코인)\s?(?:の)?(?:生産量|採掘量|産出量|保有量|売却量|"
    r"产量|產量|持有量|持币量|出售量|생산량|채굴량|보유량|매도량)\s?[:：]\s?$"
)
_CJK_LABEL_WINDOW = 16
# "more than" between a number and its coins ("2万以上のビットコインを…保有", "1만 개 이상의
# 비트코인"): a one-sided bound keeps its number (README decided case 20)
_CJK_MORE_THAN = re.compile(r"\s?(?:以上|超|余り|あまり)の|\s?(?:개\s?)?이상의\s?")
_COUNTER = re.compile(r"\s?(?:枚|개|個|个|颗|顆)")
# a counter's own coin when it is not bitcoin ("349 個BTC、3325 個ETH、5360 萬個Dogecoin": the
# bitcoin word beside it is the list's first item, not this count's unit)
_OTHER_COIN = re.compile(
    r"\s?(?:ETH|ETC|LTC|DOGE|Dogecoin|以太坊|以太幣|以太币|狗狗幣|狗狗币|萊特幣|莱特币|"
    r"이더리움|イーサリアム)",
    re.I,
)
_BITCOIN_WORD = re.compile(
    r"BTC|ВТС|bitcoin|coins\b|ビットコイン|비트코인|比特币|比特幣|биткоин|биткойн|بيتكوين|بتكوين|"
    r"біткоїн|біткойн|บิตคอยน์|บิทคอยน์|बिटकॉइन|μπιτκόιν",
    re.I,
)
# a zero sale names the coins or the production it kept ("retuvieron el 100% de su producción")
_TREASURY_WORD = re.compile(
    r"BTC|bitcoin|ビットコイン|비트코인|比特币|比特幣|producci[óo]n|produção|produzione|Produktion|"
    r"生産|채굴|产量|產量|биткоин|биткойн|добыч|production|produksi|sản\s+lượng|بيتكوين|إنتاج|"
    r"біткоїн|біткойн|บิตคอยน์|บิทคอยน์|बिटकॉइन|μπιτκόιν",
    re.I,
)
# (or the clitic joined to an infinitive: "di averne venduti 58", "di venderne 40")
_CLITIC = re.compile(
    r"\bne\s+[a-zàèéìòù]+(?:\s+(?:ora|oggi|adesso|ancora))?\s+$|"
    r"\b[a-zàèéìòù]+rne\s+(?:[a-zàèéìòù]+\s+)?$",
    re.I,
)
_THOUSAND = re.compile(
    # (Ukrainian "2 тис. BTC", Polish "2 tys. BTC", Turkish "2 bin BTC")
    r"\s(?:mil|mila|тыс\.?|тис\.?|tys\.?|bin|ribu|nghìn|ngàn)"
    r"(?=\s+(?:BTC|bitcoin|биткоин|биткойн|біткоїн))",
    re.I,
)
_ANAPHORA = re.compile(r"\s+(?:di\s+questi|de\s+ellos|deles)\b", re.I)
# A sum beside a sale that is no proceeds: a price per coin ("1BTCあたり平均", "개당", "a un
# precio medio de"), a comparison's base ("3,700万ドルから"), the period's revenue ("Umsatz")
_PRICE_BEFORE = re.compile(
    r"平均|あたり|当たり|単価|개당|평균|均价|均價|每枚|precio\s+medio|preço\s+médio|"
    r"prezzo\s+medio|Durchschnitt|a\s+un\s+precio|a\s+um\s+preço|al\s+prezzo|Preis\s+von|"
    r"m[ée]dia\s+de|promedio\s+de|"
    r"prix\s+moyen|средн\w+\s+цен\w*|по\s+цене|harga\s+rata-rata|giá\s+trung\s+bình|"
    r"بمتوسط\s+سعر|průměrn\w+\s+cen\w*|keskihin\w*",
    re.I,
)
# between a price and its conversion in brackets: "20,460ドル(約290万円)", "US$ 20.460 (cerca de"
_CONVERSION_OPENS = re.compile(r"\s*[(（]\s*(?:約|약|约|ca\.?|cerca\s+de|circa|environ)?\s*", re.I)
_PRICE_AFTER = re.compile(
    r"\s*(?:\)|）)?\s*(?:あたり|当たり|から|より|대비|에서|보다|/\s?BTC|"
    r"(?:por|per|pro|je|par|за)\s+(?:bitcoin|BTC|unidad|moeda|St[üu]ck|биткоин\w*)|cada\b|"
    r"ciascun[oa]\b)",
    re.I,
)
# the coins' value told after a sale ("menjual sekitar 750 Bitcoin di bulan Agustus, yang
# nilainya setara dengan sekitar US$193 juta", "… avaliados em US$ 19 milhões"): their worth at
# a price, not money the text says the sale brought (README decided case 4; "vendió 1.818 BTC,
# equivalentes a unos u$s161,6 millones" is the sale's sum)
_WORTH = re.compile(
    r"\b(?:nilainya|bernilai|avaliad[oa]s\s+em|valorad[oa]s\s+en|valutat[ie]\s)",
    re.I,
)
_WORTH_WINDOW = 45
# the coins' worth in brackets right after them ("3,000BTC(85億円相当)売却"): the writer's
# conversion of the coins at a price ("equivalent"), not money the sale brought (README case 4)
_WORTH_BRACKETED = re.compile(r"\s?(?:相当|상당)\s?[)）]")
# (only a bracket opened right after the coins: a sum's own conversion, "約120億円(8,500万ドル
# 相当)を得た", is the proceeds in a second currency, README: both currencies are labelled)
_COINS_BRACKET = re.compile(r"(?:BTC|ビットコイン|비트코인|枚|개)\s?[(（]\s?(?:約|约|약)?\s?$")
_COINS_BRACKET_REACH = 16  # the characters before the sum the coins' bracket is looked for in
# a purpose told after a sale, its sum what the sale was to add to, not what it brought ("menjual
# 3.000 BTC … dengan harga US$63 juta untuk meningkatkan likuiditas hampir US$100 juta")
_PURPOSE = re.compile(
    r"\b(?:(?:untuk|guna)\s+(?:meningkatkan|menambah|memperkuat|mendukung)|"
    r"para\s+(?:aumentar|reforçar|fortalecer)|pour\s+(?:renforcer|augmenter|améliorer)|"
    r"per\s+(?:aumentare|rafforzare)|"
    # a loan the sale was to bring down, its levels after it ("باعت 1500 BTC لتقليل القرض المتجدد
    # إلى 66 مليون دولار من 100 مليون دولار": the loan's, not the sale's money)
    r"لتقليل|لخفض|لتخفيض|para\s+reducir|pour\s+réduire|per\s+ridurre|untuk\s+mengurangi)\b",
    re.I,
)
_REVENUE = re.compile(
    r"売上|매출|Umsatz|ricavi|fatturato|ingresos\s+totales|receita|营收|營收|"
    r"chiffre\s+d['’]affaires|revenus|доход|pendapatan|doanh\s+thu|الإيرادات",
    re.I,
)
# a conjunction between two figures' phrases ("477 BTC en agosto y 484 BTC en julio")
_CONJUNCTION = re.compile(r"\s(?:y|e|ed|und|sowie|et|и|dan|và|ja)\s", re.I)
# Dutch "and" ("in oktober 500 BTC geproduceerd en in november 450 BTC"), which is Spanish and
# French "in": read as a conjunction only in Dutch
_CONJUNCTION_NL = re.compile(r"\s(?:en|alsook)\s", re.I)
_CUE_AFTER = 70  # characters searched on the verb's side
_CUE_BEFORE = 45  # and on the other side
# German: a cue right after the figure's unit is its verb ("380 Bitcoin geschürft und 200 Bitcoin
# verkauft"), one after a conjunction the next figure's ("463 Bitcoin und verkaufte 400")
_DIRECT_AFTER = re.compile(r"\s*(?:\(BTC\)\s*)?")
_NAMED_AFTER = 20  # "…を保有するストラテジー": a relative clause's company
# A holding whose unit comes before its number: "portando la sua scorta totale di BTC a 9.334",
# "A reserva total de BTC da Hut 8 subiu para 10.500" (a holding brought to a level)
_UNIT_BEFORE = re.compile(
    r"\b(?:riserv[ae]|scorta|saldo|reservas?|tenencias|Bestand|Bestände)\s+(?:[\w']+\s+){0,2}?"
    r"(?:di|de|do|da|an)\s+(?:BTC|bitcoins?)\s+(?:[\w.]+\s+){0,4}?(?:a|para|auf|hasta)\s+"
    r"(?:circa\s+|cerca\s+de\s+|unos\s+|rund\s+)?$"
    # French: "Les avoirs en bitcoins ont augmenté de 14,6 % pour atteindre 7 406"
    r"|\b(?:avoirs|réserves?)\s+(?:en|de)\s+(?:BTC|bitcoins?)\s+(?:[\w.,%’']+\s+){0,6}?"
    r"(?:à|atteindre|atteignant)\s+(?:environ\s+|près\s+de\s+)?$"
    # "Cela porte le nombre total de BTC détenu à 3 349": the count of coins held, brought to
    r"|\bnombre\s+(?:total\s+)?de\s+(?:BTC|bitcoins?)\s+(?:détenus?|conservés?|en\s+réserve)\s+"
    r"(?:[\w’']+\s+){0,3}?à\s+(?:environ\s+|près\s+de\s+)?$"
    # the same in Italian, Spanish and Portuguese: "aumentando di conseguenza il totale dei
    # Bitcoin detenuti a 9.334", "el total de bitcoins en su poder a", "o total de BTC detidos para"
    r"|\btotale?\s+(?:dei|de|dos)\s+(?:BTC|bitcoins?)\s+(?:detenut[io]|possedut[io]|"
    r"en\s+(?:su\s+)?poder|mantenidos|detidos|mantidos)\s+(?:[\w’']+\s+){0,3}?(?:a|para|hasta)\s+"
    r"(?:circa\s+|cerca\s+de\s+|unos\s+)?$"
    # Arabic: "بيع 3000 بيتكوين يخفض حيازات المنجم إلى 3349" (the sale brings the holdings down to;
    # the coins named before the holdings)
    r"|(?:بيتكوين|BTC)[^.]{0,40}?(?:حيازات|حيازة|احتياطي)\S*\s+(?:\S+\s+){0,3}?(?:إلى|الى)\s+"
    r"(?:حوالي\s+)?$"
    # Vietnamese: "khiến dự trữ Bitcoin "chiến lược" đã tăng lên hơn 25.000" (the reserve rose to;
    # not a rival's, "dự trữ Bitcoin của đối thủ Strategy đã tăng lên hơn 500.000")
    r"|\bdự\s+trữ\s+(?:BTC|bitcoin)(?!\s+của\s+(?:các\s+)?(?:công\s+ty\s+)?đối\s+thủ)"
    r"[^.;,\d]{0,30}?(?:tăng\s+lên|đạt(?:\s+mức)?)\s+"
    r"(?:hơn\s+|khoảng\s+|gần\s+)?$",
    re.I,
)
_UNIT_BEFORE_WINDOW = 90
# One coin in a cost phrase is the unit a cost is per, no figure: "chi phí sản xuất 1 Bitcoin(BTC)
# đã lên tới khoảng 97.000 USD", "el costo de minar 1 BTC", "il costo di produzione di 1 BTC"
_PER_COIN_COST = re.compile(
    r"(?:chi\s+phí|giá\s+thành|co[ûu]ts?|cost[oe]s?|custos?|Kosten)\b[^.;\d]{0,30}$", re.I
)
_PER_COIN_WINDOW = 40
# a contrast that leaves out the unit its sentence gave before ("em julho havia extraído 370 BTC,
# enquanto em agosto parou em 322")
_CONTRAST = re.compile(
    r"\b(?:enquanto|mientras|mentre|während)(?:\s+que)?\s+(?:em|en|a|in|im|nel|no)\s+\w+"
    r"(?:\s+\w+){0,3}\s+$",
    re.I,
)
_CONTRAST_WINDOW = 60
# (what such a number may not be: a day ("10 de abril"), a share, a sum of money, another unit)
_NOT_COINS = re.compile(
    r"\s+(?:de|di|del)\s|[º°]|\s*(?:%|por\s+ciento|por\s+cento|per\s+cento|Prozent|mil\b|mila\b|mill|milh|milion|miliard|"
    r"bil|Mio|Mrd|d[óo]lar|dollar|euro|US|EH|TH|MW)",
    re.I,
)
# "otros 383 BTC", "outros 200 BTC", "altri 40", "weitere 50": a further flow the story tells,
# not a comparison's
_MORE = re.compile(r"\b(?:otros|otras|outros|outras|altri|altre|weitere)\s+$", re.I)
# a clause that tells when a comparison's period was ("em relação a maio, quando a empresa
# minerou 514 BTC"): its figure is the comparison's
# (or "during which": "rispetto al 2022, durante il quale la società aveva prodotto 5.554 bitcoin")
_WHEN = re.compile(
    r"\s*(?:quando|cuando|allorch[ée]|(?:durante|nel|en)\s+(?:il|el)\s+(?:quale|cual)|"
    r"(?:durante|no)\s+o\s+qual|in\s+cui|au\s+cours\s+de\s+laquelle|lorsque|"
    # ("par rapport à mai, où elle avait extrait 514 BTC": the month when)
    r"où)(?!\w)",
    re.I,
)
_WHEN_WINDOW = 60
# a figure "at the time of writing" is held at publication ("截至发稿时，该数字已超过1,500枚")
_WRITING = re.compile(
    r"截至(?:发稿|發稿|撰写本文|撰寫本文|本文撰写|本文撰寫)时?|執筆時点|発稿時点|"
    r"al\s+momento\s+de\s+escribir|no\s+momento\s+da\s+reda[çc][ãa]o|"
    r"al\s+momento\s+della\s+(?:scrittura|stesura)|zum\s+Zeitpunkt\s+des\s+Schreibens",
    re.I,
)
_WRITING_WINDOW = 40
# a month that names an event, not the story's period ("após o halving de abril")
_EVENT_MONTH = re.compile(r"\b(?:halving|dimezzamento)\s+(?:de|di|del|do|da|im|vom|von)\s+$", re.I)
# a sale told in money ("vendeu US$ 167 milhões de seus BTC", "vendió 30 millones de dólares de
# sus bitcoins"): its proceeds
# (a bound between the verb and the sum: "vendeu mais de US$ 62 milhões em Bitcoin")
# (never a sale denied: "nunca vendeu mais de …", "non ha mai venduto", "verkaufte nie")
_SALE_VERB = re.compile(
    r"(?<!\bnunca\s)(?<!\bjamais\s)\b(?:vendeu|vendi[óo]|ha\s+venduto|verkaufte)\s+"
    r"(?!(?:nie|niemals|nunca|jamais|mai)\b)(?:\w+\s+){0,2}?$",
    re.I,
)
_OF_COINS = re.compile(
    r"(?:\s+de\s+d[óo]lares)?\s+(?:de|em|en|di|in|an)\s+(?:seus\s+|sus\s+|suoi\s+|i\s+suoi\s+)?"
    r"(?:BTC|bitcoins?)\b",
    re.I,
)


# The gate's first, cheap look (the full judgement reads every word, ~0.5 ms a page): a
# Japanese, Korean, Chinese or Greek letter, or Romance and German function words at least as
# many as English ones.
_CJK_LETTER = re.compile(r"[\u0370-\u03ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
# Or Cyrillic or Arabic words, two in a row (one Russian word in an English story, "according
# to the пресс-релизу", is no Russian story). A character class is one fast scan of an English
# head; the words are looked for only from a Cyrillic or Arabic letter on.
_SCRIPT_LETTER = re.compile(
    r"[\u0370-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)
_SCRIPT_WORDS = re.compile(
    rf"{_CJK_LETTER.pattern}|[\u0400-\u04ff]{{2,}}\s[\u0400-\u04ff]"
    r"|[\u0600-\u06ff]{2,}\s[\u0600-\u06ff]"
    # Devanagari words, two in a row; Thai, which runs its words together, a run of letters
    r"|[\u0900-\u097f]{2,}\s[\u0900-\u097f]|[\u0e00-\u0e7f]{6}"
)
_READ = frozenset(LEXICONS) | foreign_deals.LANGUAGES  # (Greek, Tagalog: debt and AI deals only)


def _words(line: str) -> frozenset[str]:
    return frozenset(line.split())


_ROMANCE_WORDS = (
    _words(
        "de del della di da do em que el la los las il che por para com con una uma um y e en no "
        "na nel nella ha non al ao os gli dei delle su sus seu sua "
        "der die das und ist den dem mit sich des auf für nicht ein eine einer im hat wurde zum "
        "Der Die Das Im"
    )
    | _words(  # French, Indonesian, Vietnamese
        "le les des du est une pour dans sur au aux qui avec ses été et à "
        "yang dan dari untuk dengan ini itu pada adalah akan telah sebesar "
        "và của là có các được cho trong với này những một đã "
        "že které který která jako jsou byl byla bylo také podle při ve "  # Czech, Finnish
        "ja että oli ovat myös kuin mutta joka jotka tämä mukaan"
    )
    | _words(  # Turkish, Polish, Dutch
        "ve bir bu için ile olarak olan daha gibi ise ancak kadar sonra göre ayrıca "
        "się że oraz jest nie przez który która które także według w z i od za dla "
        "het een van op zijn voor met niet aan ook bij werd naar heeft deze"
    )
)
_ENGLISH_WORDS = frozenset({"the", "of", "and"})


def _in_script(head: str) -> bool:
    """A Japanese, Korean, Chinese or Greek letter, or two Cyrillic or Arabic words in a row."""
    letter = _SCRIPT_LETTER.search(head)
    return letter is not None and _SCRIPT_WORDS.search(head, letter.start()) is not None


def read_language(text: str) -> str | None:
    """The language this reader reads that `text` is written in, else None (English)."""
    head = text[:_HEAD]
    if head.isascii() or not _in_script(head):
        words = head.split()
        romance = sum(map(_ROMANCE_WORDS.__contains__, words))
        if romance < _MIN_FUNCTION_WORDS or romance < sum(map(_ENGLISH_WORDS.__contains__, words)):
            return one_line_language(text)  # (a one-sentence story: too few for the count)
    language = reading_language(head, _MIN_FUNCTION_WORDS)
    return language if language in _READ else None


@dataclass(frozen=True, slots=True)
class _Figure:
    sentence: Segment
    metric: str
    value: Decimal
    own: Period | None  # the period its clause or sentence names
    reached: bool  # a holding reached by a change ("34,797 BTCに拡大した")
    at_end: bool  # a holding at the period's end, the period unnamed ("期末時点での保有量")
    unit: str = "BTC"  # a sale's proceeds: the currency
    end: int = 0  # where the figure ends in its sentence
    now: bool = False  # a holding its sentence dates "now" ("Ahora, la empresa tiene …")
    more: bool = False  # a further flow ("y en noviembre … otros 383 BTC"): no comparison's


def extract(text: str, published: dt.date | None, entity: str | None) -> list[Extracted]:
    """BTC produced, sold and held in a Japanese, Korean, Chinese, Spanish, Portuguese, Italian
    or German text."""
    if published is None or entity is None:
        return []
    entity = ticker_of(entity)  # (a name or another listing's ticker: "Argo", "ARB" → ARBK)
    language = read_language(text)
    if language is None:
        return []
    names = _story_names(text, entity)
    if not any(ticker == entity for _, ticker in names):
        return []  # the story is not about the company (or about an industry)
    sentences = list(_sentences(text))
    lexicon = LEXICONS.get(language)
    if lexicon is None:
        return foreign_deals.extract(sentences, language, published, entity, names)
    reader = _Reader(text, lexicon, published, entity, names)
    figures = [figure for sentence in sentences for figure in reader.read(sentence)]
    figures += _proceeds_told_next(figures, sentences, lexicon, reader.dollar)
    lead, figures = _half_year(reader.lead(), text, figures)
    figures = _dated_by_comparison(figures, sentences, lexicon, published, lead)
    named = lead or _first_flow_period(figures)
    # (no month named: a monthly report retold early in a month is the month before's)
    fallback = named or foreign_monthly_report.reported_month(text, published) or _month(published)
    deals = foreign_deals.extract(
        sentences, language, published, entity, names, _update_period(figures, named)
    )
    figures = [figure for figure in figures if not foreign_history.is_history(figure.own, fallback)]
    # a holding "now": the report's month or quarter ("La empresa ahora tiene 10.427 BTC" in
    # September's update), but the publication's month after a closed year's flows
    now = _month(published) if named is not None and named.granularity == "year" else fallback
    # (a round "plus de 400 BTC" restating the headline's exact 405: the exact figure once)
    observed = foreign_rounded.without_rounded(
        [
            _observation(figure, now if figure.now else fallback, named, lead is not None)
            for figure in figures
        ]
    )
    repaid = _proceeds_repaid(figures, sentences, reader, (fallback, named, lead is not None))
    return observed + deals + repaid + list(_intents(reader, sentences, fallback))


def _story_names(text: str, entity: str) -> list[tuple[int, str]]:
    """The companies the text names, with the company's own name where only its own stories
    may use it as a name (`foreign_own_names`: "Galaxy" is a lender in other miners' stories)."""
    names = _names_in(text)
    if own := foreign_own_names.own_names(text, entity):
        names = sorted(names + own)
    return names


def _proceeds_repaid(
    figures: list[_Figure],
    sentences: list[Segment],
    reader: _Reader,
    dating: tuple[Period, Period | None, bool],
) -> list[Extracted]:
    """The sale's proceeds told before a sentence that says the sale's money, all of it, went
    to a repayment done ("売却で得た資金を、…ローンの一部返済に充てました"): that repayment
    (README decided case 13), at the proceeds' period, in each currency they were told in.
    `dating`: the story's fallback period, its named period and whether its head names it."""
    sales = [
        (figure.sentence.start, _observation(figure, *dating))
        for figure in figures
        if figure.metric == BTC_SALE_PROCEEDS
    ]
    if not sales:
        return []
    for sentence in sentences:
        position = foreign_proceeds_repaid.used(sentence.text, reader.lexicon.language)
        if position is None or not reader.about_entity(sentence, position):
            continue
        told = [(start, found) for start, found in sales if start <= sentence.start]
        if not told:
            continue
        last = told[-1][0]
        return [
            observation(
                sentence, DEBT_REPAID, found.value, found.unit, found.period, currency=found.unit
            )
            for start, found in told
            if start == last
        ]
    return []


def _proceeds_told_next(
    figures: list[_Figure], sentences: list[Segment], lexicon: Lexicon, dollar: str
) -> list[_Figure]:
    """A sale's proceeds told in the next sentence ("… 3.000 BTC … verkaufte. Der Gesamtwert
    belief sich auf rund 62 Millionen US-Dollar."), when its own sentence gave none (`dollar`:
    the currency of "20 M$")."""
    following = dict(itertools.pairwise(sentences))
    told = []
    for sale in figures:
        if sale.metric != BTC_SOLD or not sale.value or sale.sentence not in following:
            continue
        if any(f.metric == BTC_SALE_PROCEEDS and f.sentence is sale.sentence for f in figures):
            continue
        after = following[sale.sentence]
        money = foreign_sale_next.proceeds(after.text, lexicon.language, lexicon.spaced, dollar)
        if money is not None:
            value, currency, end = money
            told.append(
                _Figure(after, BTC_SALE_PROCEEDS, value, sale.own, False, False, currency, end)
            )
    return told


def _half_year(
    lead: Period | None, text: str, figures: list[_Figure]
) -> tuple[Period | None, list[_Figure]]:
    """A half-year report's story, its head naming no month or quarter: the half is its period,
    and its flows through the half's end are the half's."""
    half = None if lead is not None else foreign_halves.named(text[:_LEAD])
    if half is None:
        return lead, figures
    return half, [_of_half(figure, half) for figure in figures]


def _of_half(figure: _Figure, half: Period) -> _Figure:
    if figure.metric != BTC_HELD and foreign_halves.through_end(figure.own, half):
        return replace(figure, own=half)
    return figure


def _update_period(figures: list[_Figure], named: Period | None) -> Period | None:
    """The period of the update a story retells: the one its coins mined or sold are of
    (README decided case 46), not a period it names for anything else."""
    if named is None:
        return None
    flows = (figure for figure in figures if figure.metric in (BTC_PRODUCED, BTC_SOLD))
    return named if any((figure.own or named) == named for figure in flows) else None


def _dated_by_comparison(
    figures: list[_Figure],
    sentences: list[Segment],
    lexicon: Lexicon,
    published: dt.date,
    report: Period | None,
) -> list[_Figure]:
    """A flow with no period of its own, dated by the comparison the next sentence opens on
    ("… verdiente 248,36 Bitcoins. Der Rückgang im Vergleich zum zweiten Quartal …")."""
    if all(figure.metric == BTC_HELD or figure.own is not None for figure in figures):
        return figures
    following = {sentence.start: after for sentence, after in itertools.pairwise(sentences)}
    # (one reading of each next sentence, however many figures its sentence before holds)
    steps: dict[int, Period | None] = {}
    dated = []
    for figure in figures:
        if figure.metric != BTC_HELD and figure.own is None:
            start = figure.sentence.start
            if start not in steps:
                steps[start] = foreign_change_base.step_from_comparison(
                    following.get(start), lexicon, published, report
                )
            own = steps[start]
            figure = figure if own is None else replace(figure, own=own)
        dated.append(figure)
    return dated


def _intents(reader: _Reader, sentences: list[Segment], fallback: Period) -> Iterator[Extracted]:
    """Japanese, Korean, Romance and German: the company's selling intentions, one a period
    (README decided cases 2, 18 and 29: dated by the period its sentence names, else the
    story's)."""
    if reader.lexicon.language not in foreign_intent.LANGUAGES:
        return
    dated: set[str] = set()
    for sentence in sentences:
        position = foreign_intent.stated(sentence.text, reader.lexicon.language)
        if position is None or not reader.about_entity(sentence, position):
            continue
        mentions = foreign_periods.mentions(sentence.text, reader.lexicon, reader.published)
        own = _own_period(mentions, 0, len(sentence.text), position, False, reader.lexicon)
        own = own or _bare_day_month(sentence.text, reader.published)
        label = (own or fallback).as_month().label()
        if label not in dated:
            dated.add(label)
            yield observation(sentence, INTENT, None, "BTC", label, kind=INTENT_KIND)


def _observation(figure: _Figure, fallback: Period, named: Period | None, lead: bool) -> Extracted:
    """`named`: the story's period, when its text names one; `lead`: its head names it."""
    period = figure.own or fallback
    if figure.metric == BTC_HELD:
        if figure.own is not None and not figure.own.is_date:
            period = Period.of_day(figure.own.last_day())  # held at a named period's end
        elif (
            figure.own is None
            and not figure.now
            and named is not None
            and not named.is_date
            and ((figure.reached and lead) or figure.at_end)
        ):  # reached by the story's period's flows, or "at the period's end"
            period = Period.of_day(named.last_day())
    else:
        period = period.as_month()
    if figure.unit != "BTC":
        return observation(
            figure.sentence,
            figure.metric,
            figure.value,
            figure.unit,
            period.label(),
            currency=figure.unit,
        )
    return observation(figure.sentence, figure.metric, figure.value, "BTC", period.label())


# a day of the month named alone ("CleanSpark は16日、…方針を明らかにした", "라이엇은 6일"): the
# latest such day not after publication (not "1日あたり", "30日間")
_BARE_DAY = re.compile(r"(?<![\d月월.,])([1-3]?\d)\s?(?:日|일)(?!間|あたり|当たり|간|평균)")


def _bare_day_month(text: str, published: dt.date) -> Period | None:
    m = _BARE_DAY.search(text)
    if m is None or not 1 <= int(m.group(1)) <= 31:
        return None
    month = _month(published)
    return month if int(m.group(1)) <= published.day else month.previous()


def _first_flow_period(figures: list[_Figure]) -> Period | None:
    for figure in figures:
        if figure.metric != BTC_HELD and figure.own is not None:
            return figure.own.as_month()
    return None


def _month(day: dt.date) -> Period:
    return Period.of_month(day.year, day.month)


# Polish copy shortens "roku" (of the year) after a year: "30 września 2024 r."
_YEAR_SHORTENED = re.compile(r"\b20\d{2}\s?r$")

# a shortening's dot ("bzw.", "Mio.") goes on with its sentence only so far: a run of them in
# a long text is no one sentence (the readers' work grows with a sentence's length squared)
_SHORTENED_REACH = 1000
# a company name's suffix, its dot no sentence's end when the sentence goes on in lower case
_COMPANY_SUFFIX = re.compile(r"\b(?:Ltd|Inc|Corp|Co|Plc|Bhd)\.$")


def _sentences(text: str) -> Iterator[Segment]:
    start = 0
    for m in _SENTENCE_END.finditer(text):
        dot = text[m.start() - 1 : m.start()] == "."
        if dot and ordinal_dot(text, m.start() - 1, m.end()):
            continue  # "am 7. März 2025", "7. března": a date's ordinal dot ends no sentence
        if (
            dot
            and m.start() - start < _SHORTENED_REACH
            and shortening_dot(text, m.start() - 1, m.end())
        ):
            continue  # "526,1 bzw. 101,0", "27,5 Mio. USD"
        if dot and _YEAR_SHORTENED.search(text, max(0, m.start() - 9), m.start() - 1):
            continue  # Polish "30 września 2024 r. Hut 8 posiadał …": the year's "r." (roku)
        if dot and _suffix_goes_on(text, m.start(), m.end()):
            continue  # "mit … IREN Ltd. getroffen": a company's suffix, the verb after
        if m.start() > start and text[start : m.start()].strip():
            end = m.start() + (1 if text[m.start()] in "。！？।" else 0)
            yield Segment(text[start:end], start, end)
        start = m.end()
    if text[start:].strip():
        yield Segment(text[start:], start, len(text))


def _suffix_goes_on(text: str, end: int, after: int) -> bool:
    """Does a company name's suffix end at `end` ("Ltd."), the sentence going on in lower case
    at `after`?"""
    if after >= len(text) or not text[after].islower():
        return False
    return _COMPANY_SUFFIX.search(text, max(0, end - 6), end) is not None


def _name_pattern() -> re.Pattern[str]:
    names: dict[str, str] = {}
    for ticker, printed in MINERS.items():
        names.update((name, ticker) for name in printed)
    for ticker, printed in LOCAL_NAMES.items():
        names.update((name, ticker) for name in printed)
    for ticker, printed in foreign_lexicons.LOCAL_NAMES.items():
        names.update((name, ticker) for name in printed)
    spelled = []
    for name in sorted(names, key=len, reverse=True):
        escaped = re.escape(name)
        # Latin names stand as words; Japanese and Korean names run into their particles
        spelled.append(rf"(?<![A-Za-z]){escaped}(?![A-Za-z])" if name.isascii() else escaped)
    _TICKERS.update(names)
    return re.compile("|".join(spelled))


_TICKERS: dict[str, str] = {}
_NAMES = _name_pattern()


# An unnamed other company, standing as a name: "Su rival produjo 650 BTC", "Der Konkurrent hat
# 650 Bitcoin geschürft", "경쟁사는 650개"
_RIVAL = re.compile(
    r"(?<![A-Za-z])(?:[Rr]ival(?:es|e|i)?|[Cc]ompetidor(?:es|as?)?|[Cc]oncorrente[s]?|"
    r"[Kk]onkurrent(?:en)?|Wettbewerber[ns]?)(?![A-Za-z])|경쟁사|경쟁업체|競合|竞争对手|競爭對手"
)
_OTHER = "other company"
# the reach of a lexicon's `before_figure` words, which end at the figure ("gegenüber dem Vorjahr
# von 616 Coins"): no longer than a few words
_BEFORE_FIGURE_WINDOW = 160
# a holding "now" is held at publication, whatever period the story's flows had
_NOW = re.compile(
    r"\b(?:ahora|actualmente|atualmente|agora|ora|attualmente|derzeit|aktuell|jetzt|"
    r"actuellement|désormais|сейчас|теперь|kini|hiện\s+tại|hiện\s+nay|şu\s+anda|hâlihazırda|"
    r"obecnie|teraz|momenteel|inmiddels|nu|наразі|зараз|тепер|πλέον|σήμερα)\b|現在|현재|目前|حاليا|"
    r"ปัจจุบัน|वर्तमान\s+में|फिलहाल|(?<![\u0900-\u097f])अब(?![\u0900-\u097f])",
    re.I,
)
# the reach before a holding of its own "now" ("e ora detiene 6.654 BTC")
_NOW_WINDOW = 40
# another company outdid this one ("MARA superó a Riot … con 705 BTC")
_SURPASS = re.compile(
    r"\b(?:super[óo]u?|superaron|ha\s+superato|übertr(?:af|ifft)|überholt\w*)\s", re.I
)
_WITH = re.compile(r"\s*(?:con|com|mit)\s", re.I)


# right before a name, an acquisition's verb: the company bought is its object, no subject of
# what follows ("里程碑包括收购GRIID Infrastructure,…以及发行6.5亿美元可转换票据": CleanSpark's)
_ACQUIRED = re.compile(
    r"(?:收购|收購|并购|併購|인수한|\b(?:adquiri[óou]|adquirir|acquis|acquisito|übernahm|"
    r"übernommen|mengakuisisi|приобрел\w*))\s*$",
    re.I,
)
_ACQUIRED_WINDOW = 16
# right before a name, "rival of" ("Marathon Digital คู่แข่งของ Riot Platforms ขุดได้ 673 BTC"):
# the name qualifies the subject named before it, whose figure follows
_RIVAL_OF = re.compile(r"คู่แข่ง(?:รายใหญ่)?ของ\s*$")


def _names_in(text: str) -> list[tuple[int, str]]:
    """Where each company, or an unnamed rival, stands as a subject in `text`, in order."""
    names = [
        (m.start(), _TICKERS[m.group()])
        for m in _NAMES.finditer(text)
        if not _ACQUIRED.search(text, max(0, m.start() - _ACQUIRED_WINDOW), m.start())
        and not _RIVAL_OF.search(text, max(0, m.start() - _ACQUIRED_WINDOW), m.start())
    ]
    rivals = [(m.start(), _OTHER) for m in _RIVAL.finditer(text)]
    return sorted(names + rivals) if rivals else names


class _Reader:
    def __init__(
        self,
        text: str,
        lexicon: Lexicon,
        published: dt.date,
        entity: str,
        names: list[tuple[int, str]],
    ) -> None:
        self.text = text
        self.lexicon = lexicon
        self.published = published
        self.entity = entity
        self.names = names
        self.positions = [position for position, _ in names]
        self.clause = _CJK_CLAUSE if lexicon.cjk else _ROMANCE_CLAUSE
        # the sentence just read had a figure that is none of the period's own ("menjual 2.595
        # BTC selama setahun terakhir"): a next sentence pointing back to it is read so too
        self.unowned = False
        # the sentence last read for its period-end and "now" words, with them
        self.said: tuple[Segment, bool, bool] | None = None
        # the sentence last split into clauses, with where each clause mark ends
        self.marks: tuple[str, list[int], list[int]] | None = None
        # the sentence last judged clause by clause, with each clause's `_clause_words`
        self.judged: tuple[str, dict[tuple[int, int], tuple[bool, bool]]] | None = None
        # the sentence last read for its spans of three months, with their spans
        self.quarters: tuple[str, list[tuple[int, int]]] | None = None
        # the periods the sentence before names, and the one a sentence opening on "also"
        # carries on from it (`foreign_continued`)
        self.before: list[foreign_periods.Mention] = []
        self.carried: Period | None = None
        spaced = lexicon.spaced  # ("3 349 BTC": French, Russian)
        self.dollar = foreign_numbers.quebec_dollar([text])  # (the currency of "20 M$")
        self.number = foreign_numbers.SPACED_NUMBER if spaced else foreign_numbers.ROMANCE_NUMBER

    def lead(self) -> Period | None:
        """The month or quarter the story's head names (not a comparison's, not a day)."""
        # (a phrase that opens in the head is read whole: "entre avril et juin" cut after "et"
        # would be April alone)
        head = self.text[: _LEAD + _LEAD_PHRASE]
        oldest = self.published - dt.timedelta(days=_LEAD_AGE_DAYS)
        for mention in foreign_periods.mentions(head, self.lexicon, self.published, self.text):
            if mention.start >= _LEAD:
                break
            if mention.compared or mention.period.granularity not in ("month", "quarter"):
                continue
            if _EVENT_MONTH.search(head, max(0, mention.start - 20), mention.start):
                continue  # ("após o halving de abril": the event's month)
            # (a head naming a period long before the story is background, or a slip:
            # "2023년 8월 채굴 실적" over a September 2025 story of August's figures)
            if mention.period.last_day() >= oldest:
                return mention.period
        return None

    def owner(self, position: int) -> str | None:
        index = bisect.bisect_right(self.positions, position) - 1
        return self.names[index][1] if index >= 0 else None

    def read(self, sentence: Segment) -> Iterator[_Figure]:
        text = sentence.text
        if self.lexicon.aside.match(text) or (self.lexicon.cjk and self._not_own_sentence(text)):
            self.before, self.carried = [], None  # (an aside's "also" successor carries nothing)
            return
        mentions = foreign_periods.mentions(text, self.lexicon, self.published, self.text)
        self.carried = foreign_continued.carried(self.lexicon.language, text, self.before)
        self.before = mentions
        yield from self._zeros(sentence, mentions)
        after_unowned, self.unowned = self.unowned, False
        if not _BITCOIN_WORD.search(text) and not _ANAPHORA.search(text):
            return
        if after_unowned and self.lexicon.back_reference.search(text):
            self.unowned = True  # ("Penjualan itu dilakukan … sambil menambang 1.515 BTC")
            return
        numbers = list(self._numbers(text))
        figures = _tied_holdings(
            _latest_of_each_flow(list(self._figures(sentence, mentions, numbers)))
        )
        yield from figures
        yield from self._proceeds(sentence, figures, [start for start, _, _ in numbers])
        if not any(figure.metric == BTC_SOLD for figure in figures):
            yield from self._sold_money(sentence, mentions)

    def _not_own_sentence(self, text: str) -> bool:
        """Japanese, Korean, Chinese: words that make the sentence's figures none of the
        period's ("1日あたりの平均生産量は、3.7BTC": the rate's clause set off before its figure).
        Not when they all come in a clause after the first figure's ("111 ビットコインを採掘し、
        1日あたりの平均生産速度は約3.7ビットコイン", "6月挖矿产生1,106枚比特币,每天产量约
        36.9枚"): a modifier precedes what it qualifies, so the rate is the later clause's
        own figure, judged with its clause."""
        found = list(self.lexicon.not_own.finditer(text))
        if not found:
            return False
        first = next(self._numbers(text), None)
        if first is None or found[0].start() < first[1]:
            return True
        # (a sentence's own mood, at its end, governs every clause: "…했으며, 이 중 300 BTC를
        # 현금화해야 할 것으로 보인다", "…발표한 바 있다"; only a rate is a later clause's own)
        if not all(_CJK_RATE.fullmatch(m.group()) for m in found):
            return True
        return self._clauses_between(text, first[1], found[0].start()) == 0

    def _proceeds(
        self, sentence: Segment, figures: list[_Figure], numbers: list[int]
    ) -> Iterator[_Figure]:
        """The money each sale of the sentence brought, told after its figure and before the
        next one ("1,818BTCを1億6,160万ドルで売却", "450 BTC를 매도하여 약 5,180만 달러(약 720억
        원)의 순수익", "vendió 300 BTC por 25,5 millones de dólares, y … otros 383 BTC por 37
        millones"): every currency given, not a price per coin, a comparison's base or the
        period's revenue."""
        sales = [figure for figure in figures if figure.metric == BTC_SOLD and figure.value > 0]
        for sale in sales:
            following = [start for start in numbers if start >= sale.end]
            yield from self._sale_money(sentence, sale, min(following, default=len(sentence.text)))

    def _sale_money(self, sentence: Segment, sale: _Figure, until: int) -> Iterator[_Figure]:
        text = sentence.text
        last = sale.end  # ("평균 2만3000달러에 총 1억6700만달러": the average is the sum before)
        price_end = -1  # where the last price per coin ended: its bracketed conversion is one too
        money = foreign_numbers.money(text, self.lexicon.cjk, self.lexicon.spaced, self.dollar)
        for start, end, value, currency in money:
            if price_end >= 0 and _CONVERSION_OPENS.fullmatch(text, price_end, start):
                price_end = end  # ("平均売却価格20,460ドル(約290万円)": the price in yen)
                continue
            if start < sale.end or start >= until:
                continue  # (a sum told before the sale, or after the next figure)
            if self._clauses_between(text, sale.end, start) > 1:
                continue  # (a sum in a later part of the sentence)
            if self._in_purpose(text, sale.end, start):
                continue  # (the sum a sale was to add to)
            before, last = max(last, start - 16), end
            if _PRICE_BEFORE.search(text, before, start) or _PRICE_AFTER.match(text, end):
                price_end = end
                continue
            if _WORTH.search(text, max(sale.end, start - _WORTH_WINDOW), start) or (
                _WORTH_BRACKETED.match(text, end)
                and _COINS_BRACKET.search(text, max(0, start - _COINS_BRACKET_REACH), start)
            ):
                continue  # (what the coins were worth, not what the sale brought)
            clause_start, clause_end = self._clause(text, start, end)
            if _REVENUE.search(text, clause_start, clause_end):
                continue
            yield _Figure(sentence, BTC_SALE_PROCEEDS, value, sale.own, False, False, currency, end)

    def _sold_money(
        self, sentence: Segment, mentions: list[foreign_periods.Mention]
    ) -> Iterator[_Figure]:
        """A sale told in money, no coins counted ("vendeu US$ 167 milhões de seus BTC somente
        em junho"): the money is its proceeds (README decided case 4)."""
        text = sentence.text
        money = foreign_numbers.money(text, self.lexicon.cjk, self.lexicon.spaced, self.dollar)
        for start, end, value, currency in money:
            if not self._coins_sold(text, start, end) or not self.about_entity(sentence, start):
                continue
            clause_start, clause_end = self._clause(text, start, end)
            if self.lexicon.not_own.search(text, clause_start, clause_end):
                continue
            own = _own_period(mentions, clause_start, clause_end, start, False, self.lexicon)
            yield _Figure(sentence, BTC_SALE_PROCEEDS, value, own, False, False, currency, end)

    def _coins_sold(self, text: str, start: int, end: int) -> bool:
        """The sum at text[start:end] is what coins were sold for: "vendeu US$ 167 milhões de
        seus BTC"; Japanese, Korean "1억6,160만 달러 규모의 비트코인을 매도" (the verb after,
        not one "할 예정"; the sentence was judged by `not_own` already)."""
        if self.lexicon.cjk:
            worth = self.lexicon.sold_worth.match(text, end)
            return worth is not None and not self.lexicon.forecast.search(
                text, end, worth.end() + 8
            )
        return bool(
            _SALE_VERB.search(text, max(0, start - 25), start) and _OF_COINS.match(text, end)
        )

    def _figures(
        self,
        sentence: Segment,
        mentions: list[foreign_periods.Mention],
        numbers: list[tuple[int, int, Decimal]],
    ) -> Iterator[_Figure]:
        text = sentence.text
        base: tuple[int, str] | None = None  # a change's starting point: (its clause, metric)
        for index, (start, end, value) in enumerate(numbers):
            if value == 1 and _PER_COIN_COST.search(text, max(0, start - _PER_COIN_WINDOW), start):
                continue  # ("chi phí sản xuất 1 Bitcoin": what a cost is per)
            if not self.lexicon.cjk and foreign_said_last_week.said_last_week(text, start):
                continue  # ("gab letzte Woche bekannt, dass …": an announcement recalled)
            clause = self._clause(text, start, end)
            # "venduto tutti i 189,8 BTC minati durante la settimana": a sale of the whole
            whole = not self.lexicon.cjk and foreign_sold_all.sold(text, start)
            if self._not_a_figure(sentence, mentions, start, end, clause, whole):
                continue
            metric = self._first_metric(text, start, end, whole)
            if not self.lexicon.cjk and (
                foreign_bounds.change_from(text, clause[0], start, end)
                or foreign_bounds.moved_from(text, end)
            ):
                if metric is not None:  # ("de 1.775 BTC en el segundo trimestre de 2023 a 844")
                    base = (clause[0], metric)
                continue
            metric = self._settled_metric(text, start, end, clause[0], metric, base)
            if metric is None:
                continue
            if self.lexicon.language == "es" and foreign_es_moves.neither(text, start, end, metric):
                continue  # ("sacó 2.011 BTC de Coinbase", "acumula 2.500 BTC minados")
            own, writing = self._figure_period(text, mentions, numbers, index, clause, metric)
            if own is None and metric != BTC_HELD:
                own = self.carried  # ("また、ビットコイン生産量も…": the sentence before's)
            named_here = any(not mention.compared for mention in mentions)
            yield self._figure(sentence, metric, value, own, writing, (start, end), named_here)

    def _not_a_figure(
        self,
        sentence: Segment,
        mentions: list[foreign_periods.Mention],
        start: int,
        end: int,
        clause: tuple[int, int],
        whole: bool,
    ) -> bool:
        """The number is no figure of the company's period: a comparison's, a sector's or a
        forecast's, a base or a bound, another company's."""
        text = sentence.text
        clause_start, clause_end = clause
        if not self.lexicon.cjk and self._when_compared(text, mentions, clause_start):
            return True
        if not whole and self._unowned_clause(text, clause, start):
            return True
        # (the words before a figure end right at it: read a window, not the whole clause)
        before = max(clause_start, start - _BEFORE_FIGURE_WINDOW)
        if self.lexicon.after_figure.match(text, end) or self.lexicon.before_figure.search(
            text, before, start
        ):
            return True
        if foreign_bounds.below(text, start, end):  # "sotto i 1.000 BTC": a bound crossed
            return True
        if not self.lexicon.cjk and self._sector_or_part(sentence, clause_start, end):
            return True
        if self._held_by_other(sentence, start, end):
            return True
        if self._outdone_by(sentence, clause_start, start):
            return True
        # "55万5450BTCを保有するストラテジー": the holder named after its verb
        return self.lexicon.verb_after and self._named_after(sentence.start + end, clause_end - end)

    def _held_by_other(self, sentence: Segment, start: int, end: int) -> bool:
        """Another company is the figure's: named nearest before it, or the treasury it is
        told as is tied to one ("La tesorería de Strategy, de 640.000 BTC"; a name the reader
        does not know, as "Strategy", is another's too, the entity's own being known)."""
        owner = self.owner(sentence.start + start)
        if owner is not None and owner != self.entity:
            return True
        named = foreign_treasury_owner.holder(sentence.text, start, end)
        if named is None:
            return False
        index = bisect.bisect_left(self.positions, sentence.start + named[0])
        at_name = index < len(self.positions) and self.positions[index] < sentence.start + named[1]
        return not at_name or self.names[index][1] != self.entity

    def _first_metric(self, text: str, start: int, end: int, whole: bool) -> str | None:
        """The metric the figure's cue words name (a share's base: its production, or none)."""
        metric = BTC_SOLD if whole else self._metric(text, start, end)
        if not whole and not self.lexicon.cjk and foreign_sold_all.share_base(text, start):
            # "vendió 150 BTC de todos los 320 BTC producidos": the base of the share sold
            mined = foreign_sold_all.base_produced(text, end) or metric == BTC_PRODUCED
            metric = BTC_PRODUCED if mined else None
        return metric

    @staticmethod
    def _settled_metric(
        text: str,
        start: int,
        end: int,
        clause_start: int,
        metric: str | None,
        base: tuple[int, str] | None,
    ) -> str | None:
        """The metric of a figure no cue names, taken from a change's starting point or a
        threshold crossed; None for no figure (a change's waypoint)."""
        if metric is None and base is not None and base[0] == clause_start:
            metric = base[1]  # ("passou de 1.500 BTC … para 1.900 BTC": the same quantity)
        if metric is None and foreign_bounds.crossed(text, start, end):
            metric = BTC_HELD  # ("declara ter superado os 10.000 BTC": a threshold held)
        if metric is None or (metric == BTC_HELD and foreign_bounds.waypoint(text, end)):
            return None  # ("toccando 943,1 BTC, per poi azzerarsi": a change's starting point)
        return metric

    def _figure_period(
        self,
        text: str,
        mentions: list[foreign_periods.Mention],
        numbers: list[tuple[int, int, Decimal]],
        index: int,
        clause: tuple[int, int],
        metric: str,
    ) -> tuple[Period | None, bool]:
        """The period the figure's phrase, clause or set-off words name, and whether it is told
        "at the time of writing" (then no period: held now)."""
        start = numbers[index][0]
        clause_start, clause_end = clause
        own = self._phrase_period(text, mentions, numbers, index, clause)
        if own is None:
            own = _own_period(
                mentions, clause_start, clause_end, start, metric == BTC_HELD, self.lexicon
            )
        if own is None or not any(clause_start <= m.start < clause_end for m in mentions):
            own = self._set_off_period(text, mentions, clause_start) or own
        writing = _WRITING.search(text, max(0, start - _WRITING_WINDOW), start) is not None
        if metric == BTC_HELD and not self.lexicon.cjk and (own is None or not own.is_date):
            # ("… ha venduto 300 BTC e ora detiene 6.654 BTC": held now, not at the end of the
            # sentence's month, README decided case 14; "9月現在" is "as of" a month)
            previous = numbers[index - 1][1] if index else 0
            low = max(clause_start, previous, start - _NOW_WINDOW)
            writing = writing or _NOW.search(text, low, start) is not None
        return (None if writing else own), writing  # ("截至发稿时，该数字已超过1,500枚")

    def _figure(
        self,
        sentence: Segment,
        metric: str,
        value: Decimal,
        own: Period | None,
        writing: bool,
        span: tuple[int, int],
        named_here: bool,
    ) -> _Figure:
        """The figure with what its words say of it: reached by a change, at the period's end,
        held now, a further flow. `named_here`: the sentence names a period of its own. A level
        a change reached in a sentence that names none ("この売却は…保有量は…18,005BTCへと減少
        した") takes the report's period label, not its last day (README decided case 14's
        limit, as settled for u2-riot-2025-12 and n2-riot-2025-12); a remainder left by the
        period's flows ("1.959 BTC restantes") is its closing balance wherever it is told."""
        text = sentence.text
        start, end = span
        unit_before = _UNIT_BEFORE.search(text, max(0, start - _UNIT_BEFORE_WINDOW), start)
        changed = self.lexicon.reached.match(text, end) is not None or unit_before is not None
        reached = metric == BTC_HELD and (
            (named_here and changed) or LEFT.match(text, end) is not None
        )
        at_end, now_word = self._sentence_words(sentence)
        now = own is None and metric == BTC_HELD and (writing or now_word)
        more = _MORE.search(text, max(0, start - 10), start) is not None
        return _Figure(sentence, metric, value, own, reached, at_end, end=end, now=now, more=more)

    def _sentence_words(self, sentence: Segment) -> tuple[bool, bool]:
        """Whether the sentence names the period's end and says "now": read once per sentence,
        not once per figure (a long sentence of many figures would be read quadratically)."""
        if self.said is None or self.said[0] is not sentence:
            text = sentence.text
            at_end = self.lexicon.period_end.search(text) is not None
            self.said = (sentence, at_end, _NOW.search(text) is not None)
        return self.said[1], self.said[2]

    def _clause_words(self, text: str, clause: tuple[int, int]) -> tuple[bool, bool]:
        """Whether the clause's words make its figures none of the period's, and whether they
        forecast: read once per clause, not once per figure (a clause of many figures)."""
        if self.judged is None or self.judged[0] is not text:
            self.judged = (text, {})
        known = self.judged[1]
        if clause not in known:
            start, end = clause
            forecast = self.lexicon.forecast.search(text, start, end) is not None
            known[clause] = (self._not_own(text, start, end), forecast)
        return known[clause]

    def _not_own(self, text: str, start: int, end: int) -> bool:
        """Words in text[start:end] that make its figure no figure of the period, outside a
        change's own base ("um 51 Prozent gegenüber dem Vorjahr auf 616 Coins gesunken")."""
        bases = [m.span() for m in self.lexicon.change_base.finditer(text, start, end)]
        if self.lexicon.language == "de":  # ("von Juli bis September": a quarter, no "until")
            bases += self._quarter_spans(text)
        return any(
            not any(low <= m.start() < high for low, high in bases)
            for m in self.lexicon.not_own.finditer(text, start, end)
        )

    def _quarter_spans(self, text: str) -> list[tuple[int, int]]:
        """The spans of three months in the sentence: read once per sentence, not once per
        clause (a 46 KB sentence of a thousand clauses would be read quadratically)."""
        if self.quarters is None or self.quarters[0] is not text:
            spans = [m.span() for m, _, _ in quarter_spans(text, self.lexicon.months)]
            self.quarters = (text, spans)
        return self.quarters[1]

    def _when_compared(
        self, text: str, mentions: list[foreign_periods.Mention], clause_start: int
    ) -> bool:
        """The clause tells when the comparison's period just named was ("frente a mayo, cuando
        la empresa minó 690 BTC")."""
        if not clause_start or _WHEN.match(text, clause_start) is None:
            return False
        return any(
            mention.compared and clause_start - _WHEN_WINDOW <= mention.start < clause_start
            for mention in mentions
        )

    def _set_off_period(
        self, text: str, mentions: list[foreign_periods.Mention], clause_start: int
    ) -> Period | None:
        """Romance and German: a period set off by commas right before the figure's clause ("e,
        em maio, já havia vendido outros 200 BTC"): the clause before is the period alone."""
        if self.lexicon.cjk or not clause_start:
            return None
        previous = self._clause_before(text, max(0, clause_start - 2))
        inside = [m for m in mentions if previous <= m.start < clause_start and not m.compared]
        if len(inside) != 1:
            return None
        words = text[previous : inside[0].start].split()
        if len(words) <= 1 or self.lexicon.report_source.match(text, previous):
            return inside[0].period  # (or "Según sus resultados del primer trimestre, …")
        return None

    def _phrase_period(
        self,
        text: str,
        mentions: list[foreign_periods.Mention],
        numbers: list[tuple[int, int, Decimal]],
        index: int,
        clause: tuple[int, int],
    ) -> Period | None:
        """Romance and German: the period of the figure's own phrase when its clause holds
        another figure ("477 BTC en agosto y 484 BTC en julio", "im August 477 Bitcoin und im
        Juli 484 Bitcoin"): the first named after it up to a conjunction or the next figure,
        else the last before it back to a conjunction or the previous figure (a comparison's
        period too: its figure is then dropped as an earlier period's)."""
        if self.lexicon.cjk or not mentions:
            return None
        clause_start, clause_end = clause
        start, end, _ = numbers[index]
        previous = numbers[index - 1][1] if index else clause_start
        following = numbers[index + 1][0] if index + 1 < len(numbers) else clause_end
        if previous <= clause_start and following >= clause_end:
            return None  # the clause's only figure: the clause's period
        after_end = min(following, clause_end)
        joints = _CONJUNCTION_NL if self.lexicon.language == "nl" else _CONJUNCTION
        conjunction = joints.search(text, end, after_end)
        if conjunction is not None:
            after_end = conjunction.start()
        before_start = max(previous, clause_start)
        for m in joints.finditer(text, before_start, start):
            before_start = m.end()
        for mention in mentions:
            if end <= mention.start < after_end:
                return mention.period
        before = [mention for mention in mentions if before_start <= mention.start < start]
        return before[-1].period if before else None

    def _zeros(
        self, sentence: Segment, mentions: list[foreign_periods.Mention]
    ) -> Iterator[_Figure]:
        text = sentence.text
        for metric, pattern in (
            (BTC_SOLD, self.lexicon.zero_sold),
            (BTC_HELD, self.lexicon.zero_held),
        ):
            m = pattern.search(text)
            if m is None or not _TREASURY_WORD.search(text):  # ("did not sell any shares")
                continue
            # (the forecast words of the zero's own clause: "한 개도 매도하지 않았으며, 장기
            # 보유해야 한다는 입장": the obligation is the next clause's, the zero stands)
            clause_start, clause_end = self._clause(text, m.start(), m.end())
            if not self.about_entity(sentence, m.start()) or self.lexicon.forecast.search(
                text, clause_start, clause_end
            ):
                continue
            if self._other_inside(sentence.start + m.start(), sentence.start + m.end()):
                continue  # "Le riserve di bitcoin di Bitdeer sono pari a zero": Bitdeer's zero
            own = _own_period(mentions, 0, len(text), m.start(), metric == BTC_HELD, self.lexicon)
            yield _Figure(sentence, metric, Decimal(0), own, False, False)

    def _other_inside(self, start: int, end: int) -> bool:
        """Another company is named inside text[start:end], the last name there (a zero's
        phrase that names its holder: not a list of subjects before the phrase)."""
        index = bisect.bisect_left(self.positions, end) - 1
        return index >= 0 and self.positions[index] >= start and self.names[index][1] != self.entity

    def _in_purpose(self, text: str, sale_end: int, start: int) -> bool:
        """Is the sum at `start` told in a purpose's clause after the sale ("… untuk
        meningkatkan likuiditas hampir US$100 juta"), not after it in a clause of its own
        ("untuk mendukung operasi, dengan hasil penjualan sebesar US$30 juta": proceeds)?"""
        purposes = list(_PURPOSE.finditer(text, sale_end, start))
        return bool(purposes) and self._clauses_between(text, purposes[-1].end(), start) == 0

    def _clauses_between(self, text: str, start: int, end: int) -> int:
        """The clause marks in text[start:end], a comma inside a number ("5,180") not one."""
        return sum(
            1
            for m in self.clause.finditer(text, start, end)
            if not (m.group() == "," and text[m.end() : m.end() + 1].isdigit())
        )

    def _outdone_by(self, sentence: Segment, clause_start: int, start: int) -> bool:
        """ "MARA superó a Riot, que produjo 477 BTC en agosto, con 705 BTC": a "with" figure
        of a sentence where another company outdid this one is that company's."""
        text = sentence.text
        if not _WITH.match(text, clause_start, start):
            return False
        surpass = _SURPASS.search(text, 0, clause_start)
        if surpass is None:
            return False
        subject = self.owner(sentence.start + surpass.start())
        return subject is not None and subject != self.entity

    def _named_after(self, position: int, within: int) -> bool:
        """Another company is named in the clause shortly after `position`."""
        index = bisect.bisect_left(self.positions, position)
        limit = position + min(within, _NAMED_AFTER)
        while index < len(self.positions) and self.positions[index] < limit:
            if self.names[index][1] != self.entity:
                return True
            index += 1
        return False

    def _unowned_clause(self, text: str, clause: tuple[int, int], start: int) -> bool:
        """The clause's words make the figure at `start` none of the period's, or forecast it;
        not words set apart in parentheses with coins of their own ("268 BTC (una produzione
        media giornaliera di 8,9 BTC)")."""
        unowned, forecast = self._clause_words(text, clause)
        if unowned and not (
            not self.lexicon.cjk
            and foreign_parentheses.set_apart(text, clause, start, self.lexicon.not_own)
        ):
            self.unowned = True  # (a sentence pointing back to it is not its own either)
            return True
        return forecast

    def _sector_or_part(self, sentence: Segment, clause_start: int, end: int) -> bool:
        """Romance, German, Russian, …: the figure's clause goes on with a sector's subject in a
        sentence naming no company ("майнинг-компании продали …, а в июне … до рекордных 14 600
        BTC"), or the figure is the unrestricted part of a total told after it ("4 200 bitcoins
        sans restriction et de 11 757 bitcoins au total")."""
        text = sentence.text
        if foreign_sector_subject.goes_on(text, clause_start) and not self._names_any(sentence):
            return True
        return foreign_unrestricted.part(text, end)

    def _names_any(self, sentence: Segment) -> bool:
        """A miner's name starts inside the sentence."""
        index = bisect.bisect_left(self.positions, sentence.start)
        return index < len(self.positions) and self.positions[index] < sentence.end

    def about_entity(self, sentence: Segment, offset: int) -> bool:
        """The sentence names the company, or names no other one before the phrase."""
        named = {
            ticker for position, ticker in self.names if sentence.start <= position < sentence.end
        }
        if self.entity in named:
            return True
        owner = self.owner(sentence.start + offset)
        return owner is None or owner == self.entity

    def _numbers(self, text: str) -> Iterator[tuple[int, int, Decimal]]:
        """(start, end, value) of every number with a bitcoin unit; `end` after the unit."""
        for start, end, value in self._found(text):
            coins = self._coins(text, start, end)
            if coins is not None:
                yield start, coins, value

    def _found(self, text: str) -> Iterator[tuple[int, int, Decimal]]:
        """Every number in the lexicon's way of writing them, "mil" multiplied out; not the
        tail of a longer one."""
        if self.lexicon.cjk:
            found = (
                (m.start(), m.end(), foreign_numbers.cjk_value(m))
                for m in foreign_numbers.CJK_NUMBER.finditer(text)
                if m.group()
            )
        else:
            found = (
                (m.start(), m.end(), foreign_numbers.romance_value(m.group()))
                for m in self.number.finditer(text)
            )
        for start, end, value in found:
            if value is None or (start and (text[start - 1].isdigit() or text[start - 1] in ".,")):
                continue
            thousand = None if self.lexicon.cjk else _THOUSAND.match(text, end)
            if thousand is not None:  # "detém 19,3 mil BTC"
                value = (value * 1000).normalize()
                value = value.quantize(1) if value == value.to_integral_value() else value
                end = thousand.end()
            yield start, end, value

    def _coins(self, text: str, start: int, end: int) -> int | None:
        """Where the number's bitcoin unit ends (at the number's end when the coins are told
        before it or by a pronoun), or None: no count of coins."""
        adjective = self.lexicon.adjective.match(text, end)  # "533 geminten Bitcoin"
        if adjective is None and self.lexicon.cjk:
            adjective = _CJK_MORE_THAN.match(text, end)  # "2万以上のビットコイン": a bound
        unit = _UNIT.match(text, adjective.end() if adjective else end)
        if unit is not None:
            return unit.end()
        if adjective is not None:
            return None
        counter = _COUNTER.match(text, end)
        if (
            counter is not None
            and not _OTHER_COIN.match(text, counter.end())
            and _BITCOIN_WORD.search(text, max(0, start - 20), counter.end() + 20)
        ):
            return counter.end()
        if self.lexicon.cjk and _CJK_LABEL.search(text, max(0, start - _CJK_LABEL_WINDOW), start):
            return end  # ("ビットコイン保有量:7327": a list's line names the coins before)
        if _ANAPHORA.match(text, end) or (  # "390 di questi sono stati venduti"
            self.lexicon.language == "it" and _CLITIC.search(text, max(0, start - 30), start)
        ):  # "e ne detiene ora 19.309"
            return end
        if not self.lexicon.cjk and self._unit_before(text, start, end):
            return end
        return None

    @staticmethod
    def _unit_before(text: str, start: int, end: int) -> bool:
        """Are the coins of the bare number at text[start:end] named before it ("la sua scorta
        totale di BTC a 9.334", "…, enquanto em agosto parou em 322", "47,531 Bitcoins, cifra
        que aumentó a 48,237")?"""
        if _NOT_COINS.match(text, end):
            return False
        if _UNIT_BEFORE.search(text, max(0, start - _UNIT_BEFORE_WINDOW), start):
            return True
        return bool(
            _CONTRAST.search(text, max(0, start - _CONTRAST_WINDOW), start)
            or foreign_bounds.moved_to(text, start)
        ) and bool(_UNIT.search(text, 0, start))

    def _clause(self, text: str, start: int, end: int) -> tuple[int, int]:
        starts = self._marks(text)[0]
        index = bisect.bisect_left(starts, end)
        return self._clause_before(text, start), (
            starts[index] if index < len(starts) else len(text)
        )

    def _clause_before(self, text: str, position: int) -> int:
        """Where the clause holding `position` starts: the end of the last clause mark ending at
        or before it."""
        ends = self._marks(text)[1]
        index = bisect.bisect_right(ends, position) - 1
        return ends[index] if index >= 0 else 0

    def _marks(self, text: str) -> tuple[list[int], list[int]]:
        """Where the sentence's clause marks start and end, found once per sentence (the marks
        are of fixed length; scanning the sentence for every figure is quadratic)."""
        if self.marks is None or self.marks[0] is not text:
            spans = [m.span() for m in self.clause.finditer(text)]
            self.marks = (text, [a for a, _ in spans], [b for _, b in spans])
        return self.marks[1], self.marks[2]

    def _metric(self, text: str, start: int, end: int) -> str | None:
        """The metric named by the nearest cue on the verb's side, else the other side."""
        if self.lexicon.either_side:
            return self._either_side(text, start, end)
        after = _nearest(self.lexicon, text, end, min(len(text), end + _CUE_AFTER), first=True)
        before_window = _CUE_AFTER if not self.lexicon.verb_after else _CUE_BEFORE
        before = _nearest(self.lexicon, text, max(0, start - before_window), start, first=False)
        if self.lexicon.verb_after:
            # a cue past the figure's clause is the next clause's verb when the figure's subject
            # names its metric before it ("새로 채굴한 비트코인은 460BTC에 달했지만, 실제
            # 매도량은…", "채굴량은 … 1406 BTC를 기록했으며, … 보유량은")
            if after is not None and before is not None and self._past_clause(text, end):
                return _METRICS[before] if before != BOUGHT else None
            chosen = after or before
        else:
            chosen = before or after
        if chosen is None and self.lexicon.level_to.search(
            text, max(0, start - _LEVEL_WINDOW), start
        ):  # the level a change reached: its clause's noun names the metric
            chosen = _nearest(
                self.lexicon, text, self._clause(text, start, end)[0], start, first=False
            )
        if chosen is None or chosen == BOUGHT:
            return None
        return _METRICS[chosen]

    def _past_clause(self, text: str, end: int) -> bool:
        """Japanese, Korean: the first cue after the figure lies past its clause's end (a comma
        inside a number, "8만8,870", ends no clause)."""
        limit = min(len(text), end + _CUE_AFTER)
        cue = _nearest_start(self.lexicon, text, end, limit)
        for m in self.clause.finditer(text, end, limit if cue is None else cue):
            if not (
                text[m.start() - 1 : m.start()].isdigit() and text[m.end() : m.end() + 1].isdigit()
            ):
                return True
        return False

    def _either_side(self, text: str, start: int, end: int) -> str | None:
        """German: a participle in the figure ("574 geschürften Bitcoin") or right after it
        ("380 Bitcoin geschürft"), else the nearest cue before, else the first after."""
        direct = _DIRECT_AFTER.match(text, end).end()
        if foreign_verb_last.held_relative(text, direct):
            return BTC_HELD  # ("… Bitcoins, die am 30. Juni in Verwahrung … waren")
        chosen = _nearest(self.lexicon, text, start, direct, first=True)  # the adjective
        if chosen is None:
            for metric, pattern in self.lexicon.cues:
                if pattern.match(text, direct):
                    chosen = metric
                    break
        if chosen is None:
            chosen = _nearest(self.lexicon, text, max(0, start - _CUE_AFTER), start, first=False)
        if (
            chosen is None
            and _LEVEL_BEFORE.search(text, max(0, start - 20), start)
            and _LEVEL_CHANGED.match(text, end)
        ):  # the clause's subject changed to the figure
            clause_start = self._clause(text, start, end)[0]
            chosen = _nearest(self.lexicon, text, clause_start, start, first=False)
        if chosen is None:  # ("…, dass sie … 3.000 BTC und damit … Reserven verkaufte.")
            chosen = foreign_verb_last.metric(text, start, end, self.lexicon.cues)
        if chosen is None:
            after_end = min(len(text), end + _CUE_AFTER)
            chosen = _nearest(self.lexicon, text, end, after_end, first=True, own=True)
        if chosen is None or chosen == BOUGHT:
            return None
        if chosen == PRODUCED and self._earned_by_service(text, *self._clause(text, start, end)):
            return None
        return _METRICS[chosen]

    def _earned_by_service(self, text: str, start: int, end: int) -> bool:
        """German: coins earned ("verdiente") are coins mined, but not coins a service earned
        ("Mit dem Hosting für Kunden verdiente Riot … 40 Bitcoins"): fees, told in a clause
        with no other word of mining ("schürfte 255 BTC und verdiente mit Hosting …" mined)."""
        if _SERVICE.search(text, start, end) is None:
            return False
        produced = dict(self.lexicon.cues)[PRODUCED]
        cues = list(produced.finditer(text, start, end))
        return bool(cues) and all(_EARNED.fullmatch(m.group()) for m in cues)


# German: earnings from a service (hosting) are its fees, not coins mined
_SERVICE = re.compile(r"Hosting|Dienstleistung|Gebühr", re.I)
_EARNED = re.compile(r"verdient\w*", re.I)


# German: a level a change reached ("die Bitcoin-Produktion war … um 51 Prozent gegenüber dem
# Vorjahr auf 616 Coins gesunken"): the noun the clause began with names its metric, however far
_LEVEL_BEFORE = re.compile(r"\bauf\s+(?:rund\s+|etwa\s+|stolze\s+|nur\s+noch\s+)?$", re.I)
_LEVEL_CHANGED = re.compile(
    r"\s*(?:gesunken|gestiegen|angestiegen|gefallen|angewachsen|gewachsen|geklettert|"
    r"zurückgegangen|geschrumpft)\b",
    re.I,
)


_LEVEL_WINDOW = 100  # a change's verb, its starting point and "to" before the level reached


# A figure right before a cue, coins right after it: the cue is that figure's adjective ("320
# geschürften BTC"; not "80 Prozent seiner Bestände verscherbeln", a share's verb).
_FIGURE_BEFORE = re.compile(r"\d\s+$")
_COINS_AFTER = re.compile(r"\w*\s?(?:BTCs?|[Bb]itcoins?)\b")


def _nearest(
    lexicon: Lexicon, text: str, start: int, end: int, *, first: bool, own: bool = False
) -> str | None:
    """The cue nearest the figure in text[start:end]: the first one after, the last before.
    `own`: not a cue that is another figure's adjective ("150 BTC von allen 320 geschürften
    BTC verkauft": the 150 was sold; the mining is the 320's)."""
    best: tuple[int, str] | None = None
    for metric, pattern in lexicon.cues:
        for m in pattern.finditer(text, start, end):
            if (
                own
                and _FIGURE_BEFORE.search(text, max(start, m.start() - 3), m.start())
                and _COINS_AFTER.match(text, m.end())
            ):
                continue
            distance = m.start() - start if first else end - m.end()
            if best is None or distance < best[0]:
                best = (distance, metric)
            if first:
                break
    return best[1] if best else None


def _nearest_start(lexicon: Lexicon, text: str, start: int, end: int) -> int | None:
    """Where the first cue in text[start:end] starts."""
    found = [m.start() for _, pattern in lexicon.cues if (m := pattern.search(text, start, end))]
    return min(found, default=None)


def _latest_of_each_flow(figures: list[_Figure]) -> list[_Figure]:
    """ "지난 10월 615개…생산했지만 11월에는 472개…": of one sentence's flows of one metric,
    those of an earlier period than another's are its comparison."""
    latest: dict[str, Period] = {}
    for figure in figures:
        if figure.metric != BTC_HELD and figure.own is not None:
            known = latest.get(figure.metric)
            if known is None or figure.own.last_day() > known.last_day():
                latest[figure.metric] = figure.own
    return [
        figure
        for figure in figures
        if figure.metric == BTC_HELD
        or figure.own is None
        or figure.more
        or figure.own.last_day() >= latest[figure.metric].last_day()
    ]


def _tied_holdings(figures: list[_Figure]) -> list[_Figure]:
    """ "di aver prodotto 160 BTC a giugno, di averne venduti 58 e di detenere 1.063 BTC": a
    holding told in one sentence with the flows of a named month or quarter, no date or "now"
    of its own, is held at that period's end (README decided case 14)."""
    periods = {
        figure.own
        for figure in figures
        if figure.metric != BTC_HELD and figure.own is not None and not figure.own.is_date
    }
    if len(periods) != 1:
        return figures
    (period,) = periods
    return [
        replace(figure, own=period)
        if figure.metric == BTC_HELD and figure.own is None and not figure.now
        else figure
        for figure in figures
    ]


def _own_period(
    mentions: list[foreign_periods.Mention],
    clause_start: int,
    clause_end: int,
    position: int,
    held: bool,
    lexicon: Lexicon,
) -> Period | None:
    """The period the figure's clause names (in Japanese and Korean the one nearest before
    the figure: "10月 615개…했지만 11월에는 472개"), else (a date only, for a holding) its
    sentence's."""
    own = [mention for mention in mentions if not mention.compared]
    in_clause = [mention for mention in own if clause_start <= mention.start < clause_end]
    if lexicon.verb_after:
        before = [mention for mention in in_clause if mention.start < position]
        if before:
            return before[-1].period
    if in_clause:
        return in_clause[0].period
    for mention in own:
        if not held or mention.period.is_date:
            return mention.period
    return None
