"""Overreaching (vượt cấp) by the competence rules of domain.md §3 and SPEC.md, before and after the
1 July 2025 reform."""

from __future__ import annotations

import datetime as dt

import pytest

from service.flags import assess_overreaching
from service.flags.competence import Era, era_of
from service.understanding import parse_letter
from tests.flags.builders import body, document, parsed, person

OLD = dt.date(2024, 9, 12)  # three tiers: commune, district, province
NEW = dt.date(2025, 9, 12)  # two tiers: commune, province

COMPLAINT = (
    "Kính gửi: {to}\n"
    "Tôi tên là Nguyễn Văn Hùng, trú tại ấp 3, xã Tân Phú, huyện Phú Tân, tỉnh An Giang.\n"
    "Ngày 05/8/2024 Chủ tịch UBND xã Tân Phú ban hành Quyết định số 145/QĐ-UBND xử phạt gia đình tôi "
    "vì xây chuồng trại trên đất nông nghiệp. Tôi không đồng ý, đề nghị hủy quyết định.{extra}\n"
)
CHAIRMAN_TAN_PHU = person("Chủ tịch UBND xã Tân Phú", "commune", "Chủ tịch UBND xã Tân Phú", head=True)


def complaint(to: str, level: str, *, date: dt.date = OLD, extra: str = "", prior: tuple[str, ...] = ()):
    text = COMPLAINT.format(to=to, extra=extra)
    return parsed(
        text,
        addressees=[(to, level)],
        targets=[CHAIRMAN_TAN_PHU],
        date=date,
        prior=prior,
        documents=[document("145/QĐ-UBND", "Chủ tịch UBND xã Tân Phú", "commune")],
    )


def test_first_complaint_sent_to_the_province_is_overreaching_and_names_the_commune_chairman():
    result = assess_overreaching(complaint("Chủ tịch UBND tỉnh An Giang", "province"), "complaint")
    assert result.flag
    assert (result.addressee_level, result.competent_level) == ("province", "commune")
    assert result.competent_body == "Chủ tịch UBND xã Tân Phú"
    assert "hướng dẫn người khiếu nại gửi đơn đến Chủ tịch UBND xã Tân Phú" in result.reason
    assert any(span.text == "Chủ tịch UBND tỉnh An Giang" for span in result.evidence)


def test_first_complaint_sent_to_the_commune_is_not_overreaching():
    result = assess_overreaching(complaint("Chủ tịch UBND xã Tân Phú", "commune"), "complaint")
    assert not result.flag
    assert result.competent_level == "commune"
    assert "đúng cấp" in result.reason


def test_second_complaint_goes_to_the_district_before_the_reform():
    extra = (
        " Ngày 20/9/2024 có Quyết định giải quyết khiếu nại lần đầu số 160/QĐ-UBND nhưng tôi không đồng ý."
    )
    letter = complaint(
        "Chủ tịch UBND huyện Phú Tân",
        "district",
        extra=extra,
        prior=("Quyết định giải quyết khiếu nại lần đầu",),
    )
    result = assess_overreaching(letter, "complaint")
    assert not result.flag
    # data/SPEC.md: competent_level is the level that handles the matter first; the second complaint
    # itself belongs one level up.
    assert (result.competent_level, result.next_level) == ("commune", "district")
    assert result.competent_body == "Chủ tịch UBND huyện Phú Tân"
    assert "đúng cấp" in result.reason


def test_second_complaint_about_a_commune_chairman_goes_to_the_province_after_the_reform():
    extra = " Đã quá thời hạn giải quyết nhưng Chủ tịch UBND xã vẫn chưa giải quyết."
    letter = complaint(
        "Chủ tịch UBND tỉnh An Giang",
        "province",
        date=NEW,
        extra=extra,
        prior=("Đã quá thời hạn giải quyết nhưng Chủ tịch UBND xã vẫn chưa giải quyết",),
    )
    result = assess_overreaching(letter, "complaint")
    assert not result.flag
    assert (result.competent_level, result.next_level) == ("commune", "province")
    assert result.competent_body == "Chủ tịch UBND tỉnh An Giang"


def test_prior_resolution_clears_a_letter_addressed_even_higher():
    extra = " Ngày 20/9/2024 có Quyết định giải quyết khiếu nại lần đầu số 160/QĐ-UBND."
    letter = complaint(
        "Thanh tra Chính phủ", "central", extra=extra, prior=("Quyết định giải quyết khiếu nại",)
    )
    result = assess_overreaching(letter, "complaint")
    assert not result.flag
    assert "không vượt cấp" in result.reason
    assert any(span.text == "Quyết định giải quyết khiếu nại" for span in result.evidence)


