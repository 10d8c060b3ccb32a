"""Debt in news copy not in English: no debt, a settlement's principal, a balance brought down.

    "liquidità bancaria (circa 64 milioni di dollari, senza debiti)"  → debt_total_usd 0
    "διευθέτησε χρέη 21 εκατομμυρίων δολαρίων … με … πληρωμή 7.75 εκατομμυρίων"
                                                             → debt_repaid_usd 21000000
    "4억 달러(약 5346억 원) 규모의 부채를 청산했다"             → debt_repaid_usd, both currencies
    "今回の社債販売では、3億ドルを調達した"                    → debt_issued_usd 300000000
    "μειώνοντας το χρέος της από … 165 … σε 25 εκατομμύρια δολάρια τώρα"
                                                             → debt_total_usd 25000000

README decided cases: only plain words of nil debt are 0 ("no long-term debt" is not: 17, 22); a
settlement retires the principal it names, not the cash it paid (32, 37); a balance stated as
current is a balance, the starting point of its fall is not (1). A hope ("to be debt-free before
the halving") is no state (6). Japanese notes closed: the sum raised or issued in a sentence about
the notes is new debt (19), a sum of several offerings beside them is not (3); a buy-back of
existing notes retires the sum it names (32). Notes closed in Portuguese, Spanish and Chinese copy
("fechou uma oferta de notas conversíveis de $588 milhões", "cerró una oferta de bonos
convertibles por …", "以及发行6.5亿美元可转换票据" in a list of milestones, "已发行") are new
debt too; an announced or planned offering, or a headline's bare "发行", is not. So are notes told
closed by a verb before or after them ("ha chiuso l'offerta di obbligazioni … da", "ha emesso 1
miliardo di dollari in obbligazioni", "eine Emission von Wandelanleihen im Wert von …
abgeschlossen"), and a loan told obtained ("a obtenu un prêt de", "Cet emprunt de 20 M$ provient
d'un fonds", "obtuvo un préstamo de", "erhält … einen Kredit über", "ローン契約は、1805万ポンド",
"대출을 받았다", "获得了一笔…的贷款"): an agreement entered into is new debt (6), a credit line's
size is not (19), and neither is a loan the story pays out in tranches to come. A balance the
company owes or has ("debía … US$275 millones en deudas", "tiene una deuda de"), or owes a named
lender in a sentence about its debt ("inclusi 84 milioni di dollari dovuti al NYDIG"; not owed to
creditors at large, 36), is its debt. A sum's conversion in brackets ("18,05 milhões de libras
(cerca de US$ 25 milhões)") is read as the sum it converts is. Japanese notes' principal may be
named after their issue ("転換社債発行による5億9,400万ドルのうち…"; not the part "のうち"). The
reader (`foreign`) judges whose debt it is and its period.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import replace as dc_replace
from decimal import Decimal

from . import foreign_debt_verb_last, foreign_numbers
from .model import DEBT_ISSUED, DEBT_REPAID, DEBT_TOTAL
from .sentences import Segment


@dataclass(frozen=True, slots=True)
class DebtWords:
    nil: re.Pattern[str]  # "senza debiti", "schuldenfrei", "無借金"
    settled: re.Pattern[str]  # right before the principal ("διευθέτησε χρέη ")
    # right after it, the verb after its object ("규모의 부채를 청산했")
    settled_after: re.Pattern[str]
    reduced: re.Pattern[str]  # a balance brought down ("μειώνοντας το χρέος")
    to: re.Pattern[str]  # right before the new balance ("σε ", " a ", "auf ")
    noun: re.Pattern[str]  # a debt word: a sentence without one is not read further
    # right before a balance stated as the company's own ("у Argo оставались … облигации на
    # сумму ", "sa dette s'élève à ")
    balance: re.Pattern[str] = re.compile(r"(?!)")
    # right before the balance of a loan the company failed to pay ("gagal membayar pinjaman
    # senilai "): a balance at the story's date (README decided case 31), not a claim's
    default: re.Pattern[str] = re.compile(r"(?!)")
    # a stated sum spent on a repayment: the verb right before it ("использовала ") and the
    # repayment right after it ("из выручки для погашения долга"): README decided case 13
    spent: re.Pattern[str] = re.compile(r"(?!)")
    spent_on: re.Pattern[str] = re.compile(r"(?!)")
    # a further balance told after the first, its debt word after the sum ("masih memiliki utang
    # senilai 55 juta dolar AS … dan 23 juta dolar dalam utang yang dijaminkan dengan Bitcoin"):
    # the words right after it, and the holding verb earlier in the sentence
    balance_after: re.Pattern[str] = re.compile(r"(?!)")
    owes: re.Pattern[str] = re.compile(r"(?!)")
    # notes closed: the words right before their principal ("fechou uma oferta de notas
    # conversíveis de ", "发行") and right after it (Chinese: the notes, "可转换票据"; an
    # empty lookahead where the notes are named before): new debt (README decided case 19)
    issued: re.Pattern[str] = re.compile(r"(?!)")
    issued_after: re.Pattern[str] = re.compile(r"(?!)")
    # more forms of new debt, each the words right before the principal and right after it: a
    # loan told obtained ("a obtenu un prêt de ", "Cet emprunt de " … " provient d'un fonds"),
    # notes told closed by a verb before them ("ha chiuso l'offerta di obbligazioni … da ")
    # or after them ("eine Emission von Wandelanleihen im Wert von " … " abgeschlossen")
    # a sum owed to a named lender, in a sentence about the debt ("rimborsare il debito, …
    # inclusi 84 milioni di dollari dovuti al NYDIG"): the words right after it; not owed to
    # creditors at large (README decided case 36)
    owed_to: re.Pattern[str] = re.compile(r"(?!)")
    loans: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()
    notes: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()


_NEVER = re.compile(r"(?!)")
# (CJK loans: the sum's own position, and a translation in brackets after it, "(約27億円)")
_AT_SUM = r"$"
_CJK_ASIDE = r"(?:\s?[(（][^()（）]{0,30}[)）])?"
_FLAGS = re.I


def _words(
    loans: tuple[tuple[str, str], ...] = (),
    notes: tuple[tuple[str, str], ...] = (),
    **patterns: str,
) -> DebtWords:
    compiled = {
        name: re.compile(pattern, _FLAGS) if pattern else _NEVER
        for name, pattern in patterns.items()
    }
    return DebtWords(**compiled, loans=_pairs(loans), notes=_pairs(notes))


def _pairs(
    forms: tuple[tuple[str, str], ...],
) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    return tuple((re.compile(before, _FLAGS), re.compile(after, _FLAGS)) for before, after in forms)


# (a French principal's own words, and an approximation before a principal)
_OF = r"(?:de|d['’]un\s+montant\s+de)\s+"
_ABOUT = r"(?:environ\s+|alrededor\s+de\s+|aproximadamente\s+|unos\s+|circa\s+|cerca\s+de\s+)?"
_RIGHT_AFTER = r"(?=)"
# the sum obtained named before the loan that brought it ("di aver ottenuto 14 milioni di
# sterline, circa $19.4 milioni … - in un contratto di prestito di sei mesi da Galaxy"): the
# loan's words within a clause after the sum (its conversion between); not a sum of revenue or
# of a sale the clause names before a loan ("ha ottenuto 14 milioni di sterline di ricavi dal
# mining, con un prestito di Galaxy ancora da rimborsare": no loan's money)
_LOAN_AFTER = (
    r"(?:(?!ricav|entrat|fatturat|ingres|receit|faturament|vend)[^;]){{0,80}}?"
    r"(?:\s[-–—]\s*|,\s*|\s)(?:{via})\s+(?:un|uno|una|um|uma|une?)\s+(?:{loan})\b"
)
# Russian notes the sentence goes on to say were repaid since ("разместила облигации на сумму
# 300 миллионов долларов, которые погасила в этом году"): a placement recalled (README rule 1)
_NOT_REPAID_SINCE_RU = (
    r"(?![^.;]{0,40}?\bкотор\w+\s+(?:\w+\s+){0,2}?(?:погасил|выкупил|погашен|выкуплен)\w*)"
)


_TO_ROMANCE = r"(?:circa|cerca\s+de|unos|alrededor\s+de|aproximadamente|rund|etwa|περίπου)?\s*$"
WORDS: dict[str, DebtWords] = {
    "it": _words(
        # ("grazie all'assenza di debiti": the absence of debt, a state like "senza debiti")
        nil=r"\b(?:senza\s+debiti|nessun\s+debito|zero\s+debiti|priv[ao]\s+di\s+debiti|"
        r"assenza\s+(?:totale\s+)?di\s+debit[oi])\b",
        settled=r"\b(?:saldato|estinto|rimborsato|ripagato|regolato)\s+(?:il\s+|i\s+|un\s+)?"
        r"(?:suo\s+|suoi\s+)?(?:debit[oi]|prestit[oi])\s+(?:per|di|da|pari\s+a)\s+$",
        settled_after="",
        reduced=r"\brid(?:ucendo|uce|usse|otto)\s+(?:il\s+|i\s+)?(?:suo\s+|suoi\s+|proprio\s+)?debit[oi]\b",
        to=rf"\ba\s+{_TO_ROMANCE}",
        noun=r"debit|prestit|obbligazion",
        # notes told done by what they brought ("l'offerta di obbligazioni convertibili zero
        # coupon da 1,15 miliardi di dollari della società, che ha fornito un finanziamento") or
        # as closed after their sum ("…, completata a novembre"); an offering only announced or
        # planned is no new debt (README decided cases 6, 19)
        issued=r"\b(?:offerta|emissione|collocamento)\s+(?:privat[ao]\s+)?di\s+"
        r"(?:obbligazioni|note|titoli)\s+(?:[\w-]+\s+){0,4}?(?:da|di|per|pari\s+a)\s+(?:circa\s+)?$",
        issued_after=r"(?:\s+(?:della|dalla)\s+società)?,?\s+(?:che\s+ha\s+(?:fornito|raccolto|"
        r"garantito|portato)|(?:chius|complet|collocat|finalizzat)[ao]\b)",
        # a loan the company has ("Northern Data ha un prestito di 610 milioni di euro da
        # Tether"): a balance stated as current (README decided case 1's exception)
        balance=r"\b(?:ha|aveva)\s+(?:ancora\s+)?(?:un|uno)\s+(?:prestito|debito|finanziamento)\s+"
        r"(?:residuo\s+|in\s+essere\s+)?(?:di|pari\s+a)\s+(?:circa\s+)?$|"
        # ("Al 30 settembre, il prestito in questione ammontava a 74.7 milioni di dollari")
        r"\b(?:debito|prestito|indebitamento)\s+(?:[\w'’]+\s+){0,3}?(?:ammonta|ammontava|"
        r"(?:è|era)\s+pari|si\s+attesta(?:va)?)\s+a\s+(?:circa\s+)?$",
        owes=r"\b(?:doveva|deve)\s|\b(?:prestito|debito)\s+(?:[\w'’]+\s+){0,3}?(?:aveva|ha)\s",
        balance_after=r"\s+(?:di|in)\s+debiti\b|\s+(?:in\s+sospeso|residui|da\s+rimborsare)\b",
        owed_to=r"\s+dovut[ioae]\s+(?:a|ad|ai|agli|al|alla|alle|all['’])(?:\s|(?<=['’]))"
        r"(?!\s*(?:suoi\s+|propri\s+)?creditori)",
        loans=(
            (
                r"\b(?:ottenuto|ricevuto|ottiene|riceve)\s+(?:circa\s+)?$",
                _LOAN_AFTER.format(
                    via=r"in|con|tramite|attraverso",
                    loan=r"(?:contratto\s+di\s+)?(?:prestito|mutuo)",
                ),
            ),
            (
                r"\b(?:ottenuto|ricevuto|stipulato|firmato|siglato|acceso|ottiene|riceve)\s+"
                r"(?:un\s+|il\s+)?(?:nuovo\s+)?(?:prestito|mutuo|finanziamento\s+a\s+termine)\s+"
                r"(?:[\w-]+\s+){0,2}?(?:di|da|pari\s+a|per)\s+(?:circa\s+)?$",
                _RIGHT_AFTER,
            ),
        ),
        notes=(
            (  # "ha chiuso l'offerta di obbligazioni convertibili … da 1 miliardo di dollari"
                r"\b(?:chiuso|completato|concluso|finalizzato|perfezionato)\s+(?:l['’]|un['’]|la\s+|"
                r"una\s+)?(?:offerta|emissione|collocamento)\s+(?:privat[ao]\s+)?di\s+"
                r"(?:obbligazioni|note|titoli)\s+(?:[\w-]+\s+){0,4}?(?:da|di|per|pari\s+a)\s+"
                r"(?:circa\s+)?$",
                _RIGHT_AFTER,
            ),
            # "ha emesso 1 miliardo di dollari in obbligazioni convertibili"
            (
                r"\b(?:ha|aveva)\s+(?:emesso|collocato)\s+(?:circa\s+)?$",
                r"\s+(?:in|di)\s+(?:obbligazioni|note|titoli)\b",
            ),
        ),
    ),
    "es": _words(
        nil=r"\b(?:sin\s+deudas?|libre\s+de\s+deudas?|no\s+tiene\s+deudas?|cero\s+deudas?|"
        r"ninguna\s+deuda|ausencia\s+(?:total\s+)?de\s+deudas?)\b",
        settled=r"\b(?:sald[óo]|liquid[óo]|pag[óo]|cancel[óo]|amortiz[óo])\s+(?:una\s+|la\s+|su\s+|sus\s+)?"
        r"(?:deudas?|pr[ée]stamos?)\s+(?:de|por)\s+$",
        settled_after="",
        # (also its borrowings or credit line, as French: "redujo sus préstamos de revólver a
        # $30 millones desde $50 millones")
        reduced=r"\b(?:reduj\w+|reduciendo|rebaj\w+)\s+(?:la\s+|su\s+|sus\s+)?(?:deuda\b|"
        r"pr[ée]stamos?\s+(?:de\s+)?(?:rev[óo]lver|renovables?)|l[íi]nea\s+de\s+cr[ée]dito\b)",
        to=rf"\ba\s+{_TO_ROMANCE}",
        # (notes: "bonos senior garantizados", "en bonos"; not a bare "bonos", a bonus too)
        noun=r"deud|pr[ée]stam|(?:bonos|notas|pagar[ée]s)\s+(?:senior\b|convertibles|garantizad)"
        r"|\ben\s+(?:bonos|notas|pagar[ée]s)\b",
        issued=r"\b(?:cerr[óo]|complet[óo]|concluy[óo]|emiti[óo]|coloc[óo])\s+(?:una\s+|la\s+|su\s+)?"
        r"(?:oferta|emisi[óo]n|colocaci[óo]n)\s+(?:privada\s+)?de\s+(?:bonos|notas|pagar[ée]s)\s+"
        r"(?:[\wáéíóúñ]+\s+){0,2}?(?:de|por|por\s+valor\s+de|por\s+un\s+total\s+de)\s+$",
        issued_after=r"(?=)",
        # a balance the company has or owes ("tiene una deuda de", "su deuda asciende a",
        # "debía alrededor de US$275 millones en deudas de financiamiento de equipos")
        balance=r"\b(?:tiene|tenía|mantiene|mantenía)\s+(?:una\s+)?deuda\s+(?:total\s+)?(?:de|por)\s+"
        rf"{_ABOUT}$|\bdeuda\s+(?:total\s+)?(?:asciende|ascendía|ascendió|se\s+sitúa|se\s+situaba)\s+"
        rf"(?:a|en)\s+{_ABOUT}$",
        owes=r"\b(?:debía|debe|adeuda|adeudaba)\s|\b(?:préstamo|deuda)\s+(?:[\wáéíóúñ]+\s+){0,3}?"
        r"(?:tenía|tiene)\s",
        balance_after=r"\s+(?:en|de)\s+deudas?\b|\s+pendientes\b",
        owed_to=r"\s+adeudad[oa]s?\s+(?:a|al|a\s+los)\s(?!\s*(?:sus\s+)?acreedores)",
        loans=(
            (
                rf"\b(?:obtuvo|consiguió|recibió|obtiene|recibe)\s+{_ABOUT}$",
                _LOAN_AFTER.format(
                    via=r"en|con|mediante|a\s+través\s+de",
                    loan=r"(?:contrato\s+de\s+)?préstamo",
                ),
            ),
            (
                r"\b(?:obtuvo|consiguió|recibió|contrató|firmó|suscribió|cerró|aseguró|obtiene|"
                r"recibe)\s+(?:un\s+|el\s+)?(?:nuevo\s+)?(?:préstamo|crédito\s+a\s+plazo)\s+"
                rf"(?:[\wáéíóúñ-]+\s+){{0,2}}?(?:de|por)\s+{_ABOUT}$",
                _RIGHT_AFTER,
            ),
        ),
        # ("emitió 500 millones de dólares en bonos", "acaba de vender $1.15 mil millones en bonos
        # convertibles": notes sold are notes issued)
        notes=(
            (
                r"\b(?:emiti[óo]|coloc[óo]|vendi[óo]|acaba\s+de\s+(?:emitir|colocar|vender))\s+"
                r"(?:alrededor\s+de\s+)?$",
                r"\s+en\s+(?:bonos|notas|pagar[ée]s)\b",
            ),
        ),
    ),
    "pt": _words(
        nil=r"\b(?:sem\s+d[íi]vidas?|livre\s+de\s+d[íi]vidas?|n[ãa]o\s+tem\s+d[íi]vidas?|"
        r"zero\s+d[íi]vidas?|nenhuma\s+d[íi]vida|aus[êe]ncia\s+(?:total\s+)?de\s+d[íi]vidas?)\b",
        settled=r"\b(?:quitou|liquidou|pagou|amortizou)\s+(?:uma\s+|a\s+|sua\s+|suas\s+)?"
        r"(?:d[íi]vidas?|empr[ée]stimos?)\s+de\s+$",
        settled_after="",
        # (also cut, lowered, its loan or credit line: "diminuir ainda mais sua dívida com a
        # Galaxy, de US$ 66 milhões para US$ 38 milhões"; a plan to is `_NOT_DONE`)
        reduced=r"\b(?:reduziu|reduzindo|reduzir|diminuiu|diminuindo|diminuir|baixou|cortou)\s+"
        r"(?:\w+\s+){0,2}?(?:a\s+|o\s+)?(?:sua\s+|seu\s+)?"
        r"(?:d[íi]vida|empr[ée]stimo|linha\s+de\s+cr[ée]dito)\b",
        to=rf"\bpara\s+{_TO_ROMANCE}",
        noun=r"d[íi]vid|empr[ée]stim|notas\s+(?:seniores\s+)?convers|debêntur",
        issued=r"\b(?:fechou|concluiu|completou|precificou|emitiu|realizou)\s+(?:uma\s+|a\s+|sua\s+)?"
        r"(?:oferta|emissão|colocação)\s+(?:privada\s+)?de\s+(?:notas|títulos|debêntures)\s+"
        r"(?:[\wçãâêéíóú]+\s+){0,2}?(?:de|no\s+valor\s+(?:total\s+)?de|totalizando)\s+$",
        issued_after=r"(?=)",
        balance=r"\b(?:tem|tinha|possui|possuía)\s+(?:uma\s+)?d[íi]vida\s+(?:total\s+)?de\s+"
        rf"{_ABOUT}$|\bd[íi]vida\s+(?:total\s+)?(?:soma|somava|totaliza|totalizava|chega|chegava)\s+"
        rf"(?:a\s+)?{_ABOUT}$",
        # (or the loan had a sum outstanding: "O empréstimo em questão tinha cerca de US$ 74,7
        # milhões pendentes em 30 de setembro")
        owes=r"\b(?:devia|deve)\s|\b(?:empréstimo|financiamento|d[íi]vida)\s+(?:[\wçã]+\s+){0,3}?"
        r"(?:tinha|tem|ainda\s+tinha)\s",
        balance_after=r"\s+(?:em|de)\s+d[íi]vidas?\b|\s+(?:pendentes|em\s+aberto)\b",
        owed_to=r"\s+devid[oa]s?\s+(?:a|ao|à|aos|às)\s(?!\s*(?:seus\s+)?credores)",
        loans=(
            # "o novo contrato de empréstimo apoiado pelo Bitcoin é da ordem de 18,05 milhões"
            (
                r"\bnovo\s+contrato\s+de\s+empréstimo\s+(?:[\wçãâêéíóú-]+\s+){0,4}?(?:é|foi)\s+"
                rf"(?:da\s+ordem\s+)?de\s+{_ABOUT}$",
                _RIGHT_AFTER,
            ),
            (
                rf"\b(?:obteve|conseguiu|recebeu|obtém|recebe)\s+{_ABOUT}$",
                _LOAN_AFTER.format(
                    via=r"em|com|por\s+meio\s+de|através\s+de",
                    loan=r"(?:contrato\s+de\s+)?empréstimo",
                ),
            ),
            (
                r"\b(?:obteve|conseguiu|recebeu|contratou|assinou|fechou|garantiu)\s+(?:um\s+|o\s+)?"
                r"(?:novo\s+)?empréstimo\s+(?:[\wçãâêéíóú-]+\s+){0,2}?(?:de|no\s+valor\s+de)\s+"
                rf"{_ABOUT}$",
                _RIGHT_AFTER,
            ),
        ),
        notes=((r"\bemitiu\s+(?:cerca\s+de\s+)?$", r"\s+em\s+(?:notas|títulos|debêntures)\b"),),
    ),
    "de": _words(
        nil=r"\b(?:schuldenfrei|keine\s+Schulden|ohne\s+Schulden)\b",
        # ("begleicht … Schulden im Wert von 28,5 Millionen US-Dollar": the present of a report)
        settled=r"\b(?:tilgte|tilgt|beglich|begleicht)\s+(?:[\w-]+\s+){0,5}?(?:Schulden|Kredite?|Darlehen)\s+"
        r"(?:(?:in\s+Höhe|im\s+Wert)\s+)?von\s+$",
        settled_after="",
        # (also the verb after: "um seine Schulden gegenüber Galaxy … von 66 … auf 38 Millionen
        # US-Dollar zu senken")
        reduced=r"\b(?:reduzierte|senkte|verringerte)\s+(?:seine|ihre|die)\s+(?:Schulden|Verschuldung)\b|"
        r"\b(?:seine|ihre)\s+(?:Schulden|Verschuldung)\b(?=[^.;]{0,120}?\b(?:zu\s+senken|zu\s+reduzieren|"
        r"zu\s+verringern|gesenkt|reduziert|verringert)\b)",
        to=rf"\bauf\s+{_TO_ROMANCE}",
        noun=r"schuld|kredit|darlehen|anleihe|verbindlichkeit",
        balance=r"\b(?:hat|hatte|trägt|trug)\s+(?:\w+\s+){0,2}?Schulden\s+(?:in\s+Höhe\s+)?von\s+"
        r"(?:rund\s+|etwa\s+)?$|\b(?:Schulden|Verschuldung|Schuldenlast)\s+(?:\w+\s+){0,2}?"
        r"(?:beläuft|belief)\s+sich\s+auf\s+(?:rund\s+|etwa\s+)?$",
        loans=(
            (
                r"\b(?:erhielt|erhält|nahm|sicherte\s+sich)\s+(?:\w+\s+){0,4}?(?:Kredit|Darlehen|Bankkredit)\s+"
                r"(?:in\s+Höhe\s+)?(?:von|über)\s+(?:rund\s+|etwa\s+)?$",
                _RIGHT_AFTER,
            ),
            (  # the participle after the sum: "hat einen Kredit über … aufgenommen"
                r"\b(?:einen|ein|neuen|neues)\s+(?:[\w-]+\s+)?(?:Kredit|Darlehen|Bankkredit)\s+"
                r"(?:in\s+Höhe\s+)?(?:von|über)\s+(?:rund\s+|etwa\s+)?$",
                r"[^;]{0,80}?\b(?:aufgenommen|erhalten|abgeschlossen|gesichert)\b"
                r"(?!\s+(?:werden|sein|soll|wird))",
            ),
        ),
        notes=(
            (  # "hat … eine Emission von Wandelanleihen im Wert von … abgeschlossen"
                r"\b(?:Emission|Ausgabe|Platzierung|Angebot)\s+(?:von\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:Wandelanleihen|Anleihen|Schuldverschreibungen|Notes)\s+(?:im\s+(?:Gesamt)?"
                r"(?:wert|betrag|volumen|nennbetrag)\s+von|über|in\s+Höhe\s+von)\s+"
                r"(?:rund\s+|etwa\s+)?$",
                r"[^;]{0,120}?\babgeschlossen\b(?!\s+(?:werden|sein|soll|wird))",
            ),
        ),
    ),
    "el": _words(
        nil=r"(?<!\w)(?:χωρίς\s+χρέ(?:ος|η)|μηδενικό\s+χρέος|δεν\s+έχει\s+(?:κανένα\s+)?χρέος)(?!\w)",
        settled=r"(?<!\w)(?:διευθέτησε|εξόφλησε|αποπλήρωσε|ξεπλήρωσε)\s+(?:το\s+|τα\s+)?"
        r"(?:χρέη|χρέος|δάνει[οα])\s+$",
        settled_after="",
        reduced=r"(?<!\w)(?:μειώνοντας|μείωσε)\s+(?:το\s+)?χρέος(?!\w)",
        to=rf"(?<!\w)σε\s+{_TO_ROMANCE}",
        noun=r"χρέ|δάνει",
    ),
    "tl": _words(
        nil=r"\bwalang\s+utang\b", settled="", settled_after="", reduced="", to="", noun="utang"
    ),
    "ja": _words(
        nil=r"無借金|借入(?:金)?(?:は|が)(?:ゼロ|ない|なし)|有利子負債(?:は|が)ゼロ",
        settled="",
        settled_after=r"(?:規模|相当)?の?(?:債務|借入金?|ローン)を(?:返済|完済|清算)(?:した|し[、,])|"
        r"分を(?:買い戻|買戻)(?:した|し[、,])",
        reduced="",
        to="",
        noun=r"債|借入|借り入れ|借金|ローン|融資",
        loans=(
            # "…から5,000万ドルの融資を受けた", "…ドルを借り入れた": the sum right before
            (
                _AT_SUM,
                rf"{_CJK_ASIDE}(?:規模|相当)?の(?:融資|ローン|借入れ?)を(?:受けた|受け[、,]|"
                rf"確保した|確保し[、,]|実行した)|{_CJK_ASIDE}を借り入れ(?:た|[、,])|"
                # the court's approval of the loan won ("3,750万ドルの融資を確保する裁判所の承認を
                # 獲得した": a debtor-in-possession loan entered into; not approval sought,
                # "借入承認を求める予定")
                rf"{_CJK_ASIDE}(?:規模|相当)?の(?:融資|ローン|借入れ?)を(?:確保|受け)(?:する|る)"
                r"[^。、]{0,8}?承認を(?:獲得し|得|受け)(?:た|[、,])",
            ),
            # "このビットコインを担保とするローン契約は、1805万ポンド(約27億円)になるという": the
            # amount of the agreement just told concluded, pointed back to
            (
                r"(?:この|同|本|今回の)[^。、]{0,30}?(?:ローン|融資|借入)契約(?:の(?:金額|総額|規模))?"
                r"は、?\s*(?:約)?$",
                rf"{_CJK_ASIDE}\s*(?:に(?:なる|上る|のぼる|達する)|だった|です|である)",
            ),
        ),
    ),
    "ko": _words(
        nil=r"무차입|차입금(?:이|은)\s*없|부채(?:가|는)\s*(?:전혀\s*)?없",
        settled="",
        settled_after=r"(?:규모의\s*)?(?:부채|채무|대출금?)(?:를|을)\s*(?:청산|상환|탕감)(?:했|하였)",
        reduced="",
        to="",
        noun=r"부채|채무|대출|차입|융자|빌렸|사채",
        # notes issued: "10억 달러(약 1조 3,200억 원) 규모의 2030년 만기 제로 쿠폰 전환사채 발행을
        # 완료했다", "…달러의 전환사채를 발행했다" (not "발행할 계획": a plan)
        notes=(
            (
                _AT_SUM,
                rf"{_CJK_ASIDE}\s*(?:규모의|의)\s*[^.。]{{0,30}}?(?:전환사채|회사채|사채|채권)\s*"
                r"(?:발행을\s*완료했|(?:를|을)\s*발행했)",
            ),
        ),
        # "…에서 5000만 달러 규모의 대출을 받았다", "…달러를 빌렸다" (not "받는다고": to come)
        loans=(
            (
                _AT_SUM,
                rf"{_CJK_ASIDE}\s*(?:규모의\s*)?(?:대출|차입금?|융자)(?:을|를)?\s*"
                rf"(?:받았|실행했|확보했)|{_CJK_ASIDE}(?:을|를)\s*(?:대출받았|차입했|빌렸)|"
                # ("3750만 달러의 대출을 확보하기 위한 법원 승인을 받았다", as Japanese)
                rf"{_CJK_ASIDE}\s*(?:규모의\s*|의\s*)?(?:대출|융자)(?:을|를)\s*확보하기\s*위한\s*"
                r"(?:법원(?:의)?\s*)?승인을\s*(?:받았|획득했|얻었)",
            ),
        ),
    ),
    "zh": _words(
        nil=r"无负债|無負債|零负债|零負債|无债务|無債務|没有(?:任何)?债务|沒有(?:任何)?債務",
        settled="",
        settled_after=r"(?:的)?(?:债务|債務|贷款|貸款)",
        reduced="",
        to="",
        noun=r"债|債|贷款|貸款|票据|票據",
        # Chinese verbs tell no tense: issued when told done ("已发行", "完成发行", "发行了") or
        # listed among the year's milestones ("里程碑包括 … 以及发行6.5亿美元可转换票据"); not a
        # headline's bare "发行10亿美元可转换债券" over a proposed offering
        issued=r"(?:(?:已经?|已經|完成了?|成功)(?:发行|發行)了?|(?:发行|發行)了|"
        r"里程碑[^。]{0,100}?(?:发行|發行))\s*$",
        issued_after=r"\s*(?:的)?(?:可转换|可轉換|优先|優先|无担保|無擔保)?(?:债券|債券|票据|票據|公司债|公司債)",
        # "从Galaxy获得了一笔2000万美元的贷款"
        loans=(
            (
                r"(?:已经?|已經)?(?:获得|獲得|取得|借入)(?:了)?(?:一笔|一筆)?\s*$",
                r"\s*(?:的)?(?:定期)?(?:贷款|貸款|借款)",
            ),
        ),
    ),
    # French, Russian, Indonesian, Vietnamese, Arabic
    "fr": _words(
        # ("grâce à l'absence de dettes": the absence of debt is the state of having none)
        nil=r"\b(?:sans\s+(?:aucune\s+)?dettes?|aucune\s+dette|zéro\s+dette|"
        r"n['’]a\s+(?:pas|aucune)\s+(?:de\s+)?dettes?|libre\s+de\s+(?:toute\s+)?dettes?|"
        r"absence\s+(?:totale\s+)?(?:de\s+|d['’])(?:toute\s+)?(?:dettes?|endettement))\b",
        settled=r"\b(?:remboursé|réglé|soldé|apuré)\s+(?:un\s+|une\s+|le\s+|la\s+|sa\s+|son\s+|ses\s+)?"
        r"(?:dettes?|prêts?|emprunts?)\s+(?:de\s+|d['’]un\s+montant\s+de\s+)$",
        settled_after="",
        # (also its borrowings, loan or credit line: "réduit ses emprunts revolver de 50 millions
        # de dollars à 30 millions de dollars")
        reduced=r"\b(?:réduit|réduire|réduisant|ramené|ramenant|abaissé|diminué|diminuant)\s+"
        r"(?:\w+\s+){0,2}?(?:sa\s+|la\s+|leur\s+|ses\s+|son\s+|les\s+|leurs\s+)?"
        r"(?:dette|endettement|emprunts?|prêts?|ligne\s+de\s+crédit|crédit\s+renouvelable|"
        r"facilité\s+de\s+crédit)\b",
        to=r"\bà\s+(?:environ\s+|près\s+de\s+)?$",
        # (notes: "son offre d'obligations convertibles"; not a bare "obligation", a duty too)
        noun=r"dette|endettement|prêt|emprunt|crédit|obligations\s+(?:convertibles|garanties|"
        r"de\s+premier\s+rang|senior)",
        # (also the loan named before: "le prêt en question s'élevait à 74,7 millions")
        balance=r"(?:\b(?:dette|endettement)\s+(?:totale\s+)?|"
        r"\b(?:le|son|leur)\s+(?:prêt|emprunt)\s+(?:\w+\s+){0,2}?)(?:s['’]élève|s['’]élevait|atteint|"
        r"atteignait)\s+(?:désormais\s+|maintenant\s+)?à\s+(?:environ\s+)?$",
        default=r"\bfait\s+défaut\s+sur\s+(?:\w+\s+){0,3}?(?:prêts?|dettes?|emprunts?)\s+de\s+$",
        # (a sum allocated to settling a debt is spent on it, as in English: "a alloué 4
        # millions de dollars pour régler les dettes dues à Galaxy Digital")
        spent=r"\b(?:utilisé|alloué|affecté|consacré)\s+(?:environ\s+)?$",
        spent_on=r"\s*(?:du\s+produit\s+(?:de\s+la\s+vente\s+)?)?pour\s+(?:rembourser|régler|"
        r"solder)\s+(?:\w+\s+){0,2}?(?:dettes?|prêts?|emprunts?|ligne\s+de\s+crédit)",
        loans=(
            (
                r"\b(?:obtenu|contracté|reçu|conclu|signé|décroché|obtient|contracte|reçoit|conclut)\s+"
                r"(?:un\s+|une\s+|le\s+)?(?:nouvel?\s+|nouveau\s+)?(?:prêt|emprunt|financement\s+par\s+"
                rf"emprunt)\s+(?:[\w-]+\s+){{0,2}}?{_OF}{_ABOUT}$",
                _RIGHT_AFTER,
            ),
            (  # the lender or the grant after the sum: "Cet emprunt de 20 M$ provient d'un fonds"
                r"\b(?:prêt|emprunt|financement\s+par\s+emprunt)\s+de\s+$",
                r"\s+(?:provient|provenait|provenant|accordé|consenti|octroyé|obtenu)\b|"
                r"\s+(?:auprès|de\s+la\s+part)\s+d",
            ),
        ),
        notes=(
            (
                r"\b(?:clôturé|finalisé|complété|réalisé|bouclé|clôture|finalise)\s+(?:son\s+|sa\s+|"
                r"une\s+|l['’]|le\s+)(?:offre|émission|placement)\s+(?:privée?\s+)?(?:d['’]|de\s+)"
                r"(?:obligations|billets)\s+(?:[\w-]+\s+){0,3}?(?:de|d['’]un\s+montant\s+de|pour)\s+"
                rf"{_ABOUT}$",
                _RIGHT_AFTER,
            ),
        ),
    ),
    "ru": _words(
        nil=r"\b(?:нет\s+(?:никаких\s+)?долгов|без\s+долгов|не\s+имеет\s+(?:никаких\s+)?долгов|"
        r"нулев\w+\s+долг\w*)\b",
        settled=r"(?<!не\s)\b(?:погасил\w*|выплатил\w*|урегулировал\w*)\s+(?:\w+\s+){0,2}?"
        r"(?:долг|кредит|займ|заем|задолженност)\w*\s+(?:\S+\s+){0,2}?(?:в\s+размере|на\s+сумму)\s+$",
        settled_after="",
        reduced=r"\b(?:сократил\w*|снизил\w*|уменьшил\w*)\s+(?:\w+\s+){0,2}?(?:долг|задолженност)\w*|"
        r"\b(?:непогашенн\w+\s+)?(?:остаток|долг|задолженност\w*)\s+(?:\w+\s+){0,2}?"
        r"(?:сокращ|снижен|уменьш|сократил|снизил)\w*",
        to=r"\bдо\s+(?:около\s+|примерно\s+)?$",
        noun=r"долг|кредит|займ|заем|задолженност|облигаци",
        balance=r"\b(?:оставал\w*|оста[её]тся|остаются|осталось|имеет|имела)\s+(?:\w+\s+){0,4}?"
        r"(?:облигаци|кредит|займ|долг|задолженност)\w*\s+(?:на\s+сумму|в\s+размере)\s+$|"
        r"\b(?:долг|задолженность)\s+(?:\w+\s+){0,2}?составля\w+\s+(?:около\s+)?$",
        default=r"\b(?:допустил\w*\s+дефолт\w*\s+по|не\s+(?:смог\w*\s+)?(?:погасил\w*|погасить|"
        r"выплатил\w*|выплатить))\s+(?:\w+\s+){0,3}?(?:кредит|займ|долг|облигаци)\w*\s+"
        r"(?:на\s+сумму|в\s+размере)\s+$",
        spent=r"\b(?:использовал\w*|направил\w*|потратил\w*)\s+(?:около\s+)?$",
        spent_on=r"\s*(?:из\s+(?:выручки|средств|поступлений)\s+)?(?:\w+\s+){0,2}?(?:для|на)\s+"
        r"(?:частичного\s+)?погашени\w+\s+(?:\w+\s+){0,2}?(?:долг|кредит|займ|задолженност)",
        # notes sold or placed ("продала конвертируемые облигации (…) на сумму 300 миллионов
        # долларов"): new debt (README decided case 19); not "не продала", not a plan
        notes=(
            (
                r"(?<!не\s)\b(?:продал\w*|выпустил\w*|разместил\w*)\s+(?:\w+\s+){0,2}?"
                r"облигаци\w*\s+(?:\([^()]{0,80}\)\s+)?на\s+сумму\s+(?:около\s+)?$",
                _NOT_REPAID_SINCE_RU,
            ),
        ),
    ),
    "id": _words(
        nil=r"\b(?:tanpa\s+h?utang|bebas\s+h?utang|tidak\s+memiliki\s+h?utang|nol\s+h?utang)\b",
        settled=r"\b(?:melunasi|membayar\s+kembali)\s+(?:\w+\s+){0,2}?(?:h?utang|pinjaman)\s+"
        r"(?:\w+\s+)?(?:senilai|sebesar)\s+$",
        settled_after="",
        reduced=r"\b(?:mengurangi|menurunkan|memangkas)\s+(?:\w+\s+){0,2}?(?:h?utang|pinjaman)\w*",
        to=r"\bmenjadi\s+(?:sekitar\s+)?$",
        noun=r"utang|pinjaman|obligasi",
        balance=r"\b(?:masih\s+)?(?:memiliki|menanggung)\s+(?:\w+\s+){0,2}?(?:h?utang|pinjaman)\s+"
        r"(?:\w+\s+){0,2}?(?:senilai|sebesar)\s+$",
        default=r"\bgagal\s+(?:membayar|melunasi|bayar)\s+(?:\w+\s+){0,2}?(?:pinjaman|h?utang|obligasi)"
        r"\s+(?:\w+\s+){0,2}?(?:senilai|sebesar)\s+$",
        balance_after=r"\s+(?:dalam|berupa)\s+(?:bentuk\s+)?(?:h?utang|pinjaman)\b",
        owes=r"\b(?:masih\s+)?(?:memiliki|menanggung)\s",
        spent=r"\bmenggunakan\s+(?:sekitar\s+)?$",
        spent_on=r"\s*(?:dari\s+(?:hasil\s+)?(?:penjualan|dana)\s+(?:\w+\s+)?)?untuk\s+"
        r"(?:melunasi|membayar)\s+(?:\w+\s+){0,2}?(?:h?utang|pinjaman)",
    ),
    "vi": _words(
        nil=r"\b(?:không\s+có\s+(?:khoản\s+)?nợ|không\s+nợ)\b",
        settled=r"\b(?:trả\s+hết|trả\s+xong|tất\s+toán|thanh\s+toán)\s+(?:khoản\s+)?(?:nợ|vay)\s+"
        r"(?:trị\s+giá\s+)?$",
        settled_after="",
        reduced=r"\bgiảm\s+(?:\w+\s+){0,2}?nợ\b",
        to=r"\b(?:xuống|còn)\s+(?:còn\s+)?(?:khoảng\s+)?$",
        noun=r"nợ|vay|trái\s+phiếu",
        default=r"\bvỡ\s+nợ\s+(?:khoản\s+)?(?:vay\s+)?(?:trị\s+giá\s+)?$",
        # notes told done: "đã hoàn thành việc phát hành 300 triệu đô la Mỹ dưới dạng trái
        # phiếu …" (completed the issue of … as notes), "hoàn tất đợt phát hành trái phiếu …
        # trị giá …"; not "sẽ phát hành", "kế hoạch phát hành" (a plan), nor shares ("cổ phiếu")
        notes=(
            (
                r"\bhoàn\s+(?:thành|tất)\s+(?:việc\s+|đợt\s+)?phát\s+hành\s+(?:khoảng\s+)?$",
                r"\s+(?:\w+\s+){0,3}?trái\s+phiếu\b",
            ),
            (
                r"\bhoàn\s+(?:thành|tất)\s+(?:việc\s+|đợt\s+)?phát\s+hành\s+trái\s+phiếu\s+"
                r"(?:[\w,]+\s+){0,6}?(?:trị\s+giá|với\s+tổng\s+giá\s+trị)\s+(?:khoảng\s+)?$",
                _RIGHT_AFTER,
            ),
        ),
    ),
    "ar": _words(
        nil=r"(?<!\w)(?:بدون\s+ديون|خالية\s+من\s+الديون|لا\s+توجد\s+(?:لديها\s+)?ديون|"
        r"ليس\s+لديها\s+(?:أي\s+)?ديون)(?!\w)",
        settled=r"(?:سددت|سدّدت|سداد)\s+(?:\w+\s+){0,2}?(?:ديون|دين|قرض|قروض)\w*\s+(?:بقيمة|بمبلغ)\s+$",
        settled_after="",
        reduced=r"(?:خفضت|خفّضت|قلصت)\s+(?:\w+\s+)?(?:ديون|دين)\w*",
        to=r"(?<!\w)إلى\s+(?:نحو\s+|حوالي\s+)?$",
        noun=r"دين|ديون|قرض|قروض",
    ),
    # Czech, Finnish ("dluží svým věřitelům": owed to creditors, no debt: README case 36)
    "cs": _words(
        nil=r"\b(?:bez\s+dluhů|nemá\s+žádné\s+dluhy|bez\s+zadlužení)\b",
        settled=r"\b(?:splatil\w*|uhradil\w*)\s+(?:\w+\s+){0,2}?(?:dluh|úvěr|půjčk)\w*\s+"
        r"(?:ve\s+výši\s+)?$",
        settled_after="",
        reduced=r"\bsnížil\w*\s+(?:svůj\s+|své\s+)?(?:dluh|zadlužení)\w*",
        to=r"\bna\s+(?:přibližně\s+|zhruba\s+)?$",
        noun=r"dluh|úvěr|půjčk|zadlužení",
    ),
    "fi": _words(
        nil=r"\b(?:velaton|velattomana|ei\s+ole\s+(?:lainkaan\s+)?velkaa)\b",
        settled="",
        settled_after="",
        reduced="",
        to="",
        noun=r"velka|velat|velaton|velattom",
    ),
}
# Chinese tells the verb before the sum: "偿还了2亿美元的债务"
_ZH_REPAID_BEFORE = re.compile(r"(?:偿还|償還|清偿|清償|还清|還清)(?:了)?\s*$")

# not a state: a qualified debt ("senza debiti a lungo termine") or a hope ("prevede di essere
# libera da debiti entro il 2024", "να είμαστε απαλλαγμένοι")
_QUALIFIED = re.compile(
    r"\s*(?:a\s+lungo\s+termine|a\s+largo\s+plazo|de\s+longo\s+prazo|langfristig\w*|"
    r"convertibil\w*|convertibles?|convers\w+|長期|장기|长期|μακροπρόθεσμ\w*|"
    r"à\s+long\s+terme|долгосрочн\w*|конвертируем\w*|jangka\s+panjang|dài\s+hạn|طويلة\s+الأجل)",
    re.I,
)
_NOT_DONE = re.compile(
    r"\b(?:prev\w+|pianific\w+|potr\w+|entro|intend\w+|obiettivo|espera\w*|planea\w*|podr\w+|"
    r"objetivo|pretende\w*|planeja\w*|meta|erwart\w+|plant|Ziel|will|soll\w*)\b|"
    r"予定|見込|目指|目標|계획|목표|예정|计划|計劃|预计|預計|目标|目標|"
    r"(?<!\w)(?:να|θα|στόχ\w*)(?!\w)|"
    # French, Russian, Indonesian, Vietnamese, Arabic
    r"\b(?:prévo\w*|prévu\w*|envisag\w*|devrait|pourrait|vis(?:e|ait|ant)|objectif|"
    r"планиру\w*|намерен\w*|собира\w*|будет|ожида\w*|может|чтобы|"
    r"berencana|rencana|akan|bertujuan|dự\s+kiến|kế\s+hoạch|sẽ|mục\s+tiêu)\b|"
    r"تخطط|تعتزم|ستقوم|سوف|تهدف",
    re.I,
)
# a balance told as a lender's or creditor's claim or suit ("Кредиторы утверждают, что …",
# "les prêteurs prétendent que …"): not the company's debt (README decided case 35)
_CLAIMED = re.compile(
    r"\b(?:alega\w*|alegam|reclaman|reclamam|rivendica\w*|behaupt\w*|"
    r"утвержда\w*|иск(?:а|ом|у|е)?|prétend\w*|allègu\w*|réclam\w*|mengklaim|menuduh|gugat\w*|"
    r"cáo\s+buộc|khởi\s+kiện|žalob\w*|väittä\w*)\b|يدعي|يزعم|تدعي|تزعم|دعوى",
    re.I,
)
# a purchase paid "without debt" says how it was paid, not what the company owes
_FUNDED = re.compile(
    r"\b(?:financ\w*|finanzi\w*|pagad\w*|pagat\w*|pag[óo]|pagou|bezahlt|finanziert)\s+"
    r"(?:\w+\s+){0,2}?$",
    re.I,
)
_CLAUSE = re.compile(r",\s|;|:\s|—|–|\(|\)|、|，|。")
# the words right before a principal ("begleicht das Bitcoin-Mining Unternehmen Bitfarms Schulden
# im Wert von ")
_SETTLED_BEFORE = 80
_ISSUED_BEFORE = 120  # (a milestone list's head: "里程碑包括收购 …, …, 以及发行")
_CJK_GAP = re.compile(r"\([^()]{0,30}\)|（[^（）]{0,30}）|[)）]")
_CJK_FILLER = re.compile(r"\s*(?:약\s*)?\s*$")
_REDUCED_TO = 120  # a balance brought down: its new level within this many characters
_PLAN_BEFORE = 40  # a balance to be brought down: the plan's words right before the verb


@dataclass(frozen=True, slots=True)
class Debt:
    sentence: Segment
    metric: str
    value: Decimal
    currency: str
    position: int  # where the phrase starts in the sentence (whose company it is)
    figure: int  # where the figure starts (its period: not the starting point before it)
    story: bool = False  # held at the story's date, whatever month the sentence names
    loan: bool = False  # a loan told obtained: not when the story pays it out in tranches


def read(
    sentence: Segment,
    language: str,
    cjk: bool,
    before: str = "",
    spaced: bool = False,
    dollar: str = "CAD",
) -> Iterator[Debt]:
    """The debt figures `sentence` states, in `language` (`before`: the sentence before it;
    `spaced`: its thousands may be grouped by spaces, "150 000 000 $"; `dollar`: the currency
    of "20 M$")."""
    words = WORDS.get(language)
    if words is None:
        return
    text = sentence.text
    notes = language == "ja" and _ja_notes(text, before)
    if words.noun.search(text) is None and not notes:
        return
    yield from _nil(sentence, words)
    moneys = list(foreign_numbers.money(text, cjk, spaced, dollar))
    if not moneys:
        return
    # (a sum's conversion in brackets is read as the sum it converts is: "18,05 milhões de
    # libras (cerca de US$ 25 milhões)" both, "…ドルのうち5億7,920万ドル(約892億円)" neither)
    previous: tuple[int, int, Decimal, str] | None = None
    found: Debt | None = None
    for sum_ in moneys:
        if foreign_numbers.conversion_of(text, previous, sum_):
            if found is not None:
                yield dc_replace(found, value=sum_[2], currency=sum_[3], figure=sum_[0])
        else:
            found = _flow(sentence, words, language, notes, sum_)
            if found is not None:
                yield found
        previous = sum_
    yield from _reduced(sentence, words, moneys)
    yield from _stated(sentence, words, moneys)


def _flow(
    sentence: Segment,
    words: DebtWords,
    language: str,
    notes: bool,
    sum_: tuple[int, int, Decimal, str],
) -> Debt | None:
    """The debt settled, issued or obtained the sum `sum_` of `sentence` tells, else None."""
    text = sentence.text
    start, end, value, currency = sum_
    if _settled(text, words, language, start, end):
        return Debt(sentence, DEBT_REPAID, value, currency, start, start)
    if notes and _notes_issued(text, start, end):
        return Debt(sentence, DEBT_ISSUED, value, currency, start, start)
    if (issued := _issued(text, words, start, end)) is not None:
        return Debt(sentence, DEBT_ISSUED, value, currency, issued, start)
    if (obtained := _new_loan(text, words, start, end)) is not None:
        return Debt(sentence, DEBT_ISSUED, value, currency, obtained, start, loan=True)
    return None


def _stated(
    sentence: Segment, words: DebtWords, moneys: list[tuple[int, int, Decimal, str]]
) -> Iterator[Debt]:
    """A balance the copy states as the company's ("у Argo оставались … облигации на сумму 40
    миллионов долларов"), a defaulted loan's balance ("gagal membayar pinjaman senilai $54
    juta"), a stated sum spent on a repayment ("использовала 4 миллиона долларов из выручки
    для погашения долга"); none in a clause that tells a plan."""
    text = sentence.text
    # (the sentence's first claim and first debt owed, found once: each sum asks whether
    # one comes before it)
    claimed, owes = _CLAIMED.search(text), words.owes.search(text)
    for start, end, value, currency in moneys:
        before = max(0, start - _SETTLED_BEFORE)
        if _before(claimed, start):
            continue  # a lender's claim (README decided case 35)
        found = (
            (words.balance.search(text, before, start), DEBT_TOTAL, False),
            (words.default.search(text, before, start), DEBT_TOTAL, True),
            (
                words.spent.search(text, before, start)
                if words.spent_on.match(text, end)
                else None,
                DEBT_REPAID,
                False,
            ),
            (
                _before(owes, start) if words.balance_after.match(text, end) else None,
                DEBT_TOTAL,
                False,
            ),
            (words.owed_to.match(text, end), DEBT_TOTAL, False),
        )
        for m, metric, story in found:
            if m is not None and not _planned(text, *_clause(text, start)):
                yield Debt(sentence, metric, value, currency, m.start(), start, story)


