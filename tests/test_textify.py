"""html_to_text: block structure, one line per table row, footnotes, encodings."""

from __future__ import annotations

from html import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.textify import html_to_text

CANGO_TABLE = """
<p>Cango Inc. Announces January 2026 Bitcoin Production and Mining Operations Update</p>
<table>
 <tr><td>Metrics</td><td>Jan 2026</td><td>Dec 2025</td></tr>
 <tr><td>Number of Bitcoins produced</td><td>496.4</td><td>569.0</td></tr>
 <tr><td>Total number of Bitcoins held<sup>1</sup></td><td>7,474.7</td><td>7,528.3</td></tr>
 <tr><td>Total number of Bitcoins sold</td><td>550.03</td><td>-</td></tr>
 <tr><td>Deployed hashrate</td><td>50 EH/s</td><td>50 EH/s</td></tr>
</table>
"""

CASES: list[tuple[str, str | bytes, str]] = [
    (
        "paragraphs-become-blank-line-separated",
        "<p>First   paragraph\n spans lines.</p><p>Second.</p>",
        "First paragraph spans lines.\n\nSecond.",
    ),
    (
        "cango-table-rows-one-line-each",
        CANGO_TABLE,
        "Cango Inc. Announces January 2026 Bitcoin Production and Mining Operations Update\n\n"
        "Metrics | Jan 2026 | Dec 2025\n"
        "Number of Bitcoins produced | 496.4 | 569.0\n"
        "Total number of Bitcoins held | 7,474.7 | 7,528.3\n"
        "Total number of Bitcoins sold | 550.03 | -\n"
        "Deployed hashrate | 50 EH/s | 50 EH/s",
    ),
    (
        "scripts-styles-comments-head-dropped",
        "<html><head><title>EX-99.1</title><style>p{color:red}</style></head>"
        "<body><script>var sold = 1;</script><!-- sold 99 BTC --><p>Kept.</p>"
        "<noscript>enable js</noscript></body></html>",
        "Kept.",
    ),
    (
        "br-and-list-items-are-lines",
        "<ul><li>Produced 496.4 BTC<br/>in January</li><li>Held 7,474.7 BTC</li></ul>",
        "Produced 496.4 BTC\nin January\nHeld 7,474.7 BTC",
    ),
    (
        "footnote-digits-dropped-not-glued",
        "<p>Held 7,474.7<sup>2</sup> BTC and 3,313.4<sup>(3)</sup> later<sup>*</sup>.</p>",
        "Held 7,474.7 BTC and 3,313.4 later.",
    ),
    (
        "ordinal-superscript-stays-glued",
        "<p>On the 1<sup>st</sup> of March and the 22<sup>nd</sup>.</p>",
        "On the 1st of March and the 22nd.",
    ),
    (
        "other-superscript-set-off-by-space",
        "<p>Power 50 MW<sup>AI only</sup>capacity</p>",
        "Power 50 MW AI only capacity",
    ),
    (
        "edgar-split-currency-and-parenthesis-cells",
        "<table><tr><td>Interest expense</td><td>$</td><td>(1,234</td><td>)</td>"
        "<td>&#160;</td><td>$</td><td>(987</td><td>)</td></tr></table>",
        "Interest expense | $(1,234) | $(987)",
    ),
    (
        "empty-spacer-cells-and-empty-rows-skipped",
        "<table><tr><td></td><td>&nbsp;</td></tr><tr><td>Bitcoin sold</td><td></td>"
        "<td>0</td><td>&nbsp;</td><td>120</td></tr></table>",
        "Bitcoin sold | 0 | 120",
    ),
    (
        "cell-with-inner-paragraphs-stays-on-one-line",
        "<table><tr><td><p>Total number of</p><p>Bitcoins held</p></td>"
        "<td>3,313.4</td></tr></table>",
        "Total number of Bitcoins held | 3,313.4",
    ),
    (
        "layout-table-with-one-cell-keeps-paragraphs",
        "<table><tr><td><p>First.</p><p>Second.</p></td></tr></table>",
        "First.\n\nSecond.",
    ),
    (
        "nested-table-flattened-into-its-cell",
        "<table><tr><td>Outer</td><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>",
        "Outer | a | b",
    ),
    (
        "nbsp-thin-and-zero-width-spaces-collapse",
        "<p>US$\u00a0305\u2009million\u200b  in USDT</p>",
        "US$ 305 million in USDT",
    ),
    (
        "text-around-table-separated",
        "Before<table><tr><td>a</td><td>b</td></tr></table>After",
        "Before\n\na | b\n\nAfter",
    ),
    (
        "pre-keeps-its-lines",
        "<pre>Bitcoin sold     550.03\nBitcoin held   7,474.7</pre>",
        "Bitcoin sold 550.03\nBitcoin held 7,474.7",
    ),
    (
        "inline-tags-do-not-add-spaces",
        "<p>sold <b>4,451</b> Bit<i>coin</i></p>",
        "sold 4,451 Bitcoin",
    ),
    (
        "bytes-utf8-with-meta",
        '<meta charset="utf-8"><body><p>Held — 3,313.4 ₿</p></body>'.encode(),
        "Held — 3,313.4 ₿",
    ),
    (
        "bytes-latin1-declared",
        '<meta charset="iso-8859-1"><p>Caf\xe9 \xa3 5</p>'.encode("latin-1"),
        "Café £ 5",
    ),
    (
        "bytes-windows1252-undeclared-smart-quotes",
        "<p>\u201cCango\u201d sold 4,451 BTC</p>".encode("cp1252"),
        "\u201cCango\u201d sold 4,451 BTC",
    ),
    (
        "hidden-blocks-and-inline-xbrl-header-dropped",
        '<div style="display: none"><ix:header><ix:hidden>c-1 2025-01-01</ix:hidden>'
        "</ix:header></div><p>Held <ix:nonfraction name='x'>7,474.7</ix:nonfraction> BTC</p>",
        "Held 7,474.7 BTC",
    ),
    ("empty-document", "", ""),
    ("plain-text-is-kept", "no markup at all", "no markup at all"),
]


