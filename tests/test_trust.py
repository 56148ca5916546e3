"""Issue 8: a careless or hostile user cannot make the pipeline lose or leak files.

Faults are injected the way OCRmyPDF's tests do it: a monkeypatched tool that
raises, a worker that dies (tests/faults.py), a write that fails with
ENOSPC/EROFS, signals sent to the real CLI in a subprocess."""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.store.outdir import MARKER
from pipeline.contract import ErrorCategory, RowError, Status
from pipeline.run.batch import RunOptions, process_cached
from tests.faults import faulty_cli, inject
from tests.storeutil import SEED_RM, SEED_TP, cli_cmd, corpus, env, invoke, run_cli, snapshot

ROOT = Path(__file__).resolve().parent.parent


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def built(tmp_path):
    raw, out = corpus(tmp_path / "raw"), tmp_path / "out"
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q").exit_code == 0
    return raw, out


# -- --out -------------------------------------------------------------------

@pytest.mark.parametrize("where", ["raw", "raw/sub", "."])
def test_out_equal_inside_or_above_raw_is_refused(tmp_path, where):
    raw = corpus(tmp_path / "raw")
    before = files_of(tmp_path)
    res = invoke("rebuild", "--raw", raw, "--out", tmp_path / where, "-q")
    assert res.exit_code == 2
    assert "raw folder" in res.output
    assert files_of(tmp_path) == before


def test_out_with_users_files_is_refused_and_kept(tmp_path):
    raw, mine = corpus(tmp_path / "raw"), tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.docx").write_bytes(b"my work")
    res = invoke("rebuild", "--raw", raw, "--out", mine, "-q")
    assert res.exit_code == 2 and MARKER in res.output
    assert files_of(mine) == {"thesis.docx": b"my work"}
    assert invoke("ingest", raw / SEED_TP, "--raw", raw, "--out", mine, "-q").exit_code == 2
    assert files_of(mine) == {"thesis.docx": b"my work"}


def test_out_that_is_a_file_is_refused(tmp_path):
    raw, f = corpus(tmp_path / "raw"), tmp_path / "out"
    f.write_text("keep")
    assert invoke("rebuild", "--raw", raw, "--out", f, "-q").exit_code == 2
    assert f.read_text() == "keep"


def test_new_dataset_has_marker_and_legacy_dataset_is_recognised(built):
    raw, out = built
    assert (out / MARKER).is_file()
    (out / MARKER).unlink()                               # a dataset from before the marker
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q").exit_code == 0
    assert json.loads((out / MARKER).read_text())["tool"] == "touchpoints"


def test_rebuild_from_empty_raw_refuses_to_empty_dataset(built, tmp_path):
    _, out = built
    before = snapshot(out)
    empty = tmp_path / "empty"
    empty.mkdir()
    res = invoke("rebuild", "--raw", empty, "--out", out, "-q")
    assert res.exit_code == 2 and "--allow-empty" in res.output and "2 documents" in res.output
    assert snapshot(out) == before
    assert invoke("rebuild", "--raw", empty, "--out", out, "-q", "--allow-empty").exit_code == 0
    assert len(pd.read_parquet(out / "documents")) == 0


def test_rebuild_says_how_many_documents_it_removes(built):
    raw, out = built
    (raw / SEED_RM).unlink()
    res = invoke("rebuild", "--raw", raw, "--out", out, "-q")       # stderr is mixed into output
    assert res.exit_code == 0 and "removes 1 document(s)" in res.output


def test_review_of_a_folder_that_is_not_a_dataset_is_an_error(tmp_path):
    (tmp_path / "x").mkdir()
    assert invoke("review", "--out", tmp_path / "x").exit_code == 2
    assert invoke("review", "--out", tmp_path / "missing").exit_code == 2


# -- inputs never leave raw/ ------------------------------------------------

