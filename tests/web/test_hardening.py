"""The page under hostile requests: a foreign Host header (DNS rebinding), boundary values,
token guessing, and a session cookie that must expire and die on sign-out."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import ManualClock
from monitor.config import Settings
from monitor.web.app import create_app
from monitor.web.auth import COOKIE
from monitor.web.settings import WebSettings
from tests.web.conftest import TOKEN
from tests.web.seed import Seeded

FORM = {"content-type": "application/x-www-form-urlencoded"}
TOO_BIG = str(2**63)


@pytest.mark.parametrize("host", ["evil.example", "attacker.example:8080", "10.0.0.7"])
def test_a_request_naming_a_foreign_host_is_refused(client: TestClient, host: str) -> None:
    """DNS rebinding: a page on evil.example that resolves to 127.0.0.1 reads nothing."""
    response = client.get("/api/alerts", headers={"host": host})
    assert response.status_code == 400
    assert "alert" not in response.text.lower()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost:8080", "[::1]:8080"])
def test_loopback_names_are_served_by_default(client: TestClient, host: str) -> None:
    assert client.get("/api/alerts", headers={"host": host}).status_code == 200


@pytest.mark.parametrize(
    ("web", "host", "served"),
    [
        (WebSettings(host="monitor.lan"), "monitor.lan", True),
        (WebSettings(host="0.0.0.0"), "monitor.lan", False),  # binding all: name them
        (WebSettings(host="0.0.0.0", trusted_hosts=["*.lan"]), "monitor.lan", True),
        (WebSettings(trusted_hosts=["monitor.lan"]), "127.0.0.1", False),
    ],
)
def test_trusted_hosts_are_configurable(
    sessions: sessionmaker[Session],
    settings: Settings,
    web_clock: ManualClock,
    seeded: Seeded,
    web: WebSettings,
    host: str,
    served: bool,
) -> None:
    with TestClient(create_app(sessions, settings, web_clock, web=web)) as test_client:
        status = test_client.get("/api/alerts", headers={"host": host}).status_code
    assert (status == 200) is served


@pytest.mark.parametrize(
    "path",
    [
        "/alerts?until=9999-12-31",
        "/api/alerts?until=9999-12-31",
        "/api/events?until=9999-12-31",
        "/api/alerts?since=0001-01-01T00:00:00%2B14:00",
        f"/api/alerts/{TOO_BIG}",
        f"/api/alerts/{2**31}",  # ids are 32-bit INTEGER columns on PostgreSQL
        f"/alerts/{TOO_BIG}",
        f"/api/alerts?offset={TOO_BIG}",
        f"/alerts?page={TOO_BIG}",
        f"/alerts?page={2**62}",  # its offset would overflow 64 bits
    ],
)
def test_boundary_input_is_a_clear_400(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 400, response.text
    assert any(name in response.text for name in ("until", "since", "alert_id", "offset", "page"))


@pytest.mark.parametrize("action", ["ack", "unack", "redeliver", "silence"])
def test_every_alert_action_bounds_its_id(token_client: TestClient, action: str) -> None:
    bearer = {"authorization": f"Bearer {TOKEN}"}
    response = token_client.post(f"/alerts/{2**31}/{action}", headers=bearer)
    assert response.status_code == 400, response.text
    assert "alert_id" in response.text


def test_the_largest_valid_id_is_just_not_found(client: TestClient) -> None:
    assert client.get(f"/api/alerts/{2**31 - 1}").status_code == 404
    assert client.get(f"/api/alerts?offset={2**63 - 1}").status_code == 200


def test_wrong_tokens_are_throttled_per_client(token_client: TestClient) -> None:
    for _ in range(5):
        assert token_client.post("/login", headers=FORM, content="token=guess").status_code == 403
    throttled = token_client.post("/login", headers=FORM, content=f"token={TOKEN}")
    assert throttled.status_code == 429
    assert int(throttled.headers["retry-after"]) > 0
    bearer = {"authorization": "Bearer guess"}
    assert token_client.post("/api/alerts/1/ack", headers=bearer).status_code == 429


def test_the_throttle_lifts_after_its_window(
    token_client: TestClient, web_clock: ManualClock
) -> None:
    for _ in range(5):
        token_client.post("/login", headers=FORM, content="token=guess")
    web_clock.advance(timedelta(minutes=16))
    signed = token_client.post(
        "/login", headers=FORM, content=f"token={TOKEN}", follow_redirects=False
    )
    assert signed.status_code == 303


def _sign_in(client: TestClient) -> str:
    response = client.post("/login", headers=FORM, content=f"token={TOKEN}", follow_redirects=False)
    assert response.status_code == 303
    assert "Max-Age=43200" in response.headers["set-cookie"]  # 12 hours by default
    return client.cookies[COOKIE]


def _acts(client: TestClient, cookie: str, alert_id: int) -> int:
    client.cookies.set(COOKIE, cookie)
    return client.post(f"/alerts/{alert_id}/ack", headers=FORM, follow_redirects=False).status_code


def test_a_session_cookie_dies_on_sign_out_even_if_copied(
    token_client: TestClient, seeded: Seeded
) -> None:
    copied = _sign_in(token_client)
    token_client.post("/logout")
    assert _acts(token_client, copied, seeded.alerts["cross"]) == 401


def test_a_session_cookie_expires(
    token_client: TestClient, seeded: Seeded, web_clock: ManualClock
) -> None:
    cookie = _sign_in(token_client)
    web_clock.advance(timedelta(hours=12, seconds=1))
    assert _acts(token_client, cookie, seeded.alerts["cross"]) == 401
    assert _acts(token_client, "forged-session-id", seeded.alerts["cross"]) == 401
