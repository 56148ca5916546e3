"""The dataset's one lock: every commit of `ingest`, `compact` and a whole `rebuild`.

`fcntl.flock` on `<dataset>/.lock`.  A rebuild swaps the dataset folder while
holding the lock of the old one, so a waiting process may be handed the lock of
a folder that is no longer the dataset: after locking it checks that the path
still names the file it locked (same inode), and tries again if not.

Re-entrant within one process (a commit inside `with store.lock()` must not
wait for itself: a second `flock` on a new descriptor would).
"""
from __future__ import annotations

import fcntl
import os
import sys
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".lock"
_held: dict[str, int] = {}
_fds: dict[str, int] = {}


def _close_in_child() -> None:
    # a forked worker must not keep the lock alive after its parent died: closing
    # the child's copy of the descriptor drops its reference without unlocking
    for fd in _fds.values():
        try:
            os.close(fd)
        except OSError:
            pass
    _fds.clear()
    _held.clear()


os.register_at_fork(after_in_child=_close_in_child)


@contextmanager
def dataset_lock(out: Path, say_waiting: bool = True):
    """Hold the lock of the dataset at `out` (created, with its folder, if missing)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    key = os.path.realpath(out)
    if _held.get(key):
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    fd = _acquire(out / LOCK_NAME, say_waiting)
    _held[key], _fds[key] = 1, fd
    try:
        yield
    finally:
        _held.pop(key, None)
        _fds.pop(key, None)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def held(out: Path) -> bool:
    return bool(_held.get(os.path.realpath(out)))


def _acquire(path: Path, say_waiting: bool) -> int:
    said = False
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if say_waiting and not said:
                print(f"waiting for another ingest/rebuild of {path.parent} to finish ...", file=sys.stderr)
                said = True
            fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            now = os.stat(path)
        except FileNotFoundError:
            now = None
        mine = os.fstat(fd)
        if now is not None and (now.st_ino, now.st_dev) == (mine.st_ino, mine.st_dev):
            return fd
        os.close(fd)                     # the folder was swapped while we waited: lock the new one
