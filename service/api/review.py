"""Review API for other tools: the queue, a letter as reviewers see it, decisions, the register export.

Same service functions, roles and masking as the web pages; bearer tokens instead of the cookie.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request, Response, status
from pydantic import BaseModel, Field

from service.api.deps import CurrentUser, SessionDep, StoreDep
from service.letters import LetterNotFound
from service.review import documents, export
from service.review.access import Forbidden
from service.review.audit import recent_entries
from service.review.decisions import UNSET, NotReviewable, ReviewChange, ReviewError, apply_review
from service.review.queue import parse_filter, queue_page

router = APIRouter(tags=["review"])

FORBIDDEN = HTTPException(status.HTTP_403_FORBIDDEN, detail="Không có quyền / Forbidden")
NOT_FOUND = HTTPException(status.HTTP_404_NOT_FOUND, detail="Không tìm thấy đơn / Letter not found")
FILTER_PARAMS = ("label", "flag", "status", "field", "level", "from", "to", "q", "assigned")


def _filters(request: Request) -> Any:
    return parse_filter({k: v for k, v in request.query_params.items() if k in FILTER_PARAMS})


@router.get("/api/v1/review/queue")
def review_queue(
    request: Request,
    user: CurrentUser,
    session: SessionDep,
    after: str | None = None,
    before: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    label: str | None = None,
    flag: str | None = None,
    status_: Annotated[str | None, Query(alias="status")] = None,
    field: str | None = None,
    level: str | None = None,
    from_: Annotated[dt.date | None, Query(alias="from")] = None,
    to: dt.date | None = None,
    q: str | None = None,
    assigned: int | None = None,
) -> dict[str, Any]:
    """Analysed letters in order of urgency (deadline, least sure first, flags), filtered like the page.
    `status` is `analyzed` (default), `reviewed` or `all`; page on with the `next` cursor as `after`."""
    try:
        page = queue_page(
            session=session, user=user, filters=_filters(request), after=after, before=before, limit=limit
        )
    except Forbidden:
        raise FORBIDDEN from None
    session.commit()
    return {
        "total": page.total,
        "items": [item.as_json() for item in page.items],
        "next": page.next_cursor,
        "previous": page.previous_cursor,
    }


@router.get("/api/v1/review/petitions/{letter_id}")
def review_document(
    letter_id: int, user: CurrentUser, session: SessionDep, reveal: bool = False
) -> dict[str, Any]:
    """A letter with its review, masked as on its page; `reveal=true` unmasks a denouncer for the
    assigned handler or an admin, and is written to the audit log."""
    try:
        view = documents.letter_view(
            session=session, user=user, letter_id=letter_id, reveal=reveal, channel="api"
        )
    except LetterNotFound:
        raise NOT_FOUND from None
    except Forbidden:
        raise FORBIDDEN from None
    session.commit()
    return documents.api_document(view)


@router.get("/api/v1/review/petitions/{letter_id}/pages/{number}/image")
def review_page_image(
    letter_id: int, number: int, user: CurrentUser, session: SessionDep, store: StoreDep, reveal: bool = False
) -> Response:
    try:
        data = documents.page_image(
            session=session,
            user=user,
            letter_id=letter_id,
            number=number,
            image_bytes_of=store.get,
            reveal=reveal,
        )
    except LetterNotFound:
        raise NOT_FOUND from None
    except Forbidden:
        raise FORBIDDEN from None
    session.commit()
    return Response(data, media_type="image/jpeg", headers={"Cache-Control": "private, no-store"})


class ReviewBody(BaseModel):
    label: Literal["complaint", "denunciation", "recommendation", "other"] | None = None
    confirm: bool = Field(False, description="Mark the letter reviewed: it leaves the queue")
    flags: dict[str, Literal["confirmed", "rejected"]] = Field(default_factory=dict)
    duplicates: dict[int, Literal["linked", "unlinked"]] = Field(default_factory=dict)
    fields: dict[str, str | None] = Field(default_factory=dict)
    note: str | None = Field(None, max_length=4000)
    assign_to: int | None = Field(None, description="A reviewer's or admin's id; see unassign")
    unassign: bool = False


@router.post("/api/v1/petitions/{letter_id}/review")
def review_letter(letter_id: int, body: ReviewBody, user: CurrentUser, session: SessionDep) -> dict[str, Any]:
    """Decide on a letter: its label, each flag, duplicate links, edited fields, a note, its handler."""
    change = ReviewChange(
        label=body.label,
        confirm=body.confirm,
        flags=dict(body.flags),
        duplicates=dict(body.duplicates),
        fields=dict(body.fields),
        note=body.note,
        assign_to=None if body.unassign else body.assign_to if body.assign_to is not None else UNSET,
    )
    try:
        review = apply_review(session=session, user=user, letter_id=letter_id, change=change)
    except Forbidden:
        raise FORBIDDEN from None
    except NotReviewable:
        raise NOT_FOUND from None
    except ReviewError as error:
        raise HTTPException(
            422,
            detail={"message_vi": error.message_vi, "message_en": error.message_en},
        ) from None
    session.commit()
    return {"id": letter_id, "status": review.status, "label": review.label, "deadline": str(review.deadline)}


@router.get("/api/v1/review/export")
def review_export(
    request: Request,
    user: CurrentUser,
    session: SessionDep,
    format: Literal["csv", "xlsx"] = "csv",
    language: Literal["vi", "en"] = "vi",
) -> Response:
    """The register of letters and decisions (filters as for the queue); denouncers masked."""
    try:
        rows = export.register_rows(session=session, user=user, filters=_filters(request), channel="api")
        body = export.to_csv(rows, language) if format == "csv" else export.to_xlsx(rows, language)
    except Forbidden:
        raise FORBIDDEN from None
    session.commit()
    media = "text/csv; charset=utf-8" if format == "csv" else export.XLSX_MEDIA_TYPE
    name = f"register-{dt.date.today().isoformat()}.{format}"
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/api/v1/review/audit")
def audit_log(
    user: CurrentUser,
    session: SessionDep,
    letter_id: int | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> dict[str, Any]:
    """The audit log of personal data (admins)."""
    try:
        entries = recent_entries(session=session, user=user, letter_id=letter_id, limit=limit)
    except Forbidden:
        raise FORBIDDEN from None
    return {
        "items": [
            {
                "id": e.id,
                "at": e.at.isoformat(),
                "user": e.user_name,
                "role": e.role,
                "action": e.action,
                "letter_id": e.letter_id,
                "channel": e.channel,
                "detail": e.detail,
            }
            for e in entries
        ]
    }
