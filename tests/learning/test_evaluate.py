from __future__ import annotations

import numpy as np
import pytest

from service.classification import ReviewPolicy
from service.learning import evaluate_labels
from service.learning.evaluate import reliability

POLICY = ReviewPolicy(0.6)
SURE = {
    "complaint": [0.9, 0.04, 0.03, 0.03],
    "denunciation": [0.04, 0.9, 0.03, 0.03],
    "recommendation": [0.03, 0.04, 0.9, 0.03],
    "other": [0.03, 0.03, 0.04, 0.9],
}
UNSURE_COMPLAINT = [0.5, 0.3, 0.1, 0.1]


def _predictions(rows: list[list[float]]):  # noqa: ANN202
    return [POLICY.decide(row) for row in rows]


def test_figures_of_a_small_set() -> None:
    gold = ["complaint", "complaint", "denunciation", "recommendation", "other", "other"]
    rows = [SURE["complaint"], UNSURE_COMPLAINT, SURE["complaint"], SURE["recommendation"]]
    rows += [SURE["other"], SURE["complaint"]]
    report = evaluate_labels(
        gold, _predictions(rows), ["formal", "formal", "lawyer", "lawyer", "formal", "x"]
    )
    # complaint: P 2/4, R 2/2 -> F1 2/3; denunciation: F1 0; recommendation: F1 1.
    assert report.macro_f1 == pytest.approx((2 / 3 + 0 + 1) / 3)
    assert report.petition_review_share == pytest.approx(1 / 4)  # the unsure complaint
    assert report.other_routed_share == pytest.approx(1 / 2)  # one 'other' filed as a confident complaint
    assert report.per_label["complaint"]["precision"] == pytest.approx(0.5)
    assert report.confusion[1] == [1, 0, 0, 0]  # the denunciation was called a complaint
    assert report.per_style["lawyer"].n == 2 and report.per_style["lawyer"].accuracy == pytest.approx(0.5)
    text = report.to_text()
    assert "macro-F1" in text and "lawyer" in text and "petition letters sent to review: 0.250" in text


def test_macro_f1_ignores_labels_absent_from_gold_and_predictions() -> None:
    report = evaluate_labels(["complaint", "complaint"], _predictions([SURE["complaint"]] * 2))
    assert report.macro_f1 == pytest.approx(1.0)
    assert report.other_routed_share is None


def test_mismatched_or_unknown_gold_is_refused() -> None:
    with pytest.raises(ValueError):
        evaluate_labels(["complaint"], [])
    with pytest.raises(ValueError):
        evaluate_labels(["grievance"], _predictions([SURE["complaint"]]))


def test_reliability_of_a_model_right_as_often_as_it_claims() -> None:
    # 10 letters at 0.8 confidence, 8 of them right: perfectly calibrated.
    probabilities = np.array([[0.8, 0.1, 0.05, 0.05]] * 10)
    gold = ["complaint"] * 8 + ["denunciation"] * 2
    calibrated = reliability(gold, probabilities)
    assert calibrated.expected_calibration_error == pytest.approx(0.0)
    overconfident = reliability(["denunciation"] * 10, probabilities)
    assert overconfident.expected_calibration_error == pytest.approx(0.8)
    assert calibrated.bins[0]["n"] == 10