def test_copies_to_higher_bodies_do_not_count():
    text = (
        COMPLAINT.format(to="Chủ tịch UBND xã Tân Phú", extra="")
        + "Đồng kính gửi: Chủ tịch UBND tỉnh An Giang"
    )
    letter = parsed(
        text,
        addressees=[("Chủ tịch UBND xã Tân Phú", "commune"), ("Chủ tịch UBND tỉnh An Giang", "province")],
        targets=[CHAIRMAN_TAN_PHU],
        date=OLD,
    )
    assert not assess_overreaching(letter, "complaint").flag


@pytest.mark.parametrize("to", ["Báo Tuổi Trẻ", "Đoàn Đại biểu Quốc hội tỉnh An Giang", "Ủy ban MTTQ tỉnh"])
def test_press_deputies_and_the_front_are_never_overreaching(to):
    result = assess_overreaching(complaint(to, "none"), "complaint")
    assert not result.flag
    assert result.addressee_level == "none"
    assert result.competent_level == "commune"
    assert "không phải cơ quan hành chính" in result.reason


def test_complaint_about_the_province_own_decision_is_not_overreaching_at_the_province():
    text = (
        "Kính gửi: Chủ tịch UBND tỉnh An Giang\nTôi khiếu nại Quyết định số 2201/QĐ-UBND của UBND tỉnh An "
        "Giang về giá đất bồi thường dự án đường tránh."
    )
    letter = parsed(
        text,
        addressees=[("Chủ tịch UBND tỉnh An Giang", "province")],
        targets=[body("UBND tỉnh An Giang", "province")],
        date=OLD,
    )
    result = assess_overreaching(letter, "complaint")
    assert not result.flag
    assert result.competent_level == "province"
    assert result.competent_body == "Chủ tịch UBND tỉnh An Giang"


def test_complaint_without_target_uses_the_contested_decision_issuer():
    text = (
        "Kính gửi: Ban Tiếp công dân Trung ương\nTôi khiếu nại Quyết định số 88/QĐ-UBND ngày 02/3/2024 của "
        "UBND huyện Phú Tân thu hồi 300 m2 đất của gia đình tôi."
    )
    letter = parsed(
        text,
        addressees=[("Ban Tiếp công dân Trung ương", "central")],
        date=OLD,
        documents=[document("88/QĐ-UBND", "UBND huyện Phú Tân", "district", dt.date(2024, 3, 2))],
    )
    result = assess_overreaching(letter, "complaint")
    assert result.flag
    assert result.competent_level == "district"
    assert result.competent_body == "Chủ tịch UBND huyện Phú Tân"


DENUNCIATION = (
    "Kính gửi: {to}\nTôi tố cáo ông Trần Văn Bảy, {role}, đã nhận tiền của người dân khi làm hồ sơ đất.\n"
)


def denunciation(
    to: str, level: str, role: str, target_level: str, *, date: dt.date = OLD, head=False, office=False
):
    text = DENUNCIATION.format(to=to, role=role)
    target = person("Trần Văn Bảy", target_level, role, head=head, office=office)  # type: ignore[arg-type]
    return parsed(text, addressees=[(to, level)], targets=[target], date=date)  # type: ignore[list-item]


def test_commune_vice_chairman_is_for_the_district_before_the_reform():
    to_district = denunciation(
        "Chủ tịch UBND huyện Phú Tân", "district", "Phó Chủ tịch UBND xã Tân Phú", "commune", head=True
    )
    to_province = denunciation(
        "Chủ tịch UBND tỉnh An Giang",
        "province",
        "Phó Chủ tịch UBND xã Tân Phú, huyện Phú Tân",
        "commune",
        head=True,
    )
    assert not assess_overreaching(to_district, "denunciation").flag
    result = assess_overreaching(to_province, "denunciation")
    assert result.flag
    assert result.competent_level == "district"
    assert "Đề nghị chuyển đơn đến Chủ tịch UBND huyện Phú Tân" in result.reason


def test_commune_vice_chairman_is_for_the_province_after_the_reform():
    letter = denunciation(
        "Chủ tịch UBND tỉnh An Giang",
        "province",
        "Phó Chủ tịch UBND xã Tân Phú",
        "commune",
        head=True,
        date=NEW,
    )
    result = assess_overreaching(letter, "denunciation")
    assert not result.flag
    assert result.competent_level == "province"
    assert result.rule == "denunciation_committee_head"


