"""`petitions`: the one command-line entry point, with subgroups (MISSION.md lists the contracts)."""

from __future__ import annotations

import getpass
import json
import os
import signal
import subprocess
import sys
import threading
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated

import typer

from service.config import get_settings

app = typer.Typer(
    help="Petition service: read, label and flag citizens' letters for review.", no_args_is_help=True
)
users_app = typer.Typer(help="Manage accounts (there is no default account).", no_args_is_help=True)
app.add_typer(users_app, name="users")


def _prepare() -> None:
    from service.db import migrate

    settings = get_settings()
    settings.ensure_dirs()
    migrate(settings.effective_database_url)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8000,
    worker: Annotated[bool, typer.Option(help="Also run an embedded Celery worker (with the sweep)")] = True,
    concurrency: Annotated[int, typer.Option(help="Processes of the embedded worker")] = 2,
) -> None:
    """Serve the API and web UI, with an embedded worker on the same machine."""
    import uvicorn

    from service.api.app import create_app

    _prepare()
    supervisor = EmbeddedWorker(concurrency) if worker else None
    if supervisor is not None:
        supervisor.start()
    try:
        uvicorn.run(create_app(get_settings()), host=host, port=port, log_level="info")
    finally:
        if supervisor is not None:
            supervisor.stop()


class EmbeddedWorker:
    """The worker that `serve` runs beside the web app, restarted if it dies."""

    def __init__(self, concurrency: int) -> None:
        self.command = [
            sys.executable,
            "-m",
            "service.cli",
            "worker",
            "--beat",
            "--concurrency",
            str(concurrency),
        ]
        self.process: subprocess.Popen[bytes] | None = None
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._supervise, name="embedded-worker", daemon=True)

    def start(self) -> None:
        self.process = subprocess.Popen(self.command)
        self.thread.start()

    def _supervise(self) -> None:
        while not self.stopping.wait(2.0):
            if self.process is not None and self.process.poll() is not None:
                typer.echo(f"Embedded worker exited with {self.process.returncode}; restarting it.", err=True)
                self.process = subprocess.Popen(self.command)

    def stop(self) -> None:
        self.stopping.set()
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


