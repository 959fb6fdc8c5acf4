from __future__ import annotations

import pytest

from service.classification import LABELS, ReviewPolicy


def test_confident_petition_label_is_not_sent_to_review() -> None:
    prediction = ReviewPolicy(0.6).decide([0.05, 0.85, 0.06, 0.04])
    assert prediction.label == "denunciation"
    assert prediction.confidence == pytest.approx(0.85)
    assert not prediction.needs_review
    assert prediction.review_reason is None
    assert prediction.top_two == [("denunciation", 0.85), ("recommendation", 0.06)]
    assert list(prediction.probabilities) == list(LABELS)


def test_low_confidence_names_the_two_likeliest_labels_in_vietnamese() -> None:
    prediction = ReviewPolicy(0.6).decide([0.48, 0.41, 0.07, 0.04])
    assert prediction.label == "complaint"
    assert prediction.needs_review
    assert prediction.review_reason == "Độ tin cậy thấp: khiếu nại 0.48 / tố cáo 0.41"


def test_threshold_is_a_strict_lower_bound() -> None:
    assert not ReviewPolicy(0.6).decide([0.6, 0.2, 0.1, 0.1]).needs_review
    assert ReviewPolicy(0.61).decide([0.6, 0.2, 0.1, 0.1]).needs_review


def test_other_always_goes_to_review_even_when_confident() -> None:
    prediction = ReviewPolicy(0.5).decide([0.01, 0.01, 0.02, 0.96])
    assert prediction.label == "other"
    assert prediction.needs_review
    assert prediction.review_reason is not None and "khác 0.96" in prediction.review_reason


def test_ties_resolve_in_label_order() -> None:
    prediction = ReviewPolicy(0.3).decide([0.1, 0.45, 0.45, 0.0])
    assert prediction.label == "denunciation"
    assert prediction.top_two[1][0] == "recommendation"


def test_wrong_number_of_probabilities_is_refused() -> None:
    with pytest.raises(ValueError):
        ReviewPolicy(0.5).decide([0.5, 0.5])
