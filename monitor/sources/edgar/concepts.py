"""Which XBRL concepts make each metric, and how one filing's facts become one value.

A metric is a sum over disjoint *families* of concepts. A family's value is its reported
total when the filing reports one, else the sum of its current and noncurrent parts: a total
and its parts are never added together. A family marked `unless` steps aside when a concept
it overlaps with is reported (DebtCurrent already contains ShortTermBorrowings and
LongTermDebtCurrent). Within each slot, concepts are an ordered fallback chain: the first one
reported is used. The concepts used are kept with the value, so every figure explains itself.

Total debt is not a plain sum of families: it follows the debt model of debt.py, which reads
the filing's own arithmetic to tell a total from its parts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from monitor.sources.edgar import debt
from monitor.vocabulary import metrics as metric_names


@dataclass(frozen=True)
class Family:
    name: str
    totals: tuple[str, ...] = ()
    current: tuple[str, ...] = ()
    noncurrent: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    # The balance sheet's current and noncurrent lines before a total (a lease total is often
    # a note's figure, not the lines the balance sheet shows).
    parts_first: bool = False

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
class Reading:
    """A metric read from one filing's facts for one period: the concepts used with their
    signed values (they sum to the value), and whether the reading is complete (a debt
    reading with one side of the balance sheet only is not)."""

    used: dict[str, float]
    complete: bool = True
    method: str = ""  # how it was read, when not "reported" (one concept) or "sum"
    note: str = ""

    @property
    def value(self) -> float:
        return sum(self.used.values())


Model = Callable[[Mapping[str, float]], Reading | None]


def _debt_model(reported: Mapping[str, float]) -> Reading | None:
    found = debt.read_debt(reported)
    if found is None:
        return None
    return Reading(found.used, found.complete, found.method, found.note)


@dataclass(frozen=True)
class MetricSpec:
    name: str
    money: bool  # True: currency facts only; False: any non-currency unit (pure, bitcoin)
    families: tuple[Family, ...] = ()
    model: Model | None = None  # reads the whole filing's set instead of summing families
    model_concepts: tuple[str, ...] = ()
    allowed: frozenset[str] | None = field(default=None)  # a restriction from the config
    shared_concepts: frozenset[str] = frozenset()  # may come from another filing of the date
    nonnegative: bool = False  # an expense: a zero total is zero in every quarter

    @property
    def concepts(self) -> tuple[str, ...]:
        chosen = [c for c in self.model_concepts if self.allowed is None or c in self.allowed]
        chosen += [c for f in self.families for c in f.concepts]
        return tuple(dict.fromkeys(chosen))

    def read(self, reported: Mapping[str, float]) -> Reading | None:
        """The metric from one filing's facts for one period."""
        modelled = self._modelled(reported)
        summed = self._summed(reported)
        if modelled is None:
            return summed
        if summed is None:
            return modelled
        return replace(modelled, used={**modelled.used, **summed.used})

    def value(self, reported: Mapping[str, float]) -> tuple[float, dict[str, float]] | None:
        """(value, concepts used), for callers that need no completeness."""
        found = self.read(reported)
        return None if found is None else (found.value, found.used)

    def _modelled(self, reported: Mapping[str, float]) -> Reading | None:
        if self.model is None:
            return None
        if self.allowed is not None:
            reported = {c: v for c, v in reported.items() if c in self.allowed}
        return self.model(reported)

    def _summed(self, reported: Mapping[str, float]) -> Reading | None:
        used: dict[str, float] = {}
        for family in self.families:
            if any(concept in reported for concept in family.unless):
                continue
            used.update(_family_used(family, reported))
        if not used:
            return None
        return Reading(used)


def _family_used(family: Family, reported: Mapping[str, float]) -> dict[str, float]:
    """A family's concepts used: its total, else its current and noncurrent parts (parts
    first for a family that prefers them, when both parts are reported)."""
    parts = {
        part: reported[part]
        for chain in (family.current, family.noncurrent)
        if (part := _first(chain, reported)) is not None
    }
    if family.parts_first and len(parts) == 2:
        return parts
    total = _first(family.totals, reported)
    if total is not None:
        return {total: reported[total]}
    return parts


def _first(chain: Sequence[str], reported: Mapping[str, float]) -> str | None:
    return next((concept for concept in chain if concept in reported), None)


DEBT_TOTAL = MetricSpec(
    metric_names.DEBT_TOTAL,
    money=True,
    model=_debt_model,
    model_concepts=debt.CONCEPTS,
    shared_concepts=frozenset(debt.LEASE_CURRENT + debt.LEASE_NONCURRENT),
)

FINANCE_LEASES = MetricSpec(
    metric_names.FINANCE_LEASES,
    money=True,
    families=(
        Family(
            "finance leases",
            totals=("FinanceLeaseLiability", "CapitalLeaseObligations"),
            current=("FinanceLeaseLiabilityCurrent", "CapitalLeaseObligationsCurrent"),
            noncurrent=("FinanceLeaseLiabilityNoncurrent", "CapitalLeaseObligationsNoncurrent"),
            parts_first=True,
        ),
        # IFRS 16 puts every lease on the balance sheet as one kind of lease liability.
        Family(
            "lease liabilities (IFRS 16)",
            totals=("LeaseLiabilities",),
            current=("CurrentLeaseLiabilities",),
            noncurrent=("NoncurrentLeaseLiabilities",),
            parts_first=True,
        ),
    ),
)

INTEREST_EXPENSE = MetricSpec(
    metric_names.INTEREST_EXPENSE,
    money=True,
    nonnegative=True,
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
    metric_names.CRYPTO_FAIR_VALUE,
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
    metric_names.CRYPTO_UNITS,
    money=False,
    families=(Family("crypto units", totals=("CryptoAssetNumberOfUnits",)),),
)

BUILT_IN: dict[str, MetricSpec] = {
    spec.name: spec
    for spec in (DEBT_TOTAL, FINANCE_LEASES, INTEREST_EXPENSE, CRYPTO_FAIR_VALUE, CRYPTO_UNITS)
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
    return replace(spec, families=tuple(families), allowed=frozenset(allowed))
