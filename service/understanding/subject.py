"""What the letter is about: its subject area (lĩnh vực) and the distinct requests it makes.

The area is the one whose vocabulary weighs most; the words that weighed are the evidence. Requests are
the items of a "Tôi đề nghị:" list, or else the sentences that ask (đề nghị, yêu cầu, kính mong ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.understanding.types import Span
from service.understanding.view import LetterView


def _weighted(table: str) -> dict[str, float]:
    """ "phrase: weight; phrase: weight" -> {phrase: weight}."""
    entries = (entry.split(":") for entry in table.replace("\n", " ").split(";") if entry.strip())
    return {" ".join(phrase.split()): float(weight) for phrase, weight in entries}


# Folded phrase: weight, per area. Weights say how sure a phrase is of its area, not how common it is.
_VOCABULARY: dict[str, dict[str, float]] = {
    "land": _weighted(
        """
        dat dai: 2; quyen su dung dat: 3; giay chung nhan quyen su dung: 3; so do: 1.5; so hong: 1.5;
        thua dat: 2.5; to ban do: 2; ranh gioi: 1.5; lan chiem: 1.5; tranh chap dat: 3; dat o: 1.5;
        dat nong nghiep: 2; dat ruong: 2; dat vuon: 2; cap giay chung nhan: 2;
        chuyen muc dich su dung dat: 3; dat rung: 2; dat cong: 2; do dac: 2; ho so dia chinh: 2;
        mua ban dat: 2.5; chuyen nhuong: 2; thua ke: 1.5; dat: 0.3; lan ranh: 2.5; lan sang: 2;
        bo ruong: 2; ruong: 1; hang xom: 0.5
        """
    ),
    "compensation": _weighted(
        """
        boi thuong: 3; den bu: 3; tai dinh cu: 3; giai phong mat bang: 3; gpmb: 3; thu hoi dat: 2;
        phuong an boi thuong: 2; don gia: 1.5; kiem dem: 2; ho tro chuyen doi nghe: 3;
        cuong che thu hoi: 2; gia dat boi thuong: 3
        """
    ),
    "social_policy": _weighted(
        """
        tro cap: 3; ho ngheo: 3; can ngheo: 3; nguoi co cong: 3; thuong binh: 2.5; liet si: 3;
        bao hiem xa hoi: 3; bhxh: 3; luong huu: 3; bao tro xa hoi: 3; khuyet tat: 2; chat doc da cam: 3;
        nguoi cao tuoi: 1.5; that nghiep: 2; che do chinh sach: 3; che do: 1; hoan canh kho khan: 1.5;
        ho tro: 0.5; me viet nam anh hung: 3; gao cuu tro: 3; cuu tro: 2; hop dong lao dong: 2;
        tien luong: 2; no luong: 3
        """
    ),
    "corruption": _weighted(
        """
        tham nhung: 3; tham o: 3; hoi lo: 3; nhan tien: 2; chiem doat: 2.5; loi dung chuc vu: 3;
        vu loi: 2; rut ruot: 3; lap khong: 3; khai khong: 2; truc loi: 2.5; bon rut: 3; moc ngoac: 2.5;
        lam gia ho so: 2; vong tien: 2.5; doi tien: 2; lay tien: 2; phong bi: 2; chi sai: 2; thu sai: 2;
        an chan: 2.5; bot xen: 3; cat xen: 3; tu loi: 2; loi ich nhom: 2; sai pham: 1; quy co quan: 1.5;
        ngan sach: 1
        """
    ),
    "environment": _weighted(
        """
        o nhiem: 3; nuoc thai: 3; khi thai: 3; khoi bui: 3; mui hoi: 3; hoi thoi: 3; rac thai: 3;
        tieng on: 3; trai heo: 2; trai lon: 2; trai ga: 2; chan nuoi: 1.5; khai thac cat: 3;
        khai thac khoang san: 3; chat thai: 3; xa thai: 3; ca chet: 2; ve sinh moi truong: 3; bai rac: 3;
        khoi: 0.5; bui: 0.5; bui mu: 2; chay rung: 2.5; pha rung: 2.5; moi truong song: 2
        """
    ),
    "justice": _weighted(
        """
        ban an: 3; toa an: 2; thi hanh an: 3; xet xu: 3; dieu tra: 1.5; vien kiem sat: 2; tam giam: 3;
        tam giu: 2.5; bi can: 2.5; oan sai: 3; khoi to: 2.5; to tung: 3; bi cao: 3; truy to: 2.5;
        cong chung: 1.5; an phi: 2; danh nguoi: 1.5; bi danh: 1.5; hanh hung: 2;
        co quan canh sat dieu tra: 2; lay loi khai: 2; bi bat: 2
        """
    ),
    "health": _weighted(
        """
        benh vien: 3; tram y te: 3; trung tam y te: 3; bac si: 2.5; kham chua benh: 3; bao hiem y te: 3;
        bhyt: 3; benh nhan: 2.5; thuoc men: 2; cap phat thuoc: 3; dieu tri: 2; cap cuu: 2.5;
        tiem chung: 2.5; dich benh: 2; y te: 1; sai sot chuyen mon: 2.5; y bac si: 3
        """
    ),
    "education": _weighted(
        """
        truong hoc: 2.5; nha truong: 3; hoc sinh: 3; giao vien: 3; hieu truong: 3; hoc phi: 3;
        lop hoc: 2.5; diem thi: 3; tuyen sinh: 3; sach giao khoa: 3; truong tieu hoc: 3; truong thcs: 3;
        truong thpt: 3; truong mam non: 3; giao duc: 1.5; day them: 3; phu huynh: 2.5; khoan thu: 1.5;
        hoc bong: 2.5
        """
    ),
    "construction": _weighted(
        """
        xay dung trai phep: 3; giay phep xay dung: 3; trat tu xay dung: 3; cong trinh: 1.5; xay dung: 1;
        xay nha: 2; thi cong: 2.5; chung cu: 3; coi noi: 2; san lap: 1.5; vi pham xay dung: 3;
        quy hoach: 1; xuong cap: 2; o ga: 2; duong lien thon: 2; duong giao thong: 1.5; nut nha: 2;
        lun nut: 2.5; ha tang: 1.5; cau treo: 2; cong thoat nuoc: 2; ngap ung: 2; ngap: 1; hu hong: 1;
        qua tai: 1; den duong: 2; via he: 1.5; lan chiem hanh lang: 2; nha van hoa: 1.5
        """
    ),
}
# One scan for every area: each phrase knows the areas it speaks for.
_AREAS_OF: dict[str, list[tuple[str, float]]] = {}
for _area, _words in _VOCABULARY.items():
    for _phrase, _weight in _words.items():
        _AREAS_OF.setdefault(_phrase, []).append((_area, _weight))
_PHRASES = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _AREAS_OF), key=len, reverse=True)) + r")(?![\w])"
)
# An office's name is not the matter: "Sở Tài nguyên và Môi trường", "Phòng Y tế", "Bộ Xây dựng".
_OFFICE_WORDS = re.compile(r"(?:Sở|SỞ|Phòng|PHÒNG|Bộ|BỘ|Cục|Ban|Trung tâm|Tài nguyên và|TN ?&) $")
_MIN_SCORE = 3.0
_PER_PHRASE_CAP = 3
_EVIDENCE = 8

_REQUEST_CUE = re.compile(
    r"(?:kinh |tha thiet |khan thiet |tran trong )?(?:de nghi|yeu cau|kien nghi|mong|kinh mong|xin|de xuat|"
    r"mong muon|kinh xin|thinh cau)"
)
_REQUEST_HEADING = re.compile(
    r"(?m)^[^\n]{0,80}?(?:de nghi|yeu cau|kien nghi|kinh mong|de xuat|kinh xin|noi dung)[^\n]{0,60}:\s*$"
)
_ITEM = re.compile(
    r"(?m)^[ \t]*(?:[-–+•*]|\d{1,2}[.)/]|[a-zđ][.)]|thu (?:nhat|hai|ba|tu|nam)\s*[:,.])\s*(?P<body>[^\n]+)$"
)
_MAX_CONTENTS = 8


@dataclass(frozen=True)
class SubjectReading:
    field: str
    evidence: list[Span]
    contents: list[Span]


def find_subject(view: LetterView, *, body_start: int) -> SubjectReading:
    """`body_start`: where the letter's body begins (after the recipients), so titles do not vote."""
    area, evidence = _field(view, body_start)
    return SubjectReading(area, evidence, _contents(view, body_start))


