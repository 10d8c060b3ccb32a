"""An AI contract signed, and the megawatts it covers, in news copy not in English.

    "Inanunsyo ng … TeraWulf ang pakikipagtulungan sa AI cloud platform na Fluidstack upang
    bumuo ng isang 168-megawatt na AI data center"   → contract_signed, ai_capacity_mw 168
    "Riot ha firmato il suo primo grande contratto di locazione data center con AMD, … GPU per
    AI"                                              → contract_signed

README decided cases 30 and 39: a contract or partnership signed (or announced as made) with an
AI/HPC/cloud party is the done state; a MW figure its own sentence gives as the deal's scope is
AI capacity, an option, a right of first refusal or a "potential" size is not; talks, plans and
intentions are neither. The reader (`foreign`) judges whose deal it is and its period.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from monitor.vocabulary.periods import Period

from . import foreign_ai_commitments, foreign_numbers
from .model import AI_CAPACITY, AI_MILESTONE
from .sentences import Segment

# a contract, lease or partnership made ("ha firmato … contratto", "firmó un acuerdo",
# "assinou contrato", "Vertrag unterzeichnet", "Inanunsyo … ang pakikipagtulungan", "契約を締結")
_SIGNED: dict[str, re.Pattern[str]] = {
    "it": re.compile(
        r"\b(?:firmato|siglato|sottoscritto|stipulato)\s+(?:\w+\s+){0,4}?"
        r"(?:contratt[oi]|accord[oi]|intesa|partnership)\b",
        re.I,
    ),
    # (also "ha anunciado un contrato … con Microsoft", "anunció una empresa conjunta … con
    # el proveedor de nube de IA Fluidstack": a contract announced with its party is made,
    # README case 30, as French "a annoncé … avec")
    "es": re.compile(
        r"\b(?:firm[óo]|suscribi[óo]|cerr[óo]|sell[óo]|ha\s+firmado)\s+(?:\w+\s+){0,4}?"
        r"(?:contratos?|acuerdos?|alianza|asociaci[óo]n)\b|"
        # (an adverb between: "anunció por primera vez un acuerdo de alojamiento HPC … con")
        r"\b(?:ha\s+anunciado|anunci[óo])\s+(?:\w+\s+){0,4}?(?:contratos?|acuerdos?|alianza|"
        r"asociaci[óo]n|empresa\s+conjunta)\b(?!\s+de\s+principio)(?=[^.;]{0,120}?\scon\s)|"
        r"\b(?:mediante|a\s+trav[ée]s\s+de)\s+(?:un|una|el|la|su)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:contrato|acuerdo|alianza)\b(?=[^.;]{0,80}?\scon\s)",
        re.I,
    ),
    # (also a deal as the means of what happens, its party named: "Esse movimento acontece
    # através de um contrato com a Fluidstack", as Russian "через соглашение … с")
    "pt": re.compile(
        r"\b(?:assinou|firmou|fechou|celebrou)\s+(?:\w+\s+){0,4}?(?:contratos?|acordos?|parceria)\b|"
        r"\b(?:através|por\s+meio)\s+de\s+(?:um|uma|o|a|seu|sua)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:contrato|acordo|parceria)\b(?=[^.;]{0,80}?\scom\s)",
        re.I,
    ),
    # ("einen 9,7-Milliarden-Dollar-Deal mit Microsoft abgeschlossen": the loan word too)
    # (and the noun: "gab … den Abschluss von zwei zehnjährigen Colocation-Verträgen mit
    # Fluidstack … bekannt")
    "de": re.compile(
        r"\b(?:unterzeichnete|schloss)\s+(?:\w+\s+){0,4}?(?:\w*vertrag|\w*vereinbarung|Partnerschaft|"
        r"\w*-?Deal)\b|"
        r"\b(?:den|dem)\s+Abschluss\s+(?:von\s+|eines\s+|einer\s+)?(?:[\w-]+\s+){0,3}?"
        r"[\w-]*(?:[Vv]ertr[äa]g|[Vv]ereinbarung)\w*(?=\s+mit\s)|"
        # ("hat eine Vereinbarung über 9,7 Milliarden US-Dollar mit … IREN Ltd. getroffen":
        # the noun's sum and party told before the participle)
        # (the plural, a glossed kind between: "hat zwei 10-jährige Vereinbarungen über die
        # Co-Location von Hochleistungsrechnern (HPC) mit … Fluidstack unterzeichnet"; a joint
        # venture agreed: "wurde ein 25-jähriges Joint Venture … vereinbart")
        r"\b(?:\w*[Vv]ertr(?:ag|äge)|\w*[Vv]ereinbarung(?:en)?|Partnerschaft|Deal|Joint\s+Venture)"
        r"\s+(?:[\w,.$()-]+\s+){0,12}?(?:unterzeichnet|abgeschlossen|getroffen|vereinbart)\b",
    ),
    # ("inihayag … ang pakikipagtulungan nito sa … Fluidstack": announced, as "inanunsyo")
    "tl": re.compile(
        r"\b(?:[Ii]nanunsyo|[Ii]nihayag|[Pp]umirma|[Nn]ilagdaan)\b[^.]{0,80}?\b(?:pakikipagtulungan|"
        r"kasunduan|kontrata|partnership)\b"
    ),
    "ja": re.compile(r"(?:契約|提携|合意)を(?:締結|結ん)"),
    # (also a partnership announced with its party, README case 30: "Fluidstack와 협력하여 …
    # AI 데이터센터를 개발한다고 발표했다")
    "ko": re.compile(
        r"(?:계약|파트너십|협약)을\s*(?:체결|맺)(?:했|하였)|"
        r"(?:와|과)\s*(?:협력|제휴)(?:하여|해)\s[^.]{0,80}?(?:개발|구축|건설)한다고\s*발표(?:했|하였)"
    ),
    "zh": re.compile(
        # ("敲定了新的AI垂直行業的商業協議": an agreement finalised; its size and term between:
        # "之间达成的规模更大的 30 亿美元、为期 10 年的协议")
        r"(?:签署|簽署|签订|簽訂|达成|達成|敲定|订立|訂立)(?:了)?[^。，]{0,30}?(?:协议|協議|合同|合約|合作)"
    ),
    # (also "a annoncé la signature d'un contrat …", "a annoncé le 14 août deux contrats de
    # colocation … avec …": a contract announced with its party is made, README case 30)
    "fr": re.compile(
        r"\b(?:signé|conclu|paraphé)\s+(?:\w+\s+){0,4}?(?:contrats?|accords?|partenariat|bail)\b|"
        r"\bsignature\s+d['’](?:un|une)\s+(?:\w+\s+){0,2}?(?:contrat|accord|partenariat|bail)\b|"
        r"\ba\s+annoncé\s+(?:\w+\s+){0,5}?(?:contrats?|accords?|partenariat|bail)\b"
        r"(?!\s+de\s+principe)(?=[^.;]{0,120}?\savec\s)",
        re.I,
    ),
    # (also "в рамках сделки с Fluidstack": a deal told as the frame of what happens is made)
    "ru": re.compile(
        r"\b(?:подписал\w*|заключил\w*)\s+(?:\w+\s+){0,4}?"
        r"(?:контракт|договор|соглашени|партн[её]рств)\w*|"
        r"\bв\s+рамках\s+(?:\w+\s+){0,2}?(?:сделки|соглашения|контракта|договора|партн[её]рства)"
        r"\s+с\s|"
        # (the means of what happens: "переход Cipher в инфраструктуру ИИ через 10-летнее
        # соглашение о хостинге на 3 миллиарда долларов с Fluidstack")
        r"\bчерез\s+(?:[\w-]+\s+){0,2}?(?:сделк\w*|соглашени\w*|контракт\w*|договор\w*|"
        r"партн[её]рств\w*)(?=[^.;]{0,80}?\sс\s)",
        re.I,
    ),
    "id": re.compile(
        r"\b(?:menandatangani|meneken|menjalin)\s+(?:\w+\s+){0,4}?"
        r"(?:kontrak|perjanjian|kesepakatan|kemitraan)\b",
        re.I,
    ),
    "vi": re.compile(
        r"\b(?:ký(?:\s+kết)?|đạt\s+được)\s+(?:\w+\s+){0,4}?(?:hợp\s+đồng|thỏa\s+thuận|"
        r"quan\s+hệ\s+đối\s+tác)",
        re.I,
    ),
    # "أبرمت شركة IREN الأسترالية عقدًا": the verb, up to six words (the subject told with its
    # trade: "وقّعت شركة تعدين بيتكوين Hut 8 عقد إيجار"), the contract
    "ar": re.compile(r"(?:أبرمت|أبرم|وقّعت|وقعت|وقّع)\s+(?:\S+\s+){0,6}?(?:عقد|اتفاق|صفقة|شراكة)"),
    "cs": re.compile(
        r"\b(?:podepsal\w*|uzavřel\w*)\s+(?:\w+\s+){0,4}?(?:smlouv|dohod|partnerstv)\w*", re.I
    ),
    "fi": re.compile(
        r"\b(?:allekirjoitti|solmi)\s+(?:\w+\s+){0,4}?\w*(?:sopimu|kumppanuu)\w*", re.I
    ),
}
# an AI/HPC/cloud tie in the sentence ("data center" alone may be a mining site's)
AI_TIE = re.compile(
    r"(?<![A-Za-z])(?:AI|IA|KI|HPC|GPUs?)(?![A-Za-z])|intelligenza\s+artificiale|"
    r"inteligencia\s+artificial|intelig[êe]ncia\s+artificial|künstliche\w*\s+Intelligenz|"
    r"alte\s+prestazioni|alto\s+rendimiento|alto\s+desempenho|Hochleistungsrechn\w*|cloud|"
    r"hyperscal\w*|"
    r"人工知能|인공지능|人工智能|人工智慧|高性能计算|高效能運算|"
    # (cloud services, as "cloud": "簽署這項為期5年的雲端服務合約"; not cloud hash power, "云算力")
    r"雲端服務|云端服务|雲端運算|云计算|雲計算|"
    r"(?<!\w)ИИ(?!\w)|искусственн\w+\s+интеллект\w*|высокопроизводительн\w+\s+вычислени\w*|"
    r"intelligence\s+artificielle|calcul\s+(?:à\s+)?haute\s+performance|kecerdasan\s+buatan|"
    r"trí\s+tuệ\s+nhân\s+tạo|ذكاء\s+(?:ال)?اصطناعي|الحوسبة\s+عالية\s+الأداء|"
    r"umělé\s+inteligence|umělou\s+inteligenci|tekoäly\w*|"
    # AI cloud tenants by name and a data centre's critical IT load, as in English copy
    # (`ai._AI_CONTEXT`): "com Fluidstack", "capacidade de carga de tecnologia de informação
    # crítica", "TI crítica", "IT critico", "informatique critique", "kritische IT"
    r"tecnologia\s+d[ae]\s+informa[çc][ãa]o\s+cr[íi]tica|tecnolog[íi]a\s+de\s+la\s+informaci[óo]n\s+"
    r"cr[íi]tica|\b(?:TI|IT)\s+(?:cr[íi]tic[ao]|critique)\b|informatique\s+critique|"
    r"kritische\w*\s+IT\b|"
    r"\b(?:Fluidstack|CoreWeave|Anthropic|OpenAI|Nebius|Cerebras|xAI|Nscale|Core42|"
    r"TensorWave|Vultr)\b",
    re.I,
)
# the tenants by name above: in Romance and German copy a tenant is the deal's AI tie only as
# its partner ("assinou um contrato … com a Fluidstack"), not one the signer already serves
# ("A TeraWulf, que já trabalha com a Fluidstack, assinou …"), a comparison's ("à l'image de
# Core Scientific avec CoreWeave"), a client lost or a buyer's tenant ("a un comprador que lo
# alquilará a Fluidstack"); and never beside a deal for mining ("hospedagem de mineração")
_TENANT = re.compile(
    r"\b(?:Fluidstack|CoreWeave|Anthropic|OpenAI|Nebius|Cerebras|xAI|Nscale|Core42|"
    r"TensorWave|Vultr)\b",
    re.I,
)
_TENANT_LANGUAGES = frozenset({"pt", "es", "it", "fr", "de"})
_PARTNER = re.compile(r"\b(?:con|com|avec|mit)\s+(?:(?:a|o|la|el|le|der|dem|l')\s+)?$", re.I)
_PARTNER_BEFORE = 12
_MINING_DEAL = re.compile(
    r"\b(?:de\s+minera[çc][ãa]o|de\s+minage|de\s+miner[íi]a|(?:per\s+il|di)\s+mining)\b|"
    r"Bitcoin-Mining|\bfür\s+Mining\b",
    re.I,
)
# a deal or project called off: "fue cancelado", "è stato annullato", "wurde abgesagt"
_CALLED_OFF = (
    r"\b(?:cancelad[oa]s?|cancel[óo]|cancelou|cancellat[oi]|annullat[oi]|annul[ée]e?s?|"
    r"abgesagt|storniert|aufgegeben|abandonad[oa]s?|abandonn[ée]e?s?|suspendid[oa]s?)\b"
)
# not made: talks, plans, intentions ("nasa pakikipag-usap", "prevede di firmare"), a German
# "noch nicht"; also
# `foreign_ai_capex`'s test of a purchase planned
NOT_DONE = re.compile(
    r"\b(?:prev\w+|intend\w+|potrebbe|valut\w+|trattativ\w+|negozi\w+|planea\w*|podr[íi]a|"
    r"negocia\w*|pretende\w*|planeja\w*|plant|erwäg\w+|verhandl\w+|posibleng|maaaring|"
    r"pakikipag-usap|conversaciones|plano|strebt|anstreb\w*)\b|予定|計画|検討|협상|검토|예정|计划|計劃|洽谈|洽談|"
    # French, Russian, Indonesian, Vietnamese, Arabic: a plan, talks, a potential use
    r"\b(?:prévo\w*|envisag\w*|négoci\w*|pourrait|potentiel\w*|intention|планиру\w*|намерен\w*|"
    r"переговор\w*|рассматрива\w*|потенциальн\w*|возможн\w*|berencana|rencana|negosiasi|"
    r"potensial|dự\s+kiến|kế\s+hoạch|đàm\s+phán|tiềm\s+năng|plánuje|jednání|vyjednáv\w*|potenciáln\w*|"
    r"suunnittele\w*|neuvottel\w*|mahdollise\w*)\b|تخطط|تعتزم|مفاوضات|محادثات|محتمل|"
    # German negation: "hat eine Vereinbarung … noch nicht getroffen", "nicht unterzeichnet"
    r"\b(?:noch\s+nicht|nicht\s+(?:unterzeichnet|abgeschlossen|getroffen))\b|" + _CALLED_OFF,
    re.I,
)
# (also after the sum or deal it undoes: "El proyecto de IA …, valorado en 3.000 millones de
# dólares, fue cancelado")
CALLED_OFF = re.compile(_CALLED_OFF, re.I)
# a contract sought or awaited, right before the contract or inside its phrase ("anunció que
# busca un acuerdo", "erwartet den Abschluss eines … Vertrags", "rechnet mit dem Abschluss"):
# not made (README decided cases 6 and 39)
_AWAITED = re.compile(
    r"\b(?:busca\w*|espera\w*|procura\w*|negocia\w*|erwarte\w*|rechne\w*\s+mit|hoff\w*|soll\w*|"
    r"spera\w*|cerca\s+(?:di|un)|attend\w*|cherche\w*|espère\w*)\b",
    re.I,
)
_AWAITED_BEFORE = 30
# a contract told in the pluperfect, right before its verb ("L'entreprise avait déjà conclu un
# accord cette année avec CoreWeave", "había firmado", "tinha assinado", "aveva firmato"): an
# earlier deal the story recalls, no news of its own (README decided case 1)
_HAD = re.compile(
    r"\b(?:avait|avaient|había|habían|tinha|tinham|havia|haviam|aveva|avevano)\s+"
    r"(?:déjà\s+|ya\s+|já\s+|già\s+)?$",
    re.I,
)
_HAD_BEFORE = 24
# … unless it is reported speech, whose pluperfect is the news told back ("ha comunicato che
# aveva firmato un accordo con AWS", "informó que había firmado", "a annoncé qu'il avait")
_REPORTED = re.compile(
    r"\b(?:comunicat\w*|annunciat\w*|dichiarat\w*|detto|informó|anunció|dijo|declaró|"
    r"afirmó|informou|anunciou|disse|afirmou|annoncé|déclaré|indiqué|dit|affirmé)\s+"
    r"(?:che|que|qu')\s*$",
    re.I,
)
_REPORTED_BEFORE = 30
_MW = re.compile(
    r"(\d[\d.,]*)\s?-?\s?(?:MW|megawatts?|megavatios|megawatt|메가와트|メガワット|兆瓦|"
    r"МВт|мегаватт\w*|mégawatts?|ميغاواط|ميجاواط|megawat\w*)(?![A-Za-z])",
    re.I,
)
# a size that is no contracted scope: an option, a further expansion, a potential, a whole site
_NOT_SCOPE = re.compile(
    r"\b(?:opzion\w+|ulterior\w+|potenzial\w+|prelazione|opci[óo]n\w*|adicional\w*|potencial\w*|"
    r"op[çc][ãa]o|Option\w*|weitere\w*|potenziell\w*|complessiv\w+|total\w*|insgesamt|hanggang|"
    r"опцион\w*|дополнительн\w*|потенциальн\w*|supplémentaire\w*|potentiel\w*|tambahan|"
    r"bổ\s+sung)\b|إضافي",
    re.I,
)
_SCOPE_BEFORE = 40
# AI capacity the company has: "a empresa tem 2 megawatts de capacidade de computação de alto
# desempenho", "ha già 12 MW di capacità di calcolo AI" (the verb right before the figure, the
# AI/HPC tie in the capacity's own phrase after it)
_HAS: dict[str, re.Pattern[str]] = {
    "it": re.compile(r"\b(?:ha|dispone\s+di|possiede|gestisce)\s+(?:già\s+)?(?:circa\s+)?$", re.I),
    "es": re.compile(r"\b(?:tiene|posee|cuenta\s+con|opera)\s+(?:ya\s+)?(?:unos\s+)?$", re.I),
    "pt": re.compile(r"\b(?:tem|possui|conta\s+com|opera)\s+(?:já\s+)?(?:cerca\s+de\s+)?$", re.I),
    "de": re.compile(r"\b(?:verfügt\s+über|betreibt|hat)\s+(?:bereits\s+)?(?:rund\s+)?$", re.I),
}
_CAPACITY_PHRASE = re.compile(
    r"\s+(?:de|di|an)?\s*(?:capacidade|capacidad|capacità|Kapazität|Rechenkapazität)\b", re.I
)
_PHRASE = 60  # the capacity's own phrase


# The signer named as the verb's subject, right before it, in copy that capitalises names only
# (Romance): "…, e Tether ha firmato un accordo … con Rumble" is Tether's deal, whichever miner
# the sentence named before. (German capitalises every noun: "Im März unterzeichnete …".)
_SIGNER = re.compile(
    r"(?:^|[,;:]\s+|,\s+(?:e|ed|y|et)\s+)([A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,2})\s+"
    r"(?:(?:ha|a|han|hanno|ont)\s+(?:\w+\s+)?)?$"
)
_SIGNER_LANGUAGES = frozenset({"it", "es", "pt", "fr"})
_SIGNER_BEFORE = 60


@dataclass(frozen=True, slots=True)
class Deal:
    sentence: Segment
    metric: str
    value: Decimal | None
    position: int  # where the contract is named (whose deal it is: "Inanunsyo ng TeraWulf ang …")
    # the name the signing verb's subject is, (start, end) in the sentence, when one is told
    signer: tuple[int, int] | None = None


def read(sentence: Segment, language: str) -> Iterator[Deal]:
    """The AI contract `sentence` says was signed, and its megawatts; the AI capacity it says
    the company has."""
    signed = _SIGNED.get(language)
    if signed is None:
        return
    text = sentence.text
    yield from _held(text, sentence, language)
    m = signed.search(text)
    if m is None:
        yield from _commitment(sentence, language)
        return
    if not _ai_tie(text, m.start(), language) or NOT_DONE.search(text):
        return
    if language == "zh" and _is_precedent(text, m.start(), m.end()):
        return
    if _AWAITED.search(text, max(0, m.start() - _AWAITED_BEFORE), m.end()):
        return
    if _recalled(text, m.start()):
        return  # ("avait déjà conclu un accord … avec CoreWeave": an earlier deal recalled)
    signer = _signer(text, m.start(), language)
    yield Deal(sentence, AI_MILESTONE, None, m.end(), signer)
    for mw in _MW.finditer(text):
        if _NOT_SCOPE.search(text, max(0, mw.start() - _SCOPE_BEFORE), mw.start()):
            continue
        value = foreign_numbers.romance_value(mw.group(1))
        if value is not None and value > 0:
            yield Deal(sentence, AI_CAPACITY, value, m.end(), signer)


def _commitment(sentence: Segment, language: str) -> Iterator[Deal]:
    """An AI tenant's commitment raised to the company's megawatts (`foreign_ai_commitments`):
    a contract signed, and its capacity."""
    text = sentence.text
    for position, value in foreign_ai_commitments.raised(text, language):
        if NOT_DONE.search(text) or _AWAITED.search(text, max(0, position - _AWAITED_BEFORE)):
            return
        yield Deal(sentence, AI_MILESTONE, None, position)
        yield Deal(sentence, AI_CAPACITY, value, position)


# "此舉是微軟繼上個月與雲端新創業者Nscale達成協議後，再次…" ("after it reached an agreement with
# Nscale last month, …"): a deal inside "繼 … 後" is the precedent the news follows, an earlier
# event told as background (README decided case 1), whoever made it.
_FOLLOWS = re.compile(r"[繼继][^。，,；;]{0,40}$")
_AFTER = re.compile(r"^[^。，,；;]{0,8}?[後后]")


def _is_precedent(text: str, start: int, end: int) -> bool:
    """Is the contract phrase from `start` to `end` of `text` inside "繼 … 後"?"""
    return bool(_FOLLOWS.search(text, max(0, start - 40), start) and _AFTER.match(text[end:]))


# A contract the sentence dates this long before publication, outside the story's own period,
# is recalled (README decided case 1: "En agosto, TeraWulf firmó dos contratos …" in a column
# of November), as English copy's `ai_parties.EVENT_RECALL_DAYS`.
_RECALL_DAYS = 60


def is_recalled(period: Period, published: dt.date, own: Period) -> bool:
    """Does a deal dated `period` end well before `published`, outside the story's `own`
    period?"""
    if period == own or period.last_day() >= own.first_day():
        return False
    return period.last_day() < published - dt.timedelta(days=_RECALL_DAYS)


def _ai_tie(text: str, verb: int, language: str) -> bool:
    """Has `text`, whose contract verb is at `verb`, an AI/HPC tie: an AI word, or (Romance and
    German copy) a tenant named as the deal's partner in a deal not for mining?"""
    tie = AI_TIE.search(text)
    if tie is None or language not in _TENANT_LANGUAGES or _TENANT.search(text) is None:
        return tie is not None
    if AI_TIE.search(_TENANT.sub(" ", text)) is not None:
        return True
    if _MINING_DEAL.search(text):
        return False
    return any(_is_partner(text, t.start(), verb) for t in _TENANT.finditer(text))


