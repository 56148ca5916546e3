"""Resource limits a user can set (`--max-memory-mb`, `--max-input-mb`,
`--max-unpacked-mb`, `--timeout`), and their application in a worker.

- memory: each worker process gets RLIMIT_AS = its address space at start +
  `max_memory_mb`, so a decompression bomb or a huge file ends that document
  as `failed` (memory_limit) — a MemoryError — instead of taking the machine.
  (Address space, not resident memory: the only limit the kernel enforces per
  process without cgroups.)  Applies to pool workers, so a run with a memory
  limit always has one (`--workers 1 --timeout 0 --max-memory-mb 0` alone
  parses in the main process).
- input size: a file over `max_input_mb` is `failed` (too_large) before any
  reader opens it.
- unpacked size: the zip containers (.docx) are refused when their members
  would inflate past `max_unpacked_mb` (passed to the readers as
  `ReaderOptions.max_unpacked_mb`, see pipeline/run/batch.py).
- timeouts: seconds of wall clock per document; 0 or `inf` = no limit;
  negative or nan are usage errors (`parse_timeout`).
"""
from __future__ import annotations

import math
import os
import resource
from dataclasses import asdict, dataclass
from pathlib import Path

from parsers.errors import InputTooLarge

DEFAULT_MAX_MEMORY_MB = 2048
DEFAULT_MAX_INPUT_MB = 200
DEFAULT_MAX_UNPACKED_MB = 200
MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB      # 0 = no limit
    max_input_mb: int = DEFAULT_MAX_INPUT_MB        # 0 = no limit
    max_unpacked_mb: int = DEFAULT_MAX_UNPACKED_MB  # 0 = no limit

    def as_dict(self) -> dict:
        return asdict(self)


def parse_timeout(value) -> float:
    """--timeout: seconds > 0, or 0 / inf for no limit (returned as 0.0).
    Raises ValueError for negative, nan or non-numbers."""
    try:
        t = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"--timeout must be a number of seconds, not {value!r}") from None
    if math.isnan(t) or t < 0:
        raise ValueError(f"--timeout must be >= 0 (0 or inf = no limit), not {value!r}")
    return 0.0 if math.isinf(t) else t


def check_input(path: Path, limits: Limits) -> None:
    """Refuse a file over the input size limit before any reader opens it."""
    if not limits.max_input_mb:
        return
    size = os.stat(path).st_size
    if size > limits.max_input_mb * MB:
        raise InputTooLarge(f"file too large: {size / MB:.1f} MB > --max-input-mb {limits.max_input_mb}")


def _address_space() -> int:
    """This process's current virtual size in bytes (Linux /proc), 0 if unknown."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def apply_in_worker(limits: Limits) -> None:
    """Called once at the start of each worker process."""
    if limits.max_memory_mb:
        cap = _address_space() + limits.max_memory_mb * MB
        try:
            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard != resource.RLIM_INFINITY:
                cap = min(cap, hard)
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        except (ValueError, OSError):
            pass                        # not permitted here: the timeout still bounds the document
