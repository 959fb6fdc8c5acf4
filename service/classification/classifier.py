"""The fitted label model as the service uses it: load a verified version, predict parsed letters."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from service.classification.features import feature_rows
from service.classification.labels import LABELS
from service.classification.model_file import (
    ModelFileError,
    load_stored_model,
    read_active_name,
)
from service.classification.review import Prediction, ReviewPolicy
from service.classification.scoring import PipelineScorer
from service.understanding.types import ParsedLetter


class Classifier:
    def __init__(self, pipeline: Any, *, version: str, policy: ReviewPolicy, card: dict[str, Any]) -> None:
        self.pipeline = pipeline
        self.version = version
        self.policy = policy
        self.card = card
        classes = [str(label) for label in pipeline.classes_]
        # The pipeline orders classes alphabetically; predictions list them in LABELS order.
        self._columns = [classes.index(label) for label in LABELS]
        # The same probabilities as pipeline.predict_proba, without its per-call validation.
        self._scorer = PipelineScorer.of(pipeline)

    @classmethod
    def load(cls, version_dir: Path) -> Classifier:
        stored = load_stored_model(Path(version_dir))
        try:
            threshold = float(stored.card["review"]["min_confidence"])
        except (KeyError, TypeError, ValueError):
            raise ModelFileError(f"{version_dir}: model card has no review threshold") from None
        return cls(stored.pipeline, version=stored.version, policy=ReviewPolicy(threshold), card=stored.card)

    def probabilities(self, parsed: Sequence[ParsedLetter]) -> np.ndarray:
        """Probabilities per letter, columns in LABELS order."""
        if not parsed:
            return np.zeros((0, len(LABELS)))
        rows = feature_rows(parsed)
        # A version trained before later cues were added knows fewer columns; they are appended last.
        known = getattr(self.pipeline, "n_features_in_", rows.shape[1])
        predict_proba = self._scorer.predict_proba if self._scorer else self.pipeline.predict_proba
        raw = predict_proba(rows[:, :known])
        return np.asarray(raw)[:, self._columns]

    def clear_caches(self) -> None:
        """Forget what scoring remembered of the letters seen so far (benchmarks measure the cold case)."""
        if self._scorer is not None:
            self._scorer.clear_caches()

    def predict_many(self, parsed: Sequence[ParsedLetter]) -> list[Prediction]:
        return [self.policy.decide(row) for row in self.probabilities(parsed)]

    def predict(self, parsed: ParsedLetter) -> Prediction:
        return self.predict_many([parsed])[0]


def load_active(models_dir: Path) -> Classifier:
    """The version `models_dir/ACTIVE` names, verified like any other."""
    name = read_active_name(Path(models_dir))
    return Classifier.load(Path(models_dir) / name)
