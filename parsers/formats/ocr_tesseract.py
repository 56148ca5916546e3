"""The one wrapper around the `tesseract` command (Debian's tesseract-ocr + tesseract-ocr-rus).

Called through its command line with TSV output (word boxes and confidences),
the image on stdin: no Python binding to build, no model downloaded - the
language data is the system package's.  Each call is single-threaded
(OMP_THREAD_LIMIT=1) so that pages OCR'd in parallel stay within the
worker budget, and bounded by a timeout.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass

from ..errors import OcrUnavailable, ToolError, ToolFailed, ToolMissing
from ..tools import failed, run_tool, which

LANGS = "rus+eng"
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


@functools.lru_cache(maxsize=1)
def missing() -> str | None:
    """None when tesseract and its Russian data are installed, else why not."""
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
    exe = _exe()
    if exe is None:
        return "unavailable"
    try:
        out = run_tool([exe, "--version"], "tesseract", PROBE_TIMEOUT)
    except ToolError:
        return "unavailable"
    text = (out.stdout or out.stderr).decode("utf-8", "replace")
    return text.splitlines()[0].strip() if text else "unknown"


def words(png: bytes, psm: int, dpi: int, timeout: float) -> list[Word]:
    """Recognised words of one PNG image, in tesseract's reading order."""
    reason = missing()
    if reason:
        raise OcrUnavailable(reason)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    cmd = [_exe(), "stdin", "stdout", "-l", LANGS, "--psm", str(psm), "--dpi", str(dpi), "tsv"]
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
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5" or not f[11].strip():
            continue
        found.append(Word(f[11].strip(), int(f[6]), int(f[7]), int(f[8]), int(f[9]), float(f[10]),
                          (int(f[2]), int(f[3]), int(f[4]))))
    return found
