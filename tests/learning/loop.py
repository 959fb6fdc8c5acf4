"""The learning loop, step by step, as the loop test and `bench/learning_loop.py` both run it.

A shipped model trained on the tiny corpus meets letters of a new kind (tests/learning/new_kind.py);
the worker's analysis stage labels them, reviewers correct them through the HTTP API, retraining learns
from the corrections and the gate decides. Everything is real but the OCR (letters arrive as text).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from service.api.app import create_app
from service.classification import Classifier
from service.config import Settings
from service.db.models import Letter, LetterStatus
from service.learning.evaluate import LabelReport, evaluate_labels, predict_texts
from service.learning.registry import ModelPlaces, load_active_classifier
from service.learning.retrain import RunResult, retrain
from service.learning.train import train_model
from service.learning.versions import activate
from service.pipeline.analysis_stage import analyze_stored_letter
from tests.conftest import make_settings
from tests.learning.new_kind import new_kind_letters
from tests.learning.tiny_corpus import compose_letter, write_tiny_corpus
from tests.review.fixtures import Installation, make_installation
from tests.review.letters import insert_letter
from tests.web.client import bearer

SHIPPED_SEED = 11
CORPUS_PER_LABEL = 24
REVIEWED_PER_LABEL = 15  # 60 letters of the new kind reviewed
HELD_OUT_PER_LABEL = 10  # 40 more, never uploaded: the yardstick of the new kind
# Deliberately wrong labels: every label turned into another one.
WRONG = {
    "complaint": "denunciation",
    "denunciation": "recommendation",
    "recommendation": "complaint",
    "other": "complaint",
}


@dataclass
class LoopWorld:
    settings: Settings
    install: Installation
    client: TestClient
    reviewer: dict[str, str]
    shipped_version: str
    held_out: list[tuple[str, str]] = field(default_factory=list)


def make_world(root: Path, client_stack: Any) -> LoopWorld:
    """A shipped model trained on the tiny corpus, an installation using it, a reviewer's API client."""
    corpus, shipped = root / "corpus", root / "shipped-models"
    write_tiny_corpus(corpus, per_label=CORPUS_PER_LABEL)
    version = train_model(corpus_dir=corpus, out_dir=shipped, seed=SHIPPED_SEED)
    activate(shipped, version.name)
    settings = make_settings(root / "data", corpus_dir=corpus, models_dir=shipped)
    settings.ensure_dirs()
    install = make_installation(settings)
    client = client_stack.enter_context(TestClient(create_app(settings)))
    return LoopWorld(
        settings=settings,
        install=install,
        client=client,
        reviewer=bearer(client, "reviewer"),
        shipped_version=version.name,
        held_out=new_kind_letters(HELD_OUT_PER_LABEL, seed=99),
    )


def arrive(world: LoopWorld, text: str) -> Letter:
    """A letter read and handed to the analysis stage, as the `analysis` task does."""
    with world.install.session() as session:
        letter_id = insert_letter(session, text=text, analysis=None, status=LetterStatus.processing).id
        session.commit()
        outcome = analyze_stored_letter(session, letter_id, settings=world.settings, actor="worker")
        session.commit()
        assert outcome == "analyzed"
        letter = session.get(Letter, letter_id)
        assert letter is not None
        return letter


def review(world: LoopWorld, letters: list[tuple[str, str]]) -> list[int]:
    """Each letter arrives, is analysed, and a reviewer sets its label and confirms it over HTTP."""
    ids = []
    for text, label in letters:
        letter = arrive(world, text)
        response = world.client.post(
            f"/api/v1/petitions/{letter.id}/review",
            json={"label": label, "confirm": True},
            headers=world.reviewer,
        )
        assert response.status_code == 200, response.text
        assert response.json()["status"] == "reviewed"
        ids.append(letter.id)
    return ids


def on_new_kind(world: LoopWorld, classifier: Classifier) -> LabelReport:
    texts = [text for text, _ in world.held_out]
    return evaluate_labels([label for _, label in world.held_out], predict_texts(texts, classifier))


def active(world: LoopWorld) -> Classifier:
    return load_active_classifier(ModelPlaces.of(world.settings))


def retrain_now(world: LoopWorld) -> RunResult:
    return retrain(world.settings, trigger="admin", actor="test", min_new_labels=1)


def wrongly_labelled_letters(count_per_label: int, *, seed: int) -> list[tuple[str, str]]:
    """Ordinary letters of the corpus' kind, each given a wrong label."""
    rng = random.Random(seed)
    letters = []
    for _ in range(count_per_label):
        for label in WRONG:
            letters.append((compose_letter(rng, label)[0], WRONG[label]))
    return letters


def run_loop(world: LoopWorld) -> dict[str, Any]:
    """The whole loop; returns the figures the README reports."""
    shipped = active(world)
    before = on_new_kind(world, shipped)
    review(world, new_kind_letters(REVIEWED_PER_LABEL, seed=5))
    learnt = retrain_now(world)
    promoted = active(world)
    after = on_new_kind(world, promoted)
    card = promoted.card
    next_letter = arrive(world, new_kind_letters(1, seed=1234)[1][0])

    review(world, wrongly_labelled_letters(15, seed=3))
    refused = retrain_now(world)
    return {
        "shipped_version": world.shipped_version,
        "learnt": learnt,
        "promoted_version": promoted.version,
        "next_letter_model": next_letter.model_version,
        "new_kind_before": before,
        "new_kind_after": after,
        "holdout_reviewed": {
            "before": card["baseline"]["metrics"]["holdout_reviewed"]["macro_f1"],
            "after": card["metrics"]["holdout_reviewed"]["macro_f1"],
            "letters": card["metrics"]["holdout_reviewed"]["n"],
        },
        "holdout_corpus": {
            "before": card["baseline"]["metrics"]["holdout_corpus"]["macro_f1"],
            "after": card["metrics"]["holdout_corpus"]["macro_f1"],
        },
        "refused": refused,
        "active_after_refusal": active(world).version,
    }
