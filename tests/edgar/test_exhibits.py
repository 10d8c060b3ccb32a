"""Exhibit discovery from a filing directory's index.json and the agents' file names."""

from __future__ import annotations

import pytest

from monitor.errors import SourceError
from monitor.sources.edgar.exhibits import discover, exhibit_type, index_filenames
from monitor.sources.edgar.urls import EdgarUrls
from tests.edgar.support import ANNUAL_2024, INTERIM_H1, filing_path, load_json

NAME_CASES = [
    ("tm2532465d1_ex99-1.htm", "EX-99.1"),  # Toppan Merrill
    ("tm2532465d1_ex99-12.htm", "EX-99.12"),
    ("d412345dex991.htm", "EX-99.1"),  # Donnelley
    ("d412345dex311.htm", "EX-31.1"),
    ("ea0201234ex99-1_cango.htm", "EX-99.1"),  # EdgarAgents
    ("exhibit99_2.htm", "EX-99.2"),
    ("ex-99.htm", "EX-99"),
    ("EX99.1.htm", "EX-99.1"),
    ("ex1011.htm", "EX-10.11"),
    ("tm2532465d1_6k.htm", None),
    ("0001104659-25-117521-index.html", None),
    ("index.json", None),
    ("annex1.htm", None),
]


@pytest.mark.parametrize(("name", "expected"), NAME_CASES)
def test_exhibit_type_from_file_name(name: str, expected: str | None) -> None:
    assert exhibit_type(name) == expected


URLS = EdgarUrls()


def test_primary_document_and_press_release_of_an_xbrl_6k() -> None:
    names = index_filenames(load_json(filing_path(INTERIM_H1, "index.json")))
    assert {"R1.htm", "FilingSummary.xml", "cang-20250630.xsd"} <= set(names)
    refs = discover(
        names,
        urls=URLS,
        cik=1725123,
        accession=INTERIM_H1,
        form="6-K",
        primary_document="tm2530001d1_6k.htm",
        patterns=["EX-99", "EX-99.*"],
    )
    base = "https://www.sec.gov/Archives/edgar/data/1725123/000110465925112896"
    assert [(r.filename, r.doc_type, r.primary, r.url) for r in refs] == [
        ("tm2530001d1_6k.htm", "6-K", True, f"{base}/tm2530001d1_6k.htm"),
        ("tm2530001d1_ex99-1.htm", "EX-99.1", False, f"{base}/tm2530001d1_ex99-1.htm"),
    ]


@pytest.mark.parametrize(
    ("patterns", "expected"),
    [
        (["EX-99", "EX-99.*"], ["tm253456d1_20f.htm"]),
        (["EX-1*"], ["tm253456d1_20f.htm", "tm253456d1_ex12-1.htm", "tm253456d1_ex13-1.htm"]),
        (["EX-13.1"], ["tm253456d1_20f.htm", "tm253456d1_ex13-1.htm"]),
        ([], ["tm253456d1_20f.htm"]),
    ],
)
def test_exhibit_patterns(patterns: list[str], expected: list[str]) -> None:
    names = index_filenames(load_json(filing_path(ANNUAL_2024, "index.json")))
    refs = discover(
        names,
        urls=URLS,
        cik=1725123,
        accession=ANNUAL_2024,
        form="20-F",
        primary_document="tm253456d1_20f.htm",
        patterns=patterns,
    )
    assert [r.filename for r in refs] == expected


def test_exhibits_in_number_order_and_rendered_primary_documents_use_the_raw_file() -> None:
    names = ["b_ex99-2.htm", "a_ex99-10.htm", "c_ex99-1.htm", "photo_ex99-3.jpg", "primary_doc.xml"]
    refs = discover(
        names,
        urls=URLS,
        cik=1,
        accession="0000000001-26-000001",
        form="SCHEDULE 13G",
        primary_document="xslSCHEDULE_13G_X01/primary_doc.xml",
        patterns=["EX-99.*"],
    )
    # An XML primary document is not prose; a .jpg exhibit is not text.
    assert [r.doc_type for r in refs] == ["EX-99.1", "EX-99.2", "EX-99.10"]


def test_an_index_of_another_shape_is_a_source_error() -> None:
    with pytest.raises(SourceError, match=r"index\.json"):
        index_filenames({"directory": {"items": []}})
