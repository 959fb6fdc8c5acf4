"""Who the letter is addressed to: "Kính gửi", "Đồng kính gửi", "Đồng gửi", "Nơi nhận".

Recipients come on the marker's own line (one, or several separated by commas or semicolons) and on
the lines after it (a dash or bullet list, or bare lines naming a body). The first "Kính gửi" recipient
is the primary addressee, whose level decides whether a letter overreaches.
"""

from __future__ import annotations

import re

from service.understanding.levels import LevelContext, body_level
from service.understanding.types import Addressee, Span
from service.understanding.view import LetterView

_MARKER = re.compile(
    r"(?m)^[ \t\-–•*+>]*(?P<kind>dong kinh g(?:u|o|ou)i|dong g(?:u|o)i|ki[nm]h?g? g(?:u|o|ou)i|k/g|kinh thua|"
    r"noi nhan|(?:don vi|co quan|noi) (?:tiep )?nhan(?: don| phan anh| kien nghi)?|gui)"
    r"\s*(?:toi|den)?\s*(?::|\.|;|-|(?=\s))\s*"
)
# The form fields of a citizens' portal or hotline ("Đơn vị tiếp nhận: UBND phường ..."): the primary
# recipient, like "Kính gửi".
_FORM_FIELD = re.compile(r"^(?:don vi|co quan|noi) (?:tiep )?nhan")
_BULLET = re.compile(r"^\s*(?:[-–—+•*·▪●○>]|\d{1,2}[.)/]|[a-zđ][.)])\s*")
# How the name of a body or an official begins (folded).
_ORGAN_START = re.compile(
    r"^(?:ong|ba|dong chi|quy|lanh dao|chu tich|pho chu tich|uy ban|ubnd|hdnd|hoi dong|so|phong|thanh tra|"
    r"ban|bo|van phong|cong an|toa|vien|bao|dai|doan|hoi|mat tran|mttq|thu tuong|quoc hoi|chinh phu|"
    r"tinh uy|huyen uy|thanh uy|dang uy|bi thu|giam doc|truong|chanh|co quan|cuc|chi cuc|tong cuc|"
    r"trung tam|chi nhanh|tan|ngai|cac|vks|tand|ub|uy vien|thuong truc|thu truong|hieu truong|"
    r"tong bi thu|chu nhiem|dai bieu|cu tri|tap the|nguoi dung dau)\b"
)
_NOT_RECIPIENT = re.compile(r"^(?:nhu tren|luu|luu vt|luu ho so|luu:|ho so|vt)\b")
_PARENTHETICAL = re.compile(r"\s*\((?:de|thay|b/c|d/b|biet|bao cao|chi dao|giai quyet|phoi hop)[^)]*\)\s*")
# The writer speaking: the recipients' list has ended. ("cháu", "em" also spell the names Châu, Em.)
_FIRST_PERSON = re.compile(r"\b(?:toi|chung toi|gia dinh toi)\b")
_ABBREVIATIONS = frozenset({"tp", "p", "q", "h", "t", "x", "tx", "tt", "ths", "ts", "ong", "ba", "st", "v/v"})
_LIST_LINES = 12
_SEPARATOR = re.compile(r"[;,]|\s+(?:va|cung|dong thoi)\s+(?=\S)")


def find_addressees(view: LetterView, context: LevelContext) -> list[Addressee]:
    addressees: list[Addressee] = []
    seen_primary_block = False
    for marker in _MARKER.finditer(view.folded):
        kind = marker.group("kind")
        if kind in ("gui", "kinh thua") and (seen_primary_block or addressees):
            continue
        form_field = _FORM_FIELD.match(kind) is not None
        if form_field and marker.group(0).rstrip()[-1:] != ":":
            continue  # "đơn vị nhận" in a sentence, not a field
        primary_block = (form_field or not kind.startswith(("dong", "noi"))) and not seen_primary_block
        items = _items_after(view, marker.end(), listing=kind == "noi nhan")
        if kind in ("gui", "kinh thua") and not items:
            continue
        for start, end in items:
            name_span = _clean(view, start, end)
            if name_span is None:
                continue
            level = body_level(
                name_span.text,
                view.folded[name_span.start : name_span.end],
                plain=view.plain,
                context=context,
            )
            addressees.append(
                Addressee(
                    name=name_span.text,
                    level=level.level,
                    primary=False,
                    unit=level.unit,
                    span=name_span,
                )
            )
        if primary_block and items:
            seen_primary_block = True
    if addressees:
        addressees[0].primary = True
    return addressees


def _items_after(view: LetterView, position: int, *, listing: bool) -> list[tuple[int, int]]:
    """Offsets of each recipient named on the marker's line and on the list lines after it."""
    items: list[tuple[int, int]] = []
    _, line_end = view.line_bounds(position)
    rest_end = _sentence_end(view, position, line_end)
    if view.text[position:rest_end].strip():
        items.extend(_split_line(view, position, rest_end))
    cursor = line_end + 1
    for _ in range(_LIST_LINES):
        if cursor >= len(view.text):
            break
        start, end = view.line_bounds(cursor)
        line_folded = view.folded[start:end]
        bullet = _BULLET.match(line_folded)
        content_start = start + (bullet.end() if bullet else 0)
        content = view.folded[content_start:end].strip()
        if not content or _MARKER.match(line_folded):
            break
        organ = _ORGAN_START.match(content) is not None
        if not (listing and bullet) and (not organ or _FIRST_PERSON.search(content) or len(content) > 160):
            break
        items.extend(_split_line(view, content_start, end))
        cursor = end + 1
    return items


def _sentence_end(view: LetterView, start: int, limit: int) -> int:
    """Where the recipient text on a marker's line stops: a sentence end or the writer's first words."""
    folded = view.folded
    for match in re.finditer(r"\.\s+(?=[^\W\d_])|,\s*(?=(?:toi|chung toi|em|chau)\b)", folded[start:limit]):
        index = start + match.start()
        if folded[index] == ".":
            word = folded[max(start, index - 4) : index].split()
            if word and word[-1] in _ABBREVIATIONS:
                continue
            if not view.text[start + match.end()].isupper():
                continue
        return index
    return limit


def _split_line(view: LetterView, start: int, end: int) -> list[tuple[int, int]]:
    """Split "A, B; C và D" into recipients; a piece that does not name a body belongs to the one before
    ("UBND xã Tân Phú, huyện Phú Tân"; "Sở Tài nguyên và Môi trường")."""
    cuts = [(start + m.start(), start + m.end()) for m in _SEPARATOR.finditer(view.folded[start:end])]
    bounds = [start] + [cut_end for _, cut_end in cuts]
    ends = [cut_start for cut_start, _ in cuts] + [end]
    merged: list[tuple[int, int]] = []
    for piece_start, piece_end in zip(bounds, ends, strict=True):
        text = view.folded[piece_start:piece_end].strip(" -–+•")
        if merged and _ORGAN_START.match(text) is None:
            merged[-1] = (merged[-1][0], piece_end)
        else:
            merged.append((piece_start, piece_end))
    return merged


def _clean(view: LetterView, start: int, end: int) -> Span | None:
    span = view.span(start, end, strip=" \t\n,;:.-–—+•*·>…_")
    if not span.text:
        return None
    folded = view.folded[span.start : span.end]
    if _NOT_RECIPIENT.match(folded):
        return None
    parenthetical = _PARENTHETICAL.search(folded)
    if parenthetical is not None and parenthetical.end() >= len(folded) - 1:
        span = view.span(span.start, span.start + parenthetical.start(), strip=" \t\n,;:.-–—+•*·>")
    if len(span.text) < 3:
        return None
    return span
