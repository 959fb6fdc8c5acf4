from __future__ import annotations

from pathlib import Path

import pytest

from service.learning import ModelVersion, train_model
from tests.learning.tiny_corpus import write_tiny_corpus


@pytest.fixture(scope="session")
def tiny_version(tmp_path_factory: pytest.TempPathFactory) -> ModelVersion:
    """A model version trained on the tiny corpus; copy it before altering anything in it."""
    root: Path = tmp_path_factory.mktemp("classification-model")
    write_tiny_corpus(root / "corpus")
    return train_model(corpus_dir=root / "corpus", out_dir=root / "models", seed=3)
