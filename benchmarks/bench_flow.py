"""Benchmarks of the batch flow (flows.batch), measured in one run and printed:

1. flow overhead: 200 born-digital letters through the batch flow (Prefect tasks, case store)
   vs calling the core directly, one document after another (flows.documents.handle: process,
   store)                                                                  target <= +10 %
   and vs the same work without Prefect at the flow's parallelism (threads sharing the same
   worker pool): what Prefect itself costs; for context, process_file alone (no store)
2. peak memory (RSS of the flow process and its workers) with 50 and with 500 letters  target: flat
3. scanned letters (OCR) per second with 2 OCR workers vs 1               target >= 1.7x

    .venv/bin/python benchmarks/bench_flow.py [--quick]

Inputs are generated in a temporary folder (the sample generator's multi-page letters); each measurement runs in a fresh Python
process with its own SQLite store, against one Prefect API server (PREFECT_API_URL if set, else a
temporary one started here). Timings exclude process start-up: each child first runs a small
warm-up batch (imports, spaCy, database), then times the measured one.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
import flows  # noqa: E402,F401 - its Prefect defaults (offline, lighter ephemeral server) for the server started here


# --- inputs ---------------------------------------------------------------------------------------

def make_inputs(folder: Path, n: int, scanned: bool = False, start: int = 0) -> Path:
    """``n`` letters in ``folder``: realistic multi-page letters from the sample generator
    (samples.generator: digital PDFs, or their scanned/faxed copies), else short fpdf2 letters."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        from samples.generator import generate
    except ImportError:
        generate = None
    if generate is not None:
        gen = folder.parent / f".gen-{folder.name}"
        generate(gen, n, seed=1000 + start, scan_fraction=1.0 if scanned else 0.0, workers=min(os.cpu_count() or 1, 4))
        for p in sorted((gen / "docs").iterdir()):
            if ("_scan" in p.stem) == scanned:
                p.rename(folder / p.name)
        return folder
    from tests.flows.letters import Letter, letter_pdf, scanned_pdf

    for i in range(start, start + n):
        letter = Letter(serial=100_000 + i, member_id=f"B{i:09d}")
        (folder / f"{'scan' if scanned else 'letter'}-{i:04d}.pdf").write_bytes(
            scanned_pdf(letter) if scanned else letter_pdf(letter))
    return folder


# --- children: one measurement each, in a fresh process --------------------------------------------

