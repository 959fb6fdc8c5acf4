"""Accounts as an admin manages them from the web UI (the first admin comes from the command line)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.accounts import create_user
from service.db.models import User
from service.review.access import Permission, require


def list_users(*, session: Session, user: User) -> list[User]:
    require(user, Permission.manage_users)
    return list(session.scalars(select(User).order_by(User.name)).all())


def add_user(*, session: Session, user: User, name: str, password: str, role: str) -> User:
    """Raises service.accounts.AccountError for a bad name, role or password."""
    require(user, Permission.manage_users)
    return create_user(session=session, name=name, password=password, role=role)


def set_active(*, session: Session, user: User, user_id: int, active: bool) -> User:
    require(user, Permission.manage_users)
    target = session.get(User, user_id)
    if target is None:
        raise LookupError(user_id)
    if target.id == user.id and not active:
        raise ValueError("an admin cannot deactivate their own account")
    target.active = active
    return target
