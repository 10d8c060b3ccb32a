"""The words of bitcoin-miner news in French, Russian, Indonesian, Vietnamese, Arabic, Czech
and Finnish.

The lexicons of `foreign_words` in the shape it defines (cue words of a figure's metric, zero
sales and nil holdings in words, what makes a figure no figure of the period, month and
quarter words), for the languages crypto news is most often rewritten in after the first
seven (cryptonews.net/fr, forklog, bits.media, coinvestasi, tapchibitcoin, …):

    "Au total, 3 000 BTC ont été vendus la semaine dernière"  → btc_sold 3000
    "на балансе компании было 24 биткоина"                     → btc_held 24
    "perusahaan menambang 412 BTC pada bulan Agustus"          → btc_produced 412, August
    "sản lượng hàng tháng là 705 Bitcoin"                      → btc_produced 705
    "باعت الشركة 500 بيتكوين في أغسطس"                          → btc_sold 500, August

All seven put the verb before its object, like the Romance languages ("a vendu 3 000 BTC",
"добыла 412 BTC"), and read the cue after the figure when none comes before ("3 000 BTC ont
été vendus"). French, Russian, Czech and Finnish group thousands with a space ("3 349 BTC",
"6 250"); Indonesian and Vietnamese with a dot, like Spanish ("1.500 BTC", "6,1"); Arabic
copy prints Western digits as English does ("9.7", "1,500"). `LEXICONS` is every language
the BTC reader reads.
"""

from __future__ import annotations

import re

from .foreign_expected import AGAINST_FR
from .foreign_words import LEXICONS as _FIRST_SEVEN
from .foreign_words import Lexicon

_I = re.I


