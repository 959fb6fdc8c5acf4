"""The review queue: analysed letters in order of urgency, filtered, a page at a time.

The queue reads `letter_reviews`, which `sync_reviews` keeps up to date with the letters the workers
analyse; it is cheap to call on every request (two indexed queries when nothing is new).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from dataclasses import field as dataclass_field  # QueueItem has a column named `field`
from typing import Any

from sqlalchemy import Select, and_, delete, exists, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from service.db.models import Letter, LetterStatus, User
from service.review import masking, search
from service.review.access import Permission, require
from service.review.calendar import local_date, today, working_days_between
from service.review.models import LetterFlag, LetterReview
from service.review.state import LABELS, LEVELS, derived_values, flag_codes, top_two

# Letters whose analysis landed shortly before the newest one seen may commit after it: look back.
SYNC_LOOKBACK = dt.timedelta(minutes=10)
PAGE_SIZE = 50
QUEUE_STATUSES = ("analyzed", "reviewed")


def letter_body(letter: Letter) -> str:
    """The text evidence offsets point into: the normalised text, or the text as read until then."""
    return letter.normalized_text or letter.text or ""


def sync_reviews(session: Session) -> int:
    """Create or refresh the review rows of letters analysed since the last call; returns how many."""
    newest = session.scalar(select(func.max(LetterReview.analyzed_at)))
    query = (
        select(Letter, LetterReview)
        .outerjoin(LetterReview, LetterReview.letter_id == Letter.id)
        .where(Letter.analyzed_at.is_not(None), Letter.analysis.is_not(None))
        .where(Letter.status.in_([LetterStatus.analyzed, LetterStatus.reviewed]))
        .where(or_(LetterReview.letter_id.is_(None), LetterReview.analyzed_at != Letter.analyzed_at))
    )
    if newest is not None:
        query = query.where(Letter.analyzed_at > newest - SYNC_LOOKBACK)
    count = 0
    for letter, review in session.execute(query).all():
        try:
            with session.begin_nested():
                refresh_review(session, letter, review)
            count += 1
        except IntegrityError:
            continue  # another request created the row a moment ago
    return count


def review_of(session: Session, letter: Letter) -> LetterReview | None:
    """The letter's review row, created on the spot for an analysed letter the sync has not reached."""
    review = session.get(LetterReview, letter.id)
    if review is None and letter.analysis is not None and letter.status in QUEUE_STATUSES:
        review = refresh_review(session, letter, None)
    return review


def refresh_review(session: Session, letter: Letter, review: LetterReview | None) -> LetterReview:
    """(Re)build the review row, flags and search entry of one analysed letter."""
    analysis = letter.analysis or {}
    if review is None:
        review = LetterReview(letter_id=letter.id, status=letter.status, decided={})
        session.add(review)
    review.analyzed_at = letter.analyzed_at or letter.received_at
    review.received_on = local_date(letter.received_at)
    apply_derived(review, analysis)
    session.flush()
    session.execute(delete(LetterFlag).where(LetterFlag.letter_id == letter.id))
    session.add_all(LetterFlag(letter_id=letter.id, code=code) for code in flag_codes(analysis))
    index_text(session, letter, review)
    return review


def apply_derived(review: LetterReview, analysis: dict[str, Any]) -> None:
    values = derived_values(
        letter_id=review.letter_id,
        analysis=analysis,
        decided=review.decided or {},
        received_on=review.received_on,
        already_protected=bool(review.protected),
    )
    for key, value in values.items():
        setattr(review, key, value)


def index_text(session: Session, letter: Letter, review: LetterReview) -> None:
    """Index the letter's text; a protected letter without its identity, or a search by the
    denouncer's name would tell who wrote it."""
    body = letter_body(letter)
    if review.protected:
        values = masking.identity_values(letter.analysis, (review.decided or {}).get("fields"))
        body = masking.mask_text(body, masking.identity_spans(body, values))
    search.index_letter(session, letter.id, body)


# Filters and pages --------------------------------------------------------------------------------


