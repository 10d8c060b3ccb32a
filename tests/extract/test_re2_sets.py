"""The one RE2 set builder: its answers name the sources that match, with the sentinel."""

from __future__ import annotations

import pytest

from monitor.extract.re2_sets import set_matcher


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b"no word here", [0]),
        (b"bitcoin sold", [0, 1]),
        (b"Q3 2024 bitcoin", [0, 1, 2]),
        (b"q3", [0]),  # (no case folding unless the source asks for it)
    ],
)
def test_answers_name_matching_sources_after_the_sentinel(text: bytes, expected: list[int]) -> None:
    pytest.importorskip("re2")
    match = set_matcher(["bitcoin", "Q[1-4] 20[0-9]{2}"])
    assert match is not None
    assert sorted(match(text)) == expected


def test_a_source_re2_refuses_gives_no_matcher() -> None:
    pytest.importorskip("re2")
    assert set_matcher(["ok", "(?<=look-behind)x"]) is None
