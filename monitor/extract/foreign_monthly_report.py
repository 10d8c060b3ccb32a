"""The month a retold monthly report covers, when the story never names it.

"El precio promedio de venta fue de $81.731 por bitcoin, según el reporte mensual de
operaciones publicado el lunes" in a story of 6 May 2025 that names no month: a miner's monthly
update comes out in the first days of the month after the one it reports, so the story's
figures are April's (README decided case 46: an undated figure takes the report's period).
Only early in the month of publication: later, the report retold may be the month's own or
an earlier one, and the month of publication stays the fallback.

The words of a monthly report or update in the languages the foreign reader reads ("informe
mensual", "relatório mensal", "rapporto mensile", "Monatsbericht", "rapport mensuel",
"ежемесячный отчет", "月次報告", "월간 보고서", "月度报告").
"""

from __future__ import annotations

import datetime as dt
import re

from monitor.vocabulary.periods import Period

_MONTHLY_REPORT = re.compile(
    r"\b(?:reporte|informe|actualizaci[óo]n)\s+mensual|"
    r"\b(?:relat[óo]rio|atualiza[çc][ãa]o)\s+mensal|"
    r"\b(?:rapporto|aggiornamento|report)\s+mensile|"
    r"\bMonatsbericht\w*|\bmonatlich\w*\s+(?:Bericht|Update|Produktionsbericht)\w*|"
    r"\b(?:rapport|bilan)\s+mensuel|\bmise\s+à\s+jour\s+mensuelle|"
    r"\bежемесячн\w+\s+(?:отч[её]т|обновлени)\w*|"
    r"月次(?:報告|レポート|の?生産報告|アップデート)|월간\s?(?:보고서|운영\s?보고|업데이트)|"
    r"月度(?:报告|報告|运营|運營)|月报|月報",
    re.I,
)
# a monthly update comes out within this many days of its month's end
_EARLY_DAYS = 10


def reported_month(text: str, published: dt.date) -> Period | None:
    """The month before publication, when the story retells a monthly report and came out in
    the first days of a month; else None."""
    if published.day > _EARLY_DAYS or _MONTHLY_REPORT.search(text) is None:
        return None
    last = published.replace(day=1) - dt.timedelta(days=1)
    return Period.of_month(last.year, last.month)