def _field(view: LetterView, body_start: int) -> tuple[str, list[Span]]:
    scores: dict[str, float] = {}
    hits: dict[str, list[Span]] = {}
    counts: dict[str, int] = {}
    for match in _PHRASES.finditer(view.folded, body_start):
        start, end, phrase = match.start(), match.end(), match.group()
        if _OFFICE_WORDS.search(view.text[max(0, start - 16) : start]):
            continue
        counts[phrase] = counts.get(phrase, 0) + 1
        if counts[phrase] > _PER_PHRASE_CAP:
            continue  # a word repeated all through the letter votes only a few times
        for area, weight in _AREAS_OF[phrase]:
            scores[area] = scores.get(area, 0.0) + weight
            hits.setdefault(area, []).append(view.span(start, end))
    if not scores:
        return "other", []
    best = max(scores, key=lambda a: scores[a])
    # Land recovery letters speak of land throughout; what they contest is the compensation.
    if best == "land" and scores.get("compensation", 0.0) >= max(_MIN_SCORE, 0.5 * scores["land"]):
        best = "compensation"
    if scores[best] < _MIN_SCORE:
        return "other", hits.get(best, [])[:_EVIDENCE]
    strongest = sorted(hits[best], key=lambda s: -_VOCABULARY[best].get(view.folded[s.start : s.end], 0))
    return best, sorted(strongest[:_EVIDENCE], key=lambda s: s.start)


