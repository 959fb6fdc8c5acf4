"""What an administrator does with model versions, for the admin page and the API alike.

Keyword-only functions that check the user's role themselves; the routes around them only translate
HTTP. Sending work to the queues stays with the caller, after its transaction is committed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.db.models import Letter, LetterStatus, User
from service.learning.promotion import promote, promotion_history, rollback
from service.learning.records import ModelPromotion, TrainingRun
from service.learning.registry import CatalogueEntry, ModelPlaces, ModelSettings, active_name, catalogue
from service.learning.retrain import recent_runs
from service.learning.summary import VersionSummary, version_summary
from service.review.access import Permission, require


@dataclass(frozen=True)
class VersionRow:
    name: str
    origin: str
    active: bool
    summary: VersionSummary
    card: dict[str, Any]


@dataclass(frozen=True)
class ModelsOverview:
    active: str | None
    versions: list[VersionRow]  # newest first
    promotions: list[ModelPromotion]
    runs: list[TrainingRun]
    unreviewed_on_other_versions: int


def _row(entry: CatalogueEntry) -> VersionRow:
    card = entry.version.card
    return VersionRow(entry.version.name, entry.origin, entry.active, version_summary(card), card)


def models_overview(*, session: Session, user: User, settings: ModelSettings) -> ModelsOverview:
    require(user, Permission.manage_models)
    places = ModelPlaces.of(settings)
    current = active_name(places)
    return ModelsOverview(
        active=current,
        versions=[_row(entry) for entry in reversed(catalogue(places))],
        promotions=promotion_history(session),
        runs=recent_runs(session),
        unreviewed_on_other_versions=len(letters_to_reanalyze(session, current)) if current else 0,
    )


def promote_version(
    *, session: Session, user: User, settings: ModelSettings, name: str, reason: str | None = None
) -> ModelPromotion:
    """A person decides: the version becomes active whatever the gate said; the caller commits."""
    require(user, Permission.manage_models)
    return promote(
        session, ModelPlaces.of(settings), name, actor=f"user:{user.id}", reason=reason or "promoted by hand"
    )


def rollback_version(
    *, session: Session, user: User, settings: ModelSettings, reason: str | None = None
) -> ModelPromotion:
    require(user, Permission.manage_models)
    return rollback(
        session, ModelPlaces.of(settings), actor=f"user:{user.id}", reason=reason or "rolled back"
    )


def may_retrain(user: User) -> None:
    require(user, Permission.manage_models)


def letters_to_reanalyze(session: Session, version: str | None) -> list[int]:
    """Analysed letters nobody has confirmed yet whose analysis came from another model version."""
    query = select(Letter.id).where(Letter.status == LetterStatus.analyzed).order_by(Letter.id)
    if version is not None:
        query = query.where((Letter.model_version != version) | Letter.model_version.is_(None))
    return list(session.scalars(query))


def reanalysis_targets(*, session: Session, user: User, settings: ModelSettings) -> list[int]:
    require(user, Permission.manage_models)
    return letters_to_reanalyze(session, active_name(ModelPlaces.of(settings)))


def promotion_json(row: ModelPromotion) -> dict[str, Any]:
    return {
        "at": row.at.isoformat(),
        "actor": row.actor,
        "automatic": row.automatic,
        "kind": row.kind,
        "from": row.from_version,
        "to": row.to_version,
        "reason": row.reason,
    }


def run_json(run: TrainingRun) -> dict[str, Any]:
    return {
        "id": run.id,
        "started_at": run.started_at.isoformat(),
        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
        "trigger": run.trigger,
        "actor": run.actor,
        "outcome": run.outcome,
        "version": run.version,
        "reason": run.reason,
        "reviewed_letters": run.reviewed_letters,
        "new_labels": run.new_labels,
        "figures": run.figures,
    }


def version_json(row: VersionRow) -> dict[str, Any]:
    s = row.summary
    return {
        "name": row.name,
        "origin": row.origin,
        "active": row.active,
        "trained_at": s.trained_at,
        "holdout_macro_f1": None if s.holdout_f1 == "n/a" else float(s.holdout_f1),
        "holdout_letters": s.holdout_letters,
        "reviewed_letters": s.reviewed,
        "per_label_recall": s.per_label_recall,
        "confusion": s.confusion,
        "gate": row.card.get("gate"),
        "metrics": row.card.get("metrics"),
        "baseline": row.card.get("baseline"),
    }
