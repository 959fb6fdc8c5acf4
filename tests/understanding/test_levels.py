"""The administrative level of a body or official, with the gazetteer's "thành phố" cases."""

from __future__ import annotations

import datetime as dt

import pytest

from service.understanding import fold
from service.understanding.gazetteer import city_level, gazetteer
from service.understanding.levels import LevelContext, body_level, find_units


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Chủ tịch UBND xã Tân Phú", "commune"),
        ("Ủy ban nhân dân phường Bến Nghé, Quận 1", "commune"),
        ("UBND thị trấn Phú Mỹ", "commune"),
        ("UBND đặc khu Phú Quốc", "commune"),
        ("Công an xã Diễn Hồng", "commune"),
        ("cán bộ địa chính xã", "commune"),
        ("Trưởng thôn Phú Lợi", "commune"),
        ("Phòng Kinh tế xã Tân Phú", "commune"),
        ("Chu tich UBND xa Tan Phu", "commune"),
        ("UBND P.5, Q.3, TP.HCM", "commune"),
        ("Ủy ban nhân dân huyện Phú Tân, tỉnh An Giang", "district"),
        ("Phòng Tài nguyên và Môi trường huyện Phú Tân", "district"),
        ("Phòng Lao động - Thương binh và Xã hội huyện Yên Thành", "district"),
        ("Chi nhánh Văn phòng đăng ký đất đai huyện Phú Tân", "district"),
        ("Công an huyện", "district"),
        ("Chủ tịch UBND Thị xã Tân Uyên", "district"),
        ("Huyện ủy Phú Tân", "district"),
        ("UBND thành phố Vinh", "district"),
        ("UBND TP. Thủ Dầu Một", "district"),
        ("Hiệu trưởng Trường THCS Lê Lợi", "district"),
        ("UBND tỉnh An Giang", "province"),
        ("UBND tinh Nghe An", "province"),
        ("Thanh tra tỉnh", "province"),
        ("Sở Tài nguyên và Môi trường tỉnh Nghệ An", "province"),
        ("Sở Xây dựng", "province"),
        ("Giám đốc Sở Tư pháp", "province"),
        ("So Tai nguyen va Moi truong", "province"),
        ("Ban Tiếp công dân tỉnh", "province"),
        ("Tỉnh ủy Bình Dương", "province"),
        ("Thành ủy Hà Nội", "province"),
        ("UBND Thành phố Hồ Chí Minh", "province"),
        ("Chủ tịch UBND TP.HCM", "province"),
        ("Tòa án nhân dân tỉnh Long An", "province"),
        ("Văn phòng đăng ký đất đai tỉnh", "province"),
        ("Thủ tướng Chính phủ", "central"),
        ("Thanh tra Chính phủ", "central"),
        ("Ban Tiếp công dân Trung ương", "central"),
        ("Bộ Tài nguyên và Môi trường", "central"),
        ("Bộ Công an", "central"),
        ("Ủy ban Thường vụ Quốc hội", "central"),
        ("Ban Dân nguyện", "central"),
        ("Chủ tịch nước", "central"),
        ("Ban Bí thư Trung ương Đảng", "central"),
        ("Đoàn Đại biểu Quốc hội tỉnh An Giang", "none"),
        ("Đại biểu Quốc hội Nguyễn Văn A", "none"),
        ("Ủy ban MTTQ Việt Nam xã Tân Phú", "none"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An", "none"),
        ("Báo Tuổi Trẻ", "none"),
        ("Đài Phát thanh và Truyền hình tỉnh", "none"),
        ("Hội Nông dân xã", "none"),
        ("Công đoàn cơ sở", "none"),
        ("Cơ quan Công an", "none"),
        ("quý cơ quan", "none"),
    ],
)
def test_level_of_a_body(name: str, level: str) -> None:
    assert body_level(name).level == level


@pytest.mark.parametrize(
    "phrase",
    [
        "cơ quan chức năng",  # quan
        "co quan Cong an",
        "chính quyền địa phương",  # phường
        "dia phuong Tan Phu",
        "bảo hiểm xã hội",  # xã
        "Bộ Lao động - Thương binh và Xã hội",
        "ở xa",
        "tính toán, tình hình, tỉnh táo",  # tỉnh
        "Thông tư TT 05/2021",
        "Nguyễn T. Hoa",
    ],
)
def test_ordinary_words_are_not_units(phrase: str) -> None:
    assert find_units(phrase, fold(phrase), plain=False, context=LevelContext()) == []


def test_unit_is_reported() -> None:
    assert body_level("Chủ tịch UBND xã Tân Phú, huyện Phú Tân").unit == "xã Tân Phú"
    assert body_level("Sở Tài nguyên và Môi trường tỉnh Nghệ An").unit == "tỉnh Nghệ An"


def test_plain_letters_read_bare_unit_words() -> None:
    assert body_level("chu tich ubnd xa", plain=True).level == "commune"
    assert body_level("chu tich ubnd xa", plain=False).level == "none"
    assert body_level("chu tich ubnd huyen").level == "district"  # "huyen" means nothing else


def test_hue_became_a_central_city_in_2025() -> None:
    before = LevelContext(on=dt.date(2023, 5, 1))
    after = LevelContext(on=dt.date(2025, 3, 1))
    assert body_level("UBND thành phố Huế", context=before).level == "district"
    assert body_level("UBND thành phố Huế", context=after).level == "province"
    assert body_level("UBND thành phố Huế").level == "province"


def test_city_without_a_name_follows_the_letter() -> None:
    assert body_level("Chủ tịch UBND Thành phố").level == "district"
    assert (
        body_level("Chủ tịch UBND Thành phố", context=LevelContext(city_default="province")).level
        == "province"
    )


def test_commune_offices_after_the_reform() -> None:
    assert body_level("Phòng Kinh tế", context=LevelContext(on=dt.date(2025, 9, 1))).level == "commune"
    assert body_level("Phòng Kinh tế", context=LevelContext(on=dt.date(2024, 9, 1))).level == "none"


def test_gazetteer_knows_both_maps() -> None:
    names = gazetteer()
    assert {"an giang", "ha giang", "binh duong", "thua thien hue", "ha noi"} <= names.provinces
    assert names.is_provincial_city("thu dau mot")
    assert names.is_provincial_city("vinh")
    assert not names.is_provincial_city("phu tan")
    assert city_level("ha noi") == "province"
    assert city_level("vinh") == "district"
    assert city_level("hue", on=dt.date(2024, 12, 31)) == "district"
