"""All settings of one installation, in one typed place (environment prefix ``PETITIONS_``).

The embedded default keeps everything under ``PETITIONS_DATA_DIR``: the SQLite database, the SQLite
broker, the originals and the runtime model versions. Production swaps in PostgreSQL and Redis through
``PETITIONS_DATABASE_URL`` and ``PETITIONS_BROKER_URL``.
"""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER_SECRETS = {"changeme", "change-me", "secret", "please-change", "xxx"}


class ReadLimits(BaseSettings):
    """Bounds that keep a hostile or enormous upload from taking the service down."""

    model_config = SettingsConfigDict(env_prefix="PETITIONS_", extra="ignore")

    max_upload_bytes: int = Field(50 * 1024 * 1024, gt=0)
    max_pages: int = Field(100, gt=0)
    # Pillow's decompression-bomb guard; an A4 page at 600 dpi is about 35 Mpx.
    max_pixels_per_page: int = Field(60_000_000, gt=0)


class OcrOptions(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PETITIONS_OCR_", extra="ignore")

    language: str = "vie"
    dpi: int = Field(300, ge=72, le=600)
    # Pages of one letter read in parallel; each Tesseract process runs one thread.
    parallel_pages: int = Field(2, ge=1)
    # A PDF page's text layer is trusted when it has at least this many letters.
    min_text_layer_chars: int = Field(40, ge=0)
    tesseract_cmd: str = "tesseract"
    timeout_seconds: int = Field(180, gt=0)
    # Long side in pixels of the page image kept for review (word boxes are in its pixels): about
    # 170 dpi for A4, which keeps a 100-page letter's images in memory small. 0 keeps the OCR resolution.
    page_image_long_side: int = Field(2000, ge=0)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PETITIONS_", extra="ignore")

    data_dir: Path = Field(default_factory=lambda: Path.cwd() / "data")
    database_url: str | None = None
    broker_url: str | None = None
    secret_key: str | None = None
    token_minutes: int = Field(12 * 60, gt=0)

    # The periodic sweep re-dispatches letters stuck in `received` longer than this...
    stuck_received_seconds: int = Field(120, gt=0)
    # ...and, on the embedded broker only, letters stuck in `processing` longer than this.
    stuck_processing_seconds: int = Field(900, gt=0)
    sweep_interval_seconds: int = Field(60, gt=0)
    task_max_retries: int = Field(5, ge=0)
    # Redis broker: a message not acknowledged in this time (its worker died) is delivered again.
    broker_visibility_timeout: int = Field(3600, gt=0)

    models_dir: Path = Field(default_factory=lambda: REPO_ROOT / "models")
    # The promotion gate: a retrained version replaces the active one only if, on the same holdout, its
    # macro-F1 falls by no more than this and no label's recall by more than the second margin.
    gate_max_macro_f1_drop: float = Field(0.01, ge=0, le=1)
    gate_max_recall_drop: float = Field(0.05, ge=0, le=1)
    # Automatic retraining: checked this often, it trains once this many letters got a reviewed label
    # since the last training (and never when the reviewed labels are those of the last training).
    retrain_interval_seconds: int = Field(3600, gt=0)
    retrain_min_new_labels: int = Field(20, ge=1)
    # A training lock older than this belongs to a worker that died mid-training.
    retrain_lock_seconds: int = Field(6 * 3600, gt=0)
    corpus_dir: Path = Field(default_factory=lambda: REPO_ROOT / "training" / "corpus")

    limits: ReadLimits = Field(default_factory=ReadLimits)
    ocr: OcrOptions = Field(default_factory=OcrOptions)

    @field_validator("secret_key")
    @classmethod
    def _no_placeholder_secret(cls, value: str | None) -> str | None:
        if value is not None and (value.lower() in PLACEHOLDER_SECRETS or len(value) < 32):
            raise ValueError("PETITIONS_SECRET_KEY must be a random string of at least 32 characters")
        return value

    @model_validator(mode="after")
    def _absolute_data_dir(self) -> Settings:
        self.data_dir = self.data_dir.expanduser().resolve()
        return self

    # Derived locations -------------------------------------------------------------------------
    @property
    def originals_dir(self) -> Path:
        return self.data_dir / "originals"

    @property
    def page_images_dir(self) -> Path:
        return self.data_dir / "pages"

    @property
    def runtime_models_dir(self) -> Path:
        return self.data_dir / "models"

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'petitions.sqlite3'}"

    @property
    def effective_broker_url(self) -> str:
        return self.broker_url or f"sqla+sqlite:///{self.data_dir / 'broker.sqlite3'}"

    @property
    def embedded_broker(self) -> bool:
        return self.effective_broker_url.startswith("sqla+")

    def ensure_dirs(self) -> None:
        for path in (self.data_dir, self.originals_dir, self.page_images_dir, self.runtime_models_dir):
            path.mkdir(parents=True, exist_ok=True)

    def signing_key(self) -> str:
        """The key that signs tokens and session cookies.

        Production sets PETITIONS_SECRET_KEY; the embedded default creates a random key once and keeps
        it in the data folder, readable by its owner only, so no installation shares a default key.
        """
        if self.secret_key:
            return self.secret_key
        self.ensure_dirs()
        key_file = self.data_dir / "secret_key"
        if not key_file.exists():
            key_file.touch(mode=0o600)
            key_file.write_text(secrets.token_urlsafe(48))
        return key_file.read_text().strip()


@lru_cache
def get_settings() -> Settings:
    return Settings()
