"""Short passages for the cases that are easy to get wrong, one behaviour each."""

from __future__ import annotations

import datetime as dt

from service.understanding import extract_structure, normalize
from service.understanding.types import LetterStructure


def read(raw: str) -> LetterStructure:
    return extract_structure(normalize(raw))


# Recipients ---------------------------------------------------------------------------------------


def test_recipients_on_following_lines_without_bullets() -> None:
    letter = read(
        "Kính gửi: Ủy ban nhân dân xã Tân Phú\nỦy ban nhân dân huyện Châu Thành\n"
        "Tôi tên là Lê Văn Tư, sinh năm 1970."
    )
    assert [(a.name, a.level, a.primary) for a in letter.addressees] == [
        ("Ủy ban nhân dân xã Tân Phú", "commune", True),
        ("Ủy ban nhân dân huyện Châu Thành", "district", False),  # "Châu" is a name, not "cháu"
    ]


def test_southern_spelling_and_numbered_wards() -> None:
    letter = read("Kính gởi: Chủ tịch UBND phường 5, Quận 8\nTôi là Trần Văn Sáu.")
    assert [(a.name, a.level) for a in letter.addressees] == [("Chủ tịch UBND phường 5, Quận 8", "commune")]


def test_recipient_and_petitioner_on_one_portal_line() -> None:
    letter = read("Kính gửi UBND xã Tân Phú, tôi tên là Nguyễn Văn Bé ở ấp 2. Con đường ấp 2 bị sạt lở.")
    assert [a.name for a in letter.addressees] == ["UBND xã Tân Phú"]
    assert letter.petitioner.name == "Nguyễn Văn Bé"
    assert letter.petitioner.address == "ấp 2"


def test_kinh_gui_inside_a_sentence_is_not_a_recipient() -> None:
    assert (
        read("Tôi tên là Hồ Thị Mai. Tôi viết đơn kính gửi đến quý cơ quan mong được giúp đỡ.").addressees
        == []
    )


def test_courtesy_recipients_and_filing_lines_are_dropped() -> None:
    letter = read("Nơi nhận:\n- Như trên;\n- Thanh tra tỉnh (để b/c);\n- Lưu: VT.")
    assert [(a.name, a.level) for a in letter.addressees] == [("Thanh tra tỉnh", "province")]


def test_honorific_before_the_recipient_and_a_newspaper_copy() -> None:
    letter = read("Kính gửi: Ông Chủ tịch Ủy ban nhân dân tỉnh Bến Tre\nĐồng gửi: Báo Thanh Niên")
    assert [(a.name, a.level, a.primary) for a in letter.addressees] == [
        ("Ông Chủ tịch Ủy ban nhân dân tỉnh Bến Tre", "province", True),
        ("Báo Thanh Niên", "none", False),
    ]


# Petitioners --------------------------------------------------------------------------------------


def test_capitals_id_phone_and_household_registration() -> None:
    letter = read(
        "Họ và tên: NGUYỄN VĂN AN\nCMND số: 023 456 789\nĐiện thoại: +84 912 345 678\n"
        "HKTT: số 5 đường Lê Lợi, phường 1, TP. Mỹ Tho"
    )
    person = letter.petitioner
    assert (person.name, person.id_number, person.phone, person.address) == (
        "Nguyễn Văn An",
        "023456789",
        "0912345678",
        "số 5 đường Lê Lợi, phường 1, TP. Mỹ Tho",
    )


def test_lawyer_named_first_client_is_the_petitioner() -> None:
    letter = read(
        "Tôi là Trần Văn Bình, luật sư thuộc Đoàn Luật sư tỉnh Cần Thơ, đại diện theo ủy quyền cho "
        "ông Lâm Văn Phát, trú tại ấp Mỹ Hòa, xã Mỹ Khánh."
    )
    assert letter.petitioner.name == "Lâm Văn Phát"
    assert letter.petitioner.address == "ấp Mỹ Hòa, xã Mỹ Khánh"
    assert letter.representative is not None and letter.representative.name == "Trần Văn Bình"


def test_unnamed_villager_is_anonymous() -> None:
    letter = read(
        "Kính gửi: UBND xã An Bình\nTôi là người dân thôn 3, xin không nêu tên vì sợ bị trả thù. "
        "Ông trưởng thôn Nguyễn Văn Cu thu tiền của dân sai quy định.\nNgười dân thôn 3"
    )
    assert letter.anonymous and letter.petitioners == []
    assert "xin không nêu tên" in [s.text for s in letter.evidence["anonymous"]]
    (target,) = letter.targets
    assert (target.name, target.role, target.level) == ("Nguyễn Văn Cu", "trưởng thôn", "commune")


