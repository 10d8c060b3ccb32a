"""BTC figures in Turkish, Polish, Dutch, Thai, Hindi, Ukrainian and Greek miner news.

Class (blind batches: copy not in English is the weakest class, about 40 % recall): rewrites
of the miners' monthly and quarterly updates in the languages crypto news is most often
rewritten in after the fourteen the reader read. Each row is composed in the style of such copy
(other companies, figures and wordings than any corpus text): mined or produced in a month or
quarter, sold, held at a period's end or "now", a zero sale told in words, a sale's proceeds,
months and quarters as each language names them (Thai abbreviated months and Buddhist Era
years, Hindi "तिमाही", Turkish "2024'ün üçüncü çeyreğinde"). Near misses beside them: a daily
average, a running total since the company began, another company's figure, a forecast or
plan, a comparison's base. Numbers as each language prints them: "19.287 BTC" (Turkish,
Dutch), "26 842 BTC" (Polish, Ukrainian), "26,842 BTC" (Thai, Hindi). Expected sets follow
tests/extract/real/README.md (a holding told with a named period's flows is held at its end,
decided case 14; a "now" holding in a retold update takes the update's period, case 46).
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract_text
from monitor.extract.foreign import read_language
from monitor.extract.language import reading_language

FIGURES = ("btc_produced", "btc_sold", "btc_held", "btc_sale_proceeds_usd")

Row = tuple[str, str, str, set[tuple[str, float, str, str]]]

TURKISH: list[Row] = [
    (
        "Riot Platforms, Ağustos ayında 477 BTC ürettiğini ve bu dönemde hiç bitcoin "
        "satmadığını açıkladı.",
        "RIOT",
        "2024-09-04",
        {("btc_produced", 477, "BTC", "2024-08"), ("btc_sold", 0, "BTC", "2024-08")},
    ),
    (
        "Marathon Digital, Temmuz ayında 890 BTC sattığını bildirdi. Şirketin elinde şu anda "
        "26.842 BTC bulunuyor ve bu rakam bir yıl önce çok daha düşüktü.",
        "MARA",
        "2024-08-05",
        {("btc_sold", 890, "BTC", "2024-07"), ("btc_held", 26842, "BTC", "2024-07")},
    ),
    (
        "CleanSpark, 2024'ün üçüncü çeyreğinde toplam 1.945 BTC üretti ve çeyrek sonunda "
        "8.049 BTC tutuyordu. Şirket ayrıca bu dönemde yeni makineler devreye aldığını ve "
        "kapasitesini artırdığını açıkladı.",
        "CLSK",
        "2024-11-05",
        {("btc_produced", 1945, "BTC", "2024-Q3"), ("btc_held", 8049, "BTC", "2024-09-30")},
    ),
    (
        "Hut 8, 30 Eylül 2024 itibarıyla bilançosunda 9.106 BTC bulunduğunu ve bunun bir "
        "kısmını teminat olarak kullandığını açıkladı.",
        "HUT",
        "2024-10-10",
        {("btc_held", 9106, "BTC", "2024-09-30")},
    ),
    (
        "Bitfarms, Haziran ayında 340 BTC satarak yaklaşık 22,5 milyon dolar elde etti ve bu "
        "tutarı yeni makineler için kullanacağını belirtti.",
        "BITF",
        "2024-07-03",
        {
            ("btc_sold", 340, "BTC", "2024-06"),
            ("btc_sale_proceeds_usd", 22500000, "USD", "2024-06"),
        },
    ),
    (
        "Cango geçen ay 560 BTC üretti, şirketin toplam bitcoin varlığı ise 4.012 BTC'ye "
        "ulaştı. Şirket bu yıl üretimini artırmayı ve yeni bir tesis açmayı hedefliyor.",
        "CANG",
        "2025-06-03",
        {("btc_produced", 560, "BTC", "2025-05"), ("btc_held", 4012, "BTC", "2025-05-31")},
    ),
    # near misses: a daily average, a running total, another company's, a plan, a base
    (
        "Riot, Ağustos ayında günde ortalama 15,4 BTC üretti ve bu rakam bir önceki aya göre "
        "arttı.",
        "RIOT",
        "2024-09-04",
        set(),
    ),
    (
        "Marathon, kuruluşundan bu yana toplam 40.000 BTC üretti ve bu, şirket için bir rekor "
        "oldu.",
        "MARA",
        "2024-09-04",
        set(),
    ),
    (
        "Marathon Digital, Ağustos ayında 705 BTC üreterek bu ay da Riot'u geride bıraktı.",
        "RIOT",
        "2024-09-04",
        set(),
    ),
    (
        "CleanSpark, Eylül ayında yaklaşık 500 BTC üretmeyi planlıyor ve bu hedef için yeni "
        "bir tesis açtı.",
        "CLSK",
        "2024-09-04",
        set(),
    ),
    (
        "Bitfarms'ın Temmuz ayındaki üretimi, Haziran ayındaki 340 BTC'ye kıyasla düştü ve bu "
        "durum hisseleri etkiledi.",
        "BITF",
        "2024-08-05",
        set(),
    ),
]

POLISH: list[Row] = [
    (
        "Spółka Riot Platforms wydobyła w sierpniu 477 BTC i nie sprzedała żadnego bitcoina.",
        "RIOT",
        "2024-09-04",
        {("btc_produced", 477, "BTC", "2024-08"), ("btc_sold", 0, "BTC", "2024-08")},
    ),
    (
        "Marathon Digital sprzedał w lipcu 1 200 BTC, a obecnie posiada 26 842 BTC, jak "
        "wynika z raportu spółki.",
        "MARA",
        "2024-08-05",
        {("btc_sold", 1200, "BTC", "2024-07"), ("btc_held", 26842, "BTC", "2024-07")},
    ),
    (
        "W trzecim kwartale 2024 roku CleanSpark wyprodukował 1 945 BTC, a na koniec kwartału "
        "posiadał 8 049 BTC. Spółka podała także, że jej moc obliczeniowa wzrosła do ponad "
        "28 EH/s.",
        "CLSK",
        "2024-11-05",
        {("btc_produced", 1945, "BTC", "2024-Q3"), ("btc_held", 8049, "BTC", "2024-09-30")},
    ),
    (
        "Według raportu na dzień 30 września 2024 r. Hut 8 posiadał 9 106 BTC w swoich "
        "rezerwach, z których część jest przechowywana u zewnętrznego depozytariusza.",
        "HUT",
        "2024-10-10",
        {("btc_held", 9106, "BTC", "2024-09-30")},
    ),
    (
        "Bitfarms sprzedał w czerwcu 340 BTC za łącznie 22,5 mln USD, co jest dla spółki "
        "ważnym źródłem gotówki.",
        "BITF",
        "2024-07-03",
        {
            ("btc_sold", 340, "BTC", "2024-06"),
            ("btc_sale_proceeds_usd", 22500000, "USD", "2024-06"),
        },
    ),
    (
        "W zeszłym miesiącu spółka Cango wydobyła 560 BTC, jak podała firma w komunikacie.",
        "CANG",
        "2025-06-03",
        {("btc_produced", 560, "BTC", "2025-05")},
    ),
    # near misses
    (
        "Riot wydobywał w sierpniu średnio 15,4 BTC dziennie, jak podała spółka w raporcie.",
        "RIOT",
        "2024-09-04",
        set(),
    ),
    (
        "Od początku działalności Marathon wydobył łącznie ponad 40 000 BTC, jak podała spółka.",
        "MARA",
        "2024-09-04",
        set(),
    ),
    (
        "W sierpniu Marathon wydobył 705 BTC i wyprzedził Riot, jak wynika z danych spółek.",
        "RIOT",
        "2024-09-04",
        set(),
    ),
    (
        "CleanSpark planuje wydobyć we wrześniu około 500 BTC i nie zamierza sprzedawać "
        "bitcoinów. Spółka podała, że jej flota koparek jest w pełni sprawna.",
        "CLSK",
        "2024-09-04",
        set(),
    ),
    (
        "Produkcja Bitfarms w lipcu była niższa niż 340 BTC wydobytych w czerwcu, jak podała "
        "spółka.",
        "BITF",
        "2024-08-05",
        set(),
    ),
]

DUTCH: list[Row] = [
    (
        "Riot Platforms heeft in augustus 477 bitcoin gedolven en heeft geen enkele bitcoin "
        "verkocht.",
        "RIOT",
        "2024-09-04",
        {("btc_produced", 477, "BTC", "2024-08"), ("btc_sold", 0, "BTC", "2024-08")},
    ),
    (
        "Marathon Digital heeft in juli 1.200 BTC verkocht en bezit nu 26.842 BTC, aldus het "
        "bedrijf.",
        "MARA",
        "2024-08-05",
        {("btc_sold", 1200, "BTC", "2024-07"), ("btc_held", 26842, "BTC", "2024-07")},
    ),
    (
        "In het derde kwartaal van 2024 produceerde CleanSpark 1.945 bitcoin en aan het einde "
        "van het kwartaal had het bedrijf 8.049 BTC in bezit.",
        "CLSK",
        "2024-11-05",
        {("btc_produced", 1945, "BTC", "2024-Q3"), ("btc_held", 8049, "BTC", "2024-09-30")},
    ),
    (
        "Op 30 september 2024 had Hut 8 volgens het kwartaalverslag van het bedrijf 9.106 BTC "
        "op de balans.",
        "HUT",
        "2024-10-10",
        {("btc_held", 9106, "BTC", "2024-09-30")},
    ),
    (
        "Bitfarms heeft in juni 340 BTC verkocht voor in totaal 22,5 miljoen dollar, zo meldt "
        "het bedrijf in een verklaring.",
        "BITF",
        "2024-07-03",
        {
            ("btc_sold", 340, "BTC", "2024-06"),
            ("btc_sale_proceeds_usd", 22500000, "USD", "2024-06"),
        },
    ),
    (
        "Vorige maand heeft Cango 560 bitcoin geproduceerd, het hoogste aantal in de "
        "geschiedenis van het bedrijf.",
        "CANG",
        "2025-06-03",
        {("btc_produced", 560, "BTC", "2025-05")},
    ),
    # near misses
    (
        "Riot heeft in augustus gemiddeld 15,4 bitcoin per dag geproduceerd, aldus het "
        "maandrapport van de onderneming.",
        "RIOT",
        "2024-09-04",
        set(),
    ),
    (
        "Sinds de oprichting heeft Marathon in totaal meer dan 40.000 bitcoin gedolven, volgens "
        "het bedrijf.",
        "MARA",
        "2024-09-04",
        set(),
    ),
    (
        "Marathon heeft in augustus 705 bitcoin gedolven en heeft daarmee Riot ingehaald, "
        "volgens de cijfers van het bedrijf.",
        "RIOT",
        "2024-09-04",
        set(),
    ),
    (
        "CleanSpark verwacht in september ongeveer 500 bitcoin te delven, zo heeft het bedrijf "
        "laten weten in een verklaring.",
        "CLSK",
        "2024-09-04",
        set(),
    ),
    (
        "De productie van Bitfarms in juli lag lager dan de 340 BTC die het bedrijf in juni "
        "heeft gedolven.",
        "BITF",
        "2024-08-05",
        set(),
    ),
]

THAI: list[Row] = [
    (
        "Riot Platforms ขุดบิตคอยน์ได้ 477 BTC ในเดือนสิงหาคม และไม่ได้ขายบิตคอยน์เลย",
        "RIOT",
        "2024-09-04",
        {("btc_produced", 477, "BTC", "2024-08"), ("btc_sold", 0, "BTC", "2024-08")},
    ),
    (
        "Marathon Digital ขาย 1,200 BTC ในเดือนกรกฎาคม และปัจจุบันถือครองบิตคอยน์ทั้งหมด 26,842 BTC",
        "MARA",
        "2024-08-05",
        {("btc_sold", 1200, "BTC", "2024-07"), ("btc_held", 26842, "BTC", "2024-07")},
    ),
    (
        "ในไตรมาสที่ 3 ปี 2024 CleanSpark ผลิตบิตคอยน์ได้ 1,945 BTC และ ณ สิ้นไตรมาสถือครอง 8,049 BTC",
        "CLSK",
        "2024-11-05",
        {("btc_produced", 1945, "BTC", "2024-Q3"), ("btc_held", 8049, "BTC", "2024-09-30")},
    ),
    (
        "Hut 8 ถือครองบิตคอยน์ 9,106 BTC ณ วันที่ 30 ก.ย. 2567 ตามรายงานของบริษัท",
        "HUT",
        "2024-10-10",
        {("btc_held", 9106, "BTC", "2024-09-30")},
    ),
    (
        "Bitfarms ขายบิตคอยน์ 340 BTC ในไตรมาส 2/2567 เพื่อนำเงินไปซื้อเครื่องขุดรุ่นใหม่",
        "BITF",
        "2024-07-20",
        {("btc_sold", 340, "BTC", "2024-Q2")},
    ),
    (
        "เดือนที่แล้ว Cango ขุดบิตคอยน์ได้ 560 BTC ตามรายงานประจำเดือนของบริษัท",
        "CANG",
        "2025-06-03",
        {("btc_produced", 560, "BTC", "2025-05")},
    ),
    # (a total sold, not all it had; the scale runs into the currency)
    (
        "Bitfarms ขายบิตคอยน์ทั้งหมด 1,250 BTC ในเดือนมกราคม และได้รับเงินราว $52.5 ล้านดอลลาร์",
        "BITF",
        "2025-02-05",
        {
            ("btc_sold", 1250, "BTC", "2025-01"),
            ("btc_sale_proceeds_usd", 52500000, "USD", "2025-01"),
        },
    ),
    # near misses
    ("Riot ขุดบิตคอยน์ได้เฉลี่ยวันละ 15.4 BTC ในเดือนสิงหาคม", "RIOT", "2024-09-04", set()),
    (
        "นับตั้งแต่ก่อตั้งบริษัท Marathon ขุดบิตคอยน์ได้แล้วกว่า 40,000 BTC",
        "MARA",
        "2024-09-04",
        set(),
    ),
    (
        "Marathon ขุดได้ 705 BTC ในเดือนสิงหาคม แซงหน้า Riot ขึ้นเป็นผู้นำของบริษัทขุดที่จดทะเบียนในสหรัฐฯ",
        "RIOT",
        "2024-09-04",
        set(),
    ),
    (
        "CleanSpark คาดว่าจะขุดบิตคอยน์ได้ราว 500 BTC ในเดือนกันยายน",
        "CLSK",
        "2024-09-04",
        set(),
    ),
    (
        "ผลผลิตของ Bitfarms ในเดือนกรกฎาคมลดลงจาก 340 BTC ในเดือนมิถุนายน",
        "BITF",
        "2024-08-05",
        set(),
    ),
]

HINDI: list[Row] = [
    (
        "Riot Platforms ने अगस्त में 477 बिटकॉइन का उत्पादन किया और कोई भी बिटकॉइन नहीं बेचा।",
        "RIOT",
        "2024-09-04",
        {("btc_produced", 477, "BTC", "2024-08"), ("btc_sold", 0, "BTC", "2024-08")},
    ),
    (
        "Marathon Digital ने जुलाई में 1,200 BTC बेचे, और कंपनी के पास फिलहाल 26,842 BTC हैं।",
        "MARA",
        "2024-08-05",
        {("btc_sold", 1200, "BTC", "2024-07"), ("btc_held", 26842, "BTC", "2024-07")},
    ),
    (
        "CleanSpark ने 2024 की तीसरी तिमाही में 1,945 बिटकॉइन माइन किए और तिमाही के अंत में "
        "उसके पास 8,049 BTC थे।",
        "CLSK",
        "2024-11-05",
        {("btc_produced", 1945, "BTC", "2024-Q3"), ("btc_held", 8049, "BTC", "2024-09-30")},
    ),
    (
        "30 सितंबर 2024 तक Hut 8 के पास 9,106 बिटकॉइन का भंडार था।",
        "HUT",
        "2024-10-10",
        {("btc_held", 9106, "BTC", "2024-09-30")},
    ),
    (
        "Bitfarms ने जून में 340 BTC बेचकर लगभग $22.5 मिलियन जुटाए।",
        "BITF",
        "2024-07-03",
        {
            ("btc_sold", 340, "BTC", "2024-06"),
            ("btc_sale_proceeds_usd", 22500000, "USD", "2024-06"),
        },
    ),
    (
        "पिछले महीने Cango ने 560 बिटकॉइन का खनन किया।",
        "CANG",
        "2025-06-03",
        {("btc_produced", 560, "BTC", "2025-05")},
    ),
    # near misses (and a pledge not to sell: no zero sale)
    (
        "Riot ने कहा कि वह अपने बिटकॉइन नहीं बेचेगी और उन्हें लंबे समय तक अपने पास रखेगी।",
        "RIOT",
        "2024-09-04",
        set(),
    ),
    (
        "Riot ने अगस्त में प्रति दिन औसतन 15.4 बिटकॉइन का उत्पादन किया।",
        "RIOT",
        "2024-09-04",
        set(),
    ),
    (
        "शुरुआत से अब तक Marathon कुल 40,000 बिटकॉइन माइन कर चुकी है।",
        "MARA",
        "2024-09-04",
        set(),
    ),
    (
        "अगस्त में Marathon ने 705 बिटकॉइन माइन किए और Riot को पीछे छोड़ दिया।",
        "RIOT",
        "2024-09-04",
        set(),
    ),
    (
        "CleanSpark को उम्मीद है कि वह सितंबर में लगभग 500 बिटकॉइन का उत्पादन करेगी।",
        "CLSK",
        "2024-09-04",
        set(),
    ),
    (
        "Bitfarms का जुलाई का उत्पादन जून के 340 BTC की तुलना में कम रहा।",
        "BITF",
        "2024-08-05",
        set(),
    ),
]

UKRAINIAN: list[Row] = [
    (
        "Riot Platforms у серпні видобула 477 BTC і не продала жодного біткоїна.",
        "RIOT",
        "2024-09-04",
        {("btc_produced", 477, "BTC", "2024-08"), ("btc_sold", 0, "BTC", "2024-08")},
    ),
    (
        "Marathon Digital у липні продала 1 200 BTC, а наразі утримує 26 842 BTC.",
        "MARA",
        "2024-08-05",
        {("btc_sold", 1200, "BTC", "2024-07"), ("btc_held", 26842, "BTC", "2024-07")},
    ),
    (
        "У третьому кварталі 2024 року CleanSpark видобула 1 945 BTC, а на кінець кварталу "
        "мала на балансі 8 049 BTC.",
        "CLSK",
        "2024-11-05",
        {("btc_produced", 1945, "BTC", "2024-Q3"), ("btc_held", 8049, "BTC", "2024-09-30")},
    ),
    (
        "Станом на 30 вересня 2024 року Hut 8 володіла 9 106 BTC, свідчить звіт компанії.",
        "HUT",
        "2024-10-10",
        {("btc_held", 9106, "BTC", "2024-09-30")},
    ),
    (
        "Bitfarms у червні продала 340 BTC на загальну суму 22,5 млн доларів.",
        "BITF",
        "2024-07-03",
        {
            ("btc_sold", 340, "BTC", "2024-06"),
            ("btc_sale_proceeds_usd", 22500000, "USD", "2024-06"),
        },
    ),
    (
        "Минулого місяця Cango видобула 560 біткоїнів, повідомила компанія.",
        "CANG",
        "2025-06-03",
        {("btc_produced", 560, "BTC", "2025-05")},
    ),
    (
        "У січні Bitfarms продала 2 тис. BTC, щоб погасити частину боргу, повідомила компанія.",
        "BITF",
        "2025-02-05",
        {("btc_sold", 2000, "BTC", "2025-01")},
    ),
    # near misses
    (
        "У серпні Riot видобувала в середньому 15,4 BTC на день, повідомила компанія у "
        "щомісячному звіті.",
        "RIOT",
        "2024-09-04",
        set(),
    ),
    (
        "За всю історію Marathon видобула понад 40 000 BTC, зазначили у компанії.",
        "MARA",
        "2024-09-04",
        set(),
    ),
    (
        "У серпні Marathon видобула 705 BTC і таким чином обігнала Riot за обсягом видобутку.",
        "RIOT",
        "2024-09-04",
        set(),
    ),
    (
        "CleanSpark планує видобути у вересні близько 500 BTC, повідомила компанія.",
        "CLSK",
        "2024-09-04",
        set(),
    ),
    (
        "Видобуток Bitfarms у липні був нижчим, ніж 340 BTC у червні.",
        "BITF",
        "2024-08-05",
        set(),
    ),
]

GREEK: list[Row] = [
    (
        "Η Riot Platforms εξόρυξε 477 BTC τον Αύγουστο και δεν πούλησε κανένα bitcoin κατά τη "
        "διάρκεια του μήνα.",
        "RIOT",
        "2024-09-04",
        {("btc_produced", 477, "BTC", "2024-08"), ("btc_sold", 0, "BTC", "2024-08")},
    ),
    (
        "Η Marathon Digital πούλησε 1.200 BTC τον Ιούλιο και πλέον κατέχει 26.842 BTC, "
        "σύμφωνα με την ανακοίνωση της εταιρείας.",
        "MARA",
        "2024-08-05",
        {("btc_sold", 1200, "BTC", "2024-07"), ("btc_held", 26842, "BTC", "2024-07")},
    ),
    (
        "Στο τρίτο τρίμηνο του 2024 η CleanSpark παρήγαγε 1.945 BTC και στο τέλος του τριμήνου "
        "διέθετε 8.049 BTC.",
        "CLSK",
        "2024-11-05",
        {("btc_produced", 1945, "BTC", "2024-Q3"), ("btc_held", 8049, "BTC", "2024-09-30")},
    ),
    (
        "Στις 30 Σεπτεμβρίου 2024 η Hut 8 κατείχε 9.106 BTC, σύμφωνα με την τριμηνιαία έκθεση "
        "της εταιρείας.",
        "HUT",
        "2024-10-10",
        {("btc_held", 9106, "BTC", "2024-09-30")},
    ),
    (
        "Η Bitfarms πούλησε 340 BTC τον Ιούνιο έναντι 22,5 εκατομμυρίων δολαρίων, όπως "
        "ανακοίνωσε η εταιρεία.",
        "BITF",
        "2024-07-03",
        {
            ("btc_sold", 340, "BTC", "2024-06"),
            ("btc_sale_proceeds_usd", 22500000, "USD", "2024-06"),
        },
    ),
    (
        "Τον προηγούμενο μήνα η Cango εξόρυξε 560 bitcoin, σύμφωνα με τη μηνιαία ενημέρωση της "
        "εταιρείας.",
        "CANG",
        "2025-06-03",
        {("btc_produced", 560, "BTC", "2025-05")},
    ),
    # near misses
    (
        "Η Riot εξόρυξε κατά μέσο όρο 15,4 BTC την ημέρα τον Αύγουστο, σύμφωνα με την εταιρεία.",
        "RIOT",
        "2024-09-04",
        set(),
    ),
    (
        "Από την ίδρυσή της η Marathon έχει εξορύξει συνολικά πάνω από 40.000 BTC, σύμφωνα με "
        "την εταιρεία.",
        "MARA",
        "2024-09-04",
        set(),
    ),
    (
        "Τον Αύγουστο η Marathon εξόρυξε 705 BTC και ξεπέρασε τη Riot, σύμφωνα με τα στοιχεία "
        "των εταιρειών.",
        "RIOT",
        "2024-09-04",
        set(),
    ),
    (
        "Η CleanSpark σχεδιάζει να εξορύξει περίπου 500 BTC τον Σεπτέμβριο, σύμφωνα με την "
        "εταιρεία.",
        "CLSK",
        "2024-09-04",
        set(),
    ),
    (
        "Η παραγωγή της Bitfarms τον Ιούλιο ήταν χαμηλότερη σε σύγκριση με 340 BTC τον Ιούνιο.",
        "BITF",
        "2024-08-05",
        set(),
    ),
]

LANGUAGES = {
    "tr": TURKISH,
    "pl": POLISH,
    "nl": DUTCH,
    "th": THAI,
    "hi": HINDI,
    "uk": UKRAINIAN,
    "el": GREEK,
}
CASES = [
    pytest.param(*row, id=f"{language}-{index}")
    for language, rows in LANGUAGES.items()
    for index, row in enumerate(rows)
]


def _read(text: str, entity: str, published: str) -> set[tuple[str, float, str, str]]:
    found = extract_text(text, published=dt.date.fromisoformat(published), entity=entity)
    return {
        (item.metric, float(item.value), item.unit, item.period)
        for item in found
        if item.metric in FIGURES and item.value is not None
    }


@pytest.mark.parametrize(("text", "entity", "published", "expected"), CASES)
def test_btc_figures_in_seven_more_languages(
    text: str, entity: str, published: str, expected: set[tuple[str, float, str, str]]
) -> None:
    assert _read(text, entity, published) == {(m, float(v), u, p) for m, v, u, p in expected}


@pytest.mark.parametrize(("language", "rows"), list(LANGUAGES.items()))
def test_the_gate_reads_each_language(language: str, rows: list[Row]) -> None:
    assert {read_language(text) for text, *_ in rows} == {language}


# Russian copy naming a Ukrainian city stays Russian; English copy with a Thai, Hindi or
# Ukrainian word or a Dutch name is English
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Компания Riot Platforms в августе добыла 477 биткоинов и открыла офис в Київ, "
            "сообщает пресс-служба майнинговой компании.",
            "ru",
        ),
        (
            "Riot Platforms produced 477 bitcoin in August; its Bangkok partner (ประกาศ) and "
            "its Delhi office (कार्यालय) were opened in May, and the company holds 19,287 BTC.",
            None,
        ),
        (
            "Marathon sold 890 BTC in July, the company said in a statement to the Kyiv "
            "exchange (Київська біржа), and it holds 26,842 BTC.",
            None,
        ),
        (
            "Van Eck's mining ETF added Riot, and the fund's holdings of the miners rose in "
            "the quarter, according to the fund's report on the period.",
            None,
        ),
    ],
)
def test_other_copy_is_not_taken_for_the_seven(text: str, language: str | None) -> None:
    assert read_language(text) == language


def test_ukrainian_prose_is_named_apart_from_russian() -> None:
    text = (
        "Майнінгова компанія повідомила, що у січні видобула 463 біткоїни і не продала "
        "жодного. Станом на 31 січня компанія володіла 12 500 біткоїнами."
    )
    assert reading_language(text) == "uk"
