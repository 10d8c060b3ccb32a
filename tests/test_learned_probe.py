"""The learned-scorer probe's learner and candidate finder (benchmarks/learned_probe.py)."""

from __future__ import annotations

from decimal import Decimal

from benchmarks.learned_probe import candidates
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


def test_candidates_are_numbers_with_a_unit() -> None:
    text = "In October we mined 486 BTC and raised US$5 million. Hashrate was 4.2 EH/s."
    found = {(c.value, c.unit) for c in candidates(text)}
    assert found == {(Decimal(486), "BTC"), (Decimal(5000000), "USD")}
