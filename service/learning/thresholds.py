"""Choosing the confidence below which a petition label goes to review.

Two bars pull in opposite directions: at most 20 % of petition letters may be sent to review (clerks'
time), and at least 85 % of `other` letters must end up as `other` or in review (a service request must
not be filed as a complaint unchecked). The threshold is read off the validation split, and, when the
validation split holds enough hand-written letters, it must meet the bars on those too, since they are
closer to real letters than generated ones. Among thresholds that meet the bars, the highest one whose
review share stays within half the budget is kept: real letters are less clear-cut than validation ones,
and the margin is what keeps the bar met on them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np

from service.classification import PETITION_LABELS, ReviewPolicy

MAX_PETITION_REVIEW_SHARE: Final = 0.20
MIN_OTHER_ROUTED_SHARE: Final = 0.85
REVIEW_SHARE_TARGET: Final = 0.10  # half the budget, kept as margin for real letters
GRID: Final[tuple[float, ...]] = tuple(round(0.30 + 0.01 * step, 2) for step in range(61))  # 0.30..0.90
MIN_HANDWRITTEN_FOR_CHECK: Final = 12


@dataclass(frozen=True)
class ThresholdChoice:
    min_confidence: float
    petition_review_share: float
    other_routed_share: float
    reason: str
    table: list[dict[str, float]]  # per grid threshold: the two shares on validation


def routing_shares(gold: Sequence[str], probabilities: np.ndarray, threshold: float) -> tuple[float, float]:
    """(share of petition letters sent to review, share of `other` letters routed) at a threshold."""
    policy = ReviewPolicy(threshold)
    decided = [policy.decide(row) for row in np.asarray(probabilities)]
    petitions = [d.needs_review for g, d in zip(gold, decided, strict=True) if g in PETITION_LABELS]
    others = [
        d.label == "other" or d.needs_review for g, d in zip(gold, decided, strict=True) if g == "other"
    ]
    review = sum(petitions) / len(petitions) if petitions else 0.0
    routed = sum(others) / len(others) if others else 1.0
    return review, routed


def choose_review_threshold(
    gold: Sequence[str],
    probabilities: np.ndarray,
    *,
    handwritten: Sequence[bool] | None = None,
) -> ThresholdChoice:
    probabilities = np.asarray(probabilities)
    hand = np.asarray(handwritten if handwritten is not None else [False] * len(gold), dtype=bool)
    check_hand = int(hand.sum()) >= MIN_HANDWRITTEN_FOR_CHECK
    hand_gold = [g for g, h in zip(gold, hand, strict=True) if h]
    table, meets_bars, within_target = [], [], []
    for threshold in GRID:
        review, routed = routing_shares(gold, probabilities, threshold)
        ok = review <= MAX_PETITION_REVIEW_SHARE and routed >= MIN_OTHER_ROUTED_SHARE
        row = {"threshold": threshold, "petition_review_share": review, "other_routed_share": routed}
        if check_hand:
            hand_review, hand_routed = routing_shares(hand_gold, probabilities[hand], threshold)
            ok = ok and hand_review <= MAX_PETITION_REVIEW_SHARE and hand_routed >= MIN_OTHER_ROUTED_SHARE
            row |= {"handwritten_review_share": hand_review, "handwritten_other_routed": hand_routed}
        table.append(row)
        if ok:
            meets_bars.append(row)
            if review <= REVIEW_SHARE_TARGET and (not check_hand or hand_review <= REVIEW_SHARE_TARGET):
                within_target.append(row)
    scope = "validation (and its hand-written letters)" if check_hand else "validation"
    if within_target:
        chosen = within_target[-1]
        reason = (
            f"highest threshold on {scope} meeting both bars (review <= {MAX_PETITION_REVIEW_SHARE:.0%}, "
            f"other routed >= {MIN_OTHER_ROUTED_SHARE:.0%}) with review share <= {REVIEW_SHARE_TARGET:.0%}, "
            "the margin kept for real letters"
        )
    elif meets_bars:
        chosen = meets_bars[0]
        reason = (
            f"no threshold kept review share within {REVIEW_SHARE_TARGET:.0%} on {scope}; "
            "lowest threshold meeting both bars"
        )
    else:
        chosen = max(
            table,
            key=lambda row: (
                row["petition_review_share"] <= MAX_PETITION_REVIEW_SHARE,
                row["other_routed_share"],
            ),
        )
        reason = f"BARS NOT MET on {scope}: threshold routing most 'other' letters within the review budget"
    return ThresholdChoice(
        min_confidence=float(chosen["threshold"]),
        petition_review_share=float(chosen["petition_review_share"]),
        other_routed_share=float(chosen["other_routed_share"]),
        reason=reason,
        table=table,
    )
