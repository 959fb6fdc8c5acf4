"""The sentences of one letter's body, drawn once from its Matter so that every layout tells the same story.

Each section has its own random stream (`sub_rng(seed, section)`): a duplicate that changes the addressee or
adds a paragraph leaves every other section word for word the same.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from training.generator.grammar import SlotValue, expand, pick_some, sub_rng
from training.generator.matter import Matter
from training.generator.parts import addressee_ref
from training.generator.plan import LetterPlan
from training.generator.scenarios import common as c
from training.generator.voice import voice_slots
from training.generator.writing import fmt_date

FACT_LEADS = [
    "{Sự việc|Nội dung sự việc|Sự việc cụ thể|Nội dung vụ việc|Sự việc xảy ra} {như sau|cụ thể như sau|được "
    "trình bày như sau|xin trình bày như sau}:",
    "<I> xin {trình bày|kể lại|tóm tắt} {sự việc|nội dung|vụ việc} {như sau|cụ thể như sau|để Quý cấp nắm}:",
    "{Tóm tắt|Diễn biến|Quá trình} {sự việc|vụ việc}:",
]
REQUEST_LEADS = [
    "{Vì vậy|Vì những lẽ trên|Từ những lý do trên|Do đó|Bởi vậy|Trước tình hình trên|Từ những nội dung "
    "trên}, <I> {kính đề nghị|đề nghị|mong|kính mong|xin đề nghị}:",
    "{Yêu cầu|Nội dung đề nghị|Đề nghị cụ thể|Nguyện vọng của <I>}:",
]
SECONDARY_LEADS = [
    "{Ngoài ra|Bên cạnh đó|Thêm vào đó|Một việc nữa}, <I> {cũng xin|còn muốn|xin|cũng muốn} {trình "
    "bày|nêu|phản ánh} {thêm|} {một nội dung khác|một việc khác|việc sau}:",
    "{Nội dung thứ hai|Việc thứ hai|Nội dung khác}:",
]
RESENT = [
    "Ngày <earlier>, <I> đã {gửi đơn|gửi đơn với nội dung này|có đơn} {đến|lên} <addr> nhưng {đến nay|đã mấy "
    "tháng} {vẫn chưa nhận được|chưa nhận được|không nhận được} {văn bản trả lời|trả lời|sự phản hồi} "
    "{nào|}.",
    "{Đơn này|Nội dung này} <I> {đã gửi|đã gửi một lần} {ngày|vào ngày} <earlier>, {nay|đến nay} {chưa "
    "thấy|chưa có} {hồi âm|trả lời|phản hồi} {nên|vì vậy} <I> {gửi lại|xin gửi lại|tiếp tục gửi}.",
]


@dataclass
class Pieces:
    subject: str
    claim: str
    facts: list[str]
    prior: list[str]
    grounds: list[str]
    extras: list[str]
    requests: list[str]
    commitment: str | None
    closing: str | None
    attachments: list[str]
    background: list[str]
    story_background: list[str]
    consequences: list[str]
    appeal: str | None
    recap: str | None
    plea: str | None
    bypass: str | None
    resent: str | None
    fact_lead: str | None
    request_lead: str | None
    secondary: list[list[str]] = field(default_factory=list)


def letter_slots(plan: LetterPlan) -> dict[str, SlotValue]:
    matter = plan.matter
    slots: dict[str, SlotValue] = dict(matter.slots)
    home = plan.petitioner.home if plan.petitioner else None
    place = home if home is not None else _fallback_place(plan)
    client_female = bool(plan.petitioner and plan.petitioner.female)
    writer = "single" if plan.writer == "anonymous" else plan.writer
    slots.update(
        voice_slots(
            writer,
            place,
            client=plan.petitioner.name if plan.writer == "lawyer" and plan.petitioner else None,
            client_female=client_female,
            organisation=plan.firm.name if plan.writer == "organisation" and plan.firm else None,
        )
    )
    slots["addr"] = addressee_ref(plan.primary)
    slots.update(_person_words(plan))
    slots.update(plan.prior_slots)
    if plan.resent_after is not None:
        slots["earlier"] = fmt_date(plan.resent_after, sub_rng(plan.seed, "earlier"))
    return slots


_DECADES = ("hai mươi", "ba mươi", "bốn mươi", "năm mươi", "sáu mươi", "bảy mươi", "tám mươi", "chín mươi")


def _person_words(plan: LetterPlan) -> dict[str, SlotValue]:
    """The writer's spouse and age as the life-story sentences say them."""
    person = plan.petitioner
    if person is None or plan.writer not in ("single", "anonymous"):
        return {"spouse": "vợ tôi", "age_words": "ngoài sáu mươi"}
    age = plan.letter_date.year - person.birth_year
    decade = _DECADES[min(len(_DECADES) - 1, max(0, age // 10 - 2))]
    upper = _DECADES[min(len(_DECADES) - 1, max(0, age // 10 - 1))]
    words = f"ngoài {decade}" if age % 10 < 7 else f"gần {upper}"
    return {"spouse": "chồng tôi" if person.female else "vợ tôi", "age_words": [words, f"{age}"]}


def _fallback_place(plan: LetterPlan):  # type: ignore[no-untyped-def]
    from training.generator.gazetteer import Locality

    slots = plan.matter.slots
    commune = str(slots.get("commune", "xã")).split(" ", 1)
    return Locality("tỉnh", "", None, None, commune[0], commune[-1], str(slots.get("village", "")), 0)


def _keep(rng: random.Random, verbosity: float) -> bool:
    return rng.random() < 0.3 + 0.65 * verbosity


def _beats(beats: list[str], rng: random.Random, slots: dict[str, SlotValue], verbosity: float) -> list[str]:
    out: list[str] = []
    for beat in beats:
        if beat.startswith("?") and not _keep(rng, verbosity):
            continue
        out.append(expand(beat.lstrip("?"), rng, slots))
    return out


def _some(bank: list[str], rng: random.Random, slots: dict[str, SlotValue], low: int, high: int) -> list[str]:
    if not bank or high <= 0:
        return []
    chosen = pick_some(bank, rng, slots, max(0, low), max(low, high))
    rng.shuffle(chosen)
    return chosen


def draw_pieces(plan: LetterPlan) -> Pieces:
    matter = plan.matter
    slots = letter_slots(plan)
    v = plan.verbosity
    s = plan.seed

    def r(section: str) -> random.Random:
        return sub_rng(s, section)

    petition = matter.label != "other"
    exhaustive = v >= 0.95  # the two-page letters: every ground, every request, the whole story
    # life-story sentences speak for one person or household, not for a firm, a company or a whole village
    personal = plan.writer in ("single", "anonymous") and not matter.agency
    grounds_high = (8 if exhaustive else round(0.4 + v * 3.4)) if petition else round(v * 1.5)
    pieces = Pieces(
        subject=expand(r("subject").choice(matter.subject), r("subject-words"), slots),
        claim=expand(r("claim").choice(matter.claim), r("claim-words"), slots),
        facts=_beats(matter.facts, r("facts"), slots, v),
        prior=_beats(matter.prior, r("prior"), slots, 1.0),
        grounds=_some(
            matter.grounds,
            r("grounds"),
            slots,
            6 if exhaustive else 1 if petition and v > 0.25 else 0,
            grounds_high,
        ),
        extras=_some(matter.extras, r("extras"), slots, 2 * exhaustive, 1 + round(v) + exhaustive)
        if r("extras?").random() < 0.35 + 0.5 * v
        else [],
        requests=_some(
            matter.requests, r("requests"), slots, 1 + 3 * exhaustive, 1 + round(v * 2.2) + 2 * exhaustive
        ),
        commitment=expand(r("commit").choice(c.COMMITMENTS), r("commit-words"), slots)
        if r("commit?").random() < 0.35 + 0.5 * v and not matter.agency and matter.scenario != "thanks"
        else None,
        closing=expand(r("close").choice(c.CLOSINGS), r("close-words"), slots)
        if r("close?").random() < 0.75
        else None,
        attachments=[expand(a, r("attach"), slots) for a in matter.attachments]
        if matter.attachments and r("attach?").random() < 0.15 + 0.4 * v
        else [],
        background=_some(
            c.STORY_BACKGROUND, r("background"), slots, 3 * exhaustive, 1 + round(v * 2) + exhaustive
        )
        if personal and r("background?").random() < v * 0.6
        else [],
        story_background=_some(c.STORY_BACKGROUND, r("story"), slots, 2, 4)
        if plan.form == "story" and personal
        else [],
        consequences=_some(c.CONSEQUENCES, r("consequence"), slots, 3 * exhaustive, round(v * v * 4))
        if personal and matter.victim
        else [],
        appeal=expand(r("appeal").choice(c.APPEALS), r("appeal-words"), slots)
        if petition and (exhaustive or r("appeal?").random() < 0.1 + 0.5 * v)
        else None,
        recap=_recap(matter, r("recap"), slots) if exhaustive and petition else None,
        plea=_plea(plan, r("plea"), slots),
        bypass=expand(r("bypass").choice(c.BYPASS_REASONS), r("bypass-words"), slots)
        if plan.bypass_note
        else None,
        resent=expand(r("resent").choice(RESENT), r("resent-words"), slots) if plan.resent_after else None,
        fact_lead=expand(r("flead").choice(FACT_LEADS), r("flead-words"), slots)
        if r("flead?").random() < 0.45
        else None,
        request_lead=expand(r("rlead").choice(REQUEST_LEADS), r("rlead-words"), slots)
        if r("rlead?").random() < 0.4
        else None,
    )
    pieces.secondary = [_secondary(plan, other, index) for index, other in enumerate(plan.secondary)]
    return pieces


def _recap(matter: Matter, rng: random.Random, slots: dict[str, SlotValue]) -> str:
    """Long letters say what they want twice: once at the start, once again before the requests."""
    lead = rng.choice(("Tóm lại", "Nói tóm lại", "Một lần nữa", "Như đã trình bày", "Tóm lại một lần nữa"))
    sentence = expand(rng.choice(matter.claim), rng, slots)
    return f"{lead}, {sentence[0].lower()}{sentence[1:]}"


def _plea(plan: LetterPlan, rng: random.Random, slots: dict[str, SlotValue]) -> str | None:
    primary = plan.primary
    if primary is None or primary.level != "none":
        return None
    bank = (
        c.PRESS_PLEAS
        if primary.name.startswith(("Báo", "Ban Bạn", "Chuyên mục", "Ban Biên"))
        else c.DEPUTY_PLEAS
    )
    return expand(rng.choice(bank), rng, slots)


def _secondary(plan: LetterPlan, other: Matter, index: int) -> list[str]:
    """A second content of a multi-content letter: a lead, its claim, a fact or two, one request."""
    rng = sub_rng(plan.seed, "secondary", index)
    slots = dict(other.slots)
    base = letter_slots(plan)
    for key in ("I", "fam", "people", "addr", "spouse", "age_words"):
        slots[key] = base[key]
    lead = expand(rng.choice(SECONDARY_LEADS), rng, slots)
    facts = _beats(other.facts, rng, slots, 0.2)[: rng.randint(1, 2)]
    request = expand(rng.choice(other.requests), rng, slots) if other.requests else ""
    return [lead, expand(rng.choice(other.claim), rng, slots), *facts, request]
