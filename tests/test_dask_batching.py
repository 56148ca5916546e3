"""Dask batching (issue 20): documents go out in chunks, the dataset is the local
pool's, a document that raises, times out or kills its worker is recorded alone, and a chunk
whose worker was killed is re-run without losing or repeating a document."""
from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from pipeline.run.batch import RunOptions, rebuild
from tests.storeutil import assert_same, corpus, frames

distributed = pytest.importorskip("distributed")
import pipeline.run.dask_executor as de  # noqa: E402


def test_chunk_size_follows_documents_and_threads():
    assert de.chunk_size(3, 2) == 1                       # fewer documents than tasks wanted: one each
    assert de.chunk_size(80, 2) == 10                     # 80 / (2 threads x 4 tasks)
    assert de.chunk_size(100_000, 16) == de.MAX_CHUNK     # capped: results keep streaming
    assert de.chunk_size(0, 0) == 1


def test_chunked_rebuild_equals_local(tmp_path, monkeypatch):
    tiny = {f"tiny{i}.txt": ch for i, ch in enumerate(["Телефонная связь", "Электронная почта",
                                                       "Личный приём", "Официальный сайт", "Почта России"])}
    raw = corpus(tmp_path / "raw", tiny=tiny)
    local = rebuild(RunOptions(raw=raw, out=tmp_path / "local", workers=2, use_cache=False, quiet=True))
    sizes = []
    monkeypatch.setattr(de, "chunk_size", lambda n, t: sizes.append(n) or 3)   # 7 documents: 3 + 3 + 1
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as c:
        dask = rebuild(RunOptions(raw=raw, out=tmp_path / "dask", use_cache=False, quiet=True,
                                  executor="dask", scheduler=c.scheduler_address))
    assert sizes == [7]
    assert sorted(d["doc_id"] for d in dask) == sorted(d["doc_id"] for d in local)
    assert_same(frames(tmp_path / "dask"), frames(tmp_path / "local"))


# a document past its timeout inside a chunk: tests/test_dask.py (one_chunk)


def _work(path: Path):
    """A stand-in for the per-document work, run in Dask's worker processes."""
    name = Path(path).name
    marker = Path(path).with_suffix(".died")
    if name.startswith("die_always") or (name.startswith("die_once") and not marker.exists()):
        marker.touch()
        os.kill(os.getpid(), signal.SIGKILL)
    if name.startswith("raise"):
        raise ValueError("a bug in one document")
    return f"ok {name} {os.getpid()}"


def test_killed_workers_lose_and_repeat_no_document(tmp_path, monkeypatch):
    import dask

    raw = tmp_path / "raw"
    raw.mkdir()
    # chunks of 4: [d00 die_once d01 d02] [d03 .. d06] [d07 raise d08 die_always]
    names = (["d00.txt", "die_once.txt", "d01.txt", "d02.txt"] + [f"d0{i}.txt" for i in range(3, 7)]
             + ["d07.txt", "raise.txt", "d08.txt", "die_always.txt"])
    for n in names:
        (raw / n).write_text(n, encoding="utf-8")
    paths = [raw / n for n in names]
    monkeypatch.setattr(de, "chunk_size", lambda n, t: 4)
    # a task is given up after its second worker death (the default is four): a shorter test
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                     dashboard_address=":0") as c:
        got = list(de.run_dask(paths, _work, c.scheduler_address, 0, raw))
    assert sorted(p.name for p, _ in got) == sorted(names)     # every document exactly once
    by_name = {p.name: r for p, r in got}
    # die_once's chunk ran again (re-run by Dask, or split when tasks queued on the
    # dying worker were given up with it): every document of it has its result
    fine = [n for n in names if n.startswith(("d0", "die_once"))]
    for n in fine:
        assert isinstance(by_name[n], str) and by_name[n].startswith(f"ok {n}")
    assert by_name["raise.txt"].document["status"] == "failed"
    assert "ValueError: a bug in one document" in by_name["raise.txt"].document["error"]
    assert by_name["die_always.txt"].document["status"] == "failed"
    assert by_name["die_always.txt"].document["error"].startswith("internal error: worker process died")
