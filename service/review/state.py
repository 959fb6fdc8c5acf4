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


def priority_key(deadline: dt.date, flag_count: int, confidence: float, letter_id: int) -> str:
    """Sorts by deadline, then more flags first, then lower confidence, then the older letter."""
    confidence_milli = min(max(round(confidence * 1000), 0), 1000)
    return f"{deadline:%Y%m%d}.{9 - min(flag_count, 9)}.{confidence_milli:04d}.{letter_id:010d}"


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
        "priority": priority_key(deadline, flag_count, confidence, letter_id),
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
