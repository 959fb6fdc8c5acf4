"""The model version shipped in the repository: it loads, verifies, and labels by content, not title."""

from __future__ import annotations

import pytest

from service.classification import Classifier, load_active
from service.config import REPO_ROOT
from service.learning.robustness import MISLEADING_TITLE, with_title
from service.understanding import parse_letter
from tests.classification.letters import LETTERS


@pytest.fixture(scope="module")
def shipped() -> Classifier:
    return load_active(REPO_ROOT / "models")


def test_shipped_card_records_what_a_promotion_needs(shipped: Classifier) -> None:
    card = shipped.card
    assert card["code"]["commit"], "the shipped model records the commit it was trained from"
    assert card["metrics"]["holdout_handwritten"]["n"] >= 30
    assert card["data"]["holdout"]["letters"] > 0 and card["data"]["train"]["letters"] > 1000
    # Calibration sanity: on validation the model is about as often right as it claims.
    assert card["calibration"]["expected_calibration_error"] < 0.08
    assert card["review"]["petition_review_share"] <= 0.20
    assert card["review"]["other_routed_share"] >= 0.85


def test_letters_are_labelled_by_content_under_misleading_titles(shipped: Classifier) -> None:
    predictions = shipped.predict_many([parse_letter(letter.text) for letter in LETTERS])
    wrong = [
        (letter.name, prediction.label)
        for letter, prediction in zip(LETTERS, predictions, strict=True)
        if prediction.label != letter.label
    ]
    assert len(wrong) <= 1, wrong


def test_swapping_the_title_rarely_flips_the_label(shipped: Classifier) -> None:
    titles = {*MISLEADING_TITLE.values(), "ĐƠN ĐỀ NGHỊ", "ĐƠN PHẢN ÁNH"}
    pairs = [(letter, with_title(letter.text, title)) for letter in LETTERS for title in sorted(titles)]
    swappable = [(letter, text) for letter, text in pairs if text is not None]
    assert len(swappable) >= 20
    before = shipped.predict_many([parse_letter(letter.text) for letter, _ in swappable])
    after = shipped.predict_many([parse_letter(text) for _, text in swappable])
    flipped = sum(b.label != a.label for b, a in zip(before, after, strict=True))
    assert flipped <= len(swappable) // 20


def test_other_letters_are_routed_to_review(shipped: Classifier) -> None:
    others = [letter for letter in LETTERS if letter.label == "other"]
    predictions = shipped.predict_many([parse_letter(letter.text) for letter in others])
    assert all(p.label == "other" or p.needs_review for p in predictions)
