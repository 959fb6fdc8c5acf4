"""HTTP routes for letters: thin translations of HTTP into calls of the service functions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, HTTPException, Query, Response, UploadFile, status
from fastapi.responses import JSONResponse
from sqlalchemy import select

from service.api.deps import CurrentUser, SessionDep, SettingsDep, StoreDep
from service.db.models import Letter, Page
from service.intake.letters import UploadRefused, receive_letter
from service.letters import (
    LetterNotFound,
    NotRetryable,
    get_visible_letter,
    letter_document,
    retry_letter,
    visible_letters,
)
from service.pipeline import dispatch
from service.review.documents import may_download_original, page_image, petition_document

router = APIRouter(prefix="/api/v1/petitions", tags=["petitions"])
CHUNK = 1024 * 1024


async def _read_bounded(upload: UploadFile, max_bytes: int) -> bytes:
    """The upload's bytes, reading at most one byte past the limit so an enormous file is not buffered."""
    parts: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = await upload.read(min(CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def _refusal(error: UploadRefused) -> HTTPException:
    return HTTPException(
        error.http_status,
        detail={"code": error.code, "message_vi": error.message_vi, "message_en": error.message_en},
    )


@router.post("", status_code=status.HTTP_202_ACCEPTED)
async def upload_petition(
    file: Annotated[UploadFile, File()],
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    store: StoreDep,
    channel: Annotated[str, Query(max_length=32)] = "upload",
) -> Any:
    data = await _read_bounded(file, settings.limits.max_upload_bytes)
    try:
        receipt = receive_letter(
            session=session,
            store=store,
            data=data,
            filename=file.filename,
            channel=channel,
            uploaded_by=user.id,
            max_bytes=settings.limits.max_upload_bytes,
        )
    except UploadRefused as error:
        raise _refusal(error) from None
    session.commit()
    if not receipt.created:
        return JSONResponse(
            {"id": receipt.letter_id, "status": receipt.status, "existing": True}, status_code=200
        )
    dispatch.read(settings, receipt.letter_id)  # after commit; a broker outage is caught up by the sweep
    return {"id": receipt.letter_id, "status": receipt.status}


@router.get("")
def list_petitions(
    user: CurrentUser,
    session: SessionDep,
    status_filter: Annotated[str | None, Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    before_id: Annotated[int | None, Query(ge=1)] = None,
) -> dict[str, Any]:
    query = visible_letters(user).order_by(Letter.id.desc()).limit(limit)
    if status_filter:
        query = query.where(Letter.status == status_filter)
    if before_id:
        query = query.where(Letter.id < before_id)
    letters = session.scalars(query).all()
    return {
        "items": [
            {
                "id": letter.id,
                "status": letter.status,
                "received_at": letter.received_at.isoformat(),
                "filename": letter.original.filename,
                "error": letter.error_code,
            }
            for letter in letters
        ]
    }


def _letter_or_404(session: SessionDep, user: CurrentUser, letter_id: int) -> Letter:
    try:
        return get_visible_letter(session=session, user=user, letter_id=letter_id)
    except LetterNotFound:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, detail="Không tìm thấy đơn / Letter not found"
        ) from None


@router.get("/{letter_id}")
def get_petition(
    letter_id: int, user: CurrentUser, session: SessionDep, words: bool = False
) -> dict[str, Any]:
    document = letter_document(_letter_or_404(session, user, letter_id), with_words=words)
    masked = petition_document(session=session, user=user, document=document)  # denouncer hidden, audited
    session.commit()
    return masked


@router.get("/{letter_id}/original")
def get_original(letter_id: int, user: CurrentUser, session: SessionDep, store: StoreDep) -> Response:
    letter = _letter_or_404(session, user, letter_id)
    if not may_download_original(session=session, user=user, letter=letter):
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="Đơn tố cáo: bản gốc được bảo mật / Protected")
    original = letter.original
    filename = f"letter-{letter.id}-{original.sha256[:12]}"
    return Response(
        store.get(original.storage_key),
        media_type=original.media_type or "application/octet-stream",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "private"},
    )


@router.get("/{letter_id}/pages/{number}/image")
def get_page_image(
    letter_id: int, number: int, user: CurrentUser, session: SessionDep, store: StoreDep
) -> Response:
    letter = _letter_or_404(session, user, letter_id)
    page = session.scalars(select(Page).where(Page.letter_id == letter.id, Page.number == number)).first()
    if page is None or page.image_key is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, detail="Không có ảnh trang này / No image for this page"
        )
    # The signature and the denouncer's words are boxed out of a denunciation's page.
    data = page_image(
        session=session, user=user, letter_id=letter.id, number=number, image_bytes_of=store.get
    )
    return Response(data, media_type="image/jpeg", headers={"Cache-Control": "private"})


@router.post("/{letter_id}/retry", status_code=status.HTTP_202_ACCEPTED)
def retry_petition(
    letter_id: int, user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> dict[str, Any]:
    letter = _letter_or_404(session, user, letter_id)
    try:
        retry_letter(session=session, letter=letter, actor=f"user:{user.id}")
    except NotRetryable:
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            detail=f"Chỉ gửi lại được đơn bị lỗi (trạng thái: {letter.status}) / "
            "Only a failed letter can be retried",
        ) from None
    session.commit()
    dispatch.read(settings, letter.id)
    return {"id": letter.id, "status": letter.status}
