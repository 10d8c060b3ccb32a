"""Copy not in English is read for the company however the user names it.

The English readers already take a company's name or another listing's ticker as its entity
("Argo", "ARB" for Argo Blockchain's London listing); the foreign reader compared the entity with
its own tickers only, so a watch on "ARB" read nothing from a Russian story about Argo.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import extract

# A real Russian copy of Argo Blockchain's December 2022 update (bitcoinethereumnews, ru).
_RU_ARGO = (
    "Производство BTC в Argo Blockchain в декабре остановилось из-за зимнего шторма\n\n"
    "Гигант добычи биткойнов — Argo Blockchain — добыл 147 BTC в декабре, что примерно на 25% "
    "меньше уровня производства, зарегистрированного в ноябре.\n"
)
_PUBLISHED = dt.date(2023, 1, 6)


def _read(entity: str) -> set[tuple[str, str, str | None]]:
    found = extract(_RU_ARGO, content_type="text/plain", published=_PUBLISHED, entity=entity)
    return {(item.metric, str(item.value), item.period) for item in found}


@pytest.mark.parametrize("entity", ["ARBK", "ARB", "Argo", "Argo Blockchain", "arb"])
def test_a_story_about_the_company_is_read_under_any_of_its_names(entity: str) -> None:
    assert _read(entity) == {("btc_produced", "147", "2022-12")}


@pytest.mark.parametrize("entity", ["MARA", "RIOT", "ARGOX"])
def test_another_company_or_an_unknown_one_reads_nothing(entity: str) -> None:
    assert _read(entity) == set()
