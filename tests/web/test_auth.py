"""Reading is open; acting needs the token. With no token configured, actions are refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from monitor.store import tables
from monitor.web.auth import COOKIE
from tests.web.conftest import TOKEN
from tests.web.seed import NOW, Seeded

BEARER = {"authorization": f"Bearer {TOKEN}"}
FORM = {"content-type": "application/x-www-form-urlencoded"}


def state_of(sessions: sessionmaker[Session], alert_id: int) -> tuple[str, object]:
    with sessions() as session:
        row = session.get_one(tables.Alert, alert_id)
        return row.state, row.acknowledged_at


def test_reading_needs_no_token(token_client: TestClient, seeded: Seeded) -> None:
    for path in ("/alerts", f"/alerts/{seeded.alerts['sale']}", "/api/alerts", "/metrics"):
        assert token_client.get(path).status_code == 200


@pytest.mark.parametrize(
    "path",
    ["/alerts/{id}/ack", "/api/alerts/{id}/ack", "/silences", "/silences/{sid}/expire",
     "/api/silences/{sid}/expire", "/login"],
)  # fmt: skip
def test_without_a_configured_token_actions_are_refused(
    client: TestClient, seeded: Seeded, path: str
) -> None:
    url = path.format(id=seeded.alerts["sale"], sid=seeded.silence_id)
    response = client.post(url, headers={**BEARER, **FORM}, content=f"token={TOKEN}")
    assert response.status_code == 403
    assert "no token is configured" in response.text


def test_acknowledge_needs_the_token(
    token_client: TestClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    url = f"/api/alerts/{seeded.alerts['sale']}/ack"
    missing = token_client.post(url)
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    assert token_client.post(url, headers={"authorization": "Bearer nope"}).status_code == 403
    assert token_client.post(url, headers={"authorization": f"Basic {TOKEN}"}).status_code == 403
    assert state_of(sessions, seeded.alerts["sale"]) == ("open", None)
    done = token_client.post(url, headers=BEARER)
    assert done.status_code == 200
    assert done.json() == {
        "id": seeded.alerts["sale"],
        "state": "acknowledged",
        "acknowledged_at": "2026-05-21T09:00:00Z",
    }
    assert state_of(sessions, seeded.alerts["sale"]) == ("acknowledged", NOW)


def test_acknowledging_again_keeps_the_first_time(
    token_client: TestClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    url = f"/alerts/{seeded.alerts['debt']}/ack"
    assert (
        token_client.post(url, headers=BEARER)
        .json()["acknowledged_at"]
        .startswith("2026-05-20T15:30")
    )


def test_acknowledge_an_unknown_alert_is_404(token_client: TestClient) -> None:
    assert token_client.post("/api/alerts/987654/ack", headers=BEARER).status_code == 404


def test_the_page_button_acknowledges_with_the_token_field(
    token_client: TestClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    alert_id = seeded.alerts["drop"]
    page = token_client.get(f"/alerts/{alert_id}").text
    assert f'action="/alerts/{alert_id}/ack"' in page and 'name="token"' in page
    wrong = token_client.post(
        f"/alerts/{alert_id}/ack", headers={**FORM, "accept": "text/html"}, content="token=x"
    )
    assert wrong.status_code == 401 and "Sign in" in wrong.text
    done = token_client.post(
        f"/alerts/{alert_id}/ack", headers=FORM, content=f"token={TOKEN}", follow_redirects=False
    )
    assert done.status_code == 303 and done.headers["location"] == f"/alerts/{alert_id}"
    assert state_of(sessions, alert_id)[0] == "acknowledged"
    assert "Acknowledged 2026-05-21 09:00 UTC." in token_client.get(f"/alerts/{alert_id}").text


def test_signing_in_sets_a_cookie_that_allows_actions(
    token_client: TestClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    refused = token_client.post("/login", headers=FORM, content="token=wrong")
    assert refused.status_code == 403
    response = token_client.post(
        "/login", headers=FORM, content=f"token={TOKEN}&next=/silences", follow_redirects=False
    )
    assert response.status_code == 303 and response.headers["location"] == "/silences"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and TOKEN not in cookie
    page = token_client.get(f"/alerts/{seeded.alerts['cross']}").text
    assert "Sign out" in page and 'name="token"' not in page
    done = token_client.post(
        f"/alerts/{seeded.alerts['cross']}/ack", headers=FORM, follow_redirects=False
    )
    assert done.status_code == 303
    assert state_of(sessions, seeded.alerts["cross"])[0] == "acknowledged"
    token_client.post("/logout")
    assert COOKIE not in token_client.cookies


def test_a_cross_site_form_cannot_ride_the_cookie(
    token_client: TestClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    token_client.post("/login", headers=FORM, content=f"token={TOKEN}")
    response = token_client.post(
        f"/alerts/{seeded.alerts['cross']}/ack",
        headers={**FORM, "origin": "https://evil.example"},
        follow_redirects=False,
    )
    assert response.status_code == 403
    assert state_of(sessions, seeded.alerts["cross"])[0] == "open"


def test_sign_in_never_redirects_off_site(token_client: TestClient) -> None:
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        response = token_client.post(
            "/login", headers=FORM, content=f"token={TOKEN}&next={target}", follow_redirects=False
        )
        assert response.headers["location"] == "/alerts"


def test_silences_from_the_page(
    token_client: TestClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    form = f"rule_id=debt-down&entity=CANG&hours=48&reason=<i>quiet</i>&token={TOKEN}"
    added = token_client.post("/silences", headers=FORM, content=form, follow_redirects=False)
    assert added.status_code == 303
    html = token_client.get("/silences").text
    assert "&lt;i&gt;quiet&lt;/i&gt;" in html and "2026-05-23 09:00 UTC" in html
    with sessions() as session:
        new = session.query(tables.Silence).filter_by(rule_id="debt-down").one()
        assert new.entity == "CANG" and new.expires_at == NOW + timedelta(hours=48)
    expire = token_client.post(
        f"/silences/{new.id}/expire", headers=FORM, content=f"token={TOKEN}", follow_redirects=False
    )
    assert expire.status_code == 303
    with sessions() as session:
        assert session.get_one(tables.Silence, new.id).expires_at == NOW
    empty = token_client.post("/silences", headers=FORM, content=f"hours=1&token={TOKEN}")
    assert empty.status_code == 400
    forever = token_client.post(
        "/silences", headers=FORM, content=f"entity=X&hours=inf&token={TOKEN}"
    )
    assert forever.status_code == 400


def test_silences_through_the_api(token_client: TestClient, seeded: Seeded) -> None:
    body = {"entity": "CANG", "reason": "earnings week", "hours": 12}
    assert token_client.post("/api/silences", json=body).status_code == 401
    created = token_client.post("/api/silences", json=body, headers=BEARER)
    assert created.status_code == 201
    silence = created.json()
    assert silence["entity"] == "CANG" and silence["rule_id"] is None and silence["active"]
    assert silence["expires_at"] == "2026-05-21T21:00:00Z"
    expired = token_client.post(f"/api/silences/{silence['id']}/expire", headers=BEARER)
    assert expired.json()["active"] is False
    assert token_client.post("/api/silences", json={"hours": 1}, headers=BEARER).status_code == 400
    assert token_client.post("/api/silences/999/expire", headers=BEARER).status_code == 404
