from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from service.classification import LABELS, Classifier, load_active
from service.classification.model_file import (
    CARD_FILE,
    CARD_TEXT_FILE,
    FORMAT_VERSION,
    MODEL_FILE,
    sha256_bytes,
)
from service.learning import (
    LabelledLetter,
    ModelVersion,
    TrainingError,
    activate,
    active_version_name,
    list_versions,
    run_training,
    train_model,
)
from service.learning.reviewed import labels_fingerprint
from service.learning.splits import assign_split
from service.understanding import parse_letter
from tests.classification.letters import LETTERS


def test_a_version_folder_holds_model_and_card(tiny_version: ModelVersion) -> None:
    files = sorted(p.name for p in tiny_version.path.iterdir())
    assert files == sorted([MODEL_FILE, CARD_FILE, CARD_TEXT_FILE])
    card = json.loads((tiny_version.path / CARD_FILE).read_text(encoding="utf-8"))
    assert card["format_version"] == FORMAT_VERSION and card["seed"] == 11
    assert card["model_sha256"] == sha256_bytes((tiny_version.path / MODEL_FILE).read_bytes())
    assert set(card["data"]) == {"train", "validation", "holdout"}
    assert card["data"]["holdout"]["source"]["written_t"] > 0
    assert {"validation", "holdout", "holdout_handwritten"} <= set(card["metrics"])
    assert set(card["metrics"]["validation"]["per_style"]) <= {"formal", "no_diacritics"}
    assert 0.3 <= card["review"]["min_confidence"] <= 0.9 and card["review"]["reason"]
    assert "calibration" in card and "title_swap_validation" in card
    assert "Review threshold" in (tiny_version.path / CARD_TEXT_FILE).read_text(encoding="utf-8")
    # Nothing half-written is left beside the version.
    assert [p.name for p in tiny_version.path.parent.iterdir()] == [tiny_version.name]


def test_holdout_letters_are_never_trained_on(tiny_version: ModelVersion) -> None:
    counts = tiny_version.card["data"]
    total = sum(counts[name]["letters"] for name in ("train", "validation", "holdout"))
    assert total == tiny_version.card["corpus"]["letters"]
    assert counts["holdout"]["letters"] > 0


def test_same_seed_same_predictions(tiny_corpus: Path, tiny_version: ModelVersion, tmp_path: Path) -> None:
    again = train_model(corpus_dir=tiny_corpus, out_dir=tmp_path, seed=11)
    parsed = [parse_letter(letter.text) for letter in LETTERS]
    first = Classifier.load(tiny_version.path).probabilities(parsed)
    second = Classifier.load(again.path).probabilities(parsed)
    np.testing.assert_array_equal(first, second)
    assert again.card["review"]["min_confidence"] == tiny_version.card["review"]["min_confidence"]


def test_probabilities_are_a_distribution_over_the_four_labels(tiny_version: ModelVersion) -> None:
    classifier = Classifier.load(tiny_version.path)
    predictions = classifier.predict_many([parse_letter(letter.text) for letter in LETTERS])
    for prediction in predictions:
        assert list(prediction.probabilities) == list(LABELS)
        assert sum(prediction.probabilities.values()) == pytest.approx(1.0)
        assert prediction.confidence == max(prediction.probabilities.values())
    assert classifier.predict_many([]) == []


def test_reviewed_letters_join_training(tiny_corpus: Path, tmp_path: Path) -> None:
    extra = [
        LabelledLetter(id=f"r{i}", text=letter.text, label=letter.label, source="reviewed")
        for i, letter in enumerate(LETTERS)
    ]
    version = train_model(corpus_dir=tiny_corpus, out_dir=tmp_path, seed=11, extra=extra)
    counts = {name: version.card["data"][name]["source"].get("reviewed", 0) for name in version.card["data"]}
    held_out = [letter for letter in extra if assign_split(letter) == "holdout"]
    assert counts["holdout"] == len(held_out) > 0, "a fixed share of reviewed letters is held out"
    assert counts["train"] + counts["validation"] == len(LETTERS) - len(held_out)
    assert version.card["reviewed"] == {
        "letters": len(extra),
        "labels_fingerprint": labels_fingerprint(extra),
    }
    # The holdout's reviewed part and the shipped corpus' part are measured apart.
    assert version.card["metrics"]["holdout_reviewed"]["n"] == len(held_out)
    corpus_part = version.card["metrics"]["holdout_corpus"]["n"]
    assert corpus_part + len(held_out) == version.card["metrics"]["holdout"]["n"]


def test_a_corpus_without_a_label_is_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "generated.jsonl").write_text(
        "".join(
            json.dumps({"id": f"g{i}", "label": "complaint", "text": f"Khiếu nại quyết định số {i}."}) + "\n"
            for i in range(30)
        ),
        encoding="utf-8",
    )
    with pytest.raises(TrainingError, match="no letters labelled"):
        train_model(corpus_dir=corpus, out_dir=tmp_path / "models", seed=1)


@dataclass
class FakeSettings:
    corpus_dir: Path
    models_dir: Path


def test_run_training_activates_and_skips_unchanged_data(tiny_corpus: Path, tmp_path: Path) -> None:
    settings = FakeSettings(corpus_dir=tiny_corpus, models_dir=tmp_path / "models")
    first = run_training(settings, seed=5)
    assert active_version_name(settings.models_dir) == first.name
    assert load_active(settings.models_dir).version == first.name
    assert run_training(settings, seed=5).name == first.name  # same letters, seed and code: no retraining
    second = run_training(settings, seed=6)
    assert second.name != first.name and active_version_name(settings.models_dir) == second.name
    assert [v.name for v in list_versions(settings.models_dir)] == [first.name, second.name]
    assert activate(settings.models_dir, first.name) == second.name  # rollback is one call
    assert load_active(settings.models_dir).version == first.name


def test_activation_refuses_a_broken_version(tiny_version: ModelVersion, tmp_path: Path) -> None:
    import shutil

    from service.classification import ModelFileError

    shutil.copytree(tiny_version.path, tmp_path / tiny_version.name)
    (tmp_path / tiny_version.name / MODEL_FILE).write_bytes(b"broken")
    with pytest.raises(ModelFileError):
        activate(tmp_path, tiny_version.name)
    assert active_version_name(tmp_path) is None
