"""Where things live on EDGAR: URL templates, with every base overridable for mirrors and tests.

CIKs are zero-padded to ten digits on data.sec.gov and unpadded under /Archives; accession
numbers keep their dashes in file names and lose them in directory names.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

DATA_URL = "https://data.sec.gov"
ARCHIVES_URL = "https://www.sec.gov/Archives"
BROWSE_URL = "https://www.sec.gov/cgi-bin/browse-edgar"


def cik10(cik: int) -> str:
    return f"{cik:010d}"


def accession_dir(accession: str) -> str:
    return accession.replace("-", "")


def raw_document_name(primary_document: str) -> str:
    """The raw file of a primary document: `xslF345X05/form4.xml` is rendered, `form4.xml` is
    the file itself."""
    return primary_document.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class EdgarUrls:
    """URL builders over configurable bases (no trailing slash)."""

    data_url: str = DATA_URL
    archives_url: str = ARCHIVES_URL
    browse_url: str = BROWSE_URL

    def submissions(self, cik: int) -> str:
        return f"{self.data_url}/submissions/CIK{cik10(cik)}.json"

    def submissions_shard(self, name: str) -> str:
        return f"{self.data_url}/submissions/{name}"

    def company_facts(self, cik: int) -> str:
        return f"{self.data_url}/api/xbrl/companyfacts/CIK{cik10(cik)}.json"

    def filing_dir(self, cik: int, accession: str) -> str:
        return f"{self.archives_url}/edgar/data/{cik}/{accession_dir(accession)}"

    def filing_index_json(self, cik: int, accession: str) -> str:
        return f"{self.filing_dir(cik, accession)}/index.json"

    def filing_index_headers(self, cik: int, accession: str) -> str:
        """The submission's SGML header as a page: every document with its stated type."""
        return f"{self.filing_dir(cik, accession)}/{accession}-index-headers.html"

    def filing_index_page(self, cik: int, accession: str) -> str:
        return f"{self.filing_dir(cik, accession)}/{accession}-index.htm"

    def document(self, cik: int, accession: str, filename: str) -> str:
        return f"{self.filing_dir(cik, accession)}/{raw_document_name(filename)}"

    def latest_filings_feed(self, form_type: str, count: int) -> str:
        query = {
            "action": "getcurrent",
            "type": form_type,
            "company": "",
            "dateb": "",
            "owner": "include",
            "start": "0",
            "count": str(count),
            "output": "atom",
        }
        return f"{self.browse_url}?{urlencode(query)}"
