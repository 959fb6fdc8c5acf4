"""Which model version is in charge, across the two places versions live.

The repository's `models/` holds the shipped versions and is never written at runtime. The data folder's
`models/` holds the versions trained from reviewed letters, and its `ACTIVE` (when present) names the
version the service uses, which may be a shipped one (after a rollback). Without a runtime `ACTIVE` the
shipped `ACTIVE` rules, so a fresh installation works with the shipped model.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from service.classification import Classifier, ModelFileError
from service.classification.model_file import ACTIVE_FILE, check_version_name
from service.learning.versions import ModelVersion, active_version_name, list_versions, write_active_pointer

RUNTIME = "runtime"
SHIPPED = "shipped"


class ModelSettings(Protocol):
    @property
    def models_dir(self) -> Path: ...

    @property
    def runtime_models_dir(self) -> Path: ...


@dataclass(frozen=True)
class ModelPlaces:
    runtime: Path  # data folder: trained versions and the ACTIVE the service obeys
    shipped: Path  # repository: read-only at runtime

    @classmethod
    def of(cls, settings: ModelSettings) -> ModelPlaces:
        return cls(runtime=Path(settings.runtime_models_dir), shipped=Path(settings.models_dir))


@dataclass(frozen=True)
class CatalogueEntry:
    version: ModelVersion
    origin: str  # runtime | shipped
    active: bool


def active_name(places: ModelPlaces) -> str | None:
    """The version in charge: the runtime pointer, else the shipped one."""
    return active_version_name(places.runtime) or active_version_name(places.shipped)


def active_marker(places: ModelPlaces) -> str:
    """A cheap token that changes whenever the active version changes: two tiny file reads, so a worker
    can check it before every letter."""
    for origin, folder in ((RUNTIME, places.runtime), (SHIPPED, places.shipped)):
        try:
            return f"{origin}:{(folder / ACTIVE_FILE).read_text(encoding='utf-8').strip()}"
        except FileNotFoundError:
            continue
    return "none"


def find_version(places: ModelPlaces, name: str) -> tuple[ModelVersion, str]:
    """A version by name, from the runtime folder first, with where it was found."""
    check_version_name(name)
    for origin, folder in ((RUNTIME, places.runtime), (SHIPPED, places.shipped)):
        for version in list_versions(folder):
            if version.name == name:
                return version, origin
    raise LookupError(f"no model version named {name!r}")


def catalogue(places: ModelPlaces) -> list[CatalogueEntry]:
    """Every readable version of both places, oldest first."""
    current = active_name(places)
    entries: dict[str, CatalogueEntry] = {}
    for origin, folder in ((SHIPPED, places.shipped), (RUNTIME, places.runtime)):
        for version in list_versions(folder):
            entries[version.name] = CatalogueEntry(version, origin, version.name == current)
    return sorted(entries.values(), key=lambda e: (str(e.version.card.get("trained_at", "")), e.version.name))


def load_active_classifier(places: ModelPlaces) -> Classifier:
    name = active_name(places)
    if name is None:
        raise ModelFileError(
            f"no active model version in {places.runtime} or {places.shipped} "
            "(train one with `petitions train`)"
        )
    version, _ = find_version(places, name)
    return version.load()


def set_active(places: ModelPlaces, name: str) -> str | None:
    """Make a version the active one (after checking it loads); returns the version it replaced."""
    version, _ = find_version(places, name)
    version.load()  # a broken version is refused before it goes live
    previous = active_name(places)
    write_active_pointer(places.runtime, version.name)
    return previous
