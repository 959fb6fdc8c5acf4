"""Finding letters the queue lost: the database, not the broker, is the truth about a letter."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from service.config import Settings
from service.db.models import Letter, LetterStatus, utcnow
from service.pipeline.dispatch import ANALYZE, READ


def _waiting_since(status: LetterStatus, before: dt.datetime):  # type: ignore[no-untyped-def]
    return (
        Letter.status == status,
        Letter.status_changed_at < before,
        or_(Letter.redispatched_at.is_(None), Letter.redispatched_at < before),
    )


def find_stuck_letters(
    session: Session, *, settings: Settings, now: dt.datetime | None = None, limit: int = 500
) -> list[tuple[int, str]]:
    """(letter id, stage to run) for letters waiting too long, marked as re-dispatched now.

    `received` too long means the broker was down at upload time. `processing` too long is only swept on
    the embedded broker, whose transport drops the message of a killed worker; Redis redelivers it itself.
    """
    now = now or utcnow()
    received_before = now - dt.timedelta(seconds=settings.stuck_received_seconds)
    letters = list(
        session.scalars(
            select(Letter)
            .where(*_waiting_since(LetterStatus.received, received_before))
            .order_by(Letter.id)
            .limit(limit)
        )
    )
    if settings.embedded_broker:
        processing_before = now - dt.timedelta(seconds=settings.stuck_processing_seconds)
        letters += session.scalars(
            select(Letter)
            .where(*_waiting_since(LetterStatus.processing, processing_before))
            .order_by(Letter.id)
            .limit(limit)
        )
    stuck = []
    for letter in letters:
        letter.redispatched_at = now
        stage = ANALYZE if letter.status == LetterStatus.processing and letter.text is not None else READ
        stuck.append((letter.id, stage))
    return stuck
