"""Status transitions of a letter, each written to the append-only log."""

from __future__ import annotations

from sqlalchemy.orm import Session

from service.db.models import Letter, LetterStatus, StatusChange, utcnow


def record_arrival(session: Session, letter: Letter, *, actor: str) -> None:
    session.add(StatusChange(letter_id=letter.id, from_status=None, to_status=letter.status, actor=actor))


def change_status(
    session: Session, letter: Letter, to: LetterStatus, *, actor: str, note: str | None = None
) -> None:
    session.add(
        StatusChange(letter_id=letter.id, from_status=letter.status, to_status=to, actor=actor, note=note)
    )
    letter.status = to
    letter.status_changed_at = utcnow()


def fail_letter(
    session: Session, letter: Letter, *, code: str, message_vi: str, message_en: str, actor: str
) -> None:
    letter.error_code = code
    letter.error_vi = message_vi
    letter.error_en = message_en
    change_status(session, letter, LetterStatus.failed, actor=actor, note=f"{code}: {message_en}")
