"""A table cell's figure names its row and column, every other field kept as read.

`table_cells.labelled` builds the labelled figure field by field (not `dataclasses.replace`,
which reads the class's fields again for every cell): each field of `Extracted` must come
through, so a field added to the model and left out here fails this test.
"""

from __future__ import annotations

from dataclasses import fields, replace
from decimal import Decimal

import pytest

from monitor.extract import table_cells
from monitor.extract.model import BTC_HELD, Extracted

# A row of Riot's production table ("Bitcoin Held | 17,429 | 16,728"), as the table reader
# finds it before labelling: every field set to something other than its default.
_CELL = Extracted(
    metric=BTC_HELD,
    value=Decimal("17429"),
    unit="BTC",
    currency="USD",
    period="2024-10-31",
    evidence="Bitcoin Held | 17,429 | 16,728",
    start=1204,
    end=1235,
    kind="derived",
    detail="held_after_sales",
    row_label="unlabelled",
    column_label="unlabelled",
)


def _refuse_replace(*_: object, **__: object) -> Extracted:
    raise AssertionError("labelled copied the figure with dataclasses.replace")


def test_a_labelled_cell_keeps_every_field_and_names_its_row_and_column(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(table_cells, "replace", _refuse_replace, raising=False)
    got = table_cells.labelled(_CELL, "Bitcoin Held", "October 2024")
    assert got == replace(_CELL, row_label="Bitcoin Held", column_label="October 2024")
    for field in fields(Extracted):
        if field.name not in ("row_label", "column_label"):
            assert getattr(got, field.name) == getattr(_CELL, field.name), field.name
    # a near miss: another column's label is that column's, not the first one's
    assert table_cells.labelled(_CELL, "Bitcoin Held", None).column_label is None
