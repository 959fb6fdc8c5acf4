"""Model versions over HTTP (admins): the overview, promotion, rollback, retraining, re-analysis."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, status
from pydantic import BaseModel, Field

from service.api.deps import CurrentUser, SessionDep, SettingsDep
from service.classification import ModelFileError
from service.learning import operations
from service.learning.promotion import PromotionError
from service.pipeline import dispatch
from service.review.access import Forbidden

router = APIRouter(tags=["models"])
FORBIDDEN = HTTPException(status.HTTP_403_FORBIDDEN, detail="Không có quyền / Forbidden")


class ReasonBody(BaseModel):
    reason: str | None = Field(None, max_length=1000)


class RetrainBody(BaseModel):
    force: bool = Field(False, description="Train even if the reviewed labels did not change")


@router.get("/api/v1/models")
def models(user: CurrentUser, session: SessionDep, settings: SettingsDep) -> dict[str, Any]:
    """Every version with its held-out figures and the gate's decision, promotions and training runs."""
    try:
        overview = operations.models_overview(session=session, user=user, settings=settings)
    except Forbidden:
        raise FORBIDDEN from None
    return {
        "active": overview.active,
        "versions": [operations.version_json(row) for row in overview.versions],
        "promotions": [operations.promotion_json(row) for row in overview.promotions],
        "runs": [operations.run_json(run) for run in overview.runs],
        "unreviewed_on_other_versions": overview.unreviewed_on_other_versions,
    }


def _changed(action: Any) -> dict[str, Any]:
    try:
        row = action()
    except Forbidden:
        raise FORBIDDEN from None
    except (PromotionError, ModelFileError, ValueError) as error:
        raise HTTPException(status.HTTP_409_CONFLICT, detail=str(error)) from None
    return operations.promotion_json(row)


@router.post("/api/v1/models/{name}/promote")
def promote(
    name: str, body: ReasonBody, user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> dict[str, Any]:
    """Make a version active, whatever the gate said; workers use it from their next letter."""
    result = _changed(
        lambda: operations.promote_version(
            session=session, user=user, settings=settings, name=name, reason=body.reason
        )
    )
    session.commit()
    return result


@router.post("/api/v1/models/rollback")
def rollback(
    body: ReasonBody, user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> dict[str, Any]:
    result = _changed(
        lambda: operations.rollback_version(session=session, user=user, settings=settings, reason=body.reason)
    )
    session.commit()
    return result


@router.post("/api/v1/models/retrain", status_code=status.HTTP_202_ACCEPTED)
def retrain(body: RetrainBody, user: CurrentUser, settings: SettingsDep) -> dict[str, Any]:
    """Queue a retraining on the maintenance queue; its outcome appears in the runs."""
    try:
        operations.may_retrain(user)
    except Forbidden:
        raise FORBIDDEN from None
    if not dispatch.retrain(settings, trigger="admin", actor=f"user:{user.id}", force=body.force):
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE, detail="Hàng đợi không sẵn sàng / Broker down"
        )
    return {"queued": True}


@router.post("/api/v1/models/reanalyze", status_code=status.HTTP_202_ACCEPTED)
def reanalyze(user: CurrentUser, session: SessionDep, settings: SettingsDep) -> dict[str, Any]:
    """Analyse again, with the active model, every letter not yet reviewed that another model analysed."""
    try:
        ids = operations.reanalysis_targets(session=session, user=user, settings=settings)
    except Forbidden:
        raise FORBIDDEN from None
    session.commit()
    queued = sum(dispatch.reanalyze(settings, letter_id) for letter_id in ids)
    return {"letters": len(ids), "queued": queued}