def test_outside_files_are_copied_into_raw_never_overwriting(tmp_path):
    raw, out = corpus(tmp_path / "raw", seeds=(SEED_TP,)), tmp_path / "out"
    a, b = tmp_path / "a" / SEED_RM, tmp_path / "b" / SEED_RM
    a.parent.mkdir(), b.parent.mkdir()
    a.write_bytes((ROOT / "raw" / SEED_RM).read_bytes())
    b.write_bytes((ROOT / "raw" / SEED_RM).read_bytes() + "\nприложение\n".encode())
    assert invoke("ingest", a, "--raw", raw, "--out", out, "-q").exit_code == 0
    assert invoke("ingest", b, "--raw", raw, "--out", out, "-q").exit_code == 0
    copies = {p.name for p in raw.iterdir() if p.name != SEED_TP}
    assert SEED_RM in copies and len(copies) == 2
    assert (copies - {SEED_RM}).pop().startswith(SEED_RM[:-4] + ".")      # NAME.<hash>.txt
    assert (raw / SEED_RM).read_bytes() == a.read_bytes()       # the first copy was not overwritten
    docs = pd.read_parquet(out / "documents")
    assert set(docs["source_path"]) == copies                  # relative to raw/, never absolute
    # the next rebuild keeps them even when the originals are gone
    a.unlink(), b.unlink()
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q").exit_code == 0
    assert len(pd.read_parquet(out / "documents")) == 3


def test_ingest_without_raw_folder_creates_it(tmp_path):
    src = tmp_path / "in" / SEED_TP
    src.parent.mkdir()
    src.write_bytes((ROOT / "raw" / SEED_TP).read_bytes())
    raw, out = tmp_path / "raw", tmp_path / "out"
    assert invoke("ingest", src, "--raw", raw, "--out", out, "-q").exit_code == 0
    assert (raw / SEED_TP).read_bytes() == src.read_bytes()
    assert list(pd.read_parquet(out / "documents")["source_path"]) == [SEED_TP]


def test_links_out_of_raw_and_fifos_are_skipped(tmp_path):
    raw, out = corpus(tmp_path / "raw", seeds=(SEED_TP,)), tmp_path / "out"
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:секрет\n", encoding="utf-8")
    (raw / "passwd.txt").symlink_to(secret)
    (raw / "up").symlink_to(tmp_path)                       # a folder link (a loop, too)
    os.mkfifo(raw / "pipe.txt")                             # opening it would block forever
    res = invoke("rebuild", "--raw", raw, "--out", out, "-q")
    err = res.output
    assert res.exit_code == 0
    assert "passwd.txt" in err and "outside" in err and "FIFO" in err
    docs = pd.read_parquet(out / "documents")
    assert list(docs["source_path"]) == [SEED_TP]
    assert not any("секрет" in str(t) for t in docs["title"])
    # named explicitly: the link is still skipped, the FIFO is an error (exit 2), neither is opened
    assert invoke("ingest", raw / "passwd.txt", "--raw", raw, "--out", out, "-q").exit_code == 0
    assert list(pd.read_parquet(out / "documents")["source_path"]) == [SEED_TP]
    assert invoke("ingest", raw / "pipe.txt", "--raw", raw, "--out", out, "-q").exit_code == 2


# -- the per-document guard and the cache --------------------------------------

def test_unreadable_or_vanished_file_fails_alone(tmp_path, monkeypatch):
    raw = corpus(tmp_path / "raw")
    gone = process_cached(raw / "vanished.txt", raw, RunOptions().cache)
    assert gone.document["status"] == Status.FAILED and gone.category is ErrorCategory.UNREADABLE
    assert gone.document["source_path"] == "vanished.txt"
    import pipeline.run.rawfiles as hashing          # where a document's bytes are hashed

    real_open = open

    def deny(path, *a, **k):
        if str(path).endswith(SEED_RM):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *a, **k)

    monkeypatch.setattr(hashing, "open", deny, raising=False)
    out = tmp_path / "out"
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q", "--workers", "1", "--timeout", "0").exit_code == 1
    docs = pd.read_parquet(out / "documents").set_index("source_path")
    assert docs.loc[SEED_TP, "status"] == "ok"
    assert docs.loc[SEED_RM, "status"] == "failed" and "Permission denied" in docs.loc[SEED_RM, "error"]


@pytest.mark.parametrize("kind", ["file", "enospc"])
def test_cache_that_cannot_be_written_never_fails_a_document(tmp_path, monkeypatch, kind):
    raw, out = corpus(tmp_path / "raw"), tmp_path / "out"
    if kind == "file":
        bad = tmp_path / "cache"
        bad.write_text("not a folder")
        args = ["--cache-dir", bad]
    else:                                   # the disk fills after the probe: every entry write fails
        import pipeline.store.cache

        def full(*a, **k):
            raise OSError(errno.ENOSPC, "No space left on device")
        monkeypatch.setattr(pipeline.store.cache, "atomic_write", full)
        args = []
    res = invoke("rebuild", "--raw", raw, "--out", out, "-q", "--workers", "1", "--timeout", "0", *args)
    assert res.exit_code == 0
    assert set(pd.read_parquet(out / "documents")["status"]) == {"ok"}
    assert res.output.count("parse cache not used") == (1 if kind == "file" else 0)


