"""Event kinds: the one place their names are spelled.

An event's kind says what a source saw and which payload it carries (see
`monitor.vocabulary.payloads`); rules select events by kind. The names are stored with every
event and are part of each event's fingerprint, so they never change.
"""

from __future__ import annotations

from typing import Final

PRICE: Final = "price"
METRIC_OBSERVED: Final = "metric_observed"
METRIC_RESTATED: Final = "metric_restated"  # a figure for a period already seen has changed
PRESS_RELEASE: Final = "press_release"
PRESS_RELEASE_UPDATED: Final = "press_release_updated"
FILING_PUBLISHED: Final = "filing_published"
FILING_DOCUMENT: Final = "filing_document"
ONCHAIN_BALANCE: Final = "onchain_balance"
ONCHAIN_OUTFLOW_PENDING: Final = "onchain_outflow_pending"
ONCHAIN_OUTFLOW: Final = "onchain_outflow"
ONCHAIN_OUTFLOW_RETRACTED: Final = "onchain_outflow_retracted"

EVENT_KINDS: Final = (
    PRICE,
    METRIC_OBSERVED,
    METRIC_RESTATED,
    PRESS_RELEASE,
    PRESS_RELEASE_UPDATED,
    FILING_PUBLISHED,
    FILING_DOCUMENT,
    ONCHAIN_BALANCE,
    ONCHAIN_OUTFLOW_PENDING,
    ONCHAIN_OUTFLOW,
    ONCHAIN_OUTFLOW_RETRACTED,
)
METRIC_KINDS: Final = (METRIC_OBSERVED, METRIC_RESTATED)
