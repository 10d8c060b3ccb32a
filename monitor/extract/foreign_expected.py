"""An estimate a figure is set against, in Romance and German copy: its words are its own.

"com apenas 377 BTC minerados contra os 438 esperados pelos analistas": the expectation
("esperados") is the 438's, the analysts' estimate the story compares with, not the 377's. A
figure's clause that holds a forecast word is read as no figure of the period (a plan, a
target); the words inside such a "against the N expected" phrase qualify only the estimate
after "against", so the company's figure before it stands. The estimate itself is a
comparison's base (`before_figure`), never a figure (README decided case 1).

Each pattern is a lexicon's `change_base`: the span whose words are a comparison's own.
"""

from __future__ import annotations

# "contra os 438 esperados", "frente a los 438 previstos", "ante as 450 estimadas"
_NUMBER = r"(?:cerca\s+de\s+|unos\s+|circa\s+|environ\s+)?\d[\d.,]*\s*(?:BTC\s+|bitcoins?\s+)?"
AGAINST_PT = (
    rf"\b(?:contra|frente\s+a|ante)\s+(?:os\s+|as\s+)?{_NUMBER}"
    r"(?:esperad|previst|estimad|projetad)[oa]s?\b"
)
AGAINST_ES = (
    rf"\b(?:contra|frente\s+a|ante)\s+(?:los\s+|las\s+)?{_NUMBER}"
    r"(?:esperad|previst|estimad|proyectad)[oa]s?\b"
)
AGAINST_IT = (
    rf"\b(?:contro|rispetto\s+a(?:i|gli)?|a\s+fronte\s+de(?:i|gli))\s+(?:i\s+|gli\s+)?{_NUMBER}"
    r"(?:attes|previst|stimat)[ie]\b"
)
AGAINST_FR = (
    rf"\b(?:contre|face\s+aux?)\s+(?:les\s+)?{_NUMBER}(?:attendu|prévu|estimé|anticipé)s?\b"
)
# German names the estimate before its number: "statt der erwarteten 438", "gegenüber den
# prognostizierten 438 Bitcoin"
AGAINST_DE = (
    r"\b(?:gegenüber|statt|anstatt)\s+(?:de[mnr]\s+)?(?:erwarteten|prognostizierten|geschätzten)"
    r"\s+\d[\d.,]*"
)
