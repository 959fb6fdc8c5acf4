"""Every decision about one letter, taken before a word is written.

A `LetterPlan` is what the corpus planner samples and what a duplicate copies: re-sending, re-addressing,
re-typing or re-signing a letter is a small change of its plan, rendered with the same per-section streams.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from training.generator.bodies import Body
from training.generator.matter import Matter, Writer
from training.generator.people import Person

Style = Literal["formal", "semi_literate", "no_diacritics", "lawyer", "organisation", "collective"]
Form = Literal["standard", "template", "cut_off", "ocr", "story", "portal", "newspaper", "multi"]
TitleKind = Literal["match", "misleading", "generic", "none"]
STYLES: tuple[Style, ...] = (
    "formal",
    "semi_literate",
    "no_diacritics",
    "lawyer",
    "organisation",
    "collective",
)
FORMS: tuple[Form, ...] = ("standard", "template", "cut_off", "ocr", "story", "portal", "newspaper", "multi")


@dataclass(frozen=True)
class Firm:
    """A law firm or an organisation that writes on its own letterhead."""

    name: str
    address: str
    representative: Person
    tax_code: str = ""


@dataclass(frozen=True)
class LetterPlan:
    seed: str  # root of every per-section random stream
    matter: Matter
    style: Style
    form: Form
    writer: Writer
    letter_date: date
    petitioner: Person | None  # the person who signs (the client for a lawyer's letter)
    signers: tuple[Person, ...] = ()  # collective letters: households in signing order
    firm: Firm | None = None  # lawyer's firm or the writing organisation
    addressees: tuple[Body, ...] = ()  # "Kính gửi" recipients, primary first
    copies: tuple[Body, ...] = ()  # "Đồng kính gửi"
    title_kind: TitleKind = "match"
    prior_slots: dict[str, str] = field(default_factory=dict)
    secondary: tuple[Matter, ...] = ()  # other contents of a multi-content letter
    resent_after: date | None = None  # a re-sent copy: the date of the earlier, unanswered letter
    retype_seed: str | None = None  # a retyped copy: the stream of its small changes
    verbosity: float = 0.5  # 0 = a few sentences, 1 = two pages
    new_tone_marks: bool = False  # "hoà, thuỷ" rather than "hòa, thủy"
    bypass_note: bool = False  # the writer says why the letter skips the lower level

    @property
    def primary(self) -> Body | None:
        return self.addressees[0] if self.addressees else None
