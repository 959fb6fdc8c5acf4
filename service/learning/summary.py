"""What the CLI and the admin page show of a version: the card's figures, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from service.classification import LABELS


@dataclass(frozen=True)
class VersionSummary:
    trained_at: str
    holdout_f1: str  # formatted, "n/a" when the card has no holdout figures
    reviewed: int
    gate: str  # "passed", "refused: ...", or "" for a version trained without the gate
    holdout_letters: int
    per_label_recall: dict[str, float | None]
    confusion: list[list[int]] | None  # holdout, rows gold / columns predicted in LABELS order
    baseline_version: str | None
    baseline_f1: str


def _f1(report: dict[str, Any] | None) -> str:
    value = (report or {}).get("macro_f1")
    return "n/a" if value is None else f"{value:.3f}"


def version_summary(card: dict[str, Any]) -> VersionSummary:
    holdout = (card.get("metrics") or {}).get("holdout")
    gate = card.get("gate") or {}
    baseline = card.get("baseline") or {}
    verdict = "" if not gate else ("passed" if gate.get("promote") else str(gate.get("reason", "refused")))
    return VersionSummary(
        trained_at=str(card.get("trained_at", ""))[:19].replace("T", " "),
        holdout_f1=_f1(holdout),
        reviewed=int((card.get("reviewed") or {}).get("letters", 0)),
        gate=verdict,
        holdout_letters=int((holdout or {}).get("n", 0)),
        per_label_recall={
            label: ((holdout or {}).get("per_label") or {}).get(label, {}).get("recall") for label in LABELS
        },
        confusion=(holdout or {}).get("confusion"),
        baseline_version=baseline.get("version"),
        baseline_f1=_f1((baseline.get("metrics") or {}).get("holdout")),
    )
