"""What every operation answers the same way: a missing row is a 404, a value the operation
refuses is a 400. (Writes run in a worker thread, `run_in_threadpool`: each is its own
transaction, kept off the event loop.)"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import TypeVar

from fastapi import HTTPException, status

T = TypeVar("T")


def found(value: T | None, missing: str) -> T:
    """The value; a 404 saying what is `missing` when there is none."""
    if value is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, missing)
    return value


@contextmanager
def refused() -> Iterator[None]:
    """A value refused inside (ValueError, OverflowError) is the client's error: a 400."""
    try:
        yield
    except (ValueError, OverflowError) as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from None


def duration(hours: str | float) -> timedelta:
    """So many hours, as a form or the API gives them; not a usable number is a 400."""
    with refused():
        lasting = timedelta(hours=float(hours))
    return lasting
