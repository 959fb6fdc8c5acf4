"""The scikit-learn pipeline trained on feature rows (see `service.classification.features`).

Three views of the body, each weighted: word n-grams on the underthesea tokens (what the letter says),
character n-grams on the folded text (the same words typed without diacritics, misspelt or damaged by
OCR), and the legal cues. A linear SVM is calibrated by cross-validated Platt scaling, which gives
probabilities a threshold can be set on.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MaxAbsScaler
from sklearn.svm import LinearSVC

from service.classification.features import CUE_COLUMNS, FOLDED_COLUMN, WORDS_COLUMN


@dataclass(frozen=True)
class PipelineSettings:
    words_weight: float = 1.0
    chars_weight: float = 1.0
    cues_weight: float = 0.6
    word_min_df: int = 2
    char_min_df: int = 3
    char_ngrams: tuple[int, int] = (2, 5)
    max_word_features: int = 150_000
    max_char_features: int = 200_000
    model: str = "svm"  # "svm" (LinearSVC + sigmoid calibration) or "logistic"
    regularisation: float = 0.5  # C of the linear model
    calibration_folds: int = 5


def build_pipeline(seed: int, settings: PipelineSettings | None = None) -> Pipeline:
    s = settings or PipelineSettings()
    features = ColumnTransformer(
        [
            (
                "words",
                TfidfVectorizer(
                    token_pattern=r"\S+",
                    lowercase=False,  # the feature rows are lower-cased already
                    ngram_range=(1, 2),
                    min_df=s.word_min_df,
                    max_features=s.max_word_features,
                    sublinear_tf=True,
                    dtype=np.float32,
                ),
                WORDS_COLUMN,
            ),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb",
                    lowercase=False,
                    ngram_range=s.char_ngrams,
                    min_df=s.char_min_df,
                    max_features=s.max_char_features,
                    sublinear_tf=True,
                    dtype=np.float32,
                ),
                FOLDED_COLUMN,
            ),
            ("cues", MaxAbsScaler(), CUE_COLUMNS),
        ],
        transformer_weights={"words": s.words_weight, "chars": s.chars_weight, "cues": s.cues_weight},
    )
    return Pipeline([("features", features), ("model", _model(seed, s))])


def _model(seed: int, s: PipelineSettings) -> CalibratedClassifierCV | LogisticRegression:
    if s.model == "logistic":
        return LogisticRegression(C=s.regularisation * 20, max_iter=2000)
    folds = StratifiedKFold(n_splits=s.calibration_folds, shuffle=True, random_state=seed)
    svm = LinearSVC(C=s.regularisation, random_state=seed, max_iter=5000)
    return CalibratedClassifierCV(svm, method="sigmoid", cv=folds)
