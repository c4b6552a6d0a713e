"""The ``denials`` subcommands load Prefect only when a flow command runs (the import direction
itself is checked for every package in tests/test_layering.py)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_flows_commands_do_not_load_prefect_at_import():
    code = "import sys, flows.commands, flows.export, flows.reprocess; print('prefect' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
