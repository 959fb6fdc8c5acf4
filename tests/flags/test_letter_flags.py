"""The other flags: anonymous, collective, many recipients, several contents, complaint time limits."""

from __future__ import annotations

import datetime as dt

from service.flags import assess_flags
from service.understanding.types import Petitioner
from tests.flags.builders import document, parsed


def codes(letter, label="complaint"):
    return {flag.code: flag for flag in assess_flags(letter, label)}


def test_a_plain_letter_to_one_body_has_no_flag():
    text = (
        "Kính gửi: UBND xã Tân Phú\nĐường liên thôn bị hư hỏng, đề nghị sửa chữa.\nNgười làm đơn: Lê Văn An"
    )
    letter = parsed(
        text,
        addressees=[("UBND xã Tân Phú", "commune")],
        petitioners=[Petitioner("Lê Văn An")],
        date=dt.date(2024, 5, 1),
    )
    assert assess_flags(letter, "recommendation") == []


def test_anonymous_denunciation_cites_the_denunciation_law():
    text = "Kính gửi: Thanh tra huyện\nMột người dân tố cáo cán bộ địa chính xã nhận tiền.\n(không ký tên)"
    letter = parsed(
        text,
        addressees=[("Thanh tra huyện", "district")],
        anonymous=True,
        evidence={"anonymous": ["Một người dân", "(không ký tên)"]},
    )
    flag = codes(letter, "denunciation")["anonymous"]
    assert "nặc danh" in flag.reason_vi and "Điều 25 Luật Tố cáo" in flag.reason_vi
    assert [span.text for span in flag.evidence] == ["Một người dân", "(không ký tên)"]
    assert "Điều 6 Thông tư 05/2021" in codes(letter, "recommendation")["anonymous"].reason_vi


def test_collective_complaint_counts_signers_and_asks_for_representatives():
    text = "Kính gửi: UBND xã Tân Phú\nChúng tôi gồm 12 hộ dân ấp 3 khiếu nại phương án bồi thường."
    letter = parsed(
        text,
        addressees=[("UBND xã Tân Phú", "commune")],
        signer_count=12,
        petitioners=[Petitioner("Lê Văn An"), Petitioner("Trần Thị Bé")],
        evidence={"collective": ["Chúng tôi gồm 12 hộ dân"]},
    )
    flag = codes(letter)["collective"]
    assert "12 người ký tên" in flag.reason_vi and "người đại diện" in flag.reason_vi
    assert flag.evidence[0].text == "Chúng tôi gồm 12 hộ dân"


def test_many_recipients_counts_distinct_bodies():
    one_body = "Kính gửi: Chủ tịch UBND xã Tân Phú\nĐồng kính gửi: UBND xã Tân Phú\nNội dung."
    letter = parsed(
        one_body, addressees=[("Chủ tịch UBND xã Tân Phú", "commune"), ("UBND xã Tân Phú", "commune")]
    )
    assert "many_recipients" not in codes(letter)
    three = "Kính gửi: UBND xã Tân Phú\nĐồng kính gửi: Thanh tra tỉnh An Giang; Báo Nhân Dân\nNội dung."
    letter = parsed(
        three,
        addressees=[
            ("UBND xã Tân Phú", "commune"),
            ("Thanh tra tỉnh An Giang", "province"),
            ("Báo Nhân Dân", "none"),
        ],
    )
    flag = codes(letter)["many_recipients"]
    assert "3 nơi" in flag.reason_vi
    assert [span.text for span in flag.evidence] == [
        "UBND xã Tân Phú",
        "Thanh tra tỉnh An Giang",
        "Báo Nhân Dân",
    ]


def test_several_contents():
    text = "Thứ nhất, đề nghị cấp lại sổ đỏ. Thứ hai, tố cáo trưởng ấp nhận tiền."
    letter = parsed(text, contents=["đề nghị cấp lại sổ đỏ", "tố cáo trưởng ấp nhận tiền"])
    flag = codes(letter)["several_contents"]
    assert "2 nội dung" in flag.reason_vi
    assert len(flag.evidence) == 2


FIRST = (
    "Năm 2019 UBND huyện có Quyết định số 12/QĐ-UBND phê duyệt dự án. Tôi khiếu nại Quyết định số "
    "345/QĐ-UBND thu hồi đất của gia đình tôi."
)


def first_complaint(written: dt.date):
    return parsed(
        FIRST,
        date=written,
        documents=[
            document("12/QĐ-UBND", "UBND huyện Phú Tân", "district", dt.date(2019, 6, 1)),
            document("345/QĐ-UBND", "UBND huyện Phú Tân", "district", dt.date(2024, 1, 10)),
        ],
    )


def test_first_complaint_past_ninety_days_is_time_barred():
    flag = codes(first_complaint(dt.date(2024, 6, 1)))["complaint_time_barred"]
    assert "345/QĐ-UBND" in flag.reason_vi and "143 ngày" in flag.reason_vi and "90 ngày" in flag.reason_vi
    assert flag.evidence[0].text == "345/QĐ-UBND"


def test_first_complaint_within_ninety_days_counts_from_the_contested_decision_not_the_old_one():
    assert "complaint_time_barred" not in codes(first_complaint(dt.date(2024, 3, 1)))


def test_time_limits_apply_to_complaints_only():
    assert "complaint_time_barred" not in codes(first_complaint(dt.date(2024, 6, 1)), "denunciation")


def test_second_complaint_past_thirty_days_of_the_first_instance_decision():
    text = (
        "Ngày 01/5/2024 Chủ tịch UBND xã ban hành Quyết định giải quyết khiếu nại lần đầu số 77/QĐ-UBND, tôi "
        "không đồng ý."
    )
    letter = parsed(
        text,
        date=dt.date(2024, 6, 20),
        prior=["Quyết định giải quyết khiếu nại lần đầu"],
        documents=[document("77/QĐ-UBND", "Chủ tịch UBND xã Tân Phú", "commune", dt.date(2024, 5, 1))],
    )
    flag = codes(letter)["complaint_time_barred"]
    assert "50 ngày" in flag.reason_vi and "30 ngày" in flag.reason_vi and "lần hai" in flag.reason_vi
    letter.structure.date = dt.date(2024, 5, 25)
    assert "complaint_time_barred" not in codes(letter)


def test_no_time_limit_flag_without_dates():
    letter = first_complaint(dt.date(2024, 6, 1))
    letter.structure.date = None
    assert "complaint_time_barred" not in codes(letter)
