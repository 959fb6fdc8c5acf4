"""The promotion gate: a new version replaces the active one only if it is not worse on the holdout.

Both versions are measured on the same held-out letters (the active version is evaluated again, because
the holdout grows with reviewed letters). The gate looks at two views of the holdout: all of it, and the
shipped corpus' part alone. The second is the anchor: reviewers' labels can be wrong, and wrong labels in
the reviewed part of the holdout would reward a model that learnt them; the corpus holdout was checked by
the team and does not move. A version is refused when, on either view, macro-F1 falls by more than one
margin or any label's recall falls by more than another.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any, Final

from service.classification import LABELS

GATE_VIEWS: Final = ("holdout", "holdout_corpus")


@dataclass(frozen=True)
class GateMargins:
    max_macro_f1_drop: float
    max_recall_drop: float


@dataclass(frozen=True)
class GateCheck:
    view: str
    figure: str  # "macro_f1" or "recall:<label>"
    active: float
    candidate: float
    allowed_drop: float

    @property
    def drop(self) -> float:
        return round(self.active - self.candidate, 6)

    @property
    def passed(self) -> bool:
        return self.drop <= self.allowed_drop + 1e-9

    def describe(self) -> str:
        name = "macro-F1" if self.figure == "macro_f1" else f"recall of {self.figure.split(':', 1)[1]}"
        return (
            f"{name} on {self.view} fell {self.drop:.3f} ({self.active:.3f} → {self.candidate:.3f}), "
            f"more than the {self.allowed_drop:.3f} allowed"
        )


@dataclass(frozen=True)
class GateDecision:
    promote: bool
    reason: str
    checks: list[GateCheck]
    active_version: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "promote": self.promote,
            "reason": self.reason,
            "active_version": self.active_version,
            "checks": [asdict(check) | {"drop": check.drop, "passed": check.passed} for check in self.checks],
        }


def compare(
    candidate: Mapping[str, Mapping[str, Any]],
    active: Mapping[str, Mapping[str, Any]] | None,
    margins: GateMargins,
    *,
    active_version: str | None,
) -> GateDecision:
    """Decide from label reports (`LabelReport.to_dict()`) of both versions on the same holdout views."""
    if active is None or active_version is None:
        return GateDecision(True, "no active version to compare with", [], active_version)
    checks = [
        check
        for view in GATE_VIEWS
        if view in candidate and view in active
        for check in _view_checks(view, candidate[view], active[view], margins)
    ]
    if not checks:
        return GateDecision(
            False, "refused: no held-out letters to compare the versions on", [], active_version
        )
    failed = [check for check in checks if not check.passed]
    if failed:
        reason = "refused: " + "; ".join(check.describe() for check in failed)
        return GateDecision(False, reason, checks, active_version)
    return GateDecision(True, _promotion_reason(checks, margins), checks, active_version)


def _view_checks(
    view: str, candidate: Mapping[str, Any], active: Mapping[str, Any], margins: GateMargins
) -> list[GateCheck]:
    checks = []
    if candidate.get("macro_f1") is not None and active.get("macro_f1") is not None:
        checks.append(
            GateCheck(
                view,
                "macro_f1",
                float(active["macro_f1"]),
                float(candidate["macro_f1"]),
                margins.max_macro_f1_drop,
            )
        )
    for label in LABELS:
        before, after = active["per_label"][label], candidate["per_label"][label]
        if before.get("support", 0) > 0:
            checks.append(
                GateCheck(
                    view,
                    f"recall:{label}",
                    float(before["recall"]),
                    float(after["recall"]),
                    margins.max_recall_drop,
                )
            )
    return checks


def _promotion_reason(checks: list[GateCheck], margins: GateMargins) -> str:
    overall = [check for check in checks if check.figure == "macro_f1"]
    parts = [f"macro-F1 on {c.view} {c.active:.3f} → {c.candidate:.3f}" for c in overall]
    return (
        "promoted: "
        + "; ".join(parts)
        + f" (allowed drop {margins.max_macro_f1_drop:.3f}); no label's recall fell by more than "
        f"{margins.max_recall_drop:.3f}"
    )
