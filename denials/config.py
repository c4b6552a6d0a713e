"""One settings object, read from the environment (prefix ``DENIALS_``) at the entry point and
passed into stages as an argument. Nothing below the entry points reads the environment."""
from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "denials"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DENIALS_", extra="ignore")

    # intake limits
    max_file_mb: float = Field(100.0, gt=0, description="files larger than this fail as too_large")
    max_pages: int = Field(60, gt=0, description="documents with more pages fail as too_large")
    # text / OCR
    jobs: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1, description="worker processes (text layer, OCR, extraction)")
    ocr_dpi: int = Field(300, ge=100, le=600, description="render resolution for OCR")
    ocr_lang: str = "eng"
    ocr_timeout_s: float = Field(180.0, gt=0, description="per-page tesseract time limit")
    # review thresholds
    low_ocr_confidence: float = Field(70.0, ge=0, le=100, description="mean OCR confidence below which key fields are doubted")
    # storage
    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = None  # default: SQLite file in data_dir
    # watched folder / batch
    inbox: Path | None = None
    archive_dir: Path | None = None  # default: <inbox>/../archive
    quarantine_dir: Path | None = None
    processing_dir: Path | None = None
    doc_timeout_s: float = Field(600.0, gt=0)
    schedule_cron: str = "0 2 * * *"
    schedule_timezone: str | None = None
    dask_address: str | None = None
    # review app
    review_host: str = "127.0.0.1"
    review_port: int = 8765
    secret_key: str | None = None

    @field_validator("data_dir", mode="after")
    @classmethod
    def _expand(cls, v: Path) -> Path:
        return v.expanduser()

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "denials.db"

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.sqlite_path}"

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)
