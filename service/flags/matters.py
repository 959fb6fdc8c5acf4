"""Which level is in charge of what a letter is about, read from its words: for a recommendation (kiến
nghị, phản ánh) the matter it raises (a village road is the commune's, a provincial hospital the
province's, a law the centre's); for a complaint or denunciation whose subject the reader did not find,
the body the letter names ("Quyết định số 2156 của huyện", "Trung tâm Y tế huyện Bắc Quang").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.flags.body import matter_text
from service.understanding.folding import fold
from service.understanding.types import LEVEL_ORDER, Level

# Folded regular expressions of what each level is in charge of.
_MATTER_WORDS: dict[str, tuple[str, ...]] = {
    "central": (
        r"(sua doi|bo sung|ban hanh|huong dan) (cac )?(luat|nghi dinh|thong tu|bo luat)",
        r"luat [a-z]+ (nam )?\d{4}", r"chinh sach (chung )?cua (nha nuoc|chinh phu)",
        "quoc hoi", "chinh phu", "thu tuong", "toan quoc", "ca nuoc", "luat dat dai", "nghi dinh", "thong tu",
        r"bo (y te|giao duc|tai chinh|cong an|tai nguyen|noi vu|lao dong|xay dung|giao thong|tu phap)",
    ),
    "province": (
        r"benh vien (da khoa )?(tinh|thanh pho)", "tinh lo", r"duong tinh( \d+)?",
        "khu cong nghiep", "cum cong nghiep", "nha may", "cong ty", "bang gia dat", r"quy hoach (cua )?tinh",
        r"nghi quyet (cua )?hdnd tinh", r"truong (thpt|trung hoc pho thong)", r"(ca|toan) tinh",
        r"tren dia ban (toan )?tinh",
        # Power supply is the provincial power company's (Công ty Điện lực tỉnh).
        "dien luc", "tram bien ap", r"dien luoi( quoc gia)?", "keo dien", r"(cup|mat) dien",
    ),
    "district": (
        r"benh vien (da khoa )?(huyen|quan|thi xa)", r"trung tam y te (huyen|quan|thi xa)", "duong huyen",
        # Resettlement sites are built by the district's compensation board for a project.
        r"(khu|diem) tai dinh cu", r"ho (dan )?tai dinh cu",
        r"phong (giao duc|tai nguyen|lao dong|van hoa|kinh te|quan ly do thi) (huyen|quan|thi xa)",
    ),
    # Policies and national roads: the province or the centre, whichever the writer addressed.
    "policy": (
        r"(sua doi|dieu chinh|bo sung|ban hanh) (lai )?(chuan|tieu chi|quy dinh|chinh sach|muc|khung)",
        "chuan ngheo", r"tieu chi (xac dinh|cong nhan)", "quoc lo", "cao toc",
    ),
    # Run by the district before 1 July 2025 and by the commune since (schools up to lower secondary,
    # social allowances).
    "local_services": (
        r"truong (thcs|trung hoc co so)", "mam non", "tieu hoc", "diem truong", r"tro cap( xa hoi)?",
        r"bao tro xa hoi", r"nguoi co cong", r"che do (chinh sach|tro cap)", "bai rac", r"thu gom rac",
    ),
    "commune": (
        r"duong (lien thon|lien xom|lien ap|lien to|thon|xom|ap|ngo|hem|noi dong|giao thong nong thon|dat)",
        r"duong (trong|giua|qua) (thon|ap|xom|ban|khu pho|to dan pho)",
        "hem", "kenh muong", r"(muong|cong) thoat nuoc", r"den (duong|chieu sang)", "nha van hoa",
        "tram y te", r"cho (xa|phuong|dan sinh)", "rac thai", r"trai (heo|lon|ga|chan nuoi)", "chan nuoi",
        r"ngap (ung|nuoc|sau)", r"(xom|thon|ap|to dan pho|khu pho) [a-z0-9]+ (bi|deu bi) ngap",
        r"lo (gach|than)", r"(ho|can) ngheo", "an ninh trat tu", "karaoke", "tieng on",
        "loi di", "nuoc sinh hoat",
    ),
}  # fmt: skip
_MATTER_SCOPES = tuple(
    (name, re.compile(r"\b(" + "|".join(words) + r")\b")) for name, words in _MATTER_WORDS.items()
)

# A body of the administration named in the letter: an organ word, then its unit within a few words ("UBND
# huyện", "Trung tâm Y tế huyện", "Chi cục Thi hành án dân sự huyện"), or "của huyện". Read with diacritics
# when the letter has them: folded, "tỉnh" (province) and "tính" (to count) are one word.
_ORGANS = (
    "ubnd|ủy ban nhân dân|uỷ ban nhân dân|chủ tịch|chi cục|trung tâm|phòng|bệnh viện|công an|tòa án|toà án"
    "|cán bộ|công chức|địa chính|thanh tra|văn phòng|ban quản lý"
)
_BODY_UNIT = re.compile(
    rf"(?<!\w)(?:(?:{_ORGANS})(?:\s[\w&]+){{0,5}}?|của)\s(xã|phường|thị trấn|huyện|quận|thị xã|tỉnh)(?!\w)"
)
_FOLDED_BODY_UNIT = re.compile(
    r"\b(?:(?:ubnd|uy ban nhan dan|chu tich|chi cuc|trung tam|phong|benh vien|cong an|toa an|can bo"
    r"|cong chuc|dia chinh|thanh tra|van phong|ban quan ly)(?:\s[a-z&]+){0,5}?|cua)\s"
    r"(xa|phuong|thi tran|huyen|quan|thi xa|tinh)\b"
)
_UNIT_LEVEL: dict[str, Level] = {
    "xa": "commune", "phuong": "commune", "thi tran": "commune",
    "huyen": "district", "quan": "district", "thi xa": "district", "tinh": "province",
}  # fmt: skip
_NAMES_A_LEVEL = re.compile(r"\b(tinh|huyen|quan|thi xa|xa|phuong|thon|xom|ap)\b")
_OVERRULE = 2  # weight of matter words needed to say the addressed level is not in charge
_TITLES = re.compile(
    r"^(?:ong |ba |dong chi )?(?:pho )?(?:chu tich|giam doc|bo truong|cuc truong|truong)?\s*"
)
_MARKS = re.compile("[àáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]")


def matter_level(
    folded: str, *, two_tier: bool, addressed: Level | None, addressees: Sequence[str] = ()
) -> Level | None:
    """The level the letter's words point at most. The level the writer addressed wins when its words
    point there at least half as often: the writer is taken to know where the matter belongs unless the
    letter is mostly about something lower. None when nothing tells.

    `addressees` (folded names) are taken out first: "mong Bộ Y tế quan tâm" in a letter to the Bộ Y tế
    says whom the writer asks, not what the matter is."""
    text = matter_text(folded)
    for name in addressees:
        organ = _TITLES.sub("", name).strip()
        if len(organ.split()) >= 2:
            text = text.replace(organ, " ")
    counts: dict[Level, int] = {}
    for name, pattern in _MATTER_SCOPES:
        # A hit that names its level ("bệnh viện đa khoa tỉnh") says more than a bare word ("lối đi").
        hits = sum(2 if _NAMES_A_LEVEL.search(m.group(0)) else 1 for m in pattern.finditer(text))
        for level in _levels_of(name, two_tier) if hits else ():
            counts[level] = counts.get(level, 0) + hits
    if not counts:
        return None
    top = max(counts, key=lambda level: (counts[level], level == addressed, LEVEL_ORDER[level]))
    if addressed in LEVEL_ORDER and counts[top] < _OVERRULE:
        return addressed  # one stray word does not overrule where the writer sent the letter
    if addressed in counts and 2 * counts[addressed] >= counts[top]:
        return addressed
    return top


def _levels_of(scope: str, two_tier: bool) -> tuple[Level, ...]:
    if scope == "policy":
        return ("province", "central")
    if scope == "local_services":
        return ("commune",) if two_tier else ("district",)
    if scope == "district" and two_tier:
        return ("province",)  # the district hospitals and offices went to the province
    return (scope,)  # type: ignore[return-value]


def named_body_level(text: str, folded: str, *, two_tier: bool, skip: Sequence[str] = ()) -> Level | None:
    """The level of the first administrative body the letter names, for a complaint or a denunciation
    whose subject was not found otherwise. Mentions of the addressee ("ông Chủ tịch tỉnh" in a letter to
    the Chủ tịch UBND tỉnh) are `skip`ped (folded names): the letter asks them, it is not about them."""
    with_marks = len(_MARKS.findall(text.lower())) > len(text) // 50
    source, pattern = (text.lower(), _BODY_UNIT) if with_marks else (matter_text(folded), _FOLDED_BODY_UNIT)
    for match in pattern.finditer(source):
        words = fold(match.group(0)).split()
        if any(all(word in name.split() for word in words) for name in skip):
            continue
        level = _UNIT_LEVEL[fold(match.group(1))]
        return "commune" if level == "district" and two_tier else level
    return None