def _is_partner(text: str, tenant: int, verb: int) -> bool:
    """Is the tenant named at `tenant` the deal's partner: after the verb at `verb`, right after
    "con"/"com"/"avec"/"mit", or the sentence's subject opening it?"""
    if tenant <= 2:
        return True
    before = max(0, tenant - _PARTNER_BEFORE)
    return tenant > verb and _PARTNER.search(text, before, tenant) is not None


# a deal's other party named after its preposition, a few words of description between ("con
# IREN", "mit dem australischen Unternehmen IREN", "com a Cipher", "avec la société Hut 8")
_PARTY_BEFORE = re.compile(
    r"\b(?:con|com|avec|mit|с)\s+(?:(?:a|o|la|el|le|der|dem|l'|die|das)\s+)?"
    r"(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_PARTY_REACH = 50


# between a deal's noun and its party: another party or a clause break ("un acuerdo con Cipher
# Mining para IA, y no con IREN", "con Cipher para IA, tras romper con IREN")
_OTHER_PARTY = re.compile(r"[,;](?!\d)|\b(?:con|com|avec|mit|с)\s", re.I)
_DEAL_REACH = 80  # (the sum may come between: "un acuerdo de 9.700 millones de dólares con IREN")


def is_deal_partner(text: str, name: int, deal: int) -> bool:
    """Is the name at `name` of `text` the other party of the deal named at `deal`: its first
    party after the deal, or inside the deal's phrase before a German verb ("eine Vereinbarung
    … mit dem australischen Unternehmen IREN Ltd. getroffen")?"""
    party = _PARTY_BEFORE.search(text, max(0, name - _PARTY_REACH), name)
    if party is None:
        return False
    if name < deal:
        return deal - name <= _PARTY_REACH and not _OTHER_PARTY.search(text, name, deal)
    return party.start() - deal <= _DEAL_REACH and not _OTHER_PARTY.search(
        text, deal, party.start()
    )


def _recalled(text: str, verb: int) -> bool:
    """Is the contract verb at `verb` in the pluperfect of a deal recalled, not reported?"""
    had = _HAD.search(text, max(0, verb - _HAD_BEFORE), verb)
    if had is None:
        return False
    return not _REPORTED.search(text, max(0, had.start() - _REPORTED_BEFORE), had.start())


def _signer(text: str, verb: int, language: str) -> tuple[int, int] | None:
    """The capitalised name right before the signing verb (its subject), if any."""
    if language not in _SIGNER_LANGUAGES:
        return None
    m = _SIGNER.search(text, max(0, verb - _SIGNER_BEFORE), verb)
    return m.span(1) if m is not None else None


def _held(text: str, sentence: Segment, language: str) -> Iterator[Deal]:
    has = _HAS.get(language)
    if has is None:
        return
    for mw in _MW.finditer(text):
        verb = has.search(text, max(0, mw.start() - 30), mw.start())
        phrase = _CAPACITY_PHRASE.match(text, mw.end())
        if verb is None or phrase is None:
            continue
        tail = text[phrase.end() : phrase.end() + _PHRASE]
        value = foreign_numbers.romance_value(mw.group(1))
        if AI_TIE.search(tail) and not NOT_DONE.search(text, verb.start(), mw.start()) and value:
            yield Deal(sentence, AI_CAPACITY, value, verb.start())
