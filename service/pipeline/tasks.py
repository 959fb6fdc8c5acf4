"""Thin Celery tasks around the pipeline's stages."""

from __future__ import annotations

import logging

from celery import Task
from sqlalchemy.exc import OperationalError

from service.config import get_settings
from service.db.models import Letter, LetterStatus
from service.db.session import session_scope
from service.intake.originals import OriginalStore
from service.intake.status import fail_letter
from service.pipeline import dispatch, reading_stage, sweep
from service.pipeline.celery_app import app

log = logging.getLogger(__name__)
TRANSIENT = (OperationalError, ConnectionError, TimeoutError)
WORKER = "worker"
# A letter's stage is retried with backoff while the database or the broker is briefly unreachable.
RETRY_TRANSIENT = {
    "bind": True,
    "autoretry_for": TRANSIENT,
    "retry_backoff": 2,
    "retry_backoff_max": 300,
    "max_retries": get_settings().task_max_retries,
}


@app.task(
    name="petitions.read_letter",
    **RETRY_TRANSIENT,
)
def read_letter(self: Task, letter_id: int) -> str:
    settings = get_settings()
    store = OriginalStore(settings.originals_dir)
    with session_scope(settings.effective_database_url) as session:
        if reading_stage.start_reading(session, letter_id, actor=WORKER) is None:
            return "skipped"
    # `processing` is committed before the long OCR, so the sweep can tell a letter that got stuck.
    with session_scope(settings.effective_database_url) as session:
        letter = reading_stage.letter_in_processing(session, letter_id)
        if letter is None:
            return "skipped"
        outcome = reading_stage.read_letter_pages(
            session, letter, store=store, settings=settings, actor=WORKER
        )
    if outcome is reading_stage.Next.ANALYZE:
        dispatch.analyze(settings, letter_id)
    return outcome.value


@app.task(
    name="petitions.analyze_letter",
    **RETRY_TRANSIENT,
)
def analyze_letter(self: Task, letter_id: int) -> str:
    # Imported here so a worker that only reads (the `ocr` queue) never loads the model.
    from service.pipeline import analysis_stage

    settings = get_settings()
    try:
        with session_scope(settings.effective_database_url) as session:
            return analysis_stage.analyze_stored_letter(session, letter_id, settings=settings, actor=WORKER)
    except TRANSIENT:
        raise
    except Exception as error:
        _fail_on_bug(settings.effective_database_url, letter_id, error)
        raise


def _fail_on_bug(database_url: str, letter_id: int, error: Exception) -> None:
    """A bug must not leave a letter in `processing` for ever: fail it with a reason; retry is one click."""
    log.exception("letter %s: unexpected error", letter_id)
    with session_scope(database_url) as session:
        letter = session.get(Letter, letter_id)
        if letter is not None and letter.status == LetterStatus.processing:
            fail_letter(
                session,
                letter,
                code="internal_error",
                message_vi=f"Lỗi nội bộ khi xử lý đơn ({type(error).__name__}); "
                "hãy thử lại hoặc báo quản trị viên.",
                message_en=f"Internal error while processing the letter ({type(error).__name__}); "
                "retry it or tell the administrator.",
                actor=WORKER,
            )


@app.task(name="petitions.sweep_stuck_letters")
def sweep_stuck_letters() -> int:
    settings = get_settings()
    with session_scope(settings.effective_database_url) as session:
        stuck = sweep.find_stuck_letters(session, settings=settings)
    for letter_id, stage in stuck:
        log.info("sweep: re-dispatching letter %s to %s", letter_id, stage)
        dispatch.by_stage(settings, letter_id, stage)
    return len(stuck)


@app.task(
    name="petitions.reanalyze_letter",
    **RETRY_TRANSIENT,
)
def reanalyze_letter(self: Task, letter_id: int) -> str:
    from service.pipeline import analysis_stage

    settings = get_settings()
    with session_scope(settings.effective_database_url) as session:
        return analysis_stage.reanalyze_stored_letter(session, letter_id, settings=settings, actor=WORKER)


@app.task(name="petitions.retrain_model")
def retrain_model(trigger: str = "schedule", actor: str = "schedule", force: bool = False) -> str:
    """Retrain when enough reviewed labels changed; the schedule needs the configured minimum of new
    labels, a person starting it needs one."""
    from service.learning.retrain import retrain

    settings = get_settings()
    minimum = settings.retrain_min_new_labels if trigger == "schedule" else 1
    result = retrain(settings, trigger=trigger, actor=actor, min_new_labels=minimum, force=force)
    return f"{result.outcome} {result.version or ''}".strip()
