"""The parent's allocators: what a long run frees goes back to the system (issue 20).

A rebuild's parent frees almost everything it allocates (a segment's rows once
written, a fold's row groups once copied), yet its RSS grew with the dataset:
pages the allocators kept after the frees, not live memory (docs/ARCHITECTURE.md,
"The parent and the dataset's size").  Two keepers, two remedies:

* Arrow's default pool in pyarrow's wheels is a bundled mimalloc (3.x), which waits
  `purge_delay` (1 s) before it gives a freed page back, and then only when it is
  called again: the parent's RSS after a flush stepped up at every fold (104 → 143 →
  153 MB over 8,000 documents) and stayed.  It reads its options from the
  environment once, when libarrow loads: `tune_env` sets them (never over a value
  the user set) before the command line imports pyarrow.
* glibc's heap (Python's larger objects, and Arrow's buffers after
  `batch.lean_parent`): `give_back` trims it, as well as releasing Arrow's pool.

The workers inherit the setting (the zygote is forked after libarrow read it) but
never allocate from Arrow's pool (the parsers import no pyarrow): their CPU with it
and with mimalloc's default delay is the same within the noise
(benchmarks/bench_purge_workers.py, docs/ARCHITECTURE.md).

Imports nothing of the project and not pyarrow, so it can run before pyarrow loads.
"""
from __future__ import annotations

import ctypes
import os
import sys
from typing import MutableMapping

# mimalloc's own names (MIMALLOC_<option>); pyarrow's bundled mimalloc honours them
MIMALLOC_ENV = {
    "MIMALLOC_PURGE_DELAY": "0",    # a page is given back when it is freed, not a second later
}
# mimalloc reads an option's name in any case, and under its older name where the new one is
# missing: a user's setting under either is theirs (options.c, `mi_option_init`)
_OLDER_NAMES = {"MIMALLOC_PURGE_DELAY": ("MIMALLOC_RESET_DELAY",)}


def tune_env(environ: MutableMapping[str, str] = os.environ) -> None:
    """Arrow's mimalloc options for this process (and the workers it starts);
    effective only when called before pyarrow is first imported."""
    set_by_user = {name.upper() for name in environ}
    for name, value in MIMALLOC_ENV.items():
        if set_by_user.isdisjoint((name, *_OLDER_NAMES.get(name, ()))):
            environ[name] = value


_libc: list = []        # [handle or None], looked up once


def _malloc_trim():
    if not _libc:
        trim = None
        if sys.platform.startswith("linux"):
            try:                          # glibc only: musl and others have no malloc_trim
                trim = ctypes.CDLL(None).malloc_trim
                trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
            except (OSError, AttributeError):
                trim = None
        _libc.append(trim)
    return _libc[0]


def give_back() -> None:
    """Arrow's pool and glibc's heap return their free pages to the system: after a
    commit or a fold, what they freed must not stay in the parent for the whole run."""
    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
