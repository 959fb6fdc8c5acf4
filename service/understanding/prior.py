"""Evidence that the competent lower level already dealt with the matter, or let its deadline pass.

Three kinds count: a first-instance complaint decision or a denunciation conclusion exists; a written
answer was given; or the petitioner sent the matter before and either the deadline passed without an
answer or the answer upheld what was contested.
The last needs both halves in the same passage (an earlier letter or complaint, and no answer or an
expired deadline): "the commune never fixed the road" alone is background, not a first instance.
"""

from __future__ import annotations

import re

from service.understanding.types import Span
from service.understanding.view import LetterView

_DECIDED = re.compile(
    r"quyet dinh giai quyet khieu nai(?: lan (?:dau|1|thu nhat))?|qd giai quyet khieu nai|"
    r"quyet dinh giai quyet (?:so|lan)|"
    r"da duoc (?:ong |ba )?(?:chu tich|pho chu tich|ubnd|uy ban nhan dan|giam doc|thanh tra|chanh thanh tra)"
    r"[a-z ]{0,40}? giai quyet|da duoc giai quyet (?:tai|bang) (?:quyet dinh|van ban|cong van|thong bao)|"
    r"giai quyet khieu nai lan (?:dau|1|thu nhat)|khieu nai lan (?:hai|2|thu hai)|"
    r"khong (?:dong y|dong tinh|chap nhan|dong y voi) (?:voi )?(?:quyet dinh giai quyet|ket qua giai quyet|"
    r"noi dung giai quyet|van ban tra loi|ket luan)|"
    r"da (?:duoc )?(?:chu tich |ubnd |uy ban |co quan )?[a-z ]{0,40}?"
    r"(?:giai quyet lan dau|giai quyet bang quyet dinh|"
    r"ban hanh quyet dinh giai quyet)|"
    r"ket luan (?:noi dung )?to cao|thong bao ket qua giai quyet|"
    r"da co (?:van ban|cong van|thong bao) tra loi|da tra loi bang van ban|van ban tra loi (?:so|cua)|"
    r"cong van tra loi (?:so|cua)|thong bao tra loi (?:so|cua)|da duoc (?:[a-z ]{0,30}?)tra loi (?:tai|bang)"
)
_NO_DECISION = re.compile(r"(?:chua|khong|chua he) (?:co|ban hanh|ra)\s*$")
_SENT_BEFORE = re.compile(
    r"da (?:nhieu lan |\d+ lan |may lan |lien tuc )?(?:gui|nop|lam|viet|co) (?:don|don thu|don khieu nai|"
    r"don to cao|don kien nghi|kien nghi|phan anh|khieu nai)|da (?:khieu nai|to cao|kien nghi|phan anh)|"
    r"don (?:cua toi|cua chung toi|cua gia dinh toi) (?:gui|nop|da gui)|da gui (?:len|den|toi)|"
    r"(?:ngay|thang) [\d/]+ toi (?:da )?(?:gui|nop) don|toi co don"
)
_NO_ANSWER = re.compile(
    r"qua (?:thoi )?han(?: giai quyet| quy dinh| luat dinh)?|het (?:thoi )?han(?: giai quyet)?|"
    r"(?:chua|khong|van chua|van khong|chua he|khong he) (?:duoc |nhan duoc |co )?(?:giai quyet|tra loi|"
    r"xem xet|phan hoi|hoi am|thu ly|van ban tra loi|y kien|tra loi bang van ban|quyet dinh giai quyet|"
    r"ket qua giai quyet|van ban|thong bao)|"
    r"bat vo am tin|khong co hoi am|khong thay tra loi|im lang"
)
# An answer that upheld what was contested, after the petitioner's earlier complaint: "huyện có quyết
# định giữ nguyên", "có giấy trả lời giải quyết đơn", "trả lời là không chấp nhận".
_UPHELD = re.compile(
    r"(?:van |vat )?giu nguyen|bac (?:don|khieu nai|yeu cau)|"
    r"(?:co|ra|ban hanh|gui) (?:quyet dinh|giay|van ban|cong van|thong bao) (?:tra loi|giai quyet)|"
    r"tra loi (?:la )?(?:khong (?:chap nhan|dong y|co co so|giai quyet)|khong co can cu)"
)
_PASSAGE = 260


def find_prior_resolution(view: LetterView) -> list[Span]:
    spans: list[Span] = []
    for match in _DECIDED.finditer(view.folded):
        if _NO_DECISION.search(view.folded[max(0, match.start() - 20) : match.start()]):
            continue  # "chưa có quyết định giải quyết": the absence is only evidence with a deadline
        spans.append(view.span(match.start(), match.end()))
    for match in _SENT_BEFORE.finditer(view.folded):
        window_end = min(len(view.folded), match.end() + _PASSAGE)
        answer = _NO_ANSWER.search(view.folded, match.end(), window_end) or _UPHELD.search(
            view.folded, match.end(), window_end
        )
        if answer is None:
            continue
        if _hypothetical(view, match.start()):
            continue
        spans.append(view.span(match.start(), answer.end()))
    for match in re.finditer(
        r"qua (?:thoi )?han(?: giai quyet| quy dinh| luat dinh)?|het thoi han giai quyet", view.folded
    ):
        if any(s.start <= match.start() < s.end for s in spans):
            continue
        if re.search(
            r"khieu nai|giai quyet|tra loi", view.folded[max(0, match.start() - 80) : match.end() + 60]
        ):
            spans.append(view.span(match.start(), match.end()))
    return _merge(view, spans)


def _hypothetical(view: LetterView, position: int) -> bool:
    # "nếu đã gửi đơn ..." or "chưa từng gửi đơn": no earlier letter actually went out.
    before = view.folded[max(0, position - 25) : position]
    return bool(re.search(r"\b(?:neu|chua tung|chua he|khong he|chua)\s*$", before))


def _merge(view: LetterView, spans: list[Span]) -> list[Span]:
    bounds: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: s.start):
        if bounds and span.start <= bounds[-1][1]:
            bounds[-1] = (bounds[-1][0], max(bounds[-1][1], span.end))
        else:
            bounds.append((span.start, span.end))
    return [view.span(start, end) for start, end in bounds]
