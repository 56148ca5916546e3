"""Two files with the same bytes are one document, and rebuild and ingest keep the same copy
(the smallest relative path), whichever copy's worker finished first."""
from __future__ import annotations

import shutil

import pandas as pd

from tests.faults import inject
from tests.storeutil import SEED_TP, SEEDS, invoke


def _raw(folder):
    folder.mkdir()
    for name in ("b_copy.txt", "a_copy.txt", "c_copy.txt"):
        shutil.copy(SEEDS / SEED_TP, folder / name)
    return folder


def _kept(out) -> list[str]:
    return sorted(pd.read_parquet(out / "documents")["source_path"])


def test_rebuild_and_ingest_keep_the_same_copy(tmp_path, monkeypatch):
    raw = _raw(tmp_path / "raw")
    inject(monkeypatch, {"a_copy.txt": 2})          # the smallest path finishes last
    args = ("-q", "--workers", "3", "--no-cache")
    assert invoke("rebuild", "--raw", raw, "--out", tmp_path / "rebuilt", *args).exit_code == 0
    assert invoke("ingest", raw, "--raw", raw, "--out", tmp_path / "ingested", *args).exit_code == 0
    assert _kept(tmp_path / "rebuilt") == _kept(tmp_path / "ingested") == ["a_copy.txt"]


def test_a_later_ingest_of_a_larger_path_keeps_the_landed_copy(tmp_path):
    raw = _raw(tmp_path / "raw")
    out = tmp_path / "out"
    assert invoke("ingest", raw / "b_copy.txt", "--raw", raw, "--out", out, "-q").exit_code == 0
    assert invoke("ingest", raw / "c_copy.txt", "--raw", raw, "--out", out, "-q").exit_code == 0
    assert _kept(out) == ["b_copy.txt"]
    assert invoke("ingest", raw / "a_copy.txt", "--raw", raw, "--out", out, "-q").exit_code == 0
    assert _kept(out) == ["a_copy.txt"]
    assert invoke("rebuild", "--raw", raw, "--out", tmp_path / "ref", "-q").exit_code == 0
    assert _kept(tmp_path / "ref") == ["a_copy.txt"]


def test_a_file_changed_after_its_pre_hash_is_checked_as_what_was_read(tmp_path, monkeypatch):
    """c_copy.txt's bytes change between the parent's pre-hash (other bytes) and its
    worker's read (the landed copy's bytes): what was read is what counts, so the
    landed copy with the smaller path stays, as if the bytes had been there all along."""
    from pipeline.run import batch

    raw = _raw(tmp_path / "raw")
    out = tmp_path / "out"
    assert invoke("ingest", raw / "b_copy.txt", "--raw", raw, "--out", out, "-q").exit_code == 0
    real = batch.hash_or_failure

    def before_the_change(path, raw_root):
        doc_id, failed = real(path, raw_root)
        return ("0" * 64 if path.name == "c_copy.txt" else doc_id), failed
    monkeypatch.setattr(batch, "hash_or_failure", before_the_change)
    assert invoke("ingest", raw / "c_copy.txt", "--raw", raw, "--out", out, "-q").exit_code == 0
    assert _kept(out) == ["b_copy.txt"]
