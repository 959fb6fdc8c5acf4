"""The fitted pipeline's `predict_proba`, computed without scikit-learn's per-call machinery.

For one letter, scikit-learn spends far longer validating its inputs (about fifty `check_array` calls
through the column transformer, five calibrated SVMs and their twenty sigmoid calibrators) than
computing. `PipelineScorer` reads the fitted parts of the pipeline our training builds (two TF-IDF
vectorisers, a max-abs scaler, a sigmoid-calibrated linear SVM ensemble) and runs the same arithmetic
in the same order on the same types, so its probabilities are the pipeline's, bit for bit (a test
compares them). It counts each distinct word's character n-grams once rather than every occurrence's:
the counts, and so the features, are the same.

A pipeline of any other shape gets no scorer (`PipelineScorer.of` returns None) and is called as is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.special import expit
from sklearn.calibration import CalibratedClassifierCV, _SigmoidCalibration
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import MaxAbsScaler
from sklearn.svm import LinearSVC
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

Counts = Callable[[str], dict[int, int]]  # a document's vocabulary columns and their counts
_WORD_CACHE_LIMIT = 200_000


@dataclass(frozen=True)
class _TextBlock:
    """One TF-IDF vectoriser: which row column it reads, how it counts terms, its vocabulary and idf."""

    column: int
    counts: Counts
    vocabulary: dict[str, int]
    idf: np.ndarray
    dtype: Any
    weight: float


@dataclass(frozen=True)
class _Calibrated:
    """One fold of the calibrated ensemble: a linear SVM and one sigmoid per class."""

    coef: np.ndarray
    intercept: np.ndarray
    positions: list[int]  # column of the ensemble's classes for each of the SVM's classes
    slopes: list[Any]
    offsets: list[Any]


class PipelineScorer:
    def __init__(
        self,
        blocks: list[_TextBlock],
        scale: np.ndarray,
        scale_columns: list[int],
        scale_weight: float,
        folds: list[_Calibrated],
        classes: int,
        width: int,
    ) -> None:
        self.blocks = blocks
        self.scale = scale
        self.scale_columns = scale_columns
        self.scale_weight = scale_weight
        self.folds = folds
        self.classes = classes
        self.width = width
        self.offsets = np.cumsum([0] + [len(b.vocabulary) for b in blocks]).tolist()

    @classmethod
    def of(cls, pipeline: Any) -> PipelineScorer | None:
        """A scorer for a pipeline of the shape our training builds, or None for any other."""
        try:
            return cls._read(pipeline)
        except (AttributeError, KeyError, TypeError, ValueError, IndexError):
            return None

    @classmethod
    def _read(cls, pipeline: Any) -> PipelineScorer | None:
        (_, features), (_, model) = pipeline.steps
        if not (isinstance(features, ColumnTransformer) and isinstance(model, CalibratedClassifierCV)):
            return None
        if features.remainder != "drop" or not features.sparse_output_:
            return None
        weights = features.transformer_weights or {}
        blocks: list[_TextBlock] = []
        scaler: tuple[MaxAbsScaler, list[int], float] | None = None
        for name, transformer, columns in features.transformers_:
            if name == "remainder":
                continue
            # No weight leaves a block as it is, as does a weight of 1.0 (x * 1.0 == x exactly).
            weight = 1.0 if weights.get(name) is None else float(weights[name])
            if isinstance(transformer, TfidfVectorizer) and isinstance(columns, int):
                counts = _counter(transformer, transformer.vocabulary_)
                if counts is None:
                    return None
                blocks.append(
                    _TextBlock(
                        column=columns,
                        counts=counts,
                        vocabulary=transformer.vocabulary_,
                        idf=transformer.idf_,
                        dtype=transformer.dtype,
                        weight=weight,
                    )
                )
            elif isinstance(transformer, MaxAbsScaler) and scaler is None and not transformer.clip:
                scaler = (transformer, list(columns), weight)
            else:
                return None
        if scaler is None or len(blocks) != 2:
            return None
        if model.method != "sigmoid" or not model.ensemble:
            return None
        folds = [_fold(calibrated, model.classes_) for calibrated in model.calibrated_classifiers_]
        if len(model.classes_) < 3 or any(fold is None for fold in folds):
            return None
        width = sum(len(b.vocabulary) for b in blocks) + len(scaler[1])
        if any(fold.coef.shape != (len(model.classes_), width) for fold in folds if fold is not None):
            return None
        return cls(
            blocks,
            scaler[0].scale_,
            scaler[1],
            scaler[2],
            [fold for fold in folds if fold is not None],
            len(model.classes_),
            width,
        )

    def clear_caches(self) -> None:
        """Forget the words met so far (benchmarks measure the cold case with this)."""
        for block in self.blocks:
            if isinstance(block.counts, WordCharGrams):
                block.counts.words.clear()

    def predict_proba(self, rows: np.ndarray) -> np.ndarray:
        """`pipeline.predict_proba(rows)`: probabilities per row, columns in the pipeline's class order."""
        x = self.transform(rows)
        mean = np.zeros((rows.shape[0], self.classes))
        for fold in self.folds:
            mean += _fold_proba(fold, x, self.classes)
        mean /= len(self.folds)
        return mean

    def transform(self, rows: np.ndarray) -> sp.csr_matrix:
        """The column transformer's output: both TF-IDF blocks and the scaled cues side by side."""
        cues = np.asarray(rows[:, self.scale_columns], dtype=np.float64)
        cues /= self.scale
        cues = cues * self.scale_weight
        indptr = [0]
        indices: list[np.ndarray] = []
        data: list[np.ndarray] = []
        for index in range(rows.shape[0]):
            parts = [_tfidf(block, rows[index, block.column]) for block in self.blocks]
            nonzero = np.flatnonzero(cues[index])
            parts.append((nonzero, cues[index, nonzero]))
            for (part_indices, part_data), offset in zip(parts, self.offsets, strict=True):
                indices.append(part_indices + offset)
                data.append(part_data.astype(np.float64))
            indptr.append(indptr[-1] + sum(len(part_indices) for part_indices, _ in parts))
        return sp.csr_matrix(
            (
                np.concatenate(data),
                np.concatenate(indices).astype(np.int32),
                np.asarray(indptr, dtype=np.int32),
            ),
            shape=(rows.shape[0], self.width),
        )


