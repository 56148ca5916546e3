"""A run's readers end as soon as their work does (issue 20: memory flat in N): a
worker with nothing left to read ends before its last result is handed on (the
caller may commit it meanwhile), and the zygote with the parsers' models ends once
every file is read, before the run's last commit — the one that derives over the
whole dataset — so the two peaks do not add up."""
from __future__ import annotations

import os

import pytest

from pipeline.contract import ErrorCategory
from pipeline.run import batch
from pipeline.run.executor import run_pool
from pipeline.run.process import failure

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the zygote forks")


def _pid(path):
    return os.getpid()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as fh:     # a zombie is gone already (reaped or not)
            return not any(line.startswith("State:") and "Z" in line.split()[1] for line in fh)
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads /proc")
def test_a_worker_with_nothing_left_ends_before_its_result_is_handed_on(tmp_path):
    paths = []
    for n in ("a", "b", "c", "d", "e"):
        (tmp_path / n).write_text(n, encoding="utf-8")
        paths.append(tmp_path / n)
    got = []
    for path, pid in run_pool(paths, _pid, workers=2, timeout=0):
        got.append((path, pid, _alive(pid)))
    assert sorted(p for p, _, _ in got) == sorted(paths)
    # the first three results leave files to read: their workers go on; the last two
    # leave none, so each worker has ended by the time its last result arrives
    assert [alive for _, _, alive in got] == [True, True, True, False, False]
    assert len({pid for _, pid, _ in got}) == 2


def _canned(path, raw_root=None, doc_id=None, options=None, read_from=None):
    return failure(path, raw_root, doc_id, ErrorCategory.NO_CONTENT, "canned: nothing read")


@pytest.mark.parametrize("command", ["ingest", "rebuild"])
def test_the_zygote_ends_before_the_runs_last_commit(tmp_path, monkeypatch, command):
    seen = {}
    real_launch, real_refresh = batch.launch, batch.Store.refresh

    def launch(*a, **k):
        run = real_launch(*a, **k)
        seen["zygote"] = run.origin.proc
        return run

    def refresh(self):
        seen["alive"] = seen["zygote"].is_alive()
        return real_refresh(self)

    monkeypatch.setattr(batch, "launch", launch)
    monkeypatch.setattr(batch.Store, "refresh", refresh)
    monkeypatch.setattr(batch, "process_path", _canned)      # forked: the workers run it too
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("a", encoding="utf-8")
    opts = batch.RunOptions(raw=raw, out=tmp_path / "out", workers=2, cache_dir=tmp_path / "cache", quiet=True)
    docs = batch.ingest([raw / "a.txt"], opts) if command == "ingest" else batch.rebuild(opts)
    assert len(docs) == 1
    assert seen["alive"] is False
