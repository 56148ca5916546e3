"""textcore.atomic: the one way every writer replaces a file."""
from __future__ import annotations

import pytest

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
