"""Persistence: tables, sessions and schema migrations."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from service.db.session import engine_for, session_factory, session_scope

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def migrate(url: str) -> None:
    """Bring the database at `url` to the newest schema (safe to run at every start)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(config, "head")


__all__ = ["engine_for", "migrate", "session_factory", "session_scope"]