def _tfidf(block: _TextBlock, document: str) -> tuple[np.ndarray, np.ndarray]:
    """One row of a TF-IDF block: sorted column indices and values (sublinear tf, idf, l2 norm, weight)."""
    found = block.counts(document)
    columns = np.fromiter(found, dtype=np.int32, count=len(found))
    order = np.argsort(columns, kind="stable")
    columns = columns[order]
    values = np.fromiter(found.values(), dtype=np.intc, count=len(found))[order].astype(block.dtype)
    np.log(values, values)
    values += 1.0
    values *= block.idf[columns]
    row = sp.csr_matrix(
        (values, columns, np.asarray([0, len(columns)], dtype=np.int32)), shape=(1, len(block.vocabulary))
    )
    inplace_csr_row_normalize_l2(row)
    return columns, row.data * block.weight


def _fold_proba(fold: _Calibrated, x: sp.csr_matrix, classes: int) -> np.ndarray:
    """One calibrated SVM's probabilities, normalised over the classes."""
    predictions = x @ fold.coef.T + fold.intercept
    proba = np.zeros((x.shape[0], classes))
    for position, scores, slope, offset in zip(
        fold.positions, predictions.T, fold.slopes, fold.offsets, strict=True
    ):
        proba[:, position] = expit(-(slope * np.ravel(scores) + offset))
    denominator = np.sum(proba, axis=1)[:, np.newaxis]
    uniform = np.full_like(proba, 1 / classes)
    proba = np.divide(proba, denominator, out=uniform, where=denominator != 0)
    proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
    return proba


