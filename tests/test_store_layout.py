"""Layout 2 (docs/storage.md): segment files, compaction, commits seen from a reader,
faults in the middle of a commit, the lock shared by ingest and rebuild, the marker."""
from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from tests.faults import faulty_cli
from tests.storeutil import (ROOT, SEED_RM, SEED_TP, assert_same, cli_cmd, corpus, env, frames, invoke,
                             snapshot)

import pipeline.store.compaction as compaction
import pipeline.store.derived as derived
import pipeline.store.dataset as store_mod
from pipeline.cli import main
from pipeline.run.process import file_hash
from pipeline.store import MARKER, Store, StoreError, is_dataset

DATA_TABLES = ("documents", "touchpoints", "roadmap", "procedure_items")


def _files(out, table):
    return sorted(p for p in (out / table).glob("*.parquet"))


CHANNELS = ("Официальный сайт", "Электронная почта", "Мобильное приложение")


def _ingest_one_by_one(tmp_path, names=("a.txt", "b.txt", "c.txt")):
    raw = corpus(tmp_path / "raw", tiny=dict(zip(names, CHANNELS)))          # distinct bytes each
    out = tmp_path / "out"
    for name in (SEED_TP, SEED_RM, *names):
        assert invoke("ingest", raw / name, "--raw", raw, "--out", out, "-q").exit_code == 0
    return raw, out


def test_rebuild_writes_one_file_per_table_no_zero_rows_and_marker(tmp_path):
    raw, out = corpus(tmp_path / "raw", tiny={"t.txt": "Электронная почта"}), tmp_path / "out"
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q").exit_code == 0
    assert json.loads((out / MARKER).read_text())["tool"] == "touchpoints"
    for t in ("documents", "touchpoints", "roadmap"):
        files = _files(out, t)
        assert len(files) == 1, t                       # three documents, one segment
        assert files[0].name != "empty.parquet", t
        assert pq.ParquetFile(files[0]).metadata.num_rows > 0, t
    # these orders hold no procedure: the one zero-row file that gives readers the columns
    assert [p.name for p in _files(out, "procedure_items")] == ["empty.parquet"]
    # the segment holds every document's rows; the tiny order has no roadmap, so no roadmap rows of it
    assert len(pd.read_parquet(out / "documents")) == 3
    assert set(pd.read_parquet(out / "roadmap")["doc_id"]) == {file_hash(raw / SEED_RM)}


def test_empty_dataset_has_one_schema_file_per_table_then_none(tmp_path):
    raw, out = corpus(tmp_path / "raw", seeds=()), tmp_path / "out"
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q").exit_code == 0
    for t in DATA_TABLES:
        assert [p.name for p in _files(out, t)] == ["empty.parquet"]
    assert is_dataset(out)
    corpus(raw, seeds=(SEED_TP,))
    assert invoke("ingest", raw / SEED_TP, "--raw", raw, "--out", out, "-q").exit_code == 0
    for t in ("documents", "touchpoints"):
        assert "empty.parquet" not in [p.name for p in _files(out, t)], t
    assert [p.name for p in _files(out, "roadmap")] == ["empty.parquet"]     # still no roadmap row


def test_compaction_keeps_rows_identical(tmp_path, monkeypatch):
    monkeypatch.setattr(compaction, "FANOUT", 100)       # no fold on the way: five segments
    raw, out = _ingest_one_by_one(tmp_path)
    assert len(_files(out, "documents")) == 5          # one segment per ingest
    before = frames(out, drop=())
    assert store_mod.compact(out) == 5
    for t in DATA_TABLES:
        assert len(_files(out, t)) == 1, t
    assert_same(frames(out, drop=()), before)
    assert store_mod.compact(out) == 0                   # nothing left to fold
    # after compaction a replaced document still replaces only itself
    with open(raw / "a.txt", "a", encoding="utf-8") as fh:
        fh.write("\nИзменено.\n")
    assert invoke("ingest", raw / "a.txt", "--raw", raw, "--out", out, "-q").exit_code == 0
    after = frames(out, drop=())
    old, new = before["documents"], after["documents"]
    assert sorted(new["source_path"]) == sorted(old["source_path"])
    assert file_hash(raw / "a.txt") in set(new["doc_id"])
    keep = set(old["doc_id"]) & set(new["doc_id"])
    assert len(keep) == 4
    for t in DATA_TABLES:
        a = before[t][before[t]["doc_id"].isin(keep)].reset_index(drop=True)
        b = after[t][after[t]["doc_id"].isin(keep)].reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b, obj=t)


