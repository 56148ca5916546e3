"""The run's summary held as Arrow (pipeline/run/summary.py) and printed a batch at a
time (pipeline/cli/run_output.py): the same rows, text and JSON as the whole list of
dicts gave, whatever the batch size."""
from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, timezone

import click
import pytest
from click.testing import CliRunner

import pipeline.run.summary as summary_mod
from pipeline.cli.run_output import report
from pipeline.contract import DocResult, ErrorCategory, Status, as_row
from pipeline.run.summary import Summary


def _result(i: int, path: str, status=Status.OK, category=None, fmt="txt", error=None, warnings=()) -> DocResult:
    doc = as_row("documents", doc_id=f"{i:064x}", source_path=path, status=status, format=fmt,
                 kinds=["roadmap"] if status != Status.FAILED else [], region_code="RU-TUL",
                 order_number=f"{i}-п", order_date=date(2024, 2, i % 28 + 1), error=error,
                 warnings=list(warnings), n_touchpoints=i, n_roadmap_items=2, n_procedure_items=0,
                 pipeline_version="v1", ingested_at=datetime(2026, 12, 6, 7, i % 60, 1, 250, tzinfo=timezone.utc))
    return DocResult(doc, category=category)


def _results():
    return [_result(3, "b.txt", warnings=["w1", "w2"]),
            _result(1, "a/ц.docx", Status.PARTIAL, ErrorCategory.UNREAD_CONTENT, "docx", "procedure: no list"),
            _result(2, "c.pdf", Status.FAILED, ErrorCategory.NO_CONTENT, None, "no touchpoint list"),
            _result(4, "d.txt", Status.FAILED, ErrorCategory.LOAD_ERROR, "", "bad\x1b[2Jname")]


def _old_json(results, out) -> dict:
    """The JSON as the CLI wrote it from one list of dicts (before the Summary)."""
    docs = [dict(r.document, error_category=r.category) for r in results]
    by_format = Counter((d["format"] or "unknown", str(d["status"])) for d in docs)
    return json.dumps({
        "out": str(out),
        "documents": [{k: (str(v) if k in ("order_date", "ingested_at") and v is not None else v)
                       for k, v in d.items() if k != "warnings"} | {"n_warnings": len(d["warnings"])}
                      for d in docs],
        "by_format": [{"format": f, "status": s, "n": n} for (f, s), n in sorted(by_format.items())],
        "rows": {t: sum(d[f"n_{t}"] for d in docs) for t in ("touchpoints", "roadmap_items", "procedure_items")},
    }, ensure_ascii=False, indent=1, default=str)


def _printed(docs, as_json, out="out") -> tuple[str, bool]:
    failed = []

    @click.command()
    def cmd():
        failed.append(report(docs, as_json, out))
    res = CliRunner().invoke(cmd)
    assert res.exception is None, res.exception
    return res.output, failed[0]


@pytest.mark.parametrize("batch", [1, 3, 1000])
def test_json_is_what_the_whole_list_gave(monkeypatch, batch):
    monkeypatch.setattr(summary_mod, "BATCH", batch)
    docs = Summary()
    for r in _results():
        docs.add(r)
    text, _ = _printed(docs, True)
    assert text == _old_json(_results(), "out") + "\n"


def test_empty_run_json_and_text():
    assert _printed(Summary(), True)[0] == _old_json([], "out") + "\n"
    assert _printed(Summary(), False)[0] == "nothing to do: every file is already in the dataset as it is\n"


def test_text_sorted_by_path_with_errors_and_totals(monkeypatch):
    monkeypatch.setattr(summary_mod, "BATCH", 2)
    docs = Summary()
    for r in _results():
        docs.add(r)
    text, failed = _printed(docs, False)
    lines = text.splitlines()
    files = [ln.split()[-1] for ln in lines[1:] if ln.startswith(("ok", "partial", "failed"))]
    assert files == ["a/ц.docx", "b.txt", "c.pdf", "d.txt"]
    assert "↳ bad\\x1b[2Jname" in text                  # the error's escape shown, not run
    assert lines[-1] == ("4 documents: 2 failed, 1 ok, 1 partial; rows: touchpoints 10, roadmap 8, "
                         "procedure_items 0")
    assert failed is True


def test_a_later_copy_of_the_same_bytes_replaces_the_earlier(monkeypatch):
    monkeypatch.setattr(summary_mod, "BATCH", 2)
    docs = Summary()
    for r in [_result(1, "z.txt"), _result(2, "b.txt"), _result(1, "a.txt"), _result(3, "c.txt")]:
        docs.add(r)
    assert len(docs) == 3
    assert sorted(d["source_path"] for d in docs) == ["a.txt", "b.txt", "c.txt"]
    assert docs[0]["source_path"] == "b.txt" and docs[-1]["source_path"] == "c.txt"
    assert docs.totals()["rows"]["touchpoints"] == 1 + 2 + 3


def test_environment_failure_only_when_every_document_failed_retryably():
    docs = Summary()
    assert docs.environment_failure() is None
    docs.add(_result(1, "a.txt", Status.FAILED, ErrorCategory.TOOL_UNAVAILABLE, error="no soffice"))
    docs.add(_result(2, "b.txt", Status.FAILED, ErrorCategory.WORKER_DIED, error="died"))
    assert docs.environment_failure() == "a.txt: no soffice"
    docs.add(_result(3, "c.txt", Status.FAILED, ErrorCategory.NO_CONTENT, error="nothing"))
    assert docs.environment_failure() is None
    ok = Summary()
    ok.add(_result(1, "a.txt"))
    assert ok.environment_failure() is None


def test_full_batches_go_to_a_file_read_back_while_the_run_goes_on(monkeypatch):
    import gc
    import os

    monkeypatch.setattr(summary_mod, "BATCH", 2)
    docs = Summary()
    for i in range(5):
        docs.add(_result(i + 1, f"p{i}.txt"))
    assert len(docs._rows) == 1                          # two full batches left memory
    path = docs._spill[0]
    assert os.path.getsize(path) > 0
    assert [d["source_path"] for d in docs] == [f"p{i}.txt" for i in range(5)]
    docs.add(_result(9, "a.txt"))                        # after a read: still appended, still read
    assert [d["source_path"] for d in docs.by_path()] == ["a.txt", *(f"p{i}.txt" for i in range(5))]
    del docs
    gc.collect()
    assert not os.path.exists(path)                      # the file goes with the summary
