"""A letter as other tools and people see it, who may see it, and retrying a failed one."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from service.db.models import Letter, LetterStatus, Page, Role, User
from service.intake.status import change_status


class LetterNotFound(LookupError):
    pass


class NotRetryable(ValueError):
    pass


def visible_letters(user: User):  # type: ignore[no-untyped-def]
    """The query of letters a user may see: a clerk sees the letters they uploaded."""
    query = select(Letter)
    if user.role == Role.clerk:
        query = query.where(Letter.uploaded_by == user.id)
    return query


def get_visible_letter(*, session: Session, user: User, letter_id: int) -> Letter:
    letter = session.scalars(visible_letters(user).where(Letter.id == letter_id)).first()
    if letter is None:
        raise LetterNotFound(letter_id)
    return letter


def error_of(letter: Letter) -> dict[str, str] | None:
    if letter.error_code is None:
        return None
    return {
        "code": letter.error_code,
        "message_vi": letter.error_vi or "",
        "message_en": letter.error_en or "",
    }


def letter_document(letter: Letter, *, with_words: bool = False) -> dict[str, Any]:
    """The JSON body of GET /api/v1/petitions/{id} (MISSION.md)."""
    return {
        "id": letter.id,
        "status": letter.status,
        "error": error_of(letter),
        "received_at": letter.received_at.isoformat(),
        "channel": letter.channel,
        "original": {
            "sha256": letter.original.sha256,
            "media_type": letter.original.media_type,
            "size": letter.original.size,
            "filename": letter.original.filename,
            "url": f"/api/v1/petitions/{letter.id}/original",
        },
        "pages": [page_document(letter.id, page, with_words=with_words) for page in letter.pages],
        "text": letter.text,
        "normalized_text": letter.normalized_text,
        "analysis": letter.analysis,
        "model_version": letter.model_version,
        "review": None,
    }


def page_document(letter_id: int, page: Page, *, with_words: bool) -> dict[str, Any]:
    body: dict[str, Any] = {
        "number": page.number,
        "source": page.source,
        "text": page.text,
        "mean_confidence": page.mean_confidence,
        "rotation": page.rotation,
        "skew": page.skew,
        "image_url": f"/api/v1/petitions/{letter_id}/pages/{page.number}/image" if page.image_key else None,
        "image_size": [page.image_width, page.image_height] if page.image_key else None,
    }
    if with_words:
        keys = ("text", "left", "top", "width", "height", "confidence")
        body["words"] = [dict(zip(keys, word, strict=True)) for word in page.words]
    return body


def retry_letter(*, session: Session, letter: Letter, actor: str) -> None:
    """Send a failed letter through the pipeline again, from its stored original."""
    if letter.status != LetterStatus.failed:
        raise NotRetryable(letter.status)
    session.execute(delete(Page).where(Page.letter_id == letter.id))
    session.expire(letter, ["pages"])
    letter.text = None
    letter.normalized_text = None
    letter.analysis = None
    letter.error_code = letter.error_vi = letter.error_en = None
    change_status(session, letter, LetterStatus.received, actor=actor, note="retry")
