"""Fixtures shared by every test: an isolated installation per test, and the real servers when asked."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.config import Settings

POSTGRES_ADMIN_URL = os.environ.get("PETITIONS_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("PETITIONS_TEST_REDIS", "redis://127.0.0.1:6379/0")


def make_settings(data_dir: Path, **overrides: object) -> Settings:
    return Settings(data_dir=data_dir, secret_key="test-secret-key-0123456789-abcdefghij", **overrides)  # type: ignore[arg-type]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """An embedded-default installation (SQLite, SQLite broker, local files) in a temporary folder."""
    value = make_settings(tmp_path / "data")
    value.ensure_dirs()
    return value


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database on the real server, dropped afterwards."""
    import psycopg

    name = f"petitions_test_{uuid.uuid4().hex[:10]}"
    admin = POSTGRES_ADMIN_URL
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    base = admin.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        from service.db.session import engine_for

        engine_for.cache_clear()
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def redis_url() -> Iterator[str]:
    """The real Redis, on a database number of its own, flushed before and after."""
    import redis

    url = REDIS_URL.rsplit("/", 1)[0] + "/7"
    client = redis.Redis.from_url(url)
    client.flushdb()
    try:
        yield url
    finally:
        client.flushdb()
