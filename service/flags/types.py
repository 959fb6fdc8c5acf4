"""What the flag step tells a reviewer: each finding with a reason in Vietnamese and the words behind it."""

from __future__ import annotations

from dataclasses import dataclass, field

from service.understanding.types import Level, Span


@dataclass(frozen=True)
class Flag:
    code: str  # anonymous, collective, many_recipients, several_contents, complaint_time_barred
    reason_vi: str
    evidence: list[Span] = field(default_factory=list)


@dataclass(frozen=True)
class DuplicateLink:
    """An earlier letter that raises the same matter for the same petitioner(s)."""

    id: str
    similarity: float  # share of the letters' body shingles in common (MinHash estimate), 0..1
    reason: str  # "cùng người gửi, cùng nội dung", "bản sao đơn tập thể", "gửi nhiều nơi", "gửi lại đơn cũ"
    evidence: list[str] = field(default_factory=list)  # what matched, in Vietnamese, without personal data


@dataclass(frozen=True)
class Overreaching:  # vượt cấp
    flag: bool
    addressee_level: Level  # level of the primary addressee ("none" when there is none)
    competent_level: Level | None  # level competent to handle the matter first; None when unknown
    reason: str  # Vietnamese: where the letter belongs, or why it is not overreaching
    evidence: list[Span] = field(default_factory=list)
    competent_body: str | None = None  # e.g. "Chủ tịch UBND xã Tân Phú"
    rule: str | None = None  # the CompetenceRule that decided, for audits and evaluation
    next_level: Level | None = (
        None  # where a second complaint goes (khiếu nại lần hai), above competent_level
    )
