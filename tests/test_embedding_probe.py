"""The embedding probe's pure-python parts (benchmarks/embedding_probe.py): the marked window a
candidate is embedded from, and the threshold grid. Importing the module must not need numpy
or torch, which the project does not depend on."""

from __future__ import annotations

import math
import sys
from decimal import Decimal

from benchmarks.embedding_probe import best_threshold, grid, unit_class, window_text
from benchmarks.learned_probe import Batch, Scored, candidates


def test_module_imports_without_numpy_or_torch() -> None:
    # Importing the module (done above) loads neither; the project's CI has neither.
    assert not {"torch", "sentence_transformers", "numpy"} & set(sys.modules)


def test_window_marks_the_figure_and_keeps_words_either_side() -> None:
    text = "one two three four In October we mined 486 BTC and raised US$5 million in notes."
    btc = next(c for c in candidates(text) if c.unit == "BTC")
    assert window_text(text, btc, words=3) == "October we mined [[ 486 BTC ]] and raised US$5"


def test_window_at_the_edges_of_the_text() -> None:
    text = "Held 9 BTC"
    (btc,) = candidates(text)
    assert window_text(text, btc) == "Held [[ 9 BTC ]]"


def test_unit_classes() -> None:
    assert [unit_class(u) for u in ("BTC", "MW", "USD", "CAD")] == ["BTC", "MW", "money", "money"]


def test_grid_runs_from_rules_alone_to_zero_through_positive_margins() -> None:
    found = grid([-3.0, 0.5, 2.0, 9.0], size=3)
    assert found == [math.inf, 9.0, 2.0, 0.5, 0.0]
    assert grid([-1.0]) == [math.inf, 0.0]


def test_best_threshold_prefers_rules_alone_when_the_fallback_only_adds_errors() -> None:
    batch = Batch([], [], {"case": set()})  # no cases: every added fact would be scored nowhere
    scored = [Scored("case", Decimal(40), "BTC", "btc_sold", 3.0)]
    assert best_threshold([(batch, scored)]) == math.inf
