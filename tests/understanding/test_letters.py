"""Every field of the structure, read from whole letters in the styles a reception office receives."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from service.understanding import parse_letter
from service.understanding.types import LetterStructure, ParsedLetter
from tests.understanding.letters import ALL_LETTERS


@cache
def parsed(name: str) -> ParsedLetter:
    return parse_letter(ALL_LETTERS[name])


def structure(name: str) -> LetterStructure:
    return parsed(name).structure


def addressees(name: str) -> list[tuple[str, str, bool]]:
    return [(a.name, a.level, a.primary) for a in structure(name).addressees]


# Titles -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "subject"),
    [
        (
            "formal_complaint",
            "ĐƠN KHIẾU NẠI",
            "V/v: không đồng ý với quyết định thu hồi đất và phương án bồi thường",
        ),
        ("district_office_denunciation", "ĐƠN TỐ CÁO", None),
        ("partly_filled_template", "ĐƠN KIẾN NGHỊ", None),
        ("collective_road", "ĐƠN KIẾN NGHỊ", "V/v sửa chữa đường liên thôn"),
        ("service_request", "ĐƠN XIN XÁC NHẬN HOÀN CẢNH GIA ĐÌNH", None),
        ("blank_template", "ĐƠN KHIẾU NẠI", None),
        ("ocr_noisy_complaint", "ĐƠN KHIẾU NẠI", None),
        # No "Đơn ..." line: the subject line stands for the title.
        (
            "lawyer_complaint",
            "V/v: Khiếu nại Quyết định xử phạt vi phạm hành chính số 312/QĐ-XPHC",
            "V/v: Khiếu nại Quyết định xử phạt vi phạm hành chính số 312/QĐ-XPHC",
        ),
        ("portal_submission", None, None),
        ("semi_literate_denunciation", None, None),
        ("no_diacritics_recommendation", None, None),
    ],
)
def test_title_and_subject(name: str, title: str | None, subject: str | None) -> None:
    assert structure(name).title == title
    assert structure(name).subject == subject


def test_second_complaint_title_keeps_to_its_line() -> None:
    assert structure("collective_second_complaint").title == "ĐƠN KHIẾU NẠI"


# Addressees ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("formal_complaint", [("Chủ tịch Ủy ban nhân dân huyện Phú Tân, tỉnh An Giang", "district", True)]),
        ("semi_literate_denunciation", [("ông chủ tịch UBND tỉnh Nghệ An", "province", True)]),
        (
            "no_diacritics_recommendation",
            [
                ("UBND xa Thanh Loc, huyen Can Loc, tinh Ha Tinh", "commune", True),
                ("Phong Tai nguyen va Moi truong huyen Can Loc", "district", False),
            ],
        ),
        ("lawyer_complaint", [("Giám đốc Sở Xây dựng Thành phố Hồ Chí Minh", "province", True)]),
        (
            "organisation_recommendation",
            [
                ("Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp", "province", True),
                ("UBND xã An Phú", "commune", False),  # from "Nơi nhận", without "(để biết)" and "Như trên"
            ],
        ),
        (
            "collective_second_complaint",
            [
                ("Chủ tịch UBND tỉnh Quảng Nam", "province", True),
                ("Thanh tra tỉnh Quảng Nam", "province", False),
                ("Báo Quảng Nam", "none", False),
            ],
        ),
        ("portal_submission", [("Ban Tiếp công dân tỉnh", "province", True)]),
        ("two_tier_commune_complaint", [("Chủ tịch UBND xã Hòa Vang, thành phố Đà Nẵng", "commune", True)]),
        ("anonymous_denunciation", [("Thanh tra huyện Krông Pắc", "district", True)]),
        (
            "central_addressees",
            [
                ("Thủ tướng Chính phủ", "central", True),
                ("Ban Tiếp công dân Trung ương", "central", False),
                ("Bộ Tài nguyên và Môi trường", "central", False),
            ],
        ),
        (
            "deputies_and_press",
            [
                ("Đoàn Đại biểu Quốc hội tỉnh Long An", "none", True),
                ("Báo Tuổi Trẻ", "none", False),
                ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An", "none", False),
            ],
        ),
        (
            "comma_addressees",
            [
                ("UBND xã Tân Hòa", "commune", True),
                ("UBND huyện Lai Vung", "district", False),
                ("Thanh tra tỉnh Đồng Tháp", "province", False),
            ],
        ),
        (
            "provincial_city",
            [
                ("UBND thành phố Thủ Dầu Một, tỉnh Bình Dương", "district", True),
                ("Phòng Quản lý đô thị thành phố Thủ Dầu Một", "district", False),
            ],
        ),
        ("capital_city", [("Chủ tịch UBND Thành phố", "province", True)]),  # a letter from Hà Nội
        ("hue_2023", [("UBND thành phố Huế", "district", True)]),
        ("hue_2025", [("UBND thành phố Huế", "province", True)]),
        ("blank_template", []),
    ],
)
def test_addressees(name: str, expected: list[tuple[str, str, bool]]) -> None:
    assert addressees(name) == expected


def test_addressee_spans_point_into_the_text() -> None:
    letter = parsed("comma_addressees")
    for addressee in letter.structure.addressees:
        assert addressee.span is not None
        assert letter.text[addressee.span.start : addressee.span.end] == addressee.name


def test_primary_addressee_and_unit() -> None:
    primary = structure("formal_complaint").primary_addressee
    assert primary is not None and primary.unit == "huyện Phú Tân"


# Petitioners --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "person"),
    [
        (
            "formal_complaint",
            (
                "Nguyễn Văn Hùng",
                1968,
                "089068001234",
                "ấp Phú Hòa, xã Phú Thạnh, huyện Phú Tân, tỉnh An Giang",
                "0918234567",
            ),
        ),
        # Written in lower case, address after "ở", phone with dots.
        (
            "semi_literate_denunciation",
            ("Trần Thị Lan", None, None, "xóm 5 xã Diễn Hồng tỉnh Nghệ an", "0975111222"),
        ),
        (
            "no_diacritics_recommendation",
            ("Vo Thi Mai", 1979, "183456789", "thon Trung Tien, xa Thanh Loc", None),
        ),
        # The client is the petitioner; the lawyer's phone is not hers.
        (
            "lawyer_complaint",
            (
                "Lương Thị Ngọc Hân",
                1975,
                "079175009876",
                "48 Trần Quang Khải, phường Tân Định, Quận 1, TP. Hồ Chí Minh",
                None,
            ),
        ),
        (
            "organisation_recommendation",
            ("Hợp tác xã Nông nghiệp An Phú", None, None, "ấp 3, xã An Phú, tỉnh Đồng Tháp", "0939555777"),
        ),
        ("partly_filled_template", ("Đặng Thị Thu", None, None, None, "0905246810")),
        ("portal_submission", ("Hồ Văn Nam", None, None, "phường Thủ Dầu Một, TP Hồ Chí Minh", "0903123456")),
        (
            "ocr_noisy_complaint",
            ("Nguyễn Văn Hùng", 1960, None, "ấp Phú Hòa, xã Phú Thạnh, huyện Phú Tân, tỉnh An Giang", None),
        ),
        (
            "two_tier_commune_complaint",
            (
                "Lê Quang Vinh",
                1983,
                "048083004567",
                "thôn Phước Thuận, xã Hòa Vang, thành phố Đà Nẵng",
                "0935678901",
            ),
        ),
        (
            "comma_addressees",
            ("Nguyễn Thị Hồng Nhung", 1990, None, "ấp Tân Thuận, xã Tân Hòa, huyện Lai Vung", None),
        ),
        (
            "capital_city",
            (
                "Phùng Thị Yến",
                1958,
                None,
                "số 12 ngõ 45 phố Kim Mã, phường Kim Mã, quận Ba Đình, Hà Nội",
                None,
            ),
        ),
        ("service_request", ("Trần Minh Khoa", 2006, None, "25 Lê Lợi, phường Phú Hội", None)),
        ("deputies_and_press", ("Mai Văn Bé", None, None, "ấp Bình Hòa, xã Bình Đức, tỉnh Long An", None)),
    ],
)
def test_petitioner(name: str, person: tuple[object, ...]) -> None:
    petitioner = structure(name).petitioner
    got = (petitioner.name, petitioner.birth_year, petitioner.id_number, petitioner.address, petitioner.phone)
    assert got == person
    assert len(structure(name).petitioners) == 1
    assert not structure(name).anonymous
    assert not structure(name).collective
    assert structure(name).signer_count == 1


def test_name_in_the_signature_only() -> None:
    assert structure("central_addressees").petitioner.name == "Đinh Công Lý"


def test_representatives_are_kept_apart() -> None:
    lawyer = structure("lawyer_complaint").representative
    assert lawyer is not None and lawyer.name == "Đỗ Minh Chính"
    director = structure("organisation_recommendation").representative
    assert director is not None and director.name == "Trịnh Văn Lực"
    assert structure("formal_complaint").representative is None


def test_blank_template_has_no_petitioner() -> None:
    letter = structure("blank_template")
    assert letter.petitioners == []
    assert letter.anonymous
    assert letter.date is None and letter.place is None


def test_anonymous_group_letter() -> None:
    letter = structure("anonymous_denunciation")
    assert letter.anonymous
    assert letter.petitioner.name is None
    assert [s.text for s in letter.evidence["anonymous"]] == [
        "một nhóm giáo viên",
        "xin được giấu tên",
        "Một nhóm giáo viên",
    ]


def test_collective_letter_with_a_signers_table() -> None:
    letter = structure("collective_second_complaint")
    assert letter.collective and not letter.anonymous
    assert letter.signer_count == 6
    assert [p.name for p in letter.petitioners] == [
        "Nguyễn Văn Bảy",
        "Lê Thị Hoa",
        "Trương Công Định",
        "Phan Thị Mười",
        "Huỳnh Văn Lợi",
        "Đoàn Văn Sáu",
    ]
    assert [s.text for s in letter.evidence["collective"]][:1] == ["Chúng tôi gồm"]


def test_collective_letter_with_a_numbered_list() -> None:
    letter = structure("collective_road")
    assert letter.collective
    assert letter.signer_count == 4
    assert [(p.name, p.birth_year) for p in letter.petitioners] == [
        ("Lương Văn Thọ", 1955),
        ("Lý Thị Gấm", 1962),
        ("Triệu Văn Phúc", 1970),
        ("Hà Thị Nguyệt", 1981),
    ]


def test_members_of_an_organisation_are_not_signers() -> None:
    letter = structure("organisation_recommendation")  # "212 xã viên"
    assert not letter.collective and letter.signer_count == 1


# Place and date -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "place", "date"),
    [
        ("formal_complaint", "Phú Tân", dt.date(2024, 3, 12)),
        ("semi_literate_denunciation", "Diễn Hồng", dt.date(2025, 11, 3)),  # at the bottom, without a comma
        ("no_diacritics_recommendation", "Thanh Loc", dt.date(2023, 9, 20)),
        ("lawyer_complaint", "TP. Hồ Chí Minh", dt.date(2024, 6, 5)),
        ("collective_second_complaint", "Duy Hòa", dt.date(2023, 11, 20)),
        ("capital_city", "Hà Nội", dt.date(2024, 4, 16)),
        ("collective_road", "Quảng Phú", dt.date(2025, 12, 2)),
        ("portal_submission", None, None),
        ("comma_addressees", None, None),  # dates in the body are not the letter's
    ],
)
def test_place_and_date(name: str, place: str | None, date: dt.date | None) -> None:
    assert (structure(name).place, structure(name).date) == (place, date)


# Cited documents ----------------------------------------------------------------------------------


def test_cited_decisions_with_issuer_and_level() -> None:
    documents = structure("formal_complaint").cited_documents
    got = [(d.number, d.kind, d.date, d.issuer, d.issuer_level) for d in documents]
    assert got == [
        ("125/QĐ-UBND", "QĐ", dt.date(2024, 1, 15), "Ủy ban nhân dân huyện Phú Tân", "district"),
        ("126/QĐ-UBND", "QĐ", dt.date(2024, 1, 15), "UBND huyện Phú Tân", "district"),
    ]
    legal = [s.text for s in structure("formal_complaint").evidence["legal_basis"]]
    assert legal == ["Nghị định số 124/2020/NĐ-CP"]


def test_a_document_cited_twice_is_completed_by_its_second_mention() -> None:
    (document,) = structure("lawyer_complaint").cited_documents
    assert (document.number, document.date) == ("312/QĐ-XPHC", dt.date(2024, 5, 10))
    assert document.issuer == "Chánh Thanh tra Sở Xây dựng Thành phố Hồ Chí Minh"
    assert document.issuer_level == "province"


@pytest.mark.parametrize(
    ("name", "number", "issuer", "level"),
    [
        ("collective_second_complaint", "3456/QĐ-UBND", "Chủ tịch UBND huyện Duy Xuyên", "district"),
        ("two_tier_commune_complaint", "88/QĐ-XPHC", "UBND xã Hòa Vang", "commune"),
        ("ocr_noisy_complaint", "126/QĐ-UBND", "UBND huyện Phú Tân", "district"),
    ],
)
def test_issuer_before_or_after_the_number(name: str, number: str, issuer: str, level: str) -> None:
    (document,) = structure(name).cited_documents
    assert (document.number, document.issuer, document.issuer_level) == (number, issuer, level)


def test_own_reference_numbers_are_not_cited_documents() -> None:
    assert structure("organisation_recommendation").cited_documents == []  # "Số: 15/CV-HTX"


# Targets ------------------------------------------------------------------------------------------


def targets(name: str) -> list[tuple[str, str, str, bool, bool]]:
    return [(t.name, t.kind, t.level, t.is_head, t.heads_office) for t in structure(name).targets]


def test_commune_chairman_and_land_officer_accused() -> None:
    assert targets("semi_literate_denunciation") == [
        ("Phạm Văn Tám", "person", "commune", True, False),
        ("Lê Văn Sơn", "person", "commune", False, False),
    ]
    roles = [t.role for t in structure("semi_literate_denunciation").targets]
    assert roles == ["chủ tịch UBND xã Diễn Hồng", "cán bộ địa chính xã"]


def test_head_of_a_district_office_accused() -> None:
    assert targets("district_office_denunciation") == [("Hồ Sỹ Thắng", "person", "district", False, True)]


def test_body_whose_decision_is_contested() -> None:
    assert targets("formal_complaint") == [
        ("Ủy ban nhân dân huyện Phú Tân", "body", "district", False, False)
    ]
    assert targets("two_tier_commune_complaint") == [("UBND xã Hòa Vang", "body", "commune", False, False)]


def test_official_whose_decision_is_contested() -> None:
    assert targets("lawyer_complaint") == [
        ("Chánh Thanh tra Sở Xây dựng Thành phố Hồ Chí Minh", "person", "province", False, True)
    ]
    assert targets("collective_second_complaint") == [
        ("Chủ tịch UBND huyện Duy Xuyên", "person", "district", True, False)
    ]


def test_school_head_accused_in_an_anonymous_letter() -> None:
    assert targets("anonymous_denunciation") == [("Ngô Thị Thanh", "person", "district", False, True)]


def test_the_body_asked_to_act_is_not_a_target() -> None:
    for name in (
        "no_diacritics_recommendation",
        "collective_road",
        "portal_submission",
        "central_addressees",
    ):
        assert targets(name) == [], name


def test_target_spans_point_into_the_text() -> None:
    letter = parsed("semi_literate_denunciation")
    for target in letter.structure.targets:
        assert target.span is not None
        assert letter.text[target.span.start : target.span.end] == target.span.text
        assert target.name in target.span.text


# Prior resolution ---------------------------------------------------------------------------------


def test_first_instance_decision_exists() -> None:
    spans = [s.text for s in structure("collective_second_complaint").prior_resolution]
    assert "giải quyết khiếu nại lần đầu" in spans
    assert "không đồng ý với quyết định giải quyết" in spans
    assert "khiếu nại lần hai" in spans


def test_sent_before_and_no_answer() -> None:
    (span,) = structure("comma_addressees").prior_resolution
    assert span.text.startswith("đã gửi đơn đến UBND xã Tân Hòa")
    assert span.text.endswith("vẫn chưa được giải quyết")
    (span,) = structure("semi_literate_denunciation").prior_resolution
    assert span.text.startswith("đã gửi đơn lên xã") and span.text.endswith("quá hạn")


@pytest.mark.parametrize(
    "name",
    [
        "formal_complaint",
        "no_diacritics_recommendation",
        "district_office_denunciation",
        "central_addressees",
        "portal_submission",
        "two_tier_commune_complaint",
    ],
)
def test_no_prior_resolution(name: str) -> None:
    assert structure(name).prior_resolution == []


# Field and contents -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ("formal_complaint", "compensation"),
        ("collective_second_complaint", "compensation"),
        ("central_addressees", "compensation"),
        ("no_diacritics_recommendation", "environment"),
        ("hue_2023", "environment"),
        ("lawyer_complaint", "construction"),
        ("collective_road", "construction"),
        ("portal_submission", "social_policy"),
        ("anonymous_denunciation", "education"),
        ("two_tier_commune_complaint", "land"),
        ("comma_addressees", "land"),
        ("capital_city", "land"),
        ("blank_template", "other"),
    ],
)
def test_field(name: str, field: str) -> None:
    assert structure(name).field == field
    if field != "other":
        assert structure(name).evidence["field"]


def test_bribery_over_land_is_land_or_corruption() -> None:
    assert structure("semi_literate_denunciation").field in ("land", "corruption")
    assert structure("district_office_denunciation").field in ("land", "corruption")


def test_office_names_do_not_vote_for_a_field() -> None:
    # "Phòng Tài nguyên và Môi trường" names an office, not an environmental matter.
    words = [s.text.lower() for s in structure("district_office_denunciation").evidence.get("field", [])]
    assert "môi trường" not in words


def test_listed_requests_are_the_contents() -> None:
    assert [c.text for c in structure("formal_complaint").contents] == [
        "Xem xét lại đơn giá bồi thường đất nông nghiệp cho phù hợp với giá thị trường",
        "Hỗ trợ chuyển đổi nghề nghiệp cho gia đình tôi theo quy định",
        "Tạm dừng việc cưỡng chế cho đến khi khiếu nại được giải quyết",
    ]
    assert [c.text for c in structure("lawyer_complaint").contents] == [
        "Hủy bỏ Quyết định số 312/QĐ-XPHC ngày 10/5/2024",
        "Hoàn trả số tiền phạt bà Lương Thị Ngọc Hân đã nộp",
    ]


def test_asking_sentences_are_the_contents_without_a_list() -> None:
    contents = [c.text for c in structure("portal_submission").contents]
    assert contents == ["Đề nghị cơ quan chức năng kiểm tra và chi trả trợ cấp sớm cho mẹ tôi"]
    closing = [c.text for c in structure("no_diacritics_recommendation").contents]
    assert not any("cam on" in c for c in closing)


def test_evidence_spans_match_the_text() -> None:
    for name in ALL_LETTERS:
        letter = parsed(name)
        for key, spans in letter.structure.evidence.items():
            for span in spans:
                assert letter.text[span.start : span.end] == span.text, (name, key)


# More styles -------------------------------------------------------------------------------------


def test_company_writing_in_its_own_name() -> None:
    letter = structure("organisation_company")
    assert letter.petitioner.name == "Công ty TNHH Thương mại An Phát"
    assert (
        letter.petitioner.address == "số 15 đường DT743, phường Bình Hòa, thành phố Thuận An, tỉnh Bình Dương"
    )
    assert [(a.name, a.level) for a in letter.addressees] == [("Cục Thuế tỉnh Bình Dương", "province")]
    assert not letter.anonymous
    assert (letter.place, letter.date) == ("Bình Dương", dt.date(2025, 3, 3))


def test_letter_without_diacritics_reads_like_one_with_them() -> None:
    letter = structure("plain_denunciation")
    assert letter.title == "DON TO CAO"
    assert [(a.level, a.primary) for a in letter.addressees] == [("district", True)]
    person = letter.petitioner
    assert (person.name, person.birth_year, person.phone) == ("Nguyen Van Thang", 1975, "0986123456")
    assert person.address == "xom 3, xa Dien Ky, huyen Dien Chau"
    assert targets("plain_denunciation") == [("Tran Van Hai", "person", "commune", True, False)]
    assert structure("plain_denunciation").targets[0].role == "Pho Chu tich UBND xa Dien Ky"
    assert (letter.place, letter.date, letter.field) == ("Dien Ky", dt.date(2024, 4, 15), "land")


def test_handwriting_read_line_by_line() -> None:
    letter = parsed("handwritten_land_dispute")
    assert "nhà tôi có 2 sào ruộng giáp nhà ông Phạm văn Toản, năm ngoái ông Toản đắp bờ" in letter.text
    assert letter.structure.petitioner.name == "Vũ Thị Nhàn"  # written "Vũ thị Nhàn"
    assert letter.structure.petitioner.address == "xóm 12 xã Hải Hà"
    assert [(a.level, a.primary) for a in letter.structure.addressees] == [
        ("commune", True),
        ("district", False),
    ]
    assert letter.structure.field == "land"


def test_one_word_name_of_the_highlands() -> None:
    letter = structure("minority_name_health")
    assert (letter.petitioner.name, letter.petitioner.birth_year) == ("K'Brơi", 1988)
    assert letter.field == "health"


def test_party_bodies_and_party_officials() -> None:
    assert addressees("party_addressees") == [
        ("Đồng chí Bí thư Tỉnh ủy Thanh Hóa", "province", True),
        ("Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa", "province", False),
    ]
    (target,) = structure("party_addressees").targets
    assert (target.name, target.role, target.level, target.is_head) == (
        "Trịnh Văn Hòa",
        "Bí thư Đảng ủy xã Định Tân",
        "commune",
        False,
    )


def test_thank_you_letter() -> None:
    letter = structure("thank_you")
    assert letter.title == "THƯ CẢM ƠN"
    assert letter.petitioner.name == "Đỗ Văn Tùng"  # under "Thay mặt gia đình"
    assert letter.targets == [] and letter.prior_resolution == []


def test_judgment_cited_by_a_creditor() -> None:
    letter = structure("judgment_enforcement")
    (judgment,) = letter.cited_documents
    assert (judgment.number, judgment.kind, judgment.date) == ("45/2022/DS-PT", "BA", dt.date(2022, 6, 20))
    assert (judgment.issuer, judgment.issuer_level) == ("Tòa án nhân dân tỉnh Tiền Giang", "province")
    assert addressees("judgment_enforcement") == [
        ("Chi cục Thi hành án dân sự huyện Cái Bè", "district", True)
    ]
    assert letter.field == "justice"
