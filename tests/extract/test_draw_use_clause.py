"""A completed draw followed by what the money will fund is drawn, not a draw to come.

"… completed a drawdown of $X under the facility, which will fund the build-out": the relative
clause after ", which" tells the money's use; its "will" does not make the draw a plan. A draw
still to come keeps reading as a plan, even in a relative clause about its timing. Sentences
written for these tests (review 23b, item 3).
"""

from __future__ import annotations

import pytest

from monitor.extract.debt_issue import _DRAW_TO_COME

USE_CLAUSES = [
    " under the facility, which will fund the new site's build-out.",
    " tranche, which will be used to buy miners.",
    " under the loan, which would finance the expansion.",
]
TO_COME = [
    " tranche is expected in December.",
    " tranche, which is expected to be drawn in June.",
    " remains available under the facility.",
    " under the facility will be drawn next quarter, which will fund miners.",
]


@pytest.mark.parametrize("after", USE_CLAUSES)
def test_use_clause_is_not_a_draw_to_come(after: str) -> None:
    assert _DRAW_TO_COME.match(after) is None


@pytest.mark.parametrize("after", TO_COME)
def test_draw_to_come_still_read(after: str) -> None:
    assert _DRAW_TO_COME.match(after) is not None
