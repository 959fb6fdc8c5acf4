"""Tables of the review: one working row per analysed letter, the decision history and the audit log.

`LetterReview` is derived from the letter's analysis plus the decisions taken on it; it exists so the
queue can be ordered and filtered through indexes at 100,000 letters instead of reading JSON. The history
(`ReviewDecision`) and the audit log (`AuditEntry`) are append-only: the database refuses UPDATE and DELETE.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from service.db.models import Base, utcnow


class LetterReview(Base):
    __tablename__ = "letter_reviews"
    __table_args__ = (
        Index("ix_letter_reviews_queue", "status", "priority"),
        Index("ix_letter_reviews_label", "status", "label", "priority"),
    )

    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))  # analyzed | reviewed, mirrors the letter
    analyzed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)  # in Vietnam's time zone
    predicted_label: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(16))  # the decided label, else the predicted one
    confidence: Mapped[float] = mapped_column(Float)
    flag_count: Mapped[int] = mapped_column(Integer, default=0)  # flags proposed and not rejected
    field: Mapped[str] = mapped_column(String(32), index=True)
    addressee_level: Mapped[str] = mapped_column(String(16), index=True)
    deadline: Mapped[dt.date] = mapped_column(Date)
    # One sortable string (deadline, flags, confidence, id) so urgency order and keyset pages use one index.
    priority: Mapped[str] = mapped_column(String(40))
    # The denouncer's identity is protected (Luật Tố cáo): set once the letter looks like a denunciation and
    # never cleared by a reviewer, so relabelling cannot be used to unmask.
    protected: Mapped[bool] = mapped_column(Boolean, default=False)
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # The current decisions: {"label", "flags": {code: state}, "duplicates": {id: state}, "fields": {...}}.
    decided: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class LetterFlag(Base):
    """The flags of a letter, one row each, so the queue can filter by flag through an index."""

    __tablename__ = "letter_flags"
    __table_args__ = (Index("ix_letter_flags_code", "code", "letter_id"),)

    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), primary_key=True)


class ReviewDecision(Base):
    """Append-only: who decided what on a letter, when, and the value before and after."""

    __tablename__ = "review_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    kind: Mapped[str] = mapped_column(String(24))  # label, confirm, flag, duplicate, field, note, assign
    subject: Mapped[str | None] = mapped_column(String(100))  # flag code, duplicate's id, field name
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)


class AuditEntry(Base):
    """Append-only: every view of personal data, every unmasking, every export of them."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Copied, so the entry still says who it was if the account is renamed.
    user_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(32))  # view_personal_data, unmask, export_personal_data
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))  # web, api
    detail: Mapped[str | None] = mapped_column(Text)
