"""A new filing, harvested: its `filing_published` event and one `filing_document` event per
fetched document (primary document and prose exhibits), each carrying its text.

Documents are kept content-addressed by the store, with URL, fetch time and hash, so
extraction and replays can run again later without refetching. A document SEC no longer has
(404) is left out and named in the filing's payload; any other failure fails the poll, so the
filing is retried whole on the next one (nothing of it was stored).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.http import FetchError, FetchResult, NotModified
from monitor.model import Document, Observation, fingerprint
from monitor.sources.base import PollContext
from monitor.sources.edgar.access import parse_json, sec_fetch
from monitor.sources.edgar.common import Company
from monitor.sources.edgar.exhibits import (
    DocumentRef,
    ListedFile,
    discover,
    index_filenames,
    index_headers,
)
from monitor.sources.edgar.forms import amended_filing, base_form, is_amendment
from monitor.sources.edgar.submissions import Filing
from monitor.sources.edgar.urls import EdgarUrls
from monitor.textify import html_to_text
from monitor.vocabulary.kinds import FILING_DOCUMENT, FILING_PUBLISHED
from monitor.vocabulary.payloads import FilingDocumentPayload, FilingPayload

log = logging.getLogger(__name__)


_EXHIBIT_CAPTION = re.compile(r"^(?:exhibit|ex\.?)\s*\d", re.I)
_TITLE_MAX = 300


@dataclass(frozen=True)
class Harvester:
    """Turns filings of one company into observations."""

    urls: EdgarUrls
    company: Company
    company_name: str
    exhibit_patterns: Sequence[str]

    def harvest(
        self, ctx: PollContext, filing: Filing, history: Sequence[Filing]
    ) -> list[Observation]:
        refs = self._documents(ctx, filing)
        fetched: list[tuple[DocumentRef, Document]] = []
        missing: list[str] = []
        for ref in refs:
            document = _fetch_document(ctx, ref)
            if document is None:
                missing.append(ref.url)
            else:
                fetched.append((ref, document))
        documents = [self._document_observation(filing, ref, doc) for ref, doc in fetched]
        published = self._published(filing, history, refs, documents, missing)
        return [published, *documents]

    def _documents(self, ctx: PollContext, filing: Filing) -> list[DocumentRef]:
        return discover(
            self._listing(ctx, filing),
            urls=self.urls,
            cik=self.company.cik,
            accession=filing.accession,
            form=filing.form,
            primary_document=filing.primary_document,
            patterns=self.exhibit_patterns,
        )

    def _listing(self, ctx: PollContext, filing: Filing) -> list[ListedFile]:
        """The filing's files with their stated types (index headers); the directory's
        index.json (names only) when the headers page is missing or holds no header; nothing
        when neither exists yet (the primary document is still known)."""
        cik, accession = self.company.cik, filing.accession
        headers = _fetch_optional(ctx, self.urls.filing_index_headers(cik, accession))
        listed = index_headers(headers.body.decode("utf-8", "replace")) if headers else []
        if listed:
            return listed
        directory = _fetch_optional(ctx, self.urls.filing_index_json(cik, accession))
        if directory is None:
            return []
        return index_filenames(parse_json(directory, "filing index"))

    def _published(
        self,
        filing: Filing,
        history: Sequence[Filing],
        refs: Sequence[DocumentRef],
        documents: Sequence[Observation],
        missing: Sequence[str],
    ) -> Observation:
        payload = self._payload(filing, history, refs, documents, missing)
        return Observation(
            kind=FILING_PUBLISHED,
            entity=self.company.entity,
            subject=filing.accession,
            occurred_at=filing.published_at,
            identity=(filing.accession,),
            payload=payload.to_payload(),
            evidence={
                "url": payload.index_url,
                "accession": filing.accession,
                "accepted_at": payload.accepted_at,
            },
        )

    def _payload(
        self,
        filing: Filing,
        history: Sequence[Filing],
        refs: Sequence[DocumentRef],
        documents: Sequence[Observation],
        missing: Sequence[str],
    ) -> FilingPayload:
        """What a published filing's observation says of it: form, dates, items, documents."""
        amended = amended_filing(filing, history)
        primary = next((r for r in refs if r.primary), None)
        return FilingPayload(
            cik=self.company.cik,
            ticker=self.company.ticker,
            company=self.company_name,
            accession=filing.accession,
            form=filing.form,
            base_form=base_form(filing.form),
            is_amendment=is_amendment(filing.form),
            amends=amended.accession if amended else None,
            filing_date=filing.filing_date.isoformat(),
            accepted_at=filing.accepted_at.isoformat() if filing.accepted_at else None,
            report_date=filing.report_date.isoformat() if filing.report_date else None,
            items=list(filing.items),
            description=filing.description,
            is_xbrl=filing.is_xbrl,
            file_number=filing.file_number,
            index_url=self.urls.filing_index_page(self.company.cik, filing.accession),
            primary_document_url=primary.url if primary else None,
            exhibits=[
                {"type": r.doc_type, "filename": r.filename, "url": r.url}
                for r in refs
                if not r.primary
            ],
            title=_first_exhibit_title(documents),
            missing_documents=list(missing),
        )

    def _document_observation(
        self, filing: Filing, ref: DocumentRef, document: Document
    ) -> Observation:
        return Observation(
            kind=FILING_DOCUMENT,
            entity=self.company.entity,
            subject=f"{filing.accession}/{ref.filename}",
            occurred_at=filing.published_at,
            identity=(filing.accession, ref.filename),
            payload=FilingDocumentPayload(
                cik=self.company.cik,
                accession=filing.accession,
                form=filing.form,
                filing_date=filing.filing_date.isoformat(),
                document_type=ref.doc_type,
                primary=ref.primary,
                filename=ref.filename,
                url=ref.url,
                title=headline(document.text),
            ).to_payload(),
            evidence={
                "url": document.url,
                "fetched_at": document.fetched_at.isoformat(),
                "sha256": document.sha256,
                "accession": filing.accession,
            },
            document=document,
        )


