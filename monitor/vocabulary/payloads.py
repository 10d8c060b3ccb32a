"""The payload of each event kind, as one frozen type: sources build events through it
(`to_payload`), rules, the store and the web read events through it (`from_event`).

The typed fields come first, in the order they are stored; `details` holds what a source adds
beyond them (a stock's exchange, a metric's method and provenance), kept in order after them.
The stored JSON is exactly `to_payload()`, so payloads written before these types existed read
back the same, and every payload written now is byte for byte what it was.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Protocol, Self

from monitor.vocabulary import kinds
from monitor.vocabulary.periods import Period


class HasPayload(Protocol):
    @property
    def payload(self) -> Mapping[str, Any]: ...


@dataclass(frozen=True, kw_only=True)
class Payload:
    """Shared by every payload type: the conversion to and from the stored dict."""

    KINDS: ClassVar[tuple[str, ...]] = ()
    details: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def typed_fields(cls) -> tuple[str, ...]:
        return _typed_fields(cls)

    def to_payload(self) -> dict[str, Any]:
        """The stored dict: the typed fields in order, then the details."""
        typed = {name: getattr(self, name) for name in self.typed_fields()}
        return {**typed, **self.details}

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Self:
        """Read a stored dict; a field it lacks (an older event) reads as None."""
        names = _typed_fields(cls)
        details = {key: value for key, value in payload.items() if key not in names}
        return cls(**{name: payload.get(name) for name in names}, details=details)

    @classmethod
    def from_event(cls, event: HasPayload) -> Self:
        return cls.from_payload(event.payload)


# Rules read every event through its payload type: the field names are worked out once.
@functools.cache
def _typed_fields(cls: type[Payload]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.name != "details")


@dataclass(frozen=True, kw_only=True)
class PricePayload(Payload):
    """A traded price (details: a stock's exchange, market time and quoted-unit changes)."""

    KINDS = (kinds.PRICE,)
    symbol: str
    price: float
    price_text: str
    currency: str
    provider: str


# The payload field a price is read from when a rule names no other.
PRICE_FIELD = "price"


@dataclass(frozen=True, kw_only=True)
class MetricPayload(Payload):
    """A company's figure for a period (details: how it was read, previous value of a
    restatement, XBRL period type…)."""

    KINDS = kinds.METRIC_KINDS
    metric: str
    value: float | None
    unit: str
    period: str | None

    @property
    def reporting_period(self) -> Period | None:
        return Period.parse(self.period)

    @property
    def numeric(self) -> bool:
        return isinstance(self.value, int | float) and not isinstance(self.value, bool)

    @property
    def provenance(self) -> Provenance:
        """How the figure was made, as its source recorded it in the details."""
        return Provenance(
            method=self.details.get("method"),
            parts=tuple(self.details.get("provenance") or ()),
            note=self.details.get("note"),
        )


@dataclass(frozen=True)
class Provenance:
    """A figure's making: the method (an XBRL figure's "reported", "sum", "q4 = fy - 9m"…),
    the facts it was made from (each a dict with concept, signed value, period, filing), and
    a note on how it was read when the facts alone do not say it. Figures read from prose
    have no method and no parts."""

    method: str | None
    parts: tuple[Mapping[str, Any], ...]
    note: str | None


@dataclass(frozen=True, kw_only=True)
class ReleasePayload(Payload):
    """A press release seen on a listing or feed (details: `document_problem` when its page
    could not be read, what changed in an update)."""

    KINDS = (kinds.PRESS_RELEASE, kinds.PRESS_RELEASE_UPDATED)
    title: str
    url: str | None
    published_at: str | None
    teaser: str | None
    item_id: str


@dataclass(frozen=True, kw_only=True)
class FilingPayload(Payload):
    """An SEC filing, from the EDGAR index."""

    KINDS = (kinds.FILING_PUBLISHED,)
    cik: str
    ticker: str | None
    company: str | None
    accession: str
    form: str
    base_form: str
    is_amendment: bool
    amends: str | None
    filing_date: str
    accepted_at: str | None
    report_date: str | None
    items: list[str]
    description: str | None
    is_xbrl: bool
    file_number: str | None
    index_url: str
    primary_document_url: str | None
    exhibits: list[dict[str, Any]]
    title: str | None
    missing_documents: list[str]


@dataclass(frozen=True, kw_only=True)
class FilingDocumentPayload(Payload):
    """One document of an SEC filing, fetched and kept for extraction."""

    KINDS = (kinds.FILING_DOCUMENT,)
    cik: str
    accession: str
    form: str
    filing_date: str
    document_type: str | None
    primary: bool
    filename: str
    url: str
    title: str | None


@dataclass(frozen=True, kw_only=True)
class OnchainBalancePayload(Payload):
    """What a set of the company's addresses holds at a block."""

    KINDS = (kinds.ONCHAIN_BALANCE,)
    address_set: str
    attribution: str
    attribution_text: str
    network: str
    balance_btc: float
    balance_sats: int
    unconfirmed_change_btc: float
    block_height: int
    block_hash: str
    addresses_watched: int
    value_usd: float | None
    price_usd: float | None
    price_at: str | None
    url: str


@dataclass(frozen=True, kw_only=True)
class OnchainOutflowPayload(Payload):
    """Bitcoin leaving the company's addresses: seen (pending), confirmed, or retracted (a
    reorganisation; details: `now`, where the transaction is now)."""

    KINDS = (kinds.ONCHAIN_OUTFLOW_PENDING, kinds.ONCHAIN_OUTFLOW, kinds.ONCHAIN_OUTFLOW_RETRACTED)
    address_set: str
    attribution: str
    attribution_text: str
    network: str
    amount_btc: float
    amount_sats: int
    fee_btc: float
    amount_usd: float | None
    price_usd: float | None
    price_at: str | None
    status: str
    txid: str
    block_height: int | None
    block_hash: str | None
    block_time: str | None
    confirmations: int
    min_confirmations: int
    spent_from: list[str]
    recipients: list[dict[str, Any]]
    url: str


PAYLOAD_TYPES: tuple[type[Payload], ...] = (
    PricePayload,
    MetricPayload,
    ReleasePayload,
    FilingPayload,
    FilingDocumentPayload,
    OnchainBalancePayload,
    OnchainOutflowPayload,
)
PAYLOADS: dict[str, type[Payload]] = {
    kind: payload for payload in PAYLOAD_TYPES for kind in payload.KINDS
}