def test_office_head_is_for_the_committee_of_the_same_level():
    letter = denunciation(
        "Chủ tịch UBND tỉnh An Giang",
        "province",
        "Trưởng phòng Tài nguyên và Môi trường huyện Phú Tân",
        "district",
        office=True,
    )
    result = assess_overreaching(letter, "denunciation")
    assert result.flag
    assert result.competent_level == "district"
    assert result.competent_body == "Chủ tịch UBND huyện Phú Tân"


def test_director_of_a_provincial_department_is_for_the_province():
    letter = denunciation(
        "Thanh tra Chính phủ", "central", "Giám đốc Sở Xây dựng tỉnh An Giang", "province", office=True
    )
    result = assess_overreaching(letter, "denunciation")
    assert result.flag
    assert (result.addressee_level, result.competent_level) == ("central", "province")
    assert result.competent_body == "Chủ tịch UBND tỉnh An Giang"


@pytest.mark.parametrize(("date", "competent", "flag"), [(OLD, "district", True), (NEW, "province", False)])
def test_commune_police_chief_is_for_the_police_of_the_level_above(date, competent, flag):
    letter = denunciation(
        "Công an tỉnh An Giang", "province", "Trưởng Công an xã Tân Phú", "commune", date=date
    )
    result = assess_overreaching(letter, "denunciation")
    assert (result.flag, result.competent_level) == (flag, competent)
    assert result.competent_body is not None and "Công an" in result.competent_body


def test_commune_official_denounced_to_the_province_is_overreaching():
    letter = denunciation("Thanh tra tỉnh An Giang", "province", "cán bộ địa chính xã Tân Phú", "commune")
    result = assess_overreaching(letter, "denunciation")
    assert result.flag
    assert result.competent_level == "commune"
    assert result.competent_body == "Chủ tịch UBND xã Tân Phú"


def test_recommendation_about_a_village_road_belongs_to_the_commune():
    text = (
        "Kính gửi: Ban Tiếp công dân Trung ương\nĐường liên thôn từ ấp 2 đến ấp 3 xã Tân Phú bị sụt lún, "
        "bà con đi lại khó khăn. Đề nghị sớm sửa chữa."
    )
    letter = parsed(text, addressees=[("Ban Tiếp công dân Trung ương", "central")], date=OLD)
    result = assess_overreaching(letter, "recommendation")
    assert result.flag
    assert result.competent_level == "commune"
    assert result.competent_body == "UBND xã Tân Phú"


def test_recommendation_to_amend_a_law_belongs_to_the_centre():
    text = (
        "Kính gửi: Bộ Tài nguyên và Môi trường\nĐề nghị sửa đổi luật đất đai về bồi thường cho hộ gia đình "
        "sử dụng đất trước năm 1993 ở xã Tân Phú."
    )
    letter = parsed(text, addressees=[("Bộ Tài nguyên và Môi trường", "central")], date=OLD)
    result = assess_overreaching(letter, "recommendation")
    assert not result.flag
    assert result.competent_level == "central"


def test_post_reform_letter_to_a_former_district_committee_is_not_above_the_commune():
    letter = complaint("Chủ tịch UBND huyện Phú Tân", "district", date=NEW)
    result = assess_overreaching(letter, "complaint")
    assert not result.flag
    assert result.addressee_level == "district"
    assert result.competent_level == "commune"


def test_letters_that_are_not_petitions_are_never_overreaching():
    result = assess_overreaching(complaint("Chủ tịch UBND tỉnh An Giang", "province"), "other")
    assert not result.flag
    assert result.rule == "not_a_petition"


def test_unknown_subject_is_not_flagged_and_reports_the_addressed_level():
    text = "Kính gửi: Chủ tịch UBND tỉnh An Giang\nTôi khiếu nại việc gia đình tôi bị đối xử không công bằng."
    result = assess_overreaching(
        parsed(text, addressees=[("Chủ tịch UBND tỉnh An Giang", "province")]), "complaint"
    )
    assert not result.flag
    assert (result.competent_level, result.rule) == ("province", "unknown_subject")


def test_undated_letters_naming_a_district_are_judged_before_the_reform():
    old = denunciation(
        "Chủ tịch UBND huyện Phú Tân", "district", "Chủ tịch UBND xã Tân Phú", "commune", head=True
    )
    old.structure.date = None
    assert era_of(old) is Era.THREE_TIER
    assert not assess_overreaching(old, "denunciation").flag
    new = denunciation(
        "Chủ tịch UBND tỉnh An Giang", "province", "Chủ tịch UBND xã Tân Phú", "commune", head=True
    )
    new.structure.date = None
    assert era_of(new) is Era.TWO_TIER


