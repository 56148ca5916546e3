"""Reading a small file a user named or left in a folder: never blocking, never huge.

Opened with O_NONBLOCK (a FIFO answers at once instead of hanging the process)
and optionally O_NOFOLLOW (a link is refused, not followed out of its folder);
the *opened* file must be a regular file under the size limit, and the bytes
come from that descriptor.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


def read_small(path: str | Path, max_bytes: int, follow_links: bool = True) -> bytes:
    """The bytes of `path`; OSError (one-line strerror) when it is a link (unless
    `follow_links`), not a regular file, or larger than `max_bytes`."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        if e.errno == errno.ELOOP and not follow_links:
            raise OSError(errno.ELOOP, "a link (not followed)", str(path)) from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if st.st_size > max_bytes:
            raise OSError(errno.EFBIG, f"larger than {max_bytes} bytes", str(path))
        os.set_blocking(fd, True)
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):
            size += len(chunk)
            if size > max_bytes:                  # grew while we read
                raise OSError(errno.EFBIG, f"larger than {max_bytes} bytes", str(path))
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
