"""The Dask executor gives the same dataset as the local pool; hung documents time out."""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.run.batch import RunOptions, rebuild
from tests.faults import inject
from tests.storeutil import SEED_RM, SEED_TP, assert_same, corpus, frames

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    # separate worker processes: the work, its overrides and the cache must pickle
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as c:
        yield c


def test_dask_rebuild_equals_local(tmp_path, cluster):
    raw = corpus(tmp_path / "raw", tiny={"tiny.txt": "Дымовые сигналы"})
    (raw / "overrides.yaml").write_text("channel:\n  Дымовые сигналы: written_mail\n", encoding="utf-8")
    local = rebuild(RunOptions(raw=raw, out=tmp_path / "local", workers=2, use_cache=False, quiet=True))
    dask = rebuild(RunOptions(raw=raw, out=tmp_path / "dask", use_cache=False, quiet=True,
                              executor="dask", scheduler=cluster.scheduler_address))
    assert sorted(d["doc_id"] for d in dask) == sorted(d["doc_id"] for d in local)
    assert_same(frames(tmp_path / "dask"), frames(tmp_path / "local"))
    tp = pd.read_parquet(tmp_path / "dask" / "touchpoints")
    assert set(tp.loc[tp["touchpoint_raw"] == "Дымовые сигналы", "channel"]) == {"written_mail"}


@pytest.mark.parametrize("one_chunk", [False, True])
def test_dask_timeout_is_a_failed_document(tmp_path, monkeypatch, one_chunk):
    """Also when the three documents travel in one chunk: the hung one fails alone."""
    import pipeline.run.dask_executor as de

    raw = corpus(tmp_path / "raw", tiny={"hang.txt": "Телефонная связь"})
    inject(monkeypatch, {"hang.txt": 12})                       # seen by in-process workers
    if one_chunk:
        monkeypatch.setattr(de, "chunk_size", lambda n, t: n)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=":0") as c:
        docs = rebuild(RunOptions(raw=raw, out=tmp_path / "out", use_cache=False, quiet=True, timeout=4,
                                  executor="dask", scheduler=c.scheduler_address))
    by_path = {d["source_path"]: d for d in docs}
    assert by_path["hang.txt"]["status"] == "failed"
    assert by_path["hang.txt"]["error"].startswith("timed out")
    assert {by_path[SEED_TP]["status"], by_path[SEED_RM]["status"]} == {"ok"}


# -- the pre-flight (issue 20): a cluster that cannot run the pipeline reads no document --

def _good_dataset(tmp_path):
    raw, out = corpus(tmp_path / "raw"), tmp_path / "out"
    rebuild(RunOptions(raw=raw, out=out, workers=1, use_cache=False, quiet=True))
    return raw, out, frames(out)


def test_a_worker_without_the_project_fails_the_run_before_any_document(tmp_path):
    import time

    from pipeline.run.dask_executor import ClusterError

    raw, out, before = _good_dataset(tmp_path)
    hide = tmp_path / "no_project.py"          # the worker process cannot import the pipeline
    hide.write_text("import sys\nfor m in ('pipeline', 'parsers'):\n    sys.modules[m] = None\n")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  preload=[str(hide)]) as c:
        t0 = time.monotonic()
        with pytest.raises(ClusterError, match="cannot run the pipeline"):
            rebuild(RunOptions(raw=raw, out=out, use_cache=False, quiet=True,
                               executor="dask", scheduler=c.scheduler_address))
        assert time.monotonic() - t0 < 30
    assert_same(frames(out), before)                                   # the dataset untouched
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []    # no build folder left


def test_preflight_names_the_worker_that_differs(tmp_path, monkeypatch):
    import pipeline.run.dask_executor as de

    real = de.probe
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=":0") as c, distributed.Client(c) as client:
        de.preflight(client, tmp_path, None)                          # all well: no error
        with pytest.raises(de.ClusterError, match="cannot see the raw folder"):
            de.preflight(client, tmp_path / "not-mounted", None)
        with pytest.raises(de.ClusterError, match="cannot see the cache folder"):
            de.preflight(client, tmp_path, tmp_path / "no-cache")
        # in-process workers share this module: the worker's answer (raw given) differs from the client's
        monkeypatch.setattr(de, "probe", lambda raw, cache: {**real(raw, cache), "version": "0.0.0"} if raw
                            else real(raw, cache))
        with pytest.raises(de.ClusterError, match="pipeline version 0.0.0"):
            de.preflight(client, tmp_path, None)


def test_connect_timeout_holds_a_service_that_never_answers():
    import socket
    import time

    from pipeline.run.dask_executor import ClusterError, connect

    with socket.socket() as s:                 # accepts connections, says nothing
        s.bind(("127.0.0.1", 0))
        s.listen(8)
        t0 = time.monotonic()
        with pytest.raises(ClusterError, match="cannot reach the Dask scheduler"):
            connect(f"tcp://127.0.0.1:{s.getsockname()[1]}", timeout=3)
        assert time.monotonic() - t0 < 20


def test_a_rebuild_where_every_document_fails_for_the_environment_keeps_the_dataset(tmp_path, monkeypatch):
    from pipeline.run.batch import RefusedError

    raw, out, before = _good_dataset(tmp_path)
    inject(monkeypatch, {"*": "raise"})                                # every document: internal error
    with pytest.raises(RefusedError, match="every document failed"):
        rebuild(RunOptions(raw=raw, out=out, workers=1, use_cache=False, quiet=True))
    assert_same(frames(out), before)
