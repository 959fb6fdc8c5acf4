"""How well labels and review decisions match gold labels, in the figures the quality bars use.

Macro-F1 is taken over the three petition labels on the predicted label as it is (a petition letter sent
to review still counts with its predicted label); the share of petition letters sent to review and the
share of `other` letters routed to `other` or to review are reported beside it, as MISSION.md sets bars
on all three.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from service.classification import LABELS, PETITION_LABELS, Classifier, Prediction
from service.learning.corpus import read_jsonl
from service.understanding import parse_letter

# Parsing and predicting in slices keeps memory flat on big files.
_BATCH = 256


@dataclass(frozen=True)
class GroupFigures:
    n: int
    accuracy: float
    macro_f1: float | None
    petition_review_share: float | None
    other_routed_share: float | None


@dataclass(frozen=True)
class LabelReport:
    n: int
    macro_f1: float | None  # over the petition labels present in gold or predictions
    accuracy: float
    petition_review_share: float | None  # petition letters marked needs_review
    other_routed_share: float | None  # `other` letters predicted `other` or marked needs_review
    per_label: dict[str, dict[str, float]]  # precision, recall, f1, support
    confusion: list[list[int]]  # rows: gold, columns: predicted, both in LABELS order
    per_style: dict[str, GroupFigures] = field(default_factory=dict)
    per_form: dict[str, GroupFigures] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_text(self) -> str:
        lines = [
            f"letters: {self.n}",
            f"macro-F1 (complaint, denunciation, recommendation): {_fmt(self.macro_f1)}",
            f"accuracy (four labels): {_fmt(self.accuracy)}",
            f"petition letters sent to review: {_fmt(self.petition_review_share)}",
            f"'other' letters routed to other/review: {_fmt(self.other_routed_share)}",
            "",
            f"{'label':<16}{'precision':>10}{'recall':>8}{'F1':>7}{'n':>6}",
        ]
        for label in LABELS:
            scores = self.per_label[label]
            lines.append(
                f"{label:<16}{scores['precision']:>10.3f}{scores['recall']:>8.3f}{scores['f1']:>7.3f}"
                f"{int(scores['support']):>6}"
            )
        lines += ["", "confusion (rows gold, columns predicted): " + " ".join(LABELS)]
        for label, counts in zip(LABELS, self.confusion, strict=True):
            lines.append(f"{label:<16}" + "".join(f"{count:>8}" for count in counts))
        for title, groups in (("style", self.per_style), ("form", self.per_form)):
            if groups:
                lines += ["", _group_header(title)]
                lines += [_group_line(name, figures) for name, figures in sorted(groups.items())]
        return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _group_header(title: str) -> str:
    return f"{title:<16}{'n':>6}{'acc':>8}{'macroF1':>9}{'review':>8}{'other→':>8}"


def _group_line(name: str, g: GroupFigures) -> str:
    return (
        f"{name:<16}{g.n:>6}{g.accuracy:>8.3f}{_fmt(g.macro_f1):>9}"
        f"{_fmt(g.petition_review_share):>8}{_fmt(g.other_routed_share):>8}"
    )


def petition_macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float | None:
    present = [label for label in PETITION_LABELS if label in gold or label in predicted]
    if not present:
        return None
    return float(np.mean([_label_scores(gold, predicted, label)["f1"] for label in present]))


def _label_scores(gold: Sequence[str], predicted: Sequence[str], label: str) -> dict[str, float]:
    true_positive = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
    support = sum(g == label for g in gold)
    predicted_count = sum(p == label for p in predicted)
    precision = true_positive / predicted_count if predicted_count else 0.0
    recall = true_positive / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": float(support)}


def _shares(gold: Sequence[str], predictions: Sequence[Prediction]) -> tuple[float | None, float | None]:
    petitions = [p for g, p in zip(gold, predictions, strict=True) if g in PETITION_LABELS]
    others = [p for g, p in zip(gold, predictions, strict=True) if g == "other"]
    review = sum(p.needs_review for p in petitions) / len(petitions) if petitions else None
    routed = sum(p.label == "other" or p.needs_review for p in others) / len(others) if others else None
    return review, routed


def _group_figures(gold: Sequence[str], predictions: Sequence[Prediction]) -> GroupFigures:
    predicted = [p.label for p in predictions]
    review, routed = _shares(gold, predictions)
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold)
    return GroupFigures(len(gold), accuracy, petition_macro_f1(gold, predicted), review, routed)


def _by_group(
    gold: Sequence[str], predictions: Sequence[Prediction], groups: Sequence[str] | None
) -> dict[str, GroupFigures]:
    if groups is None:
        return {}
    if len(groups) != len(gold):
        raise ValueError("one group value per letter expected")
    figures = {}
    for name in sorted(set(groups)):
        members = [i for i, group in enumerate(groups) if group == name]
        figures[name] = _group_figures([gold[i] for i in members], [predictions[i] for i in members])
    return figures


def evaluate_labels(
    gold: Sequence[str],
    predictions: Sequence[Prediction],
    styles: Sequence[str] | None = None,
    *,
    forms: Sequence[str] | None = None,
) -> LabelReport:
    if len(gold) != len(predictions):
        raise ValueError(f"{len(gold)} gold labels for {len(predictions)} predictions")
    if not gold:
        raise ValueError("nothing to evaluate")
    unknown = sorted(set(gold) - set(LABELS))
    if unknown:
        raise ValueError(f"unknown gold labels {unknown}")
    predicted = [p.label for p in predictions]
    overall = _group_figures(gold, predictions)
    pairs = Counter(zip(gold, predicted, strict=True))
    return LabelReport(
        n=len(gold),
        macro_f1=overall.macro_f1,
        accuracy=overall.accuracy,
        petition_review_share=overall.petition_review_share,
        other_routed_share=overall.other_routed_share,
        per_label={label: _label_scores(gold, predicted, label) for label in LABELS},
        confusion=[[pairs[(g, p)] for p in LABELS] for g in LABELS],
        per_style=_by_group(gold, predictions, styles),
        per_form=_by_group(gold, predictions, forms),
    )


@dataclass(frozen=True)
class Reliability:
    """Top-label confidence against accuracy: a calibrated model is right about as often as it says."""

    expected_calibration_error: float
    bins: list[dict[str, float]]  # lower, upper, n, mean confidence, accuracy


def reliability(gold: Sequence[str], probabilities: np.ndarray, *, bins: int = 10) -> Reliability:
    probabilities = np.asarray(probabilities)
    confidence = probabilities.max(axis=1)
    correct = np.array([LABELS[int(i)] == g for i, g in zip(probabilities.argmax(axis=1), gold, strict=True)])
    edges = np.linspace(0.0, 1.0, bins + 1)
    table, error = [], 0.0
    for lower, upper in zip(edges[:-1], edges[1:], strict=True):
        inside = (confidence > lower) & (confidence <= upper)
        if not inside.any():
            continue
        mean_confidence, accuracy = float(confidence[inside].mean()), float(correct[inside].mean())
        error += inside.mean() * abs(mean_confidence - accuracy)
        table.append(
            {
                "lower": round(float(lower), 2),
                "upper": round(float(upper), 2),
                "n": int(inside.sum()),
                "confidence": round(mean_confidence, 4),
                "accuracy": round(accuracy, 4),
            }
        )
    return Reliability(expected_calibration_error=float(error), bins=table)


def predict_texts(
    texts: Sequence[str], classifier: Classifier, *, parse: Callable[[str], Any] = parse_letter
) -> list[Prediction]:
    predictions: list[Prediction] = []
    for start in range(0, len(texts), _BATCH):
        parsed = [parse(text) for text in texts[start : start + _BATCH]]
        predictions.extend(classifier.predict_many(parsed))
    return predictions


def evaluate_file(path: Path, classifier: Classifier) -> LabelReport:
    """`petitions evaluate --jsonl FILE`: label figures on a labelled file (data/SPEC.md format)."""
    letters = read_jsonl(Path(path))
    predictions = predict_texts([letter.text for letter in letters], classifier)
    forms = [letter.form for letter in letters]
    return evaluate_labels(
        [letter.label for letter in letters],
        predictions,
        [letter.style for letter in letters],
        forms=forms if any(form != "unknown" for form in forms) else None,
    )
