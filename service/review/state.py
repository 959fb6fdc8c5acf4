"""A letter's review row derived from its analysis and the decisions on it (pure functions)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from service.review.calendar import handling_deadline

LABELS = ("complaint", "denunciation", "recommendation", "other")
LEVELS = ("commune", "district", "province", "central", "none")
# Denunciation probability from which a letter is treated as one for the identity's protection: a
# denouncer exposed because the model was unsure cannot be hidden again.
PROTECT_FROM_PROBABILITY = 0.3


def flag_codes(analysis: dict[str, Any]) -> list[str]:
    """The flags proposed by the analysis, as codes, in a stable order."""
    codes: list[str] = []
    if analysis.get("needs_review"):
        codes.append("needs_review")
    if (analysis.get("overreaching") or {}).get("flag"):
        codes.append("overreaching")
    if analysis.get("duplicates"):
        codes.append("duplicate")
    for flag in analysis.get("flags") or []:
        code = str(flag.get("code") or "")
        if code and code not in codes:
            codes.append(code[:32])
    return codes


def primary_level(analysis: dict[str, Any]) -> str:
    for addressee in analysis.get("addressees") or []:
        if addressee.get("primary"):
            return str(addressee.get("level") or "none")
    over = analysis.get("overreaching") or {}
    if over.get("addressee_level"):
        return str(over["addressee_level"])
    addressees = analysis.get("addressees") or []
    return str(addressees[0].get("level") or "none") if addressees else "none"


def current_label(analysis: dict[str, Any], decided: dict[str, Any]) -> str:
    return str(decided.get("label") or analysis.get("label") or "other")


def active_flag_count(codes: list[str], decided: dict[str, Any]) -> int:
    states = decided.get("flags") or {}
    return sum(1 for code in codes if states.get(code) != "rejected")


def is_protected(analysis: dict[str, Any], decided: dict[str, Any], *, already: bool = False) -> bool:
    if already or current_label(analysis, decided) == "denunciation":
        return True
    if analysis.get("label") == "denunciation":
        return True
    probability = (analysis.get("probabilities") or {}).get("denunciation") or 0.0
    return float(probability) >= PROTECT_FROM_PROBABILITY


def uncertainty_margin(analysis: dict[str, Any]) -> float:
    """How sure the model is: its top probability minus the runner-up's (0 = torn between two labels)."""
    ranked = top_two(analysis)
    if not ranked:
        return 0.0
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return max(0.0, min(1.0, ranked[0][1] - second))


def top_two(analysis: dict[str, Any]) -> list[tuple[str, float]]:
    """The model's two most likely labels with their probabilities: why a letter is uncertain."""
    probabilities = analysis.get("probabilities") or {}
    ranked = sorted(
        ((str(label), float(p or 0.0)) for label, p in probabilities.items() if label in LABELS),
        key=lambda pair: (-pair[1], LABELS.index(pair[0])),
    )
    return ranked[:2]


def priority_key(deadline: dt.date, flag_count: int, certainty: float, letter_id: int) -> str:
    """Sorts by deadline, then the letters the model is least sure of (a reviewer's label teaches the
    next model most there), then more flags first, then the older letter."""
    certainty_milli = min(max(round(certainty * 1000), 0), 1000)
    return f"{deadline:%Y%m%d}.{certainty_milli:04d}.{9 - min(flag_count, 9)}.{letter_id:010d}"


def derived_values(
    *,
    letter_id: int,
    analysis: dict[str, Any],
    decided: dict[str, Any],
    received_on: dt.date,
    already_protected: bool = False,
) -> dict[str, Any]:
    """The queue columns of a letter's review row."""
    fields = decided.get("fields") or {}
    label = current_label(analysis, decided)
    confidence = float(analysis.get("confidence") or 0.0)
    flag_count = active_flag_count(flag_codes(analysis), decided)
    deadline = handling_deadline(received_on, label)
    return {
        "predicted_label": str(analysis.get("label") or "other"),
        "label": label,
        "confidence": confidence,
        "flag_count": flag_count,
        "field": str(fields.get("field") or analysis.get("field") or "other")[:32],
        "addressee_level": str(fields.get("addressee_level") or primary_level(analysis))[:16],
        "deadline": deadline,
        "priority": priority_key(deadline, flag_count, uncertainty_margin(analysis), letter_id),
        "protected": is_protected(analysis, decided, already=already_protected),
    }


def analysis_field(analysis: dict[str, Any], name: str) -> Any:
    """The value the analysis proposes for an editable field, before anyone edited it."""
    person = analysis.get("petitioner") or {}
    over = analysis.get("overreaching") or {}
    targets = "; ".join(str(t.get("name")) for t in analysis.get("targets") or [] if t.get("name"))
    proposals: dict[str, Any] = {
        "title": analysis.get("title"),
        "field": analysis.get("field"),
        "date": analysis.get("date"),
        "addressee_level": primary_level(analysis),
        "competent_level": over.get("competent_level"),
        "target": targets or None,
        "summary": None,
        "petitioner_name": person.get("name"),
        "petitioner_address": person.get("address"),
        "petitioner_id_number": person.get("id_number"),
        "petitioner_phone": person.get("phone"),
    }
    return proposals.get(name)


def field_value(analysis: dict[str, Any], decided: dict[str, Any], name: str) -> Any:
    fields = decided.get("fields") or {}
    return fields[name] if name in fields else analysis_field(analysis, name)
