"""Who may do what. Checked in the service functions themselves, so no route can forget it.

clerk: uploads and follows the letters they uploaded; reviewer: the queue, decisions, export;
admin: everything, including accounts, the audit log and the model versions.
"""

from __future__ import annotations

import enum

from service.db.models import Role, User


class Permission(enum.StrEnum):
    upload = "upload"
    review = "review"  # the queue, letter pages of any letter, decisions, export
    assign_protected = "assign_protected"  # choose who handles a denunciation, and so may unmask it
    manage_users = "manage_users"
    read_audit = "read_audit"
    manage_models = "manage_models"  # promote, roll back, retrain, re-analyse with a new model


GRANTS: dict[str, frozenset[Permission]] = {
    Role.clerk: frozenset({Permission.upload}),
    Role.reviewer: frozenset({Permission.review}),
    Role.admin: frozenset(Permission),
}


class Forbidden(PermissionError):
    """The user's role does not allow the action."""


def can(user: User | None, permission: Permission) -> bool:
    return user is not None and user.active and permission in GRANTS.get(user.role, frozenset())


def require(user: User | None, permission: Permission) -> User:
    if user is None or not can(user, permission):
        raise Forbidden(permission)
    return user
