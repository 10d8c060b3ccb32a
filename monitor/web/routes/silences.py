"""The silences page: active and expired silences, and the forms that add or expire one."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from monitor.store import silences
from monitor.web import actions
from monitor.web.context import Ctx, ReadSession, render
from monitor.web.filters import RowId
from monitor.web.forms import read_form

router = APIRouter(include_in_schema=False)


@router.get("/silences", response_class=HTMLResponse)
def silences_page(request: Request, ctx: Ctx, session: ReadSession) -> HTMLResponse:
    found = silences.list_silences(session, ctx.clock.now())
    prefill = {key: request.query_params.get(key, "") for key in ("rule_id", "entity")}
    return render(request, "silences.html", {"silences": found, "prefill": prefill})


@router.post("/silences")
async def add_silence(request: Request, ctx: Ctx) -> RedirectResponse:
    form = await read_form(request)
    ctx.auth.require(request, form)
    try:
        hours = float(form.get("hours") or 24)
        await run_in_threadpool(
            actions.add_silence,
            ctx.sessions,
            form.get("rule_id"),
            form.get("entity"),
            form.get("reason", ""),
            ctx.clock.now(),
            timedelta(hours=hours),
        )
    except (ValueError, OverflowError) as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from None
    return RedirectResponse("/silences", status.HTTP_303_SEE_OTHER)


@router.post("/silences/{silence_id}/expire")
async def expire_silence(request: Request, ctx: Ctx, silence_id: RowId) -> RedirectResponse:
    form = await read_form(request)
    ctx.auth.require(request, form)
    done = await run_in_threadpool(
        actions.expire_silence, ctx.sessions, silence_id, ctx.clock.now()
    )
    if done is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no silence #{silence_id}")
    return RedirectResponse("/silences", status.HTTP_303_SEE_OTHER)
