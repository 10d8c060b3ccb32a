"""Persistence: SQLAlchemy tables, the engine/session factory, and small query functions."""
