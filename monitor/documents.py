"""From a fetched document to metric observations: the bridge between sources and extraction.

Every observation that carries a document (a 6-K exhibit, a press release page, a feed
article) is read by the extractor; each figure becomes a `metric_observed` observation of the
same entity, linked to its document and quoting its sentence or table row, so a rule sees
"btc_sold, CANG, 2026-02: 4,451" with its quote, and with a confidence tier and its reason
(monitor.extract.confidence) that the alert shows beside the quote.

The extractor reads English only. A page clearly in another language (a Japanese or Italian
rewrite of a miner's update) is still read, since English passages inside it may yield
figures, but one WARNING line says it was not really read, so an empty result is not silent.
No document record carries a reading status, so the log line is where the user sees it.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from monitor.extract import Extracted, clean_text, extract_text
from monitor.extract.confidence import confidence
from monitor.extract.foreign_deals import LANGUAGES as DEAL_LANGUAGES
from monitor.extract.foreign_lexicons_more import LEXICONS as BTC_FIGURE_LANGUAGES
from monitor.extract.language import reading_language
from monitor.metrics import metric_observation
from monitor.model import Document, Observation

log = logging.getLogger(__name__)


def extract_observations(source: Observation) -> list[Observation]:
    """The metric observations found in `source.document` (none without a document)."""
    document = source.document
    if document is None:
        return []
    published = _published(source)
    try:
        text = clean_text(document.body, document.content_type or "text/html")
        _warn_if_foreign(text, document.url)
        found = extract_text(text, published=published, entity=source.entity)
    except Exception:  # one unreadable document must not fail its poll (and every retry)
        log.exception("extraction failed on %s %s (%s)", source.kind, source.subject, document.url)
        return []
    return [_observation(source, document, item, found, published) for item in found]


def _warn_if_foreign(text: str, url: str) -> None:
    language = reading_language(text)
    if language is None:
        return
    read = _read_in(language)
    if read:
        log.info("partly read: only %s in %s (%s)", "; ".join(read), language, url)
    else:
        log.warning("not read: the extractor reads English; page is in %s (%s)", language, url)


def _read_in(language: str) -> list[str]:
    """What the foreign reader takes from copy in `language` (monitor/extract/foreign)."""
    read = []
    if language in BTC_FIGURE_LANGUAGES:
        read.append("BTC mined, sold and held, and sale proceeds")
    if language in DEAL_LANGUAGES:
        read.append("debt, and AI contracts with their megawatts")
    return read


def _published(source: Observation) -> date:
    for key in ("filing_date", "published_at", "published"):
        value = source.payload.get(key)
        if isinstance(value, str) and len(value) >= 10:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return source.occurred_at.date()


def _observation(
    source: Observation,
    document: Document,
    item: Extracted,
    found: list[Extracted],
    published: date,
) -> Observation:
    """One figure read from a fetched document, as the observation the rules see."""
    return metric_observation(
        entity=source.entity,
        metric=item.metric,
        value=None if item.value is None else float(item.value),
        unit=item.unit,
        period=item.period,
        occurred_at=source.occurred_at,
        identity=(document.sha256, item.start, item.end, item.unit, item.detail, item.value),
        evidence=_evidence(source, document, item, found, published),
        extra={
            "currency": item.currency,
            "extraction": item.kind,
            "detail": item.detail,
            "document_sha256": document.sha256,
            "source_kind": source.kind,
        },
    )


def _evidence(
    source: Observation,
    document: Document,
    item: Extracted,
    found: list[Extracted],
    published: date,
) -> dict[str, Any]:
    """The figure's quote, where it was read, how far to trust it, and its table cell."""
    evidence: dict[str, Any] = {
        "quote": item.evidence,
        "start": item.start,
        "end": item.end,
        "url": document.url,
        "fetched_at": document.fetched_at.isoformat(),
        "sha256": document.sha256,
    }
    # How far to trust the figure, with why, so the alert can say "check the quote". A tier
    # is an aid: a failure to grade one figure leaves the tier out, never fails the poll.
    try:
        trust = confidence(
            item, siblings=found, entity=source.entity, source_url=document.url, published=published
        )
    except Exception:
        log.exception("confidence failed on %s %s (%s)", source.kind, source.subject, document.url)
    else:
        evidence["confidence"] = trust.tier
        evidence["confidence_reason"] = trust.reason
    # A table cell names its row and column, so the quote can be read back as a cell.
    if item.row_label is not None:
        evidence["row"] = item.row_label
    if item.column_label is not None:
        evidence["column"] = item.column_label
    for key in ("accession", "form", "title"):
        if source.payload.get(key):
            evidence[key] = source.payload[key]
    return evidence
