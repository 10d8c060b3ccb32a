"""A source's polls that could not be stored (database away, disk full) show on the page and
in the API as its last gap."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from monitor.store import gaps
from tests.web.seed import NOW, Seeded


def test_the_latest_gap_of_a_source_is_shown(
    client: TestClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    with sessions.begin() as session:
        start = NOW - timedelta(hours=2)
        gaps.record(session, "btc-usd", start, start + timedelta(seconds=70), 140, "old outage")
        later = NOW - timedelta(minutes=30)
        gaps.record(
            session, "btc-usd", later, later + timedelta(seconds=75), 150, "OperationalError: x"
        )
    body = {s["id"]: s for s in client.get("/api/sources").json()}
    assert body["btc-usd"]["last_gap"].startswith("150 polls not stored, ")
    assert body["btc-usd"]["last_gap"].endswith("(OperationalError: x)")
    assert body["cango-ir"]["last_gap"] is None
    page = client.get("/sources").text
    assert "150 polls not stored" in page and "old outage" not in page
