"""``denials text`` and ``denials extract``: the core pipeline from the command line."""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import click

from denials.config import Settings


def setup_logging(verbose: bool = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--jobs", "-j", type=int, default=None, help="worker processes (default: cores)")
def text(file: Path, jobs: int | None):
    """Print each page's text with its method (text layer / OCR) and confidence."""
    from models.errors import DenialsError
    from pipeline.workers import WorkerPool
    from pipeline.text import read_document

    setup_logging()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    settings = Settings()
    try:
        with WorkerPool(jobs or settings.jobs) as pool:
            doc = read_document(file, settings, pool)
    except DenialsError as e:
        raise click.ClickException(f"{e.code.value}: {e.message}")
    for p in doc.pages:
        conf = "" if p.confidence is None else f", confidence {p.confidence:.1f}"
        turn = f", rotated {p.rotation}°" if p.rotation else ""
        skew = f", deskewed {p.skew:+.2f}°" if p.skew else ""
        click.echo(f"=== page {p.number}/{len(doc.pages)} [{p.method}{conf}{turn}{skew}] ===")
        click.echo(p.text)
        click.echo()


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="write JSONL here instead of stdout")
@click.option("--jobs", "-j", type=int, default=None, help="worker processes (default: cores)")
@click.option("--verbose", "-v", is_flag=True, help="debug logging on stderr")
def extract(paths: tuple[Path, ...], out: Path | None, jobs: int | None, verbose: bool):
    """Extract one CaseRecord per document (files and folders, recursively) as JSONL."""
    from tqdm import tqdm

    from pipeline.batch import expand_paths, process_paths

    setup_logging(verbose)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    settings = Settings()
    total = sum(1 for _ in expand_paths(paths))
    counts: dict[str, int] = {}
    sink = open(out, "w", encoding="utf-8") if out else sys.stdout
    try:
        with tqdm(total=total, unit="doc", file=sys.stderr, disable=not sys.stderr.isatty()) as bar:
            for done in process_paths(paths, settings, jobs):
                sink.write(json.dumps(done.record.to_json(), ensure_ascii=False) + "\n")
                sink.flush()
                counts[done.record.status] = counts.get(done.record.status, 0) + 1
                bar.update(1)
                if not sys.stderr.isatty():
                    click.echo(f"[{sum(counts.values())}/{total}] {done.record.source.filename}: {done.record.status}",
                               err=True)
    finally:
        if out:
            sink.close()
    summary = ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
    click.echo(f"{sum(counts.values())} documents: {summary}" + (f" -> {out}" if out else ""), err=True)


@click.command("eval")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.argument("labels_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="print the report as JSON")
@click.option("--verbose", "-v", is_flag=True, help="list every wrong key field")
@click.option("--jobs", "-j", type=int, default=None, help="worker processes when SOURCE is documents")
@click.option("--save", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="also write the records extracted from documents to this JSONL file")
def eval_cmd(source: Path, labels_dir: Path, as_json: bool, verbose: bool, jobs: int | None, save: Path | None):
    """Score records (a JSONL file) or documents (a folder, extracted now) against LABELS_DIR."""
    from pipeline.batch import process_paths
    from pipeline.evaluate import evaluate, format_report

    setup_logging()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    records: dict[str, dict] = {}
    if source.is_file() and source.suffix == ".jsonl":
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                records.setdefault(os.path.basename(r["source"]["filename"]), r)
    else:
        for done in process_paths([source], Settings(), jobs):
            records[done.record.source.filename] = done.record.to_json()
        if save:
            save.write_text("".join(json.dumps(r) + "\n" for r in records.values()), encoding="utf-8")
    rep = evaluate(records, labels_dir)
    if as_json:
        click.echo(json.dumps({"summary": rep.summary, "fields": rep.fields, "silent_errors": rep.silent,
                               "wrong_key_fields": rep.wrong, "schema_errors": rep.schema_invalid}, default=str))
    else:
        click.echo(format_report(rep, verbose))