@pytest.mark.parametrize(("html", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_html_to_text(html: str | bytes, expected: str) -> None:
    assert html_to_text(html) == expected


def test_lying_charset_does_not_crash() -> None:
    body = b'<meta charset="no-such-codec"><p>sold \xff\xfe 10 BTC</p>'
    text = html_to_text(body)
    assert "sold" in text
    assert "10 BTC" in text


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_text_without_crashing(body: bytes) -> None:
    text = html_to_text(body)
    assert "\n\n\n" not in text
    assert text == text.strip()


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8), max_size=5)
)
def test_table_cells_never_split_a_row(cells: list[str]) -> None:
    html = (
        "<table><tr>"
        + "".join(f"<td>{escape(c)}</td>" for c in ["L", *cells, "R"])
        + "</tr></table>"
    )
    text = html_to_text(html)
    assert "\n" not in text
    assert text.startswith("L")
    assert text.endswith("R")


@pytest.mark.parametrize("depth", [254, 255, 300, 1000, 3000])
def test_deeply_nested_text_is_kept(depth: int) -> None:
    """libxml2 dropped everything below 255 levels without a word; the walk recursed per level."""
    html = "<body>" + "<div>" * depth + "Sold 550.03 BTC" + "</div>" * depth + "<p>After.</p>"
    text = html_to_text(html)
    assert "Sold 550.03 BTC" in text
    assert text.endswith("After.")


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>red \x1b[31malert\x1b[0m</p>", "red [31malert[0m"),
        (  # an OSC-8 hyperlink whose label hides where it points
            "<p>see \x1b]8;;https://evil.example\x1b\\SEC filing\x1b]8;;\x1b\\ now</p>",
            "see ]8;;https://evil.example\\SEC filing]8;;\\ now",
        ),
        ("<p>bell\x07 and \x9b C1</p>", "bell and C1"),
        ("<p>abc\u202edcba</p>", "abcdcba"),
    ],
)
def test_control_characters_never_reach_the_text(html: str, expected: str) -> None:
    assert html_to_text(html) == expected
