"""`petitions ingest`: submitting files to a running service over its HTTP API."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files named on the command line, plus the scans and PDFs found under named folders."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            files.append(path)
    return files


@dataclass
class IngestSummary:
    new: list[tuple[Path, int]] = field(default_factory=list)
    existing: list[tuple[Path, int]] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)
    errors: list[tuple[Path, str]] = field(default_factory=list)

    def to_text(self) -> str:
        lines = [
            f"Submitted: {len(self.new)} new, {len(self.existing)} already received, "
            f"{len(self.refused)} refused, {len(self.errors)} errors."
        ]
        lines += [f"  refused  {path}: {reason}" for path, reason in self.refused]
        lines += [f"  error    {path}: {reason}" for path, reason in self.errors]
        return "\n".join(lines)


def submit_files(files: list[Path], *, url: str, user: str, password: str) -> IngestSummary:
    summary = IngestSummary()
    with httpx.Client(base_url=url, timeout=120) as client:
        token = client.post("/api/v1/auth/token", data={"username": user, "password": password})
        token.raise_for_status()
        client.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns) as progress:
            task = progress.add_task("Uploading", total=len(files))
            for path in files:
                _submit_one(client, path, summary)
                progress.advance(task)
    return summary


def _submit_one(client: httpx.Client, path: Path, summary: IngestSummary) -> None:
    try:
        with path.open("rb") as handle:
            response = client.post(
                "/api/v1/petitions", params={"channel": "ingest"}, files={"file": (path.name, handle)}
            )
    except (OSError, httpx.HTTPError) as error:
        summary.errors.append((path, str(error)))
        return
    if response.status_code == 202:
        summary.new.append((path, response.json()["id"]))
    elif response.status_code == 200:
        summary.existing.append((path, response.json()["id"]))
    elif 400 <= response.status_code < 500:
        detail = response.json().get("detail")
        reason = detail.get("message_en", str(detail)) if isinstance(detail, dict) else str(detail)
        summary.refused.append((path, reason))
    else:
        summary.errors.append((path, f"HTTP {response.status_code}"))
