"""A document as the analyst sees it beside its rows: page images for PDFs and scans
(rendered once by pdftoppm, cached under the dataset's `.workbench/pages/`), the
text of converted text, and paragraphs and tables of Word and HTML documents.

A page is rendered when it is asked for - never the whole document: a 40-page
order's first view costs one page - and the next page is rendered in the
background meanwhile, so that reading on finds it cached.  (The document view
loads the pages below the first lazily, as they scroll into sight.)

Only files under the raw folder are opened: `source_path` comes from the dataset,
and is still resolved and checked against raw/ (a link or `..` never leads out).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import threading
from functools import lru_cache
from pathlib import Path

from textcore.atomic import atomic_write

PDF_DPI = 100                 # page images: enough to read, small enough to send
PAGED = ("pdf", "pdf_scan", "image")
TEXT = ("txt", "md")
RENDER_TIMEOUT = 60
A4_PT = (595, 842)            # a page image's placeholder before it loads, in PDF points
_render_lock = threading.Lock()
_background: list[threading.Thread] = []      # the prefetching threads (see `settle`)


class PageError(Exception):
    """The page cannot be shown (said to the analyst in one line)."""


def source_file(raw: Path, source_path: str) -> Path:
    """The document's file, refused unless it lies inside the raw folder."""
    root = os.path.realpath(raw)
    path = os.path.realpath(os.path.join(root, source_path))
    if not path.startswith(root.rstrip(os.sep) + os.sep) or not os.path.isfile(path):
        raise PageError("the document's file is not in the raw folder any more")
    return Path(path)


def pixels_per_point(raw: Path, doc: dict) -> float:
    """How page-image pixels relate to the PDF points of `source_bbox`."""
    if doc.get("format") == "image":
        from parsers.formats import scan, scan_images

        return scan_images.dpi_of(source_file(raw, doc["source_path"]), scan.DPI) / 72
    return PDF_DPI / 72


def placeholder(scale: float) -> tuple[int, int]:
    """The size (pixels) a page image not yet loaded takes: A4 upright at `scale` pixels
    per point, until the first page's own size replaces it in the browser."""
    return round(A4_PT[0] * scale), round(A4_PT[1] * scale)


def page_image(out: Path, raw: Path, doc: dict, n: int, prefetch: bool = True) -> Path:
    """PNG of page `n` (1-based), rendered on first request and kept; the page after
    it is then rendered in the background (`prefetch`)."""
    pages = doc.get("pages") or 0
    if doc.get("format") not in PAGED or not 1 <= n <= max(pages, 1):
        raise PageError(f"no page {n} in this document")
    cached = _cache(out, doc, n)
    if cached.is_file():
        return cached
    src = source_file(raw, doc["source_path"])
    _render(src, doc, n, cached)
    if prefetch and n < pages and not _cache(out, doc, n + 1).is_file():
        t = threading.Thread(target=_quietly, args=(src, doc, n + 1, _cache(out, doc, n + 1)), daemon=True)
        _background[:] = [b for b in _background if b.is_alive()] + [t]
        t.start()
    return cached


def settle(timeout: float = RENDER_TIMEOUT) -> None:
    """Wait for the background renders started so far (tests, benchmarks)."""
    for t in list(_background):
        t.join(timeout)


def _cache(out: Path, doc: dict, n: int) -> Path:
    return Path(out) / ".workbench" / "pages" / doc["doc_id"] / f"{n}.png"


def _quietly(src: Path, doc: dict, n: int, cached: Path) -> None:
    try:
        _render(src, doc, n, cached)
    except Exception:  # noqa: BLE001 - a prefetch that fails is retried, and reported, when asked for
        pass


def _render(src: Path, doc: dict, n: int, cached: Path) -> None:
    with _render_lock:                       # one render at a time: pdftoppm is heavy
        if cached.is_file():
            return
        cached.parent.mkdir(parents=True, exist_ok=True)
        if doc["format"] == "image":
            _image_pages(src, n, cached)
            return
        tmp = cached.with_name(f".{n}.{os.getpid()}.tmp.png")
        _pdftoppm(src, n, tmp)
        tmp.replace(cached)


def _image_pages(src: Path, n: int, cached: Path) -> None:
    """An image file's frames are decoded together: all are kept at once."""
    from parsers.formats import scan_images

    images = scan_images.pages(src)
    if n > len(images):
        raise PageError(f"no page {n} in this document")
    for k, png in enumerate(images, 1):
        atomic_write(cached.with_name(f"{k}.png"), png)


def _pdftoppm(src: Path, n: int, dest: Path) -> None:
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise PageError("pages cannot be shown: install poppler-utils (pdftoppm)")
    prefix = dest.with_suffix("")
    try:
        subprocess.run([exe, "-r", str(PDF_DPI), "-f", str(n), "-l", str(n), "-png", "-singlefile",
                        str(src), str(prefix)], check=True, capture_output=True, timeout=RENDER_TIMEOUT)
    except (subprocess.TimeoutExpired, subprocess.CalledProcessError):
        raise PageError(f"page {n} could not be rendered") from None
    Path(f"{prefix}.png").replace(dest)


def text_lines(raw: Path, doc: dict) -> list[str]:
    """Converted text as the text reader decodes and numbers it (its line breaks, not
    str.splitlines' wider set), one entry per line (1-based = index + 1)."""
    from parsers.formats.text import decode

    text = decode(source_file(raw, doc["source_path"]).read_bytes())
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def blocks(raw: Path, doc: dict) -> list[dict]:
    """Word and HTML documents: paragraphs and tables in order, tables numbered from 1."""
    src = source_file(raw, doc["source_path"])
    return _blocks(str(src), doc["format"], doc["doc_id"])


@lru_cache(maxsize=16)
def _blocks(path: str, fmt: str, doc_id: str) -> list[dict]:
    # doc_id is part of the key: a changed file at the same path is read again
    from parsers.document import Table
    from parsers.formats import read_document

    out, n_table, n_para = [], 0, 0          # numbered as parsers.provenance counts them
    for b in read_document(Path(path), fmt).blocks:
        if isinstance(b, Table):
            n_table += 1
            out.append({"table": n_table, "rows": [[(c.text, c.colspan, c.rowspan) for c in r.cells
                                                     if not c.covered] for r in b.rows]})
        else:
            n_para += 1
            if b.text:
                out.append({"text": b.text, "heading": b.is_heading, "paragraph": n_para})
    return out
