from __future__ import annotations

from pathlib import Path

import pytest

from service.learning import ModelVersion, train_model
from tests.learning.tiny_corpus import write_tiny_corpus


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("tiny") / "corpus"
    write_tiny_corpus(corpus)
    return corpus


@pytest.fixture(scope="session")
def tiny_version(tmp_path_factory: pytest.TempPathFactory, tiny_corpus: Path) -> ModelVersion:
    """Trained once per session; tests that alter a version work on a copy."""
    return train_model(corpus_dir=tiny_corpus, out_dir=tmp_path_factory.mktemp("models"), seed=11)
