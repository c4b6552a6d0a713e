"""``denials samples ...``: generate synthetic denial letters with labels."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import click


@click.group()
def samples():
    """Synthetic sample letters (born-digital PDFs, scans, CaseRecord-style labels)."""


@samples.command()
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--n", "n", default=200, show_default=True, type=click.IntRange(min=1), help="Number of letters.")
@click.option("--seed", default=0, show_default=True, type=int, help="Same seed, same letters.")
@click.option("--scan-fraction", default=0.4, show_default=True, type=click.FloatRange(0, 1),
              help="Share of letters that also get a scanned/faxed/photographed copy.")
@click.option("--workers", default=None, type=click.IntRange(min=1), help="Processes (default: up to 4).")
def generate(out_dir: Path, n: int, seed: int, scan_fraction: float, workers: int | None):
    """Write OUT_DIR/docs/G####.pdf (+ _scan.*) and OUT_DIR/labels/G####.json."""
    from samples.generator import generate as run

    paths = run(out_dir, n=n, seed=seed, scan_fraction=scan_fraction, workers=workers)
    families = Counter(json.loads(p.read_text(encoding="utf-8"))["family"] for p in paths)
    scans = sum(1 for p in paths if len(json.loads(p.read_text(encoding="utf-8"))["files"]) > 1)
    click.echo(f"wrote {len(paths)} letters ({scans} with scans) to {out_dir}")
    click.echo(", ".join(f"{k}: {v}" for k, v in sorted(families.items())))


if __name__ == "__main__":
    samples()
