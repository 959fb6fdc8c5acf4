"""Documents a letter cites: the decisions, notices and answers it contests or relies on.

"Quyết định số 1234/QĐ-UBND ngày 15/3/2024 của UBND huyện Phú Tân" gives the number, the kind, the date
and the issuer with its level. Laws, decrees and circulars cited as legal grounds are not documents of
the case; they are kept apart as "legal_basis" evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from service.understanding.dates import DATE, date_of
from service.understanding.folding import fold
from service.understanding.levels import LevelContext, body_level, end_of_units
from service.understanding.types import CitedDocument, Level, Span
from service.understanding.view import LetterView

_KINDS = {
    "quyet dinh": "QĐ",
    "qd": "QĐ",
    "thong bao": "TB",
    "tb": "TB",
    "cong van": "CV",
    "cv": "CV",
    "van ban": "CV",
    "ket luan": "KL",
    "kl": "KL",
    "bien ban": "BB",
    "giay chung nhan": "GCN",
    "giay phep": "GP",
    "ban an": "BA",
    "to trinh": "TTr",
    "bao cao": "BC",
    "chi thi": "CT",
    "nghi quyet": "NQ",
    "phieu chuyen": "PC",
    "giay moi": "GM",
    "luat": "Luật",
    "bo luat": "Luật",
    "nghi dinh": "NĐ",
    "thong tu": "TT",
}
_LEGAL_KINDS = frozenset({"Luật", "NĐ", "TT"})
_DOCUMENT = re.compile(
    r"(?<![\w])(?P<kind>quyet dinh|qd|thong bao|tb|cong van|cv|van ban|ket luan|kl|bien ban|giay chung nhan|"
    r"giay phep|ban an|to trinh|bao cao|chi thi|nghi quyet|phieu chuyen|giay moi|bo luat|luat|nghi dinh|"
    r"thong tu)(?:\s+(?!(?:quyet dinh|thong bao|cong van|van ban|ket luan|bien ban)\b)[a-z]+){0,6}?"
    r"\s*(?:so|so:|so\.)?\s*:?\s*"
    r"(?P<number>\d{1,6}(?:\s?/\s?\d{4})?(?:\s?/\s?[a-z0-9đ&.]+(?:-[a-z0-9đ&.]+)*)+|\d{1,6}(?=\s+ngay)|"
    r"(?<=so )\d{1,6}(?![\d/.,]))"  # "quyết định số 2156 của huyện": a bare number after "số"
)
_LEGAL_NUMBER = re.compile(r"nd-cp|/qh\d|/tt-|/l-ctn|/ubtvqh|/nq-cp|/qd-ttg")
_ISSUER_AFTER = re.compile(r"\s*,?\s*(?:cua|do)\s+")
_ISSUER_STOP = re.compile(
    r"[.;:()\n]|\s(?:ve viec|v/v|ve|voi|veviec|thu hoi|ban hanh|nhung|ma|la|theo|thi|tai|cho|doi voi|"
    r"giai quyet|xu phat|cong nhan|bac|dong y|khong|da|nay|trong|gay|dan den|quyet dinh|cuong che)\b"
)
_OPENING_DATE = re.compile(
    r"\s*(?:vao\s*)?ngay\s*(?P<day>\d{1,2})\s*(?:thang\s*(?P<month_w>\d{1,2})\s*nam\s*"
    r"(?P<year_w>\d{4})|[/.-]\s*(?P<month_n>\d{1,2})\s*[/.-]\s*(?P<year_n>\d{4}))\s*,"
)
_UNIT_AFTER_COMMA = re.compile(r"\s*(?:huyen|tinh|xa|thanh pho|tp|quan|thi xa|phuong|thi tran|dac khu)\b")
_ISSUER_BEFORE = re.compile(
    r"(?<![\w])(?P<issuer>(?:(?:pho )?chu tich |giam doc |truong phong |chanh thanh tra )?"
    r"(?:ubnd|uy ban nhan dan|so|phong|thanh tra|cong an|toa an|chi nhanh|van phong|ban|chi cuc|cuc|"
    r"bao hiem xa hoi|bhxh|trung tam|benh vien|huyen|tinh|thi xa|quan|xa|phuong|thi tran)\b[^.;:\n]{0,70}?)"
    r"\s+(?:da\s+)?(?:ban hanh|ra|co|lap|ky)\s*$"
)
_NEW_CLAUSE = re.compile(r",|\b(?:ong|ba)\s")
# What an issuer's name opens with: an organ, its head, or the bare unit ("của huyện", "của thị xã").
_ORGAN_OPENING = re.compile(
    r"^(?:ong |ba )?(?:(?:pho )?chu tich|giam doc|pho giam doc|truong phong|chanh|ubnd|uy ban|so|phong|"
    r"thanh tra|cong an|toa an|chi nhanh|van phong|ban|hdnd|cuc|chi cuc|tand|vks|bao hiem xa hoi|bhxh|"
    r"trung tam|benh vien|huyen|tinh|thi xa|quan|thanh pho|xa|phuong|thi tran)\b"
)


@dataclass(frozen=True)
class DocumentReading:
    documents: list[CitedDocument]
    legal_bases: list[Span]


def find_documents(view: LetterView, context: LevelContext) -> DocumentReading:
    documents: list[CitedDocument] = []
    legal: list[Span] = []
    seen: set[str] = set()
    for match in _DOCUMENT.finditer(view.folded):
        kind = _KINDS[match.group("kind")]
        number_span = view.span(match.start("number"), match.end("number"), strip=" .,;:")
        number = number_span.text.replace(" ", "")
        if not any(ch.isalpha() for ch in number) and "/" in number:
            continue  # "ngày 12/3/2024" read as a number
        if kind in _LEGAL_KINDS or _LEGAL_NUMBER.search(
            view.folded[match.start("number") : match.end("number")]
        ):
            legal.append(view.span(match.start(), match.end()))
            continue
        cursor = match.end("number")
        date = None
        date_match = DATE.match(view.folded, _skip_to_date(view.folded, cursor))
        if date_match is not None:
            date = date_of(date_match)
            cursor = date_match.end()
        else:
            date = _date_opening_sentence(view, match.start())
        issuer_span = _issuer_after(view, cursor, context) or _issuer_before(view, match.start())
        issuer = issuer_span.text if issuer_span else None
        issuer_level: Level | None = None
        if issuer_span is not None:
            level = body_level(
                issuer_span.text,
                view.folded[issuer_span.start : issuer_span.end],
                plain=view.plain,
                context=context,
            )
            issuer_level = level.level
        end = max(cursor, issuer_span.end if issuer_span and issuer_span.start > match.start() else cursor)
        span = view.span(match.start(), end)
        key = number.lower()
        if key in seen:
            _complete(documents, key, date, issuer, issuer_level)
            continue
        seen.add(key)
        documents.append(
            CitedDocument(
                number=number,
                kind=_kind_from_number(number) if kind == "CV" and _kind_from_number(number) else kind,
                date=date,
                issuer=issuer,
                issuer_level=issuer_level,
                span=span,
            )
        )
    return DocumentReading(documents, legal)


def _complete(
    documents: list[CitedDocument],
    key: str,
    date: dt.date | None,
    issuer: str | None,
    issuer_level: Level | None,
) -> None:
    """A document cited again may give the date or issuer its first mention left out."""
    for document in documents:
        if document.number.lower() != key:
            continue
        if document.date is None and date is not None:
            document.date = date
        if document.issuer is None and issuer is not None:
            document.issuer = issuer
            document.issuer_level = issuer_level


def _date_opening_sentence(view: LetterView, start: int) -> dt.date | None:
    """ "Ngày 15/01/2024, UBND huyện ... ban hành Quyết định số ...": the date opens the sentence."""
    sentence_start = max(
        view.folded.rfind(". ", 0, start) + 2, view.folded.rfind("\n", 0, start) + 1, start - 140
    )
    match = _OPENING_DATE.match(view.folded, sentence_start)
    return date_of(match) if match is not None else None


def _skip_to_date(folded: str, cursor: int) -> int:
    match = re.compile(r"[\s,]*(?:ban hanh\s*)?(?=ngay\s*\d)").match(folded, cursor)
    return match.end() if match else cursor


def _issuer_after(view: LetterView, cursor: int, context: LevelContext) -> Span | None:
    match = _ISSUER_AFTER.match(view.folded, cursor)
    if match is None:
        return None
    start = match.end()
    window = view.folded[start : start + 110]
    if not _ORGAN_OPENING.match(window) or not _organ_spelt(view, start):
        return None
    stop = _ISSUER_STOP.search(window)
    end = stop.start() if stop else len(window)
    # "của UBND huyện Phú Tân, tỉnh An Giang": only a comma followed by a unit continues the issuer.
    for comma in re.finditer(",", window[:end]):
        if not _UNIT_AFTER_COMMA.match(window, comma.end()):
            end = comma.start()
            break
    end = end_of_units(view.text, view.folded, start, start + end, plain=view.plain, context=context)
    span = view.span(start, end)
    return span if len(span.text) >= 3 else None


def _issuer_before(view: LetterView, start: int) -> Span | None:
    """ "UBND huyện đã ban hành Quyết định số ...": the issuer nearest the verb. In "đơn lên huyện, ngày ...
    ông Chủ tịch huyện có Quyết định" that is the chairman, not everything from "huyện" on; a name is
    not cut inside ("Chi cục Thuế", not "cục Thuế")."""
    sentence_start = max(view.folded.rfind(".", 0, start), view.folded.rfind("\n", 0, start), start - 120) + 1
    before = view.folded[sentence_start:start]
    chosen: re.Match[str] | None = None
    position = 0
    while (match := _ISSUER_BEFORE.search(before, position)) is not None:
        position = match.start("issuer") + 1
        if not _organ_spelt(view, sentence_start + match.start("issuer")):
            continue  # "hồ sơ", not "Sở"
        if chosen is None or _NEW_CLAUSE.search(before, chosen.start("issuer"), match.start("issuer")):
            chosen = match
    if chosen is None:
        return None
    return view.span(sentence_start + chosen.start("issuer"), sentence_start + chosen.end("issuer"))


_ORGAN_SPELLINGS = {"so": "sở", "xa": "xã", "tinh": "tỉnh", "quan": "quận"}


def _organ_spelt(view: LetterView, start: int) -> bool:
    """Folded, "sở" (a department) is also "số", "sổ" and "sơ" ("hồ sơ"); "xã", "tỉnh" and "quận" are
    other words too. With diacritics the letter says which; without, a capital does."""
    word = view.text[start : start + 5].split(" ")[0].lower()
    written = _ORGAN_SPELLINGS.get(fold(word))
    if written is None:
        return True
    return word == written or (view.plain and view.text[start].isupper())


_NUMBER_KINDS = frozenset({"QĐ", "TB", "KL", "BB", "TTr", "BC", "CT", "NQ", "GP", "GCN"})


def _kind_from_number(number: str) -> str | None:
    """A "văn bản số 12/TB-UBND" is a notice: the number says what the generic word does not."""
    head = number.split("/")[-1].split("-")[0]
    return head if head in _NUMBER_KINDS else None
