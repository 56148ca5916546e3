"""Checks on an OOXML/ODF zip container before any library inflates it.

python-docx reads zip members whole, with no size limit: a few KB of zip can
inflate to gigabytes.  The central directory states every member's sizes, so
a bomb is refused before anything is decompressed.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import LoadError

MAX_RATIO = 200                    # uncompressed / compressed, per large member
RATIO_FLOOR = 10 * 1024 * 1024     # small members may compress as well as they like


def open_checked(path: Path, max_total: int | None) -> zipfile.ZipFile:
    """Open `path` as a zip, refusing corrupt containers and decompression bombs
    (`max_total`: uncompressed bytes in all, ReaderOptions.max_unpacked_mb; None = no limit)."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise LoadError(f"corrupt or truncated zip container: {e}") from None
    try:
        total = 0
        for info in zf.infolist():
            total += info.file_size
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise LoadError(f"zip bomb: member {info.filename!r} inflates {info.file_size} bytes "
                                f"from {info.compress_size}")
            if max_total is not None and total > max_total:
                raise LoadError(f"zip container too large: more than {max_total // 2**20} MB uncompressed")
    except LoadError:
        zf.close()
        raise
    return zf


def read_member(zf: zipfile.ZipFile, name: str) -> bytes | None:
    """A member's bytes, None when absent; a damaged member is a load error."""
    try:
        return zf.read(name)
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:   # bad CRC, truncated data
        raise LoadError(f"corrupt or truncated zip container: {name}: {e}") from None
