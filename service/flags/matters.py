"""Which level is in charge of the matter a recommendation raises (kiến nghị, phản ánh): a village road
is the commune's, a district hospital the district's, a provincial policy the province's, a law the centre's.
"""

from __future__ import annotations

import re

from service.flags.body import matter_text
from service.understanding.types import LEVEL_ORDER, Level

# Which level is in charge of a matter raised by a recommendation, by what the letter talks about (folded
# regular expressions).
_MATTER_WORDS: dict[Level, tuple[str, ...]] = {
    "central": (
        r"(sua doi|bo sung|ban hanh|huong dan) (cac )?(luat|nghi dinh|thong tu|bo luat)",
        r"luat [a-z]+ (nam )?\d{4}",
        r"chinh sach (chung )?cua (nha nuoc|chinh phu)",
        "quoc hoi",
        "chinh phu",
        "thu tuong",
        "toan quoc",
        "ca nuoc",
        r"bo (y te|giao duc|tai chinh|cong an|tai nguyen|noi vu|lao dong|xay dung|giao thong)",
    ),
    "province": (
        r"benh vien (da khoa )?(tinh|thanh pho)",
        "tinh lo",
        "quoc lo",
        "cao toc",
        "khu cong nghiep",
        "nha may",
        "cong ty",
        "bang gia dat",
        r"quy hoach (cua )?tinh",
        r"nghi quyet (cua )?hdnd tinh",
        r"truong (thpt|trung hoc pho thong)",
        r"so (giao duc|y te|tai nguyen|xay dung|giao thong|lao dong|nong nghiep)",
    ),
    "district": (
        r"benh vien (da khoa )?(huyen|quan|thi xa)",
        r"trung tam y te (huyen|quan)",
        "duong huyen",
        r"truong (thcs|trung hoc co so)",
        r"phong (giao duc|tai nguyen|lao dong) (huyen|quan)",
    ),
    "commune": (
        r"duong (lien thon|lien xom|lien ap|thon|xom|ap|ngo|hem|noi dong|giao thong nong thon|dat)",
        "hem",
        "kenh muong",
        r"(muong|cong) thoat nuoc",
        r"den (duong|chieu sang)",
        "nha van hoa",
        "tram y te",
        "mam non",
        "tieu hoc",
        r"cho (xa|phuong|dan sinh)",
        "bai rac",
        "rac thai",
        r"trai (heo|lon|ga|chan nuoi)",
        r"lo (gach|than)",
        "tro cap",
        r"(ho|can) ngheo",
        "nguoi cao tuoi",
        "an ninh trat tu",
        "karaoke",
        "tieng on",
        "loi di",
        "nuoc sinh hoat",
    ),
}
_MATTER_SCOPES = tuple(
    (level, re.compile(r"\b(" + "|".join(words) + r")\b")) for level, words in _MATTER_WORDS.items()
)


def matter_level(folded: str, *, two_tier: bool) -> Level | None:
    """The level with the most telling words in the body of the letter, the lower on a tie; None when
    nothing tells."""
    text = matter_text(folded)
    counts = {level: len(pattern.findall(text)) for level, pattern in _MATTER_SCOPES}
    if two_tier:
        counts["province"] += counts.pop("district")  # former district services went to the province
    best = max(counts.values())
    if not best:
        return None
    return min((level for level, n in counts.items() if n == best), key=lambda level: LEVEL_ORDER[level])
