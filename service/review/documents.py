"""A letter as a reviewer sees it: masked where the law asks, with every view of personal data audited.

`letter_view` is the one place that decides what of a letter leaves the service, for the web page and
the API alike: a route cannot show the identity without going through it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.db.models import Letter, Page, Role, User
from service.letters import LetterNotFound, get_visible_letter
from service.review import audit, masking
from service.review.access import Forbidden, Permission, can
from service.review.decisions import HistoryEntry, history, may_see_identity
from service.review.models import LetterReview
from service.review.queue import letter_body, review_of


@dataclass
class PageView:
    number: int
    width: int | None
    height: int | None
    has_image: bool
    words: list[list[Any]]  # [text, left, top, width, height, confidence], masked words removed
    mask_boxes: list[masking.Box] = field(default_factory=list)


@dataclass
class LetterView:
    letter: Letter
    review: LetterReview | None
    text: str  # the normalised text, masked when needed
    analysis: dict[str, Any] | None
    fields: dict[str, Any]  # edited values, identity masked when needed
    masked: bool  # the identity is hidden in this view
    can_reveal: bool  # the user may unmask it (handler, admin)
    revealed: bool
    pages: list[PageView]
    history: list[HistoryEntry]
    can_decide: bool


def visible_letter(session: Session, user: User, letter_id: int) -> Letter:
    """The letter if the user may see it at all (a clerk: only their uploads), else LetterNotFound."""
    if not (can(user, Permission.review) or can(user, Permission.upload)):
        raise LetterNotFound(letter_id)
    return get_visible_letter(session=session, user=user, letter_id=letter_id)


def identity_values_of(letter: Letter, review: LetterReview | None) -> list[str]:
    fields = (review.decided or {}).get("fields") if review is not None else None
    return masking.identity_values(letter.analysis, fields)


def letter_view(
    *, session: Session, user: User, letter_id: int, reveal: bool = False, channel: str = "web"
) -> LetterView:
    letter = visible_letter(session, user, letter_id)
    review = review_of(session, letter)
    protected = review.protected if review is not None else letter.analysis is None
    allowed = review is not None and may_see_identity(user, review)
    if reveal and not (protected and allowed):
        if protected:
            raise Forbidden("unmask")
        reveal = False
    masked = protected and not reveal
    values = identity_values_of(letter, review)
    body = letter_body(letter)
    text = masking.mask_text(body, masking.identity_spans(body, values)) if masked else body
    analysis = letter.analysis
    if analysis is not None and masked:
        analysis = masking.masked_analysis(analysis, body, values)
    fields = dict((review.decided or {}).get("fields") or {}) if review is not None else {}
    if masked:
        fields = {k: (masking.MASK if k in masking.IDENTITY_FIELDS and v else v) for k, v in fields.items()}
    _audit_view(session, user, letter, values, masked=masked, revealed=reveal, channel=channel)
    entries = history(session, letter.id)
    if masked:
        entries = [_masked_entry(entry, values) for entry in entries]
    return LetterView(
        letter=letter,
        review=review,
        text=text if letter.analysis is not None or not protected else "",
        analysis=analysis,
        fields=fields,
        masked=masked,
        can_reveal=protected and allowed and not reveal,
        revealed=reveal,
        pages=page_views(session, letter, values, masked=masked),
        history=entries,
        can_decide=can(user, Permission.review) and review is not None,
    )


def _audit_view(
    session: Session,
    user: User,
    letter: Letter,
    values: list[str],
    *,
    masked: bool,
    revealed: bool,
    channel: str,
) -> None:
    if revealed:
        audit.record(session, user, audit.UNMASK, letter_id=letter.id, channel=channel)
    elif not masked and values:
        audit.record(session, user, audit.VIEW, letter_id=letter.id, channel=channel)


def _masked_entry(entry: HistoryEntry, values: list[str]) -> HistoryEntry:
    if entry.kind == "field" and entry.subject in masking.IDENTITY_FIELDS:
        before = masking.MASK if entry.before else None
        after = masking.MASK if entry.after else None
        return HistoryEntry(entry.at, entry.who, entry.kind, entry.subject, before, after)
    if isinstance(entry.after, str) and entry.kind == "note":
        after = masking.mask_string(entry.after, values)
        return HistoryEntry(entry.at, entry.who, entry.kind, entry.subject, entry.before, after)
    return entry


def page_views(session: Session, letter: Letter, values: list[str], *, masked: bool) -> list[PageView]:
    pages = list(session.scalars(select(Page).where(Page.letter_id == letter.id).order_by(Page.number)))
    views = []
    for index, page in enumerate(pages):
        words = [list(word) for word in page.words or []]
        boxes: list[masking.Box] = []
        if masked:
            boxes = masking.page_mask_boxes(
                words,
                values,
                width=page.image_width or 0,
                height=page.image_height or 0,
                last_page=index == len(pages) - 1,
            )
            words = masking.words_outside(words, boxes)
        views.append(
            PageView(
                number=page.number,
                width=page.image_width,
                height=page.image_height,
                has_image=page.image_key is not None,
                words=words,
                mask_boxes=boxes,
            )
        )
    return views


def page_image(
    *, session: Session, user: User, letter_id: int, number: int, image_bytes_of: Any, reveal: bool = False
) -> bytes:
    """A page image for this user: with the identity and signature boxed out unless they may and did
    unmask. `image_bytes_of(key)` reads the stored image."""
    view_letter = visible_letter(session, user, letter_id)
    review = session.get(LetterReview, view_letter.id)
    protected = review.protected if review is not None else True
    if reveal and protected and not (review is not None and may_see_identity(user, review)):
        raise Forbidden("unmask")
    pages = list(session.scalars(select(Page).where(Page.letter_id == letter_id).order_by(Page.number)))
    page = next((p for p in pages if p.number == number), None)
    if page is None or page.image_key is None:
        raise LetterNotFound(letter_id)
    data = image_bytes_of(page.image_key)
    if not protected or reveal:
        return bytes(data)
    values = identity_values_of(view_letter, review)
    boxes = masking.page_mask_boxes(
        [list(w) for w in page.words or []],
        values,
        width=page.image_width or 0,
        height=page.image_height or 0,
        last_page=page.number == pages[-1].number,
    )
    return masking.mask_image(data, boxes)


def api_document(view: LetterView) -> dict[str, Any]:
    """The JSON of a letter for the review API: what the letter page shows, masked the same way."""
    letter, review = view.letter, view.review
    return {
        "id": letter.id,
        "status": letter.status,
        "received_at": letter.received_at.isoformat(),
        "text": view.text,
        "analysis": view.analysis,
        "masked": view.masked,
        "review": review_json(review, view.fields) if review is not None else None,
        "pages": [
            {
                "number": page.number,
                "image_url": f"/api/v1/review/petitions/{letter.id}/pages/{page.number}/image"
                if page.has_image
                else None,
                "image_size": [page.width, page.height],
                "words": page.words,
            }
            for page in view.pages
        ],
        "history": [
            {
                "at": entry.at.isoformat(),
                "who": entry.who,
                "kind": entry.kind,
                "subject": entry.subject,
                "before": entry.before,
                "after": entry.after,
            }
            for entry in view.history
        ],
    }


def review_json(review: LetterReview, fields: dict[str, Any]) -> dict[str, Any]:
    decided = review.decided or {}
    return {
        "status": review.status,
        "label": review.label,
        "predicted_label": review.predicted_label,
        "decided_label": decided.get("label"),
        "flags": decided.get("flags") or {},
        "duplicates": decided.get("duplicates") or {},
        "fields": fields,
        "deadline": review.deadline.isoformat(),
        "protected": review.protected,
        "assigned_to": review.assigned_to,
        "reviewed_by": review.reviewed_by,
        "reviewed_at": review.reviewed_at.isoformat() if review.reviewed_at else None,
    }


def petition_document(*, session: Session, user: User, document: dict[str, Any]) -> dict[str, Any]:
    """`GET /api/v1/petitions/{id}` as this user may see it: the service.letters document with the text,
    analysis and page words masked like the review pages, `review` filled in, and the view audited."""
    view = letter_view(session=session, user=user, letter_id=int(document["id"]), channel="api")
    result = dict(document)
    result["review"] = review_json(view.review, view.fields) if view.review is not None else None
    if not view.masked:
        return result
    result["text"] = result["normalized_text"] = view.text
    result["analysis"] = view.analysis
    words = {page.number: page.words for page in view.pages}
    keys = ("text", "left", "top", "width", "height", "confidence")
    pages = []
    for page in result.get("pages") or []:
        page = dict(page, text=None)
        if "words" in page:
            page["words"] = [dict(zip(keys, w, strict=False)) for w in words.get(page["number"], [])]
        if page.get("image_url"):
            page["image_url"] = f"/api/v1/review/petitions/{view.letter.id}/pages/{page['number']}/image"
        pages.append(page)
    result["pages"] = pages
    result["original"] = dict(result.get("original") or {}, url=None, filename=None)
    return result


def may_download_original(*, session: Session, user: User, letter: Letter) -> bool:
    """The original file shows everything: for a protected letter, only its handler and admins."""
    review = session.get(LetterReview, letter.id)
    if review is None:  # not analysed yet: nobody knows whether it is a denunciation
        return user.role == Role.admin or letter.uploaded_by == user.id
    return not review.protected or may_see_identity(user, review)
