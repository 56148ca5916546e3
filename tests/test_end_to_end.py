"""The CLI on the seeds, checked against the public contract."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTRACT_CHECK = ROOT.parent / "shared" / "contract_check.py"


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("e2e") / "output"
    res = run_cli("rebuild", "--raw", str(ROOT / "raw"), "--out", str(out), "--json", "--quiet", "--no-cache")
    return out, res


def test_rebuild_of_the_seeds_succeeds(built):
    out, res = built
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout)
    assert {d["status"] for d in summary["documents"]} == {"ok"}
    assert summary["rows"]["touchpoints"] == 103


@pytest.mark.skipif(not CONTRACT_CHECK.exists(), reason="../shared/contract_check.py not beside the checkout")
def test_dataset_passes_the_contract_check(built):
    out, _ = built
    res = subprocess.run([sys.executable, str(CONTRACT_CHECK), str(out)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "contract ok" in res.stdout


def test_documents_metadata(built):
    out, _ = built
    docs = pd.read_parquet(out / "documents").set_index("source_path")
    row = docs.loc["000_273fd9960037d965.txt"]
    assert (row.region_code, row.order_number, str(row.order_date)) == ("RU-KEM", "694", "2025-12-11")
    assert row.authority == "Министерство культуры и национальной политики Кузбасса"
    assert list(row.kinds) == ["touchpoint_list"]
    assert list(docs.loc["001_01ccadab589354b1.txt"].kinds) == ["roadmap"]
    assert list(docs.loc["004_d2d5b51443411ee9.txt"].kinds) == ["procedure"]
    assert docs.loc["004_d2d5b51443411ee9.txt"].n_touchpoints == 0


def test_duckdb_reads_every_table(built):
    duckdb = pytest.importorskip("duckdb")
    out, _ = built
    for table in ("documents", "touchpoints", "roadmap", "procedure_items", "review"):
        n = duckdb.sql(f"select count(*) from read_parquet('{out}/{table}/**/*.parquet', "
                       f"hive_partitioning = true)").fetchall()[0][0]
        assert n == len(pd.read_parquet(out / table))


def test_bad_inputs_are_recorded_and_the_rest_land(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(ROOT / "raw" / "000_273fd9960037d965.txt", raw)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (raw / "no_header.txt").write_text("Приказ\nФамилия\tДолжность\tОтдел\nИванов\tМинистр\tАппарат\n"
                                       "Петров\tЗам\tАппарат\nСидоров\tСоветник\tАппарат\n", encoding="utf-8")
    out = tmp_path / "out"
    res = run_cli("rebuild", "--raw", str(raw), "--out", str(out), "--quiet")
    assert res.returncode == 1, res.stdout + res.stderr
    assert "Traceback" not in res.stdout + res.stderr
    docs = pd.read_parquet(out / "documents").set_index("source_path")
    assert docs.loc["000_273fd9960037d965.txt", "status"] == "ok"
    assert docs.loc["empty.txt", "status"] == "failed" and "empty" in docs.loc["empty.txt", "error"]
    assert docs.loc["binary.txt", "status"] == "failed"
    assert docs.loc["no_header.txt", "status"] == "failed"
    assert "no recognisable header" in docs.loc["no_header.txt", "error"]
    assert len(pd.read_parquet(out / "touchpoints")) == 103


def test_usage_errors_exit_2(tmp_path):
    assert run_cli("ingest", str(tmp_path / "missing.docx"), "--out", str(tmp_path / "o")).returncode == 2
    assert run_cli("frobnicate").returncode == 2


def test_ingest_one_file_then_again_changes_nothing(tmp_path):
    out = tmp_path / "out"
    seed = ROOT / "raw" / "000_273fd9960037d965.txt"
    first = run_cli("ingest", str(seed), "--out", str(out), "--quiet")
    assert first.returncode == 0, first.stderr
    files = {p: p.read_bytes() for p in out.rglob("*.parquet")}
    second = run_cli("ingest", str(seed), "--out", str(out), "--quiet")
    assert second.returncode == 0
    assert {p: p.read_bytes() for p in out.rglob("*.parquet")} == files
