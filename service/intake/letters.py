"""Receiving a letter: store the original first, then record it; the same bytes are one letter."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from service.db.models import Letter, LetterStatus, Original
from service.intake.originals import OriginalStore
from service.intake.status import record_arrival
from service.reading.formats import sniff_media_type


class UploadRefused(Exception):
    """An upload that cannot even be stored (empty, too large): answered with a 4xx, nothing to keep."""

    def __init__(self, code: str, message_vi: str, message_en: str, http_status: int) -> None:
        super().__init__(message_en)
        self.code = code
        self.message_vi = message_vi
        self.message_en = message_en
        self.http_status = http_status


@dataclass(frozen=True)
class Receipt:
    letter_id: int
    status: str
    created: bool  # False when the same bytes had been received before


def check_storable(data: bytes, *, max_bytes: int) -> None:
    if not data:
        raise UploadRefused(
            "empty", "Tệp tải lên rỗng (0 byte).", "The uploaded file is empty (0 bytes).", 400
        )
    if len(data) > max_bytes:
        mb = max_bytes / (1024 * 1024)
        raise UploadRefused(
            "too_large",
            f"Tệp vượt quá giới hạn {mb:.0f} MB.",
            f"The file exceeds the {mb:.0f} MB limit.",
            413,
        )


def receive_letter(
    *,
    session: Session,
    store: OriginalStore,
    data: bytes,
    filename: str | None,
    channel: str,
    uploaded_by: int | None,
    max_bytes: int,
) -> Receipt:
    """Store the original and create its letter in `received`; the caller commits, then dispatches."""
    check_storable(data, max_bytes=max_bytes)
    sha256, key = store.put(data)
    existing = _letter_for(session, sha256)
    if existing is not None:
        return Receipt(existing.id, existing.status, created=False)
    original = Original(
        sha256=sha256,
        media_type=sniff_media_type(data),
        size=len(data),
        storage_key=key,
        filename=(filename or None) and filename[:300],
    )
    letter = Letter(original=original, channel=channel, uploaded_by=uploaded_by, status=LetterStatus.received)
    try:
        with session.begin_nested():
            session.add(letter)
            session.flush()
    except IntegrityError:
        # Another request stored the same bytes a moment ago: answer with its letter.
        raced = _letter_for(session, sha256)
        if raced is None:
            raise
        return Receipt(raced.id, raced.status, created=False)
    record_arrival(session, letter, actor=f"user:{uploaded_by}" if uploaded_by else channel)
    return Receipt(letter.id, letter.status, created=True)


def _letter_for(session: Session, sha256: str) -> Letter | None:
    return session.scalars(select(Letter).join(Original).where(Original.sha256 == sha256)).first()