def _before(first: re.Match[str] | None, start: int) -> re.Match[str] | None:
    """`first`, a sentence's first match of some words, if it ends by `start`."""
    return first if first is not None and first.end() <= start else None


def _clause(text: str, position: int) -> tuple[int, int]:
    """The clause around `position`: from the last mark ending before it (within 200
    characters, else the sentence's start) to the next mark (else the sentence's end)."""
    starts, ends = _marks(text)
    index = bisect.bisect_right(ends, position) - 1
    before = ends[index] if index >= 0 and starts[index] >= position - 200 else 0
    index = bisect.bisect_left(starts, position)
    return before, (starts[index] if index < len(starts) else len(text))


def clause_end(text: str, position: int) -> int:
    """Where the clause around `position` ends (`_clause`)."""
    return _clause(text, position)[1]


# (a long sentence of many sums is scanned once for its marks and once a clause for a plan,
# not once a sum: "fechou uma oferta de … $588 milhões e " five hundred times)
@functools.lru_cache(maxsize=64)
def _marks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the clause marks of `text` start, and where they end."""
    found = [(m.start(), m.end()) for m in _CLAUSE.finditer(text)]
    return tuple(start for start, _ in found), tuple(end for _, end in found)


@functools.lru_cache(maxsize=256)
def _planned(text: str, start: int, end: int) -> bool:
    """Does `text[start:end]` tell a plan, not a thing done (`_NOT_DONE`)?"""
    return _NOT_DONE.search(text, start, end) is not None


def _nil(sentence: Segment, words: DebtWords) -> Iterator[Debt]:
    text = sentence.text
    m = words.nil.search(text)
    if m is None or _QUALIFIED.match(text, m.end()):
        return
    if _FUNDED.search(text, max(0, m.start() - 30), m.start()):
        return
    start, end = _clause(text, m.start())
    if _NOT_DONE.search(text, start, max(end, m.end())):
        return
    yield Debt(sentence, DEBT_TOTAL, Decimal(0), "USD", m.start(), m.start())


def _settled(text: str, words: DebtWords, language: str, start: int, end: int) -> bool:
    """The sum at text[start:end] is the principal a settlement or repayment retired."""
    if words.settled.search(text, max(0, start - _SETTLED_BEFORE), start):
        return not _planned(text, *_clause(text, start))
    if language == "de":
        return foreign_debt_verb_last.settled(text, start, end)
    if language == "zh" and not _ZH_REPAID_BEFORE.search(text, max(0, start - 8), start):
        return False
    after = _after_cjk_sum(text, words, end)
    if (
        after is not None
        and language == "ja"
        and _JA_SOLD_BACK.search(text, end, after)
        and _JA_NOTES not in text[max(0, start - 30) : start]
    ):
        return False  # (a buy-back of shares, not of notes)
    return after is not None and _NOT_DONE.search(text, start, after) is None


def _issued(text: str, words: DebtWords, start: int, end: int) -> int | None:
    """Where the words of notes closed start, their principal at text[start:end] ("fechou uma
    oferta de notas conversíveis de $588 milhões"), else None; none in a clause of a plan."""
    return _told(text, ((words.issued, words.issued_after), *words.notes), start, end)


def _new_loan(text: str, words: DebtWords, start: int, end: int) -> int | None:
    """Where the words of a loan obtained start, its principal at text[start:end] ("a obtenu
    un prêt de 20 M$"), else None; none in a clause of a plan (README decided case 6). A
    credit line's size is no loan here (case 19): its words are not among these."""
    return _told(text, words.loans, start, end) if words.loans else None


def _told(
    text: str,
    forms: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...],
    start: int,
    end: int,
) -> int | None:
    """Where the first of `forms` (the words right before a sum, right after it) told of the
    sum at text[start:end] starts, else None; none in a clause of a plan."""
    for before, after in forms:
        m = before.search(text, max(0, start - _ISSUED_BEFORE), start)
        if m is not None and after.match(text, end) is not None:
            return m.start() if not _planned(text, *_clause(text, start)) else None
    return None


