"""PipelineScorer: the shipped pipeline's probabilities and features, bit for bit, without scikit-learn's
per-call validation."""

from __future__ import annotations

import numpy as np
import pytest

from service.classification import Classifier, load_active
from service.classification.features import feature_rows
from service.classification.scoring import PipelineScorer
from service.config import REPO_ROOT
from service.understanding import parse_letter
from tests.classification.letters import LETTERS


@pytest.fixture(scope="module")
def shipped() -> Classifier:
    return load_active(REPO_ROOT / "models")


def test_the_shipped_pipeline_has_a_scorer(shipped: Classifier) -> None:
    assert PipelineScorer.of(shipped.pipeline) is not None


def test_features_and_probabilities_are_the_pipelines_bit_for_bit(shipped: Classifier) -> None:
    scorer = PipelineScorer.of(shipped.pipeline)
    assert scorer is not None
    texts = [letter.text for letter in LETTERS] + ["", "Kính gửi: UBND xã A\n\nTôi  xin   cảm ơn. 12/3"]
    rows = feature_rows([parse_letter(text) for text in texts])
    features = shipped.pipeline.steps[0][1]
    for index in range(len(texts)):
        row = rows[index : index + 1]
        expected, found = features.transform(row), scorer.transform(row)
        assert np.array_equal(expected.indptr, found.indptr)
        assert np.array_equal(expected.indices, found.indices)
        assert np.array_equal(expected.data, found.data) and expected.dtype == found.dtype
    assert np.array_equal(shipped.pipeline.predict_proba(rows), scorer.predict_proba(rows))


def test_a_pipeline_of_another_shape_gets_no_scorer(shipped: Classifier) -> None:
    assert PipelineScorer.of(shipped.pipeline.steps[-1][1]) is None
    assert PipelineScorer.of(object()) is None
