"""State bodies and officials as letters name them, with the administrative level SPEC.md assigns.

Names follow the date of the letter: district bodies exist only before 1 July 2025, and the ministries and
provincial departments merged on 1 March 2025 (Tài nguyên và Môi trường + Nông nghiệp → Nông nghiệp và Môi
trường; Lao động - Thương binh và Xã hội → Nội vụ for labour and people with merit).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Literal

from training.generator.gazetteer import Locality

Level = Literal["commune", "district", "province", "central", "none"]
LEVEL_RANK: dict[str, int] = {"commune": 0, "district": 1, "province": 2, "central": 3}
TWO_TIER_FROM = date(2025, 7, 1)
MINISTRY_MERGER = date(2025, 3, 1)


@dataclass(frozen=True)
class Body:
    """A body or official post: `name` as written on an envelope, `short` as written in running text."""

    name: str
    short: str
    level: Level


def above(level: Level, *, two_tier: bool) -> Level:
    """The level directly superior to `level` on the structure of the letter's date."""
    if level == "commune":
        return "province" if two_tier else "district"
    if level == "district":
        return "province"
    return "central"


def is_above(addressee: Level, competent: Level) -> bool:
    if addressee == "none" or competent == "none":
        return False
    return LEVEL_RANK[addressee] > LEVEL_RANK[competent]


def overreaching(addressee: Level, competent: Level, prior_resolution: bool) -> bool:
    """vượt cấp: sent above the level that must handle the matter first, with no sign that level acted."""
    return is_above(addressee, competent) and not prior_resolution


def _ubnd(rng: random.Random) -> tuple[str, str]:
    """The full and abbreviated name of a People's Committee, in the proportions letters use them."""
    return "Ủy ban nhân dân", rng.choice(("UBND", "UBND", "UBND", "Ủy ban nhân dân", "Ủy ban nhân dân", "UB"))


def commune_committee(place: Locality, rng: random.Random) -> Body:
    full, short = _ubnd(rng)
    return Body(f"{full} {place.commune}", f"{short} {place.commune}", "commune")


def commune_chairman(place: Locality, rng: random.Random) -> Body:
    full, short = _ubnd(rng)
    return Body(f"Chủ tịch {full} {place.commune}", f"Chủ tịch {short} {place.commune}", "commune")


def commune_police(place: Locality) -> Body:
    return Body(f"Công an {place.commune}", f"Công an {place.commune}", "commune")


def district_committee(place: Locality, rng: random.Random) -> Body:
    full, short = _ubnd(rng)
    return Body(f"{full} {place.district}", f"{short} {place.district}", "district")


def district_chairman(place: Locality, rng: random.Random) -> Body:
    full, short = _ubnd(rng)
    return Body(f"Chủ tịch {full} {place.district}", f"Chủ tịch {short} {place.district}", "district")


DISTRICT_OFFICES = {
    "land": ("Phòng Tài nguyên và Môi trường", "Phòng TN&MT"),
    "social": ("Phòng Lao động - Thương binh và Xã hội", "Phòng LĐ-TB&XH"),
    "construction": ("Phòng Kinh tế và Hạ tầng", "Phòng KT&HT"),
    "urban": ("Phòng Quản lý đô thị", "Phòng QLĐT"),
    "education": ("Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT"),
    "justice": ("Phòng Tư pháp", "Phòng Tư pháp"),
    "inspect": ("Thanh tra", "Thanh tra"),
    "compensation": ("Ban Bồi thường, giải phóng mặt bằng", "Ban Bồi thường GPMB"),
    "landfund": ("Trung tâm Phát triển quỹ đất", "Trung tâm PTQĐ"),
    "health": ("Trung tâm Y tế", "Trung tâm Y tế"),
    "police": ("Công an", "Công an"),
    "enforcement": ("Chi cục Thi hành án dân sự", "Chi cục THADS"),
}


def district_office(place: Locality, office: str) -> Body:
    full, short = DISTRICT_OFFICES[office]
    return Body(f"{full} {place.district}", f"{short} {place.district}", "district")


def _department(kind: str, on: date) -> tuple[str, str]:
    merged = on >= MINISTRY_MERGER
    return {
        "land": ("Sở Nông nghiệp và Môi trường", "Sở NN&MT")
        if merged
        else ("Sở Tài nguyên và Môi trường", "Sở TN&MT"),
        "social": ("Sở Nội vụ", "Sở Nội vụ")
        if merged
        else ("Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH"),
        "construction": ("Sở Xây dựng", "Sở Xây dựng"),
        "health": ("Sở Y tế", "Sở Y tế"),
        "education": ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
        "justice": ("Sở Tư pháp", "Sở Tư pháp"),
        "finance": ("Sở Tài chính", "Sở Tài chính"),
        "transport": ("Sở Xây dựng", "Sở Xây dựng") if merged else ("Sở Giao thông vận tải", "Sở GTVT"),
    }[kind]


def province_department(place: Locality, kind: str, on: date) -> Body:
    full, short = _department(kind, on)
    return Body(f"{full} {place.province}", f"{short} {place.province}", "province")


