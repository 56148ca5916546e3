"""The local pool's workers come from the zygote (pipeline/run/zygote.py): not from
the parent as it has grown, with exit codes, timeouts and a lost zygote still handled."""
from __future__ import annotations

import gc
import os
import signal
import time
import weakref

import pytest

from pipeline.run.executor import run_pool

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the zygote forks")

_grown = None           # set by the parent after the pool started


def _rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as fh:
        line = next(x for x in fh if x.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def _who(path):
    return {"pid": os.getpid(), "ppid": os.getppid(), "grown": _grown is not None, "rss": _rss_mb(os.getpid())}


def _files(tmp_path, names):
    paths = []
    for n in names:
        p = tmp_path / n
        p.write_text(n, encoding="utf-8")
        paths.append(p)
    return paths


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads VmRSS from /proc")
def test_recycled_workers_do_not_inherit_the_parents_growth(tmp_path):
    global _grown
    seen = []
    try:
        for _, who in run_pool(_files(tmp_path, "abcd"), _who, workers=1, max_tasks=1):
            seen.append(who)
            if _grown is None:
                _grown = b"x" * (300 * 2**20)       # the parent grows by 300 MB, written pages
        parent_rss = _rss_mb(os.getpid())
    finally:
        _grown = None
    assert len({w["pid"] for w in seen}) == 4                   # recycled after every document
    assert {w["ppid"] for w in seen} != {os.getpid()} and len({w["ppid"] for w in seen}) == 1
    assert not any(w["grown"] for w in seen)                    # forked before the growth, all of them
    # the parent grew by 300 MB after the first worker started; no recycled worker carries it
    # (all hold the models, loaded in the zygote, which the parent never loads)
    assert max(w["rss"] for w in seen[1:]) < seen[0]["rss"] + 100 < parent_rss


def _dies(path):
    if path.name == "exit":
        os._exit(3)
    if path.name == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    if path.name == "hang":
        time.sleep(60)
    return os.getpid()


def test_exit_codes_and_timeouts_are_reported_and_the_workers_reaped(tmp_path):
    got = {p.name: r for p, r in run_pool(_files(tmp_path, ["ok1", "exit", "kill", "hang", "ok2"]), _dies,
                                          workers=2, timeout=3)}
    assert "exit code 3" in got["exit"].document["error"]
    assert "killed by signal 9" in got["kill"].document["error"]
    assert "timed out after 3 s" in got["hang"].document["error"]
    for name in ("ok1", "ok2"):
        assert isinstance(got[name], int)
        assert not os.path.exists(f"/proc/{got[name]}")           # ended and reaped, no zombie left


def test_a_lost_zygote_is_replaced(tmp_path):
    seen = []
    for _, who in run_pool(_files(tmp_path, "abcdef"), _who, workers=1, max_tasks=1):
        seen.append(who)
        if len(seen) == 2:
            os.kill(who["ppid"], signal.SIGKILL)                  # the zygote, killed from outside
    done = [w for w in seen if isinstance(w, dict)]
    assert len(seen) == 6 and len(done) >= 4                      # the run goes on
    assert len({w["ppid"] for w in done}) == 2                    # a new zygote after the first


def _parent(path):
    return os.getppid()


def test_without_fork_the_parent_spawns_the_workers(tmp_path, monkeypatch):
    import pipeline.run.executor as executor

    monkeypatch.setattr(executor.mp, "get_all_start_methods", lambda: ["spawn"])
    got = [r for _, r in run_pool(_files(tmp_path, "ab"), _parent, workers=2, timeout=60)]
    assert got == [os.getpid(), os.getpid()]


def test_the_zygote_ends_by_itself_when_the_parent_closes(tmp_path):
    """Closing the socket is the zygote's signal to end: it must see EOF (no copy of the
    parent's end left in it) and exit 0, not be killed after close()'s grace period."""
    import multiprocessing

    from pipeline.run.zygote import Zygote

    z = Zygote(multiprocessing.get_context("fork"), _who)
    conn, pid = z.start(str(tmp_path))
    conn.send(None)                                   # the worker's end of work
    assert z.reap(pid, None) == (False, 0)
    z.close()
    assert z.proc.exitcode == 0


class _Node:
    """A container the collector tracks, and that a weak reference can watch."""


_kept = {}              # what the fake warm-up keeps (in the zygote) and the parent had


def _fake_warm_up():
    gc.collect()                                  # no automatic collection before the zygote settles
    _kept["model"] = _Node()                      # kept: stands for a loaded model
    cycle = _Node()
    cycle.me = cycle                              # garbage only the cycle collector frees
    _kept["garbage"] = weakref.ref(cycle)


def _tracked(path):
    gc.collect()
    ids = {id(o) for o in gc.get_objects()}       # the permanent (frozen) generation is not listed
    got = {"parents": id(_kept["parents"]) in ids}
    if "model" in _kept:
        got.update({"model": id(_kept["model"]) in ids, "garbage alive": _kept["garbage"]() is not None})
    return got


def test_the_workers_garbage_collector_leaves_the_zygotes_objects_alone(tmp_path, monkeypatch):
    # what the zygote's warm-up loaded, and what it inherited from the parent, are frozen
    # before any worker is forked (a worker's collections would write to their headers and
    # copy their pages); the warm-up's garbage is collected first, not frozen for good
    import pipeline.run.preload as preload

    monkeypatch.setattr(preload, "warm_up", _fake_warm_up)
    monkeypatch.setitem(_kept, "parents", _Node())
    got = [r for _, r in run_pool(_files(tmp_path, "ab"), _tracked, workers=2)]
    assert got == [{"model": False, "parents": False, "garbage alive": False}] * 2, got
    assert any(o is _kept["parents"] for o in gc.get_objects())      # the parent's own collector is untouched
    # one document: no warm-up, so only what the zygote froze as it started
    assert [r for _, r in run_pool(_files(tmp_path, "c"), _tracked, workers=1)] == [{"parents": False}]
