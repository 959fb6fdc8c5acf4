"""The learning loop through real processes: uploads, reviews over HTTP, retraining on the maintenance
queue, promotion, and workers that use the promoted version for their next letter without a restart."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import httpx
import pytest

from service.learning.train import train_model
from service.learning.versions import activate
from tests.learning.new_kind import new_kind_letters
from tests.learning.tiny_corpus import write_tiny_corpus
from tests.pipeline_helpers import (
    create_user,
    free_port,
    login,
    petitions,
    running,
    service_env,
    upload,
    wait_for_status,
    wait_healthy,
)
from tests.reading.support import text_pdf

pytestmark = pytest.mark.slow
PASSWORD = "a-long-password-1"


def _shipped(root: Path) -> dict[str, str]:
    corpus, models = root / "corpus", root / "shipped"
    write_tiny_corpus(corpus, per_label=24)
    activate(models, train_model(corpus_dir=corpus, out_dir=models, seed=11).name)
    return {"corpus_dir": str(corpus), "models_dir": str(models), "retrain_interval_seconds": "3600"}


def _pdf(text: str, n: int) -> bytes:
    lines = [part for line in text.splitlines() for part in textwrap.wrap(line, 80)]
    return text_pdf([*lines, f"Mã hồ sơ {n}"])


def _accounts(env: dict[str, str]) -> None:
    for name, role in (("clerk", "clerk"), ("reviewer", "reviewer"), ("admin", "admin")):
        create_user(env, name, PASSWORD, role)


def _upload_all(client: httpx.Client, letters: list[tuple[str, str]], start: int) -> list[int]:
    return [upload(client, f"l{start + n}.pdf", _pdf(text, start + n)) for n, (text, _) in enumerate(letters)]


def _wait_for_run(admin: httpx.Client, previous_runs: int, timeout: float = 300) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        runs = admin.get("/api/v1/models").json()["runs"]
        if len(runs) > previous_runs and runs[0]["outcome"] != "running":
            return runs[0]
        time.sleep(1)
    raise TimeoutError("the retraining did not finish")


def learn_and_promote(base: str) -> tuple[str, str, httpx.Client]:
    """Upload letters of a new kind, review them, retrain from the admin API; returns (shipped, promoted)."""
    clerk, reviewer, admin = (login(base, name, PASSWORD) for name in ("clerk", "reviewer", "admin"))
    shipped = admin.get("/api/v1/models").json()["active"]
    letters = new_kind_letters(10, seed=5)
    ids = _upload_all(clerk, letters, 0)
    for letter_id, (_, label) in zip(ids, letters, strict=True):
        body = wait_for_status(clerk, letter_id, {"analyzed", "failed"})
        assert body["status"] == "analyzed", body["error"]
        assert body["model_version"] == shipped
        decided = reviewer.post(
            f"/api/v1/petitions/{letter_id}/review", json={"label": label, "confirm": True}
        )
        assert decided.status_code == 200, decided.text
    assert admin.post("/api/v1/models/retrain", json={}).status_code == 202
    run = _wait_for_run(admin, 0)
    assert run["outcome"] == "promoted", run
    assert run["trigger"] == "admin" and run["reviewed_letters"] == len(letters)
    models = admin.get("/api/v1/models").json()
    assert models["active"] == run["version"] != shipped
    assert models["promotions"][0]["automatic"] is True
    return shipped, run["version"], clerk


def test_the_loop_on_the_embedded_default(tmp_path):
    env = service_env(tmp_path / "data", **_shipped(tmp_path))
    _accounts(env)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = petitions("serve", "--port", str(port), env=env, log=tmp_path / "serve.log")
    with running(server):
        wait_healthy(base)
        _, promoted, clerk = learn_and_promote(base)
        (letter_id,) = _upload_all(clerk, new_kind_letters(1, seed=77)[:1], 100)
        body = wait_for_status(clerk, letter_id, {"analyzed", "failed"})
        assert body["model_version"] == promoted, "the embedded worker uses the promoted version at once"


@pytest.mark.postgres
@pytest.mark.redis
def test_the_loop_in_production_with_a_maintenance_worker_and_two_analysis_workers(
    tmp_path, postgres_url, redis_url
):
    env = service_env(
        tmp_path / "data", database_url=postgres_url, broker_url=redis_url, **_shipped(tmp_path)
    )
    _accounts(env)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    logs = {name: tmp_path / f"{name}.log" for name in ("a1", "a2")}
    server = petitions("serve", "--port", str(port), "--no-worker", env=env, log=tmp_path / "serve.log")
    ocr = petitions("worker", "--queues", "ocr", "--concurrency", "1", env=env, log=tmp_path / "ocr.log")
    analysers = [
        petitions("worker", "--queues", "analysis", "--concurrency", "1", env=env, log=logs[name])
        for name in ("a1", "a2")
    ]
    maintenance = petitions(
        "worker", "--queues", "maintenance", "--beat", "--concurrency", "1", env=env, log=tmp_path / "m.log"
    )
    with running(server, ocr, *analysers, maintenance):
        wait_healthy(base)
        _, promoted, clerk = learn_and_promote(base)
        assert "petitions.retrain_model" in (tmp_path / "m.log").read_text(errors="replace")
        offsets = {name: logs[name].stat().st_size for name in logs}
        ids = _upload_all(clerk, new_kind_letters(2, seed=77), 200)
        for letter_id in ids:
            body = wait_for_status(clerk, letter_id, {"analyzed", "failed"})
            assert body["model_version"] == promoted, "every worker uses the promoted version, no restart"
        busy = [name for name in logs if "petitions.analyze_letter" in _tail(logs[name], offsets[name])]
        assert sorted(busy) == ["a1", "a2"], "both analysis workers took letters after the promotion"


def _tail(path: Path, offset: int) -> str:
    with path.open("rb") as handle:
        handle.seek(offset)
        return handle.read().decode(errors="replace")
