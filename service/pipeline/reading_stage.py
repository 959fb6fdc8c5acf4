"""Stage one: from the stored original to pages of text. Plain functions; the Celery task only calls them."""

from __future__ import annotations

import io
import logging
from enum import Enum

from sqlalchemy import delete
from sqlalchemy.orm import Session

from service.config import Settings
from service.db.models import Letter, LetterStatus, Page
from service.intake.originals import OriginalStore
from service.intake.status import change_status, fail_letter
from service.reading import read_document
from service.reading.types import PageText, ReadError

log = logging.getLogger(__name__)


class Next(Enum):
    ANALYZE = "analyze"
    STOP = "stop"


def start_reading(session: Session, letter_id: int, *, actor: str) -> Letter | None:
    """Move a letter to `processing`; None when there is nothing (left) to read."""
    letter = session.get(Letter, letter_id)
    if letter is None or letter.status not in (LetterStatus.received, LetterStatus.processing):
        return None
    if letter.status == LetterStatus.received:
        change_status(session, letter, LetterStatus.processing, actor=actor)
    letter.attempts += 1
    return letter


def letter_in_processing(session: Session, letter_id: int) -> Letter | None:
    letter = session.get(Letter, letter_id)
    return letter if letter is not None and letter.status == LetterStatus.processing else None


def already_read(letter: Letter) -> bool:
    return letter.text is not None and bool(letter.pages)


def read_letter_pages(
    session: Session, letter: Letter, *, store: OriginalStore, settings: Settings, actor: str
) -> Next:
    """Read the original into pages. A bad document fails the letter with its reason; nothing is lost."""
    if already_read(letter):
        return Next.ANALYZE  # a redelivered task after the pages were saved: carry on with analysis
    data = store.get(letter.original.storage_key)
    try:
        pages = read_document(data, limits=settings.limits, options=settings.ocr)
    except ReadError as error:
        fail_letter(
            session,
            letter,
            code=error.code,
            message_vi=error.message_vi,
            message_en=error.message_en,
            actor=actor,
        )
        return Next.STOP
    save_pages(session, letter, pages, store=store)
    return Next.ANALYZE


def save_pages(session: Session, letter: Letter, pages: list[PageText], *, store: OriginalStore) -> None:
    # Replacing, not appending, keeps a re-run after a crash from doubling the pages.
    session.execute(delete(Page).where(Page.letter_id == letter.id))
    session.expire(letter, ["pages"])
    for page in pages:
        image_key, width, height = _store_page_image(page, store)
        session.add(
            Page(
                letter_id=letter.id,
                number=page.number,
                source=page.source,
                text=page.text,
                mean_confidence=round(page.mean_confidence, 2),
                rotation=page.rotation,
                skew=round(page.skew, 2),
                words=[
                    [w.text, w.left, w.top, w.width, w.height, round(w.confidence, 1)] for w in page.words
                ],
                image_key=image_key,
                image_width=width,
                image_height=height,
            )
        )
    letter.text = "\n\n".join(page.text for page in pages)
    letter.error_code = letter.error_vi = letter.error_en = None


def _store_page_image(page: PageText, store: OriginalStore) -> tuple[str | None, int | None, int | None]:
    if page.image is None:
        return None, None, None
    image = page.image if page.image.mode in ("L", "RGB") else page.image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80, optimize=True)
    _, key = store.put(buffer.getvalue())
    return key, image.width, image.height
