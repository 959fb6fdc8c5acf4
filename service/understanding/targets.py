"""Whom the letter is about: the official accused or the body whose decision or act is contested.

A target is an official named by role ("ông Nguyễn Văn A, Chủ tịch UBND xã X", "cán bộ địa chính xã",
"Trưởng phòng TN&MT huyện") or a body that decided or acted ("UBND huyện X ban hành quyết định").
Mentions are kept when their sentence accuses or contests (tố cáo, khiếu nại, nhận tiền, ban hành, thu
hồi ...), ranked so that the most clearly accused or contested comes first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.understanding.folding import fold
from service.understanding.levels import LevelContext, body_level, end_of_units
from service.understanding.names import SURNAMES, read_name, tidy_name
from service.understanding.types import CitedDocument, Span, Target
from service.understanding.view import LetterView

_ROLE = re.compile(
    r"(?<![\w])(?P<role>(?P<deputy>pho )?(?:chu tich|bi thu|truong phong|giam doc|truong cong an|"
    r"truong ca|chanh thanh tra|chanh van phong|hieu truong|truong ban|truong tram|chi huy truong|"
    r"doi truong|truong thon|truong ap|truong khu pho|to truong|truong tram y te)|"
    r"(?:can bo|cong chuc|vien chuc|nhan vien|ke toan|thu quy|thanh tra vien|canh sat|cong an vien|"
    r"cong an|giao vien|bac si|dieu tra vien|tham phan|chap hanh vien|kiem sat vien|dia chinh)"
    r"(?: [a-z]+){0,3}?)"
    r"(?=\s|,|$)"
)
_HEAD_OF_COMMITTEE = re.compile(r"^(?:pho )?chu tich\b(?!.*\b(?:hoi dong|mat tran|hoi|cong doan|hdnd)\b)")
_POLICE_CHIEF = re.compile(r"^(?:pho )?(?:truong cong an|truong ca)\b")
_HEAD_OF_OFFICE = re.compile(
    r"^(?:pho )?(?:truong phong|giam doc|chanh thanh tra|chanh van phong|hieu truong|truong ban|truong tram|"
    r"chi huy truong|doi truong)\b"
)
_BODY = re.compile(
    r"(?<![\w/-])(?P<body>(?:ubnd|uy ban nhan dan|so [a-z]|phong [a-z]|chi nhanh|van phong dang ky|"
    r"ban quan ly|ban boi thuong|trung tam phat trien quy dat|cong an|toa an|thanh tra|hdnd|cong ty|"
    r"doanh nghiep|hop tac xa|truong (?:tieu hoc|thcs|thpt|mam non|mau giao|trung hoc|dai hoc|cao dang))"
    r"[^.,;:()\n]{0,70})"
)
# Words that end an official's or a body's name; "và" only when no office name goes on ("Tài nguyên và
# Môi trường"), "có" only when it is not "cơ quan".
_PHRASE_STOP = re.compile(
    r"[,.;:()\n]|\s(?:da|co(?! quan)|la|nhung|ma|khong|tu y|ky|nhan (?:tien|hoi lo)|lam|ve|vao|cho|de|"
    r"duoc|ban hanh|ra|thu hoi|cuong che|xu phat|lap|gay|voi|trong|theo|nay|khi|luc|ong|ba|anh|"
    r"va(?! (?:moi truong|xa hoi|phat trien|dau tu|dao tao|cong nghe|truyen thong|du lich|the thao|"
    r"thuong binh|gia dinh|do thi)))\b"
)
_ACCUSING = re.compile(
    r"to cao|to giac|khieu nai|co hanh vi|hanh vi|sai pham|vi pham|nhan tien|nhan hoi lo|hoi lo|tham o|"
    r"tham nhung|chiem doat|loi dung|lam gia|gia mao|bao che|nhung nhieu|vo trach nhiem|thieu trach nhiem|"
    r"ban hanh|thu hoi|cuong che|xu phat|trai phap luat|trai quy dinh|khong dung|sai quy dinh|tu y|"
    r"khong dong y|danh|chui|de doa|ep buoc|vu khong|cap (?:giay|so)|ky (?:xac nhan|giay)|xac nhan sai|"
    r"khong giai quyet|khong tra loi|chay|an chan|bot xen|vong tien|doi tien|lay tien|cat xen|chem|tu loi|"
    r"chiem|lan chiem|xay dung trai phep|lam sai|gian doi|thong dong|moc ngoac"
)
_ROLE_BEFORE = re.compile(
    r"(?:chu tich|giam doc|truong phong|truong|can bo|cong chuc|thanh tra|chanh|pho)\s+$"
)
_REQUEST_BEFORE = re.compile(
    r"(?:de nghi|kien nghi|yeu cau|kinh mong|mong|kinh gui|gui|kinh trinh|nho|kinh xin|xin|sin|"
    r"trinh bay (?:voi|len)|bao (?:voi|len)|thua)\s+"
    r"(?:(?:ong|ba|dong chi|"
    r"quy|cac|lanh dao)\s+)?$"
)
_HONORIFIC_BEFORE_ROLE = re.compile(
    r"(?<![\w])(?:ong|ba|anh|chi|dong chi)\s+[^\s,]+(?:\s[^\s,]+){0,4}?\s*(?:[,\-–(]|\s(?:la|lam))?\s*$"
)
_HONORIFIC_AFTER_ROLE = re.compile(r"\s*(?:,|-|–|\()?\s*(?:la\s+)?(?=(?:ong|ba|anh|chi|dong chi)\s)")
_MAX_TARGETS = 6
_SOME_UNIT = re.compile(r"\b(?:xa|huyen|tinh|phuong|thon|ap)\b")


@dataclass
class _Candidate:
    target: Target
    score: float
    position: int


def find_targets(
    view: LetterView,
    context: LevelContext,
    *,
    exclude: list[Span],
    documents: list[CitedDocument],
) -> list[Target]:
    """`exclude`: spans that are not about the matter (recipients, petitioner particulars)."""
    candidates: list[_Candidate] = []
    for match in _ROLE.finditer(view.folded):
        roles = [c.target.span for c in candidates if c.target.span is not None]
        if _inside(match.start(), exclude + roles) or _asked_to_act(view, match.start()):
            continue
        candidate = _person(view, match, context)
        if candidate is not None:
            candidates.append(candidate)
    people = [c.target.span for c in candidates if c.target.span is not None]
    for match in _BODY.finditer(view.folded):
        if _inside(match.start(), exclude + people) or _preceded_by_role(view, match.start()):
            continue
        if _asked_to_act(view, match.start()):
            continue
        candidate = _body(view, match.start(), context)
        if candidate is not None:
            candidates.append(candidate)
    for document in documents:
        if document.issuer and document.span and _contested(view, document.span.start):
            candidates.append(_Candidate(_issuer_target(document), 2.5, document.span.start))
    return _rank(candidates)


def _issuer_target(document: CitedDocument) -> Target:
    """The author of a contested decision: an official when the issuer is named by a role."""
    issuer = document.issuer or ""
    folded = fold(issuer)
    level = document.issuer_level or "none"
    role = _ROLE.match(folded)
    if role is None or not (_HEAD_OF_COMMITTEE.match(folded) or _HEAD_OF_OFFICE.match(folded)):
        return Target(name=issuer, level=level, kind="body", span=document.span)
    return Target(
        name=issuer,
        level=level,
        kind="person",
        role=issuer,
        is_head=bool(_HEAD_OF_COMMITTEE.match(folded) or _POLICE_CHIEF.match(folded)),
        heads_office=bool(_HEAD_OF_OFFICE.match(folded)),
        span=document.span,
    )


def _inside(position: int, spans: list[Span]) -> bool:
    return any(s.start <= position < s.end for s in spans)


def _preceded_by_role(view: LetterView, position: int) -> bool:
    before = view.folded[max(0, position - 25) : position]
    return bool(_ROLE_BEFORE.search(before))


def _asked_to_act(view: LetterView, position: int) -> bool:
    """The body or official the letter asks to act ("đề nghị Chủ tịch UBND tỉnh xem xét") is no target."""
    before = view.folded[max(0, position - 30) : position]
    return bool(_REQUEST_BEFORE.search(before))


def _phrase_end(view: LetterView, start: int, limit: int = 90) -> int:
    """Where an official's or body's name ends: at punctuation or a lower-case stop word.

    A capitalised stop word is part of a name ("xã Diễn Kỳ", "ông Ba"), so the search goes on.
    """
    window = view.folded[start : start + limit]
    for stop in _PHRASE_STOP.finditer(window, 1):
        word_start = start + stop.start() + 1
        if stop.group()[0].isspace() and view.text[word_start : word_start + 1].isupper():
            continue
        return start + stop.start()
    return start + len(window)


def find_mentions(view: LetterView, context: LevelContext, *, exclude: list[Span]) -> list[Target]:
    """Officials the letter names by role whatever their sentence says ("ông Thành chủ tịch xã chỉ định
    công ty của con trai vào làm"): who a denunciation is about when no sentence uses an accusing word."""
    mentions: list[Target] = []
    for match in _ROLE.finditer(view.folded):
        taken = [t.span for t in mentions if t.span is not None]
        if _inside(match.start(), exclude + taken) or _asked_to_act(view, match.start()):
            continue
        candidate = _person(view, match, context, accusing_only=False)
        if candidate is None:
            continue
        if candidate.target.name != candidate.target.role or _named_head(candidate):
            mentions.append(candidate.target)
    return mentions[:_MAX_TARGETS]


def _named_head(candidate: _Candidate) -> bool:
    return candidate.target.is_head or candidate.target.heads_office


def _under_accused_heading(view: LetterView, position: int) -> bool:
    """A list under "Người bị tố cáo:" names the accused, however plain its lines."""
    before = view.folded[max(0, position - 250) : position]
    heading = _ACCUSED_HEADING.search(before)
    return heading is not None and not re.search(r"\n\s*\n|noi dung", before[heading.end() :])


_ACCUSED_HEADING = re.compile(r"(?:nguoi|doi tuong|ca nhan|to chuc) bi (?:to cao|khieu nai|phan anh)\s*:")


def _person(
    view: LetterView, match: re.Match[str], context: LevelContext, *, accusing_only: bool = True
) -> _Candidate | None:
    role_start = match.start("role")
    sentence = _sentence(view, role_start)
    accusing = _ACCUSING.search(view.folded[sentence[0] : sentence[1]]) or _under_accused_heading(
        view, role_start
    )
    if accusing_only and not accusing:
        return None
    role_end = _phrase_end(view, role_start + len(match.group("role")) - 1)
    role_end = max(role_end, match.end("role"))
    role_end = end_of_units(view.text, view.folded, role_start, role_end, plain=view.plain, context=context)
    named_inside = _name_inside(view, match.end("role"), role_end)
    if named_inside is not None:
        role_end = named_inside.start  # "trưởng thôn Nguyễn Văn Cu": the role ends where the name begins
    role_span = view.span(role_start, role_end)
    role_folded = view.folded[role_span.start : role_span.end]
    level = body_level(role_span.text, role_folded, plain=view.plain, context=context)
    heads = _HEAD_OF_COMMITTEE.match(role_folded) or _HEAD_OF_OFFICE.match(role_folded)
    if level.level == "none" and not heads and not _SOME_UNIT.search(role_folded):
        return None  # "cán bộ" of nowhere in particular tells the flags nothing
    name = named_inside or _name_near(view, role_start, role_span.end)
    score = 1.0 + (1.0 if name else 0.0) + _accusation_weight(view, sentence, role_start)
    target = Target(
        name=tidy_name(name.text) if name else role_span.text,
        level=level.level,
        kind="person",
        role=role_span.text,
        is_head=bool(_HEAD_OF_COMMITTEE.match(role_folded) or _POLICE_CHIEF.match(role_folded)),
        heads_office=bool(_HEAD_OF_OFFICE.match(role_folded)),
        span=view.span(
            min(role_start, name.start if name else role_start), max(role_span.end, name.end if name else 0)
        ),
    )
    return _Candidate(target, score, role_start)


def _name_inside(view: LetterView, start: int, end: int) -> Span | None:
    """A person's name written right after the role, without an honorific: "trưởng thôn Nguyễn Văn Cu"."""
    word = re.compile(r"\s*(\S+)").match(view.text, start, end)
    if word is None or view.folded[word.start(1) : word.end(1)] not in SURNAMES:
        return None
    name = read_name(view.text, view.folded, word.start(1), strict=True)
    if name is None or not all(w.istitle() for w in view.text[name[0] : name[1]].split()):
        return None  # "Trường THCS Lê Lợi", a school, not a person
    return view.span(*name)


def _name_near(view: LetterView, role_start: int, role_end: int) -> Span | None:
    """The official's name: "ông Nguyễn Văn A, Chủ tịch ..." or "Chủ tịch ... là ông Nguyễn Văn A"."""
    before = view.folded[max(0, role_start - 45) : role_start]
    honorific = _HONORIFIC_BEFORE_ROLE.search(before)
    if honorific is not None:
        start = role_start - len(before) + honorific.start()
        name = read_name(view.text, view.folded, start)
        if name is not None:
            return view.span(*name)
    after = _HONORIFIC_AFTER_ROLE.match(view.folded, role_end)
    if after is not None:
        name = read_name(view.text, view.folded, after.end())
        if name is not None:
            return view.span(*name)
    return None


def _body(view: LetterView, start: int, context: LevelContext) -> _Candidate | None:
    sentence = _sentence(view, start)
    sentence_folded = view.folded[sentence[0] : sentence[1]]
    if not _ACCUSING.search(sentence_folded):
        return None
    end = _phrase_end(view, start)
    end = end_of_units(view.text, view.folded, start, end, plain=view.plain, context=context)
    span = view.span(start, end)
    folded = view.folded[span.start : span.end]
    level = body_level(span.text, folded, plain=view.plain, context=context)
    if level.level == "none" and not folded.startswith(("cong ty", "doanh nghiep", "hop tac xa")):
        return None
    if folded.startswith("so ") and (
        view.text[span.start : span.start + 2].lower() not in ("sở", "so") or folded.startswith("so tai")
    ):
        return None  # "số", "sổ đỏ", "sở tại" (local)
    after = view.folded[end : end + 40]
    acting = bool(
        re.match(r"\s*(?:da\s+)?(?:ban hanh|ra quyet dinh|thu hoi|cuong che|xu phat|cap|lap|tu y)", after)
    )
    score = 0.5 + (1.5 if acting else 0.0) + _accusation_weight(view, sentence, start)
    return _Candidate(Target(name=span.text, level=level.level, kind="body", span=span), score, start)


def _accusation_weight(view: LetterView, sentence: tuple[int, int], position: int) -> float:
    before = view.folded[sentence[0] : position]
    if re.search(r"to cao|to giac|khieu nai|hanh vi cua|sai pham cua|vi pham cua", before):
        return 1.5
    return 0.0


def _contested(view: LetterView, position: int) -> bool:
    start, end = _sentence(view, position)
    return bool(
        re.search(
            r"khieu nai|khong dong y|huy|sai|trai|khong dung|xem xet lai|thu hoi|boi thuong|xu phat",
            view.folded[start:end],
        )
    )


def _sentence(view: LetterView, position: int) -> tuple[int, int]:
    folded = view.folded
    start = max(folded.rfind(". ", 0, position), folded.rfind("\n", 0, position)) + 1
    end_candidates = [i for i in (folded.find(". ", position), folded.find("\n", position)) if i >= 0]
    return start, min(end_candidates) if end_candidates else len(folded)


def _rank(candidates: list[_Candidate]) -> list[Target]:
    candidates.sort(key=lambda c: (-c.score, c.position))
    kept: list[Target] = []
    seen: list[str] = []
    for candidate in candidates:
        keys = {_key(candidate.target.role or candidate.target.name), _key(candidate.target.name)}
        if any(k.startswith(s) or s.startswith(k) for k in keys for s in seen):
            continue  # "Ủy ban nhân dân huyện" after "Ủy ban nhân dân huyện Phú Tân": the same body
        seen.extend(keys)
        kept.append(candidate.target)
        if len(kept) == _MAX_TARGETS:
            break
    return kept


def _key(name: str) -> str:
    folded = " ".join(fold(name).split())
    return folded.replace("uy ban nhan dan", "ubnd")
