"""Score CaseRecords against labelled letters, by the acceptance scorer's conventions
(../shared/tools/score.py): identifiers compare case- and punctuation-insensitively, codes as
sets, guidelines as a set of identifiers (or by source when printed without one), a scan and its
digital twin scored separately; a *silent error* is a wrong appeal deadline or expedited flag
while needs_review is false."""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from models.schema import schema_errors

FIELDS = ["document_type", "letter_date", "payer", "member.member_id", "claim_number", "authorization_number",
          "service.procedure_codes", "service.diagnosis_codes", "service.date_of_service", "review_type",
          "denial_reason.category", "guidelines", "missing_documentation", "carc_codes",
          "appeal.deadline", "appeal.window_days", "appeal.counted_from",
          "expedited.eligible", "expedited.decision_hours", "external_review.available", "peer_to_peer.offered"]
KEY_FIELDS = ["document_type", "denial_reason.category", "guidelines", "appeal.deadline", "expedited.eligible"]
_MISSING = object()


def get(d, path: str):
    cur = d
    for p in path.split("."):
        if not isinstance(cur, dict) or p not in cur:
            return _MISSING
        cur = cur[p]
    return cur


def norm_id(x) -> str:
    return re.sub(r"[^A-Z0-9]", "", str(x).upper())


def norm_text(x) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(x).lower()).strip()


def norm_guide_id(x) -> str:
    return re.sub(r"[^A-Z0-9.\-]", "", str(x).upper()).strip(".-")


def norm_carc(x) -> str:
    m = re.match(r"^\s*(CO|PR|OA|PI|CR)\s*[-/ ]?\s*([A-Z0-9]{1,4})\s*$", str(x).upper())
    return f"{m.group(1)}-{m.group(2)}" if m else str(x).upper().strip()


def loose_eq(a: str, b: str, minlen: int = 4) -> bool:
    if a == b:
        return True
    if not a or not b:
        return False
    s, l = (a, b) if len(a) <= len(b) else (b, a)
    return len(s) >= minlen and s in l


def f1_match(lab_items: list, pred_items: list, match) -> float:
    if not lab_items and not pred_items:
        return 1.0
    if not lab_items or not pred_items:
        return 0.0
    used, tp = set(), 0
    for li in lab_items:
        for j, pi in enumerate(pred_items):
            if j not in used and match(li, pi):
                used.add(j)
                tp += 1
                break
    if tp == 0:
        return 0.0
    p, r = tp / len(pred_items), tp / len(lab_items)
    return 2 * p * r / (p + r)


def guide_match(li: dict, pi: dict) -> bool:
    lid = li.get("identifier")
    if lid:
        cands = [c for c in (pi.get("identifier"), pi.get("title")) if c]
        return any(loose_eq(norm_guide_id(lid), norm_guide_id(c)) for c in cands)
    return pi.get("source") == li.get("source")


def field_score(f: str, lab: dict, rec: dict | None) -> float:
    lv = get(lab, f)
    lv = None if lv is _MISSING else lv
    pv = get(rec, f) if rec is not None else _MISSING
    if pv is _MISSING:
        return 0.0
    if f == "payer":
        if lv is None:
            return float(pv is None)
        if not pv:
            return 0.0
        return float(any(loose_eq(norm_text(a), norm_text(pv), 6) for a in [lv] + list(lab.get("payer_aliases") or [])))
    if f in ("member.member_id", "claim_number", "authorization_number"):
        return float(pv is None) if lv is None else float(pv is not None and norm_id(pv) == norm_id(lv))
    if f in ("service.procedure_codes", "service.diagnosis_codes"):
        return float(isinstance(pv, list) and {norm_id(x) for x in lv or []} == {norm_id(x) for x in pv if x})
    if f == "carc_codes":
        return float(isinstance(pv, list) and {norm_carc(x) for x in lv or []} == {norm_carc(x) for x in pv if x})
    if f == "guidelines":
        if not isinstance(pv, list):
            return 0.0
        return f1_match(lv or [], [x for x in pv if isinstance(x, dict)], guide_match)
    if f == "missing_documentation":
        if not isinstance(pv, list):
            return 0.0
        return f1_match([norm_text(x) for x in lv or []], [norm_text(x) for x in pv if x], lambda a, b: loose_eq(a, b, 8))
    return float(pv == lv and type(pv) == type(lv)) if lv is not None else float(pv is None)


def silent_errors(lab: dict, rec: dict | None) -> list[str]:
    if rec is None or rec.get("needs_review") is not False:
        return []
    out = []
    for f in ("appeal.deadline", "expedited.eligible"):
        pv, lv = get(rec, f), get(lab, f)
        lv = None if lv is _MISSING else lv
        if pv is not _MISSING and pv is not None and pv != lv:
            out.append(f)
    return out


@dataclass
class Report:
    fields: dict[str, dict[str, float | None]] = field(default_factory=dict)  # kind -> field -> mean
    summary: dict = field(default_factory=dict)
    silent: list[dict] = field(default_factory=list)
    wrong: list[dict] = field(default_factory=list)
    schema_invalid: list[dict] = field(default_factory=list)


