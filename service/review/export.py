"""The register (sổ theo dõi đơn): letters with their decisions, as CSV or XLSX, filtered like the queue.

Columns follow the fields a reception office records (domain.md §6). A protected denouncer is masked in
every export; other petitioners' data leaving in a file is written to the audit log.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.db.models import Letter, Original, User
from service.review import audit, masking
from service.review.access import Permission, require
from service.review.models import LetterReview
from service.review.queue import QueueFilter, filtered, sync_reviews

MAX_ROWS = 100_000
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BATCH = 1000


@dataclass(frozen=True)
class Column:
    key: str
    vi: str
    en: str


COLUMNS = (
    Column("id", "Mã đơn", "Letter no."),
    Column("received_on", "Ngày nhận", "Received"),
    Column("channel", "Nguồn", "Source"),
    Column("filename", "Tệp gốc", "Original file"),
    Column("date", "Ngày viết đơn", "Letter date"),
    Column("petitioner_name", "Họ tên người gửi", "Petitioner"),
    Column("petitioner_address", "Địa chỉ", "Address"),
    Column("petitioner_id_number", "Số CCCD/CMND", "ID number"),
    Column("petitioner_phone", "Điện thoại", "Phone"),
    Column("signer_count", "Số người đứng tên", "Signers"),
    Column("target", "Người/cơ quan bị khiếu nại, tố cáo", "Body or person concerned"),
    Column("title", "Tiêu đề", "Title"),
    Column("field", "Lĩnh vực", "Subject area"),
    Column("label", "Loại đơn", "Type"),
    Column("predicted_label", "Loại đơn (máy đề xuất)", "Type (proposed)"),
    Column("confidence", "Độ tin cậy", "Confidence"),
    Column("addressee", "Nơi gửi (Kính gửi)", "Addressed to"),
    Column("addressee_level", "Cấp nhận đơn", "Addressee level"),
    Column("competent_level", "Cấp có thẩm quyền", "Competent level"),
    Column("overreaching", "Vượt cấp", "Overreaching"),
    Column("duplicates", "Đơn trùng với", "Duplicate of"),
    Column("flags", "Cảnh báo", "Flags"),
    Column("deadline", "Hạn xử lý", "Deadline"),
    Column("handler", "Cán bộ xử lý", "Handler"),
    Column("status", "Trạng thái", "Status"),
    Column("reviewed_by", "Người duyệt", "Reviewed by"),
    Column("reviewed_at", "Ngày duyệt", "Reviewed on"),
)
LABELS_VI = {
    "complaint": "Khiếu nại",
    "denunciation": "Tố cáo",
    "recommendation": "Kiến nghị, phản ánh",
    "other": "Khác",
}


def register_rows(
    *, session: Session, user: User, filters: QueueFilter, channel: str = "web"
) -> Iterator[list[Any]]:
    """The register's lines (without the header) in queue order; audited once the rows are built."""
    require(user, Permission.review)
    sync_reviews(session)
    names = dict(session.execute(select(User.id, User.name)).all())
    query = (
        filtered(session, filters)
        .add_columns(Letter, Original.filename)
        .join(Letter, Letter.id == LetterReview.letter_id)
        .join(Original, Original.id == Letter.original_id)
        .order_by(LetterReview.priority)
        .limit(MAX_ROWS)
    )
    exposed: list[int] = []
    for review, letter, filename in session.execute(query.execution_options(yield_per=BATCH)):
        row = register_line(review, letter, filename, names)
        if review.protected:
            for key in ("petitioner_name", "petitioner_address", "petitioner_id_number", "petitioner_phone"):
                row[key] = masking.MASK if row[key] else None
        elif any(row[key] for key in ("petitioner_name", "petitioner_address", "petitioner_id_number")):
            exposed.append(letter.id)
        yield [row[column.key] for column in COLUMNS]
    if exposed:
        shown = ", ".join(str(i) for i in exposed[:200]) + (" …" if len(exposed) > 200 else "")
        audit.record(session, user, audit.EXPORT, channel=channel, detail=f"{len(exposed)} letters: {shown}")


def register_line(
    review: LetterReview, letter: Letter, filename: str | None, names: dict[int, str]
) -> dict[str, Any]:
    analysis = letter.analysis or {}
    decided = review.decided or {}
    fields = decided.get("fields") or {}
    person = analysis.get("petitioner") or {}
    over = analysis.get("overreaching") or {}
    linked = [k for k, v in (decided.get("duplicates") or {}).items() if v == "linked"]
    proposed = [str(d.get("id")) for d in analysis.get("duplicates") or []]
    unlinked = {k for k, v in (decided.get("duplicates") or {}).items() if v == "unlinked"}
    duplicates = sorted(set(linked) | {p for p in proposed if p not in unlinked}, key=_numeric)
    rejected = {c for c, s in (decided.get("flags") or {}).items() if s == "rejected"}
    flag_names = [f.get("code") for f in analysis.get("flags") or [] if f.get("code") not in rejected]
    targets = "; ".join(str(t.get("name")) for t in analysis.get("targets") or [] if t.get("name"))
    addressees = analysis.get("addressees") or []
    return {
        "id": letter.id,
        "received_on": review.received_on.isoformat(),
        "channel": letter.channel,
        "filename": filename,
        "date": fields.get("date") or analysis.get("date"),
        "petitioner_name": fields.get("petitioner_name") or person.get("name"),
        "petitioner_address": fields.get("petitioner_address") or person.get("address"),
        "petitioner_id_number": fields.get("petitioner_id_number") or person.get("id_number"),
        "petitioner_phone": fields.get("petitioner_phone") or person.get("phone"),
        "signer_count": analysis.get("signer_count"),
        "target": fields.get("target") or targets or None,
        "title": fields.get("title") or analysis.get("title"),
        "field": review.field,
        "label": LABELS_VI.get(review.label, review.label),
        "predicted_label": LABELS_VI.get(review.predicted_label, review.predicted_label),
        "confidence": round(review.confidence, 3),
        "addressee": "; ".join(str(a.get("name")) for a in addressees) or None,
        "addressee_level": review.addressee_level,
        "competent_level": fields.get("competent_level") or over.get("competent_level"),
        "overreaching": _yes_no(bool(over.get("flag")) and "overreaching" not in rejected),
        "duplicates": ", ".join(duplicates) or None,
        "flags": ", ".join(str(f) for f in flag_names) or None,
        "deadline": review.deadline.isoformat(),
        "handler": names.get(review.assigned_to) if review.assigned_to else None,
        "status": review.status,
        "reviewed_by": names.get(review.reviewed_by) if review.reviewed_by else None,
        "reviewed_at": review.reviewed_at.date().isoformat() if review.reviewed_at else None,
    }


def _numeric(value: str) -> tuple[int, str]:
    return (int(value), "") if value.isdigit() else (0, value)


def _yes_no(value: bool) -> str:
    return "Có" if value else "Không"


def header(language: str = "vi") -> list[str]:
    return [column.vi if language == "vi" else column.en for column in COLUMNS]


def to_csv(rows: Iterator[list[Any]], language: str = "vi") -> bytes:
    """UTF-8 with a byte-order mark, so Excel on a Vietnamese Windows opens the accents right."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header(language))
    for row in rows:
        writer.writerow(["" if value is None else _safe_cell(value) for value in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(rows: Iterator[list[Any]], language: str = "vi") -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Sổ theo dõi đơn" if language == "vi" else "Register")
    sheet.append(header(language))
    for row in rows:
        sheet.append([_safe_cell(value) if isinstance(value, str) else value for value in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _safe_cell(value: Any) -> Any:
    # A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
