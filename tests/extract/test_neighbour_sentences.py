"""The next and the previous sentence of a span, as the neighbour-sentence readings see them."""

from __future__ import annotations

import pytest

from monitor.extract.sentences import sentence_after, sentence_before

TEXT = (
    "Hut 8 is building two HPC data centers. It bought a 40 MW site in Texas. The site will "
    "host GPUs for a tenant.\n\nA new paragraph names a loan."
)


@pytest.mark.parametrize(
    ("end", "in_paragraph", "reach", "expected"),
    [
        (TEXT.index(" It bought"), True, 250, " It bought a 40 MW site in Texas."),
        (TEXT.index(" The site"), True, 250, " The site will host GPUs for a tenant."),
        # the paragraph's end stops the look, unless told otherwise
        (TEXT.index("tenant.") + 7, True, 250, ""),
        (TEXT.index("tenant.") + 7, False, 250, "\n\nA new paragraph names a loan."),
        # the reach bounds it
        (TEXT.index(" It bought"), True, 10, " It bought"),
    ],
)
def test_sentence_after(end: int, in_paragraph: bool, reach: int, expected: str) -> None:
    assert sentence_after(TEXT, end, reach, in_paragraph=in_paragraph) == expected


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (TEXT.index("The site"), "It bought a 40 MW site in Texas. "),
        (TEXT.index("It bought"), "Hut 8 is building two HPC data centers. "),
        (TEXT.index("A new"), ""),  # a paragraph's first sentence has none before it
    ],
)
def test_sentence_before(start: int, expected: str) -> None:
    assert sentence_before(TEXT, start, 300) == expected
