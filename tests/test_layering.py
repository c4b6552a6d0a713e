"""Import direction: models <- pipeline, extractors <- store <- flows, webapp. Nothing imports
flows or the web app; the core never imports Prefect; the vendored contract schema is the shared one."""
import ast
import json
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED

ALLOWED = {  # package -> project packages it may import
    "models": set(),
    "pipeline": {"models", "denials", "extractors"},
    "extractors": {"models", "denials"},
    "store": {"models", "denials"},
    "flows": {"models", "denials", "pipeline", "extractors", "store"},
    "webapp": {"models", "denials", "store"},
    "samples": {"models", "denials"},
}
PROJECT = set(ALLOWED) | {"denials"}


def _imports(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0]


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_packages_import_only_lower_layers(package):
    for path in (REPO / package).rglob("*.py"):
        for name in _imports(path):
            if name in PROJECT and name != package:
                assert name in ALLOWED[package], f"{path.relative_to(REPO)} imports {name}"


@pytest.mark.parametrize("package", ["models", "pipeline", "extractors", "store"])
def test_core_is_free_of_prefect(package):
    for path in (REPO / package).rglob("*.py"):
        assert "prefect" not in set(_imports(path)), f"{path.relative_to(REPO)} imports prefect"


def test_denials_package_only_fronts_commands():
    """denials/ holds config and the CLI; only the CLI (lazily, by name) reaches the layers above."""
    for path in (REPO / "denials").rglob("*.py"):
        for name in _imports(path):
            assert name not in PROJECT - {"denials"}, f"{path.relative_to(REPO)} imports {name}"


def test_vendored_schema_is_the_shared_contract():
    shared = SHARED / "contract" / "case_record.schema.json"
    if not shared.exists():
        pytest.skip("../shared is not checked out next to the repository")
    ours = REPO / "models" / "contract" / "case_record.schema.json"
    assert json.loads(ours.read_text()) == json.loads(shared.read_text())
