"""Scale-out and other stores: document tasks on a Dask cluster, and a batch into PostgreSQL."""
from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from flows.layout import Layout
from store import count_cases, get_case, make_engine, session_scope
from store.schema import SightingRow
from tests.flows.conftest import run_flow
from tests.flows.letters import html_as_pdf, letters
from tests.flows.test_batch_flow import assert_store_consistent

pytestmark = pytest.mark.usefixtures("prefect_api")


def test_document_tasks_run_on_a_dask_cluster(tmp_path, store_env, engine, monkeypatch):
    from distributed import LocalCluster, get_worker

    import flows.batch
    from flows.pools import close_worker_pool

    real_handle = flows.batch.handle
    trace = tmp_path / "on-worker.txt"  # the task is pickled to the worker: report through a file

    def handle(item, settings, engine, ocr=None, **kw):
        with open(trace, "a") as f:  # get_worker() raises outside a Dask worker
            f.write(f"{get_worker().address} {ocr.jobs}\n")
        return real_handle(item, settings, engine, ocr, **kw)

    monkeypatch.setattr(flows.batch, "handle", handle)
    layout = Layout.for_inbox(tmp_path / "inbox", store_env).ensure()
    letters(layout.inbox, 4)
    html_as_pdf(layout.inbox / "page.pdf")
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        try:
            summary, _ = run_flow(inbox=str(layout.inbox), settle_s=0, dask_address=cluster.scheduler_address)
            workers = set(cluster.scheduler.workers)
        finally:
            close_worker_pool()
    assert summary.by_outcome == {"new": 4, "failed": 1}
    on_worker = [line.split() for line in trace.read_text().splitlines()]
    assert len(on_worker) == 5 and {a for a, _ in on_worker} <= workers
    assert {jobs for _, jobs in on_worker} == {"2"}  # the worker's own OCR pool, sized by its threads
    assert len(list(layout.archive.rglob("*.pdf"))) == 4
    assert (layout.quarantine / "page.pdf.error.json").exists()
    with session_scope(engine, readonly=True) as s:
        assert count_cases(s) == 5
    assert_store_consistent(engine)


@pytest.mark.postgres
def test_batch_into_postgres(tmp_path, store_env, monkeypatch):
    from tests.store.pg import postgres_or_skip

    server = postgres_or_skip()
    url = server.create_database()
    try:
        monkeypatch.setenv("DENIALS_DATABASE_URL", url)
        folder = tmp_path / "letters"
        good = letters(folder, 3)
        (folder / "copy.pdf").write_bytes(good[1].read_bytes())
        html_as_pdf(folder / "not-a-letter.pdf")

        summary, _ = run_flow(paths=[str(folder)])

        assert summary.by_outcome == {"new": 3, "duplicate": 1, "failed": 1}
        assert not (tmp_path / "data" / "denials.db").exists()  # nothing went to the default SQLite file
        engine = make_engine(url)
        try:
            with session_scope(engine, readonly=True) as s:
                assert count_cases(s) == 4
                assert s.scalar(select(func.count()).select_from(SightingRow)) == 5
                case = get_case(s, hashlib.sha256(good[0].read_bytes()).hexdigest())
                assert case["source"]["filename"] == "letter-000.pdf"
            assert_store_consistent(engine)
        finally:
            engine.dispose()
    finally:
        server.drop_database(url)
