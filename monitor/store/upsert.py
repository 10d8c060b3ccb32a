"""INSERT … ON CONFLICT DO NOTHING for the dialects we support, returning the new id or None."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert_ignoring_conflict(
    session: Session, model: type[Any], values: dict[str, Any], conflict_on: list[str]
) -> Any | None:
    """Insert one row unless its unique key exists; return its primary key if inserted."""
    dialect = session.get_bind().dialect.name
    builder = postgresql.insert if dialect == "postgresql" else sqlite.insert
    if dialect not in ("postgresql", "sqlite"):
        raise RuntimeError(f"unsupported database dialect: {dialect}")
    statement: Insert = builder(model).values(**values)
    statement = statement.on_conflict_do_nothing(index_elements=conflict_on)  # type: ignore[attr-defined]
    primary_key = model.__mapper__.primary_key[0]
    return session.execute(statement.returning(primary_key)).scalar_one_or_none()


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
