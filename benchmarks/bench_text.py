"""Benchmarks of the text stage (pipeline.text.read_document), measured in one run and printed:

1. scanned pages: read_document over image-only PDFs and TIFFs, documents in flight concurrently
   and one shared WorkerPool(jobs=cores), as pipeline.batch.process_paths runs them, vs sequential raw
   `tesseract page.png stdout` calls on the same pages pre-rendered at 300 dpi     target <= 0.6
2. born-digital letters: read_document vs a bare pdfplumber loop
   (`for page in pdf.pages: page.extract_text()`) on the same files                  target <= 1.2

    .venv/bin/python benchmarks/bench_text.py [--quick]

Inputs are generated in a temporary folder: digital letters from the sample generator, and scans
made from them with tests/letters.py (rasterize at 200 dpi, small skew, noise, blur). Baseline and
pipeline alternate (ABBA over rounds, and file by file for the digital loop) so that load from
other processes hits both; the ratios are the result, the seconds are context. Exits 0 always.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SCAN_TARGET = 0.6
ARMS = ("raw", "raw_1thread", "pipeline")
DIGITAL_TARGET = 1.2


# --- inputs ---------------------------------------------------------------------------------------

def make_digital(folder: Path, n: int, seed: int) -> list[Path]:
    """``n`` born-digital letters from the sample generator (no scans)."""
    from samples.generator import generate

    generate(folder, n, seed=seed, scan_fraction=0.0)
    return sorted((folder / "docs").glob("*.pdf"))


def make_scans(letters: list[Path], folder: Path, pages: int, seed: int) -> list[Path]:
    """Scanned copies of ``letters`` (alternately image-only PDF and multi-page TIFF) until
    ``pages`` pages are made: 200 dpi, skewed up to 1 degree, light noise and blur, upright."""
    from tests.letters import degrade, rasterize, save_scan

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    out: list[Path] = []
    made = 0
    for k, letter in enumerate(letters):
        if made >= pages:
            break
        images = rasterize(letter, dpi=200)[: pages - made]
        images = [degrade(im, skew=rng.uniform(-1, 1), noise=0.02, blur=0.4, seed=rng.randrange(2**31))
                  for im in images]
        out.append(save_scan(images, folder / f"{letter.stem}_scan{'.pdf' if k % 2 == 0 else '.tif'}"))
        made += len(images)
    return out


def render_pngs(scans: list[Path], folder: Path) -> list[Path]:
    """Each scanned page as a 300-dpi PNG (the image the pipeline starts from), for raw tesseract."""
    from pipeline.intake import count_image_frames, count_pdf_pages
    from pipeline.ocr import load_image_frame, render_pdf_page

    folder.mkdir(parents=True, exist_ok=True)
    pngs = []
    for scan in scans:
        is_pdf = scan.suffix == ".pdf"
        for i in range(count_pdf_pages(scan) if is_pdf else count_image_frames(scan)):
            img = render_pdf_page(str(scan), i, 300) if is_pdf else load_image_frame(str(scan), i)
            png = folder / f"{scan.stem}-{i + 1}.png"
            img.save(png, dpi=(300, 300))
            pngs.append(png)
    return pngs


# --- the runs being compared ------------------------------------------------------------------------

def raw_tesseract(pngs: list[Path], omp_threads: str | None = None) -> int:
    """Sequential `tesseract page.png stdout`; returns the characters read. ``omp_threads`` sets
    OMP_THREAD_LIMIT for tesseract (None: the environment as it is, i.e. OpenMP's default)."""
    env = dict(os.environ, OMP_THREAD_LIMIT=omp_threads) if omp_threads else None
    chars = 0
    for png in pngs:
        out = subprocess.run(["tesseract", str(png), "stdout"], capture_output=True, text=True, check=True, env=env)
        chars += len(out.stdout.strip())
    return chars


def pipeline_text(scans: list[Path], settings, pool) -> int:
    """read_document over all scans with ``jobs + 2`` documents in flight (as process_paths does);
    returns the characters read."""
    from pipeline.text import read_document

    with ThreadPoolExecutor(max_workers=pool.jobs + 2, thread_name_prefix="read") as readers:
        docs = list(readers.map(lambda p: read_document(p, settings, pool), scans))
    return sum(len(p.text.strip()) for d in docs for p in d.pages)


def bare_pdfplumber(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return sum(len(page.extract_text() or "") for page in pdf.pages)


def pipeline_digital(path: Path, settings) -> int:
    from pipeline.text import read_document

    doc = read_document(path, settings)
    return sum(1 for p in doc.pages if p.method == "ocr")


def timed(fn, *args):
    t = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - t, result


# --- measurements ----------------------------------------------------------------------------------

def warm_pool(pool, folder: Path) -> float:
    """Start every OCR worker (a blank page each) so the timed runs see a warm pool; returns seconds."""
    from PIL import Image

    from pipeline.ocr import OcrJob

    blank = folder / "blank.png"
    Image.new("L", (850, 1100), 255).save(blank, dpi=(100, 100))
    t = time.perf_counter()
    for fut in [pool.submit(OcrJob(str(blank), "png", 0)) for _ in range(pool.jobs)]:
        fut.result()
    return time.perf_counter() - t


def bench_scanned(scans: list[Path], pngs: list[Path], jobs: int, rounds: int, tmp: Path) -> dict:
    """Seconds per arm summed over rounds; the arms' order is reversed every other round (ABC CBA)."""
    from denials.config import Settings
    from pipeline.workers import WorkerPool

    settings = Settings(jobs=jobs)
    seconds = dict.fromkeys(ARMS, 0.0)
    chars = {}
    with WorkerPool(jobs) as pool:
        startup = warm_pool(pool, tmp)
        arms = {"raw": lambda: raw_tesseract(pngs),
                "raw_1thread": lambda: raw_tesseract(pngs, omp_threads="1"),
                "pipeline": lambda: pipeline_text(scans, settings, pool)}
        for r in range(rounds):
            for name in (ARMS if r % 2 == 0 else ARMS[::-1]):
                s, chars[name] = timed(arms[name])
                seconds[name] += s
                print(f"  scanned round {r + 1}/{rounds}: {name} {s:.1f} s", file=sys.stderr, flush=True)
    return {"seconds": seconds, "startup": startup, "chars": chars}


def bench_digital(letters: list[Path], rounds: int) -> dict:
    from denials.config import Settings

    settings = Settings(jobs=1)
    bare_pdfplumber(letters[0])  # imports and first-call costs, outside the timing
    pipeline_digital(letters[0], settings)
    bare_s = pipe_s = 0.0
    ocr_pages = 0
    for r in range(rounds):
        for i, path in enumerate(letters):  # alternate which one goes first, file by file
            if (i + r) % 2 == 0:
                b, _ = timed(bare_pdfplumber, path)
                p, ocr_pages_i = timed(pipeline_digital, path, settings)
            else:
                p, ocr_pages_i = timed(pipeline_digital, path, settings)
                b, _ = timed(bare_pdfplumber, path)
            bare_s += b
            pipe_s += p
            ocr_pages += ocr_pages_i if r == 0 else 0
    return {"baseline": bare_s, "pipeline": pipe_s, "ocr_pages": ocr_pages}


# --- report -----------------------------------------------------------------------------------------

def page_count(pdfs: list[Path]) -> int:
    from pipeline.intake import count_pdf_pages

    return sum(count_pdf_pages(p) for p in pdfs)


def report(scanned: dict, digital: dict, n_scans: int, n_pngs: int, n_letters: int, n_pages: int, jobs: int) -> None:
    def row(name: str, base: str, base_s: float, pipe_s: float, target: float) -> None:
        ratio = pipe_s / base_s
        verdict = "ok" if ratio <= target else f"MISSED by {ratio / target - 1:.0%}"
        print(f"{name:<40} {base:<38} {base_s:7.1f} {pipe_s:7.1f} {ratio:6.2f}  <= {target:.1f}  {verdict}")

    sec = scanned["seconds"]
    omp = os.environ.get("OMP_THREAD_LIMIT", "unset: OpenMP default")
    print(f"{'measurement':<40} {'baseline':<38} {'base s':>7} {'pipe s':>7} {'ratio':>6}  target")
    scan_name = f"scanned: {n_pngs} pages, {n_scans} docs, {jobs} workers"
    row(scan_name, f"raw tesseract (OMP_THREAD_LIMIT {omp})", sec["raw"], sec["pipeline"], SCAN_TARGET)
    row(scan_name, "raw tesseract (OMP_THREAD_LIMIT=1)", sec["raw_1thread"], sec["pipeline"], SCAN_TARGET)
    row(f"digital: {n_pages} pages, {n_letters} letters", "bare pdfplumber loop",
        digital["baseline"], digital["pipeline"], DIGITAL_TARGET)
    print(f"\nscanned: OCR pool start-up {scanned['startup']:.1f} s (not timed); characters read "
          + ", ".join(f"{k} {v}" for k, v in scanned["chars"].items()))
    print(f"digital: {digital['ocr_pages']} page(s) fell back to OCR")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help="2 scanned pages, 8 letters, 2 rounds (about a minute on an idle machine)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="OCR workers (default: cores)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    load_start = os.getloadavg()[0]
    n_letters, n_pages, rounds = (8, 2, 2) if args.quick else (40, 8, 4)

    with tempfile.TemporaryDirectory(prefix="denials-bench-text-") as tmp_s:
        tmp = Path(tmp_s)
        print(f"generating inputs in {tmp} ...", file=sys.stderr, flush=True)
        t = time.perf_counter()
        letters = make_digital(tmp / "gen", n_letters, args.seed)
        scans = make_scans(letters, tmp / "scans", n_pages, args.seed)
        pngs = render_pngs(scans, tmp / "png")
        print(f"  {len(pngs)} scanned pages, {len(letters)} digital letters in {time.perf_counter() - t:.0f} s",
              file=sys.stderr, flush=True)
        scanned = bench_scanned(scans, pngs, args.jobs, rounds, tmp)
        digital = bench_digital(letters, rounds + 1)
        report(scanned, digital, len(scans), len(pngs), len(letters), page_count(letters), args.jobs)
    print(f"load average {load_start:.1f} at start, {os.getloadavg()[0]:.1f} at end ({os.cpu_count()} cores)")

if __name__ == "__main__":
    main()
