"""Session fixtures for the analyst tools: a dataset built from raw/ by the CLI."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.storeutil import ROOT, SEEDS, env

SEED_TP = "000_273fd9960037d965.txt"       # Кузбасс, order № 694 of 11.12.2025: a touchpoint list
COPY_OF_TP = "копия_приказа_694.txt"       # the same order again, one line added: other bytes, same order


def build_dataset(raw, out) -> None:
    res = subprocess.run([sys.executable, "-m", "pipeline", "rebuild", "--raw", raw, "--out", out,
                          "-q", "--workers", "2"], cwd=ROOT, env=env(), capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-2000:]


@pytest.fixture(scope="session")
def seeds_dataset(tmp_path_factory):
    """output/ of a rebuild of raw/'s seeds plus a second file holding seed 000's order."""
    base = tmp_path_factory.mktemp("analyst")
    raw = base / "raw"
    raw.mkdir()
    for p in sorted(SEEDS.glob("0*.txt")):
        shutil.copy(p, raw / p.name)
    (raw / COPY_OF_TP).write_bytes((SEEDS / SEED_TP).read_bytes() + "\n\nКопия верна.\n".encode())
    build_dataset(raw, base / "output")
    return base / "output"
