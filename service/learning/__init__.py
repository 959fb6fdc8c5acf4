"""Training, evaluation and model versions of the label classifier (all code the service runs for it)."""

from service.learning.corpus import CorpusError, LabelledLetter, read_corpus, read_jsonl
from service.learning.evaluate import LabelReport, evaluate_file, evaluate_labels
from service.learning.train import DEFAULT_SEED, TrainingError, run_training, train_model
from service.learning.versions import (
    ModelVersion,
    activate,
    active_version_name,
    list_versions,
    load_version,
)

__all__ = [
    "DEFAULT_SEED",
    "CorpusError",
    "LabelReport",
    "LabelledLetter",
    "ModelVersion",
    "TrainingError",
    "activate",
    "active_version_name",
    "evaluate_file",
    "evaluate_labels",
    "list_versions",
    "load_version",
    "read_corpus",
    "read_jsonl",
    "run_training",
    "train_model",
]