def test_ingests_fold_their_segments_past_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(compaction, "FANOUT", 2)
    raw, out = _ingest_one_by_one(tmp_path)
    assert len(_files(out, "documents")) <= 2
    assert len(pd.read_parquet(out / "documents")) == 5
    assert pd.read_parquet(out / "documents")["doc_id"].is_unique


def test_remove_drops_a_document_everywhere(tmp_path):
    raw = corpus(tmp_path / "raw")
    out = tmp_path / "out"
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q").exit_code == 0
    gone = file_hash(raw / SEED_RM)
    Store(out).remove(gone)
    for t in ("documents", "roadmap", "review"):
        assert gone not in set(pd.read_parquet(out / t)["doc_id"]), t
    assert [p.name for p in _files(out, "roadmap")] == ["empty.parquet"]


def test_a_reader_sees_old_or_new_rows_never_both(tmp_path, monkeypatch):
    """Read every table at each rename of a commit that replaces a document:
    within a table the old and the new version are never both there, nor neither,
    and `documents` shows the new version only once its rows are everywhere."""
    raw, out = _ingest_one_by_one(tmp_path, names=("a.txt",))
    store_mod.compact(out)                       # a's old rows share their files with the others'
    old = file_hash(raw / SEED_TP)
    with open(raw / SEED_TP, "a", encoding="utf-8") as fh:
        fh.write("\nИзменено.\n")
    new = file_hash(raw / SEED_TP)
    seen = []
    real_replace = os.replace

    def replace_and_look(src, dst):
        real_replace(src, dst)
        if Path(dst).parent.name in ("documents", "touchpoints", "roadmap", "procedure_items", "review"):
            seen.append({t: set(pd.read_parquet(out / t, columns=["doc_id"])["doc_id"])
                         for t in ("documents", "touchpoints")})

    monkeypatch.setattr(os, "replace", replace_and_look)
    assert invoke("ingest", raw / SEED_TP, "--raw", raw, "--out", out, "-q").exit_code == 0
    assert len(seen) >= 3
    for state in seen:
        assert len({old, new} & state["touchpoints"]) == 1
        assert len({old, new} & state["documents"]) == 1
        if new in state["documents"]:
            assert new in state["touchpoints"]


@pytest.mark.parametrize("fail_at", [1, 2, 4])    # 4 files: touchpoints, roadmap, .review, documents
def test_disk_full_while_writing_leaves_the_previous_state(tmp_path, monkeypatch, fail_at):
    raw = corpus(tmp_path / "raw")
    out = tmp_path / "out"
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q").exit_code == 0
    before = snapshot(out)
    with open(raw / SEED_TP, "a", encoding="utf-8") as fh:
        fh.write("\nИзменено.\n")
    calls = []

    class FullDisk(pq.ParquetWriter):
        """Every Parquet file is written through a ParquetWriter (pq.write_table's too,
        and a segment rewritten a row group at a time): the `fail_at`-th file's first
        row group finds the disk full, the file torn."""

        def __init__(self, where, *a, **kw):
            super().__init__(where, *a, **kw)
            calls.append(where)
            self.full = len(calls) == fail_at

        def write_table(self, table, *a, **kw):
            if self.full:
                raise OSError(errno.ENOSPC, "No space left on device", str(calls[-1]))
            return super().write_table(table, *a, **kw)

    monkeypatch.setattr(pq, "ParquetWriter", FullDisk)
    res = invoke("ingest", raw / SEED_TP, "--raw", raw, "--out", out, "-q")
    assert res.exit_code == 2 and "No space left on device" in res.output      # one line, exit 2
    assert len(calls) >= fail_at
    assert snapshot(out) == before                       # not one byte or mtime changed, no temporary left


