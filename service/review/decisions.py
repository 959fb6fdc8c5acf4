"""Decisions on a letter: its label, its flags, duplicate links, edited fields, notes, its handler.

Each change is one append-only `ReviewDecision` row (who, when, before, after); the letter's review row
keeps the current state in `decided`. Confirming moves the letter to `reviewed`, out of the queue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.db.models import Letter, LetterStatus, Role, StatusChange, User, utcnow
from service.intake.status import change_status
from service.review import audit
from service.review.access import Permission, require
from service.review.masking import IDENTITY_FIELDS
from service.review.models import LetterReview, ReviewDecision
from service.review.queue import apply_derived, index_text, review_of
from service.review.state import LABELS, LEVELS, field_value, flag_codes

FLAG_STATES = ("confirmed", "rejected")
LINK_STATES = ("linked", "unlinked")
EDITABLE_FIELDS = (
    "title",
    "field",
    "date",
    "addressee_level",
    "competent_level",
    "target",
    "summary",
    *IDENTITY_FIELDS,
)
MAX_NOTE = 4000


class ReviewError(ValueError):
    """A decision that cannot be taken, with the reason in Vietnamese and English."""

    def __init__(self, message_vi: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_vi = message_vi
        self.message_en = message_en


class NotReviewable(LookupError):
    """The letter does not exist or is not analysed yet."""


UNSET: Any = object()


@dataclass
class ReviewChange:
    label: str | None = None
    confirm: bool = False
    flags: dict[str, str] = field(default_factory=dict)
    duplicates: dict[int, str] = field(default_factory=dict)
    fields: dict[str, Any] = field(default_factory=dict)
    note: str | None = None
    assign_to: Any = UNSET  # a user id, None to unassign, UNSET to leave as is


def review_for(session: Session, letter_id: int) -> tuple[Letter, LetterReview]:
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise NotReviewable(letter_id)
    review = review_of(session, letter)
    if review is None:
        raise NotReviewable(letter_id)
    return letter, review


def is_handler(user: User, review: LetterReview) -> bool:
    return review.assigned_to is not None and review.assigned_to == user.id


def may_see_identity(user: User, review: LetterReview) -> bool:
    """Who may unmask a protected denouncer: the assigned handler and admins."""
    return user.active and (user.role == Role.admin or is_handler(user, review))


def apply_review(*, session: Session, user: User, letter_id: int, change: ReviewChange) -> LetterReview:
    """Take the decisions of `change` on the letter, recording each; the caller commits."""
    require(user, Permission.review)
    letter, review = review_for(session, letter_id)
    decided = _copy(review.decided)
    log = _Recorder(session, user, letter_id)
    analysis = letter.analysis or {}
    if change.label is not None:
        _decide_label(decided, analysis, change.label, log)
    for code, state in change.flags.items():
        _decide_flag(decided, analysis, code, state, log)
    for other_id, state in change.duplicates.items():
        _decide_duplicate(session, decided, letter_id, int(other_id), state, log)
    if change.fields:
        _edit_fields(decided, analysis, change.fields, user, review, log)
    if change.note is not None and change.note.strip():
        log.add("note", None, None, change.note.strip()[:MAX_NOTE])
    if change.assign_to is not UNSET:
        _assign(session, user, review, change.assign_to, log)
    was_protected = review.protected
    review.decided = decided
    apply_derived(review, analysis)
    if review.protected != was_protected:
        index_text(session, letter, review)  # newly protected: the denouncer's name leaves the index
    if change.confirm:
        _confirm(session, user, letter, review, log)
    session.flush()
    return review


def _copy(decided: dict[str, Any] | None) -> dict[str, Any]:
    decided = dict(decided or {})
    for key in ("flags", "duplicates", "fields"):
        decided[key] = dict(decided.get(key) or {})
    return decided


class _Recorder:
    def __init__(self, session: Session, user: User, letter_id: int) -> None:
        self.session, self.user, self.letter_id = session, user, letter_id

    def add(self, kind: str, subject: str | None, before: Any, after: Any) -> None:
        self.session.add(
            ReviewDecision(
                letter_id=self.letter_id,
                user_id=self.user.id,
                at=utcnow(),
                kind=kind,
                subject=subject,
                before=before,
                after=after,
            )
        )


def _decide_label(decided: dict[str, Any], analysis: dict[str, Any], label: str, log: _Recorder) -> None:
    if label not in LABELS:
        raise ReviewError(f"Loại đơn không hợp lệ: {label}", f"Unknown label: {label}")
    before = decided.get("label") or analysis.get("label")
    decided["label"] = label  # confirmed by a person even when unchanged: the proposal is no longer all
    if before != label:
        log.add("label", None, before, label)


def _decide_flag(
    decided: dict[str, Any], analysis: dict[str, Any], code: str, state: str, log: _Recorder
) -> None:
    if code not in flag_codes(analysis):
        raise ReviewError(f"Đơn không có cảnh báo {code}", f"The letter has no flag {code}")
    if state not in FLAG_STATES:
        raise ReviewError(f"Quyết định không hợp lệ: {state}", f"Unknown flag decision: {state}")
    before = decided["flags"].get(code)
    decided["flags"][code] = state
    log.add("flag", code, before, state)


def _decide_duplicate(
    session: Session, decided: dict[str, Any], letter_id: int, other_id: int, state: str, log: _Recorder
) -> None:
    if state not in LINK_STATES:
        raise ReviewError(f"Quyết định không hợp lệ: {state}", f"Unknown duplicate decision: {state}")
    if other_id == letter_id or session.get(Letter, other_id) is None:
        raise ReviewError(f"Không có đơn số {other_id}", f"No letter {other_id}")
    key = str(other_id)
    before = decided["duplicates"].get(key)
    decided["duplicates"][key] = state
    log.add("duplicate", key, before, state)
    # The link holds both ways: the other letter's register line names this one too.
    other = session.get(LetterReview, other_id)
    if other is not None:
        mirrored = _copy(other.decided)
        mirrored["duplicates"][str(letter_id)] = state
        other.decided = mirrored


def _edit_fields(
    decided: dict[str, Any],
    analysis: dict[str, Any],
    values: dict[str, Any],
    user: User,
    review: LetterReview,
    log: _Recorder,
) -> None:
    for name, raw in values.items():
        if name not in EDITABLE_FIELDS:
            raise ReviewError(f"Không sửa được trường {name}", f"Field {name} cannot be edited")
        if name in IDENTITY_FIELDS and review.protected and not may_see_identity(user, review):
            raise ReviewError(
                "Chỉ người được giao xử lý hoặc quản trị viên được sửa thông tin người tố cáo",
                "Only the assigned handler or an admin may edit the denouncer's identity",
            )
        value = _clean_field(name, raw)
        before = field_value(analysis, decided, name)
        if value == before or (value is None and before in (None, "")):
            continue
        decided["fields"][name] = value
        log.add("field", name, before, value)


def _clean_field(name: str, raw: Any) -> Any:
    value = None if raw is None else str(raw).strip()[:500] or None
    if value is None:
        return None
    if name in ("addressee_level", "competent_level") and value not in LEVELS:
        raise ReviewError(f"Cấp không hợp lệ: {value}", f"Unknown level: {value}")
    if name == "date":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise ReviewError("Ngày phải có dạng NNNN-TT-NN", "The date must be YYYY-MM-DD") from None
    return value


def _assign(session: Session, user: User, review: LetterReview, handler_id: Any, log: _Recorder) -> None:
    # Choosing the handler of a denunciation decides who may see the denouncer: admins only.
    if review.protected:
        require(user, Permission.assign_protected)
    if handler_id is not None:
        handler = session.get(User, int(handler_id))
        if handler is None or not handler.active or handler.role not in (Role.reviewer, Role.admin):
            raise ReviewError(
                "Chỉ giao đơn cho cán bộ xử lý hoặc quản trị viên đang hoạt động",
                "A letter can only be assigned to an active reviewer or admin",
            )
        handler_id = handler.id
    before = review.assigned_to
    if before == handler_id:
        return
    review.assigned_to = handler_id
    log.add("assign", None, before, handler_id)
    if review.protected:
        audit.record(
            session, user, "assign_handler", letter_id=review.letter_id, detail=f"handler: {handler_id}"
        )


def _confirm(session: Session, user: User, letter: Letter, review: LetterReview, log: _Recorder) -> None:
    log.add("confirm", None, review.status, LetterStatus.reviewed.value)
    review.reviewed_by = user.id
    review.reviewed_at = utcnow()
    if letter.status != LetterStatus.reviewed:
        change_status(session, letter, LetterStatus.reviewed, actor=f"user:{user.id}", note="confirmed")
    review.status = LetterStatus.reviewed


@dataclass
class HistoryEntry:
    at: dt.datetime
    who: str
    kind: str
    subject: str | None
    before: Any
    after: Any


def history(session: Session, letter_id: int) -> list[HistoryEntry]:
    """The letter's life: status changes and decisions, oldest first."""
    names = dict(session.execute(select(User.id, User.name)).all())
    entries = []
    for d in session.scalars(select(ReviewDecision).where(ReviewDecision.letter_id == letter_id)):
        before, after = d.before, d.after
        if d.kind == "assign":  # handlers by name, not by account number
            before, after = names.get(before, before), names.get(after, after)
        entries.append(
            HistoryEntry(d.at, names.get(d.user_id, f"#{d.user_id}"), d.kind, d.subject, before, after)
        )
    for change in session.scalars(select(StatusChange).where(StatusChange.letter_id == letter_id)):
        actor = change.actor
        if actor.startswith("user:") and actor[5:].isdigit():
            actor = names.get(int(actor[5:]), actor)
        entries.append(HistoryEntry(change.at, actor, "status", None, change.from_status, change.to_status))
    return sorted(entries, key=lambda e: _aware(e.at))


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def handlers(session: Session) -> list[User]:
    """Accounts a letter can be assigned to."""
    return list(
        session.scalars(
            select(User)
            .where(User.active.is_(True), User.role.in_([Role.reviewer, Role.admin]))
            .order_by(User.name)
        ).all()
    )
