"""Answers kept for one document: a guard asked again about the same figure is not re-run.

The treasury, debt and AI readers run the shared guards (`guards`) on the figures they find,
and a sentence's candidates are often asked about more than once: by the next pattern of a
family after one rejected a quantity, and by another family that found the same words (on the
worst-case benchmark about 40 % of the guard calls repeat one already made). A guard's answer
depends on its arguments alone (the sentence's text and positions in it), so it is kept.

`remembered` marks such a function; `forget` empties every kept answer when a new document
starts, so each document pays for its own guards (and timings of one document run again and
again stay honest) and no document's sentences are kept alive past the next.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

_Function = TypeVar("_Function", bound=Callable[..., Any])

# Enough for every distinct question of a 50 KB document (~140 per guard on the worst case).
_SIZE = 1024
_KEPT: list[Any] = []


def remembered(function: _Function) -> _Function:
    """`function` with its answers kept until `forget` (its arguments must be hashable and
    its answer must depend on them alone)."""
    kept = functools.lru_cache(maxsize=_SIZE)(function)
    _KEPT.append(kept)
    return kept  # type: ignore[return-value]  # same signature, answers kept


def forget() -> None:
    """Drop every kept answer (a new document starts)."""
    for kept in _KEPT:
        kept.cache_clear()


@remembered
def found_in(pattern: Any, text: str) -> bool:
    """Does `pattern` (compiled, or `Folded`) match anywhere in `text`? For a question about a
    whole sentence that each of its figures asks: a sentence of many figures is read once,
    not once per figure."""
    return pattern.search(text) is not None
