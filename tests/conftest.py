import os
from pathlib import Path

import pytest

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEVSET = SHARED / "devset"


@pytest.fixture(scope="session")
def devset() -> Path:
    if not (DEVSET / "docs").is_dir():
        pytest.skip(f"dev set not found at {DEVSET} (the ../shared checkout is missing)")
    return DEVSET


@pytest.fixture
def settings(tmp_path):
    from denials.config import Settings

    return Settings(data_dir=tmp_path / "data", jobs=2)


@pytest.fixture(scope="session")
def devset_texts(devset):
    """Every devset document read once (scans OCR'd in a 2-process pool): filename -> DocumentText."""
    from denials.config import Settings
    from pipeline.workers import WorkerPool
    from pipeline.text import read_document

    settings = Settings(jobs=2)
    with WorkerPool(2) as pool:
        return {p.name: read_document(p, settings, pool) for p in sorted((devset / "docs").iterdir())}