def province_committee(place: Locality, rng: random.Random) -> Body:
    full, short = _ubnd(rng)
    return Body(f"{full} {place.province}", f"{short} {place.province}", "province")


def province_chairman(place: Locality, rng: random.Random) -> Body:
    full, short = _ubnd(rng)
    return Body(f"Chủ tịch {full} {place.province}", f"Chủ tịch {short} {place.province}", "province")


def province_inspectorate(place: Locality) -> Body:
    return Body(f"Thanh tra {place.province}", f"Thanh tra {place.province}", "province")


def province_police(place: Locality) -> Body:
    return Body(f"Công an {place.province}", f"Công an {place.province}", "province")


def province_citizen_office(place: Locality) -> Body:
    return Body(f"Ban Tiếp công dân {place.province}", f"Ban Tiếp công dân {place.province}", "province")


def province_insurance(place: Locality) -> Body:
    return Body(f"Bảo hiểm xã hội {place.province}", f"BHXH {place.province}", "province")


def province_enforcement(place: Locality, on: date) -> Body:
    if on >= TWO_TIER_FROM:
        return Body(f"Thi hành án dân sự {place.province}", f"THADS {place.province}", "province")
    return Body(f"Cục Thi hành án dân sự {place.province}", f"Cục THADS {place.province}", "province")


def _ministries(field: str, on: date) -> list[tuple[str, str]]:
    merged = on >= MINISTRY_MERGER
    by_field = {
        "land": [
            ("Bộ Nông nghiệp và Môi trường", "Bộ NN&MT")
            if merged
            else ("Bộ Tài nguyên và Môi trường", "Bộ TN&MT")
        ],
        "environment": [
            ("Bộ Nông nghiệp và Môi trường", "Bộ NN&MT")
            if merged
            else ("Bộ Tài nguyên và Môi trường", "Bộ TN&MT")
        ],
        "social_policy": [
            ("Bộ Nội vụ", "Bộ Nội vụ") if merged else ("Bộ Lao động - Thương binh và Xã hội", "Bộ LĐ-TB&XH")
        ],
        "health": [("Bộ Y tế", "Bộ Y tế")],
        "education": [("Bộ Giáo dục và Đào tạo", "Bộ GD&ĐT")],
        "construction": [("Bộ Xây dựng", "Bộ Xây dựng")],
        "justice": [("Bộ Tư pháp", "Bộ Tư pháp"), ("Bộ Công an", "Bộ Công an")],
        "corruption": [
            ("Ban Nội chính Trung ương", "Ban Nội chính Trung ương"),
            ("Bộ Công an", "Bộ Công an"),
        ],
    }
    return by_field.get(field, [])


def central_body(field: str, on: date, rng: random.Random) -> Body:
    """A central addressee; the national reception and inspection bodies are the usual targets."""
    options: list[tuple[str, str]] = [
        ("Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
        ("Thanh tra Chính phủ", "Thanh tra Chính phủ"),
        ("Ban Tiếp công dân Trung ương", "Ban Tiếp công dân Trung ương"),
        ("Văn phòng Chính phủ", "Văn phòng Chính phủ"),
        ("Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương"),
    ]
    if on < MINISTRY_MERGER:
        # renamed in the 2025 restructuring; later letters use the national reception bodies instead
        options.append(("Ban Dân nguyện của Ủy ban Thường vụ Quốc hội", "Ban Dân nguyện"))
    options += _ministries(field, on) * 2
    full, short = rng.choice(options)
    return Body(full, short, "central")


_NEWSPAPERS = (
    "Báo Nhân Dân",
    "Báo Lao Động",
    "Báo Tuổi Trẻ",
    "Báo Thanh Niên",
    "Báo Tiền Phong",
    "Báo Pháp luật",
    "Báo Người Lao Động",
    "Báo Nông thôn Ngày nay",
    "Báo Đại Đoàn Kết",
    "Báo Dân Việt",
    "Báo Công an nhân dân",
)


def newspaper(rng: random.Random, place: Locality | None = None) -> Body:
    if place is not None and rng.random() < 0.3:
        name = f"Báo {place.province_name}"
    else:
        name = rng.choice(_NEWSPAPERS)
    return Body(name, name, "none")


def newspaper_column(paper: Body, rng: random.Random) -> Body:
    column = rng.choice(
        ("Ban Bạn đọc", "Chuyên mục Bạn đọc", "Ban Biên tập", "Ban Bạn đọc - Công tác xã hội")
    )
    return Body(f"{column} {paper.name}", f"{column} {paper.short}", "none")


def unranked_body(place: Locality, rng: random.Random) -> Body:
    """Elected deputies, the Fatherland Front and the press: bodies SPEC.md puts at level `none`."""
    choice = rng.randrange(5)
    if choice == 0:
        name = f"Đoàn Đại biểu Quốc hội {place.province}"
    elif choice == 1:
        name = f"Ủy ban Mặt trận Tổ quốc Việt Nam {place.commune}"
    elif choice == 2:
        name = f"Ủy ban Mặt trận Tổ quốc Việt Nam {place.province}"
    elif choice == 3:
        name = f"Hội Nông dân {place.commune}"
    else:
        return newspaper(rng, place)
    return Body(name, name, "none")