def test_anonymous_signature() -> None:
    letter = read(
        "Kính gửi: Thanh tra tỉnh\nTố cáo ông Phó Chủ tịch UBND huyện Lạc Dương nhận hối lộ.\nNặc danh"
    )
    assert letter.anonymous
    assert [s.text for s in letter.evidence["anonymous"]] == ["Nặc danh"]


def test_stated_number_of_households() -> None:
    letter = read(
        "Chúng tôi là đại diện cho 37 hộ dân khu phố 4, phường Tân Hiệp. Chúng tôi kiến nghị sửa đường."
    )
    assert letter.collective and letter.signer_count == 37


def test_we_alone_is_not_collective() -> None:
    letter = read("Tôi tên là Phan Văn Lộc. Gia đình chúng tôi có 3 người, chúng tôi đề nghị được cấp sổ đỏ.")
    assert not letter.collective and letter.signer_count == 1


def test_blank_name_in_a_template() -> None:
    letter = read("Tôi tên là: ……………………………\nĐịa chỉ: ………………………\nSố điện thoại: ……………")
    assert letter.petitioners == [] and letter.anonymous


# Dates --------------------------------------------------------------------------------------------


def test_numeric_date_line() -> None:
    letter = read("Hà Nội, 05/06/2024\nKính gửi: Bộ Y tế")
    assert (letter.place, letter.date) == ("Hà Nội", dt.date(2024, 6, 5))


def test_template_and_body_dates_are_not_the_letter_date() -> None:
    assert read("……………, ngày ….. tháng ….. năm 20…..\nKính gửi: ....................").date is None
    assert read("Ngày 12/3/2024 tôi có đến UBND xã nộp hồ sơ.").date is None


def test_impossible_date_is_refused() -> None:
    assert read("Tân Phú, ngày 31 tháng 2 năm 2024").date is None


# Documents ----------------------------------------------------------------------------------------


def test_notice_official_letter_and_judgment() -> None:
    letter = read(
        "Thông báo số 56/TB-UBND ngày 3 tháng 4 năm 2024 của UBND xã Tân Phú về việc thu hồi đất. "
        "Văn bản số 789/UBND-TNMT của UBND huyện. Bản án số 12/2023/DS-ST ngày 5/9/2023 của "
        "Tòa án nhân dân huyện Châu Thành."
    )
    assert [(d.number, d.kind, d.date, d.issuer, d.issuer_level) for d in letter.cited_documents] == [
        ("56/TB-UBND", "TB", dt.date(2024, 4, 3), "UBND xã Tân Phú", "commune"),
        ("789/UBND-TNMT", "CV", None, "UBND huyện", "district"),
        ("12/2023/DS-ST", "BA", dt.date(2023, 9, 5), "Tòa án nhân dân huyện Châu Thành", "district"),
    ]


def test_a_date_is_not_a_document_number() -> None:
    assert read("Thông báo ngày 12/3/2024 của UBND xã Tân Phú.").cited_documents == []


# Targets ------------------------------------------------------------------------------------------


def test_commune_police_chief_is_judged_one_level_up() -> None:
    (target,) = read(
        "Tôi tố cáo ông Lý Văn Đạt, Trưởng Công an xã Hòa Bình, đã đánh người trái pháp luật."
    ).targets
    assert (target.name, target.level, target.is_head, target.heads_office) == (
        "Lý Văn Đạt",
        "commune",
        True,
        False,
    )


def test_vice_chairman_is_a_head() -> None:
    (target,) = read(
        "Tôi tố cáo bà Đoàn Thị Yến - Phó Chủ tịch UBND huyện Tuy Phước lợi dụng chức vụ giao đất trái phép."
    ).targets
    assert (target.name, target.level, target.is_head) == ("Đoàn Thị Yến", "district", True)


def test_director_of_a_department_heads_an_office() -> None:
    (target,) = read(
        "Tôi tố cáo Giám đốc Sở Tài nguyên và Môi trường tỉnh Gia Lai ký cấp giấy chứng nhận sai quy định."
    ).targets
    assert (target.kind, target.level, target.is_head, target.heads_office) == (
        "person",
        "province",
        False,
        True,
    )


def test_chairman_of_an_association_is_not_a_committee_head() -> None:
    (target,) = read("Tôi tố cáo ông Chủ tịch Hội Nông dân xã Ea Kar chiếm đoạt tiền hỗ trợ.").targets
    assert (target.level, target.is_head) == ("none", False)