@dataclass
class QueueFilter:
    label: str | None = None
    flag: str | None = None
    status: str | None = "analyzed"  # None: both analysed and reviewed
    field: str | None = None
    level: str | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    query: str | None = None
    assigned_to: int | None = None

    def as_params(self) -> dict[str, str]:
        """The filter as query parameters, to keep it across pages and in export links."""
        params = {
            "label": self.label,
            "flag": self.flag,
            "status": self.status if self.status is not None else "all",
            "field": self.field,
            "level": self.level,
            "from": self.received_from.isoformat() if self.received_from else None,
            "to": self.received_to.isoformat() if self.received_to else None,
            "q": self.query,
            "assigned": str(self.assigned_to) if self.assigned_to else None,
        }
        return {key: value for key, value in params.items() if value}


def parse_filter(params: Mapping[str, str | None]) -> QueueFilter:
    """A filter from query parameters; unknown values are ignored rather than refused."""

    def pick(key: str, allowed: tuple[str, ...] | None = None) -> str | None:
        value = (params.get(key) or "").strip()
        if not value or (allowed is not None and value not in allowed):
            return None
        return value[:100]

    status_value = (params.get("status") or "analyzed").strip()
    if status_value not in (*QUEUE_STATUSES, "all"):
        status_value = "analyzed"
    assigned = pick("assigned")
    return QueueFilter(
        label=pick("label", LABELS),
        flag=pick("flag"),
        status=None if status_value == "all" else status_value,
        field=pick("field"),
        level=pick("level", LEVELS),
        received_from=_date(params.get("from")),
        received_to=_date(params.get("to")),
        query=pick("q"),
        assigned_to=int(assigned) if assigned and assigned.isdigit() else None,
    )


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def filtered(session: Session, filters: QueueFilter) -> Select[Any]:
    query = select(LetterReview)
    if filters.status:
        query = query.where(LetterReview.status == filters.status)
    else:
        query = query.where(LetterReview.status.in_(QUEUE_STATUSES))
    if filters.label:
        query = query.where(LetterReview.label == filters.label)
    if filters.field:
        query = query.where(LetterReview.field == filters.field)
    if filters.level:
        query = query.where(LetterReview.addressee_level == filters.level)
    if filters.received_from:
        query = query.where(LetterReview.received_on >= filters.received_from)
    if filters.received_to:
        query = query.where(LetterReview.received_on <= filters.received_to)
    if filters.assigned_to:
        query = query.where(LetterReview.assigned_to == filters.assigned_to)
    if filters.flag:
        query = query.where(
            exists().where(
                and_(LetterFlag.letter_id == LetterReview.letter_id, LetterFlag.code == filters.flag)
            )
        )
    if filters.query:
        condition = search.matches(session, filters.query)
        if condition is not None:
            query = query.where(condition)
    return query


@dataclass
class QueueItem:
    letter_id: int
    status: str
    label: str
    predicted_label: str
    confidence: float
    flags: list[str]
    field: str
    addressee_level: str
    received_on: dt.date
    deadline: dt.date
    days_left: int  # working days; negative when overdue
    title: str | None
    addressee: str | None
    assigned_to: int | None
    protected: bool
    # The model's two likeliest labels: why the letter is uncertain, shown beside the label.
    top_two: list[tuple[str, float]] = dataclass_field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        body = dict(self.__dict__)
        body["id"] = body.pop("letter_id")
        body["received_on"] = self.received_on.isoformat()
        body["deadline"] = self.deadline.isoformat()
        body["top_two"] = [{"label": label, "probability": p} for label, p in self.top_two]
        return body


@dataclass
class QueuePage:
    items: list[QueueItem]
    total: int
    next_cursor: str | None = None
    previous_cursor: str | None = None
    filters: QueueFilter = field(default_factory=QueueFilter)