def _mean(xs):
    return sum(xs) / len(xs) if xs else None


def load_labels(labels_dir: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text()) for p in sorted(Path(labels_dir).glob("*.json")) if p.name != "expected.json"}


def expected_files(labels: dict[str, dict], labels_dir: Path) -> list[tuple[str, str, str]]:
    sib = Path(labels_dir).parent / "docs"
    sib_files = sorted(os.listdir(sib)) if sib.is_dir() else []
    docs = []
    for stem, lab in labels.items():
        files = lab.get("files") or [f for f in sib_files if re.sub(r"_scan$", "", os.path.splitext(f)[0]) == stem] \
            or [stem + ".pdf"]
        for fn in files:
            docs.append((fn, stem, "scanned" if "_scan" in os.path.splitext(fn)[0] else "digital"))
    return docs


def evaluate(records: dict[str, dict], labels_dir: Path) -> Report:
    labels = load_labels(labels_dir)
    docs = expected_files(labels, labels_dir)
    per = {k: {f: [] for f in FIELDS + ["key"]} for k in ("digital", "scanned", "all")}
    rep = Report()
    found = flagged = 0
    auto_keys = []
    for fn, stem, kind in docs:
        lab, rec = labels[stem], records.get(fn)
        if rec is not None:
            found += 1
            errs = schema_errors(rec)
            if errs:
                rep.schema_invalid.append({"file": fn, "errors": errs[:3]})
            if rec.get("needs_review") is False:
                pass
            else:
                flagged += 1
        scores = {f: field_score(f, lab, rec) for f in FIELDS}
        scores["key"] = sum(scores[f] for f in KEY_FIELDS) / len(KEY_FIELDS)
        for f, v in scores.items():
            per[kind][f].append(v)
            per["all"][f].append(v)
        for f in KEY_FIELDS:
            if scores[f] < 1:
                rep.wrong.append({"file": fn, "field": f, "predicted": get(rec, f) if rec else "<no record>",
                                  "label": get(lab, f)})
        for f in silent_errors(lab, rec):
            rep.silent.append({"file": fn, "field": f, "predicted": get(rec, f), "label": get(lab, f)})
        if rec is not None and rec.get("needs_review") is False:
            auto_keys.append(scores["key"])
    rep.fields = {k: {f: _mean(v) for f, v in per[k].items()} for k in per}
    rep.summary = {
        "key": _mean(per["all"]["key"]), "digital": _mean(per["digital"]["key"]), "scanned": _mean(per["scanned"]["key"]),
        "silent": len(rep.silent), "coverage": found / len(docs) if docs else 0.0,
        "review_rate": flagged / found if found else None, "auto_key": _mean(auto_keys),
        "schema_invalid": len(rep.schema_invalid), "documents": len(docs), "records_found": found,
        "review_rate_digital": _rate(records, docs, "digital"), "review_rate_scanned": _rate(records, docs, "scanned"),
    }
    return rep


def _rate(records, docs, kind):
    recs = [records[fn] for fn, _, k in docs if k == kind and fn in records]
    return sum(1 for r in recs if r.get("needs_review") is not False) / len(recs) if recs else None


def format_report(rep: Report, verbose: bool = False) -> str:
    fmt = lambda v: "  -  " if v is None else f"{v:5.3f}"
    lines = [f"{'field':28s} {'digital':>7s} {'scanned':>7s} {'all':>7s}"]
    for f in FIELDS + ["key"]:
        lines.append(f"{f:28s} {fmt(rep.fields['digital'][f]):>7s} {fmt(rep.fields['scanned'][f]):>7s} {fmt(rep.fields['all'][f]):>7s}")
    s = rep.summary
    if rep.schema_invalid:
        lines.append(f"schema-invalid records: {len(rep.schema_invalid)}")
        lines += [f"  {x['file']}: {x['errors']}" for x in rep.schema_invalid[:10]]
    if rep.silent:
        lines.append("SILENT ERRORS (wrong and needs_review=false):")
        lines += [f"  {x['file']}: {x['field']} predicted={x['predicted']!r} label={x['label']!r}" for x in rep.silent]
    if verbose:
        lines.append("wrong key fields:")
        lines += [f"  {x['file']}: {x['field']} predicted={x['predicted']!r} label={x['label']!r}" for x in rep.wrong]
    g = lambda k, p=".2f": "n/a" if s[k] is None else format(s[k], p)
    lines.append(f"key={s['key']:.3f} digital={g('digital')} scanned={g('scanned')} silent={s['silent']} "
                 f"review_rate={g('review_rate')} (digital={g('review_rate_digital')} scanned={g('review_rate_scanned')}) "
                 f"auto_key={g('auto_key', '.3f')} coverage={s['coverage']:.2f} schema_invalid={s['schema_invalid']}")
    return "\n".join(lines)
