"""An installation with one account per role, shared by the review and web tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import pytest
from argon2 import PasswordHasher
from sqlalchemy.orm import Session

from service.config import Settings
from service.db import migrate, session_scope
from service.db.models import User
from service.db.session import session_factory
from service.intake.originals import OriginalStore

PASSWORD = "a-long-password-1"
ACCOUNTS = {
    "clerk": "clerk",
    "clerk2": "clerk",
    "reviewer": "reviewer",
    "reviewer2": "reviewer",
    "admin": "admin",
}


@cache
def _password_hash() -> str:
    return PasswordHasher().hash(PASSWORD)


@dataclass
class Installation:
    settings: Settings
    users: dict[str, int]
    store: OriginalStore

    @property
    def url(self) -> str:
        return self.settings.effective_database_url

    def session(self) -> Session:
        return session_factory(self.url)()

    def user(self, session: Session, name: str) -> User:
        found = session.get(User, self.users[name])
        assert found is not None
        return found


def make_installation(settings: Settings) -> Installation:
    migrate(settings.effective_database_url)
    ids = {}
    with session_scope(settings.effective_database_url) as session:
        for name, role in ACCOUNTS.items():
            # One argon2 hash for all accounts keeps each test's set-up short.
            user = User(name=name, password_hash=_password_hash(), role=role)
            session.add(user)
            session.flush()
            ids[name] = user.id
    return Installation(settings, ids, OriginalStore(settings.originals_dir))


@pytest.fixture
def install(settings: Settings) -> Iterator[Installation]:
    yield make_installation(settings)
