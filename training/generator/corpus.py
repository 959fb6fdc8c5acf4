"""The whole corpus: single letters, duplicate groups and near-miss pairs, shuffled, with gold records.

Duplicates (≈10 % of letters) are the same plan re-sent later with a "no answer yet" paragraph, sent to
another body, retyped, or signed by other households of the same collective letter. Near-misses (≈5 %) are
letters of different petitioners who share a project, an official or a village but tell their own facts.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from training.generator import bodies as b
from training.generator.compose import render
from training.generator.gazetteer import neighbour_locality, random_locality
from training.generator.grammar import sub_rng
from training.generator.matter import Label, Shared
from training.generator.people import company_name, official_name
from training.generator.plan import LetterPlan
from training.generator.sampling import (
    LABEL_WEIGHTS,
    LAST_DAY,
    TWO_TIER_SHARE,
    choose_addressees,
    households,
    new_plan,
    sample_date,
    weighted,
)
from training.generator.scenarios import scenario_named
from training.generator.scenarios.base import random_project
from training.generator.writing import days_before, decision_number

DUPLICATE_SHARE = 0.10
NEAR_MISS_SHARE = 0.05
NEAR_MISS_SCENARIOS: dict[Label, tuple[str, ...]] = {
    "complaint": ("land_recovery", "compensation_amount", "resettlement", "land_dispute_decision"),
    "denunciation": (
        "cadastral_fraud",
        "chairman_land",
        "compensation_padding",
        "allowance_embezzle",
        "poor_list_bribe",
        "bribery_certificate",
        "embezzle_budget",
        "health_bribe",
        "village_fund",
        "recruitment_bribe",
    ),
    "recommendation": (
        "suspended_planning",
        "resettlement_infrastructure",
        "official_attitude",
        "livestock_pollution",
    ),
    "other": ("boundary_mediation", "debt_mediation"),
}
_RESENDABLE = frozenset({"standard", "ocr", "multi", "story", "cut_off"})


def _later(plan: LetterPlan, rng: random.Random, low: int, high: int) -> date:
    """A later date in the same administrative era, so a copy never names bodies that no longer exist."""
    day = plan.letter_date + timedelta(days=rng.randint(low, high))
    limit = LAST_DAY if plan.letter_date >= b.TWO_TIER_FROM else b.TWO_TIER_FROM - timedelta(days=1)
    return min(day, limit)


def duplicate_group(seed: str, size: int, label: Label) -> list[LetterPlan]:
    rng = sub_rng(seed, "group")
    base = new_plan(seed, label=label, allow_multi=True)
    plans = [base]
    kinds = ["resend", "readdress", "retype"] + (["cosign"] if base.writer == "collective" else [])
    if base.form not in _RESENDABLE:
        kinds.remove("resend")
    if not base.addressees or base.form == "newspaper":
        kinds.remove("readdress")
    for index in range(1, size):
        kind = rng.choice(kinds)
        if kind == "resend":
            copy = replace(base, letter_date=_later(base, rng, 25, 160), resent_after=base.letter_date)
        elif kind == "readdress":
            where = (
                base.petitioner.home
                if base.petitioner
                else random_locality(rng, two_tier=base.letter_date >= b.TWO_TIER_FROM)
            )
            addressees, copies, _ = choose_addressees(base.matter, where, base.letter_date, base.form, rng)
            if addressees and addressees[0].name == base.addressees[0].name:
                addressees = (
                    (base.matter.superior,)
                    if base.matter.superior.name != base.addressees[0].name
                    else addressees
                )
            copy = replace(base, addressees=addressees, copies=copies, letter_date=_later(base, rng, 0, 20))
        elif kind == "cosign":
            home = base.signers[0].home
            fresh = households(sub_rng(seed, "cosign", index), home, base.letter_date, rng.randint(2, 9))
            kept = tuple(rng.sample(base.signers, max(1, len(base.signers) // 3)))
            signers = fresh[:1] + kept + fresh[1:]
            copy = replace(base, signers=signers, petitioner=signers[0], letter_date=_later(base, rng, 0, 30))
        else:
            copy = replace(base, retype_seed=f"{seed}/retype/{index}", letter_date=_later(base, rng, 0, 45))
            if rng.random() < 0.3 and base.form == "standard":
                copy = replace(copy, form="ocr")
        plans.append(copy)
    return plans


def _shared(seed: str, two_tier: bool) -> tuple[Shared, date]:
    rng = sub_rng(seed, "shared")
    on = sample_date(rng, two_tier)
    place = random_locality(rng, two_tier=two_tier, on=on)
    official, female = official_name(rng, place.province_code)
    decided = days_before(on, rng, 20, 70)
    level = "commune" if two_tier else "district"
    shared = Shared(
        key=seed,
        place=place,
        official=official,
        official_female=female,
        project=random_project(rng),
        decision_no=decision_number("committee", rng, level=level, year=decided.year),
        decision_date=decided,
        company=company_name(rng),
    )
    return shared, on


def near_miss_group(seed: str, size: int, label: Label) -> list[LetterPlan]:
    rng = sub_rng(seed, "group")
    two_tier = rng.random() < TWO_TIER_SHARE
    shared, on = _shared(seed, two_tier)
    scenario = scenario_named(label, rng.choice(NEAR_MISS_SCENARIOS[label]))
    plans: list[LetterPlan] = []
    for index in range(size):
        place = shared.place if index == 0 or rng.random() < 0.4 else neighbour_locality(shared.place, rng)
        day = min(on + timedelta(days=rng.randint(0, 50)), LAST_DAY)
        if not two_tier:
            day = min(day, b.TWO_TIER_FROM - timedelta(days=1))
        plans.append(
            new_plan(
                f"{seed}/{index}",
                label=label,
                scenario=scenario,
                two_tier=two_tier,
                shared=shared,
                letter_date=day,
                place=place,
                allow_multi=False,
            )
        )
    return plans


def _quotas(count: int) -> dict[Label, int]:
    """Letters per label, exactly in the brief's proportions."""
    quotas: dict[Label, int] = {label: int(count * share) for label, share in LABEL_WEIGHTS.items()}
    remainder = sorted(
        LABEL_WEIGHTS, key=lambda label: count * LABEL_WEIGHTS[label] - quotas[label], reverse=True
    )
    for label in remainder[: count - sum(quotas.values())]:
        quotas[label] += 1
    return quotas