def test_disk_full_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    raw = corpus(tmp_path / "raw")
    out = tmp_path / "out"

    def full_disk(*a, **kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pq, "write_table", full_disk)
    assert main(["ingest", str(raw / SEED_TP), "--raw", str(raw), "--out", str(out), "-q"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "No space left on device" in err[0] and "Traceback" not in err[0]


def test_crash_between_renames_is_undone_and_the_file_parsed_again(tmp_path, monkeypatch):
    """A commit dies after some tables took the new rows (simulated: the 2nd
    rename fails).  The next ingest drops what the journal names, parses the file
    again and ends equal to a clean run; the review table is never stale."""
    raw = corpus(tmp_path / "raw")
    out = tmp_path / "out"
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q").exit_code == 0
    with open(raw / SEED_TP, "a", encoding="utf-8") as fh:
        fh.write("\nИзменено.\n")
    real_replace, n = os.replace, []

    def dying_replace(src, dst):
        if str(dst).endswith(".parquet") and ".index" not in str(dst):
            n.append(dst)
            if len(n) == 2:
                raise OSError(errno.EIO, "Input/output error", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", dying_replace)
    assert invoke("ingest", raw / SEED_TP, "--raw", raw, "--out", out, "-q").exit_code == 2
    monkeypatch.setattr(os, "replace", real_replace)
    assert (out / ".commit").exists()
    # the next ingest of the whole folder (nothing else changed) repairs and re-parses
    assert invoke("ingest", raw, "--raw", raw, "--out", out, "-q").exit_code == 0
    assert not (out / ".commit").exists()
    ref = tmp_path / "ref"
    assert invoke("rebuild", "--raw", raw, "--out", ref, "-q").exit_code == 0
    assert_same(frames(out), frames(ref))


def test_ingest_during_rebuild_waits_and_is_kept(tmp_path):
    raw = corpus(tmp_path / "raw", tiny={"slow.txt": "Электронная почта"})
    out = tmp_path / "out"
    outside = tmp_path / "elsewhere"
    corpus(outside, seeds=(), tiny={"extra.txt": "Телефонная связь"})
    rebuild = subprocess.Popen(faulty_cli({"slow.txt": 4}, "rebuild", "--raw", raw, "--out", out, "-q",
                                          "--no-cache", "--workers", "1"),
                               cwd=ROOT, env=env(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.building-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(tmp_path.glob(".out.building-*")), "the rebuild did not start"
    ingest = subprocess.run(cli_cmd("ingest", outside / "extra.txt", "--raw", raw, "--out", out, "-q",
                                    "--no-cache"), cwd=ROOT, env=env(), capture_output=True, text=True,
                            timeout=120)
    assert rebuild.wait(timeout=120) == 0, rebuild.stderr.read()
    assert ingest.returncode == 0, ingest.stderr
    assert "waiting for another ingest/rebuild" in ingest.stderr
    docs = pd.read_parquet(out / "documents")
    assert file_hash(outside / "extra.txt") in set(docs["doc_id"])      # not dropped by the swap
    assert len(docs) == 4


def test_legacy_dataset_is_recognised_read_and_upgraded(tmp_path):
    raw = corpus(tmp_path / "raw")
    out = tmp_path / "out"
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q").exit_code == 0
    # rewrite it as layout 1 wrote it: one file per document, named by doc_id, no marker, no labels
    legacy = tmp_path / "legacy"
    for folder in (*DATA_TABLES, ".review"):
        (legacy / folder).mkdir(parents=True)
        table = pa.concat_tables([pq.read_table(p) for p in (out / folder).glob("*.parquet")])
        ids = sorted(set(table.column("doc_id").to_pylist()))
        for doc_id in ids:
            pq.write_table(table.filter(pc.equal(table.column("doc_id"), doc_id)), legacy / folder / f"{doc_id}.parquet")
        if not ids:
            pq.write_table(table, legacy / folder / "empty.parquet")
    shutil.copytree(out / "review", legacy / "review")
    assert not (legacy / MARKER).exists() and is_dataset(legacy)
    before = frames(legacy)
    assert_same(before, frames(out))
    corpus(raw, seeds=(), tiny={"t.txt": "Электронная почта"})
    assert invoke("ingest", raw / "t.txt", "--raw", raw, "--out", legacy, "-q").exit_code == 0
    assert (legacy / MARKER).exists()
    after = frames(legacy)
    assert len(after["documents"]) == 3
    assert store_mod.compact(legacy) == 3              # two per-document segments and the new one
    assert_same(frames(legacy), after)


def test_is_dataset_refuses_folders_that_are_not_ours(tmp_path):
    assert not is_dataset(tmp_path / "missing")
    user = tmp_path / "user"
    (user / "documents").mkdir(parents=True)
    (user / "thesis.docx").write_bytes(b"mine")
    assert not is_dataset(user)                          # a table-like name is not enough
    (tmp_path / "empty").mkdir()
    assert not is_dataset(tmp_path / "empty")
    with pytest.raises(StoreError):
        store_mod.compact(user)
    assert (user / "thesis.docx").read_bytes() == b"mine"


def test_review_is_recomputed_after_a_commit_that_died_before_it(tmp_path, monkeypatch):
    raw = corpus(tmp_path / "raw")
    out = tmp_path / "out"
    assert invoke("ingest", raw / SEED_RM, "--raw", raw, "--out", out, "-q").exit_code == 0

    def no_review(out):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(derived, "refresh_review", no_review)
    assert invoke("ingest", raw / SEED_TP, "--raw", raw, "--out", out, "-q").exit_code == 2
    monkeypatch.undo()
    stale = set(pd.read_parquet(out / "review")["doc_id"])
    assert file_hash(raw / SEED_TP) in set(pd.read_parquet(out / "documents")["doc_id"])   # committed
    assert file_hash(raw / SEED_TP) not in stale                                         # review behind
    Store(out).index()                               # what any next ingest does first
    fresh = set(pd.read_parquet(out / "review")["doc_id"])
    hidden = {d for p in (out / ".review").glob("*.parquet") for d in pd.read_parquet(p)["doc_id"]}
    assert fresh == hidden and file_hash(raw / SEED_TP) in fresh
    assert not (out / ".commit").exists()


def test_compact_command(tmp_path):
    raw, out = _ingest_one_by_one(tmp_path, names=("a.txt",))
    before = frames(out)
    res = invoke("compact", "--out", out)
    assert res.exit_code == 0 and "3 segment(s) folded" in res.output
    assert all(len(_files(out, t)) == 1 for t in ("documents", "touchpoints"))
    assert_same(frames(out), before)
    res = invoke("compact", "--out", tmp_path / "raw")        # not a dataset: refused, untouched
    assert res.exit_code == 2
    assert not (tmp_path / "raw" / ".lock").exists()


def test_rebuild_carries_unchanged_documents_and_reparses_the_rest(tmp_path):
    raw = corpus(tmp_path / "raw", tiny={"a.txt": "Официальный сайт"})
    out = tmp_path / "out"
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q").exit_code == 0
    first = frames(out, drop=())
    with open(raw / "a.txt", "a", encoding="utf-8") as fh:
        fh.write("1\tВыдача справок\tВыдача справок\tЭлектронная почта\tПолучение результата\tЦифровой\tнет\n")
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q").exit_code == 0
    second = frames(out, drop=())
    changed = file_hash(raw / "a.txt")
    for t in ("documents", "touchpoints", "roadmap", "review"):
        keep = lambda df: df[df["doc_id"] != changed].drop(columns=[]).reset_index(drop=True)  # noqa: E731
        old = first[t][first[t]["doc_id"].isin(set(second["documents"]["doc_id"]))]
        pd.testing.assert_frame_equal(keep(old), keep(second[t]), obj=t)   # carried: same rows, same ingested_at
    assert "email" in set(second["touchpoints"].query("doc_id == @changed")["channel"])   # re-parsed
    ref = tmp_path / "ref"
    assert invoke("rebuild", "--raw", raw, "--out", ref, "-q", "--no-cache").exit_code == 0
    assert_same(frames(out), frames(ref))


def test_failed_first_rebuild_leaves_no_folder_behind(tmp_path):
    from pipeline.run.batch import RunOptions, rebuild

    with pytest.raises(FileNotFoundError):
        rebuild(RunOptions(raw=tmp_path / "nope", out=tmp_path / "out", quiet=True))
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_disk_full_during_rebuild_keeps_the_last_dataset(tmp_path, monkeypatch):
    raw = corpus(tmp_path / "raw")
    out = tmp_path / "out"
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q").exit_code == 0
    before = snapshot(out)
    corpus(raw, seeds=(), tiny={"t.txt": "Электронная почта"})

    def full_disk(*a, **kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pq, "write_table", full_disk)
    res = invoke("rebuild", "--raw", raw, "--out", out, "-q")
    assert res.exit_code == 2 and "No space left on device" in res.output
    assert snapshot(out) == before
    assert not list(tmp_path.glob(".out.building-*"))          # the failed build folder is gone


def test_build_folder_removed_when_its_marker_cannot_be_written(tmp_path, monkeypatch):
    # a disk full at the very first write of a rebuild left ".out.building-*" behind
    import errno

    from pipeline.store import swap

    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(swap, "write_marker", full)
    with pytest.raises(OSError):
        swap.new_build_dir(tmp_path / "out")
    assert not list(tmp_path.glob(".out.building-*"))


def test_a_removal_rewrites_its_segment_a_row_group_at_a_time(tmp_path, monkeypatch):
    """A document removed from a segment: the segment's other rows are read and written
    a row group at a time (the file is never read whole: 2 million rows are GBs), and
    come out as they were, in row groups of ROW_GROUP rows."""
    from pipeline.store import segments

    from tests.storeutil import SEEDS

    monkeypatch.setattr(segments, "ROW_GROUP", 7)
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    text = (SEEDS / SEED_TP).read_text(encoding="utf-8")
    for k in range(3):
        (raw / f"c{k}.txt").write_text(text + "\n" * k, encoding="utf-8")
    assert invoke("rebuild", "--raw", raw, "--out", out, "-q", "--workers", "1").exit_code == 0
    before = pq.read_table(out / "touchpoints")
    gone = pq.read_table(out / "documents").to_pydict()
    gone = gone["doc_id"][gone["source_path"].index("c1.txt")]
    real_read = pq.ParquetFile.read

    def whole(self, *a, **kw):
        assert "touchpoints" not in str(getattr(self, "_where", "")), "a segment read whole"
        return real_read(self, *a, **kw)

    real_init = pq.ParquetFile.__init__

    def init(self, source, *a, **kw):
        real_init(self, source, *a, **kw)
        self._where = source

    monkeypatch.setattr(pq.ParquetFile, "__init__", init)
    monkeypatch.setattr(pq.ParquetFile, "read", whole)
    assert invoke("remove", raw / "c1.txt", "--raw", raw, "--out", out, "--yes").exit_code == 0
    monkeypatch.undo()
    after = pq.read_table(out / "touchpoints")
    want = before.filter(pc.not_equal(before.column("doc_id"), gone))
    assert len(after) == len(want) > 7 and after.equals(want.cast(after.schema))
    files = [f for f in (out / "touchpoints").glob("*.parquet")]
    sizes = [pq.ParquetFile(f).metadata.row_group(g).num_rows for f in files
             for g in range(pq.ParquetFile(f).num_row_groups)]
    assert max(sizes) == 7
