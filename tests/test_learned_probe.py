"""The learned-scorer probe (benchmarks/learned_probe.py): its learner, candidate finder,
family tally, and the rules ∪ probe-where-confident union of its recall-fallback section."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

from benchmarks.learned_probe import (
    BLIND,
    SEEN,
    Batch,
    Case,
    Fact,
    Found,
    Scored,
    Tally,
    candidates,
    choose_threshold,
    prepare,
    thresholds,
    union_facts,
)
from benchmarks.probe_learner import AveragedPerceptron


def test_perceptron_separates_a_toy_two_class_problem() -> None:
    # "mined" marks production, "holds" marks holdings; "btc" is shared noise on both sides.
    train = [
        (frozenset({"mined", "btc"}), "produced"),
        (frozenset({"holds", "btc"}), "held"),
        (frozenset({"mined", "month"}), "produced"),
        (frozenset({"holds", "treasury"}), "held"),
    ] * 3
    model = AveragedPerceptron(["held", "produced"])
    model.train(train, epochs=5)
    assert model.predict(frozenset({"mined", "treasury"})) == "produced"
    assert model.predict(frozenset({"holds", "month"})) == "held"


def test_untrained_perceptron_falls_back_to_the_first_class() -> None:
    model = AveragedPerceptron(["none", "btc_held"])
    assert model.predict(frozenset({"unseen"})) == "none"
    # The margin agrees: a tie with "none" is not above 0, so no fact.
    assert model.margin(frozenset({"unseen"}), "none") == ("btc_held", 0.0)


def test_margin_is_positive_exactly_when_predict_names_that_class() -> None:
    train = [(frozenset({"mined"}), "produced"), (frozenset({"noise"}), "none")] * 4
    model = AveragedPerceptron(["none", "held", "produced"])
    model.train(train, epochs=4)
    for feats in (frozenset({"mined"}), frozenset({"noise"}), frozenset({"mined", "noise"})):
        best, margin = model.margin(feats, "none")
        assert (margin > 0) == (model.predict(feats) != "none")
        assert margin <= 0 or model.predict(feats) == best
    assert model.margin(frozenset({"mined"}), "none")[0] == "produced"


def test_candidates_are_numbers_with_a_unit() -> None:
    text = "In October we mined 486 BTC and raised US$5 million. Hashrate was 4.2 EH/s."
    found = {(c.value, c.unit) for c in candidates(text)}
    assert found == {(Decimal(486), "BTC"), (Decimal(5000000), "USD")}


def _scored(value: int, unit: str, metric: str, margin: float) -> Scored:
    return Scored("case", Decimal(value), unit, metric, margin)


def test_union_adds_only_confident_probe_facts_for_values_the_rules_left_alone() -> None:
    rules: Found = {"case": {("btc_held", Decimal(500), "BTC")}}
    scored = [
        _scored(500, "BTC", "btc_produced", 90.0),  # the rules have 500 BTC: left to them
        _scored(40, "BTC", "btc_sold", 3.0),  # not confident enough
        _scored(12, "USD", "debt_repaid_usd", 7.0),  # confident, uncovered: added
        _scored(9, "MW", "ai_capacity_mw", -2.0),  # "none" wins
    ]
    assert union_facts(rules, scored, threshold=5.0)["case"] == {
        ("btc_held", Decimal(500), "BTC"),
        ("debt_repaid_usd", Decimal(12), "USD"),
    }
    assert union_facts(rules, scored, threshold=math.inf) == rules
    assert len(union_facts(rules, scored, threshold=0.0)["case"]) == 3


def test_thresholds_run_from_rules_alone_down_to_every_uncovered_positive_margin() -> None:
    batch = Batch([], [], {"case": {("btc_held", Decimal(500), "BTC")}})
    scored = [
        _scored(500, "BTC", "btc_produced", 90.0),
        _scored(40, "BTC", "btc_sold", 3.0),
        _scored(9, "MW", "ai_capacity_mw", -2.0),
    ]
    assert thresholds([(batch, scored)]) == [math.inf, 3.0, 0.0]


def test_tally_groups_metrics_into_families() -> None:
    tally = Tally()
    gold: set[Fact] = {
        ("btc_held", Decimal(1), "BTC"),
        ("btc_sold", Decimal(2), "BTC"),
        ("interest_expense_usd", Decimal(3), "USD"),
    }
    found: set[Fact] = {("btc_held", Decimal(1), "BTC"), ("debt_total_usd", Decimal(4), "USD")}
    tally.add(gold, found)
    assert tally.rates("btc") == (1.0, 0.5, pytest.approx(2 / 3))
    assert tally.count("debt") == {"fp": 1, "fn": 1}  # interest expense counts as debt
    assert tally.rates("ai") == (None, None, None)
    assert tally.f1("ALL") == pytest.approx(0.4)  # P 1/2, R 1/3


def test_the_threshold_is_chosen_without_the_blind_batches() -> None:
    # Only dev and a..f exist here: touching g or h would raise KeyError.
    case = Case(
        id="toy",
        file="toy.yaml",
        published=None,
        entity="Toy Mining",
        document="In May Toy Mining mined 100 BTC and held 900 BTC.",
        content_type="text/plain",
        expected=(("btc_produced", Decimal(100), "BTC", None, "figure", None),),
    )
    data = {name: prepare([case]) for name in ("dev", *SEEN)}
    assert not set(BLIND) & set(data)
    threshold, folds = choose_threshold(data)
    assert len(folds) == len(SEEN) and threshold >= 0