def peak_rss_mb() -> float:
    """Peak RSS of this process plus that of its live children (the worker pool's processes)."""
    import psutil

    total = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    for child in psutil.Process().children(recursive=True):
        try:
            status = Path(f"/proc/{child.pid}/status").read_text()
        except OSError:
            continue
        hwm = next((line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")), "0")
        total += int(hwm) / 1024
    return total


def children_cpu() -> float:
    """CPU seconds used so far by this process's live children (the worker pool's processes)."""
    import psutil

    total = 0.0
    for child in psutil.Process().children(recursive=True):
        try:
            t = child.cpu_times()
        except psutil.Error:
            continue
        total += t.user + t.system
    return total


def child_direct(paths: Path, warm: Path) -> dict:
    from denials.config import Settings
    from pipeline.batch import expand_paths
    from pipeline.process import process_file

    settings = Settings(jobs=1)
    for p in expand_paths([warm]):
        process_file(p, settings)
    files = list(expand_paths([paths]))
    t, cpu = time.perf_counter(), time.process_time()
    for p in files:
        process_file(p, settings)
    return {"seconds": time.perf_counter() - t, "cpu": time.process_time() - cpu, "children_cpu": 0.0,
            "docs": len(files), "rss_mb": peak_rss_mb()}


def child_core(paths: Path, warm: Path, jobs: int) -> dict:
    """The flow's per-document work (process, store in the case store) without Prefect: with
    ``jobs=1`` in a plain loop (calling the core directly), else in ``jobs + 2`` threads sharing
    the flow's worker pool (the flow's own parallelism): what the flow costs on top is Prefect's."""
    from concurrent.futures import ThreadPoolExecutor

    from denials.config import Settings
    from flows.batch import DOCUMENT_SUFFIXES
    from flows.documents import WorkItem, engine_for, handle
    from flows.pools import worker_pool
    from pipeline.batch import expand_paths
    from store.db import upgrade

    settings = Settings(jobs=jobs)
    upgrade(settings.db_url)
    engine = engine_for(settings.db_url)
    pool = worker_pool(jobs) if jobs > 1 else None

    def items(folder: Path):
        return [WorkItem(path=str(p), name=p.name) for p in expand_paths([folder]) if p.suffix.lower() in DOCUMENT_SUFFIXES]

    def run(todo: list) -> list[str]:
        if pool is None:
            return [handle(it, settings, engine).outcome for it in todo]
        with ThreadPoolExecutor(jobs + 2) as threads:
            return [r.outcome for r in threads.map(lambda it: handle(it, settings, engine, pool), todo)]

    run(items(warm))
    todo = items(paths)
    t, cpu, kids = time.perf_counter(), time.process_time(), children_cpu()
    outcomes = run(todo)
    seconds, cpu, kids = time.perf_counter() - t, time.process_time() - cpu, children_cpu() - kids
    assert "error" not in outcomes, outcomes
    return {"seconds": seconds, "cpu": cpu, "children_cpu": kids, "docs": len(todo), "rss_mb": peak_rss_mb()}


def child_flow(paths: Path, warm: Path, jobs: int) -> dict:
    from flows.batch import batch_flow

    batch_flow(paths=[str(warm)], jobs=jobs)
    t, cpu, kids = time.perf_counter(), time.process_time(), children_cpu()
    summary = batch_flow(paths=[str(paths)], jobs=jobs)
    seconds, cpu, kids = time.perf_counter() - t, time.process_time() - cpu, children_cpu() - kids
    assert summary.total == sum(summary.by_outcome.values()) and summary.errors == 0, summary
    return {"seconds": seconds, "cpu": cpu, "children_cpu": kids, "docs": summary.total, "rss_mb": peak_rss_mb(),
            "outcomes": summary.by_outcome}


SERVER_PID: int | None = None  # the temporary Prefect server started here, whose CPU is counted too


def _server_cpu() -> float:
    if SERVER_PID is None:
        return 0.0
    import psutil

    t = psutil.Process(SERVER_PID).cpu_times()
    return t.user + t.system


def run_child(kind: str, paths: Path, warm: Path, data: Path, jobs: int = 2, env: dict | None = None) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, "--paths", str(paths), "--warm", str(warm),
           "--jobs", str(jobs)]
    child_env = {**os.environ, **(env or {}), "DENIALS_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    before = _server_cpu()
    out = subprocess.run(cmd, env=child_env, capture_output=True, text=True)
    if out.returncode != 0:
        sys.stderr.write(out.stderr[-4000:])
        raise SystemExit(f"{kind} child failed")
    got = json.loads(out.stdout.strip().splitlines()[-1])
    got["server_cpu"] = _server_cpu() - before  # the whole child run, warm-up included
    return got


# --- the Prefect API for the children ---------------------------------------------------------------

def prefect_api(tmp: Path):
    """(url, stop): PREFECT_API_URL when set, else a temporary server on a temporary database."""
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"], lambda: None
    os.environ.setdefault("PREFECT_HOME", str(tmp / "prefect-home"))
    import prefect.settings as ps
    from prefect.server.api.server import SubprocessASGIServer

    from tests.store.pg import free_port

    ctx = ps.temporary_settings(updates={ps.PREFECT_SERVER_DATABASE_CONNECTION_URL:
                                         f"sqlite+aiosqlite:///{tmp / 'prefect.db'}"})
    ctx.__enter__()
    server = SubprocessASGIServer(port=free_port())
    server.start(timeout=180)
    global SERVER_PID
    SERVER_PID = server.server_process.pid
    return server.api_url, server.stop


def overhead_rows(n: int, direct: dict, core: dict, parallel: dict, flow: dict) -> list[tuple]:
    overhead_pct = (flow["seconds"] / core["seconds"] - 1) * 100
    prefect_pct = (flow["seconds"] / parallel["seconds"] - 1) * 100
    bare_pct = (flow["seconds"] / direct["seconds"] - 1) * 100
    store_pct = (core["seconds"] / direct["seconds"] - 1) * 100
    cpu_pct = ((flow["cpu"] + flow["children_cpu"] + flow["server_cpu"])
               / (parallel["cpu"] + parallel["children_cpu"]) - 1) * 100
    return [
        ("flow overhead", f"{n} digital: calling the core directly, one after another "
                          f"{core['seconds']:.1f}s ({n / core['seconds']:.1f} doc/s), flow "
                          f"{flow['seconds']:.1f}s ({n / flow['seconds']:.1f} doc/s)",
         f"{overhead_pct:+.1f}%", "<= +10%", overhead_pct <= 10),
        ("Prefect's cost", f"against the same work and parallelism without Prefect ({parallel['seconds']:.1f}s, "
                           f"{n / parallel['seconds']:.1f} doc/s); CPU time (processes + Prefect server) "
                           f"{cpu_pct:+.1f}%", f"{prefect_pct:+.1f}%", "", True),
        ("(context)", f"process_file alone, no store: {direct['seconds']:.1f}s; storing adds {store_pct:+.1f}%, "
                      f"flow vs process_file alone {bare_pct:+.1f}%", "", "", True),
    ]


# --- the benchmark ------------------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller inputs, one repetition (a few minutes)")
    ap.add_argument("--reps", type=int, default=None, help="repetitions of each timing, best kept (default 2, quick 1)")
    ap.add_argument("--only", choices=["overhead", "memory", "ocr"], action="append",
                    help="measure only this figure (repeatable; default all three)")
    ap.add_argument("--child", choices=["direct", "core", "flow"], help=argparse.SUPPRESS)
    ap.add_argument("--paths", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--warm", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--jobs", type=int, default=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child == "direct":
        print(json.dumps(child_direct(args.paths, args.warm)))
        return
    if args.child == "core":
        print(json.dumps(child_core(args.paths, args.warm, args.jobs)))
        return
    if args.child == "flow":
        print(json.dumps(child_flow(args.paths, args.warm, args.jobs)))
        return

    # OCR scaling is a throughput: enough scans that the last one's tail (one worker idle while
    # the other finishes) is a small part of the run
    n_overhead, n_small, n_large, n_scans = (60, 20, 100, 6) if args.quick else (200, 50, 500, 16)
    parts = set(args.only or ["overhead", "memory", "ocr"])
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="denials-bench-") as tmp_s:
        tmp = Path(tmp_s)
        print(f"generating inputs in {tmp} ...", file=sys.stderr)
        warm = make_inputs(tmp / "warm", 2, start=90_000)
        small, overhead = tmp / "small", tmp / "overhead"
        if parts & {"overhead", "memory"}:
            digital = make_inputs(tmp / "digital", n_large if "memory" in parts else n_overhead)
            for folder, n in ((small, n_small), (overhead, n_overhead)):
                folder.mkdir()
                for p in sorted(digital.iterdir())[:n]:
                    (folder / p.name).symlink_to(p)
        if "ocr" in parts:
            scans = make_inputs(tmp / "scans", n_scans, scanned=True)
            warm_scans = make_inputs(tmp / "warm-scans", 1, scanned=True, start=95_000)

        url, stop = prefect_api(tmp)
        env = {"PREFECT_API_URL": url}
        reps = args.reps or (1 if args.quick else 2)
        runs = iter(range(1000))

        def best(*measure) -> list[dict]:
            """Each (kind, paths, warm, jobs) ``reps`` times, interleaved A B B A …, so that load
            from other processes hits both alike; the fastest of each."""
            got: list[list[dict]] = [[] for _ in measure]
            for r in range(reps):
                order = list(enumerate(measure))
                for i, (kind, paths, warm_, jobs) in (order if r % 2 == 0 else order[::-1]):
                    got[i].append(run_child(kind, paths, warm_, tmp / f"data{next(runs)}", jobs=jobs, env=env))
            return [min(g, key=lambda r: r["seconds"]) for g in got]

        try:
            if "overhead" in parts:
                print(f"flow overhead on {n_overhead} digital letters ...", file=sys.stderr)
                direct, core, parallel, flow = best(("direct", overhead, warm, 1), ("core", overhead, warm, 1),
                                                    ("core", overhead, warm, 2), ("flow", overhead, warm, 2))
            if "memory" in parts:
                print(f"peak memory, {n_small} vs {n_large} letters ...", file=sys.stderr)
                mem_small = run_child("flow", small, warm, tmp / "mem-small", jobs=2, env=env)
                mem_large = run_child("flow", digital, warm, tmp / "mem-large", jobs=2, env=env)
            if "ocr" in parts:
                print(f"{n_scans} scanned letters with 1 and 2 workers ...", file=sys.stderr)
                ocr1, ocr2 = best(("flow", scans, warm_scans, 1), ("flow", scans, warm_scans, 2))
        finally:
            stop()

    rows = []
    if "overhead" in parts:
        rows += overhead_rows(n_overhead, direct, core, parallel, flow)
    if "memory" in parts:
        rss_ratio = mem_large["rss_mb"] / mem_small["rss_mb"]
        rows.append(("peak RSS", f"{n_small} docs {mem_small['rss_mb']:.0f} MB, {n_large} docs "
                                 f"{mem_large['rss_mb']:.0f} MB (flow process and its workers)",
                     f"x{rss_ratio:.2f}", "flat (<= x1.15)", rss_ratio <= 1.15))
    if "ocr" in parts:
        speedup = ocr1["seconds"] / ocr2["seconds"]
        rows.append(("OCR scaling", f"{n_scans} scans: 1 worker {n_scans / ocr1['seconds']:.2f} doc/s, "
                                    f"2 workers {n_scans / ocr2['seconds']:.2f} doc/s",
                     f"x{speedup:.2f}", ">= x1.7", speedup >= 1.7))

    load = max(load_before, os.getloadavg()[0])
    print(f"\nbench_flow ({'quick' if args.quick else 'full'}, {os.cpu_count()} cores, load {load:.1f}, "
          f"best of {reps})")
    if load > 0.5 * (os.cpu_count() or 1):
        print("  (the machine was busy with other work: timings and the OCR scaling are pessimistic)")
    for name, detail, value, target, ok in rows:
        if not target:
            print(f"  {name:<14} {value:>8}  {'':<23} {'':<6}  {detail}")
            continue
        print(f"  {name:<14} {value:>8}  target {target:<16} {'ok' if ok else 'MISSED'}  {detail}")


if __name__ == "__main__":
    main()
