"""From a plan to the letter as printed, and the gold fields read off what was actually written."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from training.generator import layouts, noise, styles
from training.generator.grammar import sub_rng
from training.generator.layouts import Draft
from training.generator.pieces import Pieces, draw_pieces
from training.generator.plan import Form, LetterPlan
from training.generator.writing import days_after

_LAYOUTS: dict[Form, Callable[[LetterPlan, Pieces], Draft]] = {
    "standard": layouts.standard,
    "multi": layouts.standard,
    "cut_off": layouts.standard,
    "ocr": layouts.standard,
    "story": layouts.story,
    "portal": layouts.portal,
    "newspaper": layouts.newspaper,
    "template": layouts.template,
}
_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class Rendered:
    text: str
    title: str | None
    addressees: tuple[str, ...]
    petitioner: str | None
    dated: bool


def _petitioner_name(plan: LetterPlan) -> str | None:
    if plan.writer == "anonymous":
        return None
    if plan.matter.agency:
        return plan.matter.agency
    if plan.writer == "organisation" and plan.firm is not None:
        return plan.firm.name
    return plan.petitioner.name if plan.petitioner else None


def _semi_literate(draft: Draft, plan: LetterPlan) -> list[str]:
    """Only running text gets the slips; headers, names and signatures are copied with care."""
    rng = sub_rng(plan.seed, "semi")
    rate = rng.uniform(0.04, 0.12)
    lines = list(draft.lines)
    for index in range(draft.body_start, len(lines)):
        if len(lines[index]) > 45:
            lines[index] = styles.semi_literate(lines[index], rng, rate)
    return lines


def _receipt_stamp(plan: LetterPlan) -> str | None:
    """Reception offices stamp the date of arrival; a scan carries it beside the letter's own date."""
    rng = sub_rng(plan.seed, "receipt")
    if rng.random() > 0.25:
        return None
    day = days_after(plan.letter_date, rng, 2, 25)
    return f"ĐẾN Số: {rng.randint(10, 9999)} Ngày: {day.day:02d}/{day.month:02d}/{day.year}"


def render(plan: LetterPlan) -> Rendered:
    pieces = draw_pieces(plan)
    draft = _LAYOUTS[plan.form](plan, pieces)
    lines = _semi_literate(draft, plan) if plan.style == "semi_literate" else draft.lines
    text = _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
    title, addressees, petitioner = draft.title, list(draft.addressees), _petitioner_name(plan)
    if not draft.named_petitioner:
        petitioner = None
    date_text = draft.date_text

    def both(transform: Callable[[str], str]) -> None:
        nonlocal text, title, addressees, petitioner, date_text
        text = transform(text)
        title = transform(title) if title else title
        addressees = [transform(a) for a in addressees]
        petitioner = transform(petitioner) if petitioner else petitioner
        date_text = transform(date_text) if date_text else date_text

    if plan.new_tone_marks:
        both(styles.new_tone_marks)
    if plan.style == "no_diacritics":
        both(styles.strip_diacritics)
    if plan.retype_seed is not None:
        protected = (title or "", petitioner or "", date_text or "", *addressees)
        text = noise.retype(text, sub_rng(plan.retype_seed, "retype"), protected)
    if plan.form == "cut_off":
        keep = max(text.find(draft.claim_text[:40]) + len(draft.claim_text), text.find("Kính gửi") + 80, 200)
        text = noise.cut_first_page(text, sub_rng(plan.seed, "cut"), min(keep, int(len(text) * 0.6)))
    dated = date_text is not None and date_text in text
    if petitioner and petitioner not in text:
        petitioner = None  # the page that names the writer is missing
    if plan.form == "ocr":
        text = noise.ocr(text, sub_rng(plan.seed, "ocr"), receipt=_receipt_stamp(plan))
    text = unicodedata.normalize("NFC", text)
    nfc = [unicodedata.normalize("NFC", a) for a in addressees]
    return Rendered(
        text=text,
        title=unicodedata.normalize("NFC", title) if title else None,
        addressees=tuple(nfc),
        petitioner=unicodedata.normalize("NFC", petitioner) if petitioner else None,
        dated=dated,
    )
