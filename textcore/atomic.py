"""Writing a file so that readers see the old one or the whole new one, never half.

Every writer of the project goes through here (dataset segments and journal, parse
and OCR caches, the index, table output, the report, overrides, files copied into
raw/): the bytes go to a temporary name in the same folder (a rename is atomic only
within one file system), are fsync'ed, then renamed over the target.  On ANY
exception, KeyboardInterrupt included, the temporary file is removed.

Temporary names are `.<name>.<uuid>.tmp`: hidden, and never matched by a reader's
`*.parquet` or `*.json` pattern, so a crash leaves nothing a reader would take.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Callable, Union

Data = Union[str, bytes, Callable[[Path], object]]


def temp_name(path: Path) -> Path:
    path = Path(path)
    return path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")


def fsync_path(path: Path) -> None:
    """fsync a file or a folder (a folder: so that a rename in it is durable)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_temp(path: Path, data: Data, encoding: str = "utf-8", durable: bool = True) -> Path:
    """Write `data` (text, bytes, or a callback given the temporary path) under a
    temporary name beside `path`, fsync'ed unless not `durable`; returns that name.
    The caller renames it (a commit renames many files under one journal)."""
    tmp = temp_name(path)
    try:
        if callable(data):
            data(tmp)
        else:
            with open(tmp, "w" if isinstance(data, str) else "wb",
                      **({"encoding": encoding} if isinstance(data, str) else {})) as fh:
                fh.write(data)
        if durable:
            fsync_path(tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def atomic_write(path: Path, data: Data, *, encoding: str = "utf-8", overwrite: bool = True,
                 durable: bool = True) -> Path:
    """Write `path` atomically.  overwrite=False claims the name with link(2) instead of
    renaming over it: FileExistsError when something is already there (raw/ never
    loses a file).  durable=False skips the fsync, for a cache whose reader takes a
    damaged or empty entry (a power cut) as a miss: still never half-written for a
    reader while the system runs."""
    path = Path(path)
    tmp = write_temp(path, data, encoding, durable)
    try:
        if overwrite:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