def test_body_that_issued_the_decision() -> None:
    (target,) = read("UBND huyện Châu Thành ban hành quyết định thu hồi đất không đúng quy định.").targets
    assert (target.name, target.kind, target.level) == ("UBND huyện Châu Thành", "body", "district")


# Prior resolution ---------------------------------------------------------------------------------


def test_background_is_not_prior_resolution() -> None:
    assert read("Tôi đã nhiều lần lên xã hỏi nhưng không ai trả lời.").prior_resolution == []
    assert read("Đến nay chưa có quyết định giải quyết khiếu nại lần đầu.").prior_resolution == []
    assert (
        read(
            "Tôi chưa từng gửi đơn tới cơ quan nào, nay làm đơn này vì chưa được giải quyết."
        ).prior_resolution
        == []
    )


def test_written_answer_and_expired_deadline() -> None:
    answered = read("Ngày 2/5/2024 UBND xã đã có văn bản trả lời số 45/UBND nhưng tôi không đồng ý.")
    assert [s.text for s in answered.prior_resolution] == ["đã có văn bản trả lời"]
    overdue = read(
        "Đơn khiếu nại của tôi đã quá thời hạn giải quyết theo quy định mà UBND huyện vẫn chưa thụ lý."
    )
    assert [s.text for s in overdue.prior_resolution] == ["quá thời hạn giải quyết"]


def test_contesting_the_first_instance_decision() -> None:
    letter = read(
        "Tôi không đồng ý với Quyết định giải quyết khiếu nại lần đầu số 12/QĐ-UBND ngày 3/3/2024 "
        "của Chủ tịch UBND huyện."
    )
    assert [s.text for s in letter.prior_resolution] == ["không đồng ý với Quyết định giải quyết"]
    assert letter.cited_documents[0].issuer_level == "district"


def test_prior_resolution_without_diacritics() -> None:
    letter = read("Toi da gui don len UBND xa tu thang 3 nhung den nay van chua duoc giai quyet.")
    assert [s.text for s in letter.prior_resolution] == [
        "da gui don len UBND xa tu thang 3 nhung den nay van chua duoc giai quyet"
    ]


def test_first_instance_decided_by_a_named_authority() -> None:
    letter = read("Vụ việc đã được Chủ tịch UBND xã Tân Phú giải quyết nhưng gia đình tôi không đồng ý.")
    assert [s.text for s in letter.prior_resolution] == ["đã được Chủ tịch UBND xã Tân Phú giải quyết"]
    decided = read("Việc này đã được giải quyết tại Quyết định số 77/QĐ-UBND ngày 2/2/2024.")
    assert [s.text for s in decided.prior_resolution] == ["đã được giải quyết tại Quyết định"]


def test_deadline_passed_after_filing() -> None:
    letter = read(
        "Ngày 5/1/2024 tôi đã gửi đơn khiếu nại đến UBND xã. Đến nay đã hơn 60 ngày nhưng tôi chưa nhận được "
        "quyết định giải quyết khiếu nại lần đầu."
    )
    (span,) = letter.prior_resolution
    assert "tôi đã gửi đơn khiếu nại đến UBND xã" in span.text
    assert span.text.endswith("chưa nhận được quyết định giải quyết khiếu nại lần đầu")


# Titles -------------------------------------------------------------------------------------------


def test_title_set_on_two_lines() -> None:
    letter = read("ĐƠN ĐỀ NGHỊ GIẢI QUYẾT\nTRANH CHẤP ĐẤT ĐAI\nKính gửi: UBND xã Tân Phú")
    assert letter.title == "ĐƠN ĐỀ NGHỊ GIẢI QUYẾT TRANH CHẤP ĐẤT ĐAI"


def test_subject_line_in_capitals_is_not_part_of_the_title() -> None:
    letter = read("ĐƠN KHIẾU NẠI\nV/V: QUYẾT ĐỊNH THU HỒI ĐẤT\nKính gửi: UBND huyện Phú Tân")
    assert (letter.title, letter.subject) == ("ĐƠN KHIẾU NẠI", "V/V: QUYẾT ĐỊNH THU HỒI ĐẤT")


def test_a_sentence_about_an_earlier_letter_is_not_a_title() -> None:
    letter = read(
        "Kính gửi: UBND xã Tân Phú\nĐơn khiếu nại của tôi đã gửi từ tháng 3 nhưng chưa được trả lời."
    )
    assert letter.title is None
