"""Names of Vietnam's administrative units, before and after the July 2025 reform.

Read once from two installed packages: `vietnamadminunits` (the 63 provinces and their districts with
their kind, as they stood before 1 July 2025) and `vietnam-provinces` (the 34 provinces after it).
Keys are folded names (lower case, no diacritics) so that letters typed without diacritics match.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from service.understanding.folding import fold

log = logging.getLogger(__name__)

# Centrally-run cities (thành phố trực thuộc trung ương): their "thành phố" is a province.
CENTRAL_CITIES = frozenset({"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"})
CENTRAL_CITY_ALIASES = {
    "hn": "ha noi",
    "hcm": "ho chi minh",
    "tphcm": "ho chi minh",
    "sai gon": "ho chi minh",
    "hp": "hai phong",
    "dn": "da nang",
    "ct": "can tho",
}
# Huế became a centrally-run city on 1 January 2025; before, it was Thừa Thiên Huế's provincial city.
HUE_CENTRAL_SINCE = dt.date(2025, 1, 1)


@dataclass(frozen=True)
class Gazetteer:
    provinces: frozenset[str]  # folded short names, before and after the reform
    district_kinds: dict[str, frozenset[str]] = field(default_factory=dict)  # name -> {"huyen", ...}

    def is_provincial_city(self, name: str) -> bool:
        return "thanh pho" in self.district_kinds.get(name, frozenset())


def city_level(name: str, *, on: dt.date | None = None) -> str:
    """Level of "thành phố <name>": a centrally-run city is a province, any other city a district."""
    key = CENTRAL_CITY_ALIASES.get(name, name)
    if key == "hue":
        return "district" if on is not None and on < HUE_CENTRAL_SINCE else "province"
    if key in CENTRAL_CITIES:
        return "province"
    return "district"


def _short(name: str) -> str:
    folded = fold(name)
    for prefix in ("thanh pho ", "tinh ", "quan ", "huyen ", "thi xa "):
        if folded.startswith(prefix):
            return folded[len(prefix) :].strip()
    return folded.strip()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    provinces: set[str] = set(CENTRAL_CITIES)
    kinds: dict[str, set[str]] = {}
    try:
        source = resources.files("vietnamadminunits") / "data" / "parser_legacy.json"
        legacy = json.loads(source.read_text(encoding="utf-8"))
        for entry in legacy["DICT_PROVINCE"].values():
            provinces.add(_short(entry["province"]))
        for districts in legacy["DICT_PROVINCE_DISTRICT"].values():
            for entry in districts.values():
                kinds.setdefault(_short(entry["district"]), set()).add(fold(entry["districtType"]))
    except (OSError, KeyError, ValueError) as error:  # the package's data layout is not ours to rely on
        log.warning("pre-2025 gazetteer unavailable: %s", error)
    try:
        from vietnam_provinces import Province

        provinces.update(_short(p.name) for p in Province.iter_all())
    except (ImportError, AttributeError) as error:
        log.warning("post-2025 gazetteer unavailable: %s", error)
    provinces.add("thua thien hue")
    return Gazetteer(
        provinces=frozenset(provinces),
        district_kinds={name: frozenset(values) for name, values in kinds.items()},
    )
