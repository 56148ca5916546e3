"""Helpers for the store and CLI tests: small corpora, running the CLI, snapshots."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "raw"
TABLES = ("documents", "touchpoints", "roadmap", "procedure_items", "review")
SEED_TP = "000_273fd9960037d965.txt"        # a touchpoint list
SEED_RM = "001_01ccadab589354b1.txt"        # a roadmap

TINY_ORDER = """Министерство культуры Кузбасса

ПРИКАЗ

№\tНаправление деятельности органа власти\tНаименование конкретного процесса\tТочка взаимодействия\t\
Осуществляемое взаимодействие\tТип точки взаимодействия\tОсобенности
1\t2\t3\t4\t5\t6\t7
1\tРассмотрение обращений граждан\tПриём обращений\t{channel}\tПолучение информации клиентом\tОфлайн\tнет
\t\t\tТелефонная связь\tПолучение консультации клиентом\tОфлайн\tнет
"""


def corpus(folder: Path, seeds=(SEED_TP, SEED_RM), tiny: dict[str, str] | None = None) -> Path:
    """A raw folder with copies of some seeds and tiny crafted orders {name: channel cell}."""
    folder.mkdir(parents=True, exist_ok=True)
    for s in seeds:
        shutil.copy(SEEDS / s, folder / s)
    for name, channel in (tiny or {}).items():
        (folder / name).write_text(TINY_ORDER.format(channel=channel), encoding="utf-8")
    return folder


def seed_copies(raw: Path, names=("a.txt", "b.txt", "c.txt", "d.txt"), seed: str = SEED_TP) -> Path:
    """Copies of one seed that differ only by trailing newlines: one duplicate group, `names[0]` its head."""
    raw.mkdir(parents=True, exist_ok=True)
    text = (SEEDS / seed).read_text(encoding="utf-8")
    for k, name in enumerate(names):
        (raw / name).write_text(text + "\n" * k, encoding="utf-8")
    return raw


def ingested(base: Path, seeds=(SEED_TP, SEED_RM)) -> tuple[Path, Path]:
    """(raw, out): copies of the seeds in base/raw, ingested into base/out in this process."""
    from pipeline.run.batch import RunOptions, ingest

    raw, out = corpus(base / "raw", seeds), base / "out"
    ingest(sorted(raw.iterdir()), RunOptions(raw=raw, out=out, workers=1, quiet=True))
    return raw, out


def invoke(*args: str):
    """The CLI in this process (fast); returns click's Result (exit_code, output)."""
    from pipeline.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def env(**extra) -> dict:
    e = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    e.update({k: str(v) for k, v in extra.items()})
    return e


def cli_cmd(*args) -> list[str]:
    return [sys.executable, "-m", "pipeline", *map(str, args)]


def run_cli(*args, extra_env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cli_cmd(*args), cwd=ROOT, env=env(**(extra_env or {})),
                          capture_output=True, text=True, **kw)


def snapshot(out: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of a dataset (the lock file aside): bytes and mtime."""
    return {str(p.relative_to(out)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(Path(out).rglob("*")) if p.is_file() and p.name != ".lock"}


def frames(out: Path, drop=("ingested_at",)) -> dict[str, pd.DataFrame]:
    """Every table as pandas reads it, in a stable order, volatile columns dropped."""
    result = {}
    for t in TABLES:
        df = pd.read_parquet(Path(out) / t)
        df = df.drop(columns=[c for c in drop if c in df.columns])
        key = [c for c in ("doc_id", "row_id", "item_no", "list_kind", "ordinal", "field", "text_raw")
               if c in df.columns]
        result[t] = df.sort_values(key).reset_index(drop=True) if len(df) else df
    return result


def assert_same(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> None:
    assert a.keys() == b.keys()
    for t in a:
        pd.testing.assert_frame_equal(a[t], b[t], check_dtype=True, obj=t)
