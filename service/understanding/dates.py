"""Dates written in a letter, and the place and date the letter itself was written.

The letter's own date sits on a line of its own, "Xã Tân Phú, ngày 12 tháng 3 năm 2024", at the top
right or above the signature; dates inside sentences belong to the decisions and events it cites.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from service.understanding.types import Span
from service.understanding.view import LetterView

_DAY_MONTH_YEAR = (
    r"(?P<day>\d{1,2})\s*(?:thang\s*(?P<month_w>\d{1,2})\s*nam\s*(?P<year_w>\d{4})|"
    r"[/.-]\s*(?P<month_n>\d{1,2})\s*[/.-]\s*(?P<year_n>\d{4}))"
)
DATE = re.compile(r"(?:ngay\s*)?" + _DAY_MONTH_YEAR)
_PLACE_DATE_LINE = re.compile(
    r"(?m)^[ \t(]*(?:(?P<place>[^\n,;:()]{2,60}?)\s*(?:,\s*|\s(?=ngay)))?(?P<date>ngay\s*"
    + _DAY_MONTH_YEAR
    + r")"
)
_PLACE_BARE_DATE_LINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[^\n,;:()\d]{2,60}?)\s*,\s*(?P<date>"
    + r"(?P<day>\d{1,2})\s*[/.-]\s*(?P<month_n>\d{1,2})\s*[/.-]\s*(?P<year_n>\d{4}))\s*$"
)
_NOT_PLACE = re.compile(r"\b(?:toi|chung toi|quyet dinh|so|thong bao|cong van|vao|tu|den|sinh)\b|\.{3}|…")
EARLIEST_YEAR = 1945
LATEST_YEAR = 2040


@dataclass(frozen=True)
class LetterDate:
    place: str | None
    date: dt.date | None
    span: Span | None
    place_span: Span | None = None


def date_of(match: re.Match[str]) -> dt.date | None:
    """The date a DATE-style match names, or None when it is not a calendar date."""
    groups = match.groupdict()
    month = groups.get("month_w") or groups.get("month_n")
    year = groups.get("year_w") or groups.get("year_n")
    if month is None or year is None:
        return None
    try:
        value = dt.date(int(year), int(month), int(groups["day"]))
    except ValueError:
        return None
    return value if EARLIEST_YEAR <= value.year <= LATEST_YEAR else None


def find_letter_date(view: LetterView) -> LetterDate:
    candidates: list[LetterDate] = []
    for pattern in (_PLACE_DATE_LINE, _PLACE_BARE_DATE_LINE):
        for match in pattern.finditer(view.folded):
            _, line_end = view.line_bounds(match.start())
            date = date_of(match)
            if date is None or not _date_line(view, match, line_end):
                continue
            place_span = None
            if match.group("place"):
                place_span = view.span(match.start("place"), match.end("place"), strip=" \t(,;:-")
                place_folded = view.folded[place_span.start : place_span.end]
                if _NOT_PLACE.search(place_folded) or not any(ch.isupper() for ch in place_span.text):
                    continue
            span = view.span(match.start(), match.end(), strip=" \t(),;:")
            candidates.append(LetterDate(place_span.text if place_span else None, date, span, place_span))
    if not candidates:
        return LetterDate(None, None, None)
    # The header date comes first; a letter dated only above its signature has one candidate anyway.
    candidates.sort(key=lambda c: c.span.start if c.span else 0)
    with_place = [c for c in candidates if c.place]
    return with_place[0] if with_place else candidates[0]


def _date_line(view: LetterView, match: re.Match[str], line_end: int) -> bool:
    # The rest of the line holds at most a closing bracket: the date is the line's whole content.
    return not view.folded[match.end() : line_end].strip(" .)")
