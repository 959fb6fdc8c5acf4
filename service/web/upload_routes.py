"""The upload page: drop many files, watch each one's progress and status, retry a failed one."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import JSONResponse, Response

from service.api.deps import SessionDep, SettingsDep, StoreDep
from service.db.models import Letter
from service.intake.letters import UploadRefused, receive_letter
from service.letters import LetterNotFound, NotRetryable, get_visible_letter, retry_letter, visible_letters
from service.pipeline import dispatch
from service.review.access import Permission
from service.web.i18n import translator
from service.web.pages import Checked, SignedIn, WebError, language, needs, render

router = APIRouter(include_in_schema=False)
RECENT = 50
CHUNK = 1024 * 1024


@router.get("/upload")
def upload_page(request: Request, signed: SignedIn, session: SessionDep) -> Response:
    user = needs(signed, Permission.upload)
    recent = session.scalars(visible_letters(user).order_by(Letter.id.desc()).limit(RECENT)).all()
    return render(request, "upload.html", {"recent": [status_of(letter) for letter in recent]}, signed=signed)


@router.post("/upload")
async def upload_file(
    request: Request,
    file: Annotated[UploadFile, File()],
    signed: Checked,
    session: SessionDep,
    settings: SettingsDep,
    store: StoreDep,
) -> Response:
    user = needs(signed, Permission.upload)
    limit = settings.limits.max_upload_bytes
    data = await _read_bounded(file, limit)
    try:
        receipt = receive_letter(
            session=session,
            store=store,
            data=data,
            filename=file.filename,
            channel="upload",
            uploaded_by=user.id,
            max_bytes=limit,
        )
    except UploadRefused as error:
        message = error.message_vi if language(request) == "vi" else error.message_en
        return JSONResponse({"error": error.code, "message": message}, status_code=error.http_status)
    session.commit()
    if receipt.created:
        dispatch.read(settings, receipt.letter_id)  # after commit; the sweep catches a broker outage
    return JSONResponse(
        {"id": receipt.letter_id, "status": receipt.status, "existing": not receipt.created},
        status_code=202 if receipt.created else 200,
    )


async def _read_bounded(upload: UploadFile, max_bytes: int) -> bytes:
    """At most one byte past the limit is read, so an enormous file is refused without being held."""
    parts: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = await upload.read(min(CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


@router.get("/letters/status")
def letters_status(request: Request, signed: SignedIn, session: SessionDep, ids: str = "") -> Response:
    """The status of the listed letters the user may see (the upload page polls this)."""
    wanted = [int(part) for part in ids.split(",") if part.strip().isdigit()][:200]
    letters = (
        session.scalars(visible_letters(signed.user).where(Letter.id.in_(wanted))).all() if wanted else []
    )
    t = translator(language(request))
    return JSONResponse({"items": [status_of(letter, t) for letter in letters]})


def status_of(letter: Letter, t: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": letter.id,
        "status": letter.status,
        "filename": letter.original.filename,
        "received_at": letter.received_at.isoformat(),
        "error_vi": letter.error_vi,
        "error_en": letter.error_en,
    }
    if t is not None:
        body["status_text"] = t(f"status.{letter.status}")
    return body


@router.post("/letters/{letter_id}/retry")
def retry(letter_id: int, signed: Checked, session: SessionDep, settings: SettingsDep) -> Response:
    try:
        letter = get_visible_letter(session=session, user=signed.user, letter_id=letter_id)
        retry_letter(session=session, letter=letter, actor=f"user:{signed.user.id}")
    except LetterNotFound:
        raise WebError(404, "error.not_found") from None
    except NotRetryable:
        raise WebError(409, "error.not_retryable") from None
    session.commit()
    dispatch.read(settings, letter.id)
    return JSONResponse({"id": letter.id, "status": letter.status}, status_code=202)
