"""The append-only audit log of personal data: who saw or unmasked whose data, and when."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.db.models import User
from service.review.access import Permission, require
from service.review.models import AuditEntry

VIEW = "view_personal_data"
UNMASK = "unmask"
EXPORT = "export_personal_data"


def record(
    session: Session,
    user: User,
    action: str,
    *,
    letter_id: int | None = None,
    channel: str = "web",
    detail: str | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        user_id=user.id,
        user_name=user.name,
        role=user.role,
        action=action,
        letter_id=letter_id,
        channel=channel,
        detail=detail[:2000] if detail else None,
    )
    session.add(entry)
    session.flush()
    return entry


def recent_entries(
    *, session: Session, user: User, letter_id: int | None = None, limit: int = 200
) -> list[AuditEntry]:
    require(user, Permission.read_audit)
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if letter_id is not None:
        query = query.where(AuditEntry.letter_id == letter_id)
    return list(session.scalars(query).all())
