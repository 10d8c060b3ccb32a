"""The silence resource: active silences first, then expired ones; adding one; ending one."""

from __future__ import annotations

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from monitor.store import silences
from monitor.web import actions
from monitor.web.context import WebContext
from monitor.web.resources.calls import duration, found, refused


def listing(ctx: WebContext, session: Session) -> list[silences.SilenceRecord]:
    return silences.list_silences(session, ctx.clock.now())


def one(ctx: WebContext, silence_id: int) -> silences.SilenceRecord:
    with ctx.sessions() as session:
        record = silences.get_silence(session, silence_id, ctx.clock.now())
    return found(record, _missing(silence_id))


async def add(
    ctx: WebContext,
    rule_id: str | None,
    entity: str | None,
    reason: str,
    hours: str | float,
) -> int:
    """A silence for a rule and/or an entity, for `hours` from now; its id."""
    lasting = duration(hours)
    with refused():  # neither rule nor entity, a duration out of bounds
        silence_id = await run_in_threadpool(
            actions.add_silence, ctx.sessions, rule_id, entity, reason, ctx.clock.now(), lasting
        )
    return silence_id


async def expire(ctx: WebContext, silence_id: int) -> None:
    """End the silence now (ending an expired one changes nothing)."""
    done = await run_in_threadpool(
        actions.expire_silence, ctx.sessions, silence_id, ctx.clock.now()
    )
    found(done, _missing(silence_id))


def _missing(silence_id: int) -> str:
    return f"no silence #{silence_id}"
