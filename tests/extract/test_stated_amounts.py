"""The amounts a document states, looked up by value (`stated_amounts`): the same amounts, in
the same order, as reading every amount of the text and keeping those of the wanted values.

Each expectation is worked out from the text: which printed amounts have the wanted value
(a scale word multiplies the number; the currency is the printed marker's).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from monitor.extract.numbers import find_money
from monitor.extract.stated_amounts import _number_starts, _numbers, stated_amounts

_RELEASE = (
    "Bitdeer Secures $400 Million in Convertible Notes\n\n"
    "SINGAPORE, Aug. 20, 2024 -- Bitdeer Technologies Group today announced the pricing of "
    "US$400,000,000 aggregate principal amount of 8.50% convertible senior notes due 2029. "
    "The initial purchasers have an option to buy up to an additional $60.0 million of notes. "
    + "The company mined 255 bitcoin in July and operates several mining sites in Norway. "
    * 3
    + "Bitdeer intends to use about US$0.4 billion of the net proceeds for its data centers; "
    "total debt stood at $400 million (Canadian) at the end of the quarter."
)


def _said(text: str, money: object) -> str:
    return text[money.start : money.end]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        # $400 million four ways: "$400 Million", "US$400,000,000", "US$0.4 billion" and
        # "$400 million (Canadian)" (the bracket says which dollar, and is read with it)
        (
            {Decimal(400_000_000)},
            [
                ("$400 Million", "USD"),
                ("US$400,000,000", "USD"),
                ("US$0.4 billion", "USD"),
                ("$400 million (Canadian)", "CAD"),
            ],
        ),
        ({Decimal(60_000_000)}, [("$60.0 million", "USD")]),
        # two values asked at once: in the order the text states them
        ({Decimal(60_000_000), Decimal(400_000_000)}, None),
        # "8.50%" and "255 bitcoin" are no amounts of money; 40 million is never stated
        ({Decimal(40_000_000), Decimal("8.5"), Decimal(255)}, []),
    ],
)
def test_amounts_of_the_wanted_values(
    values: set[Decimal], expected: list[tuple[str, str]] | None
) -> None:
    found = stated_amounts(_RELEASE, values)
    if expected is not None:
        assert [(_said(_RELEASE, money), money.currency) for money in found] == expected
    assert found == [money for money in find_money(_RELEASE) if money.amount in values]


def test_an_amount_wrapped_across_lines_and_far_from_the_last() -> None:
    # "US$ 5\nmillion": the scale on the next line; the second $5 million stands far after
    # a stretch with no digit, so it is read by a scan of its own
    text = "It repaid US$ 5\nmillion of the loan." + " The loan is now closed." * 8 + " $5M more."
    found = stated_amounts(text, {Decimal(5_000_000)})
    assert [_said(text, money) for money in found] == ["US$ 5\nmillion", "$5M"]


def test_a_number_inside_a_longer_one_is_not_its_amount() -> None:
    # "$2,105" holds the digits of 105, but states 2,105
    text = "It paid $2,105 in fees and RMB 1,050 in duties."
    assert stated_amounts(text, {Decimal(105)}) == []
    found = stated_amounts(text, {Decimal(1050)})
    assert [(_said(text, money), money.currency) for money in found] == [("RMB 1,050", "RMB")]


def test_other_digits_are_read_from_the_whole_text() -> None:
    # "٥" is an Arabic-Indic five: a digit to the money pattern, so the text is read whole
    text = "It raised $٥ million and then $5 million."
    found = stated_amounts(text, {Decimal(5_000_000)})
    assert [_said(text, money) for money in found] == ["$٥ million", "$5 million"]


def _whole_text_starts(text: str, signatures: set[str]) -> list[int] | None:
    """The number pattern's starts over the whole text (None: a long run), as before the
    words were read apart."""
    starts = []
    for number in _numbers(signatures, skip=True).finditer(text):
        if number.lastgroup == "long":
            return None
        starts.append(number.start())
    return starts


@pytest.mark.parametrize(
    ("text", "signatures"),
    [
        # separators and zeros open a number's run ("0.95", ",95"); a word at the text's ends
        ("$0.95 billion, or ,95 and 9,5 and 2.95 and 95,000,000", {"95"}),
        ("95 at the start;95.0;(0,095) and at the end 950", {"95", "5"}),
        # "1,950" holds the digits but states no 95 at its start; "9.5" and "19.5"
        ("repaid $1,950 and $9.5 million of the $19.5 million loan", {"95", "195"}),
        # a run too long to read exactly, in a word with no wanted digit: the whole text
        ("$9.5 million and 1234567812345678123456 units", {"95"}),
        # more first digits than are worth finding one by one: the whole text
        ("$9 million; " * 200, {"9"}),
        ("no number here", {"95"}),
        ("", {"95"}),
    ],
)
def test_the_words_read_find_what_the_whole_text_does(text: str, signatures: set[str]) -> None:
    assert _number_starts(text, signatures) == _whole_text_starts(text, signatures)
