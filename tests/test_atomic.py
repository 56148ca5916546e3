"""textcore.atomic: the one way every writer replaces a file."""
from __future__ import annotations

from pathlib import Path

import pytest

import textcore.atomic as atomic
from textcore.atomic import atomic_write


def test_text_bytes_and_callback_land_whole(tmp_path):
    atomic_write(tmp_path / "a.txt", "привет")
    atomic_write(tmp_path / "b.bin", b"\x00\x01")
    atomic_write(tmp_path / "c.txt", lambda tmp: tmp.write_text("через путь", encoding="utf-8"))
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "привет"
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "c.txt").read_text(encoding="utf-8") == "через путь"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.bin", "c.txt"]


@pytest.mark.parametrize("exc", [OSError, KeyboardInterrupt])
def test_any_exception_keeps_the_old_file_and_removes_the_temporary(tmp_path, exc):
    target = tmp_path / "t.txt"
    target.write_text("old", encoding="utf-8")

    def half_then_fail(tmp):
        tmp.write_text("half", encoding="utf-8")
        raise exc("interrupted")

    with pytest.raises(exc):
        atomic_write(target, half_then_fail)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.txt"]


def test_no_overwrite_claims_a_free_name_only(tmp_path):
    target = tmp_path / "raw.txt"
    atomic_write(target, "first", overwrite=False)
    with pytest.raises(FileExistsError):
        atomic_write(target, "second", overwrite=False)
    assert target.read_text(encoding="utf-8") == "first"
    assert [p.name for p in tmp_path.iterdir()] == ["raw.txt"]


def test_durable_writes_fsync_and_cache_writes_do_not(tmp_path, monkeypatch):
    """A parse-cache entry skips the fsync (a damaged entry is a miss); every other write keeps it."""
    import pipeline.store.cache as cache_mod
    from pipeline.contract import DocResult, Status, as_row

    synced = []
    monkeypatch.setattr(atomic, "fsync_path", lambda p: synced.append(Path(p).name))
    atomic.atomic_write(tmp_path / "a.txt", "x")
    assert len(synced) == 1
    atomic.atomic_write(tmp_path / "b.txt", "y", durable=False)
    assert (tmp_path / "b.txt").read_text() == "y" and len(synced) == 1
    doc = as_row("documents", doc_id="ab" * 32, source_path="a.txt", status=Status.OK, pipeline_version="v")
    c = cache_mod.ParseCache(tmp_path / "cache")
    c.put(DocResult(doc))
    assert len(synced) == 1 and c.get("ab" * 32) is not None       # written, readable, not fsync'ed
