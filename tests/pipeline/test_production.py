"""The production path for real: PostgreSQL, Redis broker, several workers, a lost worker, a dead broker."""

from __future__ import annotations

import signal
import time

import pytest
from sqlalchemy import create_engine, text

from tests.pipeline.pages import png_bytes, render_page, tiff_bytes
from tests.pipeline_helpers import (
    create_user,
    free_port,
    login,
    petitions,
    running,
    service_env,
    stop,
    upload,
    wait_for_status,
    wait_healthy,
)

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.redis]


def _env(tmp_path, postgres_url, redis_url, **extra):
    return service_env(tmp_path / "data", database_url=postgres_url, broker_url=redis_url, **extra)


def _status_log(postgres_url, letter_id):
    engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT from_status, to_status FROM status_changes WHERE letter_id = :id ORDER BY id"),
            {"id": letter_id},
        ).all()
    engine.dispose()
    return [tuple(row) for row in rows]


def test_two_workers_on_redis_and_postgres_analyze_every_letter_once(tmp_path, postgres_url, redis_url):
    env = _env(tmp_path, postgres_url, redis_url)
    create_user(env, "clerk", "clerk-password-1", "clerk")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = petitions("serve", "--port", str(port), "--no-worker", env=env, log=tmp_path / "serve.log")
    ocr_worker = petitions(
        "worker", "--queues", "ocr", "--concurrency", "1", env=env, log=tmp_path / "w1.log"
    )
    analysis_worker = petitions(
        "worker",
        "--queues",
        "analysis,maintenance",
        "--beat",
        "--concurrency",
        "1",
        env=env,
        log=tmp_path / "w2.log",
    )
    with running(server, ocr_worker, analysis_worker):
        wait_healthy(base)
        client = login(base, "clerk", "clerk-password-1")
        ids = [
            upload(client, f"l{n}.png", png_bytes(render_page(seed_text=f"Mã hồ sơ {n}"))) for n in range(3)
        ]
        for letter_id in ids:
            letter = wait_for_status(client, letter_id, {"analyzed", "failed"})
            assert letter["status"] == "analyzed", letter["error"]
            assert len(letter["pages"]) == 1
            assert _status_log(postgres_url, letter_id) == [
                (None, "received"),
                ("received", "processing"),
                ("processing", "analyzed"),
            ]


def test_redis_delivers_the_letter_of_a_killed_worker_again(tmp_path, postgres_url, redis_url):
    env = _env(tmp_path, postgres_url, redis_url, broker_visibility_timeout="8")
    create_user(env, "clerk", "clerk-password-1", "clerk")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = petitions("serve", "--port", str(port), "--no-worker", env=env, log=tmp_path / "serve.log")
    doomed = petitions("worker", "--concurrency", "1", env=env, log=tmp_path / "doomed.log")
    with running(server, doomed):
        wait_healthy(base)
        client = login(base, "clerk", "clerk-password-1")
        letter_id = upload(
            client, "long.tif", tiff_bytes([render_page(seed_text=f"Trang {n}") for n in range(6)])
        )
        wait_for_status(client, letter_id, {"processing"}, timeout=120)
        time.sleep(1.0)
        stop(doomed, signal.SIGKILL)
        survivor = petitions("worker", "--concurrency", "1", env=env, log=tmp_path / "survivor.log")
        with running(survivor):
            letter = wait_for_status(client, letter_id, {"analyzed", "failed"}, timeout=300)
        assert letter["status"] == "analyzed", letter["error"]
        assert len(letter["pages"]) == 6


def test_an_upload_while_the_broker_is_down_is_swept_later(tmp_path, postgres_url, redis_url):
    dead_broker = "redis://127.0.0.1:1/0"  # nothing listens there
    api_env = _env(tmp_path, postgres_url, dead_broker)
    create_user(api_env, "clerk", "clerk-password-1", "clerk")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = petitions("serve", "--port", str(port), "--no-worker", env=api_env, log=tmp_path / "serve.log")
    with running(server):
        wait_healthy(base)
        client = login(base, "clerk", "clerk-password-1")
        started = time.monotonic()
        letter_id = upload(client, "letter.png", png_bytes(render_page()))
        assert time.monotonic() - started < 15, "an upload does not hang on a dead broker"
        time.sleep(4)
        assert client.get(f"/api/v1/petitions/{letter_id}").json()["status"] == "received"
        worker = petitions(
            "worker",
            "--beat",
            "--concurrency",
            "1",
            env=_env(tmp_path, postgres_url, redis_url),
            log=tmp_path / "worker.log",
        )
        with running(worker):
            letter = wait_for_status(client, letter_id, {"analyzed", "failed"}, timeout=240)
        assert letter["status"] == "analyzed", letter["error"]
