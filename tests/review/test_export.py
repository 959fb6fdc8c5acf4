from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from service.review import audit
from service.review.access import Forbidden
from service.review.decisions import ReviewChange, apply_review
from service.review.export import COLUMNS, header, register_rows, to_csv, to_xlsx
from service.review.models import AuditEntry
from service.review.queue import QueueFilter, sync_reviews
from tests.review.letters import BINH, DENUNCIATION, NHUNG, RECOMMENDATION, analysis_for, insert_letter

EXPECTED_VI = [
    "Mã đơn",
    "Ngày nhận",
    "Nguồn",
    "Tệp gốc",
    "Ngày viết đơn",
    "Họ tên người gửi",
    "Địa chỉ",
    "Số CCCD/CMND",
    "Điện thoại",
    "Số người đứng tên",
    "Người/cơ quan bị khiếu nại, tố cáo",
    "Tiêu đề",
    "Lĩnh vực",
    "Loại đơn",
    "Loại đơn (máy đề xuất)",
    "Độ tin cậy",
    "Nơi gửi (Kính gửi)",
    "Cấp nhận đơn",
    "Cấp có thẩm quyền",
    "Vượt cấp",
    "Đơn trùng với",
    "Cảnh báo",
    "Hạn xử lý",
    "Cán bộ xử lý",
    "Trạng thái",
    "Người duyệt",
    "Ngày duyệt",
]


@pytest.fixture
def letters(install):
    with install.session() as session:
        road = insert_letter(
            session,
            text=RECOMMENDATION,
            analysis=analysis_for(
                RECOMMENDATION, label="complaint", petitioner=NHUNG, title='=HYPERLINK("http://x")'
            ),
        ).id
        bribe = insert_letter(
            session,
            text=DENUNCIATION,
            analysis=analysis_for(DENUNCIATION, label="denunciation", petitioner=BINH, overreaching=True),
        ).id
        session.commit()
        sync_reviews(session)
        reviewer = install.user(session, "reviewer")
        apply_review(
            session=session,
            user=reviewer,
            letter_id=road,
            change=ReviewChange(label="recommendation", confirm=True, duplicates={bribe: "linked"}),
        )
        session.commit()
    return road, bribe


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_register_columns_in_both_languages():
    assert header("vi") == EXPECTED_VI
    assert len(header("en")) == len(COLUMNS) and header("en")[0] == "Letter no."


def test_csv_register_with_decisions_and_masked_denouncer(install, letters):
    road, bribe = letters
    with install.session() as session:
        admin = install.user(session, "admin")
        rows = {
            int(r["Mã đơn"]): r
            for r in _csv_rows(
                to_csv(register_rows(session=session, user=admin, filters=QueueFilter(status=None)))
            )
        }
        session.commit()
        assert set(rows) == {road, bribe}
        assert rows[road]["Loại đơn"] == "Kiến nghị, phản ánh"
        assert rows[road]["Loại đơn (máy đề xuất)"] == "Khiếu nại"
        assert rows[road]["Người duyệt"] == "reviewer" and rows[road]["Trạng thái"] == "reviewed"
        assert rows[road]["Đơn trùng với"] == str(bribe) and rows[bribe]["Đơn trùng với"] == str(road)
        assert rows[road]["Họ tên người gửi"] == "Lê Thị Hồng Nhung"
        assert rows[road]["Tiêu đề"].startswith("'="), "no formula runs in a spreadsheet"
        assert rows[bribe]["Vượt cấp"] == "Có"
        for column in ("Họ tên người gửi", "Địa chỉ", "Số CCCD/CMND", "Điện thoại"):
            assert rows[bribe][column] == "[đã che]", column
        assert rows[bribe]["Hạn xử lý"] == "2026-11-11"
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == audit.EXPORT)).all()
        assert len(entries) == 1 and entries[0].detail.startswith(f"1 letters: {road}")


def test_xlsx_register_is_filtered_like_the_queue(install, letters):
    road, bribe = letters
    with install.session() as session:
        reviewer = install.user(session, "reviewer")
        data = to_xlsx(
            register_rows(session=session, user=reviewer, filters=QueueFilter(label="denunciation"))
        )
    sheet = load_workbook(io.BytesIO(data)).active
    values = list(sheet.values)
    assert list(values[0]) == EXPECTED_VI
    assert [row[0] for row in values[1:]] == [bribe]
    assert "Trần Văn Bình" not in repr(values)


def test_clerks_cannot_export(install, letters):
    with install.session() as session, pytest.raises(Forbidden):
        list(register_rows(session=session, user=install.user(session, "clerk"), filters=QueueFilter()))
