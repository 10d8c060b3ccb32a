"""INSERT … ON CONFLICT DO NOTHING for the dialects we support, returning the new id or None."""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import Insert, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert_ignoring_conflict(
    session: Session, model: type[Any], values: dict[str, Any], conflict_on: list[str]
) -> Any | None:
    """Insert one row unless its unique key exists; return its primary key if inserted."""
    dialect = session.get_bind().dialect.name
    statement = _insert_returning_key(dialect, model.__table__, tuple(conflict_on))
    return session.execute(statement, values).scalar_one_or_none()


@functools.lru_cache(maxsize=64)
def _insert_returning_key(dialect: str, table: Table, conflict_on: tuple[str, ...]) -> Insert:
    # Built once per table: the rules try far more alerts than they raise (most are
    # deduplicated), and building the statement cost more than running it
    # (benchmarks/pipeline.py). The columns come from each execution's parameters.
    if dialect not in ("postgresql", "sqlite"):
        raise RuntimeError(f"unsupported database dialect: {dialect}")
    builder = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = builder(table).on_conflict_do_nothing(index_elements=list(conflict_on))
    return statement.returning(*table.primary_key.columns)


def insert_many_ignoring_conflict(
    session: Session,
    model: type[Any],
    rows: list[dict[str, Any]],
    conflict_on: list[str],
    returning: list[str],
) -> list[Any]:
    """Insert many rows in one statement (executemany), skipping those whose unique key
    exists; return the `returning` columns of the rows actually inserted."""
    if not rows:
        return []
    table = model.__table__
    dialect = session.get_bind().dialect.name
    if dialect not in ("postgresql", "sqlite"):
        raise RuntimeError(f"unsupported database dialect: {dialect}")
    builder = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = builder(table).on_conflict_do_nothing(index_elements=conflict_on)
    statement = statement.returning(*(table.c[name] for name in returning))
    return list(session.execute(statement, rows))
