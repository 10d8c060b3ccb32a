"""The XBRL companyfacts API (data.sec.gov/api/xbrl/companyfacts/CIK##########.json), parsed.

facts → taxonomy → concept → units → unit → [fact]. A fact has `end` (and `start` when it is
a duration), `val` (unscaled, int or float), `accn`, `fy`/`fp` (which describe the FILING,
not the period), `form`, `filed`, and `frame` only on the fact SEC picked as calendar-aligned.
Only standard taxonomies and non-dimensional facts appear in this API.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from monitor.errors import SourceError


@dataclass(frozen=True)
class Fact:
    taxonomy: str
    concept: str
    unit: str
    start: date | None  # None for an instant (balance-sheet) fact
    end: date
    value: float
    accession: str
    fy: int | None
    fp: str | None
    form: str
    filed: date

    @property
    def period(self) -> tuple[date | None, date]:
        return (self.start, self.end)


def parse_company_facts(
    data: Any, concepts: Sequence[str], taxonomies: Sequence[str]
) -> list[Fact]:
    """The facts of `concepts`, each from the first of `taxonomies` that reports it."""
    try:
        by_taxonomy = data["facts"]
        if not isinstance(by_taxonomy, Mapping):
            raise TypeError("facts is not an object")
        return [
            fact
            for concept in dict.fromkeys(concepts)
            for fact in _concept(by_taxonomy, concept, taxonomies)
        ]
    except (KeyError, TypeError, AttributeError) as exc:
        raise SourceError(
            f"unexpected companyfacts JSON shape: {type(exc).__name__}: {exc}"
        ) from exc


def _concept(
    by_taxonomy: Mapping[str, Any], concept: str, taxonomies: Sequence[str]
) -> Iterator[Fact]:
    for taxonomy in taxonomies:
        entry = (by_taxonomy.get(taxonomy) or {}).get(concept)
        if entry is None:
            continue
        for unit, rows in (entry.get("units") or {}).items():
            for row in rows:
                fact = _fact(taxonomy, concept, unit, row)
                if fact is not None:
                    yield fact
        return


def _fact(taxonomy: str, concept: str, unit: str, row: Mapping[str, Any]) -> Fact | None:
    """One fact, or None for a row too broken to use (SEC data has the odd one)."""
    try:
        value = row["val"]
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return Fact(
            taxonomy=taxonomy,
            concept=concept,
            unit=unit,
            start=date.fromisoformat(row["start"]) if row.get("start") else None,
            end=date.fromisoformat(row["end"]),
            value=value,
            accession=str(row["accn"]),
            fy=int(row["fy"]) if row.get("fy") is not None else None,
            fp=row.get("fp"),
            form=str(row.get("form") or ""),
            filed=date.fromisoformat(row["filed"]),
        )
    except (KeyError, TypeError, ValueError):
        return None
