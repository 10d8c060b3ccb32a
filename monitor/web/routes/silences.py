"""The silences page: active and expired silences, and the forms that add or expire one."""

from __future__ import annotations

from fastapi import APIRouter, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse

from monitor.web.context import Ctx, ReadSession, render
from monitor.web.filters import RowId
from monitor.web.forms import read_form
from monitor.web.resources import silences as resource

router = APIRouter(include_in_schema=False)


@router.get("/silences", response_class=HTMLResponse)
def silences_page(request: Request, ctx: Ctx, session: ReadSession) -> HTMLResponse:
    prefill = {key: request.query_params.get(key, "") for key in ("rule_id", "entity")}
    found = resource.listing(ctx, session)
    return render(request, "silences.html", {"silences": found, "prefill": prefill})


@router.post("/silences")
async def add_silence(request: Request, ctx: Ctx) -> RedirectResponse:
    form = await read_form(request)
    ctx.auth.require(request, form)
    rule_id, entity, reason = form.get("rule_id"), form.get("entity"), form.get("reason", "")
    await resource.add(ctx, rule_id, entity, reason, form.get("hours") or 24)
    return RedirectResponse("/silences", status.HTTP_303_SEE_OTHER)


@router.post("/silences/{silence_id}/expire")
async def expire_silence(request: Request, ctx: Ctx, silence_id: RowId) -> RedirectResponse:
    ctx.auth.require(request, await read_form(request))
    await resource.expire(ctx, silence_id)
    return RedirectResponse("/silences", status.HTTP_303_SEE_OTHER)
