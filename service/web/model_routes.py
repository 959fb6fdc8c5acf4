"""Administration of the label model: versions side by side, promotion, rollback, retraining, re-analysis."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from service.api.deps import SessionDep, SettingsDep
from service.classification import LABELS, ModelFileError
from service.learning import operations
from service.learning.promotion import PromotionError
from service.pipeline import dispatch
from service.review.access import Permission
from service.web.pages import Checked, SignedIn, needs, render

router = APIRouter(include_in_schema=False)
PAGE = "/admin/models"


def _back(notice: str | None = None, error: str | None = None) -> Response:
    query = f"?notice={quote(notice)}" if notice else (f"?error={quote(error)}" if error else "")
    return RedirectResponse(PAGE + query, status_code=303)


@router.get(PAGE)
def models_page(request: Request, signed: SignedIn, session: SessionDep, settings: SettingsDep) -> Response:
    user = needs(signed, Permission.manage_models)
    overview = operations.models_overview(session=session, user=user, settings=settings)
    context = {
        "overview": overview,
        "model_labels": LABELS,
        "notice": request.query_params.get("notice"),
        "error": request.query_params.get("error"),
        "min_new_labels": settings.retrain_min_new_labels,
        "margins": (settings.gate_max_macro_f1_drop, settings.gate_max_recall_drop),
    }
    return render(request, "models.html", context, signed=signed)


@router.post(PAGE + "/{name}/promote")
def promote(
    name: str,
    signed: Checked,
    session: SessionDep,
    settings: SettingsDep,
    reason: Annotated[str, Form()] = "",
) -> Response:
    user = needs(signed, Permission.manage_models)
    try:
        operations.promote_version(
            session=session, user=user, settings=settings, name=name, reason=reason.strip() or None
        )
    except (PromotionError, ModelFileError, ValueError) as error:
        session.rollback()
        return _back(error=str(error))
    session.commit()
    return _back(notice="promoted")


@router.post(PAGE + "/rollback")
def rollback(
    signed: Checked, session: SessionDep, settings: SettingsDep, reason: Annotated[str, Form()] = ""
) -> Response:
    user = needs(signed, Permission.manage_models)
    try:
        operations.rollback_version(
            session=session, user=user, settings=settings, reason=reason.strip() or None
        )
    except (PromotionError, ModelFileError, ValueError) as error:
        session.rollback()
        return _back(error=str(error))
    session.commit()
    return _back(notice="rolled_back")


@router.post(PAGE + "/retrain")
def retrain(signed: Checked, settings: SettingsDep, force: Annotated[str, Form()] = "") -> Response:
    user = needs(signed, Permission.manage_models)
    queued = dispatch.retrain(settings, trigger="admin", actor=f"user:{user.id}", force=force == "1")
    return _back(notice="retrain_queued") if queued else _back(error="broker")


@router.post(PAGE + "/reanalyze")
def reanalyze(signed: Checked, session: SessionDep, settings: SettingsDep) -> Response:
    user = needs(signed, Permission.manage_models)
    ids = operations.reanalysis_targets(session=session, user=user, settings=settings)
    session.commit()
    for letter_id in ids:
        dispatch.reanalyze(settings, letter_id)
    return _back(notice="reanalyze_queued")
