"""Tables of the learning loop: training runs, promotions, and the lock that keeps trainings one at a time.

They live in the database, not beside the model files, so every worker, every API process and the admin
page see the same history. `model_promotions` is append-only (the database refuses UPDATE and DELETE): it is
the record of who put which model in charge, when and why.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from service.db.models import Base, utcnow

# Outcomes of a training run.
RUNNING = "running"
PROMOTED = "promoted"
CANDIDATE = "candidate"  # trained, kept beside the active version: the gate refused it or promotion was off
SKIPPED_UNCHANGED = "skipped_unchanged"  # the reviewed labels are those of the last training
SKIPPED_FEW = "skipped_few"  # fewer new reviewed labels than the minimum
SKIPPED_BUSY = "skipped_busy"  # another training holds the lock
FAILED = "failed"
OUTCOMES = (RUNNING, PROMOTED, CANDIDATE, SKIPPED_UNCHANGED, SKIPPED_FEW, SKIPPED_BUSY, FAILED)
TRAINED = (PROMOTED, CANDIDATE)


class TrainingRun(Base):
    __tablename__ = "training_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    trigger: Mapped[str] = mapped_column(String(16))  # schedule | admin | cli
    actor: Mapped[str] = mapped_column(String(100))  # "schedule", "user:3", "cli"
    outcome: Mapped[str] = mapped_column(String(24), default=RUNNING)
    version: Mapped[str | None] = mapped_column(String(100))  # the version trained, if any
    reason: Mapped[str | None] = mapped_column(Text)  # the gate's reason, why it skipped, or the error
    reviewed_letters: Mapped[int] = mapped_column(Integer, default=0)  # reviewed labels available
    new_labels: Mapped[int] = mapped_column(Integer, default=0)  # labelled since the last training
    # Of the set of (letter, label) pairs the run saw: unchanged pairs mean nothing new to learn.
    labels_fingerprint: Mapped[str | None] = mapped_column(String(64))
    figures: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # the gate's comparison


class ModelPromotion(Base):
    """Append-only: every change of the active model version."""

    __tablename__ = "model_promotions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))  # "user:3", "cli", "schedule"
    automatic: Mapped[bool] = mapped_column(Boolean, default=False)
    kind: Mapped[str] = mapped_column(String(16))  # promote | rollback
    from_version: Mapped[str | None] = mapped_column(String(100))
    to_version: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)


class TrainingLock(Base):
    """At most one row: the training in progress. Taken by INSERT, so two workers cannot both win."""

    __tablename__ = "training_lock"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    acquired_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
