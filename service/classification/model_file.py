"""The on-disk form of a model version, and the checks that refuse anything not written by our training.

A version folder holds `model.skops` (the fitted scikit-learn pipeline), `card.json` (what it was trained
on, how it scored, its review threshold, the file's SHA-256 and the format version) and `card.md` (the same
for people). `ACTIVE` beside the folders names the version the service uses.

Loading never trusts the file: the card must carry our format version, the file must match the card's
checksum, and skops may only build the types listed in `TRUSTED_TYPES` (scikit-learn's own estimators are
trusted by skops itself). Anything else is refused with an error that says what is wrong.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import skops.io as sio

from service.classification.labels import LABELS

FORMAT_VERSION: Final = 1
MODEL_FILE: Final = "model.skops"
CARD_FILE: Final = "card.json"
CARD_TEXT_FILE: Final = "card.md"
ACTIVE_FILE: Final = "ACTIVE"

# Types outside skops' default trust that our pipeline legitimately contains (calibration internals and
# the cross-validation splitter the calibrated model keeps as a parameter).
TRUSTED_TYPES: Final[frozenset[str]] = frozenset(
    {
        "sklearn.model_selection._split.StratifiedKFold",
        "sklearn.calibration._CalibratedClassifier",
        "sklearn.calibration._SigmoidCalibration",
        "sklearn.isotonic.IsotonicRegression",
    }
)

# A version name becomes a folder name: no separators, no "..", nothing a shell would expand.
_VERSION_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


class ModelFileError(Exception):
    """A model version that cannot be used: missing, corrupt, tampered with or of an unknown format."""


@dataclass(frozen=True)
class StoredModel:
    version: str
    card: dict[str, Any]
    pipeline: Any  # a fitted scikit-learn Pipeline with predict_proba over the four labels


def check_version_name(name: str) -> str:
    if not _VERSION_NAME.match(name) or ".." in name:
        raise ModelFileError(f"invalid model version name {name!r}")
    return name


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_card(version_dir: Path) -> dict[str, Any]:
    path = version_dir / CARD_FILE
    try:
        card = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelFileError(f"{path}: model card missing") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelFileError(f"{path}: model card is not valid JSON ({error})") from None
    if not isinstance(card, dict):
        raise ModelFileError(f"{path}: model card is not a JSON object")
    if card.get("format_version") != FORMAT_VERSION:
        raise ModelFileError(
            f"{path}: unknown model format version {card.get('format_version')!r} "
            f"(this code reads version {FORMAT_VERSION})"
        )
    for key in ("version", "model_sha256", "review"):
        if key not in card:
            raise ModelFileError(f"{path}: model card lacks {key!r}")
    return card


def load_stored_model(version_dir: Path) -> StoredModel:
    """Read and verify one version folder; raises ModelFileError on anything suspicious."""
    version_dir = Path(version_dir)
    card = read_card(version_dir)
    model_path = version_dir / MODEL_FILE
    try:
        data = model_path.read_bytes()
    except FileNotFoundError:
        raise ModelFileError(f"{model_path}: model file missing") from None
    if sha256_bytes(data) != card["model_sha256"]:
        raise ModelFileError(f"{model_path}: checksum mismatch with the model card (file altered?)")
    try:
        untrusted = sio.get_untrusted_types(data=data)
    except Exception as error:  # skops raises several types for a damaged archive
        raise ModelFileError(f"{model_path}: not a readable skops file ({error})") from None
    unknown = sorted(set(untrusted) - TRUSTED_TYPES)
    if unknown:
        raise ModelFileError(f"{model_path}: refuses to load untrusted types {unknown}")
    try:
        pipeline = sio.loads(data, trusted=list(untrusted))
    except Exception as error:
        raise ModelFileError(f"{model_path}: cannot be loaded ({error})") from None
    classes = [str(label) for label in getattr(pipeline, "classes_", [])]
    if sorted(classes) != sorted(LABELS) or not hasattr(pipeline, "predict_proba"):
        raise ModelFileError(f"{model_path}: not a classifier over the labels {list(LABELS)}")
    return StoredModel(version=str(card["version"]), card=card, pipeline=pipeline)


def read_active_name(models_dir: Path) -> str:
    path = Path(models_dir) / ACTIVE_FILE
    try:
        name = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise ModelFileError(f"{path}: no active model version (train one with `petitions train`)") from None
    return check_version_name(name)
