"""Classify a parsed letter as complaint, denunciation, recommendation or other, with calibrated
probabilities and a review decision."""

from service.classification.classifier import Classifier, load_active
from service.classification.labels import LABEL_NAMES_VI, LABELS, PETITION_LABELS, Label
from service.classification.model_file import FORMAT_VERSION, ModelFileError
from service.classification.review import Prediction, ReviewPolicy

__all__ = [
    "FORMAT_VERSION",
    "LABELS",
    "LABEL_NAMES_VI",
    "PETITION_LABELS",
    "Classifier",
    "Label",
    "ModelFileError",
    "Prediction",
    "ReviewPolicy",
    "load_active",
]
