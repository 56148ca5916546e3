"""The one wrapper around `pdftoppm` (poppler-utils): PDF pages -> grey page images.

pdftoppm writes raw PGM (its own PNG writer spends about a second of CPU a
page, as long as reading the page with tesseract).  The PGM bytes are the page
images as they are: compressing them to PNG (level 1) and decoding them again
cost ~0.14 s of CPU a page, a tenth of reading it.  Only a document whose pages
together pass RAW_BUDGET has them PNG-compressed (2-2.5x smaller for a grainy
scan), so a long scan's pages do not all sit in memory raw.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import cv2
import numpy as np

from ..errors import InputTooLarge
from ..tools import failed, require, run_tool, which

MAX_PAGES = 500
RAW_BUDGET = 256 * 1024 * 1024      # bytes of raw page images kept as they are (~65 A4 pages at 200 dpi)


def render(path: Path, dpi: int, timeout: float) -> list[bytes]:
    """Each page of `path` as a grey image (PGM, or PNG past RAW_BUDGET) at `dpi`, in page order."""
    exe = require(which("pdftoppm"), "PDF rasteriser unavailable: install poppler-utils")
    check_page_sizes(path, dpi)
    with tempfile.TemporaryDirectory(prefix="tp_scan_") as tmp:
        cmd = [exe, "-r", str(dpi), "-gray", "-l", str(MAX_PAGES), str(path), f"{tmp}/p"]
        done = run_tool(cmd, "rasterising the PDF", timeout)
        if done.returncode != 0:
            raise failed("PDF pages cannot be rasterised", done)
        # pdftoppm pads page numbers to the page count's width: names sort in page order
        pages = sorted(Path(tmp).glob("p-*.pgm"))
        raw = sum(p.stat().st_size for p in pages) <= RAW_BUDGET
        return [p.read_bytes() if raw else _png(p) for p in pages]


def _png(pgm: Path) -> bytes:
    gray = cv2.imdecode(np.fromfile(pgm, np.uint8), cv2.IMREAD_GRAYSCALE)
    if gray is None:
        raise failed(f"pdftoppm wrote an unreadable page image ({pgm.name})")
    return cv2.imencode(".png", gray, [cv2.IMWRITE_PNG_COMPRESSION, 1])[1].tobytes()


def check_page_sizes(path: Path, dpi: int) -> None:
    """InputTooLarge before rendering when a page would be over MAX_PIXELS at `dpi`
    (pdftoppm would spend gigabytes on it); an unreadable page tree is left to pdftoppm."""
    from pdfminer.pdfpage import PDFPage

    from .scan_images import MAX_PIXELS

    try:
        with open(path, "rb") as fh:
            for no, page in enumerate(PDFPage.get_pages(fh), 1):
                if no > MAX_PAGES:
                    break
                x0, y0, x1, y1 = (float(v) for v in page.mediabox)
                pixels = abs(x1 - x0) * abs(y1 - y0) * (dpi / 72) ** 2
                if pixels > MAX_PIXELS:
                    raise InputTooLarge(f"scan page {no} too large: {abs(x1 - x0) / 72:.0f} x "
                                        f"{abs(y1 - y0) / 72:.0f} inches is {pixels / 1e6:.0f} million pixels "
                                        f"at {dpi} dpi (over {MAX_PIXELS // 1_000_000} million)")
    except InputTooLarge:
        raise
    except Exception:  # noqa: BLE001 - pdfminer's many errors: pdftoppm says what is wrong
        return
