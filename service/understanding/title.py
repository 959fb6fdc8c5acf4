"""The letter's title ("ĐƠN KHIẾU NẠI") and its subject line ("V/v ..."), as written.

The title may mislead (classification never trusts it alone), but it is part of what a clerk records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.understanding.types import Span
from service.understanding.view import LetterView

_HEADER_LINES = 30
_TITLE_MAX = 140
_TITLE_OPENING = re.compile(r"^(?:don|thu|giay|to trinh|ban tuong trinh|phieu)\b")
# What a title says after "Đơn": a sentence that merely starts with "Đơn này ..." is not a title.
_TITLE_KIND = re.compile(
    r"^(?:don|thu)\s*(?:thu\s*)?(?:khieu nai|khieu kien|to cao|to giac|kien nghi|phan anh|de nghi|"
    r"yeu cau|xin|trinh bay|keu cuu|cau cuu|khan cap|cam on|cam ta|gop y|ngo|chuyen|trinh|phuc dap|"
    r"bao tin|tri an|tam thu|dong kinh)"
)
_CAPS_TITLE_WORDS = re.compile(r"khieu nai|to cao|kien nghi|phan anh|de nghi|keu cuu|cau cuu|to giac")
_NOT_TITLE = re.compile(
    r"^(?:cong hoa|doc lap|kinh gui|dong kinh gui|noi nhan|uy ban|ubnd|so:|v/v|ve viec|\()"
)
_FIRST_PERSON = re.compile(r"\b(?:toi|chung toi|gia dinh toi|da gui|da nop)\b")
_SUBJECT = re.compile(r"^\(?\s*(?:v/v|v\.v|ve viec|vv)\s*[:.]?\s*")


@dataclass(frozen=True)
class TitleReading:
    title: str | None = None
    title_span: Span | None = None
    subject: str | None = None  # "V/v ..." / "Về việc ..."
    subject_span: Span | None = None


def find_title(view: LetterView) -> TitleReading:
    lines = [(s, e) for s, e in view.lines() if e > s][:_HEADER_LINES]
    title_span: Span | None = None
    subject_span: Span | None = None
    for index, (start, end) in enumerate(lines):
        folded = view.folded[start:end].strip(" (")
        raw = view.text[start:end]
        if subject_span is None and _SUBJECT.match(folded):
            subject_span = view.span(start, end, strip=" ()\t:;.")
            continue
        if title_span is not None or len(raw) > _TITLE_MAX or _NOT_TITLE.match(folded):
            continue
        if _is_title(raw, folded):
            title_end = end
            if _is_caps(raw) and index + 1 < len(lines):
                next_start, next_end = lines[index + 1]
                following = view.text[next_start:next_end]
                if _is_caps(following) and not _NOT_TITLE.match(view.folded[next_start:next_end]):
                    title_end = next_end  # a title set on two lines
            title_span = view.span(start, title_end, strip=" \t:;.-")
    if title_span is None and subject_span is not None:
        return TitleReading(subject_span.text, subject_span, subject_span.text, subject_span)
    return TitleReading(
        title_span.text.replace("\n", " ") if title_span else None,
        title_span,
        subject_span.text if subject_span else None,
        subject_span,
    )


def _is_title(raw: str, folded: str) -> bool:
    caps = _is_caps(raw)
    if _TITLE_KIND.match(folded):
        # A sentence about an earlier letter ("Đơn khiếu nại của tôi đã gửi ...") is not a title.
        return caps or not (_FIRST_PERSON.search(folded) or (raw.endswith(".") and len(raw) > 60))
    if caps and _TITLE_OPENING.match(folded):
        return True
    return caps and bool(_CAPS_TITLE_WORDS.search(folded)) and len(raw) <= 60


def _is_caps(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)
