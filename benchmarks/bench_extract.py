"""Benchmark of extraction (extractors.record.build_record) on born-digital letters:
milliseconds per page, overall and by the letters' page count                 target <= 30 ms/page

    .venv/bin/python benchmarks/bench_extract.py [--quick]

Letters come from the sample generator (in a temporary folder). Their pages are read once with
pipeline.text.read_document (not timed); then build_record runs over every document, a few times
over, after one warm-up call (spaCy and the pattern files load once per process). The median of
the repeats is reported, by wall clock and by CPU time: the wall clock is what a batch sees on
an idle machine, the CPU time is the steadier figure while other processes load the machine.
Exits 0 always.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_MS_PER_PAGE = 30.0


def read_letters(folder: Path, n: int, seed: int) -> list:
    """``n`` generated digital letters, read into DocumentText once."""
    from denials.config import Settings
    from pipeline.text import read_document
    from samples.generator import generate

    generate(folder, n, seed=seed, scan_fraction=0.0)
    settings = Settings(jobs=1)
    return [read_document(p, settings) for p in sorted((folder / "docs").glob("*.pdf"))]


def time_each(docs: list, repeats: int) -> dict[str, list[list[float]]]:
    """Seconds of build_record per document, one list per repeat, by wall clock and by this
    process's CPU time (the CPU time barely moves when other processes load the machine)."""
    from extractors.record import build_record

    build_record(docs[0])  # warm-up: spaCy pipeline, pattern files
    runs: dict[str, list[list[float]]] = {"wall": [], "cpu": []}
    for _ in range(repeats):
        wall, cpu = [], []
        for doc in docs:
            t, c = time.perf_counter(), time.process_time()
            build_record(doc)
            wall.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        runs["wall"].append(wall)
        runs["cpu"].append(cpu)
    return runs


def ms_per_page(docs: list, runs: list[list[float]], keep=lambda doc: True) -> tuple[float, int, int]:
    """(median over repeats of ms per page, documents, pages) for the documents ``keep`` selects."""
    idx = [i for i, d in enumerate(docs) if keep(d)]
    pages = sum(len(docs[i].pages) for i in idx)
    totals = [sum(run[i] for i in idx) for run in runs]
    return 1000 * statistics.median(totals) / pages, len(idx), pages


def report(docs: list, runs: dict[str, list[list[float]]]) -> None:
    def verdict(ms: float) -> str:
        return "ok" if ms <= TARGET_MS_PER_PAGE else f"MISSED by {ms / TARGET_MS_PER_PAGE - 1:.1%}"

    by_count = sorted({len(d.pages) for d in docs})
    groups = [("all", lambda d: True)] + [(f"{c}-page", lambda d, c=c: len(d.pages) == c) for c in by_count]
    print(f"{'letters':<10} {'docs':>5} {'pages':>6} {'wall ms/page':>13} {'cpu ms/page':>12}  target")
    for name, keep in groups:
        wall, n, pages = ms_per_page(docs, runs["wall"], keep)
        cpu, _, _ = ms_per_page(docs, runs["cpu"], keep)
        tail = f"  <= {TARGET_MS_PER_PAGE:.0f}  wall {verdict(wall)}, cpu {verdict(cpu)}" if name == "all" else ""
        print(f"{name:<10} {n:5d} {pages:6d} {wall:13.1f} {cpu:12.1f}{tail}")
    totals = ", ".join(f"{sum(w):.2f}/{sum(c):.2f} s" for w, c in zip(runs["wall"], runs["cpu"]))
    print(f"\nrepeats (wall/cpu): {totals}; slowest document {1000 * max(map(max, runs['wall'])):.0f} ms wall")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer letters and repeats (well under a minute)")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    load_start = os.getloadavg()[0]
    n, repeats = (20, 3) if args.quick else (80, 5)
    with tempfile.TemporaryDirectory(prefix="denials-bench-extract-") as tmp:
        print(f"generating and reading {n} letters in {tmp} ...", file=sys.stderr, flush=True)
        docs = read_letters(Path(tmp), n, args.seed)
    report(docs, time_each(docs, repeats))
    print(f"load average {load_start:.1f} at start, {os.getloadavg()[0]:.1f} at end ({os.cpu_count()} cores)")

if __name__ == "__main__":
    main()
