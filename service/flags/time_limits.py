"""Complaints past their time limit (thời hiệu): 90 days from the contested decision for a first
complaint (Luật Khiếu nại Art. 9), 30 days from the first-instance decision for a second one (Art. 33;
45 days in remote areas, which the letter does not tell, so the reason mentions it).

The law counts from the day the complainant received or learned of the decision and stops the clock for
illness, disasters and other objective obstacles; a letter rarely says when, so the flag counts from the
decision's date and asks the clerk to check.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from service.flags.types import Flag
from service.understanding.folding import fold
from service.understanding.types import CitedDocument, LetterStructure, ParsedLetter, Span

FIRST_COMPLAINT_DAYS = 90
SECOND_COMPLAINT_DAYS = 30
REMOTE_SECOND_COMPLAINT_DAYS = 45
_COMPLAINED_OF = re.compile(r"khieu nai[^.;\n]{0,40}$")
_FIRST_INSTANCE = re.compile(r"giai quyet khieu nai")
_DECISION = re.compile(r"quyet dinh|\bqd\b|ket qua giai quyet")
_NEAR = 150
_SENTENCE_REACH = 120
_DATE = re.compile(
    r"ngay (?P<d>\d{1,2})\s*(?:/|-|\.|thang)\s*(?P<m>\d{1,2})\s*(?:/|-|\.|nam)\s*(?P<y>\d{4})"
)  # characters between a first-instance decision and the words that call it so


def time_barred(parsed: ParsedLetter) -> Flag | None:
    """The complaint_time_barred flag, or None when the letter is in time or its dates are unknown."""
    s = parsed.structure
    if s.date is None:
        return None
    second = bool(s.prior_resolution)
    document = _first_instance(parsed) if second else _contested(parsed)
    issued = document_date(parsed, document) if document else None
    if document is None or issued is None or issued > s.date:
        return None
    document = dataclasses.replace(document, date=issued)
    days = (s.date - issued).days
    limit = SECOND_COMPLAINT_DAYS if second else FIRST_COMPLAINT_DAYS
    if days <= limit:
        return None
    return Flag(
        "complaint_time_barred", _reason(document, s.date, days, second=second), _evidence(document, s)
    )


def _contested(parsed: ParsedLetter) -> CitedDocument | None:
    """The decision complained of: the one the letter names right after "khiếu nại", else the latest
    dated one (an older project approval is background, not what is contested)."""
    dated = [d for d in parsed.structure.cited_documents if document_date(parsed, d) is not None]
    for document in dated:
        if document.span is None:
            continue
        if _COMPLAINED_OF.search(parsed.folded[max(0, document.span.start - 60) : document.span.start]):
            return document
    return max(dated, key=lambda d: document_date(parsed, d) or dt.date.min, default=None)


def document_date(parsed: ParsedLetter, document: CitedDocument) -> dt.date | None:
    """The document's date as read, else the date that opens its sentence: "Ngày 20/8/2024, Chủ tịch UBND
    xã ban hành Quyết định số 160/QĐ-UBND" dates decision 160."""
    if document.date is not None or document.span is None:
        return document.date
    before = parsed.folded[max(0, document.span.start - _SENTENCE_REACH) : document.span.start]
    before = re.split(r"[.;\n]", before)[-1]
    found = list(_DATE.finditer(before))
    if not found:
        return None
    day, month, year = (int(x) for x in found[-1].group("d", "m", "y"))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _first_instance(parsed: ParsedLetter) -> CitedDocument | None:
    """The first-instance decision (quyết định giải quyết khiếu nại lần đầu) of a second complaint: a
    document named as such, or next to the words that show a decision was made. A second complaint after a
    missed deadline has none, and its 30 days run from a date the letter does not give."""
    decisions = [p for p in parsed.structure.prior_resolution if _DECISION.search(fold(p.text))]
    dated = [d for d in parsed.structure.cited_documents if d.span and document_date(parsed, d) is not None]
    for document in dated:
        assert document.span is not None
        named = parsed.folded[max(0, document.span.start - 60) : document.span.end]
        if _FIRST_INSTANCE.search(named):
            return document
    distances = [
        (min(abs(p.start - d.span.start) for p in decisions), i)
        for i, d in enumerate(dated)
        if decisions and d.span is not None
    ]
    nearest = min(distances, default=None)
    return dated[nearest[1]] if nearest is not None and nearest[0] <= _NEAR else None


def _reason(document: CitedDocument, written: dt.date, days: int, *, second: bool) -> str:
    made = f"Quyết định số {document.number} ngày {document.date:%d/%m/%Y}"
    if second:
        limit = (
            f"quá thời hạn {SECOND_COMPLAINT_DAYS} ngày ({REMOTE_SECOND_COMPLAINT_DAYS} ngày ở vùng sâu, "
            "vùng xa) để khiếu nại lần hai kể từ ngày có quyết định giải quyết lần đầu"
            " (Điều 33 Luật Khiếu nại)"
        )
    else:
        limit = f"quá thời hiệu {FIRST_COMPLAINT_DAYS} ngày (Điều 9 Luật Khiếu nại)"
    return (
        f"Đơn khiếu nại đề ngày {written:%d/%m/%Y}, sau {days} ngày kể từ {made}: {limit}. Cần xác "
        "minh ngày người khiếu nại nhận được hoặc biết quyết định và lý do khách quan (ốm đau, thiên tai, "
        "đi công tác...) trước khi không thụ lý."
    )


def _evidence(document: CitedDocument, structure: LetterStructure) -> list[Span]:
    spans = [document.span] if document.span else []
    return spans + structure.evidence.get("date", [])[:1]
