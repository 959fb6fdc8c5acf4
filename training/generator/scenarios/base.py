"""What the scenario builders share: place slots, who decides what on a given date, officials' names."""

from __future__ import annotations

import random
from dataclasses import dataclass

from training.generator import bodies as b
from training.generator.bodies import Body
from training.generator.gazetteer import Locality
from training.generator.grammar import SlotValue
from training.generator.matter import Setting
from training.generator.people import company_name, official_name


def place_slots(place: Locality) -> dict[str, SlotValue]:
    commune = place.commune
    district = place.district
    local = [commune, "địa phương", "xã" if place.commune_kind == "xã" else place.commune_kind]
    return {
        "village": place.village,
        "commune": commune,
        "province": place.province,
        "where": f"{place.village}, {commune}",
        "where_full": place.address(),
        "local": local,
        "district_or_commune": district if district else commune,
    }


@dataclass(frozen=True)
class Authority:
    """The body that issued a decision (or acted), and the one a second complaint goes to."""

    issuer: Body  # as named in running text ("Chủ tịch UBND huyện X")
    issuer_body: Body  # the committee or office itself ("UBND huyện X")
    superior: Body
    kind: str  # for document numbers


def local_land_authority(setting: Setting, rng: random.Random) -> Authority:
    """Land recovery and compensation: the district before the reform, the commune after it."""
    place = setting.place
    if setting.two_tier:
        return Authority(
            b.commune_chairman(place, rng),
            b.commune_committee(place, rng),
            b.province_chairman(place, rng),
            "committee",
        )
    return Authority(
        b.district_chairman(place, rng),
        b.district_committee(place, rng),
        b.province_chairman(place, rng),
        "committee",
    )


def commune_authority(setting: Setting, rng: random.Random) -> Authority:
    place = setting.place
    superior = b.province_chairman(place, rng) if setting.two_tier else b.district_chairman(place, rng)
    return Authority(b.commune_chairman(place, rng), b.commune_committee(place, rng), superior, "committee")


def province_authority(setting: Setting, rng: random.Random, field: str) -> Authority:
    place = setting.place
    return Authority(
        b.province_chairman(place, rng),
        b.province_committee(place, rng),
        b.central_body(field, setting.letter_date, rng),
        "committee",
    )


def department_authority(setting: Setting, rng: random.Random, kind: str, document: str) -> Authority:
    place = setting.place
    department = b.province_department(place, kind, setting.letter_date)
    head = Body(f"Giám đốc {department.name}", f"Giám đốc {department.short}", "province")
    return Authority(head, department, b.province_chairman(place, rng), document)


def district_office_authority(setting: Setting, rng: random.Random, office: str, document: str) -> Authority:
    """A district office (only before the reform): a second complaint goes to the district chairman."""
    place = setting.place
    office_body = b.district_office(place, office)
    head = Body(f"Trưởng {office_body.name}", f"Trưởng {office_body.short}", "district")
    return Authority(head, office_body, b.district_chairman(place, rng), document)


def official(setting: Setting, rng: random.Random) -> tuple[str, bool]:
    """The named official of a near-miss pair is shared; otherwise a fresh invented name."""
    if setting.shared is not None:
        return setting.shared.official, setting.shared.official_female
    return official_name(rng, setting.place.province_code)


def honorific(female: bool) -> str:
    return "bà" if female else "ông"


_PROJECT_KINDS = (
    "dự án đường giao thông liên xã {name}",
    "dự án mở rộng Quốc lộ {number}",
    "dự án Khu dân cư {name}",
    "dự án Cụm công nghiệp {name}",
    "dự án nâng cấp đê sông {river}",
    "dự án xây dựng trường mầm non {name}",
    "dự án đường vành đai {number}",
    "dự án hồ chứa nước {name}",
    "dự án Khu đô thị mới {name}",
    "dự án nâng cấp Đường tỉnh {number}",
    "dự án kè chống sạt lở sông {river}",
    "dự án xây dựng chợ {name}",
)
_PROJECT_NAMES = (
    "Tân Phú",
    "Đông Hưng",
    "Phước Thạnh",
    "Hòa Lạc",
    "Bình Minh",
    "Nam Sơn",
    "Tây Bắc",
    "An Thịnh",
    "Việt Hưng",
    "Long Hậu",
    "Thanh Bình",
    "Cát Tường",
    "Hưng Phát",
    "Hồng Hà",
    "Trung Sơn",
    "Phú Mỹ",
    "Đồng Văn",
    "Kim Long",
)
_RIVERS = (
    "Hồng",
    "Đáy",
    "Cầu",
    "Lam",
    "Mã",
    "Thu Bồn",
    "Trà Khúc",
    "Ba",
    "Đồng Nai",
    "Vàm Cỏ",
    "Hậu",
    "Tiền",
    "Cái",
)


def random_project(rng: random.Random) -> str:
    pattern = rng.choice(_PROJECT_KINDS)
    return pattern.format(
        name=rng.choice(_PROJECT_NAMES), number=rng.randint(1, 80), river=rng.choice(_RIVERS)
    )


def project_name(setting: Setting, rng: random.Random) -> str:
    if setting.shared is not None:
        return setting.shared.project
    return random_project(rng)


def firm_name(setting: Setting, rng: random.Random, trade: str | None = None) -> str:
    if setting.shared is not None:
        return setting.shared.company
    return company_name(rng, trade)
