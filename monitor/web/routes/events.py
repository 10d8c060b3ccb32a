"""The events page: what the sources stored, newest first, filtered by kind, entity and
source (chosen from what is stored) and time. Entities match without regard to case."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from monitor.store import entities
from monitor.store.events import EventFilter, list_events
from monitor.web.context import ReadSession, render
from monitor.web.filters import parse_moment

router = APIRouter(include_in_schema=False)
LIMITS = (50, 200, 1000)


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request,
    session: ReadSession,
    kind: str | None = None,
    entity: str | None = None,
    source: str | None = None,
    since: Annotated[str | None, Query()] = None,
    until: Annotated[str | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = LIMITS[0],
) -> HTMLResponse:
    names = entities.event_names(session)
    chosen = {
        "kind": _stored(kind, names["kinds"]),
        "entity": _stored(entity, names["entities"]),
        "source": _stored(source, names["sources"]),
    }
    where = EventFilter(
        chosen["kind"],
        chosen["entity"],
        chosen["source"],
        parse_moment(since, "since"),
        parse_moment(until, "until", end_of_day=True),
        limit,
    )
    # A filter naming nothing stored matches nothing (never "everything").
    unknown = [name for name, given in (("kind", kind), ("entity", entity), ("source", source))
               if given and chosen[name] is None]  # fmt: skip
    found = [] if unknown else list_events(session, where)
    return render(
        request,
        "events.html",
        {
            "events": found,
            "names": names,
            "chosen": chosen,
            "unknown": unknown,
            "since": since or "",
            "until": until or "",
            "limit": limit,
            "limits": LIMITS,
        },
    )


def _stored(given: str | None, stored: list[str]) -> str | None:
    return entities.stored_spelling(given, stored) if given else None
