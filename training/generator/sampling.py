"""Sampling one letter's plan: label, scenario, writer, style, form, date, people and addressees.

The proportions are the brief's: about 35 % complaints, 20 % denunciations, 30 % recommendations, 15 % other;
a third of the letters after the July 2025 reform; titles that mislead on about a fifth of the letters.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import date, timedelta
from typing import TypeVar

from training.generator import bodies as b
from training.generator.bodies import Body
from training.generator.gazetteer import Locality, random_locality
from training.generator.grammar import sub_rng
from training.generator.matter import Label, Matter, Setting, Shared, Writer
from training.generator.parts import NO_MISLEADING
from training.generator.people import Person, company_name, make_person
from training.generator.plan import Firm, Form, LetterPlan, Style, TitleKind
from training.generator.scenarios import SCENARIOS, Scenario
from training.generator.scenarios.support import prior_slots

T = TypeVar("T")
LABEL_WEIGHTS: dict[Label, float] = {
    "complaint": 0.35,
    "denunciation": 0.20,
    "recommendation": 0.30,
    "other": 0.15,
}
FIRST_DAY = date(2019, 1, 1)
LAST_DAY = date(2026, 10, 31)
TWO_TIER_SHARE = 0.35
_PRIOR_SHARE: dict[Label, float] = {
    "complaint": 0.24,
    "denunciation": 0.14,
    "recommendation": 0.09,
    "other": 0.0,
}
_WRITERS: dict[Label, dict[Writer, float]] = {
    "complaint": {
        "single": 0.52,
        "collective": 0.17,
        "lawyer": 0.19,
        "organisation": 0.11,
        "anonymous": 0.01,
    },
    "denunciation": {
        "single": 0.5,
        "collective": 0.16,
        "lawyer": 0.08,
        "organisation": 0.02,
        "anonymous": 0.24,
    },
    "recommendation": {
        "single": 0.42,
        "collective": 0.34,
        "organisation": 0.15,
        "lawyer": 0.03,
        "anonymous": 0.06,
    },
    "other": {"single": 0.8, "collective": 0.05, "organisation": 0.12, "lawyer": 0.03, "anonymous": 0.0},
}
_FORMS: dict[Form, float] = {
    "standard": 0.3,
    "template": 0.12,
    "cut_off": 0.08,
    "ocr": 0.09,
    "story": 0.1,
    "portal": 0.1,
    "newspaper": 0.08,
    "multi": 0.11,
}
_STYLE_FORMS: dict[Style, frozenset[Form]] = {
    "formal": frozenset(_FORMS),
    "semi_literate": frozenset(_FORMS) - {"newspaper"},
    "no_diacritics": frozenset({"standard", "cut_off", "story", "portal", "newspaper", "multi"}),
    "lawyer": frozenset({"standard", "cut_off", "ocr", "multi"}),
    "organisation": frozenset({"standard", "cut_off", "ocr", "portal"}),
    "collective": frozenset({"standard", "cut_off", "ocr", "story", "newspaper", "multi"}),
}
_LAW_FIRMS = (
    "Minh Chính",
    "Hoàng Gia Pháp",
    "Việt Công Lý",
    "An Tâm",
    "Đức Tín",
    "Bảo Quyền",
    "Trung Thực",
    "Phúc Khang",
)


def weighted(rng: random.Random, options: Mapping[T, float]) -> T:
    keys = list(options)
    return rng.choices(keys, weights=[options[k] for k in keys])[0]


def sample_date(rng: random.Random, two_tier: bool) -> date:
    start, end = (b.TWO_TIER_FROM, LAST_DAY) if two_tier else (FIRST_DAY, b.TWO_TIER_FROM - timedelta(days=1))
    return start + timedelta(days=rng.randint(0, (end - start).days))


def sample_scenario(rng: random.Random, label: Label) -> Scenario:
    options = SCENARIOS[label]
    return rng.choices(options, weights=[s.weight for s in options])[0]


def sample_writer(rng: random.Random, label: Label, scenario: Scenario) -> Writer:
    allowed = {w: p for w, p in _WRITERS[label].items() if w in scenario.writers}
    if not allowed:
        return "single"
    return weighted(rng, allowed)


def sample_style(rng: random.Random, writer: Writer) -> Style:
    if writer == "lawyer":
        return "lawyer"
    if writer == "organisation":
        return "organisation"
    if writer == "collective" and rng.random() < 0.72:
        return "collective"
    return weighted(rng, {"formal": 0.6, "semi_literate": 0.23, "no_diacritics": 0.17})


def sample_form(rng: random.Random, style: Style, matter: Matter) -> Form:
    allowed = dict(_FORMS)
    if matter.agency:
        allowed = {"standard": 0.7, "ocr": 0.2, "cut_off": 0.1}
    elif matter.label == "other":
        allowed.pop("multi")
        allowed["newspaper"] = 0.02 if matter.scenario == "thanks" else 0.0
    forms = {f: p for f, p in allowed.items() if f in _STYLE_FORMS[style] and p > 0}
    return weighted(rng, forms)


def sample_title_kind(rng: random.Random, form: Form, matter: Matter, writer: Writer) -> TitleKind:
    if form in ("portal", "newspaper"):
        return "none"
    if matter.agency:
        return "match" if rng.random() < 0.4 else "none"
    if writer == "lawyer":
        return "match" if rng.random() < 0.9 else "generic"
    misleading = 0.0 if matter.scenario in NO_MISLEADING else 0.31
    kinds: dict[TitleKind, float] = {
        "match": 0.57 - misleading + 0.31,
        "misleading": misleading,
        "generic": 0.06,
        "none": 0.06,
    }
    if form == "template":
        kinds["none"] = 0.0
    return weighted(rng, kinds)


# --- addressees ------------------------------------------------------------------------------------------


def bodies_above(level: str, place: Locality, on: date, field: str, rng: random.Random) -> list[Body]:
    """Bodies a citizen might write to instead of the competent one, nearest level first."""
    out: list[Body] = []
    if level == "commune" and not place.two_tier:
        out += [
            b.district_committee(place, rng),
            b.district_chairman(place, rng),
            b.district_office(place, "inspect"),
        ]
    if level in ("commune", "district"):
        out += [
            b.province_committee(place, rng),
            b.province_chairman(place, rng),
            b.province_inspectorate(place),
            b.province_citizen_office(place),
        ]
    if level != "central":
        out += [b.central_body(field, on, rng), b.central_body(field, on, rng)]
    return out


def bodies_below(level: str, place: Locality, rng: random.Random) -> list[Body]:
    if level == "commune":
        return []
    out = [b.commune_committee(place, rng)]
    if level in ("province", "central") and not place.two_tier:
        out.append(b.district_committee(place, rng))
    if level == "central":
        out.append(b.province_committee(place, rng))
    return out


def choose_addressees(
    matter: Matter, place: Locality, on: date, form: Form, rng: random.Random
) -> tuple[tuple[Body, ...], tuple[Body, ...], bool]:
    """Primary and other recipients, copies, and whether the writer says why the lower level was skipped."""
    if form == "portal":
        return (), (), False
    if form == "newspaper":
        return (b.newspaper_column(b.newspaper(rng, place), rng),), (), False
    competent = matter.competent
    if matter.label == "other":
        primary = competent
    elif matter.prior_resolution:
        roll = rng.random()
        if roll < 0.78:
            primary = matter.superior
        elif roll < 0.88:
            above = bodies_above(matter.superior.level, place, on, matter.field, rng)
            primary = above[0] if above else matter.superior
        elif roll < 0.94:
            primary = b.unranked_body(place, rng)
        else:
            primary = competent
    else:
        roll = rng.random()
        above = bodies_above(competent.level, place, on, matter.field, rng)
        below = bodies_below(competent.level, place, rng)
        if roll < 0.58 or (roll < 0.84 and not above):
            primary = competent
        elif roll < 0.84:
            primary = rng.choice(above[: max(1, len(above) - 1)] if rng.random() < 0.75 else above)
        elif roll < 0.93:
            primary = b.unranked_body(place, rng)
        else:
            primary = rng.choice(below) if below else competent
    recipients = [primary]
    if matter.label != "other" and rng.random() < 0.12:
        extra = rng.choice(
            bodies_above(
                primary.level if primary.level != "none" else "commune", place, on, matter.field, rng
            )
            or [b.unranked_body(place, rng)]
        )
        if extra.name != primary.name:
            recipients.append(extra)
    copies: list[Body] = []
    if matter.label != "other" and rng.random() < 0.25:
        pool = bodies_above(
            primary.level if primary.level != "none" else "commune", place, on, matter.field, rng
        )
        pool += [b.unranked_body(place, rng), b.unranked_body(place, rng)]
        for body in rng.sample(pool, min(len(pool), rng.randint(1, 3))):
            if all(body.name != other.name for other in recipients + copies):
                copies.append(body)
    bypass = b.is_above(primary.level, competent.level) and not matter.prior_resolution and rng.random() < 0.3
    return tuple(recipients), tuple(copies), bypass


# --- people ----------------------------------------------------------------------------------------------


def law_firm(rng: random.Random, place: Locality, on: date) -> Firm:
    kind = rng.choice(("Công ty Luật TNHH", "Văn phòng Luật sư", "Công ty Luật"))
    lawyer = make_person(rng, place, on)
    city = rng.choice((place.province, "thành phố Hà Nội", "Thành phố Hồ Chí Minh", "thành phố Đà Nẵng"))
    street = rng.choice(("Lê Lợi", "Trần Phú", "Nguyễn Trãi", "Hai Bà Trưng"))
    address = f"số {rng.randint(2, 280)} đường {street}, {city}"
    return Firm(f"{kind} {rng.choice(_LAW_FIRMS)}", address, lawyer)


def organisation(rng: random.Random, place: Locality, on: date, scenario: str) -> Firm:
    if scenario == "irrigation":
        name = company_name(rng, "Dịch vụ Nông nghiệp").replace("Công ty TNHH", "Hợp tác xã")
    elif scenario == "apartment_building":
        name = f"Ban Quản trị nhà chung cư {rng.choice(('An Phú', 'Hoàng Anh', 'Phúc Lộc', 'Đông Nam'))}"
    else:
        name = company_name(rng)
    tax = "".join(str(rng.randint(0, 9)) for _ in range(10))
    return Firm(name, place.address(with_village=False), make_person(rng, place, on), tax)


def households(rng: random.Random, place: Locality, on: date, count: int) -> tuple[Person, ...]:
    return tuple(make_person(rng, place, on) for _ in range(count))


# --- one plan ----------------------------------------------------------------------------------------------


def new_plan(
    seed: str,
    *,
    label: Label,
    scenario: Scenario | None = None,
    two_tier: bool | None = None,
    shared: Shared | None = None,
    letter_date: date | None = None,
    place: Locality | None = None,
    allow_multi: bool = True,
) -> LetterPlan:
    rng = sub_rng(seed, "plan")
    scenario = scenario or sample_scenario(rng, label)
    if two_tier is None:
        two_tier = rng.random() < TWO_TIER_SHARE
    on = letter_date or sample_date(rng, two_tier)
    where = place or random_locality(rng, two_tier=two_tier, on=on)
    writer = sample_writer(rng, label, scenario)
    style = sample_style(rng, writer)
    petitioner: Person | None = make_person(rng, where, on)
    signers: tuple[Person, ...] = ()
    firm: Firm | None = None
    if writer == "collective":
        signers = households(rng, where, on, rng.randint(3, 14))
        petitioner = signers[0]
    elif writer == "lawyer":
        firm = law_firm(rng, where, on)
    elif writer == "organisation":
        firm = organisation(rng, where, on, scenario.name)
    setting = Setting(
        letter_date=on,
        place=where,
        writer=writer,
        want_prior=rng.random() < _PRIOR_SHARE[label],
        rng=sub_rng(seed, "matter"),
        shared=shared,
        client=petitioner.name if petitioner and writer == "lawyer" else None,
        organisation=firm.name if firm and writer == "organisation" else None,
        writer_female=bool(petitioner and petitioner.female),
    )
    matter = scenario.build(setting)
    if writer == "anonymous":
        petitioner = None
    if matter.agency and firm is not None:
        firm = Firm(matter.agency, firm.address, firm.representative)
    form = sample_form(rng, style, matter)
    if form == "multi" and not allow_multi:
        form = "standard"
    if form == "cut_off" and matter.prior_resolution:
        form = "standard"  # the lost second page must not be the one saying the lower level decided
    secondary = _secondary_matters(seed, setting, label) if form == "multi" else ()
    if form == "multi" and not secondary:
        form = "standard"
    addressees, copies, bypass = choose_addressees(matter, where, on, form, rng)
    return LetterPlan(
        seed=seed,
        matter=matter,
        style=style,
        form=form,
        writer=writer,
        letter_date=on,
        petitioner=petitioner,
        signers=signers,
        firm=firm,
        addressees=addressees,
        copies=copies,
        title_kind=sample_title_kind(rng, form, matter, writer),
        prior_slots={k: str(v) for k, v in prior_slots(setting, rng, matter.competent.level).items()}
        if matter.prior_resolution
        else {},
        secondary=secondary,
        verbosity=1.0
        if rng.random() < 0.08
        else min(0.94, rng.random() ** 0.8 + (0.25 if form == "story" else 0.0)),
        new_tone_marks=style != "no_diacritics" and rng.random() < 0.25,
        bypass_note=bypass,
    )


def _secondary_matters(seed: str, setting: Setting, label: Label) -> tuple[Matter, ...]:
    rng = sub_rng(seed, "secondary-plan")
    others: list[Label] = [x for x in ("complaint", "denunciation", "recommendation") if x != label]
    count = 1 if rng.random() < 0.75 else 2
    out: list[Matter] = []
    for index in range(count):
        other = rng.choice(others)
        scenario = sample_scenario(rng, other)
        if setting.writer not in scenario.writers:
            continue
        sub = Setting(
            letter_date=setting.letter_date,
            place=setting.place,
            writer=setting.writer,
            want_prior=False,
            rng=sub_rng(seed, "secondary-matter", index),
            client=setting.client,
            organisation=setting.organisation,
        )
        out.append(scenario.build(sub))
    return tuple(out)
