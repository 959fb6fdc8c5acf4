"""Putting a version in charge, by hand or by the gate, and going back: each change is one history row.

The runtime `ACTIVE` file is what workers obey (they check it before every letter); the history row in
the database says who changed it, when, from what, and why.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.db.models import utcnow
from service.learning.records import ModelPromotion
from service.learning.registry import RUNTIME, ModelPlaces, active_name, find_version, set_active
from service.learning.versions import active_version_name

PROMOTE = "promote"
ROLLBACK = "rollback"


class PromotionError(ValueError):
    """A promotion or rollback that cannot be done, with the reason."""


def promote(
    session: Session,
    places: ModelPlaces,
    name: str,
    *,
    actor: str,
    reason: str,
    automatic: bool = False,
    kind: str = PROMOTE,
) -> ModelPromotion:
    """Make `name` the active version and record it; the caller commits."""
    try:
        previous = set_active(places, name)
    except LookupError as error:
        raise PromotionError(str(error)) from None
    row = ModelPromotion(
        at=utcnow(),
        actor=actor,
        automatic=automatic,
        kind=kind,
        from_version=previous,
        to_version=name,
        reason=reason,
    )
    session.add(row)
    session.flush()
    return row


def rollback_target(session: Session, places: ModelPlaces) -> str:
    """The version that was active before the current one was promoted (a second rollback goes one
    step further back); without history, the shipped version."""
    current = active_name(places)
    if current is None:
        raise PromotionError("no active version")
    promoted = session.scalar(
        select(ModelPromotion)
        .where(ModelPromotion.kind == PROMOTE, ModelPromotion.to_version == current)
        .order_by(ModelPromotion.id.desc())
        .limit(1)
    )
    if promoted is not None and promoted.from_version and promoted.from_version != current:
        return promoted.from_version
    shipped = active_version_name(places.shipped)
    _, origin = find_version(places, current)
    if origin == RUNTIME and shipped and shipped != current:
        return shipped
    raise PromotionError(f"nothing to roll back to: {current} ({origin}) has no predecessor")


def rollback(
    session: Session, places: ModelPlaces, *, actor: str, reason: str | None = None
) -> ModelPromotion:
    target = rollback_target(session, places)
    return promote(session, places, target, actor=actor, reason=reason or "rollback", kind=ROLLBACK)


def promotion_history(session: Session, limit: int = 50) -> list[ModelPromotion]:
    return list(session.scalars(select(ModelPromotion).order_by(ModelPromotion.id.desc()).limit(limit)))