@app.command()
def worker(
    concurrency: Annotated[int, typer.Option(help="Worker processes")] = os.cpu_count() or 2,
    queues: Annotated[str, typer.Option(help="Queues to consume")] = "ocr,analysis,maintenance",
    beat: Annotated[bool, typer.Option(help="Also run the periodic sweep; on exactly one worker")] = False,
    loglevel: Annotated[str, typer.Option()] = "INFO",
) -> None:
    """Run a Celery worker (any number of them, on any machine, in production)."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    _prepare()
    from service.pipeline.celery_app import app as celery_app

    settings = get_settings()
    argv = ["worker", "-Q", queues, "--concurrency", str(concurrency), "--loglevel", loglevel]
    if beat:
        argv += ["--beat", "--schedule", str(settings.data_dir / "celerybeat-schedule")]
    celery_app.worker_main(argv)


@app.command()
def ocr(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    as_json: Annotated[
        bool, typer.Option("--json", help="Per-page text, confidence, source and rotation")
    ] = False,
) -> None:
    """Print the text of a scan or PDF."""
    from service.reading import read_document
    from service.reading.types import ReadError

    settings = get_settings()
    try:
        pages = read_document(file.read_bytes(), limits=settings.limits, options=settings.ocr)
    except ReadError as error:
        typer.echo(f"{error.code}: {error.message_en} / {error.message_vi}", err=True)
        raise typer.Exit(2) from None
    if as_json:
        body = {
            "file": str(file),
            "pages": [
                {
                    "number": page.number,
                    "source": page.source,
                    "rotation": page.rotation,
                    "skew": round(page.skew, 2),
                    "confidence": round(page.mean_confidence, 2),
                    "text": page.text,
                }
                for page in pages
            ],
        }
        typer.echo(json.dumps(body, ensure_ascii=False, indent=2))
    else:
        typer.echo("\n\n".join(page.text for page in pages))


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(exists=True, help="Files and folders to submit")],
    url: Annotated[
        str, typer.Option(envvar="PETITIONS_URL", help="The service's address")
    ] = "http://127.0.0.1:8000",
    user: Annotated[str, typer.Option(envvar="PETITIONS_USER", help="Account name")] = "",
    password_env: Annotated[
        str, typer.Option(help="Environment variable holding the password; asked for when unset")
    ] = "PETITIONS_PASSWORD",
) -> None:
    """Submit files or folders to a running service, with a progress bar and a summary."""
    from service.ingest import collect_files, submit_files

    files = collect_files(paths)
    if not files:
        typer.echo("No files to submit.", err=True)
        raise typer.Exit(1)
    name = user or typer.prompt("User")
    password = os.environ.get(password_env) or getpass.getpass("Password: ")
    summary = submit_files(files, url=url, user=name, password=password)
    typer.echo(summary.to_text())
    raise typer.Exit(0 if not summary.errors else 1)


@app.command()
def analyze(
    jsonl: Annotated[str, typer.Option("--jsonl", help='Lines {"id", "text"}; \'-\' for stdin')],
    out: Annotated[Path | None, typer.Option("--out", help="Where to write; stdout when omitted")] = None,
) -> None:
    """Analyse letters without a database or a service: one JSON line out per line in, in order."""
    from service.analysis import analyze_records
    from service.classification import load_active
    from service.flags import DuplicateIndex

    classifier = load_active(get_settings().models_dir)
    with ExitStack() as stack:
        source = sys.stdin if jsonl == "-" else stack.enter_context(Path(jsonl).open(encoding="utf-8"))
        sink = stack.enter_context(out.open("w", encoding="utf-8")) if out else sys.stdout
        for line in analyze_records(_records(source), classifier=classifier, index=DuplicateIndex()):
            sink.write(json.dumps(line, ensure_ascii=False) + "\n")


def _records(lines):  # type: ignore[no-untyped-def]
    """Input records; a line that is not a JSON object still gets its place, with an empty text."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            record = None
        if not isinstance(record, dict):
            typer.echo(f"line {number}: not a JSON object; analysed as an empty letter", err=True)
            record = {"id": None, "text": ""}
        yield record


@app.command()
def train(
    seed: Annotated[int | None, typer.Option(help="Random seed (default: the shipped model's)")] = None,
    force: Annotated[bool, typer.Option(help="Train even if the corpus did not change")] = False,
) -> None:
    """Train a model version on the corpus and make it the active one."""
    from service.learning.train import DEFAULT_SEED, run_training

    version = run_training(get_settings(), seed=DEFAULT_SEED if seed is None else seed, force=force)
    typer.echo(f"Active model: {version.name}")
    typer.echo(json.dumps(version.card.get("metrics", {}), ensure_ascii=False, indent=2)[:4000])


@app.command()
def evaluate(
    jsonl: Annotated[Path, typer.Option("--jsonl", exists=True, dir_okay=False, help="A labelled file")],
) -> None:
    """Print label, overreaching and duplicate figures on a labelled file (format of data/SPEC.md)."""
    from service.classification import load_active
    from service.evaluation import evaluate_records

    report = evaluate_records(jsonl, classifier=load_active(get_settings().models_dir))
    typer.echo(report.to_text())


@users_app.command("create")
def users_create(
    name: Annotated[str, typer.Argument(help="Log-in name")],
    role: Annotated[str, typer.Option(help="clerk | reviewer | admin")],
) -> None:
    """Create an account; the password is read from stdin."""
    from service.accounts import AccountError, create_user
    from service.db.session import session_scope

    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            typer.echo("The passwords differ.", err=True)
            raise typer.Exit(1)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    _prepare()
    try:
        with session_scope(get_settings().effective_database_url) as session:
            created = create_user(session=session, name=name, password=password, role=role)
            typer.echo(f"Created {created.role} {created.name!r} (id {created.id}).")
    except AccountError as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(1) from None


if __name__ == "__main__":
    app()
