"""A sparse multiclass averaged perceptron: the learner of the learned-scorer probe.

Pure Python on purpose (no numpy on this box): an example is a set of string features, a
weight is a (feature, class) float. Averaging (the "lazy" timestamp trick) keeps the final
weights from being dominated by the last examples seen, which matters on small, uneven data.
`margin` gives a confidence (best class against a base class) for use as a gated fallback.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence

Example = tuple[frozenset[str], str]


class AveragedPerceptron:
    """Multiclass perceptron over sparse binary features, weights averaged over all updates."""

    def __init__(self, classes: Sequence[str]) -> None:
        self.classes = tuple(classes)
        self.weights: dict[str, dict[str, float]] = defaultdict(dict)
        self._totals: dict[tuple[str, str], float] = defaultdict(float)
        self._stamps: dict[tuple[str, str], int] = defaultdict(int)
        self._step = 0

    def scores(self, features: frozenset[str]) -> dict[str, float]:
        totals = dict.fromkeys(self.classes, 0.0)
        for feature in features:
            for label, weight in self.weights.get(feature, {}).items():
                totals[label] += weight
        return totals

    def predict(self, features: frozenset[str]) -> str:
        totals = self.scores(features)
        # Ties break on class order, so the first class (the "none" class) wins an empty score.
        return max(self.classes, key=lambda label: totals[label])

    def margin(self, features: frozenset[str], base: str) -> tuple[str, float]:
        """The best class other than `base` and how far its score is above `base`'s.

        A positive margin is exactly when `predict` answers that class (`base` being the first
        class, it wins ties), so thresholding the margin above 0 trades recall for precision.
        """
        totals = self.scores(features)
        best = max((label for label in self.classes if label != base), key=totals.__getitem__)
        return best, totals[best] - totals[base]

    def train(self, examples: Sequence[Example], epochs: int = 8, seed: int = 0) -> None:
        order = list(examples)
        shuffler = random.Random(seed)
        for _ in range(epochs):
            shuffler.shuffle(order)
            for features, gold in order:
                self._step += 1
                guess = self.predict(features)
                if guess != gold:
                    for feature in features:
                        self._bump(feature, gold, 1.0)
                        self._bump(feature, guess, -1.0)
        self._average()

    def _bump(self, feature: str, label: str, delta: float) -> None:
        key = (feature, label)
        current = self.weights[feature].get(label, 0.0)
        self._totals[key] += (self._step - self._stamps[key]) * current
        self._stamps[key] = self._step
        self.weights[feature][label] = current + delta

    def _average(self) -> None:
        for feature, row in self.weights.items():
            for label, weight in row.items():
                key = (feature, label)
                total = self._totals[key] + (self._step - self._stamps[key]) * weight
                row[label] = total / max(self._step, 1)
