"""The signing key and the review command's defaults (import boundaries: tests/test_layering.py)."""
from __future__ import annotations

import stat

import pytest

from denials.config import Settings
from webapp.security import SECRET_FILE, load_secret_key


def test_secret_key_generated_once_with_0600(tmp_path):
    settings = Settings(data_dir=tmp_path / "d", secret_key=None)
    key = load_secret_key(settings)
    path = tmp_path / "d" / SECRET_FILE
    assert len(key) >= 32 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_secret_key(settings) == key  # reused
    path.chmod(0o644)
    assert load_secret_key(settings) == key and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_secret_key_from_settings(tmp_path):
    assert load_secret_key(Settings(data_dir=tmp_path, secret_key="x" * 40)) == "x" * 40
    assert not (tmp_path / SECRET_FILE).exists()
    with pytest.raises(ValueError):
        load_secret_key(Settings(data_dir=tmp_path, secret_key="short"))


def test_review_binds_localhost_by_default(monkeypatch, settings):
    import uvicorn
    from click.testing import CliRunner

    from webapp.commands import review

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw))
    monkeypatch.setenv("DENIALS_DATABASE_URL", settings.db_url)
    monkeypatch.setenv("DENIALS_DATA_DIR", str(settings.data_dir))
    monkeypatch.delenv("DENIALS_REVIEW_HOST", raising=False)
    monkeypatch.delenv("DENIALS_REVIEW_PORT", raising=False)
    r = CliRunner().invoke(review, [])
    assert r.exit_code == 0, r.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8765)
    r = CliRunner().invoke(review, ["--host", "0.0.0.0", "--port", "9000"])
    assert (seen["host"], seen["port"]) == ("0.0.0.0", 9000) and "without --secure-cookies" in r.output


def test_field_parsing():
    from store import InvalidCorrection
    from webapp.fields import parse_value

    assert parse_value("appeal.deadline", " 2025-01-02 ") == "2025-01-02"
    assert parse_value("appeal.deadline", "") is None
    assert parse_value("expedited.eligible", "yes") is True and parse_value("expedited.eligible", "") is None
    assert parse_value("carc_codes", "CO-50; PR-204\nCO-16") == ["CO-50", "PR-204", "CO-16"]
    assert parse_value("guidelines", "") == []
    with pytest.raises(InvalidCorrection):
        parse_value("appeal.window_days", "1.5")
    with pytest.raises(InvalidCorrection):
        parse_value("status", "failed")
