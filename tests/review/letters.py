"""Analysed letters put straight into the database, shaped as the pipeline stores them."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
from typing import Any

from PIL import Image, ImageDraw
from sqlalchemy.orm import Session

from service.db.models import Letter, LetterStatus, Original, Page, StatusChange
from service.intake.originals import OriginalStore

_counter = itertools.count(1)

DENUNCIATION = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "ĐƠN TỐ CÁO\n"
    "Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Phước\n"
    "Tôi tên là Trần Văn Bình, sinh năm 1970, CCCD số 079070001234, "
    "trú tại ấp Bình Lợi, xã Tân Phước, điện thoại 0912 345 678.\n"
    "Tôi tố cáo ông Nguyễn Văn Hùng, cán bộ địa chính xã, đã nhận tiền của các hộ dân "
    "để làm giả hồ sơ cấp giấy chứng nhận quyền sử dụng đất.\n"
    "Đề nghị xử lý nghiêm theo quy định.\n"
    "Người tố cáo\n"
    "Trần Văn Bình"
)
RECOMMENDATION = (
    "ĐƠN KIẾN NGHỊ\n"
    "Kính gửi: Ủy ban nhân dân xã Tân Phước\n"
    "Tôi tên là Lê Thị Hồng Nhung, trú tại ấp Bình Lợi.\n"
    "Đoạn đường liên ấp bị sụt lún, ngập nước khi mưa lớn, học sinh đi lại nguy hiểm. "
    "Tôi kiến nghị xã quan tâm sửa chữa đường đất đai.\n"
    "Người viết đơn\n"
    "Lê Thị Hồng Nhung"
)


def analysis_for(
    text: str,
    *,
    label: str,
    confidence: float = 0.9,
    petitioner: dict[str, Any] | None = None,
    flags: list[dict[str, Any]] | None = None,
    overreaching: bool = False,
    duplicates: list[dict[str, Any]] | None = None,
    field: str = "land",
    level: str = "commune",
    needs_review: bool = False,
    title: str | None = None,
) -> dict[str, Any]:
    others = [lab for lab in ("complaint", "denunciation", "recommendation", "other") if lab != label]
    probabilities = {label: confidence, **{lab: round((1 - confidence) / 3, 4) for lab in others}}
    evidence_word = "Kính gửi"
    start = text.find(evidence_word)
    return {
        "label": label,
        "confidence": confidence,
        "probabilities": probabilities,
        "needs_review": needs_review,
        "review_reason": "Độ tin cậy thấp" if needs_review else None,
        "title": title or text.splitlines()[0],
        "addressees": [{"name": "Ủy ban nhân dân xã Tân Phước", "level": level, "primary": True}],
        "petitioner": petitioner or {"name": None, "id_number": None, "address": None, "phone": None},
        "petitioners": [petitioner] if petitioner else [],
        "anonymous": petitioner is None,
        "collective": False,
        "signer_count": 1,
        "field": field,
        "date": "2026-11-02",
        "cited_documents": [],
        "targets": [{"name": "ông Nguyễn Văn Hùng", "level": "commune", "kind": "person"}],
        "overreaching": {
            "flag": overreaching,
            "addressee_level": level,
            "competent_level": "commune",
            "reason": "Gửi vượt cấp" if overreaching else None,
            "evidence": [{"start": start, "end": start + len(evidence_word), "text": evidence_word}]
            if overreaching and start >= 0
            else [],
        },
        "flags": flags or [],
        "duplicates": duplicates or [],
    }


BINH = {
    "name": "Trần Văn Bình",
    "id_number": "079070001234",
    "address": "ấp Bình Lợi, xã Tân Phước",
    "phone": "0912 345 678",
    "birth_year": 1970,
}
NHUNG = {
    "name": "Lê Thị Hồng Nhung",
    "id_number": None,
    "address": "ấp Bình Lợi",
    "phone": None,
    "birth_year": None,
}


def page_image(text: str, width: int = 600, height: int = 800) -> tuple[bytes, list[list[Any]]]:
    """A plain page with the text's words laid out, and the word boxes an OCR would give."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    words: list[list[Any]] = []
    y = 20
    for line in text.splitlines():
        x = 20
        for word in line.split():
            w = 7 * len(word) + 4
            if x + w > width - 20:
                x, y = 20, y + 22
            draw.text((x, y), word, fill="black")
            words.append([word, x, y, w, 14, 90.0])
            x += w + 6
        y += 24
    out = io.BytesIO()
    image.save(out, format="JPEG")
    return out.getvalue(), words


def insert_letter(
    session: Session,
    *,
    text: str,
    analysis: dict[str, Any] | None,
    uploaded_by: int | None = None,
    received_at: dt.datetime | None = None,
    status: str = LetterStatus.analyzed,
    store: OriginalStore | None = None,
) -> Letter:
    """An analysed letter with one page; the page image is stored when a store is given."""
    number = next(_counter)
    data = f"{number}:{text}".encode()
    sha = hashlib.sha256(data).hexdigest()
    original = Original(sha256=sha, media_type="image/jpeg", size=len(data), storage_key=f"x/{sha}")
    received = received_at or dt.datetime(2026, 11, 2, 3, 0, tzinfo=dt.UTC)
    letter = Letter(
        original=original,
        status=status,
        received_at=received,
        uploaded_by=uploaded_by,
        text=text,
        normalized_text=text if analysis is not None else None,
        analysis=analysis,
        analyzed_at=received + dt.timedelta(minutes=1) if analysis is not None else None,
        model_version="test",
    )
    session.add(letter)
    session.flush()
    image_key = None
    image, words = page_image(text)
    if store is not None:
        _, image_key = store.put(image)
    session.add(
        Page(
            letter_id=letter.id,
            number=1,
            source="ocr",
            text=text,
            mean_confidence=90.0,
            words=words,
            image_key=image_key,
            image_width=600,
            image_height=800,
        )
    )
    session.add(StatusChange(letter_id=letter.id, from_status=None, to_status="received", actor="test"))
    session.flush()
    return letter
