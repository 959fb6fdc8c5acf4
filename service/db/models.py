"""The tables: originals, letters, their pages, the status log and the users.

Status log rows are never updated or deleted (a database trigger refuses it): they are the letter's history.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class LetterStatus(enum.StrEnum):
    received = "received"
    processing = "processing"
    analyzed = "analyzed"
    failed = "failed"
    reviewed = "reviewed"


class Role(enum.StrEnum):
    clerk = "clerk"
    reviewer = "reviewer"
    admin = "admin"


class Original(Base):
    """An uploaded file exactly as received, stored once by its SHA-256."""

    __tablename__ = "originals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    media_type: Mapped[str | None] = mapped_column(String(64))  # sniffed from the bytes; None = unknown
    size: Mapped[int] = mapped_column(BigInteger)
    storage_key: Mapped[str] = mapped_column(String(200))
    filename: Mapped[str | None] = mapped_column(String(300))  # as first uploaded; informative only
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Letter(Base):
    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    original_id: Mapped[int] = mapped_column(ForeignKey("originals.id"), unique=True)
    status: Mapped[str] = mapped_column(String(16), index=True, default=LetterStatus.received)
    channel: Mapped[str] = mapped_column(String(32), default="upload")  # upload, ingest, api
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    status_changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # When the sweep last re-sent the letter to a queue, so it is not re-sent at every sweep.
    redispatched_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_vi: Mapped[str | None] = mapped_column(Text)
    error_en: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)  # as read, pages joined
    # The normalised text the analysis' evidence spans point into.
    normalized_text: Mapped[str | None] = mapped_column(Text)
    analysis: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    model_version: Mapped[str | None] = mapped_column(String(64))
    analyzed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    original: Mapped[Original] = relationship(lazy="joined")
    pages: Mapped[list[Page]] = relationship(
        back_populates="letter", order_by="Page.number", cascade="all, delete-orphan"
    )


class Page(Base):
    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("letter_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16))  # text-layer | ocr
    text: Mapped[str] = mapped_column(Text)
    mean_confidence: Mapped[float] = mapped_column(Float)
    rotation: Mapped[int] = mapped_column(Integer, default=0)
    skew: Mapped[float] = mapped_column(Float, default=0.0)
    words: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [[text, left, top, width, height, conf]]
    image_key: Mapped[str | None] = mapped_column(String(200))
    image_width: Mapped[int | None] = mapped_column(Integer)
    image_height: Mapped[int | None] = mapped_column(Integer)

    letter: Mapped[Letter] = relationship(back_populates="pages")


class StatusChange(Base):
    """Append-only: one row per status transition of a letter."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, server_default=func.now()
    )
    actor: Mapped[str] = mapped_column(String(100))  # "user:3", "worker", "sweep"
    note: Mapped[str | None] = mapped_column(Text)


class Fingerprint(Base):
    """A letter's duplicate-search signature. `seq` grows in the order letters were analysed, so a worker
    catches up with the letters others analysed by reading the rows past the last one it saw."""

    __tablename__ = "fingerprints"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"), unique=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
