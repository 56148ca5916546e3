"""Tesseract kept loaded: the system's libtesseract (Debian's libtesseract5, which
tesseract-ocr depends on) called through its C API with ctypes.

The command line pays the language models' loading on every call (a few hundred
ms of CPU for rus+eng) - more than reading a cell.  Here each thread keeps one
API object per language set, initialised once; images go in as raw grey pixels
(no PNG, no temporary file) and words come back as the same TSV the command
prints, so both paths give the same words.  Nothing to build: ctypes and the
shared library only.

Bounds: every recognition carries a monitor with a deadline, so a page that runs
long stops inside the library (OcrTimeout).  A hang the monitor cannot stop, or a
crash, ends the worker process only - the pool marks that document `timeout` or
`failed` and goes on (pipeline/run/executor.py).
"""
from __future__ import annotations

import atexit
import contextlib
import ctypes
import ctypes.util
import functools
import os
import threading
import time

import numpy as np

_NAMES = ("libtesseract.so.5", "libtesseract.so.4", "libtesseract.so")
_free: dict[str, list] = {}      # idle engines by language set: an API object serves one thread at a time
_lock = threading.Lock()


class EngineError(Exception):
    """The library could not start an engine (its language data missing, say)."""


class EngineTimeout(Exception):
    """A recognition stopped at its deadline."""


@functools.lru_cache(maxsize=1)
def library() -> ctypes.CDLL | None:
    """libtesseract with the C API's signatures, or None when it cannot be loaded
    (then the command line serves).  OpenMP is held to one thread per call before
    the library loads (its runtime reads this once): pages run in parallel already."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    names = list(_NAMES) + [n for n in (ctypes.util.find_library("tesseract"),) if n]
    for name in names:
        try:
            lib = ctypes.CDLL(name)
            _declare(lib)
            return lib
        except (OSError, AttributeError):
            continue
    return None


def _declare(lib: ctypes.CDLL) -> None:
    p, i, s = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
    sigs = {
        "TessVersion": (s, []),
        "TessBaseAPICreate": (p, []),
        "TessBaseAPIDelete": (None, [p]),
        "TessBaseAPIEnd": (None, [p]),
        "TessBaseAPIInit3": (i, [p, s, s]),
        "TessBaseAPISetVariable": (i, [p, s, s]),
        "TessBaseAPISetPageSegMode": (None, [p, i]),
        "TessBaseAPISetImage": (None, [p, p, i, i, i, i]),
        "TessBaseAPISetSourceResolution": (None, [p, i]),
        "TessBaseAPISetRectangle": (None, [p, i, i, i, i]),
        "TessBaseAPIRecognize": (i, [p, p]),
        "TessBaseAPIGetTsvText": (p, [p, i]),     # a char* freed with TessDeleteText
        "TessBaseAPIClear": (None, [p]),
        "TessDeleteText": (None, [p]),
        "TessMonitorCreate": (p, []),
        "TessMonitorDelete": (None, [p]),
        "TessMonitorSetDeadlineMSecs": (None, [p, i]),
    }
    for name, (res, args) in sigs.items():
        fn = getattr(lib, name)
        fn.restype, fn.argtypes = res, args


def version() -> str | None:
    lib = library()
    return lib.TessVersion().decode() if lib else None


class Engine:
    """One API object with its language models loaded."""

    def __init__(self, langs: str):
        lib = library()
        if lib is None:
            raise EngineError("libtesseract cannot be loaded")
        self.lib, self.langs = lib, langs
        self.api = lib.TessBaseAPICreate()
        if lib.TessBaseAPIInit3(self.api, None, langs.encode()) != 0:
            lib.TessBaseAPIDelete(self.api)
            self.api = None
            raise EngineError(f"tesseract cannot load the language data {langs}")

    def tsv(self, gray: np.ndarray, psm: int, dpi: int, timeout: float, rect=None) -> str:
        """The TSV of words recognised on a 2-D uint8 image (or its `rect`: x, y, w, h)."""
        lib, api = self.lib, self.api
        gray = np.ascontiguousarray(gray, dtype=np.uint8)
        h, w = gray.shape
        lib.TessBaseAPISetPageSegMode(api, psm)
        lib.TessBaseAPISetImage(api, gray.ctypes.data, w, h, 1, gray.strides[0])
        lib.TessBaseAPISetSourceResolution(api, dpi)
        if rect is not None:
            lib.TessBaseAPISetRectangle(api, *rect)
        monitor = lib.TessMonitorCreate()
        try:
            ms = int(min(timeout, 2e6) * 1000)
            lib.TessMonitorSetDeadlineMSecs(monitor, ms)
            start = time.monotonic()
            failed = lib.TessBaseAPIRecognize(api, monitor) != 0
            if time.monotonic() - start >= timeout:
                raise EngineTimeout(f"OCR timed out after {timeout:.0f} s")
            if failed:
                raise EngineError("tesseract could not recognise the image")
            raw = lib.TessBaseAPIGetTsvText(api, 0)
            try:
                return ctypes.string_at(raw).decode("utf-8", "replace") if raw else ""
            finally:
                if raw:
                    lib.TessDeleteText(raw)
        finally:
            lib.TessMonitorDelete(monitor)
            lib.TessBaseAPIClear(api)          # drop the image and results, keep the models

    def close(self) -> None:
        if self.api:
            self.lib.TessBaseAPIEnd(self.api)
            self.lib.TessBaseAPIDelete(self.api)
            self.api = None


@contextlib.contextmanager
def engine(langs: str):
    """An idle engine for `langs` (made when none is free), held for the block.
    Kept for the process's life: the next page, cell or document reuses it."""
    with _lock:
        idle = _free.setdefault(langs, [])
        found = idle.pop() if idle else None
    found = found or Engine(langs)
    try:
        yield found
    except BaseException:
        found.close()                  # a failed recognition may leave it in any state: not reused
        raise
    with _lock:
        _free[langs].append(found)


@atexit.register
def _close_all() -> None:
    """End the idle engines before the library's own teardown, which would warn of
    models still referenced."""
    with _lock:
        for idle in _free.values():
            while idle:
                idle.pop().close()
