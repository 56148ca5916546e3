"""`touchpoints remove`: out of the dataset and raw/, never outside raw/, asks first."""
from __future__ import annotations

import os
import shutil

import pandas as pd
import pytest

from tests.storeutil import SEED_TP, SEEDS, invoke


@pytest.fixture
def dataset(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(SEEDS / SEED_TP, raw / "a_order.txt")
    text = (SEEDS / SEED_TP).read_text(encoding="utf-8")
    (raw / "b_copy.txt").write_text(text + "\nКопия верна.\n", encoding="utf-8")     # the same order again
    (raw / "notes.txt").write_text("Купить хлеб.\nПозвонить в понедельник.\n", encoding="utf-8")
    res = invoke("rebuild", "--raw", raw, "--out", out, "-q", "--no-cache", "--workers", "1")
    assert res.exit_code == 1                      # notes.txt failed, the orders landed
    return raw, out


def _docs(out) -> pd.DataFrame:
    return pd.read_parquet(out / "documents").set_index("source_path")


def test_review_lists_failed_files_left_in_raw(dataset):
    raw, out = dataset
    res = invoke("review", "--out", out, "--raw", raw)
    assert res.exit_code == 0
    assert "1 failed file(s) still in" in res.output and "notes.txt" in res.output


def test_refuses_without_yes_when_there_is_no_terminal(dataset):
    raw, out = dataset
    res = invoke("remove", raw / "notes.txt", "--raw", raw, "--out", out)
    assert res.exit_code == 2 and "--yes" in res.output
    assert (raw / "notes.txt").exists() and "notes.txt" in _docs(out).index


def test_removes_from_dataset_and_raw_and_regroups(dataset):
    raw, out = dataset
    assert _docs(out).loc["b_copy.txt", "duplicate_of"] == _docs(out).loc["a_order.txt", "doc_id"]
    res = invoke("remove", raw / "a_order.txt", "notes.txt", "--raw", raw, "--out", out, "--yes")
    assert res.exit_code == 0, res.output
    assert "remove a_order.txt  (from the dataset and" in res.output and "remove notes.txt" in res.output
    d = _docs(out)
    assert list(d.index) == ["b_copy.txt"] and pd.isna(d.loc["b_copy.txt", "duplicate_of"])
    assert sorted(p.name for p in raw.iterdir()) == ["b_copy.txt"]


def test_never_outside_raw_and_links_are_not_followed(dataset, tmp_path):
    raw, out = dataset
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me", encoding="utf-8")
    res = invoke("remove", outside, "--raw", raw, "--out", out, "--yes")
    assert res.exit_code == 2 and "not inside the raw folder" in res.output and outside.exists()
    res = invoke("remove", "../precious.txt", "--raw", raw, "--out", out, "--yes")
    assert res.exit_code == 2 and outside.exists()
    os.symlink(outside, raw / "link.txt")
    res = invoke("remove", raw / "link.txt", "--raw", raw, "--out", out, "--yes")
    assert res.exit_code == 0, res.output
    assert not os.path.lexists(raw / "link.txt") and outside.read_text(encoding="utf-8") == "keep me"


def test_unknown_file_is_a_usage_error(dataset):
    raw, out = dataset
    res = invoke("remove", "nothing_here.txt", "--raw", raw, "--out", out, "--yes")
    assert res.exit_code == 2 and "neither in the dataset nor in the raw folder" in res.output
