from __future__ import annotations

import numpy as np

from service.learning.thresholds import (
    MAX_PETITION_REVIEW_SHARE,
    MIN_OTHER_ROUTED_SHARE,
    choose_review_threshold,
    routing_shares,
)


def _validation(confidences: list[float], others_as_complaint: list[float]) -> tuple[list[str], np.ndarray]:
    """Petition letters predicted right at the given confidences; `other` letters the model calls
    complaints at the given confidences, plus as many clear `other` predictions."""
    gold, rows = [], []
    for p in confidences:
        gold.append("complaint")
        rows.append([p, (1 - p) / 2, (1 - p) / 2, 0.0])
    for p in others_as_complaint:
        gold += ["other", "other"]
        rows += [[p, 0.0, 0.0, 1 - p], [0.05, 0.05, 0.05, 0.85]]
    return gold, np.array(rows)


def test_routing_shares_count_review_and_other() -> None:
    gold, probabilities = _validation([0.9, 0.55], [0.52])
    assert routing_shares(gold, probabilities, 0.6) == (0.5, 1.0)
    assert routing_shares(gold, probabilities, 0.5) == (0.0, 0.5)


def test_chosen_threshold_meets_both_bars_with_review_margin() -> None:
    confidences = [0.95] * 70 + [0.8] * 10 + [0.65] * 10 + [0.5] * 10
    gold, probabilities = _validation(confidences, [0.55] * 5 + [0.62] * 5)
    choice = choose_review_threshold(gold, probabilities)
    review, routed = routing_shares(gold, probabilities, choice.min_confidence)
    assert review <= 0.10 and routed >= MIN_OTHER_ROUTED_SHARE
    assert choice.min_confidence > 0.62  # catches the `other` letters called complaints at 0.62
    assert "margin" in choice.reason


def test_unmeetable_bars_are_said_so() -> None:
    # Every `other` letter is a confident complaint: no threshold under the review budget routes them.
    gold, probabilities = _validation([0.95] * 20, [0.97] * 10)
    choice = choose_review_threshold(gold, probabilities)
    assert choice.reason.startswith("BARS NOT MET")
    assert choice.petition_review_share <= MAX_PETITION_REVIEW_SHARE


def test_hand_written_letters_must_meet_the_bars_too() -> None:
    generated_gold, generated = _validation([0.95] * 80, [0.4] * 10)
    # Hand-written petitions are less sure of themselves: at 0.75, half of them would go to review.
    hand_gold, hand = _validation([0.95] * 10 + [0.7] * 10, [0.4] * 3)
    gold = generated_gold + hand_gold
    probabilities = np.vstack([generated, hand])
    flags = [False] * len(generated_gold) + [True] * len(hand_gold)
    with_hand = choose_review_threshold(gold, probabilities, handwritten=flags)
    without = choose_review_threshold(gold, probabilities)
    assert with_hand.min_confidence <= 0.70 < without.min_confidence
