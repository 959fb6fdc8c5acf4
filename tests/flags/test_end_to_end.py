"""Flags on letters read by the real `parse_letter`: the structure comes from the text, as in service."""

from __future__ import annotations

import datetime as dt

import pytest

from service.flags import DuplicateIndex, LetterFingerprint, assess_flags, assess_overreaching
from service.understanding import parse_letter
from service.understanding.types import Petitioner
from tests.flags import letters

FRAME = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n{place}, ngày {day}\n\n{title}\n\n"
    "Kính gửi: {to}\n{copies}\n{body}\nTôi xin cam đoan những nội dung trên là đúng sự thật.\n\n"
    "Người làm đơn\n{name}\n"
)


def letter(to: str, day: str, title: str, body: str, *, copies: str = "", name: str = "Lê Văn Tám"):
    return parse_letter(
        FRAME.format(place="Phú Tân", day=day, title=title, to=to, copies=copies, body=body, name=name)
    )


VICE_CHAIRMAN = (
    "Tôi tên là Lê Văn Tám, sinh năm 1970, trú tại ấp Phú Hòa, xã Tân Phú, huyện Phú Tân, tỉnh An Giang.\n"
    "Tôi tố cáo ông Phạm Văn Sáu, Phó Chủ tịch UBND xã Tân Phú, đã nhận 50.000.000 đồng của ông Trần Văn "
    "Bé để ký xác nhận hồ sơ chuyển mục đích sử dụng đất trái quy định.\nĐề nghị làm rõ và xử lý nghiêm.\n"
)


def test_vice_chairman_of_a_commune_denounced_to_the_province_before_the_reform():
    result = assess_overreaching(
        letter("Chủ tịch UBND tỉnh An Giang", "10 tháng 9 năm 2024", "ĐƠN TỐ CÁO", VICE_CHAIRMAN),
        "denunciation",
    )
    assert result.flag
    assert (result.addressee_level, result.competent_level) == ("province", "district")
    assert "Đề nghị chuyển đơn đến Chủ tịch UBND huyện Phú Tân" in result.reason


def test_the_same_letter_after_the_reform_is_addressed_correctly():
    body = VICE_CHAIRMAN.replace(", huyện Phú Tân", "")
    result = assess_overreaching(
        letter(
            "Chủ tịch UBND tỉnh An Giang",
            "15 tháng 9 năm 2025",
            "ĐƠN TỐ CÁO",
            body,
            copies="Đồng kính gửi: Thanh tra Chính phủ",
        ),
        "denunciation",
    )
    assert not result.flag
    assert result.competent_level == "province"


def test_second_complaint_sent_to_the_centre_is_not_overreaching():
    body = (
        "Tôi tên là Nguyễn Thị Hoa, trú tại xã Tân Phú, huyện Phú Tân, tỉnh An Giang.\n"
        "Ngày 05/6/2024 Chủ tịch UBND xã Tân Phú ban hành Quyết định số 145/QĐ-UBND xử phạt gia đình tôi "
        "5.000.000 đồng. Tôi khiếu nại và ngày 20/8/2024 Chủ tịch UBND xã ban hành Quyết định giải quyết "
        "khiếu nại lần đầu số 160/QĐ-UBND giữ nguyên quyết định xử phạt.\nTôi không đồng ý với quyết "
        "định giải quyết khiếu nại lần đầu.\n"
    )
    parsed = letter(
        "Thanh tra Chính phủ", "2 tháng 10 năm 2024", "ĐƠN KHIẾU NẠI", body, name="Nguyễn Thị Hoa"
    )
    result = assess_overreaching(parsed, "complaint")
    assert not result.flag
    assert (result.competent_level, result.next_level) == ("commune", "district")
    flags = {flag.code: flag for flag in assess_flags(parsed, "complaint")}
    assert "complaint_time_barred" in flags and "160/QĐ-UBND" in flags["complaint_time_barred"].reason_vi


def test_village_road_sent_to_the_centre_belongs_to_the_commune():
    body = (
        "Tôi tên là Võ Văn Ba, trú tại ấp 2, xã Tân Phú, huyện Phú Tân, tỉnh An Giang.\n"
        "Đường liên ấp từ ấp 2 đến ấp 3 xã Tân Phú dài 1,5 km bị sụt lún nhiều đoạn, mùa mưa ngập "
        "sâu, học sinh đi học rất nguy hiểm.\n"
        "Kính đề nghị quan tâm sửa chữa tuyến đường.\n"
    )
    result = assess_overreaching(
        letter("Ban Tiếp công dân Trung ương", "3 tháng 4 năm 2024", "ĐƠN KIẾN NGHỊ", body, name="Võ Văn Ba"),
        "recommendation",
    )
    assert result.flag
    assert result.competent_level == "commune"
    assert result.reason.endswith("Đề nghị chuyển đơn đến UBND xã Tân Phú.")


def test_letters_to_the_press_are_not_overreaching():
    body = (
        "Tôi tên là Võ Văn Ba, trú tại ấp 2, xã Tân Phú.\nTôi khiếu nại Quyết định số 88/QĐ-UBND ngày "
        "02/3/2024 của UBND huyện Phú Tân thu hồi 300 m2 đất của gia đình tôi.\n"
    )
    result = assess_overreaching(
        letter("Báo Thanh Niên", "3 tháng 4 năm 2024", "ĐƠN KHIẾU NẠI", body), "complaint"
    )
    assert not result.flag and result.addressee_level == "none"


@pytest.fixture(scope="module")
def read():
    return {
        name: parse_letter(getattr(letters, name)().text)
        for name in ("original", "resent", "sent_elsewhere", "retyped", "neighbour", "other_matter")
    }


def test_duplicates_found_on_read_letters(read):
    index = DuplicateIndex()
    for name in ("original", "neighbour", "other_matter"):
        index.add(name, LetterFingerprint.from_parsed(read[name]))
    for name, reason in (
        ("resent", "gửi lại đơn cũ"),
        ("sent_elsewhere", "gửi nhiều nơi"),
        ("retyped", None),
    ):
        links = index.query(LetterFingerprint.from_parsed(read[name]))
        assert [link.id for link in links] == ["original"], name
        assert reason is None or links[0].reason == reason
    assert {link.id for link in index.query(LetterFingerprint.from_parsed(read["neighbour"]))} == {
        "neighbour"
    }


def test_collective_copies_found_on_read_letters():
    first = letters.collective(letters.LAN, ["Phạm Văn Tư", "Lê Thị Hoa", "Võ Văn Sáu"], dt.date(2024, 6, 3))
    other = Petitioner("Đặng Văn Nghĩa", 1960, "089060007777", "ấp Phú Hòa", "0909111222")
    second = letters.collective(other, ["Huỳnh Thị Mai", "Ngô Văn Tám"], dt.date(2024, 6, 5))
    index = DuplicateIndex()
    index.add("copy-1", LetterFingerprint.from_parsed(parse_letter(first.text)))
    links = index.query(LetterFingerprint.from_parsed(parse_letter(second.text)))
    assert [(link.id, link.reason) for link in links] == [("copy-1", "bản sao đơn tập thể")]
