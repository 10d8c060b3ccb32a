"""`benchmarks.regions`: markers that leave results alone, and the annotate output read right."""

from __future__ import annotations

import types
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from benchmarks import regions


@pytest.mark.parametrize(("marker", "c_name"), regions._MARKERS)
def test_a_marker_returns_what_its_function_returns(
    marker: Callable[[Callable[[], Any]], Any], c_name: str
) -> None:
    assert marker(lambda: ("value", c_name)) == ("value", c_name)


def _figures(count: int) -> Iterator[int]:
    yield from range(count)


def _total(first: int, *, second: int) -> int:
    return first + second


def test_a_wrapped_function_and_generator_give_their_own_results() -> None:
    owner = types.SimpleNamespace(figures=_figures, total=_total)
    regions._wrap(owner, "figures", regions._MARKERS[0][0])
    regions._wrap(owner, "total", regions._MARKERS[1][0])
    assert list(owner.figures(3)) == [0, 1, 2]
    assert owner.total(2, second=5) == 7
    assert owner.figures is not _figures  # (the wrapper stands in its place)


def test_inclusive_costs_take_each_functions_first_line() -> None:
    annotated = "\n".join([
        "--------------------------------------------------------------------------------",
        "Ir                      file:function",
        "7,898,696,565 (100.0%)  PROGRAM TOTALS",
        "  421,026,750 ( 5.33%)  /src/Python/clinic/sysmodule.c.h:sys_call_tracing [/lib/x.so]",
        "  421,018,110 ( 5.33%)  /src/Python/sysmodule.c:sys_call_tracing",
        "  139,396,728 ( 1.76%)  /src/Modules/_operator.c:_operator_call [/lib/x.so]",
        "   90,020,091 ( 1.14%)  /src/Python/context.c:context_run'2 [/lib/x.so]",
    ])  # fmt: skip
    assert regions.inclusive_costs(annotated) == {
        "sys_call_tracing": 421_026_750,
        "_operator_call": 139_396_728,
        "context_run": 90_020_091,
    }
