"""An ingest's first commit waits as long as its later ones: twice the last commit's
time, recorded in .index/ by the previous process (a commit re-derives over the whole
dataset, ~3 s at 100,000 documents: committing a small ingest twice doubles it)."""
from __future__ import annotations

import pytest
from tests.storeutil import corpus, invoke

from pipeline.store import Store
from pipeline.store.dataset import BATCH_SECONDS, COMMIT_SECONDS, MAX_BATCH_SECONDS, last_commit_seconds
from pipeline.store.segments import INDEX


def test_a_commit_records_its_time_and_the_next_process_waits_twice_it(tmp_path):
    out = tmp_path / "out"
    store = Store(out)
    assert store._interval == BATCH_SECONDS                 # nothing recorded yet
    store.flush()
    assert last_commit_seconds(out) == 0.0                  # nothing committed: nothing written
    raw = corpus(tmp_path / "raw", seeds=(), tiny={"a.txt": "ЕПГУ"})
    assert invoke("ingest", raw / "a.txt", "--raw", raw, "--out", out, "-q", "--workers", "1").exit_code == 0
    recorded = last_commit_seconds(out)
    assert recorded > 0 and (out / INDEX / COMMIT_SECONDS).is_file()
    (out / INDEX / COMMIT_SECONDS).write_text("5.0\n")
    assert Store(out)._interval == 10.0


def test_a_rebuild_segment_records_nothing(tmp_path):
    out = tmp_path / "out"
    Store(out).flush(derived=False)                         # a rebuild's segment: not an ingest commit's cost
    assert last_commit_seconds(out) == 0.0


@pytest.mark.parametrize("text", ["", "soon", "inf", "nan", "-4", "\xff"])
def test_a_damaged_record_is_no_hint(tmp_path, text):
    out = tmp_path / "out"
    (out / INDEX).mkdir(parents=True)
    (out / INDEX / COMMIT_SECONDS).write_bytes(text.encode("latin-1"))
    assert Store(out)._interval == BATCH_SECONDS


def test_a_hint_that_cannot_be_written_never_fails_the_commit(tmp_path, monkeypatch):
    from pipeline.store import dataset

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(dataset, "atomic_write", full_disk)
    dataset.record_commit_seconds(tmp_path, 1.5)          # says nothing: the hint is lost, the commit stands
    assert dataset.last_commit_seconds(tmp_path) == 0.0


@pytest.mark.parametrize("recorded, interval", [("0.4", BATCH_SECONDS), ("3.0", 6.0), ("60", MAX_BATCH_SECONDS)])
def test_the_interval_is_twice_the_commit_within_its_bounds(tmp_path, recorded, interval):
    """One slow commit (a cold cache, a busy disk) cannot hold the next ingest back past
    MAX_BATCH_SECONDS."""
    (tmp_path / INDEX).mkdir(parents=True)
    (tmp_path / INDEX / COMMIT_SECONDS).write_text(recorded + "\n")
    assert Store(tmp_path)._interval == interval


def test_a_fold_is_not_counted_in_the_commit_time(tmp_path, monkeypatch):
    """A commit that also folds segments (rare: each row O(log N) times) records the
    commit's time, not the fold's: the next ingest's interval does not double for it."""
    import time

    from pipeline.store import dataset

    def slow_fold(out, force):
        time.sleep(1.5)
        return 0
    monkeypatch.setattr(dataset, "compact_segments", slow_fold)
    raw = corpus(tmp_path / "raw", seeds=(), tiny={"a.txt": "ЕПГУ"})
    out = tmp_path / "out"
    assert invoke("ingest", raw / "a.txt", "--raw", raw, "--out", out, "-q", "--workers", "1").exit_code == 0
    assert 0 < last_commit_seconds(out) < 1.5


def test_a_rebuild_whose_last_segment_is_full_records_its_last_derive(tmp_path, monkeypatch):
    """The rebuild's final refresh derives over every document even when no document is
    left to write (a multiple of SEGMENT_DOCS): the next ingest's first interval needs it."""
    from pipeline.store import dataset
    from tests.test_review_incremental import _doc
    import random

    monkeypatch.setattr(dataset, "SEGMENT_DOCS", 2)
    out = tmp_path / "out"
    store = Store(out)
    rng = random.Random(1)
    for i in range(4):
        store.put(_doc(i, rng))                 # two full segments, written underived
    assert not store._pending and last_commit_seconds(out) == 0.0
    store.refresh()
    assert last_commit_seconds(out) > 0
    (out / INDEX / COMMIT_SECONDS).unlink()
    store.refresh()                             # nothing new since: a no-op records nothing
    assert last_commit_seconds(out) == 0.0