def test_planted_cache_entries_never_run_and_never_count(tmp_path):
    from pipeline.store.cache import ParseCache
    from pipeline.run.process import file_hash
    from pipeline.version import pipeline_version

    raw = corpus(tmp_path / "raw", seeds=(SEED_TP,))
    cache = ParseCache(tmp_path / "c")
    doc_id = file_hash(raw / SEED_TP)
    folder = tmp_path / "c" / pipeline_version()
    folder.mkdir(parents=True)
    marker = tmp_path / "pwned"
    import pickle

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    (folder / f"{doc_id}.pkl").write_bytes(pickle.dumps(Evil()))
    (folder / f"{doc_id}.json").write_text(json.dumps({"format": 1, "pipeline_version": pipeline_version(),
                                                       "tables": {"documents": [{"doc_id": doc_id, "x": 1}]}}))
    assert cache.get(doc_id) is None                          # foreign JSON: a miss
    r = process_cached(raw / SEED_TP, raw, cache)
    assert r.document["status"] == Status.OK and not marker.exists()
    assert cache.get(doc_id).document["n_touchpoints"] == r.document["n_touchpoints"]


def test_cache_dir_inside_raw_is_refused(tmp_path):
    raw = corpus(tmp_path / "raw")
    assert invoke("rebuild", "--raw", raw, "--out", tmp_path / "o", "--cache-dir", raw / ".c").exit_code == 2


# -- workers, limits, timeouts ----------------------------------------------------

@pytest.mark.parametrize("fault, category", [("exit", ErrorCategory.WORKER_DIED),
                                             ("raise", ErrorCategory.INTERNAL_ERROR),
                                             ("memory", ErrorCategory.MEMORY_LIMIT)])
def test_crashing_tool_fails_its_document_only(tmp_path, monkeypatch, fault, category):
    raw, out = corpus(tmp_path / "raw", tiny={"bad.txt": "Телефонная связь"}), tmp_path / "out"
    inject(monkeypatch, {"bad.txt": fault})
    res = invoke("rebuild", "--raw", raw, "--out", out, "-q", "--workers", "2", "--max-memory-mb", "300",
                 "--json")
    assert res.exit_code == 1
    summary = {d["source_path"]: d for d in json.loads(res.output)["documents"]}
    assert summary["bad.txt"]["status"] == "failed" and summary["bad.txt"]["error_category"] == category
    assert summary[SEED_TP]["status"] == summary[SEED_RM]["status"] == "ok"


def test_input_over_size_limit_is_failed_unread(tmp_path):
    raw, out = corpus(tmp_path / "raw"), tmp_path / "out"
    (raw / "huge.txt").write_bytes(b"x" * (2 * 1024 * 1024))
    res = invoke("rebuild", "--raw", raw, "--out", out, "-q", "--max-input-mb", "1", "--json")
    doc = next(d for d in json.loads(res.output)["documents"] if d["source_path"] == "huge.txt")
    assert doc["error_category"] == "too_large" and res.exit_code == 1


@pytest.mark.parametrize("value, code", [("-1", 2), ("nan", 2), ("abc", 2), ("0", 0), ("inf", 0)])
def test_timeout_values(tmp_path, value, code):
    raw = corpus(tmp_path / "raw", seeds=(SEED_TP,))
    assert invoke("rebuild", "--raw", raw, "--out", tmp_path / "o", "-q", "--timeout", value).exit_code == code


