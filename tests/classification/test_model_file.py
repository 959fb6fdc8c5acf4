from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
import skops.io as sio
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

from service.classification import Classifier, ModelFileError, load_active
from service.classification.model_file import CARD_FILE, MODEL_FILE, sha256_bytes
from service.learning import ModelVersion


@pytest.fixture
def version_copy(tiny_version: ModelVersion, tmp_path: Path) -> Path:
    target = tmp_path / "models" / tiny_version.name
    shutil.copytree(tiny_version.path, target)
    return target


def _rewrite_card(version_dir: Path, **changes: object) -> None:
    card = json.loads((version_dir / CARD_FILE).read_text(encoding="utf-8"))
    card.update(changes)
    (version_dir / CARD_FILE).write_text(json.dumps(card), encoding="utf-8")


def test_an_intact_version_loads(version_copy: Path) -> None:
    classifier = Classifier.load(version_copy)
    assert classifier.version == version_copy.name
    assert 0.3 <= classifier.policy.min_confidence <= 0.9


def test_a_changed_byte_is_caught_by_the_checksum(version_copy: Path) -> None:
    data = bytearray((version_copy / MODEL_FILE).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (version_copy / MODEL_FILE).write_bytes(bytes(data))
    with pytest.raises(ModelFileError, match="checksum mismatch"):
        Classifier.load(version_copy)


def test_a_corrupt_file_with_a_matching_card_is_refused(version_copy: Path) -> None:
    garbage = b"PK\x03\x04 not really a skops archive"
    (version_copy / MODEL_FILE).write_bytes(garbage)
    _rewrite_card(version_copy, model_sha256=sha256_bytes(garbage))
    with pytest.raises(ModelFileError, match="not a readable skops file"):
        Classifier.load(version_copy)


def test_a_file_that_would_run_foreign_code_is_refused(version_copy: Path) -> None:
    hostile = Pipeline([("run", FunctionTransformer(os.system))])
    data = sio.dumps(hostile)
    (version_copy / MODEL_FILE).write_bytes(data)
    _rewrite_card(version_copy, model_sha256=sha256_bytes(data))
    with pytest.raises(ModelFileError, match="untrusted types"):
        Classifier.load(version_copy)


def test_an_unknown_format_version_is_refused(version_copy: Path) -> None:
    _rewrite_card(version_copy, format_version=99)
    with pytest.raises(ModelFileError, match="unknown model format version 99"):
        Classifier.load(version_copy)


def test_a_missing_or_broken_card_is_refused(version_copy: Path) -> None:
    (version_copy / CARD_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelFileError, match="not valid JSON"):
        Classifier.load(version_copy)
    (version_copy / CARD_FILE).unlink()
    with pytest.raises(ModelFileError, match="card missing"):
        Classifier.load(version_copy)


def test_active_pointer_must_name_a_version_folder(version_copy: Path) -> None:
    models = version_copy.parent
    with pytest.raises(ModelFileError, match="no active model version"):
        load_active(models)
    (models / "ACTIVE").write_text("../../etc\n")
    with pytest.raises(ModelFileError, match="invalid model version name"):
        load_active(models)
    (models / "ACTIVE").write_text(version_copy.name + "\n")
    assert load_active(models).version == version_copy.name
