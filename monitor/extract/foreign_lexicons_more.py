"""The words of bitcoin-miner news in Turkish, Polish, Dutch, Thai, Hindi, Ukrainian and Greek.

The lexicons of `foreign_words` in the shape it defines, for the languages crypto-miner news
is rewritten in after the fourteen of `foreign_words` and `foreign_lexicons`:

    "Riot, Ağustos ayında 477 BTC üretti"                  → btc_produced 477, August
    "CleanSpark sprzedała w lipcu 1 200 BTC"                → btc_sold 1200, July
    "Bitfarms heeft in juni 250 bitcoin gedolven"          → btc_produced 250, June
    "Marathon ถือครองบิตคอยน์ 26,842 BTC ณ สิ้นเดือนกันยายน"   → btc_held 26842, 30 September
    "Riot ने अगस्त में 477 बिटकॉइन का खनन किया"                 → btc_produced 477, August
    "Hut 8 видобула у серпні 120 BTC"                        → btc_produced 120, August
    "Η Riot εξόρυξε 477 BTC τον Αύγουστο"                      → btc_produced 477, August

Turkish and Hindi put the verb after its object ("477 BTC üretti", "400 बिटकॉइन बेचे"), Dutch
on either side ("verkocht 400 BTC", "heeft 250 bitcoin gedolven"), the others before it.
Polish and Ukrainian group thousands with a space ("1 200 BTC"), Turkish, Dutch and Greek with a dot
("19.287 BTC"), Thai and Hindi copy as English does ("26,842 BTC"). Thai runs its words
together, so its cue words stand unbounded, as Chinese ones do. The dates are read by
`foreign_periods_more` (by `foreign_periods`' Russian pattern for Ukrainian), registered here
for `foreign_periods` to find. (Greek debt and AI deals were read before, by `foreign_deals`;
its bitcoin figures are read here.)
"""

from __future__ import annotations

import re

from . import foreign_periods, foreign_periods_more
from .foreign_lexicons import LEXICONS as _FOURTEEN
from .foreign_words import Lexicon

