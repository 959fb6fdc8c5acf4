"""Model versions on disk: write one safely, list them, load one, and say which one is active.

A version is written into a hidden temporary folder beside the others and renamed into place, so a reader
never sees half a version; `ACTIVE` is replaced the same way. Everything takes the models folder as an
argument, so the repository's `models/` and runtime folders under the data folder work alike, and
`activate` returns the version it replaced, which is all a rollback needs.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import skops.io as sio

from service.classification import Classifier, ModelFileError
from service.classification.model_file import (
    ACTIVE_FILE,
    CARD_FILE,
    CARD_TEXT_FILE,
    FORMAT_VERSION,
    MODEL_FILE,
    check_version_name,
    read_active_name,
    read_card,
    sha256_bytes,
)


@dataclass(frozen=True)
class ModelVersion:
    name: str
    path: Path
    card: dict[str, Any]

    def load(self) -> Classifier:
        return Classifier.load(self.path)


def write_version(
    models_dir: Path,
    pipeline: Any,
    card: dict[str, Any],
    *,
    name_for: Callable[[str], str],
    render_card: Callable[[dict[str, Any]], str],
) -> ModelVersion:
    """Store a fitted pipeline with its card; `name_for(model_sha256)` gives the version name."""
    models_dir = Path(models_dir)
    models_dir.mkdir(parents=True, exist_ok=True)
    # Deflated: the vectorisers' vocabularies are most of a model; the shipped one went from 68 to 18 MB.
    data = sio.dumps(pipeline, compression=zipfile.ZIP_DEFLATED, compresslevel=6)
    digest = sha256_bytes(data)
    name = check_version_name(name_for(digest))
    final = models_dir / name
    if final.exists():
        raise ModelFileError(f"{final}: a model version of that name exists already")
    full_card = {**card, "format_version": FORMAT_VERSION, "version": name, "model_sha256": digest}
    staging = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=models_dir))
    try:
        (staging / MODEL_FILE).write_bytes(data)
        (staging / CARD_FILE).write_text(
            json.dumps(full_card, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        (staging / CARD_TEXT_FILE).write_text(render_card(full_card), encoding="utf-8")
        staging.chmod(0o755)
        staging.rename(final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return ModelVersion(name=name, path=final, card=full_card)


def list_versions(models_dir: Path) -> list[ModelVersion]:
    """Readable versions, oldest first by their training date; unreadable folders are skipped."""
    versions = []
    for path in sorted(Path(models_dir).iterdir()) if Path(models_dir).is_dir() else []:
        if not path.is_dir() or path.name.startswith("."):
            continue
        try:
            card = read_card(path)
        except ModelFileError:
            continue
        versions.append(ModelVersion(name=path.name, path=path, card=card))
    return sorted(versions, key=lambda v: (str(v.card.get("trained_at", "")), v.name))


def active_version_name(models_dir: Path) -> str | None:
    try:
        return read_active_name(Path(models_dir))
    except ModelFileError:
        return None


def load_version(models_dir: Path, name: str) -> Classifier:
    return Classifier.load(Path(models_dir) / check_version_name(name))


def activate(models_dir: Path, name: str) -> str | None:
    """Point ACTIVE at a version after checking it loads; returns the version it replaced."""
    models_dir = Path(models_dir)
    load_version(models_dir, name)  # refuses a broken version before it goes live
    return write_active_pointer(models_dir, name)


def write_active_pointer(models_dir: Path, name: str) -> str | None:
    """Replace `models_dir/ACTIVE` atomically (the caller has checked the version loads)."""
    models_dir = Path(models_dir)
    models_dir.mkdir(parents=True, exist_ok=True)
    previous = active_version_name(models_dir)
    handle, temporary = tempfile.mkstemp(prefix=".ACTIVE.", dir=models_dir)
    with os.fdopen(handle, "w", encoding="utf-8") as pointer:
        pointer.write(check_version_name(name) + "\n")
    os.chmod(temporary, 0o644)
    os.replace(temporary, models_dir / ACTIVE_FILE)
    return previous
