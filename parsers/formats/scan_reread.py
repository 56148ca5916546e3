"""Cells of a scan's stacked sheet (scan_ocr) read again, each alone: those read unsure, and
those with ink the sheet gave no word for.  A few extra, small recognitions per page."""
from __future__ import annotations

import re
import statistics

import cv2

from ..options import ScanSettings
from . import ocr_tesseract

_LATIN = re.compile(r"[A-Za-z]")
# a web or e-mail address: «www.», «http», or Latin letters on both sides of «@» or of a dot before a domain
_ADDRESS = re.compile(r"(?i)\bwww\.|\bhttps?:|[a-z0-9]@[a-z0-9]|[a-z0-9]\.(?:ru|su|com|org|net|gov|info)\b")


def reread_cells(by_piece: dict, crops: dict, dpi: int, opts: ScanSettings, timeout: float) -> None:
    """Cells read with low confidence are read again alone, with a white border,
    black on white (Otsu).  On the stacked sheet tesseract sometimes garbles a short
    token ("1.1." as "iss"); the grey grain of a scan around a few characters is
    what misleads it ("2.1." as "РЕН", "1.1." as "и"), on clean black and white it
    reads them right; a few extra calls per page at most.  A cell with ink the sheet gave
    no word for is read alone too (after those): tesseract drops a short token there now and then
    (a cell saying only «КЦ»), and the row then reads as the one above continued; what it
    reads alone counts only if it is as sure as text (`noise_conf`), not a speck's mark.  A cell read in
    Russian alone and still under `noise_conf` is read once more with rus+eng, and that reading taken
    where it holds a web or e-mail address and Russian's does not (an address is Latin, however unsure
    each reading: «www.gosuslugi.ru» read «Ум возит»)."""
    unsure = [(_mean(ws), key) for key, ws in by_piece.items() if key in crops and ws and _mean(ws) < opts.reread_conf]
    empty = [(-1.0, key) for key in crops if not by_piece.get(key)]
    garbled = []
    for conf, key in (sorted(unsure) + empty)[:opts.max_reread]:
        # in the languages the cell was read in: Russian alone unless the Latin pass found Latin
        # there (rus+eng reads a Russian «ПОС» alone in a cell as «noc»), and Russian alone is faster
        latin = not opts.latin_conf or any(_LATIN.search(w.text) for w in by_piece.get(key, ()))
        again = _alone(crops[key], dpi, opts, timeout, ocr_tesseract.LANGS if latin else ocr_tesseract.RUS)
        if again and _mean(again) > max(conf, opts.noise_conf if conf < 0 else 0):
            by_piece[key] = again
        if not latin and by_piece.get(key) and _mean(by_piece[key]) < opts.noise_conf:
            garbled.append(key)
    for key in garbled:
        # still garbled in Russian alone: a web or e-mail address («www.gosuslugi.ru» read «Ум возит»,
        # every word unsure) is Latin; rus+eng alone is taken where it reads one and Russian did not
        again = _alone(crops[key], dpi, opts, timeout, ocr_tesseract.LANGS)
        if again and _ADDRESS.search(" ".join(w.text for w in again)) \
                and not _ADDRESS.search(" ".join(w.text for w in by_piece[key])):
            by_piece[key] = again


def _alone(crop, dpi: int, opts: ScanSettings, timeout: float, langs: str) -> list:
    """A cell read alone: black on white (Otsu) with a white border, its words at the sheet's x."""
    b = opts.border_px
    _, crop = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    crop = cv2.copyMakeBorder(crop, b, b, b, b, cv2.BORDER_CONSTANT, value=255)
    words = ocr_tesseract.words(crop, opts.psm, dpi, timeout, langs)
    for w in words:             # from the bordered crop to the sheet's x, as the others
        w.left += opts.left_px - b
    return words


def _mean(words) -> float:
    return statistics.mean(w.conf for w in words)
