"""A raw file held open while it is read, so that what is read is what was checked.

The listing (pipeline/run/rawfiles.py) skips links that leave raw/, but a file
can be swapped for such a link between the listing and its worker's open.  So
the worker opens the file once (never blocking: a FIFO swapped in fails, it does
not hang), checks the *opened* file — a regular file whose real path, as the
kernel reports it for the descriptor, lies inside raw/ — hashes it from the
descriptor, and hands the readers an alias of that descriptor
(`/proc/<pid>/fd/<n>`, behind a link that keeps the file's suffix; the tools the
readers start, being our children, can open it too).  Whatever happens to the
name afterwards, the readers read the bytes that were checked and hashed.
Where /proc is missing the readers get the name, checked the same way.
"""
from __future__ import annotations

import errno
import hashlib
import os
import shutil
import stat
import tempfile
from pathlib import Path


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _real_path(fd: int, path: Path) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return os.path.realpath(path)


def _digest(fd: int) -> str:
    h = hashlib.sha256()
    os.lseek(fd, 0, os.SEEK_SET)
    while chunk := os.read(fd, 1 << 20):
        h.update(chunk)
    os.lseek(fd, 0, os.SEEK_SET)
    return h.hexdigest()


class Pinned:
    """The file `path` names now, held open: `digest` (sha256 of its bytes) and
    `alias` (a path the readers may open).  OSError when it is not a regular file
    inside `raw_root` (None: anywhere).  `close()` when done."""

    def __init__(self, path: Path, raw_root: Path | None):
        self.fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        self.scratch = None
        try:
            if not stat.S_ISREG(os.fstat(self.fd).st_mode):
                raise OSError(errno.EINVAL, "not a regular file")
            real = _real_path(self.fd, path)
            if raw_root is not None and not _inside(real, os.path.realpath(raw_root)):
                raise OSError(errno.EACCES, "a link out of the raw folder (not read)")
            os.set_blocking(self.fd, True)
            self.digest = _digest(self.fd)
            self.alias = Path(path)
            if os.path.isdir(f"/proc/{os.getpid()}/fd"):
                self.scratch = tempfile.mkdtemp(prefix="tp_pin_")
                self.alias = Path(self.scratch) / f"input{Path(path).suffix.lower()}"
                os.symlink(f"/proc/{os.getpid()}/fd/{self.fd}", self.alias)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        if self.scratch:
            shutil.rmtree(self.scratch, ignore_errors=True)