def queue_page(
    *,
    session: Session,
    user: User,
    filters: QueueFilter,
    after: str | None = None,
    before: str | None = None,
    limit: int = PAGE_SIZE,
) -> QueuePage:
    """One page of the queue in urgency order. Pages are keyset pages on the priority key (`after` /
    `before` cursors), so the hundredth page costs what the first does."""
    require(user, Permission.review)
    sync_reviews(session)
    base = filtered(session, filters)
    query = base
    if after:
        query = query.where(LetterReview.priority > after).order_by(LetterReview.priority)
    elif before:
        query = query.where(LetterReview.priority < before).order_by(LetterReview.priority.desc())
    else:
        query = query.order_by(LetterReview.priority)
    rows: list[LetterReview] = list(session.scalars(query.limit(limit + 1)).all())
    more = len(rows) > limit
    rows = rows[:limit]
    if before:
        rows.reverse()
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    items = _items(session, rows)
    has_next = more if not before else True
    has_previous = bool(after) or (more if before else False)
    return QueuePage(
        items=items,
        total=int(total),
        next_cursor=rows[-1].priority if rows and has_next else None,
        previous_cursor=rows[0].priority if rows and has_previous else None,
        filters=filters,
    )


def _items(session: Session, rows: list[LetterReview]) -> list[QueueItem]:
    if not rows:
        return []
    ids = [row.letter_id for row in rows]
    analyses: dict[int, Any] = dict(
        session.execute(select(Letter.id, Letter.analysis).where(Letter.id.in_(ids))).all()
    )
    flags: dict[int, list[str]] = {}
    for letter_id, code in session.execute(
        select(LetterFlag.letter_id, LetterFlag.code).where(LetterFlag.letter_id.in_(ids))
    ):
        flags.setdefault(letter_id, []).append(code)
    now = today()
    items = []
    for row in rows:
        analysis = analyses.get(row.letter_id) or {}
        rejected = {c for c, s in ((row.decided or {}).get("flags") or {}).items() if s == "rejected"}
        items.append(
            QueueItem(
                letter_id=row.letter_id,
                status=row.status,
                label=row.label,
                predicted_label=row.predicted_label,
                confidence=row.confidence,
                flags=[code for code in sorted(flags.get(row.letter_id, [])) if code not in rejected],
                field=row.field,
                addressee_level=row.addressee_level,
                received_on=row.received_on,
                deadline=row.deadline,
                days_left=working_days_between(now, row.deadline),
                title=((row.decided or {}).get("fields") or {}).get("title") or analysis.get("title"),
                addressee=_primary_addressee(analysis),
                assigned_to=row.assigned_to,
                protected=row.protected,
                top_two=top_two(analysis),
            )
        )
    return items


def _primary_addressee(analysis: dict[str, Any]) -> str | None:
    addressees = analysis.get("addressees") or []
    for addressee in addressees:
        if addressee.get("primary"):
            return str(addressee.get("name"))
    return str(addressees[0].get("name")) if addressees else None


def neighbours(session: Session, priority: str, filters: QueueFilter) -> tuple[int | None, int | None]:
    """The letters before and after this one in the queue, for J/K and for moving on after a decision."""
    base = filtered(session, filters)
    following: LetterReview | None = session.scalar(
        base.where(LetterReview.priority > priority).order_by(LetterReview.priority).limit(1)
    )
    preceding: LetterReview | None = session.scalar(
        base.where(LetterReview.priority < priority).order_by(LetterReview.priority.desc()).limit(1)
    )
    return (
        preceding.letter_id if preceding is not None else None,
        following.letter_id if following is not None else None,
    )


_flag_code_cache: dict[str, tuple[float, list[str]]] = {}
FLAG_CODES_TTL = 60.0


def known_flag_codes(session: Session) -> list[str]:
    """The flag codes present in the queue, for the filter's choices; cached a minute, since reading
    them is a scan of the flags index."""
    import time

    key = str(session.get_bind().engine.url)
    cached = _flag_code_cache.get(key)
    if cached is not None and time.monotonic() - cached[0] < FLAG_CODES_TTL:
        return cached[1]
    codes = sorted(session.scalars(select(LetterFlag.code).distinct()).all())
    _flag_code_cache[key] = (time.monotonic(), codes)
    return codes
