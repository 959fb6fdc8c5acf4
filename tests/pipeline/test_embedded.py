"""The embedded default for real: `petitions serve` with its SQLite database, SQLite broker and worker."""

from __future__ import annotations

import os
import signal
import time

import pytest

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

pytestmark = pytest.mark.slow


def test_serve_reads_and_analyzes_an_upload_and_fails_bad_input_with_a_reason(tmp_path):
    env = service_env(tmp_path / "data")
    create_user(env, "clerk", "clerk-password-1", "clerk")
    port = free_port()
    server = petitions("serve", "--port", str(port), env=env, log=tmp_path / "serve.log")
    base = f"http://127.0.0.1:{port}"
    with running(server):
        wait_healthy(base)
        client = login(base, "clerk", "clerk-password-1")
        letter_id = upload(client, "letter.png", png_bytes(render_page()))
        letter = wait_for_status(client, letter_id, {"analyzed", "failed"})
        assert letter["status"] == "analyzed", letter["error"]
        assert "Tân Phước" in letter["text"] and "sụt lún" in letter["text"]
        assert letter["pages"][0]["source"] == "ocr"
        assert letter["analysis"]["label"] in {"complaint", "denunciation", "recommendation", "other"}
        image = client.get(letter["pages"][0]["image_url"])
        assert image.status_code == 200 and image.content[:3] == b"\xff\xd8\xff"

        bad_id = upload(client, "letter.pdf", os.urandom(4096))
        bad = wait_for_status(client, bad_id, {"analyzed", "failed"})
        assert bad["status"] == "failed"
        assert bad["error"]["code"] == "unsupported_type"
        assert bad["error"]["message_vi"] and bad["error"]["message_en"]
        assert client.get(f"/api/v1/petitions/{bad_id}/original").content  # the original is kept
        assert client.get("/healthz").status_code == 200


def test_a_letter_whose_worker_was_killed_is_swept_and_finished(tmp_path):
    env = service_env(tmp_path / "data")
    create_user(env, "clerk", "clerk-password-1", "clerk")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = petitions("serve", "--port", str(port), "--no-worker", env=env, log=tmp_path / "serve.log")
    first_worker = petitions("worker", "--concurrency", "1", env=env, log=tmp_path / "worker1.log")
    with running(server, first_worker):
        wait_healthy(base)
        client = login(base, "clerk", "clerk-password-1")
        pages = [render_page(seed_text=f"Trang số {n}") for n in range(1, 7)]
        letter_id = upload(client, "letter.tif", tiff_bytes(pages))
        wait_for_status(client, letter_id, {"processing"}, timeout=120)
        time.sleep(1.0)
        stop(first_worker, signal.SIGKILL)  # the whole worker, mid-page, acknowledging nothing
        assert client.get(f"/api/v1/petitions/{letter_id}").json()["status"] == "processing"
        second_worker = petitions(
            "worker", "--beat", "--concurrency", "1", env=env, log=tmp_path / "worker2.log"
        )
        with running(second_worker):
            letter = wait_for_status(client, letter_id, {"analyzed", "failed"}, timeout=300)
        assert letter["status"] == "analyzed", letter["error"]
        assert [page["number"] for page in letter["pages"]] == [1, 2, 3, 4, 5, 6]
