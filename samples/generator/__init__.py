"""Synthetic denial-letter generator: born-digital PDFs, scanned copies, and CaseRecord-style labels.

    from samples.generator import generate
    label_paths = generate(Path("out"), n=200, seed=0, scan_fraction=0.4)

Layout of ``out``: ``docs/G0001.pdf`` (+ ``docs/G0001_scan.<pdf|tif|png|jpg>``) and ``labels/G0001.json``.
The same (seed, index) always gives the same letter, whatever ``n`` is.
"""
from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from random import Random

from .degrade import make_scan
from .letters import build_letter, deadline_check, make_label, pick_families
from .render_pdf import render
from .vocab import load_vocab

__all__ = ["generate", "generate_one"]


def generate_one(out_dir: Path, index: int, family: str, seed: int = 0, scan_fraction: float = 0.4) -> Path:
    """Write letter ``index`` (1-based) and its label; returns the label path."""
    vocab = load_vocab()
    letter = build_letter(seed, index, family, vocab)
    stem = letter.case.stem
    docs, labels = out_dir / "docs", out_dir / "labels"
    docs.mkdir(parents=True, exist_ok=True)
    labels.mkdir(parents=True, exist_ok=True)
    pdf_path = docs / f"{stem}.pdf"
    pages = render(letter.document, pdf_path)
    files, scan = [pdf_path.name], None
    scan_rng = Random(f"scan:{seed}:{index}")
    if scan_rng.random() < scan_fraction:
        scan_path, scan = make_scan(pdf_path, docs / stem, scan_rng, pages)
        files.append(scan_path.name)
    label = make_label(letter, files, scan)
    label["pages"] = pages
    deadline_check(label)
    label_path = labels / f"{stem}.json"
    label_path.write_text(json.dumps(label, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return label_path


def generate(out_dir: Path, n: int, seed: int = 0, scan_fraction: float = 0.4, workers: int | None = None) -> list[Path]:
    """Generate ``n`` letters into ``out_dir``; returns the label paths in index order."""
    out_dir = Path(out_dir)
    families = pick_families(seed, n, load_vocab())
    jobs = [(out_dir, i, fam, seed, scan_fraction) for i, fam in enumerate(families, 1)]
    workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    if workers <= 1 or n < 8:
        return [generate_one(*job) for job in jobs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(generate_one, *zip(*jobs), chunksize=4))