def _cues(**words: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each metric's cue words, compiled case-blind."""
    return tuple((metric, re.compile(pattern, _I)) for metric, pattern in words.items())


def _months(names: str) -> dict[str, int]:
    return {name: number for number, name in enumerate(names.split(), start=1)}


def _inflected(stems: str) -> dict[str, int]:
    """Russian month names in the cases a date uses: "октябрь", "октября", "октябре" (a stem
    and its three endings, "-" for none: "март", "марта", "марте")."""
    forms: dict[str, int] = {}
    for number, spelled in enumerate(stems.split(), start=1):
        stem, endings = spelled.split(":")
        for ending in endings.split(","):
            forms[stem + ending.strip("-")] = number
    return forms


_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

_FR = Lexicon(
    language="fr",
    cjk=False,
    verb_after=False,
    cues=_cues(
        bought=r"\b(?:achet[ée]\w*|acquis\w*|acqu[ée]r\w*|acquièr\w*|acquisition\s+de|achat\s+de)",
        sold=r"\b(?:vendu[es]?|vend|vendait|vendaient|vendant|cédé\w*|liquidé\w*|vente\s+de)\b",
        # (an infinitive after "à" is a done thing too: "est parvenue à miner plus de 400 BTC le
        # mois écoulé, ce qui lui permet d'avoir … une réserve de 5 646 bitcoins", "a réussi à
        # miner"; not "prévoit de miner", a plan)
        produced=r"\b(?:produit|produits|miné\w*|extrait\w*|exploité\w*|généré\w*|production\s+de|"
        r"(?<=\sà\s)(?:miner|produire|extraire))\b",
        held=r"\b(?:détient|détenait|détenus?|possède|possédait|réserves?|avoirs|trésorerie|"
        r"bilan|dispos(?:e|ait)\s+de)\b",
    ),
    zero_sold=re.compile(
        r"\bn['’]a\s+(?:pas|jamais)\s+vendu\b|\bn['’]a\s+vendu\s+aucun|"
        r"\baucun\s+(?:bitcoin|BTC)\s+n['’]a\s+été\s+vendu|"
        r"\bconserv\w+\s+(?:l['’]intégralité|la\s+totalité|100\s?%)\s+de\s+sa\s+production",
        _I,
    ),
    zero_held=re.compile(
        r"\bne\s+(?:détient|possède)\s+plus\s+aucun\s+bitcoin|"
        r"\bvendu\s+(?:la\s+totalité\s+de\s+|l['’]intégralité\s+de\s+|tous\s+)ses\s+bitcoins?",
        _I,
    ),
    after_figure=re.compile(r"\s*(?:BTC|bitcoins?)?\s*de\s+(?:moins|plus)\b", _I),
    before_figure=re.compile(
        r"(?:par\s+rapport\s+(?:à|au|aux)|comparé\w*\s+(?:à|au|aux)|contre)\s+"
        r"(?:les\s+|l['’])?[^,;]{0,12}$",
        _I,
    ),
    # "déjà" (already): a running total, or an earlier sale the story recalls ("une semaine
    # après que Bitfarms ait déjà vendu 1 500 BTC"); a figure told in a when-clause after a
    # period is that period's ("…moins qu'en avril, lorsque la société avait miné 593 BTC"),
    # in every language here
    not_own=re.compile(
        r"par\s+jour|quotidien\w*|journali\w+|par\s+semaine|hebdomadaire\w*|"
        r"depuis\s+(?:le\s+)?début\s+de\s+l['’]année|depuis\s+(?:sa|son|le|la)\b|cumul\w*|"
        r"\bdéjà\b|prévoi\w*|prévu\w*|s['’]attend|objectif|secteur|industrie|"
        r"\bles\s+mineurs\b|coentreprise|joint\s+venture|en\s+moyenne|\bensemble\b|"
        r"(?<=,\s)(?:lorsque|quand)\b",
        _I,
    ),
    change_base=re.compile(AGAINST_FR, _I),
    period_end=re.compile(
        r"(?:à\s+la\s+fin|en\s+fin|au\s+terme)\s+du\s+(?:trimestre|mois|période|exercice)", _I
    ),
    compared=re.compile(
        r"(?:par\s+rapport\s+(?:à|au|aux)|comparé\w*\s+(?:à|au|aux)|"
        r"\b(?:plus|moins)\s+(?:\w+\s+)?qu['’](?:en|au)\b)",
        _I,
    ),
    months=_months(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    )
    | {"fevrier": 2, "aout": 8, "decembre": 12},
    quarters={"premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4},
    last_month=re.compile(r"\ble\s+mois\s+(?:dernier|précédent)\b", _I),
    last_year=re.compile(r"\bl['’](?:année\s+dernière|an\s+dernier)\b", _I),
    spaced=True,
)

_RU = Lexicon(
    language="ru",
    cjk=False,
    verb_after=False,
    cues=_cues(
        bought=r"\b(?:купил\w*|куплен\w*|приобр[её]л\w*|приобретен\w*|покупк\w*)",
        # (also dumped, got rid of, sold off: "сбросила 10 тыс. BTC", "избавилась от 2 тыс. BTC")
        sold=r"\b(?:продал\w*|продан\w*|прода[её]т|продаж\w*|реализовал\w*|распродал\w*|"
        r"сбросил\w*|сбросивш\w*|сброшен\w*|избавил\w*|избавивш\w*)",
        produced=r"\b(?:добыл\w*|добыт\w*|добыч\w*|намайнил\w*|смайнил\w*|произв[её]л\w*|"
        r"произведен\w*)",
        held=r"\b(?:владеет|владел\w*|держит|держал\w*|хранит|хранил\w*|на\s+балансе|"
        r"резерв\w*|запас\w*|в\s+казначействе|у\s+\w+\s+(?:было|есть|имеется|имелось))",
    ),
    zero_sold=re.compile(
        r"\bне\s+продал\w*\s+(?:\w+\s+)?(?:ни\s+одного|ни\s+одной|ничего)|\bне\s+продавал\w*|"
        r"\bни\s+одного\s+(?:биткоина|биткойна|BTC)\s+не\s+(?:было\s+)?продан",
        _I,
    ),
    zero_held=re.compile(
        r"\bне\s+(?:владеет|имеет)\s+(?:больше\s+)?(?:ни\s+одним\s+)?биткоин|"
        r"\bпродал\w*\s+все\s+(?:свои\s+)?(?:биткоин\w*|биткойн\w*|BTC|резерв\w*)|"
        # its reserves wholly sold or taken out ("полностью вывела свои запасы биткоинов")
        r"\bполностью\s+(?:вывел\w*|продал\w*|распродал\w*|ликвидировал\w*)\s+(?:свои\s+|все\s+)?"
        r"(?:запасы|резервы)\s+(?:биткоин\w*|биткойн\w*|BTC)",
        _I,
    ),
    after_figure=re.compile(r"\s*(?:BTC|биткоин\w*|биткойн\w*)?\s*(?:больше|меньше)\b", _I),
    # a comparison's base, and a change told as "by N" ("увеличила запасы на 50 BTC")
    before_figure=re.compile(
        # ("меньше, чем 443 BTC": the base after "than")
        r"(?:по\s+сравнению\s+с|против|вместо|\bчем)\s+[^,;]{0,12}$|"
        r"(?:увеличил\w*|сократил\w*|уменьшил\w*|вырос\w*|снизил\w*)\s+(?:\w+\s+){0,3}?на\s+$",
        _I,
    ),
    not_own=re.compile(
        r"в\s+день|ежедневн\w*|в\s+среднем|в\s+неделю|еженедельн\w*|с\s+начала\s+года|"
        r"за\s+всю\s+историю|\bуже\b|совокупн\w*|в\s+сумме|вместе|планиру\w*|ожида\w*|"
        r"прогноз\w*|намерен\w*|\bцел[ьи]\b|отрасл\w*|сектор\w*|"
        # the miners of a sector, not "ее майнеры добыли 318 биткоинов" (its machines)
        r"(?<!е[её]\s)(?<!его\s)(?<!их\s)(?<!свои\s)\bмайнер(?:ы|ов|ам)\b|"
        r"совместн\w+\s+предприяти\w*|(?<=,\s)когда\b|"
        # a span of months that is no period ("сбросившая за два месяца 10 тыс. BTC"), the
        # mining companies of a sector ("майнинг-компании продали …")
        r"\bза\s+(?:два|три|четыре|пять|шесть|несколько|последние)\s+(?:\w+\s+)?месяц\w*|"
        r"\bмайнинг-компани(?:и|й|ям|ями|ях)\b",
        _I,
    ),
    period_end=re.compile(
        r"(?:на|в)\s+(?:конец|конце)\s+(?:квартала|месяца|периода)|по\s+итогам\s+(?:квартала|месяца)",
        _I,
    ),
    compared=re.compile(r"по\s+сравнению\s+с|против|относительно|\bчем\b", _I),
    months=_inflected(
        "январ:ь,я,е феврал:ь,я,е март:-,а,е апрел:ь,я,е ма:й,я,е июн:ь,я,е июл:ь,я,е "
        "август:-,а,е сентябр:ь,я,е октябр:ь,я,е ноябр:ь,я,е декабр:ь,я,е"
    ),
    # the ordinal's stem ("во втором квартале", "третий квартал"): `foreign_periods` reads
    # the ending as part of the word
    quarters={"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4} | _ROMAN_QUARTERS,
    last_month=re.compile(r"\bв\s+прошлом\s+месяце\b|\bпрошлого\s+месяца\b", _I),
    last_year=re.compile(r"\bв\s+прошлом\s+году\b|\bпрошлого\s+года\b", _I),
    spaced=True,
    # a level told by "with a figure of", "down to the mark of" ("по объемам запасов она
    # откатилась … с текущим показателем в 2 тыс. BTC"): the metric of the clause's noun
    level_to=re.compile(
        r"\b(?:с|до)\s+(?:текущ\w+\s+|нынешн\w+\s+)?(?:показател\w+|уровн\w+|отметк\w+)"
        r"\s+(?:в\s+)?(?:около\s+|почти\s+)?$",
        _I,
    ),
)

_ID = Lexicon(
    language="id",
    cjk=False,
    verb_after=False,
    cues=_cues(
        bought=r"\b(?:membeli|dibeli|pembelian|mengakuisisi|akuisisi)\b",
        sold=r"\b(?:menjual|dijual|terjual|penjualan|melepas)\b",
        produced=r"\b(?:menambang|ditambang|memproduksi|diproduksi|menghasilkan|dihasilkan|"
        r"produksi)\b",
        # (not "50 persen cadangan BTC mereka, setara 3 ribu BTC": the reserves are the share's
        # base, and the figure is the share sold)
        held=r"\b(?:memiliki|dimiliki|memegang|dipegang|menyimpan|"
        r"(?<!persen\s)(?<!persen\sdari\s)cadangan\w*|kepemilikan\w*|neraca)\b",
    ),
    zero_sold=re.compile(
        r"\btidak\s+(?:pernah\s+)?menjual\b|\btidak\s+ada\s+(?:bitcoin|BTC)\s+yang\s+dijual", _I
    ),
    zero_held=re.compile(
        r"\btidak\s+lagi\s+memiliki\s+(?:satu\s+pun\s+)?bitcoin|"
        r"\bmenjual\s+(?:seluruh|semua)\s+(?:cadangan\s+|kepemilikan\s+)?(?:bitcoin|BTC)",
        _I,
    ),
    after_figure=re.compile(r"\s*(?:BTC|bitcoin)?\s*lebih\s+(?:banyak|sedikit)\b", _I),
    # (also the base told after "than": "lebih rendah daripada di awal tahun, yaitu 4.300 BTC")
    before_figure=re.compile(
        # (not a bound's "lebih dari 50.000 Bitcoin", more than: a bound keeps its number)
        r"(?:dibandingkan(?:\s+dengan)?|(?<!\blebih\s)(?<!\bkurang\s)dari)\s+[^,;]{0,12}$|"
        r"\bdaripada\s+[^;.]{0,40}$|"
        # a change's amount ("naik lebih dari 100 BTC menjadi 750 BTC"): the level it reached
        # is the figure, not the step
        r"\b(?:naik|turun|bertambah|berkurang|meningkat|menurun)\s+(?:lebih\s+dari\s+|sekitar\s+)?$",
        _I,
    ),
    not_own=re.compile(
        # a rate: "14 BTC per hari", "1.260 BTC setiap tiga bulan"
        r"per\s+hari|setiap\s+(?:(?:dua|tiga|empat|enam|\d{1,2})\s+)?"
        r"(?:hari|minggu|pekan|bulan|kuartal|tahun)|harian|per\s+minggu|mingguan|"
        # the miners of a country, no company named ("penambang di AS melakukan hal serupa"):
        # a sector's figure (not "penambang … di Kanada, Bitfarms,": an apposition; not
        # "perusahaan penambang asal Kanada itu": the company pointed back to; not "penambang
        # asal AS Riot Platforms", "asal Texas (AS) Riot": a name after the country, the subject;
        # the country of one or two words, "Amerika Serikat", "Korea Selatan")
        r"\bpenambang\s+(?:(?:bitcoin|BTC)\s+)?(?:lain(?:nya)?\b|(?:di|asal|dari)\s+\w+"
        r"(?:\s+(?:Serikat|Selatan|Utara|Saudi|Kong|Raya|Arab))?(?:\s+\(\w+\))?\b(?!\s*,)(?!\s+(?:itu|tersebut|ini)\b)"
        r"(?!\s+(?:\(\w+\)\s+)?(?-i:[A-Z])))|"
        r"sejak\s+awal\s+tahun|\bsejak\b|kumulatif|berencana|rencana|memperkirakan|menargetkan|"
        # a trailing year, no named period: "menjual 2.595 BTC selama setahun terakhir"
        r"(?:selama|dalam)\s+(?:setahun|satu\s+tahun|12\s+bulan|dua\s+belas\s+bulan)\s+terakhir|"
        r"diperkirakan|\btarget\b|industri|sektor|para\s+penambang|usaha\s+patungan|"
        r"(?<=,\s)ketika\b",
        _I,
    ),
    period_end=re.compile(r"akhir\s+(?:kuartal|triwulan|bulan|periode)", _I),
    # (and a "since" phrase's month: "sejak November 2021" dates no figure)
    compared=re.compile(
        r"dibandingkan|dibanding|\bsejak\s+(?:awal\s+|akhir\s+)?(?:bulan\s+)?$", _I
    ),
    months=_months(
        "januari februari maret april mei juni juli agustus september oktober november desember"
    ),
    quarters={"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4} | _ROMAN_QUARTERS,
    last_month=re.compile(r"\bbulan\s+lalu\b", _I),
    last_year=re.compile(r"\btahun\s+lalu\b", _I),
    level_to=re.compile(
        r"\b(?:berkurang|bertambah|naik|turun|meningkat|menurun|merosot|melonjak|menyusut)\b"
        r"[^;]{0,60}?\bmenjadi\s+(?:total\s+|sekitar\s+|hanya\s+)?$",
        _I,
    ),
    back_reference=re.compile(
        r"\b(?:penjualan|penambangan|produksi|pembelian|hal|langkah)\s+(?:itu|tersebut)\b", _I
    ),
)

_VI = Lexicon(
    language="vi",
    cjk=False,
    verb_after=False,
    cues=_cues(
        bought=r"\bmua(?:\s+vào|\s+thêm)?\b",
        sold=r"\b(?:bán(?:\s+ra)?|thanh\s+lý)\b",
        produced=r"\b(?:khai\s+thác(?:\s+được)?|sản\s+xuất(?:\s+được)?|sản\s+lượng)\b",
        held=r"\b(?:nắm\s+giữ|sở\s+hữu|dự\s+trữ|đang\s+giữ)\b",
    ),
    zero_sold=re.compile(r"\bkhông\s+(?:hề\s+)?bán\b", _I),
    zero_held=re.compile(
        r"\bkhông\s+còn\s+(?:nắm\s+giữ|sở\s+hữu)\s+(?:bất\s+kỳ\s+)?(?:bitcoin|BTC)|"
        r"\bbán\s+(?:toàn\s+bộ|tất\s+cả)\s+(?:số\s+)?(?:bitcoin|BTC)",
        _I,
    ),
    after_figure=re.compile(r"\s*(?:BTC|bitcoin)?\s*(?:ít|nhiều)\s+hơn\b", _I),
    before_figure=re.compile(r"(?:so\s+với|từ)\s+(?:mức\s+)?[^,;]{0,12}$", _I),
    # "hàng tháng" (monthly) is the period's own output, not a rate; "trung bình" (average)
    # is also a price's ("với giá trung bình"): a daily rate says "mỗi ngày"
    not_own=re.compile(
        r"mỗi\s+ngày|hàng\s+ngày|mỗi\s+tuần|hàng\s+tuần|từ\s+đầu\s+năm|lũy\s+kế|"
        r"dự\s+kiến|kế\s+hoạch|mục\s+tiêu|\bngành\b|liên\s+doanh|(?<=,\s)khi\b|"
        r"\bcác\s+(?:công\s+ty|thợ\s+đào|doanh\s+nghiệp)",
        _I,
    ),
    period_end=re.compile(r"cuối\s+(?:quý|tháng|kỳ)", _I),
    compared=re.compile(r"so\s+với", _I),
    months={},  # "tháng 6": the month's number
    quarters=dict(_ROMAN_QUARTERS),
    last_month=re.compile(r"\btháng\s+trước\b", _I),
    last_year=re.compile(r"\bnăm\s+(?:trước|ngoái)\b", _I),
)

_AR = Lexicon(
    language="ar",
    cjk=False,
    verb_after=False,
    cues=_cues(
        bought=r"اشترت|اشترى|شراء|استحوذت",
        sold=r"باعت|باع|بيع",
        produced=r"عدّنت|عدنت|استخرجت|أنتجت|انتجت|تعدين|إنتاج|انتاج",
        held=r"تمتلك|تملك|تحتفظ|بحوزتها|احتياطي|حيازة|حيازات",
    ),
    zero_sold=re.compile(r"لم\s+(?:تبع|يبع)"),
    zero_held=re.compile(
        r"لم\s+تعد\s+تمتلك|باعت\s+(?:كامل|جميع|كل)\s+(?:حيازاتها\s+من\s+)?(?:ال)?(?:بيتكوين|بتكوين)|"
        # ("أنها لا تملك أي بيتكوين": it owns no bitcoin at all)
        r"(?:لا|لم)\s+(?:تملك|تمتلك|يملك|يمتلك)\s+أي\s+(?:ال)?(?:بيتكوين|بتكوين)"
    ),
    after_figure=re.compile(r"\s*(?:BTC|بيتكوين)?\s*(?:أقل|أكثر)(?!\w)"),
    before_figure=re.compile(r"(?:مقارنة\s+(?:ب|مع)|مقابل)\s*[^،,;]{0,12}$"),
    not_own=re.compile(
        # ("باعت جميع إنتاجها الأخير البالغ ١٨٩,٨ بيتكوين": its latest output, a span not named)
        r"يومي|في\s+اليوم|أسبوعي|منذ\s+بداية\s+العام|تراكمي|تتوقع|يتوقع|متوقع|تخطط|القطاع|"
        r"إنتاج\w*\s+الأخير|"
        r"الصناعة|مشروع\s+مشترك"
    ),
    period_end=re.compile(r"نهاية\s+(?:الربع|الشهر|الفترة)"),
    compared=re.compile(r"مقارنة|مقابل"),
    months=_months("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر")
    | {"إبريل": 4, "ابريل": 4, "اغسطس": 8},
    quarters={"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4},
    last_month=re.compile(r"الشهر\s+الماضي"),
    last_year=re.compile(r"العام\s+الماضي|السنة\s+الماضية"),
)


def _cased(months: str, endings: str) -> dict[str, int]:
    """Month names with the case endings a date takes: Czech "říjen", "října", "říjnu" (each
    month its forms, "/" between them); Finnish "kesäkuu", "kesäkuussa", "kesäkuun"
    (`endings` after every name)."""
    forms: dict[str, int] = {}
    for number, spelled in enumerate(months.split(), start=1):
        for name in spelled.split("/"):
            for ending in endings.split(","):
                forms[name + ending.strip("-")] = number
    return forms


_CS = Lexicon(
    language="cs",
    cjk=False,
    verb_after=False,
    cues=_cues(
        bought=r"\b(?:koupil\w*|nakoupil\w*|zakoupil\w*|nákup\w*)",
        sold=r"\b(?:prodal\w*|prodán\w*|prodej\w*)",
        produced=r"\b(?:vytěžil\w*|vytěžen\w*|vyprodukoval\w*|produkce)",
        held=r"\b(?:drží|držel\w*|vlastní|vlastnil\w*|rezerv\w*|v\s+držení)",
    ),
    zero_sold=re.compile(r"\bneprodal\w*\s+(?:žádn\w+|ani\s+jed\w+)", _I),
    zero_held=re.compile(r"\bprodal\w*\s+všechn\w+\s+(?:své\s+)?bitcoin\w*", _I),
    after_figure=re.compile(r"\s*(?:BTC|bitcoin\w*)?\s*(?:více|méně)\b", _I),
    before_figure=re.compile(r"(?:oproti|ve\s+srovnání\s+s)\s+[^,;]{0,12}$", _I),
    not_own=re.compile(
        r"denně|za\s+den|týdně|od\s+začátku\s+roku|kumulativn\w*|plánuje|očekává|odhad\w*|"
        r"\bcíl\w*|odvětví|sektor\w*|těžaři|společn\w+\s+podnik\w*|(?<=,\s)když\b",
        _I,
    ),
    period_end=re.compile(r"(?:na|ke)\s+konci\s+(?:čtvrtletí|měsíce|období)", _I),
    compared=re.compile(r"oproti|ve\s+srovnání\s+s", _I),
    months=_cased(
        "leden/ledna/lednu únor/února/únoru březen/března/březnu duben/dubna/dubnu "
        "květen/května/květnu červen/června/červnu červenec/července/červenci "
        "srpen/srpna/srpnu září říjen/října/říjnu listopad/listopadu prosinec/prosince/prosinci",
        "-",
    ),
    quarters={"prv": 1, "druh": 2, "třet": 3, "čtvrt": 4},
    last_month=re.compile(r"\bminul\w+\s+měsíc\w*", _I),
    last_year=re.compile(r"\bminul\w+\s+rok\w*|\bloni\b", _I),
    spaced=True,
)

_FI = Lexicon(
    language="fi",
    cjk=False,
    verb_after=False,
    cues=_cues(
        bought=r"\b(?:osti|ostanut|ostettu\w*|hankki\w*)\b",
        sold=r"\b(?:myi|myynyt|myivät|myyty\w*|myynti\w*)\b",
        produced=r"\b(?:louhi|louhinut|louhittu\w*|tuotti|tuottanut|tuotanto\w*)\b",
        held=r"\b(?:omistaa|omisti|hallussaan|hallussa|varanto\w*|varannossa\w*)\b",
    ),
    zero_sold=re.compile(r"\bei\s+myynyt\s+(?:yhtään|lainkaan)", _I),
    zero_held=re.compile(r"\bmyi\s+kaikki\s+(?:omat\s+)?bitcoin\w*", _I),
    after_figure=re.compile(r"\s*(?:BTC|bitcoin\w*)?\s*(?:enemmän|vähemmän)\b", _I),
    before_figure=re.compile(r"\bverrattuna\s+[^,;]{0,12}$", _I),
    not_own=re.compile(
        r"päivässä|päivittäin|viikossa|viikoittain|vuoden\s+alusta|kumulatiivi\w*|"
        r"suunnittele\w*|odottaa|arvioi\w*|tavoit\w*|toimiala\w*|louhijat|yhteisyritys\w*|"
        r"(?<=,\s)kun\b",
        _I,
    ),
    period_end=re.compile(r"(?:neljänneksen|kuukauden|kauden)\s+lopussa", _I),
    compared=re.compile(r"verrattuna|(?:enemmän|vähemmän|\w+mmin)\s+kuin", _I),
    months=_cased(
        "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
        "lokakuu marraskuu joulukuu",
        "-,ssa,n,ta,hun",
    ),
    quarters={"ensimmäi": 1, "toi": 2, "kolmann": 3, "neljänn": 4},
    last_month=re.compile(r"\bviime\s+kuussa\b", _I),
    last_year=re.compile(r"\bviime\s+vuonna\b", _I),
    spaced=True,
)

# The languages this module adds to the first seven.
LATER: dict[str, Lexicon] = {
    lexicon.language: lexicon for lexicon in (_FR, _RU, _ID, _VI, _AR, _CS, _FI)
}
LEXICONS: dict[str, Lexicon] = _FIRST_SEVEN | LATER

# The miners as Arabic copy spells them (Russian, French, Indonesian and Vietnamese copy keeps
# the Latin names: "Riot Platforms добыла", "Marathon memiliki"); Russian "Марафон" is also
# the word for a marathon, so it is left out
LOCAL_NAMES: dict[str, tuple[str, ...]] = {
    "MARA": ("ماراثون",),
    "RIOT": ("رايوت", "ريوت"),
    "CLSK": ("كلين سبارك",),
    "CORZ": ("كور ساينتفيك", "كور ساينتيفيك"),
    "BITF": ("بيتفارمز",),
    "BTDR": ("بيتدير", "بتدير"),
}