_I = re.I
_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _cues(**words: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each metric's cue words, compiled case-blind."""
    return tuple((metric, re.compile(pattern, _I)) for metric, pattern in words.items())


def _months(names: str) -> dict[str, int]:
    """Month names, "/" between a month's forms ("sierpień/sierpnia/sierpniu")."""
    return {
        form: number
        for number, spelled in enumerate(names.split(), start=1)
        for form in spelled.split("/")
    }


_TR = Lexicon(
    language="tr",
    cjk=False,
    verb_after=True,
    cues=_cues(
        bought=r"\bsatın\s+al\w*|\balım\w*",
        sold=r"\b(?:sattı\w*|satmış\w*|satış\w*|sattığı\w*|satıl\w*|satarak|elden\s+çıkar\w*|"
        r"nakde\s+çevir\w*)",
        produced=r"\b(?:üret\w*|çıkardı\w*|çıkarttı\w*|kazıdı\w*|madenciliğini\s+yaptı\w*)",
        held=r"\b(?:tutuyor\w*|tuttu\w*|sahip\w*|bulunduruyor\w*|bulunuyor\w*|bulundu\w*|bulunmaktadır|"
        r"rezerv\w*|varlı\w*|bilançosunda|hazinesinde|kasasında)",
    ),
    zero_sold=re.compile(
        r"\b(?:sat(?:madı|mamış|madığını|madığı)\w*|satış\s+yapma(?:dı|mış|dığını)\w*)", _I
    ),
    zero_held=re.compile(
        r"\b(?:elinde|bilançosunda)\s+(?:hiç\s+)?(?:bitcoin|BTC)\s+(?:kalmadı|bulunmuyor)|"
        r"\btüm\s+(?:bitcoin|BTC)\w*\s+(?:varlıklarını\s+)?sattı",
        _I,
    ),
    # "370 BTC'ye kıyasla", "370 BTC'den 477 BTC'ye" (the starting point), "50 BTC daha fazla"
    after_figure=re.compile(
        r"(?:['’]\w+)?\s*(?:kıyasla|göre|oranla|nazaran|daha\s+(?:fazla|az))\b|"
        r"['’](?:den|dan|ten|tan)\b",
        _I,
    ),
    # "geçen ayki 370 BTC": last month's, a base
    before_figure=re.compile(
        r"\b(?:önceki|geçen\s+(?:ayki|yılki|çeyrekteki)|bir\s+önceki\s+\w+)\s+[^,;]{0,12}$", _I
    ),
    # a rate, a running total, a plan or forecast (a figure verb's future: "üretecek", "satacağını";
    # not another verb's, "kullanacağını": the plan for the money), a sector's
    not_own=re.compile(
        r"günlük|günde|haftalık|haftada|yılbaşından|yıl\s+başından|bu\s+yana|bugüne\s+kadar|"
        r"şimdiye\s+kadar|kümülatif|bekl\w+|\bplan\w*|hedef\w*|tahmin\w*|öngör\w*|"
        r"\b(?:üret|sat|çıkar|kaz|tut)\w{0,3}(?:acak|ecek|acağ|eceğ)\w*|sektör\w*|endüstri\w*|\bmadenciler(?:i|in)?\b|"
        r"ortak\s+girişim\w*|(?<=,\s)(?:iken|olduğunda)\b",
        _I,
    ),
    period_end=re.compile(r"(?:çeyrek|ay|dönem)\s+sonu\w*|(?:çeyreğin|ayın|dönemin)\s+sonunda", _I),
    # right after the month: "Temmuz ayına kıyasla", "Temmuz'a göre"
    compared=re.compile(
        r"\s*(?:ayı(?:na|ndaki)?\s+|çeyreğine\s+|['’]\w+\s+)?(?:kıyasla|göre|oranla|nazaran)\b",
        _I,
    ),
    months=_months(
        "ocak şubat/subat mart nisan mayıs/mayis haziran temmuz ağustos/agustos eylül/eylul "
        "ekim kasım/kasim aralık/aralik"
    ),
    # ("İkinci" lowers to "i̇kinci": a dotted capital I keeps its dot)
    quarters={"ilk": 1, "birinci": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4}
    | {"i̇lk": 1, "i̇kinci": 2},
    last_month=re.compile(r"\b(?:geçen|geçtiğimiz)\s+ay\b", _I),
    last_year=re.compile(r"\b(?:geçen|geçtiğimiz)\s+yıl\b", _I),
    last_quarter=re.compile(r"\b(?:geçen|son)\s+çeyrek(?:te)?\b", _I),
)

_PL = Lexicon(
    language="pl",
    cjk=False,
    verb_after=False,
    cues=_cues(
        bought=r"\b(?:kupił\w*|kupion\w*|zakupił\w*|nabył\w*|zakup\w*)",
        sold=r"\b(?:sprzedał\w*|sprzedan\w*|sprzedaż\w*|sprzeda\b|upłynnił\w*)",
        produced=r"\b(?:wydobył\w*|wydobywa\w*|wydobyt\w*|wydobyci\w*|wykopał\w*|wyprodukował\w*|"
        r"produkcj\w*|wygenerował\w*)",
        held=r"\b(?:posiada\w*|trzyma\w*|rezerw\w*|zasob\w*|w\s+posiadaniu|na\s+bilansie|"
        r"w\s+skarbcu)",
    ),
    zero_sold=re.compile(
        r"\bnie\s+sprzedał\w*|\bżadn\w+\s+(?:bitcoin\w*|BTC)\s+nie\s+(?:został\w*\s+)?sprzedan",
        _I,
    ),
    zero_held=re.compile(r"\bsprzedał\w*\s+wszystki\w+\s+(?:swoje\s+)?(?:bitcoin\w*|BTC)", _I),
    after_figure=re.compile(r"\s*(?:BTC|bitcoin\w*)?\s*(?:więcej|mniej)\b", _I),
    before_figure=re.compile(
        r"(?:w\s+porównaniu\s+z|wobec|zamiast|\bniż)\s+[^,;]{0,12}$|"
        r"(?:wzrósł\w*|wzrosł\w*|spadł\w*|zwiększył\w*|zmniejszył\w*)\s+(?:\w+\s+){0,3}?o\s+$",
        _I,
    ),
    not_own=re.compile(
        r"dziennie|na\s+dobę|dzienn\w*|średnio|tygodniowo|na\s+tydzień|od\s+początku\b|"
        r"od\s+momentu|od\s+czasu|w\s+historii|skumulowan\w*|\bjuż\b|planuj\w*|oczekuj\w*|"
        r"spodziewa\w*|prognoz\w*|zamierza\w*|\bcel(?:em|u)?\b|branż\w*|sektor\w*|"
        r"\bgórnicy\b|wspóln\w+\s+przedsięwzię\w*|(?<=,\s)(?:gdy|kiedy)\b",
        _I,
    ),
    period_end=re.compile(r"(?:na|pod|z)\s+koni?ec\s+(?:kwartału|miesiąca|okresu)", _I),
    compared=re.compile(r"w\s+porównaniu\s+z|wobec|względem|\bniż\b", _I),
    months=_months(
        "styczeń/stycznia/styczniu luty/lutego/lutym marzec/marca/marcu "
        "kwiecień/kwietnia/kwietniu maj/maja/maju czerwiec/czerwca/czerwcu lipiec/lipca/lipcu "
        "sierpień/sierpnia/sierpniu wrzesień/września/wrześniu "
        "październik/października/październiku listopad/listopada/listopadzie "
        "grudzień/grudnia/grudniu"
    ),
    # the ordinal's stem ("w trzecim kwartale"): the pattern reads the ending
    quarters={"pierwsz": 1, "drug": 2, "trzec": 3, "czwart": 4} | _ROMAN_QUARTERS,
    last_month=re.compile(r"\bw\s+(?:zeszłym|poprzednim|ubiegłym)\s+miesiącu\b", _I),
    last_year=re.compile(r"\bw\s+(?:zeszłym|ubiegłym)\s+roku\b", _I),
    last_quarter=re.compile(r"\bw\s+(?:minionym|zakończonym|ubiegłym)\s+kwartale\b", _I),
    spaced=True,
)

_NL = Lexicon(
    language="nl",
    cjk=False,
    verb_after=False,
    cues=_cues(
        bought=r"\b(?:kocht\w*|gekocht|aankoop\w*|aangekocht|verworven)\b",
        sold=r"\b(?:verkocht\w*|verkoopt|verkoop\w*)\b",
        produced=r"\b(?:produceerde\w*|geproduceerd\w*|productie\w*|gedolven|delfde\w*|"
        r"mijnde\w*|gemined|gemijnd|minede\w*)\b",
        held=r"\b(?:bezit\w*|in\s+bezit|aanhoudt|hield|houdt|reserve\w*|voorraad\w*|"
        r"op\s+de\s+balans|in\s+kas)\b",
    ),
    zero_sold=re.compile(
        r"\bgeen\s+(?:enkele\s+)?(?:bitcoin\w*|BTC)\s+(?:\w+\s+){0,3}?verkocht|"
        r"\bverkocht\w*\s+(?:\w+\s+){0,3}?geen\s+(?:enkele\s+)?(?:bitcoin\w*|BTC)|"
        r"\bniets\s+verkocht",
        _I,
    ),
    zero_held=re.compile(
        r"\bverkocht\w*\s+al\s+(?:haar|zijn)\s+(?:bitcoin\w*|BTC)|"
        r"\bgeen\s+bitcoin\w*\s+meer\s+in\s+bezit",
        _I,
    ),
    after_figure=re.compile(r"\s*(?:BTC|bitcoin\w*)?\s*(?:meer|minder)\b", _I),
    before_figure=re.compile(
        r"(?:vergeleken\s+met|vergelijking\s+met|ten\s+opzichte\s+van|tegenover|\bdan)\s+"
        r"[^,;]{0,12}$|(?:gestegen|gedaald|toegenomen|afgenomen)\s+(?:\w+\s+){0,3}?met\s+$",
        _I,
    ),
    # (not an average price, "tegen een gemiddelde prijs": a rate is told per day)
    not_own=re.compile(
        r"per\s+dag|dagelijks\w*|per\s+week|wekelijks\w*|\bsinds\b|cumulatie\w*|"
        r"\bal\s+(?=\d)|verwacht\w*|\bplan\w*|prognose\w*|\bdoel\w*|streeft|sector\w*|"
        # a wish or target ("wil aan het eind van het jaar 60.000 bitcoins bezitten", "wil tegen
        # het einde van het jaar"): a forecast, not a holding at last year's end
        r"\bwil(?:len|t)?\b|\bzal\b|\bzullen\b|"
        r"industrie\w*|\bminers\b|\bmijnwerkers\b|joint\s+venture|(?<=,\s)toen\b",
        _I,
    ),
    period_end=re.compile(
        r"(?:aan|op)\s+het\s+einde\s+van\s+(?:het\s+kwartaal|de\s+maand|de\s+periode)|"
        r"eind\s+(?:van\s+)?het\s+kwartaal",
        _I,
    ),
    compared=re.compile(
        r"vergeleken\s+met|in\s+vergelijking\s+met|ten\s+opzichte\s+van|tegenover|\bdan\b", _I
    ),
    months=_months(
        "januari februari maart april mei juni juli augustus september oktober november december"
    ),
    quarters={"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4},
    last_month=re.compile(r"\b(?:vorige|afgelopen)\s+maand\b", _I),
    last_year=re.compile(r"\b(?:vorig|afgelopen)\s+jaar\b", _I),
    last_quarter=re.compile(r"\b(?:vorig|afgelopen)\s+kwartaal\b", _I),
    either_side=True,
)

_TH = Lexicon(
    language="th",
    cjk=False,
    verb_after=False,
    cues=_cues(
        bought=r"ซื้อ",
        sold=r"ขาย|จำหน่าย",
        # (not "นักขุด", a miner: the noun names the company, not its month's coins)
        produced=r"(?<!นัก)ขุด(?:ได้)?|ผลิต(?:ได้)?",
        held=r"ถือครอง|ถือ(?!ว่า)|สำรอง|คงคลัง|ครอบครอง",
    ),
    zero_sold=re.compile(r"(?<!จะ)ไม่(?:ได้)?ขาย|ไม่มีการขาย"),
    # (all it had: not "ขายบิตคอยน์ทั้งหมด 1,200 BTC", a total sold)
    zero_held=re.compile(r"ขาย(?:บิตคอยน์|BTC)?\s*ทั้งหมดที่(?:มี|ถือ)|ไม่มีบิตคอยน์(?:เหลือ|ในคลัง)"),
    after_figure=re.compile(r"\s*(?:BTC|บิตคอยน์)?\s*(?:ต่อวัน|ต่อสัปดาห์|มากกว่า|น้อยกว่า)"),
    # "เพิ่มขึ้นจาก 370 BTC", "เมื่อเทียบกับ 370 BTC": the base
    before_figure=re.compile(r"(?:(?:เพิ่มขึ้น|ลดลง)จาก|เทียบกับ)\s*(?:ระดับ\s*)?[^,;]{0,12}$"),
    not_own=re.compile(
        r"ต่อวัน|วันละ|รายวัน|ต่อสัปดาห์|รายสัปดาห์|ตั้งแต่ต้นปี|นับตั้งแต่|ตั้งแต่ก่อตั้ง|ยอดสะสม|"
        r"สะสมรวม|คาดว่า|คาดการณ์|วางแผน|มีแผน|เป้าหมาย|ตั้งเป้า|จะขุด|จะขาย|อุตสาหกรรม|"
        r"นักขุดรายอื่น|นักขุดสหรัฐ|กิจการร่วมค้า"
    ),
    period_end=re.compile(r"สิ้น(?:สุด)?(?:ไตรมาส|งวด)"),
    compared=re.compile(r"(?:เพิ่มขึ้น|ลดลง)จาก|เทียบกับ|เมื่อเทียบ"),
    months=_months(
        "มกราคม/ม.ค. กุมภาพันธ์/ก.พ. มีนาคม/มี.ค. เมษายน/เม.ย. พฤษภาคม/พ.ค. มิถุนายน/มิ.ย. "
        "กรกฎาคม/ก.ค. สิงหาคม/ส.ค. กันยายน/ก.ย. ตุลาคม/ต.ค. พฤศจิกายน/พ.ย. ธันวาคม/ธ.ค."
    ),
    quarters={"แรก": 1, "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4},
    last_month=re.compile(r"เดือน(?:ที่แล้ว|ก่อนหน้า)"),
    last_year=re.compile(r"ปี(?:ที่แล้ว|ก่อนหน้า)"),
    last_quarter=re.compile(r"ไตรมาส(?:ที่แล้ว|ก่อนหน้า)"),
)

_HI = Lexicon(
    language="hi",
    cjk=False,
    verb_after=True,
    cues=_cues(
        bought=r"खरीद",
        sold=r"बेच|बिक्री",
        # (not "माइनिंग", the mining a company is named for)
        produced=r"उत्पादन|उत्पादित|खनन\s+कि|माइन(?!िंग)",
        held=r"के\s+पास|होल्ड|रखे\s+हुए|भंडार|रिज़र्व|रिजर्व|होल्डिंग",
    ),
    # (not "नहीं बेचेगी", will not sell, nor "नहीं बेचने", not to sell: an intention)
    zero_sold=re.compile(r"नहीं\s+बेच(?!ेग|ने)|बिक्री\s+नहीं\s+की"),
    zero_held=re.compile(r"सभी\s+(?:बिटकॉइन|BTC)\s+बेच\s+(?:दिए|दी)"),
    # "370 BTC की तुलना में", "370 BTC से बढ़कर" (the starting point), "प्रति दिन"
    after_figure=re.compile(
        r"\s*(?:BTC|बिटकॉइन)?\s*(?:की\s+तुलना|के\s+मुकाबले|से\s+(?:अधिक|ज़्यादा|ज्यादा|कम|बढ़|घट)|"
        r"प्रति\s+दिन|की\s+(?:वृद्धि|बढ़ोतरी|गिरावट))"
    ),
    before_figure=re.compile(r"(?:पिछले\s+(?:महीने|साल|वर्ष)|पिछली\s+तिमाही)\s+के\s+[^,;]{0,12}$"),
    not_own=re.compile(
        r"प्रति\s*दिन|रोज़ाना|रोजाना|दैनिक|औसतन|प्रति\s+सप्ताह|साप्ताहिक|शुरुआत\s+से|अब\s+तक|"
        r"संचयी|उम्मीद|अनुमान|योजना|लक्ष्य|करेगी|करेगा|बेचेगी|बेचेगा|उद्योग|सेक्टर|माइनर्स|"
        r"संयुक्त\s+उद्यम"
    ),
    period_end=re.compile(r"(?:तिमाही|महीने|अवधि)\s+के\s+(?:अंत|आखिर)"),
    compared=re.compile(r"\s*(?:के\s+)?(?:की\s+तुलना|के\s+मुकाबले)"),
    months=_months(
        "जनवरी फ़रवरी/फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर/सितम्बर अक्टूबर/अक्तूबर "
        "नवंबर/नवम्बर दिसंबर/दिसम्बर"
    ),
    quarters={"पहली": 1, "दूसरी": 2, "तीसरी": 3, "चौथी": 4},
    last_month=re.compile(r"पिछले\s+महीने"),
    last_year=re.compile(r"पिछले\s+(?:साल|वर्ष)"),
    last_quarter=re.compile(r"पिछली\s+तिमाही"),
)

_UK = Lexicon(
    language="uk",
    cjk=False,
    verb_after=False,
    cues=_cues(
        bought=r"\b(?:купил\w*|купив\w*|куплен\w*|придбал\w*|придбав\w*|придбан\w*|купівл\w*)",
        sold=r"\b(?:продал\w*|продав\b|продан\w*|прода[єю]\w*|продаж\w*|реалізувал\w*|"
        r"розпродал\w*|позбул\w*)",
        produced=r"\b(?:видобул\w*|видобув\w*|видобут\w*|видобуто|намайнил\w*|змайнил\w*|"
        r"виробил\w*|вироблен\w*)",
        held=r"\b(?:володіє|володіла|володів|утримує|утримувал\w*|тримає|тримал\w*|зберігає|"
        r"на\s+балансі|резерв\w*|запас\w*|у\s+\w+\s+(?:було|є))",
    ),
    zero_sold=re.compile(
        r"\bне\s+продал\w*\s+(?:\w+\s+)?(?:жодного|жодної|нічого)|\bне\s+продавал\w*|"
        r"\bжодного\s+(?:біткоїна|біткойна|BTC)\s+не\s+(?:було\s+)?продан",
        _I,
    ),
    zero_held=re.compile(
        r"\bпродал\w*\s+(?:усі|всі)\s+(?:свої\s+)?(?:біткоїн\w*|біткойн\w*|BTC)|"
        # its reserves wholly sold or taken out ("повністю вивела свої запаси біткоїнів")
        r"\bповністю\s+(?:вивел\w*|продал\w*|розпродал\w*|ліквідувал\w*)\s+(?:свої\s+|усі\s+|всі\s+)?"
        r"(?:запаси|резерви)\s+(?:біткоїн\w*|біткойн\w*|BTC)",
        _I,
    ),
    after_figure=re.compile(r"\s*(?:BTC|біткоїн\w*)?\s*(?:більше|менше)\b", _I),
    before_figure=re.compile(
        r"(?:порівняно\s+з|у\s+порівнянні\s+з|проти|замість|\bніж)\s+[^,;]{0,12}$|"
        r"(?:збільшил\w*|скоротил\w*|зменшил\w*|зріс\w*|зросл\w*|знизил\w*)\s+(?:\w+\s+){0,3}?"
        r"на\s+$",
        _I,
    ),
    not_own=re.compile(
        r"на\s+день|щоденн\w*|(?:в|у)\s+середньому|на\s+тиждень|щотижн\w*|з\s+початку\s+року|"
        r"за\s+всю\s+історію|\b(?:вже|уже)\b|сукупн\w*|разом|планує\w*|очіку\w*|прогноз\w*|"
        r"має\s+намір|\bмет[аи]\b|галуз\w*|сектор\w*|\bмайнери\b|"
        r"спільн\w+\s+підприємств\w*|(?<=,\s)коли\b",
        _I,
    ),
    period_end=re.compile(
        r"(?:на|в)\s+кін(?:ець|ці)\s+(?:кварталу|місяця|періоду)|"
        r"за\s+підсумками\s+(?:кварталу|місяця)",
        _I,
    ),
    compared=re.compile(r"порівняно\s+з|у\s+порівнянні\s+з|проти|відносно|\bніж\b", _I),
    months=_months(
        "січень/січня/січні лютий/лютого/лютому березень/березня/березні квітень/квітня/квітні "
        "травень/травня/травні червень/червня/червні липень/липня/липні серпень/серпня/серпні "
        "вересень/вересня/вересні жовтень/жовтня/жовтні листопад/листопада/листопаді "
        "грудень/грудня/грудні"
    ),
    quarters={"перш": 1, "друг": 2, "трет": 3, "четверт": 4} | _ROMAN_QUARTERS,
    last_month=re.compile(r"\bминулого\s+місяця\b|\bу\s+минулому\s+місяці\b", _I),
    last_year=re.compile(r"\bминулого\s+року\b|\bу\s+минулому\s+році\b", _I),
    spaced=True,
)

_EL = Lexicon(
    language="el",
    cjk=False,
    verb_after=False,
    cues=_cues(
        bought=r"\b(?:αγόρασε|αγόρασαν|αγορά\w*|απέκτησε)",
        sold=r"\b(?:πούλησε|πούλησαν|πουλήθηκαν|πωλήθηκαν|πώληση\w*|ρευστοποίησε)",
        # (not "εξόρυξη", the mining a company is named for: "η εταιρεία εξόρυξης")
        produced=r"\b(?:εξόρυξε|εξόρυξαν|εξορύχθηκαν|παρήγαγε|παρήγαγαν|παραγωγή)",
        held=r"\b(?:κατέχει|κατείχε|διαθέτει|διέθετε|διατηρεί|διατηρούσε|αποθεματικ\w*|"
        r"στον\s+ισολογισμό)",
    ),
    zero_sold=re.compile(
        r"\bδεν\s+(?:έχει\s+)?πούλησε\b|\bκανένα\s+(?:bitcoin|BTC)\s+δεν\s+πουλήθηκε", _I
    ),
    zero_held=re.compile(r"\bπούλησε\s+όλ(?:α|ο)\s+(?:τα\s+|το\s+)?(?:bitcoin|BTC)", _I),
    after_figure=re.compile(r"\s*(?:BTC|bitcoin)?\s*(?:περισσότερ\w+|λιγότερ\w+)\b", _I),
    before_figure=re.compile(
        r"(?:σε\s+σύγκριση\s+με|έναντι|σε\s+σχέση\s+με|\bαπό)\s+[^,;]{0,12}$", _I
    ),
    not_own=re.compile(
        r"ημερησίως|ανά\s+ημέρα|την\s+ημέρα|ημερήσι\w*|κατά\s+μέσο\s+όρο|εβδομαδ\w*|"
        r"από\s+την\s+αρχή|από\s+την\s+ίδρυσ\w*|σωρευτικ\w*|\bήδη\b|σχεδιάζει|αναμέν\w*|"
        r"προβλέπ\w*|εκτιμά\w*|στόχ\w*|κλάδ\w*|\bτομέ\w*|\bοι\s+εξορύκτες\b|κοινοπραξί\w*|"
        r"(?<=,\s)όταν\b",
        _I,
    ),
    period_end=re.compile(r"\bστ(?:ο|α)\s+τέλ(?:ος|η)\s+του\s+(?:τριμήνου|μήνα|περιόδου)", _I),
    compared=re.compile(r"σε\s+σύγκριση\s+με|έναντι|σε\s+σχέση\s+με", _I),
    months=_months(
        "ιανουάριος/ιανουάριο/ιανουαρίου φεβρουάριος/φεβρουάριο/φεβρουαρίου "
        "μάρτιος/μάρτιο/μαρτίου απρίλιος/απρίλιο/απριλίου μάιος/μάιο/μαΐου "
        "ιούνιος/ιούνιο/ιουνίου ιούλιος/ιούλιο/ιουλίου αύγουστος/αύγουστο/αυγούστου "
        "σεπτέμβριος/σεπτέμβριο/σεπτεμβρίου οκτώβριος/οκτώβριο/οκτωβρίου "
        "νοέμβριος/νοέμβριο/νοεμβρίου δεκέμβριος/δεκέμβριο/δεκεμβρίου"
    ),
    # the ordinal's stem ("στο τρίτο τρίμηνο"): the pattern reads the ending
    quarters={"πρώτ": 1, "δεύτερ": 2, "τρίτ": 3, "τέταρτ": 4},
    last_month=re.compile(r"\bτον\s+(?:προηγούμενο|περασμένο)\s+μήνα\b", _I),
    last_year=re.compile(r"\bπέρυσι\b|\bπέρσι\b|\bτο\s+(?:προηγούμενο|περασμένο)\s+έτος\b", _I),
    last_quarter=re.compile(r"\bτο\s+(?:προηγούμενο|περασμένο)\s+τρίμηνο\b", _I),
)

# The languages this module adds to the fourteen. (Dutch waited until its one holdout story,
# ak2-riot-2025-12-headliner-nl, was read right: its two months' sale is no period's figure,
# `joined_month_flows`, and "het jaar afgesloten met" dates the holding at the year's end.)
MORE: dict[str, Lexicon] = {
    lexicon.language: lexicon for lexicon in (_TR, _PL, _NL, _TH, _HI, _UK, _EL)
}
LEXICONS: dict[str, Lexicon] = _FOURTEEN | MORE

# The date pattern of each language added here (Ukrainian's is Russian's, in foreign_periods)
foreign_periods.register_date_patterns(
    {
        "tr": foreign_periods_more.turkish,
        "pl": foreign_periods_more.polish,
        "nl": foreign_periods_more.dutch,
        "th": foreign_periods_more.thai,
        "hi": foreign_periods_more.hindi,
        "el": foreign_periods_more.greek,
    }
)
