"""Real place names for both administrative structures, so letters look like the ones clerks receive.

Before 1 July 2025 a place is province > district (huyện, quận, thị xã, thành phố thuộc tỉnh) > commune
(xã, phường, thị trấn); from that day it is province > commune (xã, phường, đặc khu), 34 provinces. The two
lists come from the gazetteers the project already depends on (vietnamadminunits for the 63-province
structure, vietnam-provinces for the 34-province one). Villages are invented.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

# A letter of a southern province says "ấp", a northern one "thôn" or "xóm", the uplands "bản".
_SOUTH_FROM_CODE = 70
_UPLAND_CODES = {2, 4, 6, 10, 11, 12, 14, 15, 20}
_UNINHABITED = {"Hoàng Sa", "Trường Sa"}
_VILLAGE_NAMES = (
    "Đông",
    "Tây",
    "Nam",
    "Bắc",
    "Trung",
    "Thượng",
    "Hạ",
    "Tân Lập",
    "Tân Thành",
    "Phú An",
    "Phú Lợi",
    "Hòa Bình",
    "An Lạc",
    "Bình Minh",
    "Đồng Tâm",
    "Thống Nhất",
    "Quyết Tiến",
    "Tiền Phong",
    "Làng Mới",
    "Đình",
    "Chợ",
    "Gò Mít",
    "Bàu Sen",
    "Cầu Đá",
    "Rạch Gốc",
    "Tân Hưng",
    "Phước Lộc",
    "Mỹ Thạnh",
    "Long Phú",
    "Khánh Hội",
    "Vĩnh Hòa",
    "An Phước",
    "Đồng Bông",
    "Cây Gạo",
    "Bến Đò",
    "Trại",
    "Nội",
    "Ngoại",
    "Hưng Long",
    "Kim Sơn",
)
_UPLAND_VILLAGES = (
    "Nà Pàn",
    "Pác Nặm",
    "Huổi Lếch",
    "Co Muồng",
    "Phiêng Ban",
    "Nậm Cang",
    "Khau Vài",
    "Lũng Cú",
)


@dataclass(frozen=True)
class Locality:
    """Where a petitioner lives or a matter happened, as written on a letter of a given era."""

    province_kind: str  # "tỉnh" or "thành phố"
    province_name: str
    district_kind: str | None  # None after 1 July 2025
    district_name: str | None
    commune_kind: str  # "xã", "phường", "thị trấn", "đặc khu"
    commune_name: str
    village: str
    province_code: int

    @property
    def province(self) -> str:
        return f"{self.province_kind} {self.province_name}"

    @property
    def district(self) -> str | None:
        if self.district_kind is None or self.district_name is None:
            return None
        return f"{self.district_kind} {self.district_name}"

    @property
    def commune(self) -> str:
        return f"{self.commune_kind} {self.commune_name}"

    @property
    def two_tier(self) -> bool:
        return self.district_kind is None

    def address(self, *, with_village: bool = True) -> str:
        parts = [self.village] if with_village else []
        parts.append(self.commune)
        if self.district:
            parts.append(self.district)
        parts.append(self.province)
        return ", ".join(parts)


@dataclass(frozen=True)
class _Unit:
    province_kind: str
    province_name: str
    province_code: int
    district_kind: str | None
    district_name: str | None
    commune_kind: str
    commune_name: str


def _split_kind(full: str, kinds: tuple[str, ...]) -> tuple[str, str]:
    for kind in kinds:
        if full.lower().startswith(kind.lower() + " "):
            return kind, full[len(kind) + 1 :]
    raise ValueError(f"unknown unit type in {full!r}")


@lru_cache(maxsize=1)
def legacy_units() -> tuple[_Unit, ...]:
    """Communes of the 63-province structure (before 1 July 2025), sorted for determinism."""
    raw = resources.files("vietnamadminunits").joinpath("data/parser_legacy.json").read_text("utf-8")
    data = json.loads(raw)
    provinces = data["DICT_PROVINCE"]
    districts = data["DICT_PROVINCE_DISTRICT"]
    wards = data["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"]
    units: list[_Unit] = []
    for province_key, province in provinces.items():
        province_kind, province_name = _split_kind(province["province"], ("Tỉnh", "Thành phố"))
        for district_key, district in districts[province_key].items():
            district_kind, district_name = _split_kind(
                district["district"], ("Huyện", "Quận", "Thị xã", "Thành phố")
            )
            for ward in wards.get(province_key, {}).get(district_key, {}).values():
                if not isinstance(ward.get("wardType"), str):
                    continue
                commune_kind, commune_name = _split_kind(ward["ward"], ("Xã", "Phường", "Thị trấn"))
                units.append(
                    _Unit(
                        province_kind.lower(),
                        province_name,
                        int(province["provinceCode"]),
                        district_kind.lower(),
                        district_name,
                        commune_kind.lower(),
                        commune_name,
                    )
                )
    return tuple(sorted(units, key=lambda u: (u.province_code, u.district_name or "", u.commune_name)))


@lru_cache(maxsize=1)
def two_tier_units() -> tuple[_Unit, ...]:
    """Communes of the 34-province structure (from 1 July 2025), sorted for determinism."""
    import vietnam_provinces as vp

    provinces = {p.code.value: p for p in vp.Province.iter_all()}
    units: list[_Unit] = []
    for ward in vp.Ward.iter_all():
        province = provinces[ward.province_code.value]
        if province.name.startswith("Thành phố "):
            province_kind, province_name = "thành phố", province.name[len("Thành phố ") :]
        else:
            province_kind, province_name = "tỉnh", province.name
        commune_kind, commune_name = _split_kind(ward.name, ("Xã", "Phường", "Đặc khu"))
        if commune_name in _UNINHABITED:
            continue
        units.append(
            _Unit(
                province_kind,
                province_name,
                province.code.value,
                None,
                None,
                commune_kind.lower(),
                commune_name,
            )
        )
    return tuple(sorted(units, key=lambda u: (u.province_code, u.commune_name)))


def village_of(unit: _Unit, rng: random.Random) -> str:
    urban = unit.commune_kind in ("phường", "thị trấn")
    if urban:
        kind = rng.choice(("tổ dân phố", "khu phố", "tổ", "khối")) if unit.province_code < 70 else "khu phố"
        return f"{kind} {rng.randint(1, 15)}"
    if unit.province_code in _UPLAND_CODES and rng.random() < 0.6:
        return f"bản {rng.choice(_UPLAND_VILLAGES)}"
    if unit.province_code >= _SOUTH_FROM_CODE:
        kind = "ấp"
    else:
        kind = rng.choice(("thôn", "thôn", "xóm", "làng")) if unit.province_code < 40 else "thôn"
    if rng.random() < 0.3:
        return f"{kind} {rng.randint(1, 12)}"
    return f"{kind} {rng.choice(_VILLAGE_NAMES)}"


# Huế became a centrally run city on 1 January 2025; the legacy list already names it so.
_HUE_CODE = 46
_HUE_CITY_FROM = date(2025, 1, 1)


def _locality(unit: _Unit, rng: random.Random, on: date | None = None) -> Locality:
    province_kind, province_name = unit.province_kind, unit.province_name
    if unit.province_code == _HUE_CODE and on is not None and on < _HUE_CITY_FROM:
        province_kind, province_name = "tỉnh", "Thừa Thiên Huế"
    return Locality(
        province_kind=province_kind,
        province_name=province_name,
        district_kind=unit.district_kind,
        district_name=unit.district_name,
        commune_kind=unit.commune_kind,
        commune_name=unit.commune_name,
        village=village_of(unit, rng),
        province_code=unit.province_code,
    )


def random_locality(rng: random.Random, *, two_tier: bool, on: date | None = None) -> Locality:
    units = two_tier_units() if two_tier else legacy_units()
    return _locality(rng.choice(units), rng, on)


def neighbour_locality(place: Locality, rng: random.Random) -> Locality:
    """Another village of the same commune: the neighbours of a near-miss pair live here."""
    return Locality(
        province_kind=place.province_kind,
        province_name=place.province_name,
        district_kind=place.district_kind,
        district_name=place.district_name,
        commune_kind=place.commune_kind,
        commune_name=place.commune_name,
        village=village_of(
            _Unit(
                place.province_kind,
                place.province_name,
                place.province_code,
                place.district_kind,
                place.district_name,
                place.commune_kind,
                place.commune_name,
            ),
            rng,
        ),
        province_code=place.province_code,
    )
