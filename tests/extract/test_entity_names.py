"""The names a company goes by, as the party and lender readings look for them in a sentence."""

from __future__ import annotations

import pytest

from monitor.extract.entities import names_of


@pytest.mark.parametrize(
    ("entity", "expected"),
    [
        ("CANG", ("Cango", "CANG")),
        # a name resolves to its ticker's names, and the entity itself stays last
        ("Iris Energy", ("IREN", "Iris Energy", "Iris", "Iris Energy")),
        ("cleanspark", ("CleanSpark", "Cleanspark", "CLSK", "cleanspark")),
        # a company the list does not know goes by its own name only
        ("Northern Star Mining", ("Northern Star Mining",)),
        # no entity: no names (an empty name would be found in every sentence)
        (None, ()),
        ("", ()),
    ],
)
def test_names_of(entity: str | None, expected: tuple[str, ...]) -> None:
    assert names_of(entity) == expected
