"""Prefect lives in flows/ only: the core (models, pipeline, extractors, store) imports neither
Prefect nor flows, and nothing but tests imports flows."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ("models", "pipeline", "extractors", "store", "denials")
ORCHESTRATION = ("prefect", "prefect_dask", "flows")


def imports(path: Path) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            out.append(node.module or "")
    return out


def test_the_core_is_prefect_free():
    for pkg in CORE:
        for path in (ROOT / pkg).rglob("*.py"):
            for name in imports(path):
                assert name.split(".")[0] not in ORCHESTRATION, f"{path.relative_to(ROOT)} imports {name}"


def test_nothing_but_the_cli_table_imports_flows():
    for pkg in ("models", "pipeline", "extractors", "store", "webapp", "samples"):
        for path in (ROOT / pkg).rglob("*.py"):
            assert not any(n.split(".")[0] == "flows" for n in imports(path)), path.relative_to(ROOT)


def test_flows_commands_do_not_load_prefect_at_import():
    import subprocess
    import sys

    code = "import sys, flows.commands; print('prefect' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
