"""order_joins on disk: a commit killed after it patched the followers' `documents`
rows (the best file removed) but before it saved the order state is finished by
the next holder of the lock, and the dataset then equals a rebuild — also after a
further change settled against the state the recovery wrote."""
from __future__ import annotations

import pyarrow.parquet as pq

from pipeline.store import index, order_state
from pipeline.store.journal import recover
from tests.storeutil import invoke, seed_copies


def _by_path(out):
    t = pq.read_table(out / "documents", columns=["source_path", "doc_id", "order_key", "duplicate_of"])
    return {r.pop("source_path"): r for r in t.to_pylist()}


def _new_process():
    """What another process would hold: nothing cached."""
    index._LAST.clear()
    index._ON_DISK.clear()


def _rebuilt(tmp_path, raw, name, gone):
    """A rebuild of the raw files but `gone` (the CLI's remove may not have reached raw/)."""
    ref, copy = tmp_path / name, tmp_path / f"{name}-raw"
    copy.mkdir()
    for p in raw.iterdir():
        if p.name not in gone:
            (copy / p.name).write_bytes(p.read_bytes())
    invoke("rebuild", "--raw", copy, "--out", ref, "--workers", "1", "-q")
    return _by_path(ref)


def test_a_kill_before_the_state_is_saved_is_finished_by_recovery(tmp_path, monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "out"
    seed_copies(raw)
    invoke("rebuild", "--raw", raw, "--out", out, "--workers", "1", "-q")
    assert [p for p, d in _by_path(out).items() if d["duplicate_of"] is None] == ["a.txt"]

    def killed(*a, **k):
        raise KeyboardInterrupt        # the followers' files are patched by now; the state is not
    with monkeypatch.context() as mp:
        mp.setattr(order_state, "save", killed)
        assert invoke("remove", raw / "a.txt", "--raw", raw, "--out", out, "--yes").exit_code != 0   # Aborted!
    patched = _by_path(out)
    assert {p: d["duplicate_of"] for p, d in patched.items()} == {
        "b.txt": None, "c.txt": patched["b.txt"]["doc_id"], "d.txt": patched["b.txt"]["doc_id"]}
    _new_process()
    recover(out)
    assert _by_path(out) == _rebuilt(tmp_path, raw, "ref1", {"a.txt"})
    _new_process()
    assert invoke("remove", raw / "b.txt", "--raw", raw, "--out", out, "--yes").exit_code == 0
    assert _by_path(out) == _rebuilt(tmp_path, raw, "ref2", {"a.txt", "b.txt"})
    heads = [p for p, d in _by_path(out).items() if d["duplicate_of"] is None]
    assert heads == ["c.txt"]
