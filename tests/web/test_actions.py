"""Acting from the page: un-acknowledge, acknowledge several at once, silence an alert's rule
for its entity in one click, redeliver; search and choices on the list; the events page."""

from __future__ import annotations

import re
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from monitor.store import tables
from tests.web.conftest import TOKEN
from tests.web.seed import NOW, Seeded
from tests.web.test_auth import FORM, state_of


def post(client: TestClient, path: str, form: str = "") -> object:
    body = f"token={TOKEN}" + (f"&{form}" if form else "")
    return client.post(path, headers=FORM, content=body, follow_redirects=False)


def test_unacknowledge_opens_the_alert_again(
    token_client: TestClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    alert_id = seeded.alerts["debt"]  # seeded acknowledged
    page = token_client.get(f"/alerts/{alert_id}").text
    assert f'action="/alerts/{alert_id}/unack"' in page
    done = post(token_client, f"/alerts/{alert_id}/unack")
    assert done.status_code == 303 and done.headers["location"] == f"/alerts/{alert_id}"
    assert state_of(sessions, alert_id) == ("open", None)
    refused = token_client.post(f"/alerts/{alert_id}/unack", headers=FORM, content="token=x")
    assert refused.status_code == 401


def test_acknowledge_the_ticked_alerts_and_return_to_the_same_list(
    token_client: TestClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    ticked = [seeded.alerts["sale"], seeded.alerts["drop"]]
    listing = "entity=CANG&page=1&per_page=50"
    form = "&".join(f"alert_id={i}" for i in ticked) + f"&listing={listing.replace('&', '%26')}"
    done = post(token_client, "/alerts/ack", form)
    assert done.status_code == 303
    assert done.headers["location"] == f"/alerts?{listing}"
    assert [state_of(sessions, i)[0] for i in ticked] == ["acknowledged", "acknowledged"]
    assert state_of(sessions, seeded.alerts["script"])[0] == "open"  # not ticked


def test_acknowledge_every_alert_the_filters_match(
    token_client: TestClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    page = token_client.get("/alerts?severity=warning").text
    assert "Acknowledge all 3 matching" in page
    post(token_client, "/alerts/ack", "scope=matching&listing=severity%3Dwarning")
    states = {name: state_of(sessions, i)[0] for name, i in seeded.alerts.items()}
    assert {n for n, s in states.items() if s == "acknowledged"} == {
        "script", "drop", "unhealthy", "debt"
    }  # fmt: skip


def test_silence_this_rule_for_this_entity_in_one_click(
    token_client: TestClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    alert_id = seeded.alerts["drop"]
    page = token_client.get(f"/alerts/{alert_id}").text
    assert "Silence btc-holdings-drop for CANG" in page
    done = post(token_client, f"/alerts/{alert_id}/silence", "hours=24")
    assert done.status_code == 303
    location = done.headers["location"]
    assert location.startswith(f"/alerts/{alert_id}?silenced=")
    with sessions() as session:
        silence = session.query(tables.Silence).filter_by(rule_id="btc-holdings-drop").one()
    assert (silence.entity, silence.expires_at) == ("CANG", NOW + timedelta(hours=24))
    assert f"Silence #{silence.id}: btc-holdings-drop for CANG" in token_client.get(location).text


def test_redeliver_from_the_alert_page(
    token_client: TestClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    alert_id = seeded.alerts["debt"]  # its webhook delivery failed for good
    page = token_client.get(f"/alerts/{alert_id}").text
    assert "Redeliver (1 unsent)" in page
    done = post(token_client, f"/alerts/{alert_id}/redeliver")
    assert done.headers["location"] == f"/alerts/{alert_id}?requeued=1"
    with sessions() as session:
        (delivery,) = session.query(tables.Delivery).filter_by(alert_id=alert_id).all()
    assert (delivery.status, delivery.next_attempt_at) == ("pending", NOW)
    assert "1 deliveries queued again" in token_client.get(done.headers["location"]).text
    sent_only = token_client.get(f"/alerts/{seeded.alerts['cross']}").text
    assert "Redeliver" not in sent_only


def alert_ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'data-alert-id="(\d+)"', html)]


def test_search_finds_titles_and_quotes_in_any_case(client: TestClient, seeded: Seeded) -> None:
    assert alert_ids(client.get("/alerts?q=HASHRATE+loan").text) == [seeded.alerts["script"]]
    # "Bitcoins sold" is only in the sale's quoted evidence, not its title.
    by_quote = alert_ids(client.get("/alerts?q=4%2C451+bitcoin").text)
    assert seeded.alerts["sale"] in by_quote
    assert alert_ids(client.get("/alerts?q=100%25").text) == []  # a wildcard is literal
    assert client.get("/api/alerts?q=hashrate").json()["total"] == 1


def test_rule_and_entity_are_choices(client: TestClient) -> None:
    html = client.get("/alerts?rule=debt-down").text
    assert '<select name="rule">' in html and "<option selected>debt-down</option>" in html
    assert '<select name="entity">' in html and "<option>BTC-USD</option>" in html
    assert '<meta http-equiv="refresh" content="60">' in html


def test_the_events_page_lists_and_filters_what_is_stored(client: TestClient) -> None:
    html = client.get("/events?entity=cang&kind=metric_observed").text
    rows = re.findall(r"<tr data-event-id=.*?</tr>", html, re.S)
    assert rows and all(">CANG</a>" in row and "metric_observed" in row for row in rows)
    assert "<option selected>CANG</option>" in html
    unknown = client.get("/events?kind=filing").text
    assert "Nothing is stored under that kind" in unknown
    assert "data-event-id" not in unknown