def _contents(view: LetterView, body_start: int) -> list[Span]:
    contents: list[Span] = []
    for heading in _REQUEST_HEADING.finditer(view.folded, body_start):
        cursor = heading.end() + 1
        for item in _ITEM.finditer(view.folded, cursor):
            if view.folded[cursor : item.start()].strip():
                break  # the list ended
            contents.append(view.span(item.start("body"), item.end("body")))
            cursor = item.end() + 1
        if contents:
            break
    if not contents:
        last_end = -1
        for cue in _REQUEST_CUE.finditer(view.folded, body_start):
            if cue.start() < last_end or _is_label(view, cue.start()):
                continue
            sentence_start, sentence_end = _sentence_around(view, cue.start(), body_start)
            if cue.start() - sentence_start < 60:
                contents.append(view.span(sentence_start, sentence_end))
                last_end = sentence_end
    return _distinct(view, contents)[:_MAX_CONTENTS]


def _is_label(view: LetterView, position: int) -> bool:
    # "Người kiến nghị", "Họ và tên người đề nghị:": the word names the writer, it asks nothing.
    return view.folded[max(0, position - 6) : position].endswith("nguoi ")


def _sentence_around(view: LetterView, position: int, floor: int) -> tuple[int, int]:
    """The sentence (or line) holding `position`: from after the last stop before it to the next stop."""
    folded = view.folded
    start = max(floor, *(folded.rfind(mark, 0, position) + 1 for mark in ".!?\n"))
    ends = [i for i in (folded.find(mark, position) for mark in ".!?\n") if i >= 0]
    return start, min(ends) + 1 if ends else len(folded)


def _distinct(view: LetterView, spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    seen: set[str] = set()
    for span in spans:
        key = " ".join(view.folded[span.start : span.end].split())
        if len(key) < 12 or key in seen or _is_closing(key):
            continue
        seen.add(key)
        kept.append(span)
    return kept


def _is_closing(sentence: str) -> bool:
    # Courtesy formulas ask for nothing: "Tôi xin chân thành cảm ơn", "xin cam đoan ...".
    return bool(
        re.search(
            r"xin (?:chan thanh )?cam on|xin tran trong cam on|xin cam doan|xin chiu trach nhiem", sentence
        )
    )
