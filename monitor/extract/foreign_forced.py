"""A sale the company had to make, and the week an event happened in, in Romance news copy.

A rewrite tells a sale done under pressure with a past modal of necessity and the infinitive:
"a Bitfarms precisou vender 3357 bitcoins", "tuvo que vender 475 BTC", "ha dovuto vendere 300
BTC", "foi obrigada a vender", "se vio obligada a vender", "è stata costretta a vendere". The
modal is past and done (not "pode precisar vender", a possibility, which `not_own` and the
forecast words keep out): the coins were sold, a cue of the sale like "vendeu".

"Semana" in `not_own` keeps out a weekly figure ("por semana", "semanal", "uma semana
depois": a recalled sale a week before). Last week named as the time of a sale ("vendeu 3.000
BTC na semana passada", "la semana pasada", "la settimana scorsa", "na última semana") is no
rate: the figure is the story's own, dated by the story's month (`LAST_WEEK_*` are the
lookarounds that exempt it).

Such a sale is often told with its purpose: "com o objetivo de quitar a dívida", "con el objetivo
de reducir su deuda", "con l'obiettivo di rafforzare la liquidità". "Objetivo" in `not_own` keeps
out a target ("objetivo de 10 EH/s"); an aim of paying, cutting debt or shoring up the balance
sheet names no target figure (`PURPOSE_AFTER` exempts it).
"""

from __future__ import annotations

# a past modal of necessity, then the infinitive of selling ("precisou vender", "teve de vender")
FORCED_PT = (
    r"(?:precisou|precisaram|teve\s+(?:de|que)|tiveram\s+(?:de|que)|"
    r"foi\s+(?:obrigad|forçad)[oa]\s+a|foram\s+(?:obrigad|forçad)[oa]s\s+a)\s+vender"
)
FORCED_ES = (
    r"(?:tuvo|tuvieron)\s+que\s+vender|"
    r"(?:se\s+)?(?:vio|vieron)\s+(?:obligad|forzad)[oa]s?\s+a\s+vender|"
    r"necesit[óo]\s+vender"
)
FORCED_IT = (
    r"(?:ha|hanno)\s+dovuto\s+vendere|"
    r"(?:è|sono)\s+stat[oaie]\s+costrett[oaie]\s+a\s+vendere"
)

# "semana" / "settimana" not when it is last week, the time an event happened
LAST_WEEK_BEFORE = r"(?<!última\s)(?<!ultima\s)(?<!scorsa\s)(?<!pasada\s)"
LAST_WEEK_AFTER = r"(?!\s+(?:passada|pasada)\b)"
LAST_WEEK_AFTER_IT = r"(?!a\s+scorsa\b)"

# "objetivo de" / "obiettivo di" not when the aim is to pay, cut debt or shore up the balance sheet
PURPOSE_AFTER = (
    r"(?!\s+d[ei]\s+(?:quitar|pagar|saldar|amortizar|reduzir|reducir|ridurre|melhorar|mejorar|"
    r"migliorare|fortalecer|reforçar|rafforzare|financiar|finanziare|cobrir|cubrir|coprire|"
    r"rimborsare)\b)"
)
