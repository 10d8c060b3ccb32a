"""Unicode hyphens read as the ASCII hyphen: "third‑quarter 2025", "year‑over‑year".

Machine-written rewrites and some wire copy join compound words with U+2011 (non-breaking
hyphen) or U+2010 (hyphen). A reader sees the same word as "third-quarter"; the extractor's
patterns spell the joint "-", so the period phrase "third‑quarter 2025 results" was not read
and its figures fell back to the month of publication. Each is one character, replaced by one
character: the text keeps its length and every offset still points into the text as given.
Dashes (en dash, em dash) are not hyphens: they join ranges and clauses, and stay as printed.
"""

from __future__ import annotations

_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def as_ascii(text: str) -> str:
    """`text` with its Unicode hyphens as "-" (same length); `text` itself when it has none."""
    if "\u2011" not in text and "\u2010" not in text:
        return text  # cheap gate: most text has none
    return text.translate(_HYPHENS)
