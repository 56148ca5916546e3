"""touchpoints.toml and TOUCHPOINTS_* for the common options: command line > env > file > default."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.config import ConfigError, load
from tests.storeutil import SEED_RM, SEED_TP, SEEDS, env, invoke


def test_file_then_environment(tmp_path):
    (tmp_path / "touchpoints.toml").write_text('raw = "in"\nout = "/data/ds"\nworkers = 3\ncsv-sep = ";"\n',
                                               encoding="utf-8")
    got = load(tmp_path, {})
    assert got == {"raw": tmp_path / "in", "out": Path("/data/ds"), "workers": 3, "csv-sep": ";"}
    got = load(tmp_path, {"TOUCHPOINTS_OUT": "elsewhere", "TOUCHPOINTS_CSV_SEP": "tab"})
    assert got["out"] == tmp_path / "elsewhere" and got["csv-sep"] == "\t" and got["raw"] == tmp_path / "in"


@pytest.mark.parametrize("text, message", [('rwa = "x"\n', "unknown key"), ("workers = 0\n", "workers"),
                                           ('csv-sep = "|"\n', "csv-sep"), ("raw = [\n", "TOML")])
def test_a_bad_file_is_an_error_not_a_silent_default(tmp_path, text, message):
    (tmp_path / "touchpoints.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load(tmp_path, {})


@pytest.fixture(scope="module")
def two_datasets(tmp_path_factory):
    """Two datasets of different sizes, so that which one a command read is visible."""
    base = tmp_path_factory.mktemp("config")
    for name, seeds in (("one", [SEED_TP]), ("two", [SEED_TP, SEED_RM])):
        raw = base / f"raw_{name}"
        raw.mkdir()
        for s in seeds:
            shutil.copy(SEEDS / s, raw / s)
        assert invoke("rebuild", "--raw", raw, "--out", base / name, "-q", "--workers", "1").exit_code == 0
    return base


def _count(cwd, *args, **extra_env) -> str:
    environ = {k: v for k, v in env().items() if not k.startswith("TOUCHPOINTS_")} | extra_env
    res = subprocess.run([sys.executable, "-m", "pipeline", "query", *map(str, args), "--csv",
                          "select count(*) n from documents"], cwd=cwd, capture_output=True, text=True, env=environ)
    assert res.returncode == 0, res.stderr
    return res.stdout.lstrip("\ufeff").splitlines()[1]


def test_command_line_beats_environment_beats_file(two_datasets, tmp_path):
    (tmp_path / "touchpoints.toml").write_text(f'out = "{two_datasets / "one"}"\ncsv-sep = ";"\n',
                                               encoding="utf-8")
    assert _count(tmp_path) == "1"
    assert _count(tmp_path, TOUCHPOINTS_OUT=str(two_datasets / "two")) == "2"
    assert _count(tmp_path, "--out", two_datasets / "one", TOUCHPOINTS_OUT=str(two_datasets / "two")) == "1"
    # the file's csv-sep is the default of --sep
    res = subprocess.run([sys.executable, "-m", "pipeline", "query", "--csv", "select 1 a, 2 b"], cwd=tmp_path,
                         capture_output=True, text=True, env=env())
    assert res.stdout.lstrip("\ufeff").splitlines()[0] == "a;b"


def test_every_command_accepts_the_common_options(two_datasets, tmp_path):
    common = ["--raw", tmp_path, "--out", two_datasets / "one", "--workers", "1", "--cache-dir", tmp_path / "c"]
    assert invoke("report", *common, "-o", tmp_path / "r.html", "-q").exit_code == 0
    assert invoke("label", *common, "mfc").exit_code == 0
    assert invoke("query", *common, "select 1").exit_code == 0
    assert invoke("export", *common, "--xlsx", tmp_path / "x.xlsx", "-q").exit_code == 0
    assert invoke("compact", *common).exit_code == 0


def test_a_bad_configuration_is_one_line_exit_2(tmp_path):
    (tmp_path / "touchpoints.toml").write_text("workers = -1\n", encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "pipeline", "query", "select 1"], cwd=tmp_path,
                         capture_output=True, text=True, env=env())
    assert res.returncode == 2 and "workers" in res.stderr and "Traceback" not in res.stderr