def _take(quotas: dict[Label, int], size: int, rng: random.Random) -> Label:
    open_labels = {label: float(n) for label, n in quotas.items() if n >= size}
    label: Label = weighted(rng, open_labels)
    quotas[label] -= size
    return label


def plan_corpus(seed: int, count: int) -> list[tuple[LetterPlan, str | None, str | None]]:
    """Every letter's plan with its duplicate group and near-miss ids, in a shuffled order."""
    root = f"petitions-corpus/{seed}"
    rng = sub_rng(root, "units")
    quotas = _quotas(count)
    entries: list[tuple[LetterPlan, str | None, str | None]] = []
    dup_target = round(count * DUPLICATE_SHARE) if count >= 20 else 0
    near_target = round(count * NEAR_MISS_SHARE) if count >= 40 else 0
    dup_done = near_done = group = 0
    while dup_done < dup_target:
        size = min(rng.choice((2, 2, 2, 3, 3, 4)), max(2, dup_target - dup_done))
        group += 1
        label = _take(quotas, size, rng)
        for plan in duplicate_group(f"{root}/dup/{group}", size, label):
            entries.append((plan, f"gen-dup-{group:04d}", None))
        dup_done += size
    pair = 0
    while near_done < near_target:
        size = 3 if rng.random() < 0.15 else 2
        pair += 1
        label = _take(quotas, size, rng)
        for plan in near_miss_group(f"{root}/near/{pair}", size, label):
            entries.append((plan, None, f"gen-nm-{pair:04d}"))
        near_done += size
    singles = [label for label, n in quotas.items() for _ in range(max(0, n))]
    rng.shuffle(singles)
    for index, label in enumerate(singles[: max(0, count - len(entries))], start=1):
        entries.append((new_plan(f"{root}/one/{index}", label=label), None, None))
    entries = entries[:count]
    rng.shuffle(entries)
    return entries


def record(identifier: str, plan: LetterPlan, dup_group: str | None, near_miss: str | None) -> dict[str, Any]:
    """One corpus line: the fields of SPEC.md plus `form`, read off the letter as rendered."""
    rendered = render(plan)
    matter = plan.matter
    addressee_level = plan.primary.level if plan.primary is not None and rendered.addressees else "none"
    competent_level = matter.competent.level
    assert competent_level != "none", matter.scenario
    return {
        "id": identifier,
        "label": matter.label,
        "title": rendered.title,
        "addressees": list(rendered.addressees),
        "addressee_level": addressee_level,
        "competent_level": competent_level,
        "prior_resolution": matter.prior_resolution,
        "overreaching": b.overreaching(addressee_level, competent_level, matter.prior_resolution),
        "dup_group": dup_group,
        "near_miss": near_miss,
        "petitioner": rendered.petitioner,
        "anonymous": rendered.petitioner is None,
        "collective": plan.writer == "collective",
        "field": matter.field,
        "date": plan.letter_date.isoformat() if rendered.dated else None,
        "style": plan.style,
        "text": rendered.text,
        "form": plan.form,
    }


def generate_corpus(seed: int, count: int) -> list[dict[str, Any]]:
    return [
        record(f"gen-{index:05d}", plan, dup, near)
        for index, (plan, dup, near) in enumerate(plan_corpus(seed, count), start=1)
    ]
