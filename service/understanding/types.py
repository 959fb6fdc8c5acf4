"""The structured view of a letter that classification and flagging build on.

Offsets in every ``Span`` point into ``ParsedLetter.text`` (the normalised text), so the review UI can
highlight the words that triggered a field or a flag.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Level = Literal["commune", "district", "province", "central", "none"]
LEVEL_ORDER: dict[str, int] = {"commune": 1, "district": 2, "province": 3, "central": 4}
FIELDS = (
    "land",
    "compensation",
    "social_policy",
    "corruption",
    "environment",
    "justice",
    "health",
    "education",
    "construction",
    "other",
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass
class Addressee:
    name: str  # as written, e.g. "Chủ tịch UBND xã Tân Phú"
    level: Level
    primary: bool  # the first "Kính gửi" recipient
    unit: str | None = None  # the administrative unit named, e.g. "xã Tân Phú"
    span: Span | None = None


@dataclass
class Petitioner:
    name: str | None = None
    birth_year: int | None = None
    id_number: str | None = None  # CCCD (12 digits) or CMND (9 digits)
    address: str | None = None
    phone: str | None = None


@dataclass
class CitedDocument:
    number: str  # "1234/QĐ-UBND"
    kind: str | None = None  # "QĐ", "TB", "CV", ...
    date: dt.date | None = None
    issuer: str | None = None  # "UBND huyện Phú Tân"
    issuer_level: Level | None = None
    span: Span | None = None


@dataclass
class Target:
    """The body or person the letter is about: whose decision is contested or who is accused."""

    name: str
    level: Level
    kind: Literal["person", "body"]
    role: str | None = None  # "Chủ tịch UBND xã", "cán bộ địa chính xã", "Giám đốc Sở ..."
    is_head: bool = False  # heads or deputy heads a People's Committee (chairman, vice-chairman)
    heads_office: bool = False  # heads an office/department under a committee (Trưởng phòng, Giám đốc Sở)
    span: Span | None = None


@dataclass
class LetterStructure:
    title: str | None = None
    addressees: list[Addressee] = field(default_factory=list)
    petitioners: list[Petitioner] = field(default_factory=list)
    anonymous: bool = False
    collective: bool = False
    signer_count: int = 1
    place: str | None = None
    date: dt.date | None = None
    cited_documents: list[CitedDocument] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    # Phrases showing the competent lower level already decided or let its deadline pass.
    prior_resolution: list[Span] = field(default_factory=list)
    # Distinct requests found (several contents: đơn có nhiều nội dung).
    contents: list[Span] = field(default_factory=list)
    # Any other evidence by name ("anonymous", "collective", "field", ...): the words behind a field.
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    subject: str | None = None  # the "V/v ..." / "Về việc ..." line, when the letter has one
    # Who writes on the petitioner's behalf (a lawyer, an authorised representative), kept apart.
    representative: Petitioner | None = None
    # Subject area; declared last because its name shadows dataclasses.field in this class body.
    field: str = "other"

    @property
    def primary_addressee(self) -> Addressee | None:
        return next(
            (a for a in self.addressees if a.primary), self.addressees[0] if self.addressees else None
        )

    @property
    def petitioner(self) -> Petitioner:
        return self.petitioners[0] if self.petitioners else Petitioner()


@dataclass
class ParsedLetter:
    raw: str  # the text as read
    text: str  # normalised: NFC, one tone-mark placement, OCR confusions and line breaks repaired
    folded: str  # `text` lower-cased without diacritics (đ -> d)
    tokens: list[str]  # underthesea word tokens of `text`, multi-syllable words joined by "_"
    structure: LetterStructure
