"""How a route runs an operation: a write in a worker thread (its own transaction, off the
event loop), a missing row as 404, a refused value as 400."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar

from fastapi import HTTPException, status
from starlette.concurrency import run_in_threadpool

T = TypeVar("T")


def found(value: T | None, missing: str) -> T:
    """The value; a 404 saying what is `missing` when there is none."""
    if value is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, missing)
    return value


async def write(action: Callable[..., T], *args: Any) -> T:
    """Run the action's transaction in a worker thread; a value it refuses is a 400."""
    try:
        return await run_in_threadpool(action, *args)
    except (ValueError, OverflowError) as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from None


def duration(hours: str | float) -> timedelta:
    """So many hours, as a form or the API gives them; not a usable number is a 400."""
    try:
        return timedelta(hours=float(hours))
    except (ValueError, OverflowError) as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from None
