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


def test_dask_timeout_is_a_failed_document(tmp_path, monkeypatch):
    raw = corpus(tmp_path / "raw", tiny={"hang.txt": "Телефонная связь"})
    inject(monkeypatch, {"hang.txt": 12})                       # seen by in-process workers
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=":0") as c:
        docs = rebuild(RunOptions(raw=raw, out=tmp_path / "out", use_cache=False, quiet=True, timeout=4,
                                  executor="dask", scheduler=c.scheduler_address))
    by_path = {d["source_path"]: d for d in docs}
    assert by_path["hang.txt"]["status"] == "failed"
    assert by_path["hang.txt"]["error"].startswith("timed out")
    assert {by_path[SEED_TP]["status"], by_path[SEED_RM]["status"]} == {"ok"}
