"""Sending work to the queues. Called only after the letter's row is committed."""

from __future__ import annotations

import logging

from celery import Celery

from service.config import Settings

log = logging.getLogger(__name__)

READ = "read"
ANALYZE = "analyze"


_producers: dict[str, Celery] = {}


def _producer(settings: Settings) -> Celery:
    """One Celery app per broker, reused: it keeps the connection pool."""
    from service.pipeline.celery_app import make_celery

    url = settings.effective_broker_url
    if url not in _producers:
        _producers[url] = make_celery(settings)
    return _producers[url]


def _send(settings: Settings, task_name: str, letter_id: int) -> bool:
    try:
        _producer(settings).send_task(task_name, args=[letter_id])
    except Exception as error:  # noqa: BLE001 - any broker failure: the sweep will re-dispatch the letter
        log.warning(
            "could not enqueue %s for letter %s (%s); the sweep will retry", task_name, letter_id, error
        )
        return False
    return True


def reanalyze(settings: Settings, letter_id: int) -> bool:
    """Analyse an analysed, unreviewed letter again with the active model (no status change)."""
    return _send(settings, "petitions.reanalyze_letter", letter_id)


def retrain(settings: Settings, *, trigger: str, actor: str, force: bool = False) -> bool:
    try:
        _producer(settings).send_task(
            "petitions.retrain_model", kwargs={"trigger": trigger, "actor": actor, "force": force}
        )
    except Exception as error:  # noqa: BLE001 - the caller tells the admin it was not queued
        log.warning("could not enqueue a retraining (%s)", error)
        return False
    return True


def read(settings: Settings, letter_id: int) -> bool:
    return _send(settings, "petitions.read_letter", letter_id)


def analyze(settings: Settings, letter_id: int) -> bool:
    return _send(settings, "petitions.analyze_letter", letter_id)


def by_stage(settings: Settings, letter_id: int, stage: str) -> bool:
    return analyze(settings, letter_id) if stage == ANALYZE else read(settings, letter_id)
