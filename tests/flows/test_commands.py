"""``denials batch | export | reprocess`` from the command line (in process, via click's runner)."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json

import pytest
from click.testing import CliRunner

from denials.cli import cli
from flows.layout import Layout
from models import ErrorCode
from models.schema import schema_errors
from pipeline.process import failed, process_file
from store import (CSV_COLUMNS, add_correction, get_case, list_audit, save_processed, session_scope, upgrade)
from tests.flows.letters import Letter, html_as_pdf, letters, write_letter


def invoke(*args):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result


def sha_of(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def stored(tmp_path, store_env):
    """A store holding two letters, a failed document and a letter stored as a timeout failure."""
    upgrade(store_env.db_url)
    folder = tmp_path / "letters"
    files = letters(folder, 2) + [html_as_pdf(folder / "web.pdf")]
    slow = write_letter(folder / "slow.pdf", Letter(serial=55))
    from store import make_engine

    engine = make_engine(store_env.db_url)
    with session_scope(engine) as s:
        for f in files:
            save_processed(s, process_file(f, store_env), f.name, f.read_bytes())
        save_processed(s, failed("slow.pdf", sha_of(slow), ErrorCode.timeout, "took too long"), "slow.pdf",
                       slow.read_bytes())
    yield engine, files, slow
    engine.dispose()


def test_export_jsonl_is_contract_valid_with_corrections_applied(stored, tmp_path):
    engine, files, _ = stored
    rid = sha_of(files[0])
    with session_scope(engine) as s:
        add_correction(s, rid, "payer", "Corrected Payer", "reviewer")
    out = tmp_path / "cases.jsonl"
    result = invoke("export", "--format", "jsonl", "--out", str(out))
    assert result.exit_code == 0 and "4 case(s)" in result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 4
    for rec in records:
        assert schema_errors(rec) == [], rec["source"]["filename"]
    assert next(r for r in records if r["record_id"] == rid)["payer"] == "Corrected Payer"

    failed_only = invoke("export", "--status", "failed")
    assert sorted(json.loads(x)["source"]["filename"] for x in failed_only.stdout.splitlines()) == ["slow.pdf",
                                                                                                   "web.pdf"]
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert invoke("export", "--since", tomorrow).stdout == ""
    assert len(invoke("export", "--since", dt.date.today().isoformat()).stdout.splitlines()) == 4


def test_export_csv(stored):
    result = invoke("export", "--format", "csv", "--status", "extracted", "--status", "needs_review")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(csv.DictReader(io.StringIO(result.stdout)).fieldnames) == CSV_COLUMNS
    assert sorted(r["filename"] for r in rows) == ["letter-000.pdf", "letter-001.pdf"]


def test_export_without_a_store_says_so(store_env):
    result = CliRunner().invoke(cli, ["export"])
    assert result.exit_code != 0 and "no case store" in result.output


def test_reprocess_reextracts_from_stored_pages_and_keeps_corrections(stored, monkeypatch):
    import flows.reprocess as rp

    engine, files, slow = stored
    rid = sha_of(files[0])
    with session_scope(engine) as s:
        add_correction(s, rid, "payer", "Corrected Payer", "reviewer")
    real = rp.extract_record
    seen = []

    def better(doc):
        seen.append(doc.pages[0].method)
        rec = real(doc)
        return rec.model_copy(update={"payer": "Re-extracted Payer", "claim_number": "CLM-NEW"})

    monkeypatch.setattr(rp, "extract_record", better)
    result = invoke("reprocess", rid[:12])
    assert result.exit_code == 0, result.output
    assert f"{rid[:12]}: updated" in result.output and seen == ["text"]
    with session_scope(engine, readonly=True) as s:
        case = get_case(s, rid)
        raw = get_case(s, rid, apply_corrections=False)
        assert case["payer"] == "Corrected Payer" and case["claim_number"] == "CLM-NEW"  # correction still wins
        assert raw["payer"] == "Re-extracted Payer"
        assert list_audit(s, rid)[-1].action == "reprocessed"

    result = invoke("reprocess", "--all")
    assert result.exit_code == 0
    with session_scope(engine, readonly=True) as s:
        # the timeout failure was run again from its stored file and is a case now
        assert get_case(s, sha_of(slow))["status"] in ("extracted", "needs_review")
        assert get_case(s, sha_of(files[2]))["error"]["code"] == "not_a_document"
    assert "rerun" in result.output

    assert invoke("reprocess", "feedfacefeed").exit_code == 1
    assert CliRunner().invoke(cli, ["reprocess"]).exit_code == 2  # RECORD_ID... or --all


@pytest.mark.usefixtures("prefect_api")
def test_batch_over_samples_reads_in_place_and_says_where_results_are(tmp_path, store_env):
    folder = tmp_path / "samples" / "letters"
    letters(folder, 2)
    html_as_pdf(folder / "bad.pdf")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    result = invoke("batch", str(folder))

    assert result.exit_code == 0, result.output
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert "3 document(s): new 2, failed 1" in result.stdout
    assert str(store_env.sqlite_path) in result.stdout
    assert "denials export" in result.stdout and "denials review" in result.stdout
    assert "bad.pdf: not_a_document" in result.stdout


@pytest.mark.usefixtures("prefect_api")
def test_batch_no_move_leaves_an_inbox_alone(tmp_path, store_env):
    layout = Layout.for_inbox(tmp_path / "inbox", store_env).ensure()
    letters(layout.inbox, 2)
    result = invoke("batch", str(layout.inbox), "--no-move", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert len(list(layout.inbox.iterdir())) == 2 and not any(layout.archive.iterdir())
