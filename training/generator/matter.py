"""What a letter is about, before any wording is chosen.

A scenario builder turns a `Setting` (date, place, who writes, whether a lower level already acted) into a
`Matter`: the gold facts (label, field, competent body, prior resolution) and the phrase banks that say them.
Banks hold patterns, not sentences, so a duplicate can be re-rendered with the same choices and a different
addressee or date.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from datetime import date
from typing import Literal

from training.generator.bodies import Body
from training.generator.gazetteer import Locality
from training.generator.grammar import SlotValue

Label = Literal["complaint", "denunciation", "recommendation", "other"]
LABELS: tuple[Label, ...] = ("complaint", "denunciation", "recommendation", "other")
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
Writer = Literal["single", "collective", "lawyer", "organisation", "anonymous"]


@dataclass(frozen=True)
class Shared:
    """What the letters of a near-miss pair have in common: the project, the official, the issuing body."""

    key: str
    place: Locality
    official: str
    official_female: bool
    project: str
    decision_no: str
    decision_date: date
    company: str


@dataclass(frozen=True)
class Setting:
    letter_date: date
    place: Locality
    writer: Writer
    want_prior: bool
    rng: random.Random
    shared: Shared | None = None
    client: str | None = None  # the represented person of a lawyer's letter
    organisation: str | None = None
    writer_female: bool = False

    @property
    def two_tier(self) -> bool:
        return self.place.two_tier


@dataclass
class Matter:
    label: Label
    field: str
    scenario: str
    competent: Body
    superior: Body  # where a second-stage letter goes once `competent` decided or ran out of time
    prior_resolution: bool
    slots: dict[str, SlotValue]
    subject: list[str]  # patterns of the "V/v" line
    claim: list[str]  # the sentence that says what the letter asks; one is used
    facts: list[str]  # narrative beats in order; a leading "?" marks a beat that may be left out
    grounds: list[str]
    requests: list[str]
    extras: list[str] = dataclasses.field(default_factory=list)  # background and hard-negative sentences
    prior: list[str] = dataclasses.field(
        default_factory=list
    )  # beats saying the lower level decided or ran late
    attachments: list[str] = dataclasses.field(default_factory=list)
    target: str | None = None  # the denounced person or the contested decision, for near-miss checks
    titles: list[str] = dataclasses.field(
        default_factory=list
    )  # titles that fit the content (the label's own if empty)
    agency: str | None = None  # set when the letter is an agency's own official letter (công văn)
    victim: bool = False  # the writer's own life was hit (a complaint, or a denunciation by the victim)
