"""A document's figures become metric events: one per figure, linked to the document."""

from __future__ import annotations

from datetime import UTC, datetime

from monitor.documents import extract_observations
from monitor.model import Document, Observation

SALE = (
    b"<p>DALLAS, Feb. 9, 2026 /PRNewswire/ -- Cango Inc. (NYSE: CANG) today announced that "
    b"it has sold 4,451 Bitcoin for approximately US$305 million in USDT, and used the "
    b"proceeds to partially repay a Bitcoin-collateralized loan.</p>"
)


def test_each_figure_is_its_own_observation_even_with_equal_values() -> None:
    moment = datetime(2026, 2, 9, 12, tzinfo=UTC)
    document = Document("https://www.sec.gov/x/ex99-1.htm", moment, "text/html", SALE, "")
    source = Observation(
        "filing_document",
        "CANG",
        "acc/ex99-1.htm",
        moment,
        ("d",),
        {"accession": "0001104659-26-010001", "filing_date": "2026-02-09"},
    )
    source = Observation(**{**source.__dict__, "document": document})
    found = extract_observations(source)
    by_metric = {o.payload["metric"]: o for o in found}
    assert by_metric["btc_sold"].payload["value"] == 4451
    assert by_metric["btc_sale_proceeds_usd"].payload["value"] == 305_000_000
    assert by_metric["debt_repaid_usd"].payload["value"] == 305_000_000
    assert len({o.fingerprint for o in found}) == len(found)
    sold = by_metric["btc_sold"]
    assert sold.subject == "btc_sold:2026-02" and sold.entity == "CANG"
    assert sold.evidence["accession"] == "0001104659-26-010001"
    assert sold.evidence["url"] == document.url and sold.evidence["sha256"] == document.sha256
    assert "sold 4,451 Bitcoin" in sold.evidence["quote"]
    assert sold.payload["document_sha256"] == document.sha256
