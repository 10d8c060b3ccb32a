"""An analyst's forecast of AI capacity is not the company's level.

"JPMorgan now expects miners to allocate 1.7 gigawatts of critical IT capacity to HPC by late
2026", "the bank projects roughly 1.7 gigawatts of IT capacity by late 2026", "analysts
estimate the company will have 300 MW online": a bank's or analyst's estimate, often of the
whole sector, not capacity the company states as energised, contracted or under construction
(README decided case 30; an aggregate, "What is NOT labelled"). A figure an analyst only cites
("The firm cited the company's 410 MW of HPC contracts") is the company's and stays.
"""

from __future__ import annotations

import re

# A forecaster and its verb of estimating, then the figure in the same clause.
_FORECAST = re.compile(
    r"\b(?:JPMorgan|J\.\s?P\.\s?Morgan|Morgan\s+Stanley|Goldman(?:\s+Sachs)?|Bernstein|"
    r"Jefferies|Cantor(?:\s+Fitzgerald)?|Citi(?:group)?|Barclays|Needham|B\.\s?Riley|"
    r"(?i:analysts?|the\s+(?:bank|brokerage|research\s+firm)|researchers))\b"
    r"[^.;]{0,40}?\b(?i:expects?|projects?|forecasts?|predicts?|estimates?|sees|anticipates?|"
    r"models?)\b[^.;]{0,80}$"
)
_REACH = 160
_GATE = ("expect", "project", "forecast", "predict", "estimate", "sees", "anticipat", "model")


def is_forecast(text: str, start: int) -> bool:
    """Is the figure at `start` of `text` an analyst's or bank's forecast?"""
    head = text[max(0, start - _REACH) : start]
    lower = head.lower()
    for word in _GATE:  # (a loop: `any` over a generator costs more than the `in` tests)
        if word in lower:
            break
    else:
        return False  # cheap gate: no verb of estimating before the figure
    return _FORECAST.search(head) is not None
