"""The administrative level of a body or an official named in a letter.

A name is read in three steps: bodies outside the administrative ladder (press, deputies, the
Fatherland Front, unions, associations) are `none`; bodies of the centre are recognised by name; every
other body takes the level of the first administrative unit it names ("Phòng TN&MT huyện Phú Tân" is the
district's), with a few organ defaults when no unit is named ("Sở ..." is a province's).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from service.understanding.folding import fold
from service.understanding.gazetteer import CENTRAL_CITY_ALIASES, city_level
from service.understanding.types import Level
from service.understanding.view import is_bare

# Start of the post-reform two-tier structure: commune offices then bear the names district ones had.
TWO_TIER_SINCE = dt.date(2025, 7, 1)


@dataclass(frozen=True)
class LevelContext:
    on: dt.date | None = None  # the letter's date: judges "thành phố Huế" and post-reform office names
    city_default: Level = "district"  # "UBND Thành phố" without a name, in a letter from a central city


@dataclass(frozen=True)
class UnitMention:
    kind: str  # "commune", "district", "province", "city"
    level: Level
    start: int  # offsets in the string searched
    end: int
    name: str | None  # the unit's own name as written, e.g. "Tân Phú"


# Folded unit words; the diacritic form a letter with diacritics must use when no name follows.
_UNIT_WORDS: dict[str, tuple[str, str | None]] = {
    "thi tran": ("commune", "thị trấn"),
    "dac khu": ("commune", "đặc khu"),
    "thi xa": ("district", "thị xã"),
    "thanh pho": ("city", "thành phố"),
    "thanh uy": ("city", "thành ủy"),
    "xa": ("commune", "xã"),
    "phuong": ("commune", "phường"),
    "huyen": ("district", "huyện"),
    "quan": ("district", "quận"),
    "tinh": ("province", "tỉnh"),
    "tp": ("city", None),
    "tx": ("district", None),
    "tt": ("commune", None),
    "p": ("commune", None),
    "q": ("district", None),
    "h": ("district", None),
    "t": ("province", None),
    "x": ("commune", None),
}
_UNIT = re.compile(
    r"(?<![\w/])(thi tran|dac khu|thi xa|thanh pho|thanh uy|xa|phuong|huyen|quan|tinh|tp|tx|tt|p|q|h|t|x)"
    r"(?:(\.)\s*|\s+|(?=\d)|(?=[,;:)\]]|$))"
)
# Unit words that mean nothing else, so a bare spelling is read as the unit even without a name.
_UNAMBIGUOUS_BARE = frozenset({"huyen", "thi tran", "dac khu", "thanh pho"})
_ABBREVIATED_HCM = re.compile(r"(?<!\w)(tp\.?\s*hcm|tphcm|tp\.?\s*ho chi minh)\b")
# Folded words that, before a unit word, make it an ordinary word ("cơ quan", "địa phương", "xã hội").
_NOT_A_UNIT_BEFORE = {
    "quan": {"co", "lien", "chu", "khach", "tham", "huu", "truc", "bi", "lac", "canh", "giao", "hai", "quy"},
    "phuong": {"dia", "don", "song", "da", "bon", "muoi", "phuong"},
    "xa": {"o", "rat", "qua", "di", "tu", "tham", "xa"},
    "tinh": {"ban", "cam", "su", "thuoc", "chu", "hoa", "dac", "bieu", "tinh", "dinh", "hanh"},
}
_NOT_A_UNIT_AFTER = re.compile(r"hoi\b|hoi,|\s*-\s*hoi|ngo\b|tao\b")
_NUMBERED_UNITS = frozenset({"phuong", "quan", "p", "q"})  # "Phường 5", "Q.1"
_NAME_WORD = re.compile(r"[^\W\d_][\w'’]*|\d{1,2}\b")


def find_units(
    text: str, folded: str, *, plain: bool, context: LevelContext, start: int = 0, end: int | None = None
) -> list[UnitMention]:
    """Administrative units named in `text` (between `start` and `end`), in order of appearance."""
    end = len(folded) if end is None else end
    units: list[UnitMention] = []
    for match in _ABBREVIATED_HCM.finditer(folded, start, end):
        units.append(UnitMention("city", "province", match.start(), match.end(), "Hồ Chí Minh"))
    taken = [(u.start, u.end) for u in units]
    for match in _UNIT.finditer(folded, start, end):
        if any(s <= match.start() < e for s, e in taken):
            continue
        unit = _read_unit(text, folded, match, plain=plain, context=context)
        if unit is not None:
            units.append(unit)
    units.sort(key=lambda u: u.start)
    return units


def end_of_units(text: str, folded: str, start: int, end: int, *, plain: bool, context: LevelContext) -> int:
    """Where a body's name ends: after its first unit and the units that locate it ("xã A, huyện B").

    Returns `end` when the phrase names no unit, so the caller's own limit stands.
    """
    units = [
        u
        for u in find_units(text, folded, plain=plain, context=context, start=start, end=end)
        if u.end <= end
    ]
    if not units:
        return end
    stop = units[0].end
    for unit in units[1:]:
        gap = folded[stop : unit.start]
        if gap.strip(" ,-") or len(gap) > 3:
            break
        stop = unit.end
    return stop


def _read_unit(
    text: str, folded: str, match: re.Match[str], *, plain: bool, context: LevelContext
) -> UnitMention | None:
    word = match.group(1)
    kind, written = _UNIT_WORDS[word]
    start, after = match.start(), match.end()
    name = _name_after(text, after, numbered=word in _NUMBERED_UNITS)
    original = text[start : start + len(word)]
    if written is None:
        # Abbreviations: only with their dot (or a digit, "Q1") and a name, in capitals or as written.
        if not name or not is_bare(original):
            return None
        if len(word) == 1 and (match.group(2) is None or not original.isupper()):
            return None
        before = text[max(0, start - 20) : start].split()
        if len(word) == 1 and before and before[-1].istitle() and len(before[-1]) > 1:
            return None  # "Nguyễn T. Hoa": an initial, not "tỉnh Hoa"
    elif not _written_as_unit(
        original, written, plain=plain or word in _UNAMBIGUOUS_BARE, has_name=bool(name)
    ):
        return None
    previous = folded[max(0, start - 12) : start].split()
    # "sự tình", "bản tính" are words; "dân sự tỉnh Bình Dương" is a unit: its written form and a
    # capitalised name say so whatever comes before.
    named_as_written = bool(name) and original.lower() == written
    if previous and previous[-1] in _NOT_A_UNIT_BEFORE.get(word, set()) and not named_as_written:
        return None
    if word in ("xa", "tinh") and _NOT_A_UNIT_AFTER.match(folded, after):
        return None
    end = after + len(name) if name else start + len(word)
    level = _unit_level(kind, name, context)
    return UnitMention(kind, level, start, end, name or None)


def _written_as_unit(original: str, written: str, *, plain: bool, has_name: bool) -> bool:
    lower = original.lower()
    if lower == written:
        return True
    if is_bare(original):
        return has_name or plain
    return has_name  # a semi-literate tone ("xả Tân Phú"): the capitalised name decides


def _name_after(text: str, position: int, *, numbered: bool) -> str:
    """Capitalised words (or a ward number) right after a unit word: "Tân Phú", "5"."""
    words: list[str] = []
    cursor = position
    while len(words) < 5:
        match = _NAME_WORD.match(text, cursor)
        if match is None:
            break
        token = match.group()
        if not (token[0].isupper() or token[0].isdigit()):
            break
        if token[0].isdigit() and (words or not numbered):
            break
        words.append(token)
        cursor = match.end()
        if token[0].isdigit():
            break
        if text.startswith(" - ", cursor) and cursor + 3 < len(text) and text[cursor + 3].isupper():
            words.append("-")  # Phan Rang - Tháp Chàm
            cursor += 3
            continue
        if cursor < len(text) and text[cursor] == " ":
            cursor += 1
            continue
        break
    while words and words[-1] == "-":
        words.pop()
    return " ".join(words)


def _unit_level(kind: str, name: str, context: LevelContext) -> Level:
    if kind == "commune":
        return "commune"
    if kind == "district":
        return "district"
    if kind == "province":
        return "province"
    if not name:
        return context.city_default
    key = fold(name)
    key = CENTRAL_CITY_ALIASES.get(key, key)
    return "province" if city_level(key, on=context.on) == "province" else "district"


# Outside the administrative ladder.
_NONE = re.compile(
    r"\b(?:dai bieu|doan dbqh|dbqh|db hdnd|dbhdnd|mat tran to quoc|mttq|cong doan|lien doan lao dong|"
    r"doan thanh nien|"
    r"hoi (?:nong dan|cuu chien binh|lien hiep phu nu|phu nu|luat gia|nguoi cao tuoi|chu thap do|ccb)|"
    r"dai truyen hinh|dai phat thanh|truyen hinh|tap chi|toa soan|ban bien tap|phong vien|nha bao|"
    r"vtv\d?|vtc|htv|luat su|van phong luat|cong ty luat)"
)
# A newspaper is "Báo" with a capital followed by its capitalised name ("Báo Tuổi Trẻ"), not "báo cáo".
_PRESS = re.compile(r"(?:^|[\s(,;-])(?:Báo|BÁO|Bao|BAO)\s+[^\W\d_]")
_CENTRAL = re.compile(
    r"\b(?:chinh phu|thu tuong|quoc hoi|chu tich nuoc|tong bi thu|ban bi thu|bo chinh tri|trung uong|tw\b|"
    r"toi cao|kiem toan nha nuoc|uy ban dan toc|tong cuc|ban dan nguyen|bo truong)"
)
_MINISTRY = re.compile(
    r"(?<![\w])bo\s+(?:cong an|quoc phong|tu phap|tai chinh|tai nguyen|nong nghiep|xay dung|giao thong|"
    r"cong thuong|giao duc|y te|lao dong|noi vu|ngoai giao|ke hoach|thong tin|khoa hoc|van hoa|dan toc|"
    r"ldtbxh|ld-tbxh|tnmt|tn&mt|tn ?va ?mt|gd&dt|gddt|nn&ptnt|nnptnt|gtvt|khdt|kh&dt|tt&tt|vhttdl)"
)
_NOT_MINISTRY_BEFORE = {"can", "toan", "cac", "mot", "nhung", "moi", "dong", "thuoc"}
# Organs whose level is known when no unit is named.
_ORGAN_DEFAULTS: tuple[tuple[re.Pattern[str], Level], ...] = (
    (re.compile(r"\bso\s+[a-z]"), "province"),
    (re.compile(r"\bvan phong dang ky dat dai\b"), "province"),
    (re.compile(r"\bchi cuc\b"), "district"),  # a district's or an area's branch of a provincial body
    (re.compile(r"\bcuc\b"), "central"),
    (
        re.compile(
            r"\b(?:chi nhanh van phong dang ky|phong (?:tai nguyen|tn|tu phap|lao dong|giao duc|gd|y te|"
            r"quan ly do thi|qldt|noi vu|tai chinh|nong nghiep|ha tang|cong thuong|van hoa)|"
            r"ban boi thuong|trung tam phat trien quy dat|ban quan ly du an|toa an nhan dan khu vuc)"
        ),
        "district",
    ),
    (
        re.compile(
            r"\b(?:truong (?:thon|ap|khu pho|xom|ban nhan dan)|to truong to dan pho|ban nhan dan "
            r"(?:thon|ap|khu pho)|cong an vien|(?:can bo|cong chuc) dia chinh|dia chinh xa)\b"
        ),
        "commune",
    ),
)
_COMMUNE_OFFICES_SINCE_REFORM = re.compile(
    r"\b(?:phong (?:kinh te|van hoa - xa hoi|van hoa xa hoi)|truong (?:thcs|tieu hoc|mam non|mau giao|"
    r"trung hoc co so))\b"
)
# Schools belong to the level that manages them: district schools before the reform, provincial high schools.
_SCHOOL_LEVELS: tuple[tuple[re.Pattern[str], Level], ...] = (
    (
        re.compile(r"\btruong (?:thpt|trung hoc pho thong|pho thong trung hoc|cao dang|trung cap)\b"),
        "province",
    ),
    (
        re.compile(r"\btruong (?:thcs|tieu hoc|mam non|mau giao|trung hoc co so|th&thcs|th va thcs)\b"),
        "district",
    ),
)


@dataclass(frozen=True)
class BodyLevel:
    level: Level
    unit: str | None  # the unit as written, e.g. "xã Tân Phú"


def body_level(
    text: str, folded: str | None = None, *, plain: bool = False, context: LevelContext | None = None
) -> BodyLevel:
    """Level of a body or official as named, e.g. "Chủ tịch UBND xã Tân Phú" -> commune."""
    folded = fold(text) if folded is None else folded
    context = context or LevelContext()
    if _NONE.search(folded) or _PRESS.search(text):
        return BodyLevel("none", None)
    if _CENTRAL.search(folded) or _is_ministry(folded):
        return BodyLevel("central", None)
    units = find_units(text, folded, plain=plain, context=context)
    if units:
        first = units[0]
        return BodyLevel(first.level, text[first.start : first.end])
    if (
        context.on is not None
        and context.on >= TWO_TIER_SINCE
        and _COMMUNE_OFFICES_SINCE_REFORM.search(folded)
    ):
        return BodyLevel("commune", None)
    for pattern, level in _SCHOOL_LEVELS + _ORGAN_DEFAULTS:
        match = pattern.search(folded)
        if match is not None and _organ_written(text, match.start(), folded):
            return BodyLevel(level, None)
    return BodyLevel("none", None)


def _is_ministry(folded: str) -> bool:
    for match in _MINISTRY.finditer(folded):
        previous = folded[max(0, match.start() - 8) : match.start()].split()
        if not previous or previous[-1] not in _NOT_MINISTRY_BEFORE:
            return True
    return False


def _organ_written(text: str, start: int, folded: str) -> bool:
    # "sở" must not be "số" (a number) or "sổ" (a land-use book): the bare form only capitalised.
    if folded.startswith("so", start):
        word = text[start : start + 2]
        return word.lower() == "sở" or (is_bare(word) and word[0] == "S")
    return True
