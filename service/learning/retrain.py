"""Retraining from reviewed letters: one function for the schedule, the admin's button and the CLI.

1. Take the training lock (a database row), so two workers never train at once.
2. Read the reviewed letters; skip when their (letter, label) pairs are those of the last training, or
   when fewer letters than the minimum were labelled since then.
3. Train a candidate into the data folder's models, measuring it and the active version on the same
   holdout; the gate's decision is written into the candidate's card.
4. Promote it when the gate passes (and promotion is wanted); otherwise it stays a candidate with the
   reason. Every run, skipped or failed ones included, is a row of `training_runs`.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from service.db.models import utcnow
from service.db.session import session_scope
from service.learning import records
from service.learning.gate import GateMargins
from service.learning.promotion import promote
from service.learning.records import TrainingLock, TrainingRun
from service.learning.registry import ModelPlaces, active_name, find_version, load_active_classifier
from service.learning.reviewed import labels_decided_since, labels_fingerprint, reviewed_letters
from service.learning.train import DEFAULT_SEED, train_model

log = logging.getLogger(__name__)
LOCK = "training"
TRAIN = "train"


class RetrainSettings(Protocol):
    @property
    def corpus_dir(self) -> Path: ...
    @property
    def models_dir(self) -> Path: ...
    @property
    def runtime_models_dir(self) -> Path: ...
    @property
    def effective_database_url(self) -> str: ...
    @property
    def gate_max_macro_f1_drop(self) -> float: ...
    @property
    def gate_max_recall_drop(self) -> float: ...
    @property
    def retrain_lock_seconds(self) -> int: ...


@dataclass(frozen=True)
class RunResult:
    run_id: int
    outcome: str
    version: str | None
    reason: str | None


def plan_run(
    *, fingerprint: str, last_fingerprint: str, new_labels: int, min_new_labels: int, force: bool
) -> tuple[str, str | None]:
    """(TRAIN or a skipped outcome, the reason) from what changed since the last training."""
    if force:
        return TRAIN, None
    if fingerprint == last_fingerprint:
        return records.SKIPPED_UNCHANGED, "the reviewed labels are those of the last training"
    if new_labels < min_new_labels:
        return (
            records.SKIPPED_FEW,
            f"{new_labels} newly reviewed label(s), fewer than the {min_new_labels} required",
        )
    return TRAIN, None


def retrain(
    settings: RetrainSettings,
    *,
    trigger: str,
    actor: str,
    min_new_labels: int,
    promote_when_gate_passes: bool = True,
    force: bool = False,
    seed: int = DEFAULT_SEED,
    train: Callable[..., Any] = train_model,
) -> RunResult:
    url = settings.effective_database_url
    holder = f"{socket.gethostname()}:{os.getpid()}:{trigger}"
    with session_scope(url) as session:
        locked = take_lock(session, holder, stale_after=dt.timedelta(seconds=settings.retrain_lock_seconds))
    if not locked:
        return _record_skip(url, trigger, actor, records.SKIPPED_BUSY, "another training is running")
    try:
        return _locked_retrain(
            settings,
            trigger=trigger,
            actor=actor,
            min_new_labels=min_new_labels,
            promote_when_gate_passes=promote_when_gate_passes,
            force=force,
            seed=seed,
            train=train,
        )
    finally:
        with session_scope(url) as session:
            release_lock(session, holder)


def _locked_retrain(
    settings: RetrainSettings,
    *,
    trigger: str,
    actor: str,
    min_new_labels: int,
    promote_when_gate_passes: bool,
    force: bool,
    seed: int,
    train: Callable[..., Any],
) -> RunResult:
    url = settings.effective_database_url
    places = ModelPlaces.of(settings)
    with session_scope(url) as session:
        letters = reviewed_letters(session)
        fingerprint = labels_fingerprint(letters)
        last = last_training(session)
        new_labels = labels_decided_since(session, last.started_at if last is not None else None)
        last_fingerprint = last.labels_fingerprint if last is not None else _active_fingerprint(places)
        step, reason = plan_run(
            fingerprint=fingerprint,
            last_fingerprint=last_fingerprint or "",
            new_labels=new_labels,
            min_new_labels=min_new_labels,
            force=force,
        )
        run = TrainingRun(
            started_at=utcnow(),
            trigger=trigger,
            actor=actor,
            outcome=records.RUNNING if step == TRAIN else step,
            reason=reason,
            reviewed_letters=len(letters),
            new_labels=new_labels,
            labels_fingerprint=fingerprint,
        )
        if step != TRAIN:
            run.finished_at = utcnow()
        session.add(run)
        session.flush()
        run_id = run.id
    if step != TRAIN:
        log.info("retraining skipped: %s", reason)
        return RunResult(run_id, step, None, reason)

    try:
        baseline = load_active_classifier(places) if active_name(places) else None
        version = train(
            corpus_dir=settings.corpus_dir,
            out_dir=places.runtime,
            seed=seed,
            extra=letters,
            baseline=baseline,
            margins=GateMargins(settings.gate_max_macro_f1_drop, settings.gate_max_recall_drop),
        )
    except Exception as error:
        log.exception("retraining failed")
        _finish(url, run_id, records.FAILED, None, f"{type(error).__name__}: {error}", None)
        raise
    gate = version.card.get("gate") or {}
    figures = {"gate": gate, "holdout_macro_f1": _macro_f1s(version.card)}
    if gate.get("promote") and promote_when_gate_passes:
        with session_scope(url) as session:
            promote(
                session,
                places,
                version.name,
                actor=actor,
                reason=f"gate {gate.get('reason')}",
                automatic=True,
            )
        outcome, reason = records.PROMOTED, str(gate.get("reason"))
    elif gate.get("promote"):
        outcome, reason = records.CANDIDATE, f"promotion turned off; the gate passed ({gate.get('reason')})"
    else:
        outcome, reason = records.CANDIDATE, str(gate.get("reason"))
    _finish(url, run_id, outcome, version.name, reason, figures)
    log.info("retraining: %s %s (%s)", outcome, version.name, reason)
    return RunResult(run_id, outcome, version.name, reason)


def _macro_f1s(card: dict[str, Any]) -> dict[str, Any]:
    baseline = (card.get("baseline") or {}).get("metrics") or {}
    return {
        view: {"candidate": report.get("macro_f1"), "active": (baseline.get(view) or {}).get("macro_f1")}
        for view, report in (card.get("metrics") or {}).items()
        if view.startswith("holdout")
    }


def _active_fingerprint(places: ModelPlaces) -> str:
    """What the active version was trained on; a version trained without reviewed letters (the shipped
    one) counts as trained on the empty set."""
    name = active_name(places)
    if name is not None:
        try:
            version, _ = find_version(places, name)
            reviewed = version.card.get("reviewed") or {}
            if reviewed.get("labels_fingerprint"):
                return str(reviewed["labels_fingerprint"])
        except LookupError:
            pass
    return labels_fingerprint([])


def _finish(
    url: str,
    run_id: int,
    outcome: str,
    version: str | None,
    reason: str | None,
    figures: dict[str, Any] | None,
) -> None:
    with session_scope(url) as session:
        run = session.get(TrainingRun, run_id)
        assert run is not None
        run.outcome, run.version, run.reason, run.figures = outcome, version, reason, figures
        run.finished_at = utcnow()


def _record_skip(url: str, trigger: str, actor: str, outcome: str, reason: str) -> RunResult:
    with session_scope(url) as session:
        now = utcnow()
        run = TrainingRun(
            started_at=now, finished_at=now, trigger=trigger, actor=actor, outcome=outcome, reason=reason
        )
        session.add(run)
        session.flush()
        return RunResult(run.id, outcome, None, reason)


def last_training(session: Session) -> TrainingRun | None:
    """The last run that trained a version (promoted or not): what 'new labels' are counted from."""
    return session.scalar(
        select(TrainingRun)
        .where(TrainingRun.outcome.in_(records.TRAINED))
        .order_by(TrainingRun.id.desc())
        .limit(1)
    )


def recent_runs(session: Session, limit: int = 50) -> list[TrainingRun]:
    return list(session.scalars(select(TrainingRun).order_by(TrainingRun.id.desc()).limit(limit)))


# The lock ----------------------------------------------------------------------------------------


def take_lock(session: Session, holder: str, *, stale_after: dt.timedelta) -> bool:
    """Insert the lock row; a row older than `stale_after` belonged to a dead worker and is replaced."""
    if _insert_lock(session, holder):
        return True
    existing = session.get(TrainingLock, LOCK)
    if existing is None or _aware(existing.acquired_at) >= utcnow() - stale_after:
        return False
    log.warning("taking over the training lock of %s, held since %s", existing.holder, existing.acquired_at)
    session.delete(existing)
    session.flush()
    return _insert_lock(session, holder)


def _insert_lock(session: Session, holder: str) -> bool:
    try:
        with session.begin_nested():
            session.add(TrainingLock(name=LOCK, holder=holder, acquired_at=utcnow()))
        return True
    except IntegrityError:
        return False


def release_lock(session: Session, holder: str) -> None:
    lock = session.get(TrainingLock, LOCK)
    if lock is not None and lock.holder == holder:
        session.delete(lock)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
