"""The source resource: each configured source with its health, counters and freshness."""

from __future__ import annotations

from sqlalchemy.orm import Session

from monitor.store import gaps, source_state
from monitor.web.context import WebContext
from monitor.web.sources_view import SourceView, source_views


def listing(ctx: WebContext, session: Session) -> list[SourceView]:
    states = source_state.all_states(session)
    return source_views(ctx.sources, states, ctx.clock.now(), gaps.latest_by_source(session))
