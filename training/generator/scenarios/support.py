"""Builders' plumbing: a contested document's slots, and assembling a Matter with the label's shared banks."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from training.generator.bodies import Body
from training.generator.grammar import SlotValue
from training.generator.matter import Label, Matter, Setting
from training.generator.scenarios import common as c
from training.generator.scenarios.base import Authority, place_slots
from training.generator.writing import days_before, decision_number, fmt_date


def contested_document(
    setting: Setting,
    rng: random.Random,
    authority: Authority,
    *,
    document: str,
    what: str,
    shareable: bool = False,
) -> dict[str, SlotValue]:
    """Slots naming the decision a complaint contests; a near-miss pair may share one, a compensation plan."""
    if setting.shared is not None and shareable:
        number, issued = setting.shared.decision_no, setting.shared.decision_date
    else:
        # Most complaints come within the 90-day limit; some do not, as in real registers.
        late = rng.random() < 0.12
        issued = (
            days_before(setting.letter_date, rng, 100, 420)
            if late
            else days_before(setting.letter_date, rng, 8, 85)
        )
        kind = {"Thông báo": "notice", "Văn bản": "letter"}.get(document, authority.kind)
        if authority.kind in ("insurance", "construction") and document != "Quyết định":
            kind = authority.kind
        number = decision_number(kind, rng, level=authority.issuer.level, year=issued.year)
    written = fmt_date(issued, rng)
    head = f"{document} số {number}"
    return {
        "target": [
            f"{head} ngày {written} của {authority.issuer.short} {what}",
            f"{head} ngày {written} của {authority.issuer.short}",
            f"{head} của {authority.issuer.short} {what}",
        ],
        "target_short": [
            head,
            f"{document.lower()} nêu trên",
            f"{document} {number.split('/')[0]}",
            f"{document.lower()} này",
        ],
        "doc": head,
        "doc_date": written,
        "issuer": authority.issuer.short,
        "issuer_body": authority.issuer_body.short,
    }


# Shared complaint sentences that only make sense for a written decision, not for an act (hành vi).
DECISION_ONLY = (
    "thi hành <target_short>",
    "sửa đổi} <target_short>",
    "sửa đổi|điều chỉnh lại} <target>",
    "ban hành <target_short>",
    "nhận được} <target_short>",
    "trong <target_short>",
    "{Quyết định|Văn bản}",
    "{một quyết định|văn bản} mà",
)


def contested_act(authority: Authority, act: str) -> dict[str, SlotValue]:
    """Slots for a complaint about an administrative act (hành vi hành chính) rather than a decision."""
    return {
        "target": [
            f"hành vi {act} của {authority.issuer_body.short}",
            f"việc {act} của {authority.issuer_body.short}",
        ],
        "target_short": ["hành vi nêu trên", "việc làm này", "hành vi hành chính đó", f"việc {act}"],
        "issuer": authority.issuer.short,
        "issuer_body": authority.issuer_body.short,
    }


def merged_slots(setting: Setting, *parts: Mapping[str, SlotValue]) -> dict[str, SlotValue]:
    slots: dict[str, SlotValue] = dict(place_slots(setting.place))
    for part in parts:
        slots.update(part)
    return slots


_BANKS: dict[Label, tuple[list[str], list[str], list[str], list[str]]] = {
    "complaint": (c.COMPLAINT_CLAIMS, c.COMPLAINT_GROUNDS, c.COMPLAINT_REQUESTS, c.COMPLAINT_EXTRAS),
    "denunciation": (
        c.DENUNCIATION_CLAIMS,
        c.DENUNCIATION_GROUNDS,
        c.DENUNCIATION_REQUESTS,
        c.DENUNCIATION_EXTRAS,
    ),
    "recommendation": (
        c.RECOMMENDATION_CLAIMS,
        c.RECOMMENDATION_GROUNDS,
        c.RECOMMENDATION_REQUESTS,
        c.RECOMMENDATION_EXTRAS,
    ),
    "other": ([], [], [], []),
}


# Slots whose options are ways of saying the same thing; every other list is a fact chosen once per letter
# (the same relative, the same act, the same school in every sentence that names it).
PARAPHRASES = frozenset(
    {"target", "target_short", "accused", "accused_short", "situation", "local", "fam", "people", "addr"}
)


def fixed_facts(slots: dict[str, SlotValue], rng: random.Random) -> dict[str, SlotValue]:
    out: dict[str, SlotValue] = {}
    for key in sorted(slots):
        value = slots[key]
        out[key] = value if isinstance(value, str) or key in PARAPHRASES else rng.choice(list(value))
    return out


def prior_banks(label: Label, rng: random.Random) -> list[str]:
    if label == "complaint":
        return list(c.COMPLAINT_PRIOR_DECIDED if rng.random() < 0.6 else c.COMPLAINT_PRIOR_OVERDUE)
    if label == "denunciation":
        return list(c.DENUNCIATION_PRIOR)
    if label == "recommendation":
        return list(c.RECOMMENDATION_PRIOR)
    return []


def build_matter(
    setting: Setting,
    rng: random.Random,
    *,
    label: Label,
    field: str,
    scenario: str,
    competent: Body,
    superior: Body,
    slots: dict[str, SlotValue],
    subject: Sequence[str],
    facts: Sequence[str],
    claims: Sequence[str] = (),
    grounds: Sequence[str] = (),
    requests: Sequence[str] = (),
    extras: Sequence[str] = (),
    attachments: Sequence[str] = (),
    target: str | None = None,
    own_share: float = 0.55,
    allow_prior: bool = True,
    titles: Sequence[str] = (),
    agency: str | None = None,
    unfit: Sequence[str] = (),
    victim: bool | None = None,
) -> Matter:
    """A Matter whose banks mix the scenario's own sentences with the label's shared ones.

    `unfit` drops shared patterns containing any of its markers (a national policy letter does not ask the
    ministry to send someone to inspect the village).

    `own_share` is how often the claim comes from the scenario rather than the shared bank: specific claims
    read better, shared ones keep the model from tying a label to one scenario's wording.
    """
    slots = fixed_facts(slots, rng)
    shared_claims, shared_grounds, shared_requests, shared_extras = (
        [pattern for pattern in bank if not any(marker in pattern for marker in unfit)]
        for bank in _BANKS[label]
    )
    claim_bank = list(claims) if claims and (rng.random() < own_share or not shared_claims) else shared_claims
    prior = setting.want_prior and allow_prior and label != "other"
    return Matter(
        label=label,
        field=field,
        scenario=scenario,
        competent=competent,
        superior=superior,
        prior_resolution=prior,
        slots=slots,
        subject=list(subject),
        claim=list(claim_bank),
        facts=list(facts),
        grounds=list(grounds) + list(shared_grounds),
        requests=list(requests) + list(shared_requests),
        extras=list(extras) + list(shared_extras),
        prior=prior_banks(label, rng) if prior else [],
        attachments=list(attachments),
        target=target,
        titles=list(titles),
        agency=agency,
        victim=label == "complaint" if victim is None else victim,
    )


def prior_slots(setting: Setting, rng: random.Random, level: str) -> dict[str, SlotValue]:
    """Dates and numbers of the earlier step (the first complaint or the unanswered denunciation)."""
    filed = days_before(setting.letter_date, rng, 50, 200)
    decided_day = filed + (setting.letter_date - filed) / 2
    return {
        "filed_date": fmt_date(filed, rng),
        "prior_date": fmt_date(decided_day, rng),
        "prior_no": decision_number("committee", rng, level=level, year=decided_day.year),
        "overdue_days": str((setting.letter_date - filed).days - rng.randint(0, 10)),
    }