def test_a_target_that_is_only_the_addressee_is_not_the_subject():
    text = (
        "Kính gửi: Chủ tịch UBND phường Định Công\nTôi tố cáo ông Lê Văn Hải, cán bộ địa chính phường Định "
        "Công, nhận tiền làm sổ đỏ. Đề nghị Chủ tịch UBND phường xử lý nghiêm."
    )
    letter = parsed(
        text,
        addressees=[("Chủ tịch UBND phường Định Công", "commune")],
        date=OLD,
        targets=[
            person("Chủ tịch UBND phường", "commune", "Chủ tịch UBND phường", head=True),
            person("Lê Văn Hải", "commune", "cán bộ địa chính phường Định Công"),
        ],
    )
    result = assess_overreaching(letter, "denunciation")
    assert (result.flag, result.competent_level, result.rule) == (False, "commune", "denunciation_staff")


def test_a_cooperative_is_not_a_commune_and_a_company_answers_to_the_province():
    text = (
        "Kính gửi: Thanh tra Chính phủ\nHợp tác xã Thủy sản Phước Thạnh tố cáo Công ty Cổ phần Đại Phong "
        "xả nước thải chưa qua xử lý ra rạch Cái Cấm."
    )
    letter = parsed(
        text,
        addressees=[("Thanh tra Chính phủ", "central")],
        date=OLD,
        targets=[
            body("Hợp tác xã Thủy sản Phước Thạnh", "commune"),
            body("Công ty Cổ phần Đại Phong", "none"),
        ],
    )
    result = assess_overreaching(letter, "denunciation")
    assert result.competent_level == "province" and result.flag


def test_a_complaint_whose_subject_is_only_a_body_named_in_passing_is_not_flagged():
    text = (
        "Kính gửi: Ông Chủ tịch UBND tỉnh Hải Dương\nTôi làm đơn gửi ông Chủ tịch tỉnh vì cán bộ của huyện "
        "nói nhà tôi không được bố trí tái định cư."
    )
    letter = parsed(text, addressees=[("Ông Chủ tịch UBND tỉnh Hải Dương", "province")], date=OLD)
    result = assess_overreaching(letter, "complaint")
    # The district is the likely level, but no decision or act is named: a clerk decides, not the flag.
    assert (result.flag, result.competent_level, result.rule) == (False, "district", "complaint_first_unsure")
    assert "chưa đủ căn cứ" in result.reason


def test_a_decision_cited_by_a_bare_number_names_its_issuer():
    text = (
        "Kính gửi: Ông Chủ tịch UBND tỉnh Hải Dương\nTôi làm đơn gửi ông Chủ tịch tỉnh vì theo quyết định "
        "số 2156 của huyện Thanh Miện thì nhà tôi không được bố trí tái định cư.\n"
        "Thanh Miện, ngày 2/9/2021\n"
    )
    result = assess_overreaching(parse_letter(text), "complaint")
    assert (result.flag, result.competent_level) == (True, "district")
    assert result.competent_body == "Chủ tịch UBND huyện Thanh Miện"


@pytest.mark.parametrize(
    ("matter", "date", "level"),
    [
        ("Trường tiểu học Cư Pơng xuống cấp, mái dột, đề nghị sửa chữa trường tiểu học.", OLD, "district"),
        ("Trường tiểu học Cư Pơng xuống cấp, mái dột, đề nghị sửa chữa trường tiểu học.", NEW, "commune"),
        ("Đề nghị sửa đổi chuẩn nghèo, tiêu chí xác định hộ nghèo chưa hợp lý.", OLD, "central"),
        ("Trạm y tế xã Khâu Vai thiếu thuốc, trạm y tế đóng cửa ban đêm.", NEW, "commune"),
    ],
)
def test_recommendations_belong_to_the_level_of_their_matter(matter, date, level):
    letter = parsed(f"Kính gửi: Bộ Y tế\n{matter}", addressees=[("Bộ Y tế", "central")], date=date)
    assert assess_overreaching(letter, "recommendation").competent_level == level


def test_recommendations_without_telling_words_trust_the_addressed_level():
    letter = parsed(
        "Kính gửi: UBND huyện Phú Tân\nĐề nghị quan tâm giải quyết khó khăn của bà con.",
        addressees=[("UBND huyện Phú Tân", "district")],
        date=OLD,
    )
    result = assess_overreaching(letter, "recommendation")
    assert (result.flag, result.competent_level) == (False, "district")