# A loan paid out in tranches to come ("Ces 20 M$ seront remis en quatre tranches de 5 M$"): a
# delayed-draw loan, new debt only for a tranche stated as drawn (README decided case 19). Only
# a payout: not a loan repaid in instalments ("a ser pago em 12 parcelas"), nor a tranche of
# megawatts ("La première tranche de 100 MW … sera livrée")
_TRANCHES = re.compile(r"\btranch\w*|\btramos?\b|\bparcelas\b|\bTranchen\b", re.I)
_PAID_OUT = re.compile(
    r"\b(?:remis|versée?s?|débloquée?s?|décaissée?s?|desembols\w*|liberad[oa]s?|entregad[oa]s?"
    r"|ausgezahlt|ausbezahlt|erogat[oi])\b"
    r"[^.;]{0,30}?(?:\btranch\w*|\btramos?\b|\bparcelas\b)"
    r"|\bTranchen\b[^.;]{0,40}?\b(?:ausgezahlt|ausbezahlt)\b",
    re.I,
)


def paid_in_tranches(text: str) -> bool:
    """Does the sentence tell a loan paid out in tranches?"""
    return _TRANCHES.search(text) is not None and _PAID_OUT.search(text) is not None


# Japanese notes: the sum right before "を調達", "を確保" or "発行" (a bracketed translation
# between), in a sentence about the notes ("社債"); not a total of several offerings or net
# proceeds ("合計19億2,500万ドルを調達", "手取りの純収入は…"), not a plan (`_NOT_DONE`)
_JA_NOTES = "社債"
_JA_FUNDRAISING = "資金調達"
# (also the notes named between: "3億ドルの転換社債を発行して調達した資金")
_JA_RAISED = re.compile(
    r"(?:の(?:転換|無担保|優先)?社債)?(?:を)?(?:調達|確保|発行)(?:した|しました|し[、,]|して|。|$)"
)
# (a part "of" the notes' sum: "…5億9,400万ドルのうち5億7,920万ドル")
_JA_NOT_PRINCIPAL = re.compile(r"合計|総額|純収入|手取り|純額|のうち")
# the notes' issue named right before the sum: "転換社債発行による5億9,400万ドル", "社債の発行で"
_JA_BY_ISSUE = re.compile(r"社債の?発行(?:による|により|で)(?:約)?$")
_JA_SOLD_BACK = re.compile(r"分を(?:買い戻|買戻)")


