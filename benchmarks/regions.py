"""Instructions per code region of one extraction, under callgrind.

    python -m benchmarks.regions KIND REGION [REGION ...]

KIND is text, html or typical (the documents `benchmarks.extraction` times); each REGION is
one or more functions, "module:name" or "module:Class.method", joined by "+", e.g.
`monitor.extract.treasury:extract` or `monitor.extract.resolver:resolve+monitor.extract.
periods:_scan_mentions`. Prints each region's instructions per extraction (inclusive: what
its functions and everything they call cost), at most nine regions per run.

Python functions are invisible to callgrind, so each region's functions are made to run
inside a C function that nothing else calls (`sys.call_tracing`, `operator.call`,
`functools.reduce`, …): that C function's inclusive cost is the region's. A generator
function is run to its end inside the marker. Regions nested in each other pay for the
wrappers inside them (about 1-2 k instructions a call), so measure nested regions apart.
The names are patched where they are looked up: a function imported by name into another
module ("from .resolver import resolve_period") is patched in that module.

Needs valgrind; one run takes a few minutes (the interpreter's start under callgrind).
"""

from __future__ import annotations

import contextvars
import functools
import gc
import importlib
import inspect
import itertools
import json
import operator
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

_Run = Callable[[], Any]


def _call_tracing(run: _Run) -> Any:
    return sys.call_tracing(run, ())


def _operator_call(run: _Run) -> Any:
    return operator.call(run)


def _reduce(run: _Run) -> Any:
    return functools.reduce(lambda _, __: run(), [0], None)


_CONTEXT = contextvars.copy_context()


def _context_run(run: _Run) -> Any:
    return _CONTEXT.run(run)


def _starmap(run: _Run) -> Any:
    return next(itertools.starmap(run, [()]))


def _boxed(make: Callable[[Callable[[object], object]], Any], run: _Run) -> Any:
    box: list[Any] = []
    list(make(lambda _: box.append(run())))
    return box[0]


def _filterfalse(run: _Run) -> Any:
    return _boxed(lambda test: itertools.filterfalse(test, [0]), run)


def _takewhile(run: _Run) -> Any:
    return _boxed(lambda test: itertools.takewhile(test, [0]), run)


def _dropwhile(run: _Run) -> Any:
    return _boxed(lambda test: itertools.dropwhile(test, [0]), run)


def _accumulate(run: _Run) -> Any:
    return list(itertools.accumulate([0, 0], lambda _, __: run()))[1]


# Each marker and the C function callgrind names it by.
_MARKERS: list[tuple[Callable[[_Run], Any], str]] = [
    (_call_tracing, "sys_call_tracing"),
    (_operator_call, "_operator_call"),
    (_reduce, "functools_reduce"),
    (_context_run, "context_run"),
    (_starmap, "starmap_next"),
    (_filterfalse, "filterfalse_next"),
    (_takewhile, "takewhile_next"),
    (_dropwhile, "dropwhile_next"),
    (_accumulate, "accumulate_next"),
]
_RUNS = 2  # measured extractions, after one warm-up


def _wrap(owner: Any, name: str, marker: Callable[[_Run], Any]) -> None:
    function = getattr(owner, name)
    if inspect.isgeneratorfunction(function):

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            return iter(marker(lambda: list(function(*args, **kwargs))))
    else:

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            return marker(lambda: function(*args, **kwargs))

    setattr(owner, name, wrapped)


def _patch(target: str, marker: Callable[[_Run], Any]) -> None:
    module, _, path = target.partition(":")
    owner: Any = importlib.import_module(module)
    *parents, name = path.split(".")
    for parent in parents:
        owner = getattr(owner, parent)
    _wrap(owner, name, marker)


def _document_runner(kind: str) -> _Run:
    from benchmarks import extraction as bx

    _, cases = bx.score(bx._load_corpus_module())
    text, page = bx.fifty_kb_documents(cases)
    if kind == "html":
        return lambda: bx.extract(page, content_type="text/html")
    document = text if kind == "text" else bx.typical_document(cases)
    return lambda: bx.extract_text(document)


def measured(kind: str, regions: list[str]) -> None:
    """Inside callgrind: warm up, patch the regions, extract `_RUNS` times."""
    run = _document_runner(kind)
    run()
    # The warm-up's heap is set aside from the collector: otherwise a full collection of it
    # lands inside or outside the measured runs by the allocation count alone, and moved a
    # branch's count by 1.4 % with no code of the measured path changed (round 15). The
    # collections the runs' own garbage needs are still counted.
    gc.collect()
    gc.freeze()
    for region, (marker, _) in zip(regions, _MARKERS, strict=False):
        for target in region.split("+"):
            _patch(target, marker)
    for _ in range(_RUNS):
        run()


_COST = re.compile(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+\S*?:(\w+)(?:'\d+)? ")


def inclusive_costs(annotated: str) -> dict[str, int]:
    """Each C function's inclusive cost in `callgrind_annotate --inclusive=yes` output (its
    first, largest line)."""
    costs: dict[str, int] = {}
    for line in annotated.splitlines():
        found = _COST.match(line)
        if found and found.group(2) not in costs:
            costs[found.group(2)] = int(found.group(1).replace(",", ""))
    return costs


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) >= 2 and args[0] == "--inside":
        measured(args[1], json.loads(args[2]))
        return 0
    if len(args) < 2 or args[0] not in ("text", "html", "typical"):
        print(__doc__)
        return 2
    kind, regions = args[0], args[1:]
    if len(regions) > len(_MARKERS):
        print(f"at most {len(_MARKERS)} regions per run")
        return 2
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        inside = [sys.executable, "-m", "benchmarks.regions", "--inside", kind, json.dumps(regions)]
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *inside]
        environment = {**os.environ, "PYTHONHASHSEED": "0"}
        subprocess.run(command, check=True, capture_output=True, env=environment)
        annotated = subprocess.run(
            ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    costs = inclusive_costs(annotated)
    for region, (_, c_name) in zip(regions, _MARKERS, strict=False):
        print(f"{costs.get(c_name, 0) / _RUNS / 1e6:8.1f} M  {region}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