def _fold(calibrated: Any, classes: np.ndarray) -> _Calibrated | None:
    estimator = calibrated.estimator
    if not isinstance(estimator, LinearSVC) or calibrated.method != "sigmoid":
        return None
    if not all(isinstance(c, _SigmoidCalibration) for c in calibrated.calibrators):
        return None
    known = np.unique(calibrated.classes)
    if list(known) != list(classes) or len(calibrated.calibrators) != len(estimator.classes_):
        return None
    return _Calibrated(
        coef=estimator.coef_,
        intercept=estimator.intercept_,
        positions=[int(p) for p in np.searchsorted(known, estimator.classes_)],
        slopes=[c.a_ for c in calibrated.calibrators],
        offsets=[c.b_ for c in calibrated.calibrators],
    )


def _counter(vectorizer: TfidfVectorizer, vocabulary: dict[str, int]) -> Counts | None:
    """The vocabulary columns of one document's terms, counted as the vectoriser's analyser would count
    them, or None when the vectoriser is configured in a way this module does not reproduce."""
    settings = vectorizer.get_params()
    plain = (
        settings["input"] == "content"
        and not settings["lowercase"]
        and settings["preprocessor"] is None
        and settings["tokenizer"] is None
        and settings["strip_accents"] is None
        and settings["stop_words"] is None
        and not settings["binary"]
        and settings["use_idf"]
        and settings["sublinear_tf"]
        and settings["norm"] == "l2"
    )
    if not plain:
        return None
    low, high = settings["ngram_range"]
    if settings["analyzer"] == "char_wb" and low >= 1:
        return WordCharGrams(vocabulary, low, high)
    if settings["analyzer"] == "word" and low >= 1:
        pattern = re.compile(settings["token_pattern"])
        if pattern.groups > 1:
            return None
        return lambda document: _in_vocabulary(_word_grams(pattern.findall(document), low, high), vocabulary)
    return None


def _in_vocabulary(counts: Counter[str], vocabulary: dict[str, int]) -> dict[int, int]:
    found: dict[int, int] = {}
    for term, count in counts.items():
        column = vocabulary.get(term)
        if column is not None:
            found[column] = count
    return found


def _word_grams(tokens: Sequence[str], low: int, high: int) -> Counter[str]:
    """Word n-grams from `low` to `high` words, joined by spaces."""
    counts: Counter[str] = Counter()
    for size in range(low, high + 1):
        if size == 1:
            counts.update(tokens)
        else:
            counts.update(" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1))
    return counts


class WordCharGrams:
    """`char_wb` n-grams: character n-grams inside each word padded with one space either side; a padded
    word no longer than an n-gram size counts once, as itself, for that size and none above.

    A document's n-grams are those of its words, so each distinct word's vocabulary columns are worked
    out once, remembered (letters share most of their words), and weighed by how often the word occurs.
    """

    def __init__(self, vocabulary: dict[str, int], low: int, high: int) -> None:
        self.vocabulary = vocabulary
        self.low, self.high = low, high
        self.words: dict[str, list[tuple[int, int]]] = {}

    def __call__(self, document: str) -> dict[int, int]:
        found: dict[int, int] = {}
        words = self.words
        if len(words) > _WORD_CACHE_LIMIT:
            words.clear()
        for word, times in Counter(document.split()).items():
            columns = words.get(word)
            if columns is None:
                columns = words[word] = list(_in_vocabulary(self.grams(word), self.vocabulary).items())
            for column, count in columns:
                found[column] = found.get(column, 0) + count * times
        return found

    def grams(self, word: str) -> Counter[str]:
        padded = f" {word} "
        grams: Counter[str] = Counter()
        for size in range(self.low, self.high + 1):
            if len(padded) <= size:
                grams[padded] += 1
                break
            grams.update(padded[i : i + size] for i in range(len(padded) - size + 1))
        return grams
