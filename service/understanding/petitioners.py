"""Who wrote the letter: name, year of birth, ID number, address and phone of each petitioner; whether
the letter is anonymous or collective and how many people signed it; who represents the petitioner.

Each name cue ("Tôi tên là", "Họ và tên:", "Người khiếu nại:") opens a block that runs to the next cue;
the petitioner's particulars are read inside that block. A lawyer or a representative ("Người đại diện",
"Tôi là Luật sư ...") is kept apart, and the client named after "đại diện cho ông ..." is the petitioner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from service.understanding.names import SURNAMES, read_name, tidy_name
from service.understanding.types import Petitioner, Span
from service.understanding.view import LetterView

_SELF_CUE = re.compile(
    r"(?<![\w])(?:toi ten la|ten toi la|toi ten|toi la|ho va ten|ho ten|ho & ten|"
    r"nguoi (?:khieu nai|to cao|kien nghi|phan anh|de nghi|lam don|viet don|gui don|yeu cau|dung don|"
    r"dung ten)|ten to chuc|ten doanh nghiep|ten don vi|ten co so|chung toi la|em ten la|em la|chau ten la)"
    r"[ \t]*(?:la|la:)?[ \t]*[:.\-]?[ \t]*"
)
_REPRESENTATIVE_CUE = re.compile(
    r"(?:nguoi dai dien(?: theo (?:uy quyen|phap luat))?|dai dien theo uy quyen|nguoi duoc uy quyen)"
    r"[ \t]*(?:la)?[ \t]*[:.\-]?[ \t]*"
)
_CLIENT_CUE = re.compile(
    r"(?:dai dien (?:theo uy quyen |hop phap )?(?:cho|cua)|thay mat(?: cho)?|nguoi uy quyen|"
    r"(?:yeu cau|de nghi) cua (?:than chu|khach hang)|than chu(?: cua (?:toi|chung toi))?(?: la)?|"
    r"khach hang(?: cua (?:toi|chung toi))?(?: la)?|bao ve quyen (?:va )?loi ich hop phap cho)\s*:?\s*"
)
_LAWYER = re.compile(r"luat su|ls\.|van phong luat|cong ty luat|doan luat su")
_ORGANISATION = re.compile(
    r"(?:cong ty|hop tac xa|htx|doanh nghiep|truong|ban dai dien|ban quan tri|ban lien lac|hoi|co so|"
    r"chi nhanh|tap doan|nha may|benh vien)\b"
)
# A sentence or line that opens with the organisation's name, as its subject.
_ORGANISATION_OPENING = re.compile(
    r"(?:^|(?<=[\n.]\s)|(?<=\n))(?P<organisation>(?:cong ty|hop tac xa|htx|doanh nghiep|ban quan tri|"
    r"ban dai dien|ban lien lac|chi nhanh|nha may|co so)\b)"
    r"(?=[^\n]{0,120}?\b(?:co tru so|dia chi|xin|kinh|la|do|"
    r"xin trinh bay|chung toi)\b)"
)
_ORGANISATION_END = re.compile(
    r"[,;\n(]|\s(?:co tru so|dia chi|do ong|do ba|ma so|dai dien|xin|kinh|la|chung toi|tran trong)\b"
)
_BIRTH = re.compile(
    r"(?:sinh nam|nam sinh|\bsn\b|s/n|sinh ngay|ngay sinh|ngay, thang, nam sinh)\s*:?\s*"
    r"(?:(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)|(?:\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*))?(?P<year>(?:19|20)\d{2})"
)
_ID = re.compile(
    r"(?:cccd|can cuoc cong dan|can cuoc|cmnd|cmtnd|chung minh nhan dan|chung minh thu|so dinh danh"
    r"(?: ca nhan)?|ddcn|the can cuoc)\b[^\d\n]{0,30}?(?P<number>\d[\d .]{7,17}\d)"
)
_PHONE = re.compile(
    r"(?:dien thoai|so dien thoai|sdt|dt|d/t|dtdd|di dong|so dt|lien he|zalo|hotline|so lien lac)\b"
    r"[^\d\n+]{0,15}?(?P<number>(?:\+84|0)[\d .-]{8,14}\d)"
)
_BARE_PHONE = re.compile(r"(?<![\d/.])(?P<number>0[35789]\d{8}|0[35789]\d{2}[ .]\d{3}[ .]\d{3})(?![\d/])")
_ADDRESS = re.compile(
    r"(?:dia chi(?: thuong tru| lien he| lien lac| cu tru| hien nay| tru so| noi o)?|tru tai|tru quan|"
    r"thuong tru(?: tai)?|"
    r"hktt|ho khau thuong tru(?: tai)?|ho khau|noi o hien nay|noi o hien tai|noi o|cho o hien nay|cho o|"
    r"noi cu tru|cu tru tai|ngu tai|hien o tai|hien dang o|hien cu tru tai|o tai|song tai|co tru so(?: tai)?|"
    r"tru so|(?<![\w])(?:o|ngu)(?= (?:xom|thon|ap|to|khu pho|khom|so nha|so \d|xa|phuong|thi tran|duong|ban|"
    r"buon|lang|"
    r"dia chi|tai)\b))\s*(?:tai)?\s*[:.\-]?\s*"
)
_ADDRESS_STOP = re.compile(
    r"\n|;|\s[-–]\s*(?:dt|sdt|dien thoai)|,\s*(?:dt|sdt|so dt|dien thoai|so dien thoai|cccd|cmnd|so cccd|"
    r"sinh|la|hien|co|toi|nay|nghe|email|zalo|can cuoc|xin|kinh|chung toi|ma so)\b|"
    r"\.\s+(?=[^\W\d_])|\((?:dt|sdt)|\s(?:dt|sdt):"
)
_BLANK = re.compile(r"^[\s.…_\-:]*$|^[.…_]{3}")
_COLLECTIVE = re.compile(
    r"(?=[ctdbn\d])(?:chung toi gom|"
    r"chung toi (?:la )?(?:cac|nhung) (?:ho|cong dan|nguoi dan|ho dan|ho gia dinh)|"
    r"chung toi la (?:\d+|tap the)|"
    r"tap the (?:cac )?(?:ho|cong dan|nguoi dan|nhan dan|cu tri|giao vien|cong nhan)|"
    r"cac ho dan|cac ho gia dinh|\d+ ho dan|\d+ ho gia dinh|\d+ ho\b|ba con (?:nhan dan|thon|ap|xom|to)|"
    r"nhieu ho dan|dai dien (?:cho )?(?:cac|\d+) ho|danh sach (?:cac )?(?:ho|nguoi|cong dan|ho dan)|"
    r"nhung nguoi ky ten|cac cong dan ky ten|tm\.? (?:cac ho|tap the)|cu tri (?:thon|ap|to|khu))"
)
# A number of signers the letter states: "chúng tôi gồm 15 hộ", "đại diện cho 37 hộ dân", "20 người ký tên".
_STATED_COUNT = re.compile(
    r"(?=[ctd\d])(?:(?:(?:chung toi|tap the)(?: la| gom| gom co| gom tat ca)?|dai dien(?: cho)?|tong cong|"
    r"tong so)\s+"
    r"(?P<count>\d{1,4})\s+(?:ho dan|ho gia dinh|ho|cong dan|nguoi dan|nguoi|cu tri|giao vien|cong nhan)\b|"
    r"(?P<signed>\d{1,4})\s+(?:ho dan|ho gia dinh|ho|cong dan|nguoi dan|nguoi)\s+"
    r"(?:cung )?(?:ky ten|dung don|ky don))"
)
_ANONYMOUS = re.compile(
    r"nac danh|giau ten|xin (?:duoc |phep )*(?:giau|khong neu|khong ghi|khong de|an) (?:ten|danh tinh)|"
    r"khong tien neu ten|mot (?:nguoi )?cong dan|mot nguoi dan|"
    r"mot nhom (?:cong dan|nguoi dan|giao vien|can bo|"
    r"cong nhan|ho dan|cu tri|dang vien|nguoi)|"
    r"nguoi dan (?:thon|ap|xa|phuong|to|khu)|cong dan (?:thon|ap|xa|phuong) [a-z]|"
    r"nguoi (?:viet|gui) don (?:xin )?(?:giau|an) ten|nguoi dan to cao|nhom cong dan"
)
_SIGNATURE_CUE = re.compile(
    r"(?m)^[ \t(]*(?:nguoi (?:lam|viet|gui|dung) don|nguoi (?:khieu nai|to cao|kien nghi|de nghi|phan anh)|"
    r"kinh don|dai dien|tm\.?|t/m|thay mat|ky ten|\(?ky,? (?:va )?ghi ro ho (?:va )?ten\)?|\(?da ky\)?|"
    r"xac nhan cua)"
)
_SIGNER_ROW = re.compile(r"(?m)^[ \t|]*(?P<number>\d{1,3})\s*[.)/|:\-]?\s*(?:\|\s*)?(?P<rest>[^\n]+)$")
_TABLE_HEADER = re.compile(r"\b(?:stt|ho va ten|ho ten)\b")
_BLOCK_CHARS = 700
_CLAUSE_OPENERS = frozenset({"nay", "va", "thi", "ma", "vay", "rang", "la", "do", "vi", "nen"})


@dataclass
class PetitionerReading:
    petitioners: list[Petitioner] = field(default_factory=list)
    representative: Petitioner | None = None
    anonymous: bool = False
    collective: bool = False
    signer_count: int = 1
    evidence: dict[str, list[Span]] = field(default_factory=dict)


@dataclass
class _Cue:
    role: str  # "self", "client", "representative"
    start: int  # where the name (or its honorific) starts
    cue_start: int
    name: tuple[int, int] | None


def find_petitioners(view: LetterView, *, exclude: list[Span]) -> PetitionerReading:
    """`exclude`: spans already read as something else (the recipients), never a petitioner."""
    reading = PetitionerReading()
    persons = _cued_persons(view, exclude, reading)
    if not any(p.name for p in persons):
        _name_from_elsewhere(view, exclude, persons, reading)
    if not persons and reading.representative is not None and reading.representative.name:
        persons.append(reading.representative)  # a lawyer writing without naming the client
        reading.representative = None
    _fill_from_letter(view, persons)
    signers = _listed_signers(view, exclude)
    known = {p.name for p in persons if p.name}
    persons.extend(Petitioner(name=s.name, birth_year=s.birth_year) for s in signers if s.name not in known)
    reading.petitioners = persons
    _judge_collective(view, reading, signers)
    _judge_anonymous(view, reading)
    return reading


def _cued_persons(view: LetterView, exclude: list[Span], reading: PetitionerReading) -> list[Petitioner]:
    """The persons introduced by a cue, each with the particulars written up to the next cue."""
    cues = _name_cues(view, exclude)
    persons: list[Petitioner] = []
    for index, cue in enumerate(cues):
        next_cue = cues[index + 1].cue_start if index + 1 < len(cues) else len(view.text)
        person = _particulars(view, cue, min(next_cue, cue.start + _BLOCK_CHARS), reading.evidence)
        if cue.role == "representative":
            reading.representative = reading.representative or person
        elif person.name is not None or all(p.name is not None for p in persons):
            persons.append(person)
    return _merge_same_person([p for p in persons if p.name or p.id_number or p.address or p.phone])


def _name_from_elsewhere(
    view: LetterView, exclude: list[Span], persons: list[Petitioner], reading: PetitionerReading
) -> None:
    """No cue named the writer: an organisation speaking in its own name, or the name signed below."""
    organisation = _writing_organisation(view, exclude)
    if organisation is not None:
        cue = _Cue("self", organisation.start, organisation.start, (organisation.start, organisation.end))
        end = min(len(view.text), organisation.end + _BLOCK_CHARS)
        persons.insert(0, _particulars(view, cue, end, reading.evidence))
        return
    signature = _signature_name(view)
    if signature is None:
        return
    if persons:
        persons[0].name = tidy_name(signature.text)
    else:
        persons.append(Petitioner(name=tidy_name(signature.text)))
    reading.evidence.setdefault("petitioner", []).append(signature)


def _merge_same_person(persons: list[Petitioner]) -> list[Petitioner]:
    """The same name written twice (in the opening and under the signature) is one petitioner."""
    merged: list[Petitioner] = []
    for person in persons:
        same = next(
            (p for p in merged if p.name and person.name and p.name.lower() == person.name.lower()), None
        )
        if same is None:
            merged.append(person)
            continue
        for attribute in ("birth_year", "id_number", "address", "phone"):
            if getattr(same, attribute) is None:
                setattr(same, attribute, getattr(person, attribute))
    return merged


def _name_cues(view: LetterView, exclude: list[Span]) -> list[_Cue]:
    cues: list[_Cue] = []
    for role, pattern in (
        ("self", _SELF_CUE),
        ("representative", _REPRESENTATIVE_CUE),
        ("client", _CLIENT_CUE),
    ):
        for match in pattern.finditer(view.folded):
            if any(s.start <= match.start() < s.end for s in exclude) or _someone_elses(view, match.start()):
                continue
            start = match.end()
            if view.text[start : start + 1] == "|" or "|" in view.text[view.line_bounds(start)[0] : start]:
                continue  # a column heading of the signers' table
            name = _name_or_organisation(view, start)
            cue_role = role
            if role == "self" and name is not None and _LAWYER.match(view.folded, start):
                cue_role = "representative"  # "Tôi là Luật sư Trần Văn B"
            elif role == "self" and name is not None and _LAWYER.search(view.folded[name[1] : name[1] + 40]):
                cue_role = "representative"  # "Tôi là Trần Văn B, luật sư thuộc ..."
            if role == "client" and name is None:
                continue
            unnamed = role == "self" and name is None and not _is_blank_template(view, start)
            if unnamed and view.folded.startswith(("toi la", "em la", "chung toi la"), match.start()):
                continue  # "Tôi là người dân ...": no name here
            cues.append(_Cue(cue_role, start, match.start(), name))
    cues.sort(key=lambda c: c.cue_start)
    return _drop_overlaps(cues)


def _someone_elses(view: LetterView, start: int) -> bool:
    """ "Mẹ tôi là bà ...", "Chồng tôi tên là ...": a relative of the writer, not the writer."""
    if not view.folded.startswith(("toi ", "em ", "chau "), start):
        return False
    before = re.split(r"[\n.,;:!?()\-]", view.folded[max(0, start - 12) : start])[-1].split()
    return bool(before) and before[-1].isalpha() and before[-1] not in _CLAUSE_OPENERS


def _drop_overlaps(cues: list[_Cue]) -> list[_Cue]:
    kept: list[_Cue] = []
    for cue in cues:
        if kept and cue.cue_start < kept[-1].start:
            if kept[-1].name is None and cue.name is not None:
                kept[-1] = cue
            continue
        kept.append(cue)
    return kept


def _name_or_organisation(view: LetterView, start: int) -> tuple[int, int] | None:
    organisation = _ORGANISATION.match(view.folded, start)
    if organisation is not None and view.text[start].isupper():
        stop = _ORGANISATION_END.search(view.folded, organisation.end())
        end = stop.start() if stop else min(len(view.text), start + 80)
        end = min(end, start + 100)
        return (start, end) if end - start > len(organisation.group()) + 2 else None
    return read_name(view.text, view.folded, start)


def _writing_organisation(view: LetterView, exclude: list[Span]) -> Span | None:
    """An organisation that speaks for itself: "Công ty TNHH An Phát (mã số thuế ...) có trụ sở ..."."""
    for match in _ORGANISATION_OPENING.finditer(view.folded):
        start = match.start("organisation")
        if any(s.start <= start < s.end for s in exclude) or not view.text[start].isupper():
            continue
        stop = _ORGANISATION_END.search(view.folded, match.end("organisation"))
        end = min(stop.start() if stop else len(view.text), start + 100)
        span = view.span(start, end)
        if len(span.text.split()) >= 3:
            return span
    return None


def _is_blank_template(view: LetterView, start: int) -> bool:
    return view.text[start : start + 3] in ("...", "…..", "___") or view.text[start : start + 1] in "….._"


def _particulars(view: LetterView, cue: _Cue, end: int, evidence: dict[str, list[Span]]) -> Petitioner:
    person = Petitioner()
    if cue.name is not None:
        name_span = view.span(*cue.name)
        person.name = tidy_name(name_span.text)
        evidence.setdefault("representative" if cue.role == "representative" else "petitioner", []).append(
            name_span
        )
    start = cue.name[1] if cue.name else cue.start
    birth = _BIRTH.search(view.folded, start, end)
    if birth is not None:
        person.birth_year = int(birth.group("year"))
    person.id_number = _id_number(view, start, end)
    person.phone = _phone(view, start, end)
    person.address = _address(view, start, end)
    return person


def _id_number(view: LetterView, start: int, end: int) -> str | None:
    for match in _ID.finditer(view.folded, start, end):
        digits = re.sub(r"\D", "", match.group("number"))
        if len(digits) in (9, 12):
            return digits
    return None


def _phone(view: LetterView, start: int, end: int) -> str | None:
    for pattern in (_PHONE, _BARE_PHONE):
        for match in pattern.finditer(view.folded, start, end):
            number = _phone_digits(match.group("number"))
            if number is not None:
                return number
    return None


def _phone_digits(raw: str) -> str | None:
    digits = re.sub(r"[^\d+]", "", raw)
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    return digits if len(digits) == 10 and digits.startswith("0") else None


def _address(view: LetterView, start: int, end: int) -> str | None:
    for match in _ADDRESS.finditer(view.folded, start, end):
        value_start = match.end()
        stop = _ADDRESS_STOP.search(view.folded, value_start, min(end, value_start + 200))
        value_end = stop.start() if stop else min(end, value_start + 160, len(view.text))
        value_end = _skip_abbreviation_stops(view, value_start, value_end, end)
        span = view.span(value_start, value_end, strip=" \t\n,;:.-–…")
        if span.text and not _BLANK.match(span.text) and len(span.text) >= 4 and span.text[0] != "|":
            return span.text
    return None


def _skip_abbreviation_stops(view: LetterView, start: int, stop: int, end: int) -> int:
    """A stop at "TP. Hồ Chí Minh" or "P. 5" is an abbreviation, not the end of the address."""
    for _ in range(4):
        if stop >= len(view.text) or view.text[stop] != ".":
            return stop
        word = view.folded[max(start, stop - 3) : stop].split()
        if not word or word[-1] not in ("tp", "p", "q", "h", "t", "tx", "tt", "x", "kp", "ap"):
            return stop
        following = _ADDRESS_STOP.search(view.folded, stop + 1, min(end, stop + 160))
        stop = following.start() if following else min(end, stop + 120, len(view.text))
    return stop


def _fill_from_letter(view: LetterView, persons: list[Petitioner]) -> None:
    """One petitioner whose phone or ID is written elsewhere (under the signature, in a footer)."""
    if len(persons) != 1:
        return
    person = persons[0]
    if person.phone is None:
        person.phone = _phone(view, 0, len(view.text))
    if person.id_number is None:
        person.id_number = _id_number(view, 0, len(view.text))


def _signature_name(view: LetterView) -> Span | None:
    """The name under "Người làm đơn" / "(Ký, ghi rõ họ tên)", the last such block in the letter."""
    cues = list(_SIGNATURE_CUE.finditer(view.folded))
    for cue in reversed(cues):
        _, line_end = view.line_bounds(cue.start())
        cursor = line_end + 1
        for _ in range(5):
            if cursor >= len(view.text):
                break
            start, end = view.line_bounds(cursor)
            line = view.text[start:end].strip()
            offset = start + (len(view.text[start:end]) - len(view.text[start:end].lstrip()))
            if line and not line.startswith("("):
                name = read_name(view.text, view.folded, offset, strict=True)
                if name is not None and name[1] >= end - 2:
                    return view.span(*name)
            cursor = end + 1
    return None


@dataclass(frozen=True)
class _Signer:
    name: str
    span: Span
    birth_year: int | None


def _listed_signers(view: LetterView, exclude: list[Span]) -> list[_Signer]:
    """Names in numbered lists and signature tables: "1. Nguyễn Văn A ...", "| 2 | Trần Thị B | ..."."""
    signers: list[tuple[str, Span, re.Match[str] | None]] = []
    for match in _SIGNER_ROW.finditer(view.folded):
        if any(s.start <= match.start() < s.end for s in exclude):
            continue
        rest_start = match.start("rest")
        cursor = rest_start
        while cursor < len(view.text) and view.text[cursor] in " |":
            cursor += 1
        name = read_name(view.text, view.folded, cursor, strict=True)
        if name is None:
            continue
        # A numbered paragraph of the body that happens to start with a name is not a signer row.
        line_end = view.line_bounds(cursor)[1]
        tail = view.folded[name[1] : line_end]
        if len(tail) > 120 and "|" not in tail:
            continue
        span = view.span(*name)
        signers.append((tidy_name(span.text), span, _BIRTH.search(view.folded, name[1], line_end)))
    if len({n for n, _, _ in signers}) < 2:
        return []
    return [_Signer(name, span, int(birth.group("year")) if birth else None) for name, span, birth in signers]


def _judge_collective(view: LetterView, reading: PetitionerReading, signers: list[_Signer]) -> None:
    cues = [view.span(m.start(), m.end()) for m in _COLLECTIVE.finditer(view.folded)]
    stated = [int(m.group("count") or m.group("signed")) for m in _STATED_COUNT.finditer(view.folded)]
    stated = [n for n in stated if n >= 2]
    named = len({p.name for p in reading.petitioners if p.name})
    count = max(len(signers), named)
    if count < 2 and stated:
        count = max(stated)
    reading.signer_count = max(count, 1)
    reading.collective = reading.signer_count >= 2 or bool(cues)
    if cues:
        reading.evidence["collective"] = cues
    if signers:
        reading.evidence["signers"] = [signer.span for signer in signers]


def _judge_anonymous(view: LetterView, reading: PetitionerReading) -> None:
    cues = [view.span(m.start(), m.end()) for m in _ANONYMOUS.finditer(view.folded)]
    named = any(p.name for p in reading.petitioners)
    reading.anonymous = not named
    if cues:
        reading.evidence["anonymous"] = cues


__all__ = ["PetitionerReading", "SURNAMES", "find_petitioners"]
