"""Cells of a scan's stacked sheet (scan_ocr) read again, each alone: those read unsure, and
those with ink the sheet gave no word for.  A few extra, small recognitions per page."""
from __future__ import annotations

import re
import statistics

import cv2

from ..options import ScanSettings
from . import ocr_tesseract

_LATIN = re.compile(r"[A-Za-z]")


def reread_cells(by_piece: dict, crops: dict, dpi: int, opts: ScanSettings, timeout: float) -> None:
    """Cells read with low confidence are read again alone, with a white border,
    black on white (Otsu).  On the stacked sheet tesseract sometimes garbles a short
    token ("1.1." as "iss"); the grey grain of a scan around a few characters is
    what misleads it ("2.1." as "РЕН", "1.1." as "и"), on clean black and white it
    reads them right; a few extra calls per page at most.  A cell with ink the sheet gave
    no word for is read alone too (after those): tesseract drops a short token there now and then
    (a cell saying only «КЦ»), and the row then reads as the one above continued; what it
    reads alone counts only if it is as sure as text (`noise_conf`), not a speck's mark."""
    unsure = [(statistics.mean(w.conf for w in ws), key) for key, ws in by_piece.items()
              if key in crops and ws and statistics.mean(w.conf for w in ws) < opts.reread_conf]
    empty = [(-1.0, key) for key in crops if not by_piece.get(key)]
    b = opts.border_px
    for conf, key in (sorted(unsure) + empty)[:opts.max_reread]:
        _, crop = cv2.threshold(crops[key], 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        crop = cv2.copyMakeBorder(crop, b, b, b, b, cv2.BORDER_CONSTANT, value=255)
        # in the languages the cell was read in: Russian alone unless the Latin pass found Latin
        # there (rus+eng reads a Russian «ПОС» alone in a cell as «noc»), and Russian alone is faster
        latin = not opts.latin_conf or any(_LATIN.search(w.text) for w in by_piece.get(key, ()))
        again = ocr_tesseract.words(crop, opts.psm, dpi, timeout, ocr_tesseract.LANGS if latin else ocr_tesseract.RUS)
        if again and statistics.mean(w.conf for w in again) > max(conf, opts.noise_conf if conf < 0 else 0):
            for w in again:             # from the bordered crop to the sheet's x, as the others
                w.left += opts.left_px - b
            by_piece[key] = again
