"""Names of the bodies a letter belongs to, built from the units the letter itself names.

"Đề nghị chuyển đơn đến Chủ tịch UBND xã Tân Phú" is only useful when it names the commune; when the
letter does not name the unit at a level, the body is named by its level ("Chủ tịch UBND cấp tỉnh").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from service.understanding.folding import fold
from service.understanding.types import Level, ParsedLetter

_UNIT_WORDS: dict[str, Level] = {
    "xã": "commune", "phường": "commune", "thị trấn": "commune", "đặc khu": "commune",
    "huyện": "district", "quận": "district", "thị xã": "district",
    "tỉnh": "province",
}  # fmt: skip
_UNIT = re.compile(
    r"(?<!\w)(?P<kind>xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|tỉnh|thành phố|TP\.?)[ \t]+",
    re.IGNORECASE,
)
_MOTTO = re.compile(r"cộng hòa xã hội chủ nghĩa|cộng hoà xã hội chủ nghĩa", re.IGNORECASE)
_WORD = re.compile(r"[^\s,.;:()]+")
_MAX_NAME_WORDS = 4


_LEVEL_VI: dict[str, str] = {
    "commune": "cấp xã",
    "district": "cấp huyện",
    "province": "cấp tỉnh",
    "central": "trung ương",
}
_OFFICE = re.compile(r"(?<!\w)(Sở|Phòng)\s+([^,.;:()\n]+)")
_OFFICE_END = re.compile(r"\s+(?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|đã|có|về|ban hành|ra)\b.*$")


def level_name(level: str | None) -> str:
    return _LEVEL_VI.get(level or "", "không xác định")


def units_in(text: str) -> list[tuple[Level, str]]:
    """Administrative units named in `text`, as (level, "xã Tân Phú"), in order of appearance. A
    "thành phố" is a province when it is one of the centrally governed cities, else a district."""
    found: list[tuple[Level, str]] = []
    text = _MOTTO.sub(" ", text)
    for match in _UNIT.finditer(text):
        kind = match.group("kind").lower()
        # A unit's name is its capitalised words: "xã Tân Phú đã ban hành" names "Tân Phú".
        name_words: list[re.Match[str]] = []
        for word in _WORD.finditer(text, match.end()):
            gap = text[(name_words[-1].end() if name_words else match.end()) : word.start()]
            if gap.strip(" \t") or not (word.group()[0].isupper() or word.group()[0].isdigit()):
                break
            name_words.append(word)
            if len(name_words) == _MAX_NAME_WORDS:
                break
        if not name_words:
            continue
        name = " ".join(w.group() for w in name_words)
        if kind.startswith(("thành phố", "tp")):
            level: Level = "province" if fold(name) in _CENTRAL_CITIES else "district"
            kind = "thành phố"
        else:
            level = _UNIT_WORDS[kind]
        found.append((level, f"{kind} {name}"))
    return found


_CENTRAL_CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}


def unit_at(level: Level, *texts: str | None) -> str | None:
    """The first unit of `level` named in the given texts, searched in order."""
    for text in texts:
        for unit_level, unit in units_in(text or ""):
            if unit_level == level:
                return unit
    return None


def letter_texts(parsed: ParsedLetter) -> Iterable[str]:
    """Where a letter names its units, most telling first: its targets, addressees, petitioner's address,
    then the whole text."""
    s = parsed.structure
    yield from (t for target in s.targets for t in (target.role, target.name) if t)
    yield from (a.name for a in s.addressees)
    yield from (p.address for p in s.petitioners[:1] if p.address)
    yield parsed.text


def committee_chairman(level: Level, parsed: ParsedLetter, *, hint: str | None = None) -> str:
    """ "Chủ tịch UBND xã Tân Phú" for the People's Committee at `level` that the letter is about."""
    unit = unit_at(level, hint, *letter_texts(parsed))
    if level == "central":
        return "Thủ tướng Chính phủ hoặc Bộ trưởng quản lý ngành, lĩnh vực"
    return f"Chủ tịch UBND {unit}" if unit else f"Chủ tịch UBND {level_name(level)}"


def committee(level: Level, parsed: ParsedLetter, *, hint: str | None = None) -> str:
    unit = unit_at(level, hint, *letter_texts(parsed))
    if level == "central":
        return "Bộ, ngành trung ương quản lý lĩnh vực"
    return f"UBND {unit}" if unit else f"UBND {level_name(level)}"


def head_of(body: str) -> str:
    """The head who resolves a complaint about `body`'s decision: the chairman of a committee, the
    director of a Sở, the head of a Phòng, otherwise the head of the body."""
    folded = fold(body)
    if re.search(r"\b(ubnd|uy ban nhan dan)\b", folded):
        return re.sub(r"^(?:chủ tịch\s+)?", "Chủ tịch ", body, flags=re.IGNORECASE)
    if folded.startswith("chu tich") or folded.startswith(("giam doc", "truong phong", "thu truong")):
        return body
    match = _OFFICE.search(body)
    if match:
        office = _OFFICE_END.sub("", f"{match.group(1)} {match.group(2)}".strip())
        rest = body[match.start() + len(office) :].strip()
        return ("Giám đốc " if match.group(1) == "Sở" else "Trưởng ") + office + (f" {rest}" if rest else "")
    return f"Thủ trưởng {body}"
