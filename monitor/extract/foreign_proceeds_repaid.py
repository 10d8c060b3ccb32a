"""A sale's money, all of it, put to a repayment done, in copy not in English (README case 13).

    "Cangoは売却で得た資金を、ビットコイン担保ローンの一部返済に充てました。"
                                         → debt_repaid_usd: the sale's proceeds told before
    "매각 대금은 비트코인 담보 대출 상환에 사용됐다", "出售所得已用于偿还比特币抵押贷款",
    "los fondos de la venta se utilizaron para pagar un préstamo", "os recursos da venda foram
    usados para quitar o empréstimo", "i proventi della vendita sono stati utilizzati per
    rimborsare il prestito", "le produit de la vente a été utilisé pour rembourser le prêt",
    "Den Erlös aus dem Verkauf verwendete das Unternehmen zur Tilgung eines Kredits"

The sentence names the money by the sale (the funds it brought), says it went to paying a loan
or debt, and says so as done. The sum is the sale's proceeds the story told before (the reader,
`foreign`, takes it): the text's own figure, not arithmetic. Not read: a part of the money ("資金の
一部", "parte dos recursos", "ein Teil des Erlöses"), a second use beside the repayment ("… y
para financiar su expansión", "返済とAI投資に"), and a use to come ("será utilizado", "将用于",
"wird … verwendet"), as decided case 13 leaves them out.
"""

from __future__ import annotations

import re

_USED = {
    "ja": re.compile(
        r"売却(?:で|により|によって)?(?:得た|得られた)?(?:資金|代金|収益|収入)(?:は|を)、?"
        r"[^。]{0,40}?(?:返済|完済|償還)に(?:充て(?:た|ました|られ(?:た|ました|[、,]))|"
        r"充当し(?:た|ました))"
    ),
    "ko": re.compile(
        r"(?:매각|매도|판매)\s?(?:대금|자금|수익금)(?:을|은|를|는)\s?[^.]{0,40}?상환(?:에|하는\s?데)\s?"
        r"(?:사용|쓰|활용|투입)(?:했|하였|됐|되었|돼)"
    ),
    "zh": re.compile(
        r"(?:出售|售出|卖出|賣出)[^。，,]{0,10}?所得(?:资金|資金|款项|款項)?[^。]{0,6}?"
        r"(?:已|已经|已經)?(?:用于|用於|用来|用來)(?:偿还|償還|偿付|償付|归还|歸還)"
    ),
    "es": re.compile(
        r"\b(?:(?:los\s+)?(?:fondos|ingresos|recursos)\s+(?:obtenidos\s+)?de\s+la\s+venta\s+"
        r"(?:se\s+)?(?:utilizaron|usaron|destinaron|emplearon)|(?:utilizó|usó|destinó|empleó)\s+"
        r"(?:la\s+totalidad\s+de\s+)?(?:los\s+)?(?:fondos|ingresos|recursos)(?:\s+de\s+la\s+venta)?)"
        r"\s+(?:para|a)\s+(?:pagar|saldar|amortizar|reembolsar|cancelar|reducir)\s+"
        r"(?:[\wáéíóúñ]+\s+){0,3}?(?:préstamo|deuda|crédito)",
        re.I,
    ),
    "pt": re.compile(
        r"\b(?:(?:os\s+)?(?:recursos|fundos|valores|rendimentos)\s+(?:obtidos\s+)?(?:da|com\s+a)\s+"
        r"venda\s+(?:foram\s+)?(?:usados|utilizados|destinados|aplicados)|(?:usou|utilizou|"
        r"destinou)\s+(?:a\s+totalidade\s+d)?(?:os\s+)?(?:recursos|fundos|valores)"
        r"(?:\s+da\s+venda)?)\s+(?:para|a)\s+(?:pagar|quitar|amortizar|reduzir|liquidar)\s+"
        r"(?:[\wçãâêéíóú]+\s+){0,3}?(?:empréstimo|dívida|financiamento)",
        re.I,
    ),
    "it": re.compile(
        r"\b(?:(?:i\s+)?proventi\s+(?:della\s+vendita\s+)?(?:sono\s+stati\s+)?(?:utilizzati|usati|"
        r"destinati|impiegati)|(?:ha\s+)?(?:utilizzato|usato|destinato)\s+(?:tutti\s+)?i\s+proventi"
        r"(?:\s+della\s+vendita)?)\s+(?:per|a)\s+(?:rimborsare|ripagare|estinguere|ridurre|"
        r"saldare)\s+(?:[\w'’]+\s+){0,3}?(?:prestito|debito|finanziamento)",
        re.I,
    ),
    "fr": re.compile(
        r"\b(?:le\s+produit\s+(?:de\s+(?:la|cette)\s+vente\s+)?(?:a\s+été\s+)?(?:utilisé|affecté|"
        r"consacré)|a\s+(?:utilisé|affecté|consacré)\s+(?:l['’]intégralité\s+du\s+|le\s+)produit"
        r"(?:\s+de\s+(?:la|cette)\s+vente)?)\s+(?:pour|à)\s+(?:rembourser|solder|réduire|"
        r"apurer)\s+(?:[\w'’]+\s+){0,3}?(?:prêt|dette|emprunt|crédit)",
        re.I,
    ),
    "de": re.compile(
        r"\b(?:den|der)\s+(?:gesamten\s+)?Erlös\w*\s+(?:aus\s+dem\s+Verkauf\s+)?(?:\w+\s+){0,4}?"
        r"(?:zur|für\s+die)\s+(?:\w+\s+)?(?:Tilgung|Rückzahlung)\s+(?:\w+\s+){0,4}?"
        r"(?:Kredit|Darlehen|Schulden)\w*\s+(?:verwendet|genutzt|eingesetzt)(?!\s+werden)|"
        r"\b(?:verwendete|nutzte)\s+(?:\w+\s+){0,3}?(?:den|die)\s+(?:gesamten\s+)?Erlös\w*\s+"
        r"(?:\w+\s+){0,4}?(?:zur|für\s+die)\s+(?:\w+\s+)?(?:Tilgung|Rückzahlung)",
        re.I,
    ),
}
# a part of the money, or a second use beside the repayment, or a use to come
_NOT_ALL = {
    "ja": re.compile(r"一部を|の一部は|や|及び|および|ならびに|並びに|予定|方針|計画"),
    "ko": re.compile(r"일부(?:를|는)|및|와\s|과\s|예정|계획"),
    "zh": re.compile(r"部分所得|一部分|以及|和|及|将|將|计划|計劃|拟|擬"),
}
_NOT_ALL_ROMANCE = re.compile(
    r"\b(?:parte\s+d|una\s+parte|ein\s+Teil|une\s+partie|será|serão|sarà|saranno|sera|seront|"
    r"wird|werden|y\s+para|e\s+para|e\s+per|et\s+pour|und\s+(?:zur|für))\b",
    re.I,
)
_SENTENCE_REACH = 80  # the characters after the repayment a second use is looked for in


def used(text: str, language: str) -> int | None:
    """Where the telling that a sale's money went, all of it, to a repayment done starts in the
    sentence `text`, else None."""
    pattern = _USED.get(language)
    m = pattern.search(text) if pattern is not None else None
    if m is None:
        return None
    not_all = _NOT_ALL.get(language, _NOT_ALL_ROMANCE)
    if not_all.search(text, max(0, m.start() - 20), min(len(text), m.end() + _SENTENCE_REACH)):
        return None
    return m.start()
