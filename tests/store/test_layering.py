"""The store builds on models only: no pipeline, extractors, flows or review app."""
from __future__ import annotations

import ast
from pathlib import Path

import store

FORBIDDEN = ("pipeline", "extractors", "flows", "webapp", "samples")


def test_store_imports_no_higher_layer():
    root = Path(store.__file__).parent
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.relative_to(root)} imports {name}"
