"""`debt_document.CLOSING_AHEAD`'s "to close on/in/by" needs a time after it (MEND25B).

"… notes offering, to close on Dec 3", "to close by year-end" tell a closing still ahead;
"used a portion of the net proceeds to close on 2 land parcels" (a count) and "to close in yearly
installments" (a word that starts like a time) tell none.
"""

from __future__ import annotations

import pytest

from monitor.extract.debt_document import CLOSING_AHEAD

AHEAD = [
    "The notes offering is expected to price today, to close on Dec 3, 2025.",
    "The offering is to close on or about December 3, 2025.",
    "The offering is to close on 3 December 2025.",
    "The private placement is to close in 2026.",
    "The financing is to close by year-end.",
    "The deal is to close in the first quarter.",
    "The notes are to close by mid-December.",
]
NOT_AHEAD = [
    "Cipher used a portion of the net proceeds to close on 2 land parcels in Texas last week.",
    "The company agreed to close in yearly installments the remaining positions.",
    "Proceeds were used to close on the acquisition of the Odessa site.",
    "The company used the proceeds to close in decisive fashion its hosting deal.",
]


@pytest.mark.parametrize("text", AHEAD)
def test_a_time_after_to_close_is_a_closing_ahead(text: str) -> None:
    assert CLOSING_AHEAD.search(text) is not None


@pytest.mark.parametrize("text", NOT_AHEAD)
def test_no_time_after_to_close_is_no_closing_ahead(text: str) -> None:
    assert CLOSING_AHEAD.search(text) is None
