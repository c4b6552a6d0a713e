"""The worker pool: every CPU-heavy stage of a document runs in it, born-digital letters
included, with the same results as in one thread; a worker that dies costs only its document."""
import json
import os
import subprocess
import sys
import textwrap

import pytest

from pipeline.batch import process_paths
from pipeline.process import process_file
from pipeline.workers import WorkerPool
from tests.conftest import REPO
from tests.letters import letter_pdf
from tests.pipeline.test_text import squash


def _comparable(rec) -> dict:
    return rec.record.to_json()


@pytest.fixture(scope="module")
def digital(tmp_path_factory):
    folder = tmp_path_factory.mktemp("digital")
    for i in range(4):
        letter_pdf(folder / f"letter-{i}.pdf", [[f"Reference {i:04d}", *page] for page in
                                                [["Acme Health Plan", "Date: January 2, 2025",
                                                  "We denied the MRI because it is not medically necessary.",
                                                  "You may appeal within 180 days of the date of this letter."]]])
    return folder


def test_records_are_the_same_with_workers_as_in_one_thread(digital, settings):
    one = [_comparable(p) for p in process_paths([digital], settings, jobs=1)]
    two = [_comparable(p) for p in process_paths([digital], settings, jobs=2)]
    assert len(one) == 4 and one == two
    assert {r["appeal"]["deadline"] for r in one} == {"2025-07-01"}


def test_born_digital_letters_are_read_and_extracted_in_the_workers(digital, tmp_path):
    """In a fresh interpreter: with two workers, the calling process never builds the extractor's
    models nor opens a text layer, and the documents come back from two different processes."""
    script = textwrap.dedent(f"""
        import json, os, subprocess
        from pathlib import Path
        import pipeline.text, pipeline.process
        from denials.config import Settings
        from extractors.nlp import nlp
        from pipeline.workers import WorkerPool

        seen = []
        real = pipeline.text.read_text_layer
        pipeline.text.read_text_layer = lambda p: seen.append(p) or real(p)  # only this process sees it
        if __name__ == "__main__":
            pids = set()
            with WorkerPool(2) as pool:
                for p in sorted(Path({str(digital)!r}).iterdir()):
                    rec = pipeline.process.process_file(p, Settings(data_dir={str(tmp_path)!r}), pool).record
                    assert rec.status != "failed", rec.error
                # two calls at once land in two processes: each reports its worker's pid
                calls = [pool.call(subprocess.getoutput, "sleep 0.5; echo $PPID") for _ in range(2)]
                pids = {{int(c.result()) for c in calls}}
            print(json.dumps({{"models_built_here": nlp.cache_info().currsize, "text_layers_here": len(seen),
                              "worker_pids": len(pids - {{os.getpid()}})}}))
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    assert out.returncode == 0, out.stderr[-2000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got == {"models_built_here": 0, "text_layers_here": 0, "worker_pids": 2}


def test_a_worker_that_dies_fails_only_the_work_it_held(digital, settings):
    letter = sorted(digital.iterdir())[0]
    with WorkerPool(2) as pool:
        with pytest.raises(Exception) as died:
            pool.call(os._exit, 1).result(timeout=60)
        assert "terminated abruptly" in str(died.value)
        after = process_file(letter, settings, pool)  # the pool starts new workers
    assert after.record.status != "failed"
    assert "medically necessary" in squash(after.record.denial_reason.text or "")
