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
