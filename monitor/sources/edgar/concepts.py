"""Which XBRL concepts make each metric, and how one filing's facts become one value.

A metric is a sum over disjoint *families* of concepts. A family's value is its reported
total when the filing reports one, else the sum of its current and noncurrent parts: a total
and its parts are never added together. A family marked `unless` steps aside when a concept
it overlaps with is reported (DebtCurrent already contains ShortTermBorrowings and
LongTermDebtCurrent). Within each slot, concepts are an ordered fallback chain: the first one
reported is used. The concepts used are kept with the value, so every figure explains itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Family:
    name: str
    totals: tuple[str, ...] = ()
    current: tuple[str, ...] = ()
    noncurrent: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()

    @property
    def concepts(self) -> tuple[str, ...]:
        return self.totals + self.current + self.noncurrent

    def restricted(self, allowed: set[str]) -> Family:
        def keep(chain: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(c for c in chain if c in allowed)

        return replace(
            self,
            totals=keep(self.totals),
            current=keep(self.current),
            noncurrent=keep(self.noncurrent),
        )


@dataclass(frozen=True)
class MetricSpec:
    name: str
    money: bool  # True: USD facts only; False: any non-currency unit (e.g. pure, bitcoin)
    families: tuple[Family, ...]

    @property
    def concepts(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for f in self.families for c in f.concepts))

    def value(self, reported: Mapping[str, float]) -> tuple[float, dict[str, float]] | None:
        """The metric from one filing's facts for one period: (value, concepts used)."""
        used: dict[str, float] = {}
        for family in self.families:
            if any(concept in reported for concept in family.unless):
                continue
            total = _first(family.totals, reported)
            if total is not None:
                used[total] = reported[total]
                continue
            for chain in (family.current, family.noncurrent):
                part = _first(chain, reported)
                if part is not None:
                    used[part] = reported[part]
        if not used:
            return None
        return sum(used.values()), used


def _first(chain: Sequence[str], reported: Mapping[str, float]) -> str | None:
    return next((concept for concept in chain if concept in reported), None)


DEBT_TOTAL = MetricSpec(
    "debt_total_usd",
    money=True,
    families=(
        Family(
            "long-term debt",
            totals=("LongTermDebt",),
            current=("LongTermDebtCurrent",),
            noncurrent=("LongTermDebtNoncurrent",),
        ),
        Family("short-term borrowings", totals=("ShortTermBorrowings",)),
        Family(
            "current debt",
            totals=("DebtCurrent",),
            unless=("ShortTermBorrowings", "LongTermDebtCurrent", "LongTermDebt"),
        ),
        Family(
            "convertible notes",
            totals=("ConvertibleNotesPayable",),
            current=("ConvertibleNotesPayableCurrent",),
            noncurrent=("ConvertibleLongTermNotesPayable",),
        ),
        Family(
            "related-party notes",
            totals=("NotesPayableRelatedPartiesCurrentAndNoncurrent",),
            current=("NotesPayableRelatedPartiesClassifiedCurrent",),
            noncurrent=("NotesPayableRelatedPartiesNoncurrent",),
        ),
    ),
)

INTEREST_EXPENSE = MetricSpec(
    "interest_expense_usd",
    money=True,
    families=(
        Family(
            "interest expense",
            totals=(
                "InterestExpense",
                "InterestExpenseNonoperating",
                "InterestExpenseOperating",
                "InterestExpenseDebt",
                "InterestExpenseDebtExcludingAmortization",
                "InterestAndDebtExpense",
                "InterestExpenseRelatedParty",
            ),
        ),
    ),
)

CRYPTO_FAIR_VALUE = MetricSpec(
    "crypto_fair_value_usd",
    money=True,
    families=(
        Family(
            "crypto assets",
            totals=("CryptoAssetFairValue",),
            current=("CryptoAssetFairValueCurrent",),
            noncurrent=("CryptoAssetFairValueNoncurrent",),
        ),
    ),
)

CRYPTO_UNITS = MetricSpec(
    "crypto_units_held",
    money=False,
    families=(Family("crypto units", totals=("CryptoAssetNumberOfUnits",)),),
)

BUILT_IN: dict[str, MetricSpec] = {
    spec.name: spec for spec in (DEBT_TOTAL, INTEREST_EXPENSE, CRYPTO_FAIR_VALUE, CRYPTO_UNITS)
}


def metric_specs(
    metrics: Sequence[str], overrides: Mapping[str, Sequence[str]]
) -> list[MetricSpec]:
    """The metrics to emit. `overrides` restricts a built-in metric to the listed concepts
    (a listed concept it does not know becomes another disjoint family), or defines a new
    metric as a fallback chain (money when its name ends in `_usd`)."""
    specs = []
    for name in dict.fromkeys([*metrics, *overrides]):
        chosen = list(overrides.get(name, ()))
        built_in = BUILT_IN.get(name)
        if built_in is None:
            family = Family(name, totals=tuple(chosen))
            specs.append(MetricSpec(name, name.endswith("_usd"), (family,)))
        elif not chosen:
            specs.append(built_in)
        else:
            specs.append(_restrict(built_in, chosen))
    return specs


def _restrict(spec: MetricSpec, chosen: Sequence[str]) -> MetricSpec:
    allowed = set(chosen)
    families = [f.restricted(allowed) for f in spec.families]
    families = [f for f in families if f.concepts]
    extra = [c for c in chosen if c not in spec.concepts]
    families += [Family(concept, totals=(concept,)) for concept in extra]
    return replace(spec, families=tuple(families))
