"""Retraining against a real database: reviewed letters in, runs, promotions, rollback and the lock."""

from __future__ import annotations

import datetime as dt
from contextlib import ExitStack
from pathlib import Path

import pytest

from service.db.models import Letter
from service.learning import records
from service.learning.promotion import PromotionError, promotion_history, rollback
from service.learning.records import TrainingLock
from service.learning.registry import ModelPlaces, active_marker, active_name, catalogue
from service.learning.retrain import recent_runs, retrain, take_lock
from service.learning.reviewed import reviewed_letters
from service.pipeline.analysis_stage import reanalyze_stored_letter
from service.review.decisions import ReviewChange, apply_review
from tests.learning.loop import arrive, make_world, retrain_now
from tests.learning.new_kind import new_kind_letters

pytestmark = pytest.mark.slow


@pytest.fixture
def world(tmp_path: Path):
    with ExitStack() as stack:
        yield make_world(tmp_path, stack)


def _review(world, letter_id: int, label: str, *, confirm: bool = True, who: str = "reviewer") -> None:
    with world.install.session() as session:
        apply_review(
            session=session,
            user=world.install.user(session, who),
            letter_id=letter_id,
            change=ReviewChange(label=label, confirm=confirm),
        )
        session.commit()


def test_only_confirmed_letters_count_with_their_latest_label(world) -> None:
    texts = new_kind_letters(1, seed=8)
    confirmed, corrected, pending = (arrive(world, text).id for text, _ in texts[:3])
    _review(world, confirmed, "complaint")
    _review(world, corrected, "complaint")
    _review(world, corrected, "recommendation", confirm=False, who="reviewer2")  # corrected after confirming
    _review(world, pending, "denunciation", confirm=False)
    with world.install.session() as session:
        letters = {letter.id: letter.label for letter in reviewed_letters(session)}
    assert letters == {f"letter-{confirmed}": "complaint", f"letter-{corrected}": "recommendation"}


def test_runs_skip_unchanged_and_too_few_labels_and_never_overlap(world) -> None:
    nothing = retrain_now(world)
    assert nothing.outcome == records.SKIPPED_UNCHANGED, "no reviewed letter: nothing new to learn"
    letter = arrive(world, new_kind_letters(1, seed=8)[0][0])
    _review(world, letter.id, "complaint")
    few = retrain(world.settings, trigger="schedule", actor="schedule", min_new_labels=20)
    assert few.outcome == records.SKIPPED_FEW and "1 newly reviewed" in (few.reason or "")
    with world.install.session() as session:
        assert take_lock(session, "someone-else", stale_after=dt.timedelta(hours=1))
        session.commit()
    busy = retrain_now(world)
    assert busy.outcome == records.SKIPPED_BUSY
    with world.install.session() as session:
        lock = session.get(TrainingLock, "training")
        lock.acquired_at = lock.acquired_at - dt.timedelta(hours=7)  # its worker died long ago
        session.commit()
    trained = retrain_now(world)
    assert trained.outcome in (records.PROMOTED, records.CANDIDATE) and trained.version
    assert retrain_now(world).outcome == records.SKIPPED_UNCHANGED, "same labels as the last training"
    with world.install.session() as session:
        outcomes = [run.outcome for run in recent_runs(session)]
        assert session.get(TrainingLock, "training") is None
    assert outcomes == [
        "skipped_unchanged",
        trained.outcome,
        "skipped_busy",
        "skipped_few",
        "skipped_unchanged",
    ]


def test_promotion_rollback_and_reanalysis(world) -> None:
    places = ModelPlaces.of(world.settings)
    shipped = world.shipped_version
    first = arrive(world, new_kind_letters(1, seed=8)[1][0])  # stays unreviewed
    with world.install.session() as session, pytest.raises(PromotionError):
        rollback(session, places, actor="test")  # the shipped version has no predecessor
    for text, label in new_kind_letters(6, seed=5):
        _review(world, arrive(world, text).id, label)
    result = retrain(world.settings, trigger="cli", actor="cli", min_new_labels=1)
    assert result.outcome == records.PROMOTED, result.reason
    assert active_name(places) == result.version and active_marker(places) == f"runtime:{result.version}"
    assert not (world.settings.models_dir / result.version).exists(), (
        "the repository's models/ is not written"
    )
    assert {entry.origin for entry in catalogue(places)} == {"runtime", "shipped"}

    with world.install.session() as session:
        outcome = reanalyze_stored_letter(session, first.id, settings=world.settings, actor="worker")
        session.commit()
        assert outcome == "reanalyzed"
        assert session.get(Letter, first.id).model_version == result.version
        again = reanalyze_stored_letter(session, first.id, settings=world.settings, actor="worker")
        assert again == "skipped", "already analysed by the active model"

    with world.install.session() as session:
        back = rollback(session, places, actor="user:1", reason="test")
        session.commit()
        assert (back.from_version, back.to_version) == (result.version, shipped)
        history = [(p.kind, p.automatic, p.to_version) for p in promotion_history(session)]
    assert history == [("rollback", False, shipped), ("promote", True, result.version)]
    assert active_name(places) == shipped
    # A worker notices the rollback before its next letter.
    assert arrive(world, new_kind_letters(1, seed=9)[0][0]).model_version == shipped
