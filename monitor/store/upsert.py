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
    table = model.__table__
    key = tuple(column.name for column in table.primary_key.columns)
    statement = insert_ignoring(session.get_bind().dialect.name, table, tuple(conflict_on), key)
    return session.execute(statement, values).scalar_one_or_none()


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
    dialect = session.get_bind().dialect.name
    statement = insert_ignoring(dialect, model.__table__, tuple(conflict_on), tuple(returning))
    return list(session.execute(statement, rows))


@functools.lru_cache(maxsize=64)
def insert_ignoring(
    dialect: str, table: Table, conflict_on: tuple[str, ...], returning: tuple[str, ...] = ()
) -> Insert:
    """INSERT … ON CONFLICT (conflict_on) DO NOTHING [RETURNING …]; the columns come from each
    execution's parameters.

    Built once per table: the rules try far more alerts than they raise (most are
    deduplicated), and building the statement cost more than running it
    (benchmarks/pipeline.py).
    """
    if dialect not in ("postgresql", "sqlite"):
        raise RuntimeError(f"unsupported database dialect: {dialect}")
    builder = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = builder(table).on_conflict_do_nothing(index_elements=list(conflict_on))
    if returning:
        statement = statement.returning(*(table.c[name] for name in returning))
    return statement
