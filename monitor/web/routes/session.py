"""Signing in (the token, once, kept as a session cookie) and out, and the API's own page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse

from monitor.web.auth import COOKIE, NO_TOKEN
from monitor.web.context import Ctx, render
from monitor.web.forms import read_form

router = APIRouter(include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def login_page(
    request: Request, after: Annotated[str, Query(alias="next")] = "/alerts"
) -> HTMLResponse:
    return render(request, "login.html", {"next": _local(after)})


@router.post("/login")
async def login(request: Request, ctx: Ctx) -> RedirectResponse:
    form = await read_form(request)
    if not ctx.auth.enabled:
        raise HTTPException(status.HTTP_403_FORBIDDEN, NO_TOKEN)
    if not ctx.auth.check_token(request, form.get("token")):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "wrong token")
    response = RedirectResponse(_local(form.get("next", "/alerts")), status.HTTP_303_SEE_OTHER)
    response.set_cookie(
        COOKIE,
        ctx.auth.start_session(),
        max_age=int(ctx.auth.session_length.total_seconds()),
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/logout")
def logout(request: Request, ctx: Ctx) -> RedirectResponse:
    ctx.auth.end_session(request)  # the session dies here, not just the browser's copy
    response = RedirectResponse("/alerts", status.HTTP_303_SEE_OTHER)
    response.delete_cookie(COOKIE)
    return response


def _local(path: str) -> str:
    """Only a path on this site may follow a sign-in (no open redirect)."""
    if not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/alerts"
    return path


@router.get("/api", response_class=HTMLResponse)
def api_page(request: Request) -> HTMLResponse:
    """Every documented route, from the OpenAPI schema (readable offline; no Swagger CDN)."""
    schema = request.app.openapi()
    routes = [
        {
            "method": method.upper(),
            "path": path,
            "summary": operation.get("summary", ""),
            "description": operation.get("description", ""),
            "tags": operation.get("tags", []),
        }
        for path, methods in schema.get("paths", {}).items()
        for method, operation in methods.items()
    ]
    return render(request, "api.html", {"routes": routes})
