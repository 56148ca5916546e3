"""The one front to tesseract (Debian's tesseract-ocr + tesseract-ocr-rus): words of a grey image.

First choice, the engine kept loaded in this process (ocr_capi: libtesseract
through ctypes, models loaded once per language set).  Where the library
cannot be loaded, the `tesseract` command with TSV output, the image on stdin:
the same library behind it, so the same words (only slower) - which is why the
fallback is silent.  No model downloaded: the language data is the system
package's.  Each call is single-threaded (OMP_THREAD_LIMIT=1) so that pages
OCR'd in parallel stay within the worker budget, and bounded by a timeout.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass

import cv2
import numpy as np

from ..errors import OcrUnavailable, ToolError, ToolFailed, ToolMissing
from ..tools import failed, run_tool, which
from . import ocr_capi

LANGS = "rus+eng"       # every language a page may need (the probe checks both)
RUS = "rus"             # Russian alone: faster, where a text holds no Latin
PROBE_TIMEOUT = 30.0     # seconds for `--list-langs` / `--version`: they answer at once when tesseract works
UNAVAILABLE = "OCR unavailable: install tesseract-ocr-rus"


@dataclass
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float          # 0..100
    line: tuple          # (block, paragraph, line) numbers: words of one text line share it


class OcrTimeout(ToolFailed):
    """One page's OCR ran past its timeout: that page is lost, the others are kept."""


def _exe() -> str | None:
    return which("tesseract")


def forget() -> None:
    """Probe again on the next call (tests that take tesseract away and give it back)."""
    for probe in (loaded, missing, version):
        probe.cache_clear()


@functools.lru_cache(maxsize=1)
def loaded() -> bool:
    """Whether the library serves (an engine with every language starts)."""
    if ocr_capi.library() is None:
        return False
    try:
        with ocr_capi.engine(LANGS):
            return True
    except ocr_capi.EngineError:
        return False


@functools.lru_cache(maxsize=1)
def missing() -> str | None:
    """None when tesseract and its Russian data are installed, else why not."""
    if loaded():
        return None
    exe = _exe()
    if exe is None:
        return f"{UNAVAILABLE} (the tesseract command is not installed)"
    try:
        out = run_tool([exe, "--list-langs"], "tesseract", PROBE_TIMEOUT)
    except ToolError as e:
        return f"{UNAVAILABLE} (tesseract does not run: {e})"
    langs = set((out.stdout + out.stderr).decode("utf-8", "replace").split())
    lacking = [lang for lang in LANGS.split("+") if lang not in langs]
    return f"{UNAVAILABLE} (no language data for {', '.join(lacking)})" if lacking else None


@functools.lru_cache(maxsize=1)
def version() -> str:
    """tesseract's version line: part of the OCR cache key (another engine, other results)."""
    if loaded():
        return f"tesseract {ocr_capi.version()}"
    exe = _exe()
    if exe is None:
        return "unavailable"
    try:
        out = run_tool([exe, "--version"], "tesseract", PROBE_TIMEOUT)
    except ToolError:
        return "unavailable"
    text = (out.stdout or out.stderr).decode("utf-8", "replace")
    return text.splitlines()[0].strip() if text else "unknown"


def words(gray: np.ndarray, psm: int, dpi: int, timeout: float, langs: str = LANGS) -> list[Word]:
    """Recognised words of one grey image (2-D uint8), in tesseract's reading order."""
    reason = missing()
    if reason:
        raise OcrUnavailable(reason)
    if loaded():
        try:
            with ocr_capi.engine(langs) as engine:
                return parse_tsv(engine.tsv(gray, psm, dpi, timeout))
        except ocr_capi.EngineTimeout as e:
            raise OcrTimeout(str(e)) from None
        except ocr_capi.EngineError as e:
            raise ToolFailed(f"tesseract failed: {e}") from None
    return _cli_words(cv2.imencode(".png", gray)[1].tobytes(), psm, dpi, timeout, langs)


def _cli_words(png: bytes, psm: int, dpi: int, timeout: float, langs: str) -> list[Word]:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    cmd = [_exe(), "stdin", "stdout", "-l", langs, "--psm", str(psm), "--dpi", str(dpi), "tsv"]
    try:
        out = run_tool(cmd, "OCR", timeout, input=png, env=env)
    except ToolMissing as e:
        raise OcrUnavailable(f"{UNAVAILABLE} ({e})") from None
    except ToolFailed as e:
        raise OcrTimeout(str(e)) from None
    if out.returncode != 0:
        raise failed("tesseract failed", out, 300)
    return parse_tsv(out.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[Word]:
    found = []
    for row in tsv.splitlines():          # the header line (CLI only) is no level-5 row
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5" or not f[11].strip():
            continue
        found.append(Word(f[11].strip(), int(f[6]), int(f[7]), int(f[8]), int(f[9]), float(f[10]),
                          (int(f[2]), int(f[3]), int(f[4]))))
    return found
