"""Rebuild's side of the store: a new dataset built beside the old one, under
the dataset's lock, swapped in with one atomic exchange of the two folders."""
from __future__ import annotations

import contextvars
import ctypes
import ctypes.util
import os
import shutil
import uuid
from contextlib import contextmanager
from pathlib import Path

from textcore.atomic import fsync_path

from pipeline.store.lock import dataset_lock
from pipeline.store.outdir import MARKER, write_marker


_builds: contextvars.ContextVar[list | None] = contextvars.ContextVar("touchpoints_builds", default=None)


@contextmanager
def rebuild_lock(out: Path):
    """Hold the dataset's lock for a whole rebuild (an ingest meanwhile waits and
    lands in the new dataset); build folders made inside are removed if it fails."""
    builds: list[Path] = []
    token = _builds.set(builds)
    created = not Path(out).exists()
    try:
        with dataset_lock(out):
            if created:
                write_marker(out)          # the lock made this folder: ours, as --out checks expect
            try:
                yield
            except BaseException:
                for b in builds:
                    shutil.rmtree(b, ignore_errors=True)
                if created and {p.name for p in Path(out).iterdir()} <= {".lock", MARKER}:
                    shutil.rmtree(out, ignore_errors=True)     # only the folder the lock made
                raise
    finally:
        _builds.reset(token)


def new_build_dir(out: Path) -> Path:
    out = Path(out)
    path = out.parent / f".{out.name}.building-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    path.mkdir(parents=True)
    builds = _builds.get()
    if builds is not None:
        builds.append(path)
    try:
        write_marker(path)          # can hit a full disk: the folder must not stay behind
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)
        raise
    return path


def clean_stale_builds(out: Path) -> None:
    """Folders left by a rebuild that crashed (their process is gone)."""
    out = Path(out)
    for p in out.parent.glob(f".{out.name}.building-*"):
        pid = p.name.split("building-")[1].split("-")[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(p, ignore_errors=True)
    for p in out.parent.glob(f".{out.name}.old-*"):
        shutil.rmtree(p, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def swap_in(build: Path, out: Path) -> None:
    """Make `build` the dataset at `out` in one step; the old one is deleted after."""
    build, out = Path(build), Path(out)
    (build / ".lock").touch()                          # so a waiting process finds a lock to take
    for d in [build, *build.iterdir()]:
        if d.is_dir():
            fsync_path(d)
    if out.exists() and _exchange(build, out):
        shutil.rmtree(build, ignore_errors=True)      # `build` now holds the old dataset
        return
    if out.exists():                                   # no renameat2: two renames, old kept until the end
        old = out.parent / f".{out.name}.old-{uuid.uuid4().hex[:8]}"
        os.rename(out, old)
        os.rename(build, out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(build, out)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths (Linux renameat2); False where unsupported."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    rc = fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return rc == 0
