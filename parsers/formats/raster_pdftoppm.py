"""The one wrapper around `pdftoppm` (poppler-utils): PDF pages -> grey PNG images."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import LoadError

MAX_PAGES = 500


def render(path: Path, dpi: int, timeout: float) -> list[bytes]:
    """Each page of `path` as a PNG (8-bit grey) at `dpi`, in page order."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise LoadError("PDF rasteriser unavailable: install poppler-utils")
    with tempfile.TemporaryDirectory(prefix="tp_scan_") as tmp:
        try:
            subprocess.run([exe, "-r", str(dpi), "-gray", "-png", "-l", str(MAX_PAGES), str(path), f"{tmp}/p"],
                           check=True, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise LoadError(f"rasterising the PDF timed out after {timeout:.0f} s") from None
        except subprocess.CalledProcessError as e:
            raise LoadError(f"PDF pages cannot be rasterised: {e.stderr.decode('utf-8', 'replace').strip()[-200:]}") from None
        # pdftoppm pads page numbers to the page count's width: names sort in page order
        return [p.read_bytes() for p in sorted(Path(tmp).glob("p-*.png"))]