def harvest_new(
    ctx: PollContext,
    harvester: Harvester,
    candidates: Sequence[Filing],
    history: Sequence[Filing],
    limit: int,
) -> tuple[list[Observation], int]:
    """Harvest the candidates not stored yet, oldest first, at most `limit` of them; return
    the observations and how many new filings were left for later."""
    by_fingerprint = {filing_fingerprint(harvester.company, f.accession): f for f in candidates}
    known = ctx.known(list(by_fingerprint))
    new = sorted(
        (f for fp, f in by_fingerprint.items() if fp not in known),
        key=lambda f: (f.published_at, f.accession),
    )
    observations = [obs for f in new[:limit] for obs in harvester.harvest(ctx, f, history)]
    return observations, max(0, len(new) - limit)


def filing_fingerprint(company: Company, accession: str) -> str:
    """The fingerprint of a filing's event: identity is the accession, for every EDGAR kind
    alike, so a filing seen by the feed and by the submissions poll is stored once."""
    return fingerprint(FILING_PUBLISHED, company.entity, accession)


def headline(text: str) -> str | None:
    """The first line of a document that is not an "Exhibit 99.1" caption."""
    for line in text.splitlines():
        line = line.strip()
        if line and not _EXHIBIT_CAPTION.match(line):
            return line[:_TITLE_MAX]
    return None


def _first_exhibit_title(documents: Sequence[Observation]) -> str | None:
    for obs in documents:
        if not obs.payload["primary"] and obs.payload["title"]:
            return str(obs.payload["title"])
    return None


def _fetch_optional(ctx: PollContext, url: str) -> FetchResult | None:
    """An unconditional SEC fetch; None when SEC has no such file (404)."""
    try:
        result = sec_fetch(ctx, url, conditional=False)
    except FetchError as exc:
        if exc.status == 404:
            return None
        raise
    if isinstance(result, NotModified):  # pragma: no cover - unconditional request
        return None
    return result


def _fetch_document(ctx: PollContext, ref: DocumentRef) -> Document | None:
    result = _fetch_optional(ctx, ref.url)
    if result is None:
        return None
    return Document(
        url=result.url,
        fetched_at=result.fetched_at,
        content_type=result.content_type or _guess_type(ref.filename),
        body=result.body,
        text=_text(result, ref.filename),
    )


def _text(result: FetchResult, filename: str) -> str:
    """The document's text; a document that cannot be read has none (its filing is still
    stored): one bad document never fails the poll."""
    try:
        if filename.lower().endswith(".txt") or result.content_type == "text/plain":
            return result.text().strip()
        return html_to_text(result.body)
    except (ValueError, LookupError) as exc:
        log.warning("unreadable document %s: %s", result.url, exc)
        return ""


def _guess_type(filename: str) -> str:
    return "text/plain" if filename.lower().endswith(".txt") else "text/html"
