"""Invented petitioners, officials and households: names, birth years, ID numbers, phones."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from training.generator.gazetteer import Locality

_FAMILY = (
    ("Nguyễn", 30),
    ("Trần", 11),
    ("Lê", 9),
    ("Phạm", 7),
    ("Hoàng", 4),
    ("Huỳnh", 3),
    ("Phan", 4),
    ("Vũ", 3),
    ("Võ", 3),
    ("Đặng", 2),
    ("Bùi", 2),
    ("Đỗ", 2),
    ("Hồ", 2),
    ("Ngô", 2),
    ("Dương", 1),
    ("Lý", 1),
    ("Đinh", 1),
    ("Đoàn", 1),
    ("Lâm", 1),
    ("Mai", 1),
    ("Trịnh", 1),
    ("Tạ", 1),
    ("Cao", 1),
    ("Lương", 1),
    ("Hà", 1),
    ("Vương", 1),
    ("Chu", 1),
    ("Triệu", 1),
    ("Kiều", 1),
    ("Quách", 1),
    ("Thái", 1),
    ("Tô", 1),
    ("Khúc", 1),
    ("Lưu", 1),
    ("Châu", 1),
    ("Từ", 1),
    ("Nông", 1),
    ("Lò", 1),
    ("La", 1),
)
_MIDDLE_MALE = (
    "Văn",
    "Văn",
    "Văn",
    "Hữu",
    "Đức",
    "Minh",
    "Quang",
    "Công",
    "Xuân",
    "Thanh",
    "Ngọc",
    "Đình",
    "Bá",
    "Trọng",
    "Tiến",
    "Quốc",
    "Hồng",
    "Anh",
    "Thế",
    "Kim",
)
_MIDDLE_FEMALE = (
    "Thị",
    "Thị",
    "Thị",
    "Thị",
    "Ngọc",
    "Thu",
    "Thanh",
    "Hồng",
    "Kim",
    "Minh",
    "Phương",
    "Bích",
    "Hoài",
    "Diệu",
    "Mỹ",
)
_GIVEN_MALE = (
    "Hùng",
    "Dũng",
    "Tuấn",
    "Minh",
    "Hải",
    "Sơn",
    "Thắng",
    "Long",
    "Nam",
    "Phúc",
    "Hiếu",
    "Quân",
    "Tài",
    "Trung",
    "Khánh",
    "Cường",
    "Bình",
    "Hòa",
    "Lộc",
    "Tâm",
    "Thành",
    "Đạt",
    "Toàn",
    "Vinh",
    "Hưng",
    "Kiên",
    "Nghĩa",
    "Phong",
    "Quý",
    "Sang",
    "Thuận",
    "Tín",
    "Việt",
    "Chiến",
    "Duy",
    "Hậu",
    "Lâm",
    "Mạnh",
    "Nhân",
    "Phát",
    "Quyết",
    "Sỹ",
    "Thông",
    "Trí",
    "Vũ",
    "Xuân",
    "Bảo",
    "Cảnh",
    "Đông",
    "Giang",
    "Hoan",
    "Khải",
    "Lực",
    "Ngọc",
    "Tú",
    "Thiện",
    "Tường",
    "Út",
    "Ba",
    "Tư",
    "Sáu",
    "Bảy",
    "Tám",
    "Chín",
    "Mười",
)
_GIVEN_FEMALE = (
    "Lan",
    "Hoa",
    "Hương",
    "Mai",
    "Hằng",
    "Thảo",
    "Trang",
    "Nga",
    "Hạnh",
    "Loan",
    "Phượng",
    "Yến",
    "Nhung",
    "Thủy",
    "Tuyết",
    "Oanh",
    "Liên",
    "Dung",
    "Hiền",
    "Huệ",
    "Lệ",
    "Ly",
    "My",
    "Ngân",
    "Nhàn",
    "Quyên",
    "Sen",
    "Tâm",
    "Thoa",
    "Thơm",
    "Trinh",
    "Vân",
    "Xuân",
    "Bích",
    "Cúc",
    "Đào",
    "Gấm",
    "Hà",
    "Huyền",
    "Kim",
    "Lụa",
    "Mận",
    "Nguyệt",
    "Phương",
    "Son",
    "Tươi",
    "Uyên",
    "Vy",
    "Út",
    "Hai",
    "Ba",
    "Năm",
)
# Names of ethnic-minority petitioners, by sex, for the northern uplands and the Central Highlands.
_UPLAND_NAMES = {
    False: (
        "Giàng A Páo",
        "Sùng Seo Lử",
        "Lò Văn Hặc",
        "Vàng A Sình",
        "Lầu Mí Chứ",
        "Mùa A Tủa",
        "Cầm Văn Ỏn",
        "Hoàng Văn Slay",
        "Hà Văn Khiêm",
        "Lục Văn Tòng",
    ),
    True: (
        "Lường Thị Ón",
        "Hạng Thị Dợ",
        "Quàng Thị Pha",
        "Nông Thị Pín",
        "Lò Thị Xuân",
        "Vàng Thị Mỷ",
        "Sùng Thị Mai",
    ),
}
_HIGHLAND_NAMES = {
    False: ("Y Blin Niê", "Ksor Nheo", "Rơ Châm Hlang", "Đinh Văn Brông", "Y Khu Mlô", "A Thắng"),
    True: ("H'Hen Mlô", "Siu Blik", "H'Nga Êban", "Rah Lan Hơ Ly", "Ksor H'Phi"),
}
_UPLAND_CODES = {2, 4, 6, 10, 11, 12, 14, 15, 20}
_HIGHLAND_CODES = {62, 64, 66, 67, 52, 68}
_MOBILE_PREFIXES = (
    "090",
    "091",
    "093",
    "094",
    "096",
    "097",
    "098",
    "086",
    "088",
    "089",
    "032",
    "033",
    "034",
    "035",
    "036",
    "037",
    "038",
    "039",
    "070",
    "076",
    "077",
    "078",
    "079",
    "081",
    "082",
    "083",
    "084",
    "085",
    "056",
    "058",
)


@dataclass(frozen=True)
class Person:
    name: str
    female: bool
    birth_year: int
    id_kind: str  # "CCCD" or "CMND"
    id_number: str
    id_issued: date
    phone: str
    home: Locality

    @property
    def honorific(self) -> str:
        return "bà" if self.female else "ông"

    @property
    def given(self) -> str:
        return self.name.split()[-1]


def person_name(rng: random.Random, *, female: bool, province_code: int = 0) -> str:
    if province_code in _UPLAND_CODES and rng.random() < 0.25:
        return rng.choice(_UPLAND_NAMES[female])
    if province_code in _HIGHLAND_CODES and rng.random() < 0.15:
        return rng.choice(_HIGHLAND_NAMES[female])
    family = rng.choices([f for f, _ in _FAMILY], weights=[w for _, w in _FAMILY])[0]
    middle = rng.choice(_MIDDLE_FEMALE if female else _MIDDLE_MALE)
    given = rng.choice(_GIVEN_FEMALE if female else _GIVEN_MALE)
    while given == middle:
        given = rng.choice(_GIVEN_FEMALE if female else _GIVEN_MALE)
    if rng.random() < 0.15:
        second = rng.choice(_MIDDLE_FEMALE[4:] if female else _MIDDLE_MALE[3:])
        if second not in (middle, given):
            return f"{family} {middle} {second} {given}"
    return f"{family} {middle} {given}"


def id_number(rng: random.Random, *, kind: str, female: bool, birth_year: int, province_code: int) -> str:
    """CCCD: province code, sex-and-century digit, two-digit year, six digits; CMND: nine digits."""
    if kind == "CMND":
        return "".join(str(rng.randint(0, 9)) for _ in range(9))
    century = 0 if birth_year < 2000 else 2
    sex_century = century + (1 if female else 0)
    tail = "".join(str(rng.randint(0, 9)) for _ in range(6))
    return f"{province_code:03d}{sex_century}{birth_year % 100:02d}{tail}"


def phone_number(rng: random.Random) -> str:
    digits = rng.choice(_MOBILE_PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    layout = rng.random()
    if layout < 0.55:
        return digits
    if layout < 0.8:
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def make_person(
    rng: random.Random, home: Locality, letter_date: date, *, female: bool | None = None
) -> Person:
    is_female = rng.random() < 0.42 if female is None else female
    # petitioners are mostly middle-aged or older; a few young ones write too
    birth_year = min(letter_date.year - 22, int(rng.triangular(1938, letter_date.year - 22, 1968)))
    # The chip ID card replaced the nine-digit one from 2021; older letters still quote the old number.
    cccd_share = 0.35 if letter_date.year < 2021 else 0.9
    kind = "CCCD" if rng.random() < cccd_share else "CMND"
    issued_year = rng.randint(max(birth_year + 14, letter_date.year - 12), letter_date.year)
    if kind == "CCCD":
        issued_year = max(issued_year, 2016)
    issued = date(min(issued_year, letter_date.year), rng.randint(1, 12), rng.randint(1, 28))
    if issued >= letter_date:
        issued = date(letter_date.year - 1, issued.month, issued.day)
    return Person(
        name=person_name(rng, female=is_female, province_code=home.province_code),
        female=is_female,
        birth_year=birth_year,
        id_kind=kind,
        id_number=id_number(
            rng, kind=kind, female=is_female, birth_year=birth_year, province_code=home.province_code
        ),
        id_issued=issued,
        phone=phone_number(rng),
        home=home,
    )


def official_name(rng: random.Random, province_code: int) -> tuple[str, bool]:
    female = rng.random() < 0.25
    return person_name(rng, female=female, province_code=province_code), female


_COMPANY_KIND = ("Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "Doanh nghiệp tư nhân", "Hợp tác xã")
_COMPANY_WORDS = (
    "Minh Phát",
    "Hưng Thịnh",
    "Phú Gia",
    "Thành Đạt",
    "Tân Tiến",
    "Hoàng Long",
    "An Khang",
    "Đại Phong",
    "Trường Sơn",
    "Việt Hà",
    "Kim Ngân",
    "Sông Hồng",
    "Phương Nam",
    "Bảo An",
    "Thiên Lộc",
    "Hải Đăng",
    "Quang Vinh",
    "Đông Á",
    "Mê Kông",
    "Nam Việt",
    "Lộc Phát",
    "Toàn Thắng",
    "Vạn Xuân",
    "Hòa Phú",
)
_COMPANY_TRADES = (
    "Xây dựng",
    "Thương mại",
    "Đầu tư và Phát triển",
    "Vật liệu xây dựng",
    "Chăn nuôi",
    "Chế biến gỗ",
    "Môi trường",
    "Thủy sản",
    "Dịch vụ Nông nghiệp",
    "Vận tải",
    "Bất động sản",
    "Khai thác khoáng sản",
)


def company_name(rng: random.Random, trade: str | None = None) -> str:
    kind = rng.choice(_COMPANY_KIND)
    chosen_trade = trade or rng.choice(_COMPANY_TRADES)
    if kind == "Hợp tác xã":
        return f"Hợp tác xã {chosen_trade} {rng.choice(_COMPANY_WORDS)}"
    return f"{kind} {chosen_trade} {rng.choice(_COMPANY_WORDS)}"
