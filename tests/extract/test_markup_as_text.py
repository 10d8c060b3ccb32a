"""A page's raw HTML handed over as plain text is read as the HTML it is (`clean_text`)."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.extract import clean_text, extract

PUBLISHED = dt.date(2024, 7, 2)


def _facts(document: str) -> set[tuple[str, float, str]]:
    found = extract(document, content_type="text/plain", published=PUBLISHED, entity="RIOT")
    return {(item.metric, float(item.value or 0), item.period) for item in found}


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # tags inside the sentence: the figure's words are split by markup
        (
            '<p><span style="font-weight: 400;">Riot Platforms sold </span><a href="/x">'
            "<span>500 bitcoin</span></a><span> in June 2024 for $31 million.</span></p>\\r\\n"
            "<p><span>The company held 9,334 BTC as of June 30, 2024.</span></p>",
            {
                ("btc_sold", 500.0, "2024-06"),
                ("btc_sale_proceeds_usd", 31_000_000.0, "2024-06"),
                ("btc_held", 9334.0, "2024-06-30"),
            },
        ),
        (
            "<div><p>Riot Platforms produced <b>255 bitcoin</b> in June 2024.</p>"
            "<p>It did not sell any bitcoin during the month.</p></div>",
            {("btc_produced", 255.0, "2024-06"), ("btc_sold", 0.0, "2024-06")},
        ),
    ],
)
def test_markup_in_text_is_read_as_html(
    document: str, expected: set[tuple[str, float, str]]
) -> None:
    assert expected <= _facts(document)


@pytest.mark.parametrize(
    "prose",
    [
        # a "<" in prose is not markup, nor is one tag-like word
        "Riot Platforms sold 500 bitcoin in June 2024 at <$70,000 each.",
        "<b>Riot Platforms</b> sold 500 bitcoin in June 2024.",
        "Riot sold 500 bitcoin in June 2024.\\nIt held 9,334 BTC.",
    ],
)
def test_prose_with_a_bracket_stays_as_given(prose: str) -> None:
    assert clean_text(prose, "text/plain") == prose


def test_markup_loses_its_tags_and_escaped_line_ends() -> None:
    text = clean_text("<p>Riot sold 500 BTC.</p>\\r\\n<p>It held 9,334 BTC.</p>", "text/plain")
    assert "<" not in text and "\\r" not in text and "\\n" not in text
    assert "Riot sold 500 BTC." in text and "It held 9,334 BTC." in text
