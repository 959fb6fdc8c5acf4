"""The Celery application: queues, reliability options, the periodic sweep and retraining.

Tasks carry a letter id, never bytes. They are idempotent, so `acks_late` with `reject_on_worker_lost` is
safe: a worker killed mid-page leaves the message to be delivered again (Redis) or the letter to be found by
the sweep (the embedded SQLite broker, whose transport never redelivers a message of a dead worker).
"""

from __future__ import annotations

from celery import Celery
from kombu import Queue

from service.config import Settings, get_settings

OCR_QUEUE = "ocr"
ANALYSIS_QUEUE = "analysis"
MAINTENANCE_QUEUE = "maintenance"
QUEUES = (OCR_QUEUE, ANALYSIS_QUEUE, MAINTENANCE_QUEUE)


def make_celery(settings: Settings) -> Celery:
    app = Celery("petitions", broker=settings.effective_broker_url, include=["service.pipeline.tasks"])
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_ignore_result=True,
        result_backend=None,
        worker_prefetch_multiplier=1,
        task_queues=[Queue(name) for name in QUEUES],
        task_default_queue=ANALYSIS_QUEUE,
        task_routes={
            "petitions.read_letter": {"queue": OCR_QUEUE},
            "petitions.analyze_letter": {"queue": ANALYSIS_QUEUE},
            "petitions.reanalyze_letter": {"queue": ANALYSIS_QUEUE},
            "petitions.sweep_stuck_letters": {"queue": MAINTENANCE_QUEUE},
            # Minutes of CPU: on the maintenance queue, never in the way of letters being analysed.
            "petitions.retrain_model": {"queue": MAINTENANCE_QUEUE},
        },
        broker_connection_retry_on_startup=True,
        # A short connection timeout keeps an upload fast when the broker is down; the sweep catches up.
        broker_connection_timeout=2,
        broker_connection_max_retries=1,
        broker_transport_options={"visibility_timeout": settings.broker_visibility_timeout, "max_retries": 1},
        # Keep one worker process under about 1 GB resident.
        worker_max_memory_per_child=900_000,
        worker_hijack_root_logger=False,
        beat_schedule={
            "sweep-stuck-letters": {
                "task": "petitions.sweep_stuck_letters",
                "schedule": float(settings.sweep_interval_seconds),
            },
            "retrain-model": {
                "task": "petitions.retrain_model",
                "schedule": float(settings.retrain_interval_seconds),
                "kwargs": {"trigger": "schedule", "actor": "schedule"},
            },
        },
        timezone="UTC",
    )
    if settings.embedded_broker:
        # kombu's SQLAlchemy transport hands its options to create_engine(): give it none.
        app.conf.broker_transport_options = {}
    return app


app = make_celery(get_settings())
