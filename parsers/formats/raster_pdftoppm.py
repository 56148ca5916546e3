"""The one wrapper around `pdftoppm` (poppler-utils): PDF pages -> grey PNG images."""
from __future__ import annotations

import tempfile
from pathlib import Path

from ..tools import failed, require, run_tool, which

MAX_PAGES = 500


def render(path: Path, dpi: int, timeout: float) -> list[bytes]:
    """Each page of `path` as a PNG (8-bit grey) at `dpi`, in page order."""
    exe = require(which("pdftoppm"), "PDF rasteriser unavailable: install poppler-utils")
    with tempfile.TemporaryDirectory(prefix="tp_scan_") as tmp:
        cmd = [exe, "-r", str(dpi), "-gray", "-png", "-l", str(MAX_PAGES), str(path), f"{tmp}/p"]
        done = run_tool(cmd, "rasterising the PDF", timeout)
        if done.returncode != 0:
            raise failed("PDF pages cannot be rasterised", done)
        # pdftoppm pads page numbers to the page count's width: names sort in page order
        return [p.read_bytes() for p in sorted(Path(tmp).glob("p-*.png"))]
