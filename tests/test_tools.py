"""The external-tool runner: a hung tool is killed with its children, a missing one is retryable."""
from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import numpy as np
import pytest

from parsers.errors import OcrUnavailable, ToolFailed, ToolMissing
from parsers.formats import legacy, ocr_capi, ocr_tesseract, raster_pdftoppm
from parsers.options import ReaderOptions
from parsers.tools import run_tool, which
from pipeline.store.cache import ParseCache
from pipeline.run.process import process_path


def _script(folder: Path, name: str, body: str) -> Path:
    p = folder / name
    p.write_text("#!/bin/sh\n" + body)
    p.chmod(p.stat().st_mode | stat.S_IXUSR)
    return p


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its reaper counts as gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z"


def test_hung_tool_killed_with_its_children(tmp_path):
    pids = tmp_path / "pids"
    # like soffice: a launcher that starts a worker child and waits; both hang
    tool = _script(tmp_path, "fake-soffice", f"sleep 300 &\necho $! >> {pids}\necho $$ >> {pids}\nwait\n")
    start = time.monotonic()
    with pytest.raises(ToolFailed, match="timed out after 1 s") as info:
        run_tool([str(tool)], "fake tool", timeout=1)
    assert time.monotonic() - start < 10
    assert info.value.retryable is False          # the same bytes would hang again
    found = [int(x) for x in pids.read_text().split()]
    assert len(found) == 2
    deadline = time.monotonic() + 5
    while any(map(_alive, found)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_alive, found)), "a process of the tool survived the timeout"


def test_tool_output_and_exit_code(tmp_path):
    tool = _script(tmp_path, "echoer", "cat; echo oops >&2; exit 3\n")
    done = run_tool([str(tool)], "echoer", timeout=10, input=b"abc")
    assert (done.returncode, done.stdout, done.stderr) == (3, b"abc", b"oops\n")


def test_which_finds_a_tool_on_path(tmp_path, monkeypatch):
    _script(tmp_path, "pdftoppm", "exit 0\n")
    monkeypatch.setenv("PATH", str(tmp_path))
    assert which("nonesuch", "pdftoppm") == str(tmp_path / "pdftoppm")
    assert which("nonesuch") is None


@pytest.fixture
def no_tools(tmp_path, monkeypatch):
    """A PATH without LibreOffice, pdftoppm or tesseract, and no libtesseract."""
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setattr(ocr_capi, "library", lambda: None)       # nor the library the engine is loaded from
    ocr_tesseract.forget()
    yield
    ocr_tesseract.forget()


def test_every_missing_tool_raises_the_same_retryable_error(tmp_path, no_tools):
    rtf = tmp_path / "a.rtf"
    rtf.write_text("{\\rtf1 text}")
    with pytest.raises(ToolMissing, match="install libreoffice-writer-nogui") as office:
        legacy.read(rtf)
    with pytest.raises(ToolMissing, match="install poppler-utils") as raster:
        raster_pdftoppm.render(tmp_path / "a.pdf", 200, timeout=5)
    with pytest.raises(ToolMissing, match="install tesseract-ocr-rus") as ocr:
        ocr_tesseract.words(np.full((20, 20), 255, np.uint8), 6, 200, timeout=5)
    assert isinstance(ocr.value, OcrUnavailable)
    assert all(e.value.retryable for e in (office, raster, ocr))


def test_missing_tool_failure_is_not_cached(tmp_path, no_tools):
    rtf = tmp_path / "raw" / "a.rtf"
    rtf.parent.mkdir()
    rtf.write_text("{\\rtf1 text}")
    result = process_path(rtf, rtf.parent, "ab" * 32, ReaderOptions())
    assert result.document["status"] == "failed" and "libreoffice" in result.document["error"].lower()
    cache = ParseCache(tmp_path / "cache", {})
    cache.put(result)
    assert cache.get("ab" * 32) is None
    assert not [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]


def test_failed_tool_on_these_bytes_is_cached(tmp_path, monkeypatch):
    """The counterpart: a tool that runs and fails says so for good (not retried)."""
    fake = _script(tmp_path, "soffice", "echo cannot convert >&2; exit 1\n")
    monkeypatch.setattr(legacy, "soffice", lambda: str(fake))
    rtf = tmp_path / "a.rtf"
    rtf.write_text("{\\rtf1 text}")
    result = process_path(rtf, tmp_path, "cd" * 32, ReaderOptions())
    assert result.document["status"] == "failed" and "cannot convert" in result.document["error"]
    cache = ParseCache(tmp_path / "cache", {})
    cache.put(result)
    assert cache.get("cd" * 32) is not None
