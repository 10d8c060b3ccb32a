"""Alerts show each extracted figure's confidence tier and reason beside its quote."""

from __future__ import annotations

from datetime import UTC, datetime

from monitor.model import Alert
from monitor.notify.render import alert_html, alert_text


def alert(evidence: dict[str, object]) -> Alert:
    return Alert(
        id=7,
        rule_id="further-btc-sales",
        entity="CANG",
        dedup_key="k",
        severity="warning",
        title="Cango sold 4,451 BTC",
        body="CANG sold 4,451 BTC.",
        reason="btc_sold 4451 > 0",
        fired_at=datetime(2026, 2, 9, 12, tzinfo=UTC),
        values={},
        evidence=[{"kind": "metric_observed", "subject": "btc_sold:2026-02", **evidence}],
        event_ids=[],
        state="open",
    )


QUOTE = {"quote": "Cango sold 4,451 Bitcoin in February.", "url": "https://x.example/a"}


def test_text_alert_names_the_tier_and_why_after_the_quote() -> None:
    text = alert_text(
        [alert({**QUOTE, "confidence": "medium", "confidence_reason": "read from a headline"})]
    )
    assert '"Cango sold 4,451 Bitcoin in February." [medium confidence: read from a headline]' in (
        text
    )


def test_html_alert_escapes_the_reason() -> None:
    html = alert_html(
        [alert({**QUOTE, "confidence": "low", "confidence_reason": "names <b>Marathon</b>"})]
    )
    assert "[low confidence: names &lt;b&gt;Marathon&lt;/b&gt;]" in html


def test_evidence_without_a_tier_renders_as_before() -> None:
    text = alert_text([alert(QUOTE)])
    assert '"Cango sold 4,451 Bitcoin in February." <https://x.example/a>' in text
    assert "confidence" not in text
