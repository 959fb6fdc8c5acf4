"""Users, their roles and their credentials. There is no default account: the first admin comes from
`petitions users create`."""

from __future__ import annotations

import datetime as dt

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from service.db.models import Role, User

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 8
TOKEN_ALGORITHM = "HS256"
# Verifying against a real hash when the user does not exist keeps the timing of both answers alike.
_DUMMY_HASH = _hasher.hash("not-a-password-of-anyone")


class AccountError(ValueError):
    pass


def create_user(*, session: Session, name: str, password: str, role: str) -> User:
    name = name.strip()
    if not name:
        raise AccountError("a user name is required")
    if role not in Role.__members__:
        raise AccountError(f"role must be one of {', '.join(Role.__members__)}")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    if session.scalars(select(User).where(User.name == name)).first() is not None:
        raise AccountError(f"user {name!r} already exists")
    user = User(name=name, password_hash=_hasher.hash(password), role=role)
    session.add(user)
    session.flush()
    return user


def authenticate(*, session: Session, name: str, password: str) -> User | None:
    user = session.scalars(select(User).where(User.name == name.strip())).first()
    if user is None or not user.active:
        _verify(_DUMMY_HASH, password)
        return None
    if not _verify(user.password_hash, password):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def issue_token(user: User, *, key: str, minutes: int) -> str:
    now = dt.datetime.now(dt.UTC)
    claims = {"sub": str(user.id), "role": user.role, "iat": now, "exp": now + dt.timedelta(minutes=minutes)}
    return jwt.encode(claims, key, algorithm=TOKEN_ALGORITHM)


def user_from_token(*, session: Session, token: str, key: str) -> User | None:
    try:
        claims = jwt.decode(token, key, algorithms=[TOKEN_ALGORITHM], options={"require": ["exp", "sub"]})
    except jwt.PyJWTError:
        return None
    user = session.get(User, int(claims["sub"]))
    return user if user is not None and user.active else None
