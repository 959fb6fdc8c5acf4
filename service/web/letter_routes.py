"""The letter page: the scan beside the text, the proposal, the flags, the duplicates, the decisions."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup

from service.api.deps import SessionDep, StoreDep
from service.letters import LetterNotFound
from service.review import compare, documents
from service.review.access import Forbidden, Permission, can
from service.review.decisions import (
    EDITABLE_FIELDS,
    UNSET,
    NotReviewable,
    ReviewChange,
    ReviewError,
    apply_review,
    handlers,
)
from service.review.masking import IDENTITY_FIELDS, MASK
from service.review.models import LetterReview
from service.review.queue import neighbours, parse_filter
from service.review.state import LEVELS, field_value, flag_codes, top_two
from service.review.wordlinks import link_words
from service.understanding.types import FIELDS
from service.web.pages import Checked, SignedIn, WebError, language, needs, render
from service.web.render import annotated_text, evidence_of

router = APIRouter(include_in_schema=False)
QUEUE_PARAMS = ("label", "flag", "status", "field", "level", "from", "to", "q", "assigned")


def _queue_params(request: Request) -> dict[str, str]:
    return {k: v for k, v in request.query_params.items() if k in QUEUE_PARAMS and v}


def _view(session: Any, signed: Any, letter_id: int, reveal: bool) -> documents.LetterView:
    try:
        return documents.letter_view(session=session, user=signed.user, letter_id=letter_id, reveal=reveal)
    except LetterNotFound:
        raise WebError(404, "error.not_found") from None
    except Forbidden:
        raise WebError(403, "error.forbidden_unmask") from None


@router.get("/letters/{letter_id}")
def letter_page(
    request: Request, letter_id: int, signed: SignedIn, session: SessionDep, reveal: bool = False
) -> Response:
    view = _view(session, signed, letter_id, reveal)
    params = _queue_params(request)
    previous_id = next_id = None
    if view.review is not None and can(signed.user, Permission.review):
        previous_id, next_id = neighbours(session, view.review.priority, parse_filter(params))
    links = link_words(view.text, [(page.number, page.words) for page in view.pages])
    context = {
        "view": view,
        "letter": view.letter,
        "review": view.review,
        "analysis": view.analysis or {},
        "top_two": top_two(view.analysis or {}),
        "text_html": annotated_text(view.text, evidence_of(view.analysis), links),
        "flags": _flags(view),
        "duplicates": _duplicates(view),
        "fields": _fields(view),
        "words_json": Markup(json.dumps(_boxes(view))),
        "query": urlencode(params),
        "previous_id": previous_id,
        "next_id": next_id,
        "handlers": handlers(session) if view.can_decide else [],
        "can_assign": view.can_decide
        and (not view.review or not view.review.protected or can(signed.user, Permission.assign_protected)),
        "field_names": FIELDS,
        "levels": LEVELS,
        "error": request.query_params.get("error"),
        "done": request.query_params.get("done"),
    }
    session.commit()  # the audit entries of this view
    return render(request, "letter.html", context, signed=signed)


def _flags(view: documents.LetterView) -> list[dict[str, Any]]:
    analysis = view.analysis or {}
    states = ((view.review.decided or {}).get("flags") or {}) if view.review else {}
    reasons = {str(f.get("code")): f for f in analysis.get("flags") or []}
    over = analysis.get("overreaching") or {}
    flags = []
    for code in flag_codes(analysis):
        detail = reasons.get(code) or {}
        if code == "overreaching":
            detail = {"reason": over.get("reason"), "evidence": over.get("evidence") or []}
        elif code == "needs_review":
            detail = {"reason": analysis.get("review_reason"), "evidence": []}
        elif code == "duplicate":
            detail = {"reason": None, "evidence": []}
        flags.append(
            {
                "code": code,
                "reason": detail.get("reason"),
                "evidence": [e.get("text") for e in detail.get("evidence") or [] if e.get("text")],
                "state": states.get(code),
            }
        )
    return flags


def _duplicates(view: documents.LetterView) -> list[dict[str, Any]]:
    analysis = view.analysis or {}
    states = ((view.review.decided or {}).get("duplicates") or {}) if view.review else {}
    rows: dict[str, dict[str, Any]] = {}
    for candidate in analysis.get("duplicates") or []:
        key = str(candidate.get("id"))
        rows[key] = {
            "id": key,
            "similarity": candidate.get("similarity"),
            "reason": candidate.get("reason"),
            "state": states.get(key),
            "proposed": True,
        }
    for key, state in states.items():
        rows.setdefault(
            key, {"id": key, "similarity": None, "reason": None, "state": state, "proposed": False}
        )
    return list(rows.values())


def _fields(view: documents.LetterView) -> list[dict[str, Any]]:
    analysis = view.letter.analysis or {}
    decided = (view.review.decided or {}) if view.review else {}
    rows = []
    for name in EDITABLE_FIELDS:
        value = field_value(analysis, decided, name)
        hidden = view.masked and name in IDENTITY_FIELDS
        rows.append({"name": name, "value": MASK if hidden and value else value, "locked": hidden})
    return rows


def _boxes(view: documents.LetterView) -> dict[str, Any]:
    """Word boxes per page for the browser, as fractions of the page so they scale with the image."""
    pages: dict[str, Any] = {}
    for page in view.pages:
        width, height = page.width or 1, page.height or 1
        pages[str(page.number)] = [
            [round(w[1] / width, 4), round(w[2] / height, 4), round(w[3] / width, 4), round(w[4] / height, 4)]
            for w in page.words
        ]
    return pages


@router.post("/letters/{letter_id}/decide")
async def decide(request: Request, letter_id: int, signed: Checked, session: SessionDep) -> Response:
    user = needs(signed, Permission.review)
    form = await request.form()
    values = {key: str(value) for key, value in form.items() if isinstance(value, str)}
    change = change_from_form(values)
    params = _queue_params(request)
    # The letter after this one in the queue as the reviewer saw it: a new label moves its deadline.
    current = session.get(LetterReview, letter_id)
    _, next_id = neighbours(session, current.priority, parse_filter(params)) if current else (None, None)
    try:
        apply_review(session=session, user=user, letter_id=letter_id, change=change)
    except NotReviewable:
        raise WebError(404, "error.not_found") from None
    except Forbidden:
        raise WebError(403, "error.forbidden_assign") from None
    except ReviewError as error:
        session.rollback()
        message = error.message_vi if language(request) == "vi" else error.message_en
        target = f"/letters/{letter_id}?" + urlencode({**params, "error": message})
        return RedirectResponse(target, status_code=303)
    session.commit()
    if change.confirm:
        target = f"/letters/{next_id}" if next_id else "/queue"
        return RedirectResponse(f"{target}?" + urlencode({**params, "done": str(letter_id)}), status_code=303)
    anchor = values.get("anchor", "")
    suffix = f"#{anchor}" if anchor.isidentifier() else ""
    return RedirectResponse(f"/letters/{letter_id}?" + urlencode(params) + suffix, status_code=303)


def change_from_form(values: dict[str, str]) -> ReviewChange:
    """Form fields to a change: label, confirm, flag:CODE, dup:ID, link_id, note, assign_to, f:FIELD."""
    change = ReviewChange(
        # A click on a label button names it; the keyboard sets the hidden field instead.
        label=values.get("label_click") or values.get("label") or None,
        confirm=values.get("confirm") == "1",
        note=values.get("note") or None,
    )
    for key, value in values.items():
        if key.startswith("flag:") and value:
            change.flags[key[5:]] = value
        elif key.startswith("dup:") and key[4:].isdigit() and value:
            change.duplicates[int(key[4:])] = value
        elif key.startswith("f:"):
            change.fields[key[2:]] = value
    link_id = values.get("link_id", "").strip().lstrip("#")
    if link_id.isdigit():
        change.duplicates[int(link_id)] = "linked"
    if "assign_to" in values:
        change.assign_to = int(values["assign_to"]) if values["assign_to"].isdigit() else None
    else:
        change.assign_to = UNSET
    return change


@router.get("/letters/{letter_id}/pages/{number}.jpg")
def page_jpeg(
    letter_id: int, number: int, signed: SignedIn, session: SessionDep, store: StoreDep, reveal: bool = False
) -> Response:
    try:
        data = documents.page_image(
            session=session,
            user=signed.user,
            letter_id=letter_id,
            number=number,
            image_bytes_of=store.get,
            reveal=reveal,
        )
    except LetterNotFound:
        raise WebError(404, "error.not_found") from None
    except Forbidden:
        raise WebError(403, "error.forbidden_unmask") from None
    return Response(data, media_type="image/jpeg", headers={"Cache-Control": "private, no-store"})


def _link_state(view: documents.LetterView, other_id: int) -> str | None:
    if view.review is None:
        return None
    state = ((view.review.decided or {}).get("duplicates") or {}).get(str(other_id))
    return str(state) if state else None


@router.get("/letters/{letter_id}/compare/{other_id}")
def compare_page(
    request: Request, letter_id: int, other_id: int, signed: SignedIn, session: SessionDep
) -> Response:
    needs(signed, Permission.review)
    left = _view(session, signed, letter_id, False)
    right = _view(session, signed, other_id, False)
    left_pieces, right_pieces = compare.side_by_side(left.text, right.text)
    context = {
        "left": left,
        "right": right,
        "left_pieces": left_pieces,
        "right_pieces": right_pieces,
        "similarity": compare.similarity(left.text, right.text),
        "state": _link_state(left, other_id),
        "query": urlencode(_queue_params(request)),
    }
    session.commit()
    return render(request, "compare.html", context, signed=signed)
