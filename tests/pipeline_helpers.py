"""Running the real service and workers as processes, the way an operator would."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def service_env(data_dir: Path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PETITIONS_")}
    env.update(
        PETITIONS_DATA_DIR=str(data_dir),
        PETITIONS_SECRET_KEY="pipeline-test-secret-key-0123456789abcdef",
        PETITIONS_SWEEP_INTERVAL_SECONDS="2",
        PETITIONS_STUCK_RECEIVED_SECONDS="3",
        PETITIONS_STUCK_PROCESSING_SECONDS="10",
        PYTHONUNBUFFERED="1",
    )
    env.update({f"PETITIONS_{key.upper()}": value for key, value in settings.items()})
    return env


def petitions(*args: str, env: dict[str, str], log: Path | None = None, **kwargs) -> subprocess.Popen:
    out = log.open("ab") if log else subprocess.DEVNULL
    return subprocess.Popen(
        [sys.executable, "-m", "service.cli", *args],
        env=env,
        cwd=REPO,
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        **kwargs,
    )


def create_user(env: dict[str, str], name: str, password: str, role: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "service.cli", "users", "create", name, "--role", role],
        input=password + "\n",
        text=True,
        env=env,
        cwd=REPO,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def stop(process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@contextmanager
def running(*processes: subprocess.Popen) -> Iterator[None]:
    try:
        yield
    finally:
        for process in processes:
            stop(process)


def wait_healthy(base_url: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base_url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{base_url} did not become healthy")


def login(base_url: str, name: str, password: str) -> httpx.Client:
    client = httpx.Client(base_url=base_url, timeout=30)
    token = client.post("/api/v1/auth/token", data={"username": name, "password": password})
    token.raise_for_status()
    client.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
    return client


def upload(client: httpx.Client, name: str, data: bytes) -> int:
    response = client.post("/api/v1/petitions", files={"file": (name, data)})
    assert response.status_code == 202, response.text
    return int(response.json()["id"])


def wait_for_status(client: httpx.Client, letter_id: int, statuses: set[str], timeout: float = 240) -> dict:
    deadline = time.monotonic() + timeout
    body: dict = {}
    while time.monotonic() < deadline:
        body = client.get(f"/api/v1/petitions/{letter_id}").json()
        if body["status"] in statuses:
            return body
        time.sleep(0.5)
    raise TimeoutError(f"letter {letter_id} stayed {body.get('status')}: {body.get('error')}")
