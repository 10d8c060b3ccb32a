"""Exhibit discovery: the types a filing's index headers state, and, where a filing has no
headers page, the types the filing agents' file names imply."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.errors import SourceError
from monitor.sources.edgar.exhibits import (
    ListedFile,
    discover,
    exhibit_type,
    index_filenames,
    index_headers,
)
from monitor.sources.edgar.urls import EdgarUrls
from tests.edgar.support import ANNUAL_2024, INTERIM_H1, filing_path, load_json

HEADERS = Path(__file__).parent / "fixtures" / "index-headers"

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
    # A company prefix glued to "ex" (six of the 147 real names below were once missed).
    ("a202302feb168kex991.htm", "EX-99.1"),
    ("wfc-1231x2023xex99.htm", "EX-99"),
    ("adbeex991q123.htm", "EX-99.1"),
    ("wmtexhibit991fy2510-k.htm", "EX-99.1"),
    ("fy242510-kexhibit99x1.htm", "EX-99.1"),
    ("a2177791zex-99_1.htm", "EX-99.1"),
    ("complexity.htm", None),
]


def _real_exhibit_names() -> list[str]:
    path = HEADERS / "ex99_filenames_from_edgartools.txt"
    return [line.strip() for line in path.read_text().splitlines() if line.strip()]


def test_every_real_ex99_file_name_is_read_as_an_ex99_exhibit() -> None:
    # 147 real EX-99 file names from many filing agents; the name-based guess is the fallback
    # when a filing has no headers page, so each must still land in the EX-99 family.
    names = _real_exhibit_names()
    assert len(names) == 147
    missed = [n for n in names if not (exhibit_type(n) or "").startswith("EX-99")]
    assert missed == []


@pytest.mark.parametrize(("name", "expected"), NAME_CASES)
def test_exhibit_type_from_file_name(name: str, expected: str | None) -> None:
    assert exhibit_type(name) == expected


URLS = EdgarUrls()


def test_a_real_index_headers_page_states_each_documents_type() -> None:
    page = (HEADERS / "0001193125-24-152391-index-headers.html").read_text()
    listed = index_headers(page)
    assert listed[:3] == [
        ListedFile("d836506d8k.htm", "8-K"),
        ListedFile("d836506dex991.htm", "EX-99.1"),
        ListedFile("me-20240603.xsd", "EX-101.SCH"),
    ]
    assert len(listed) == 13  # R1.htm, FilingSummary.xml … stated too
    refs = discover(
        listed,
        urls=URLS,
        cik=1804591,
        accession="0001193125-24-152391",
        form="8-K",
        primary_document="d836506d8k.htm",
        patterns=["EX-99", "EX-99.*"],
    )
    assert [(r.filename, r.doc_type) for r in refs] == [
        ("d836506d8k.htm", "8-K"),
        ("d836506dex991.htm", "EX-99.1"),
    ]


@pytest.mark.parametrize(
    ("listed", "expected"),
    [
        # The stated type decides where the name says nothing ...
        ([ListedFile("q4release.htm", "EX-99.1")], ["q4release.htm"]),
        # ... and where the name says something else.
        ([ListedFile("acme_ex99-1.htm", "EX-10.1")], []),
        # With no stated type, the name is the guess.
        ([ListedFile("acme_ex99-1.htm")], ["acme_ex99-1.htm"]),
    ],
)
def test_a_stated_type_decides_over_the_file_name(
    listed: list[ListedFile], expected: list[str]
) -> None:
    refs = discover(
        listed,
        urls=URLS,
        cik=1,
        accession="0000000001-26-000001",
        form="8-K",
        primary_document="acme_8k.htm",
        patterns=["EX-99.*"],
    )
    assert [r.filename for r in refs if not r.primary] == expected


def test_a_page_without_a_header_lists_nothing() -> None:
    assert index_headers("<html><body><p>Not Found</p></body></html>") == []


def test_primary_document_and_press_release_of_an_xbrl_6k() -> None:
    listed = index_filenames(load_json(filing_path(INTERIM_H1, "index.json")))
    names = {file.name for file in listed}
    assert {"R1.htm", "FilingSummary.xml", "cang-20250630.xsd"} <= names
    names = listed
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
        [ListedFile(name) for name in names],
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
