"""From the model's probabilities to a prediction a clerk can trust or is asked to check.

A letter that is not a petition (`other`) or that the model is unsure of is not forced into a class: it
goes to review with a reason in Vietnamese. Training picks the threshold on its validation split and the
model card keeps it, so the same rule runs in training, evaluation and the service.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from service.classification.labels import LABEL_NAMES_VI, LABELS, Label


@dataclass(frozen=True)
class Prediction:
    label: Label
    confidence: float  # the top probability
    probabilities: dict[str, float]  # over the four labels, in LABELS order
    needs_review: bool
    review_reason: str | None
    top_two: list[tuple[str, float]]


@dataclass(frozen=True)
class ReviewPolicy:
    # Below this top probability a petition label is only a suggestion for the reviewer.
    min_confidence: float

    def decide(self, probabilities: Sequence[float]) -> Prediction:
        """A prediction from probabilities given in LABELS order."""
        if len(probabilities) != len(LABELS):
            raise ValueError(f"expected {len(LABELS)} probabilities, got {len(probabilities)}")
        by_label: dict[str, float] = {label: float(p) for label, p in zip(LABELS, probabilities, strict=True)}
        # Ties go to the earlier label in LABELS, so equal probabilities give a stable answer.
        order = sorted(range(len(LABELS)), key=lambda i: (-by_label[LABELS[i]], i))
        ranked: list[tuple[str, float]] = [(LABELS[i], by_label[LABELS[i]]) for i in order]
        label, confidence = LABELS[order[0]], ranked[0][1]
        reason = self.reason(label, confidence, ranked[1])
        return Prediction(
            label=label,
            confidence=confidence,
            probabilities=by_label,
            needs_review=reason is not None,
            review_reason=reason,
            top_two=ranked[:2],
        )

    def reason(self, label: str, confidence: float, runner_up: tuple[str, float]) -> str | None:
        if label == "other":
            return (
                f"Có thể không phải đơn khiếu nại, tố cáo, kiến nghị, phản ánh (khác {confidence:.2f}): "
                "cần xác định loại đơn"
            )
        if confidence < self.min_confidence:
            second, second_p = runner_up
            return (
                f"Độ tin cậy thấp: {LABEL_NAMES_VI[label]} {confidence:.2f} / "
                f"{LABEL_NAMES_VI[second]} {second_p:.2f}"
            )
        return None