def test_timeout_is_cached_for_the_same_bytes(tmp_path, monkeypatch):
    raw, out = corpus(tmp_path / "raw", tiny={"hang.txt": "Телефонная связь"}), tmp_path / "out"
    inject(monkeypatch, {"hang.txt": 30})
    res = invoke("rebuild", "--raw", raw, "--out", out, "-q", "--timeout", "1.5", "--json")
    first = {d["source_path"]: d for d in json.loads(res.output)["documents"]}["hang.txt"]
    assert first["error_category"] == "timeout" and "parse cache" in first["error"]
    t0 = time.monotonic()
    res = invoke("rebuild", "--raw", raw, "--out", out, "-q", "--timeout", "1.5", "--json")
    again = {d["source_path"]: d for d in json.loads(res.output)["documents"]}["hang.txt"]
    assert again["error_category"] == "timeout"
    assert time.monotonic() - t0 < 25                     # not the 30 s sleep: from the cache


def test_quadratic_whitespace_docx_does_not_hold_a_worker(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("\u2028" * 40000)
    table = d.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "\u2028" * 20000 + "слово ."
    d.save(tmp_path / "ls.docx")
    from pipeline.run.process import process_path
    from textcore.clean import strip_markup

    assert strip_markup("a" + "\u2028\u00a0\u3000" * 30000 + ".") == "a."
    r = process_path(tmp_path / "ls.docx")
    assert r.document["format"] == "docx" and r.category is ErrorCategory.NO_CONTENT


# -- signals: no orphan, exit 130/143, last dataset whole -------------------

def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "--ppid", str(pid), "-o", "pid="], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def _gone(pids: list[int], within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        alive = []
        for p in pids:
            try:
                with open(f"/proc/{p}/stat") as fh:
                    if fh.read().split(") ")[1].split()[0] != "Z":
                        alive.append(p)
            except FileNotFoundError:
                pass
        if not alive:
            return True
        time.sleep(0.2)
    return False


@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130), (signal.SIGKILL, -9)])
def test_signal_to_parent_leaves_no_orphan_and_dataset_whole(built, tmp_path, sig, code):
    raw, out = built
    (raw / "slow.txt").write_text((raw / SEED_TP).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    before = snapshot(out)
    proc = subprocess.Popen(faulty_cli({"slow.txt": 60}, "rebuild", "--raw", raw, "--out", out, "-q", "--no-cache",
                                       "--workers", "2"),
                            cwd=ROOT, env=env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while len(_children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1.5)
    workers = _children(proc.pid)
    assert workers
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == code
    assert "Traceback" not in err
    assert _gone(workers), "a worker outlived its parent"
    if sig != signal.SIGKILL:
        assert not list(tmp_path.glob(".out.building-*"))
    assert snapshot(out) == before


# -- environment errors: one line, exit 2 ---------------------------------------

@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_disk_errors_are_one_line_exit_2_and_keep_the_dataset(built, monkeypatch, capsys, err):
    raw, out = built
    (raw / "new.txt").write_text((raw / SEED_TP).read_text(encoding="utf-8") + "\nещё\n", encoding="utf-8")
    before = snapshot(out)
    import pyarrow.parquet as pq

    def failing(*a, **k):
        raise OSError(err, os.strerror(err), str(a[1]) if len(a) > 1 else None)

    monkeypatch.setattr(pq, "write_table", failing)
    capsys.readouterr()
    code = main(["rebuild", "--raw", str(raw), "--out", str(out), "-q", "--workers", "1", "--timeout", "0"])
    captured = capsys.readouterr()
    assert code == 2
    assert "Traceback" not in captured.err and len(captured.err.strip().splitlines()) == 1
    assert os.strerror(err) in captured.err
    assert snapshot(out) == before
    assert not list(out.parent.glob(".out.building-*"))


def test_names_with_escape_codes_are_escaped_on_the_terminal(tmp_path):
    raw, out = corpus(tmp_path / "raw", seeds=(SEED_TP,)), tmp_path / "out"
    (raw / "evil\x1b]0;owned\x07.txt").write_text("просто текст\n", encoding="utf-8")
    (raw / "link\x1b[2J.txt").symlink_to("/etc/hostname")          # named in a warning on stderr
    res = run_cli("rebuild", "--raw", raw, "--out", out)
    assert res.returncode == 1
    assert "\x1b" not in res.stdout + res.stderr
    assert "\\x1b" in res.stdout and "\\x1b" in res.stderr


def test_fifo_argument_is_exit_2(tmp_path):
    os.mkfifo(tmp_path / "p")
    res = run_cli("ingest", tmp_path / "p", "--raw", tmp_path / "raw", "--out", tmp_path / "out", timeout=60)
    assert res.returncode == 2 and "FIFO" in res.stderr and "Traceback" not in res.stderr


# -- review CSV for people ------------------------------------------------------

def test_review_csv_has_bom_and_no_live_formulas(tmp_path):
    from pipeline.analyst.review_csv import read_csv, write_csv

    df = pd.DataFrame({"field": ["channel"] * 3, "text_raw": ["=cmd|' /C calc'!A0", "@SUM(1)", "обычный"],
                       "alternatives": [["a", "b"], [], []], "code": ["", "", ""]})
    write_csv(df, tmp_path / "r.csv")
    data = (tmp_path / "r.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\n=" not in text and ",=" not in text and ",@" not in text
    assert [r["text_raw"] for r in read_csv(tmp_path / "r.csv")] == list(df["text_raw"])   # round trip


def test_apply_reads_semicolon_cp1251_and_rejects_garbage(tmp_path):
    csv = tmp_path / "excel.csv"
    csv.write_bytes("field;text_raw;code\nchannel;Голубиная почта;written_mail\n".encode("cp1251"))
    target = tmp_path / "overrides.yaml"
    res = invoke("review", "--apply", csv, "--overrides", target)
    assert res.exit_code == 0 and "Голубиная почта" in target.read_text(encoding="utf-8")
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\x00\x01\x02PK")
    res = invoke("review", "--apply", junk, "--overrides", target)
    assert res.exit_code == 2 and "Traceback" not in res.output
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n")
    assert invoke("review", "--apply", other, "--overrides", target).exit_code == 2
    # Excel's "Unicode text": UTF-16 with a BOM, tab-separated (the readers' decoder knows it)
    utf16 = tmp_path / "unicode.txt"
    utf16.write_bytes("field\ttext_raw\tcode\nchannel\tСигнальный костёр\tin_person\n".encode("utf-16"))
    assert invoke("review", "--apply", utf16, "--overrides", target).exit_code == 0
    assert "Сигнальный костёр" in target.read_text(encoding="utf-8")


# -- typed rows --------------------------------------------------------------------

def test_rows_with_unknown_or_missing_fields_are_errors():
    from pipeline.contract import as_row
    from pipeline.contract import to_table

    row = as_row("procedure_items", doc_id="x", list_kind="a", ordinal="1", text_raw="t", code="c", score=1.0)
    assert to_table("procedure_items", [row]).num_rows == 1
    with pytest.raises(RowError, match="unknown field"):
        to_table("procedure_items", [row | {"typo": 1}])
    with pytest.raises(RowError, match="missing field"):
        to_table("procedure_items", [{k: v for k, v in row.items() if k != "score"}])
    with pytest.raises(TypeError):
        as_row("procedure_items", doc_id="x", colour="red")


def test_status_and_category_are_enums_not_text(tmp_path):
    from pipeline.run.process import process_path

    (tmp_path / "a.xyz").write_bytes(b"\x00\x01binary")
    r = process_path(tmp_path / "a.xyz")
    assert r.document["status"] is Status.FAILED
    assert r.category in (ErrorCategory.UNSUPPORTED_FORMAT, ErrorCategory.LOAD_ERROR)


def test_legacy_recognition_is_strict(tmp_path):
    from pipeline.store.outdir import OutError, check_out

    legacy = tmp_path / "legacy"
    for name in ("documents", "touchpoints", ".index"):
        (legacy / name).mkdir(parents=True)
    check_out(legacy, None)
    assert (legacy / MARKER).is_file()
    odd = tmp_path / "odd"
    (odd / "documents").mkdir(parents=True)
    (odd / "documents.xlsx").write_bytes(b"the user's")      # one foreign entry: not ours
    with pytest.raises(OutError):
        check_out(odd, None)
    assert not (odd / MARKER).exists()


def test_copy_into_raw_never_overwrites(tmp_path):
    from pipeline.run.rawfiles import copy_into_raw

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("mine")
    src = tmp_path / "a.txt"
    src.write_text("theirs")
    got = copy_into_raw(src, raw, Path("a.txt"))
    assert got != raw / "a.txt" and got.read_text() == "theirs" and (raw / "a.txt").read_text() == "mine"
    assert copy_into_raw(src, raw, Path("a.txt")) == got                  # same bytes: reused
    assert not [p for p in raw.iterdir() if p.name.endswith(".part")]    # no temporary left
