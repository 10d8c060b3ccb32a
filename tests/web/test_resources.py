"""Each alert and silence operation answers alike wherever it is reached — a form post, a
client without a form, the JSON API: the same 404 for a missing row, the same 400 for a value
the operation refuses, the same payload."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from monitor.store import tables
from tests.web.conftest import TOKEN
from tests.web.seed import Seeded
from tests.web.test_auth import BEARER, FORM

MISSING = 987654  # no seeded alert or silence has this id


@pytest.mark.parametrize(
    "path",
    [
        f"/alerts/{MISSING}/ack",
        f"/alerts/{MISSING}/unack",
        f"/alerts/{MISSING}/redeliver",
        f"/alerts/{MISSING}/silence",
        f"/api/alerts/{MISSING}/ack",
    ],
)
def test_a_missing_alert_is_a_404_naming_it(token_client: TestClient, path: str) -> None:
    response = token_client.post(path, headers=BEARER)
    assert response.status_code == 404
    assert response.json() == {"detail": f"no alert #{MISSING}"}


@pytest.mark.parametrize("path", [f"/silences/{MISSING}/expire", f"/api/silences/{MISSING}/expire"])
def test_a_missing_silence_is_a_404_naming_it(token_client: TestClient, path: str) -> None:
    response = token_client.post(path, headers=BEARER)
    assert response.status_code == 404
    assert response.json() == {"detail": f"no silence #{MISSING}"}


@pytest.mark.parametrize(
    ("hours", "detail"),
    [
        ("abc", "could not convert string to float: 'abc'"),  # Python's float()
        ("0", "a silence lasts more than 0 and at most 366 days"),  # actions.add_silence
        ("9000", "a silence lasts more than 0 and at most 366 days"),
    ],
)
def test_silencing_an_alert_for_a_refused_duration_is_a_400(
    token_client: TestClient,
    seeded: Seeded,
    sessions: sessionmaker[Session],
    hours: str,
    detail: str,
) -> None:
    path = f"/alerts/{seeded.alerts['drop']}/silence"
    response = token_client.post(path, headers=FORM, content=f"token={TOKEN}&hours={hours}")
    assert response.status_code == 400
    assert response.json() == {"detail": detail}
    with sessions() as session:
        assert session.query(tables.Silence).filter_by(rule_id="btc-holdings-drop").count() == 0


def test_a_client_without_a_form_gets_the_operations_answer_as_json(
    token_client: TestClient, seeded: Seeded
) -> None:
    alert_id = seeded.alerts["debt"]  # seeded acknowledged; its webhook failed for good
    opened = token_client.post(f"/alerts/{alert_id}/unack", headers=BEARER)
    assert opened.json() == {"id": alert_id, "state": "open", "acknowledged_at": None}
    requeued = token_client.post(f"/alerts/{alert_id}/redeliver", headers=BEARER)
    assert requeued.json() == {"id": alert_id, "requeued": 1}
    silenced = token_client.post(f"/alerts/{alert_id}/silence", headers=BEARER).json()
    assert silenced["id"] == alert_id and silenced["silence_id"] >= 1
