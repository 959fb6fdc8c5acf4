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
models_app = typer.Typer(help="Model versions: list, show, promote, roll back.", no_args_is_help=True)
app.add_typer(models_app, name="models")


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
    from service.flags import DuplicateIndex
    from service.learning.registry import ModelPlaces, load_active_classifier

    classifier = load_active_classifier(ModelPlaces.of(get_settings()))
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
    force: Annotated[bool, typer.Option(help="Train even if the reviewed labels did not change")] = False,
    promote: Annotated[
        bool,
        typer.Option(help="Promote the new version when the gate passes; --no-promote keeps a candidate"),
    ] = True,
    shipped: Annotated[
        bool,
        typer.Option(help="Developers: train the shipped model into the repository's models/ (corpus only)"),
    ] = False,
) -> None:
    """Train on the corpus plus every reviewed letter; the gate decides whether the version is promoted."""
    from service.learning.train import DEFAULT_SEED, run_training

    settings = get_settings()
    chosen_seed = DEFAULT_SEED if seed is None else seed
    if shipped:
        version = run_training(settings, seed=chosen_seed, force=force)
        typer.echo(f"Shipped active model: {version.name}")
        typer.echo(json.dumps(version.card.get("metrics", {}), ensure_ascii=False, indent=2)[:4000])
        return
    from service.learning.retrain import retrain

    _prepare()
    result = retrain(
        settings,
        trigger="cli",
        actor="cli",
        min_new_labels=1,
        promote_when_gate_passes=promote,
        force=force,
        seed=chosen_seed,
    )
    typer.echo(f"Outcome: {result.outcome}")
    if result.version:
        typer.echo(f"Version: {result.version}")
    if result.reason:
        typer.echo(f"Reason: {result.reason}")
    if result.outcome == "failed":
        raise typer.Exit(1)


@app.command()
def evaluate(
    jsonl: Annotated[Path, typer.Option("--jsonl", exists=True, dir_okay=False, help="A labelled file")],
) -> None:
    """Print label, overreaching and duplicate figures on a labelled file (format of data/SPEC.md)."""
    from service.evaluation import evaluate_records
    from service.learning.registry import ModelPlaces, load_active_classifier

    report = evaluate_records(jsonl, classifier=load_active_classifier(ModelPlaces.of(get_settings())))
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


def _cli_actor() -> str:
    return f"cli:{getpass.getuser()}"


@models_app.command("list")
def models_list() -> None:
    """Every version, shipped and trained here, oldest first; * marks the active one."""
    from service.learning.registry import ModelPlaces, catalogue
    from service.learning.summary import version_summary

    entries = catalogue(ModelPlaces.of(get_settings()))
    typer.echo(f"  {'version':<28}{'origin':<9}{'trained (UTC)':<21}{'holdout F1':>11}{'reviewed':>9}  gate")
    for entry in entries:
        row = version_summary(entry.version.card)
        typer.echo(
            f"{'*' if entry.active else ' '} {entry.version.name:<28}{entry.origin:<9}{row.trained_at:<21}"
            f"{row.holdout_f1:>11}{row.reviewed:>9}  {row.gate}"
        )


@models_app.command("show")
def models_show(
    name: Annotated[str, typer.Argument(help="A version name (see `petitions models list`)")],
) -> None:
    """The version's model card: data, code version, metrics, confusion matrices, the gate's decision."""
    from service.classification.model_file import CARD_TEXT_FILE
    from service.learning.registry import ModelPlaces, find_version

    try:
        version, origin = find_version(ModelPlaces.of(get_settings()), name)
    except (LookupError, ValueError) as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"({origin}: {version.path})")
    typer.echo((version.path / CARD_TEXT_FILE).read_text(encoding="utf-8"))


@models_app.command("promote")
def models_promote(
    name: Annotated[str, typer.Argument(help="The version to put in charge")],
    reason: Annotated[str, typer.Option(help="Why, for the history")] = "promoted by hand",
) -> None:
    """Make a version the active one, whatever the gate said (a person decides); workers pick it up."""
    _promotion(lambda session, places: _promote(session, places, name, reason))


@models_app.command("rollback")
def models_rollback(
    reason: Annotated[str, typer.Option(help="Why, for the history")] = "rolled back by hand",
) -> None:
    """Go back to the version that was active before the current one."""
    from service.learning.promotion import rollback

    _promotion(lambda session, places: rollback(session, places, actor=_cli_actor(), reason=reason))


@models_app.command("history")
def models_history() -> None:
    """Promotions and rollbacks, then the training runs, newest first."""
    from service.db.session import session_scope
    from service.learning.promotion import promotion_history
    from service.learning.retrain import recent_runs

    _prepare()
    with session_scope(get_settings().effective_database_url) as session:
        typer.echo("Promotions:")
        for p in promotion_history(session):
            how = "automatic" if p.automatic else "by hand"
            typer.echo(
                f"  {p.at:%Y-%m-%d %H:%M} {p.kind:<9}{p.from_version} -> {p.to_version} "
                f"({how}, {p.actor}): {p.reason}"
            )
        typer.echo("Training runs:")
        for r in recent_runs(session):
            typer.echo(
                f"  #{r.id} {r.started_at:%Y-%m-%d %H:%M} {r.trigger:<9}{r.outcome:<18}{r.version or '-'}: "
                f"{r.reason or ''}"
            )


def _promote(session, places, name: str, reason: str):  # type: ignore[no-untyped-def]
    from service.learning.promotion import promote

    return promote(session, places, name, actor=_cli_actor(), reason=reason)


def _promotion(action) -> None:  # type: ignore[no-untyped-def]
    from service.classification import ModelFileError
    from service.db.session import session_scope
    from service.learning.promotion import PromotionError
    from service.learning.registry import ModelPlaces

    _prepare()
    settings = get_settings()
    try:
        with session_scope(settings.effective_database_url) as session:
            row = action(session, ModelPlaces.of(settings))
            typer.echo(f"Active model: {row.to_version} (was {row.from_version})")
    except (PromotionError, ModelFileError, ValueError) as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(1) from None


if __name__ == "__main__":
    app()