def _ja_notes(text: str, before: str) -> bool:
    """A Japanese sentence about notes: it names them, or it tells the fundraising ("資金調達")
    the sentence before named as notes sold ("転換社債の販売で調達完了")."""
    return _JA_NOTES in text or (_JA_FUNDRAISING in text and _JA_NOTES in before)


def _notes_issued(text: str, start: int, end: int) -> bool:
    """The sum at text[start:end] is the principal of Japanese-told notes closed."""
    gap = _CJK_GAP.sub("", text[end : end + 40])
    if _JA_RAISED.match(gap) is None and not _JA_BY_ISSUE.search(text, max(0, start - 12), start):
        return False
    clause_start, _ = _clause(text, start)
    if _JA_NOT_PRINCIPAL.search(text, clause_start, start):
        return False
    return not _planned(text, clause_start, len(text))


def _after_cjk_sum(text: str, words: DebtWords, end: int) -> int | None:
    """Where the verb after a sum ends ("4억 달러(약 5346억 원) 규모의 부채를 청산했"): the sum,
    or its translation in brackets, right before it."""
    window = text[end : end + 40]
    gap = _CJK_GAP.sub("", window)
    m = words.settled_after.search(gap)
    if m is None or not _CJK_FILLER.fullmatch(gap[: m.start()]):
        return None
    verb = words.settled_after.search(text, end, end + len(window))
    return verb.end() if verb is not None else None


def _reduced(
    sentence: Segment, words: DebtWords, moneys: list[tuple[int, int, Decimal, str]]
) -> Iterator[Debt]:
    """ "μειώνοντας το χρέος της από … σε 25 εκατομμύρια δολάρια": the level after "to"."""
    text = sentence.text
    for anchor in words.reduced.finditer(text):
        if _planned(text, max(0, anchor.start() - _PLAN_BEFORE), anchor.start()):
            continue  # ("tinha como objetivo diminuir a linha de crédito … para US$ 66 milhões")
        for start, _, value, currency in moneys:
            if anchor.end() <= start <= anchor.end() + _REDUCED_TO and words.to.search(
                text, max(anchor.end(), start - 24), start
            ):
                yield Debt(sentence, DEBT_TOTAL, value, currency, anchor.start(), start)
                break
