"""One page image -> its text lines and table cells (plain, JSON-able data, cached by scan.py).

The page is deskewed, its ruled tables found (scan_grid), the ruling lines
erased.  Every non-empty cell is cut out and OCR'd on its own, so text never
leaks between columns; to pay tesseract's start-up once per page and not once
per cell, the cut-outs are stacked one under another with white gaps below the
page's text outside the tables (tables blanked), and the whole sheet is read
in one call.  Each recognised word goes back to the cell (or page text) whose
band of the sheet it lies in.
"""
from __future__ import annotations

import re
import statistics

import cv2
import numpy as np

from ..errors import LoadError
from ..options import ScanSettings
from . import ocr_tesseract, scan_grid
from .scan_cell_lines import lined
from .scan_reread import reread_cells
from .scan_latin import latin_pass
from .scan_text import retyped
from .wordjoin import join_lines
from textcore.numbering import ARABIC, parse_item_number

_NOT_TEXT = "|¦!'`.,:;_~"
# pages already run in threads of their own (scan.py): OpenCV's own threads on top of them only
# add CPU (measured: 2-3% of reading a page on 2 cores), never speed
cv2.setNumThreads(1)
_BULLETS = "•·*▪●-–—"                        # signs a list item opens with (textcore.numbering)
_BROKEN = re.compile("[-\u2010\u00ad\u00ac]$")  # a hyphen, a soft one or «¬» closing a line's last word


def read_page(png: bytes, dpi: int, opts: ScanSettings, timeout: float) -> dict:
    """{"size", "words": [...page text words...], "tables": [...], "conf": [sum, n]} in points."""
    gray = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)
    if gray is None:
        raise LoadError("a page image cannot be decoded")
    gray, angle = scan_grid.deskew(gray, opts.grid)
    binary = scan_grid.ink(gray, opts.grid)
    horiz, vert = scan_grid.ruling_lines(binary, opts.grid)
    short = scan_grid.short_rules(binary, opts.grid)
    grids = scan_grid.find_grids(horiz, vert, opts.grid, short)
    clean = gray.copy()
    clean[cv2.bitwise_or(cv2.bitwise_or(horiz, vert), scan_grid.column_rules(short, grids, opts.grid)) > 0] = 255
    _despeckle(clean, opts)
    offsets: dict[object, int] = {}
    strips, cells = _pieces(clean, grids, opts, offsets)
    by_piece = _ocr_pieces(strips, cells, dpi, opts, timeout)
    by_piece["page"] = _strip_words(by_piece, strips, opts)
    confs = [w.conf for ws in by_piece.values() for w in ws if w.conf >= 0]
    scale = 72.0 / dpi
    line_height = _line_heights(by_piece.get("page", []))
    size = statistics.median(line_height.values()) * scale if line_height else 10.0
    # speckles read as stray marks: unsure words with no letter or digit are no text
    # and a lone "|" is the edge of a ruling line, never text
    for key, ws in by_piece.items():
        _unsure_bullets(ws, opts, in_cell=key != "page")
    page_raw = [w for w in by_piece.get("page", []) if w.text.strip(_NOT_TEXT)
                and (w.conf >= opts.noise_conf or (len(w.text) > 2 and any(ch.isalnum() for ch in w.text)))]
    spans = _line_spans(page_raw, statistics.median(line_height.values()) if line_height else 0.0, opts)
    page_words = [{"text": w.text, "x0": w.left * scale, "x1": (w.left + w.width) * scale,
                   "top": (spans[w.line][0] - opts.pad_px) * scale, "bottom": (spans[w.line][1] - opts.pad_px) * scale,
                   "size": size, "fontname": ""}
                  for w in page_raw]
    tables = []
    for gi, g in enumerate(grids):
        room = lambda c: g.box(c)[2] - g.box(c)[0] - 2 * opts.inset_px     # noqa: E731
        cells = [{"r": c.r, "c": c.c, "rs": c.rowspan, "cs": c.colspan,
                  "text": _cell_text(by_piece.get((gi, c.r, c.c), []), room(c), opts.fit_share),
                  "fit": _fit(by_piece.get((gi, c.r, c.c), []), g.box(c), offsets.get((gi, c.r, c.c)), opts, scale)}
                 for c in g.cells]
        for c, cell in zip(g.cells, cells):      # the lines its author wrote (scan_cell_lines)
            join = lambda ws, c=c: _cell_text(ws, room(c), opts.fit_share)   # noqa: E731
            cell["lined"] = lined(by_piece.get((gi, c.r, c.c), []), g.box(c), offsets.get((gi, c.r, c.c)),
                                  opts, scale, size, cell["text"], join)
        tables.append({"bbox": [v * scale for v in g.bbox], "xs": [v * scale for v in g.xs],
                       "ys": [v * scale for v in g.ys], "cells": cells})
    return {"size": size, "height": gray.shape[0] * scale, "words": page_words, "tables": tables, "angle": angle,
            "conf": [sum(confs), len(confs)]}


def _pieces(clean: np.ndarray, grids, opts: ScanSettings, offsets: dict) -> tuple[list, list]:
    """(strips, cells).  Strips: the page's text outside the tables, in bands between
    the tables' top and bottom edges, each cut to its ink, keyed ("page", n) with its
    (x, y) on the page.  Cells: each non-empty cell cut out to its ink, keyed (grid,
    row, column); `offsets` gets each cut-out's left edge from its cell's (px).
    Whole-page white is never read: tesseract finds no text in a page holding one
    short caption between two tables («2. «Кадры»»), and pays for the white too."""
    despeckled = cv2.medianBlur(scan_grid.ink(clean, opts.grid), opts.median_px)
    outside, page_part = despeckled.copy(), clean.copy()
    for g in grids:
        x0, y0, x1, y1 = g.bbox
        outside[y0:y1 + 1, x0:x1 + 1] = 0
        page_part[y0:y1 + 1, x0:x1 + 1] = 255
    edges = sorted({0, clean.shape[0]} | {v for g in grids for v in (g.bbox[1], g.bbox[3] + 1)})
    strips = []
    for top, bottom in zip(edges, edges[1:]):
        ys, xs = np.nonzero(outside[top:bottom])
        if len(xs) >= opts.min_ink:
            y0, x0 = top + int(ys.min()), int(xs.min())
            crop = page_part[y0:top + int(ys.max()) + 1, x0:int(xs.max()) + 1]
            strips.append((("page", len(strips)), crop, (x0, y0)))
    cells = []
    inset = opts.inset_px
    for gi, g in enumerate(grids):
        for cell in g.cells:
            x0, y0, x1, y1 = g.box(cell)
            x0, y0, x1, y1 = x0 + inset, y0 + inset, x1 - inset, y1 - inset
            if x1 <= x0 or y1 <= y0:
                continue
            ys, xs = np.nonzero(despeckled[y0:y1, x0:x1])
            if len(xs) < opts.min_ink:
                continue
            crop = clean[y0 + ys.min():y0 + ys.max() + 1, x0 + xs.min():x0 + xs.max() + 1]
            cells.append(((gi, cell.r, cell.c), crop))
            offsets[(gi, cell.r, cell.c)] = inset + int(xs.min())
    return strips, cells


def _strip_words(by_piece: dict, strips, opts: ScanSettings) -> list:
    """The strips' words back in the page's pixels (tops counting the pad, as every
    piece's), each strip's lines numbered apart."""
    words = []
    for key, _, (x0, y0) in strips:
        for w in by_piece.pop(key, []):
            w.left, w.top, w.line = w.left - opts.left_px + x0, w.top + y0, (key[1], w.line)
            words.append(w)
    return words


def _ocr_pieces(strips, cells, dpi: int, opts: ScanSettings, timeout: float) -> dict[object, list]:
    """The strips on one sheet, the cells on another, read by Russian alone; what may
    hold Latin read again with rus+eng (scan_latin); cells still unsure read alone."""
    langs = ocr_tesseract.RUS if opts.latin_conf else ocr_tesseract.LANGS
    # the page's own text apart from the cells' sheet: that sheet is then only as
    # wide as the widest cell, not the page (tesseract's cost grows with the white too)
    pieces = [(k, crop) for k, crop, _ in strips]
    by_piece = _read_sheet(pieces, dpi, opts, timeout, langs) if pieces else {}
    if cells:
        by_piece.update(_read_sheet(cells, dpi, opts, timeout, langs))
    if opts.latin_conf:
        latin_pass(by_piece, pieces + cells, dpi, opts, timeout, _read_sheet)
    reread_cells(by_piece, dict(cells), dpi, opts, timeout)
    retype_unsure(by_piece, opts)
    return by_piece


def retype_unsure(by_piece: dict, opts: ScanSettings) -> None:
    """Each word read under `retype_conf` that the dictionary does not know, as the one known word
    a single letter's change gives (scan_text.retyped): the engine's doubt says a letter may be
    wrong, and a sure reading is left as it is (a name, a brand one letter off a word); nor the
    halves of a word broken at a line's end."""
    for ws in by_piece.values():
        broken = False
        for w in ws:
            # a word broken at a line's end («консульти-» / «рование»): its halves are no words, and
            # one changed would join into none («консультисование»); wordjoin joins them as read
            if w.conf < opts.retype_conf and not broken and not _BROKEN.search(w.text):
                w.text = retyped(w.text)
            broken = bool(_BROKEN.search(w.text))


def _read_sheet(pieces, dpi: int, opts: ScanSettings, timeout: float, langs: str) -> dict:
    """The pieces stacked on one sheet, OCR'd in one call: {piece key: its words}."""
    sheet, bands = _stack(pieces, opts)
    zoom = max(1.0, opts.target_dpi / dpi)
    if zoom > 1.0:
        sheet = cv2.resize(sheet, None, fx=zoom, fy=zoom, interpolation=cv2.INTER_CUBIC)
    found = ocr_tesseract.words(sheet, opts.psm, int(dpi * zoom), timeout, langs)
    by_piece: dict[object, list] = {}
    for w in found:                     # back to the page's pixels
        w.left, w.top, w.width, w.height = (int(v / zoom) for v in (w.left, w.top, w.width, w.height))
        band = _band_of(bands, w.top + w.height / 2)
        if band is not None:
            w.top -= band[0]            # from the top of its piece's band
            by_piece.setdefault(band[2], []).append(w)
    return by_piece


def _fit(words, box, offset: int | None, opts: ScanSettings, scale: float) -> list | None:
    """Where a cell's text ends, for stitching a row the page break split (pdf_stitch):
    [its last line's words as [x0, x1, text], the room a line may reach, the first
    word as [x0, x1, text]] in points from the cut-out's left edge.  The room is the
    cell's width less the text's left margin on both sides, as for a text PDF."""
    if not words or offset is None:
        return None
    lines: dict[tuple, list] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    ordered = [sorted(ws, key=lambda w: w.left) for ws in sorted(lines.values(), key=lambda ws: min(w.top for w in ws))]
    at = lambda w: [(w.left - opts.left_px) * scale, (w.left - opts.left_px + w.width) * scale, w.text]  # noqa: E731
    return [[at(w) for w in ordered[-1]], (box[2] - box[0] - 2 * offset) * scale, at(ordered[0][0])]


def _unsure_bullets(words, opts: ScanSettings, in_cell: bool = False) -> None:
    """A list's «•» is read as «*» - or as «.», «‹», «|--», unsure ones the speck
    filter would drop, and the item's mark with it.  A short mark opening a line is
    the bullet a surely read bullet sign is where that sign opens another line at the
    same place, its text starting at the same indent - or where several such marks
    line up, one of them read as a bullet sign, however unsure: a list's bullets line
    up, specks do not.  Page text and each cell alike (needs are bulleted inside cells);
    in a cell a «*» so found is the «•» it was printed as: the cell's lines are joined, and
    only «•» still splits its needs there (on a page «*» may open a footnote)."""
    lines: dict[tuple, list] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    heads = []
    for ws in lines.values():
        ws = sorted(ws, key=lambda w: w.left)
        if len(ws) > 1 and len(ws[0].text) <= 3 and not any(ch.isalnum() for ch in ws[0].text):
            heads.append((ws[0], ws[1].left))
    tol = opts.bullet_tol_px
    groups: list[list] = []                  # marks lined up, their text at one indent
    for mark, x in heads:
        group = next((g for g in groups if abs(mark.left - g[0][0].left) <= tol and abs(x - g[0][1]) <= tol), None)
        if group is None:
            groups.append([(mark, x)])
        else:
            group.append((mark, x))
    for group in groups:
        signs = [m.text for m, _ in group if m.text in _BULLETS]
        sure = [m.text for m, _ in group if m.text in _BULLETS and m.conf >= opts.noise_conf]
        if sure or (len(group) > 1 and signs):          # one list's marks, however unsure each
            sign = (sure or signs)[0]
            for mark, _ in group:
                mark.text, mark.conf = "•" if in_cell and sign == "*" else sign, max(mark.conf, opts.noise_conf)


def _despeckle(gray: np.ndarray, opts: ScanSettings) -> None:
    """Whiten specks of a few pixels: smaller than any dot of print at 150+ dpi,
    tesseract would read them as punctuation ("|", "„", "-")."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(scan_grid.ink(gray, opts.grid), connectivity=8)
    small = stats[:, cv2.CC_STAT_AREA] <= opts.speck_px
    small[0] = False                     # the background
    if small.any():
        gray[small[labels]] = 255        # a lookup by label: np.isin sorts the whole page


def _stack(pieces, opts: ScanSettings) -> tuple[np.ndarray, list[tuple[int, int, object]]]:
    """One white sheet with every piece left-aligned under the previous one;
    bands: (top, bottom, key) of each piece on the sheet."""
    pad, gap, left = opts.pad_px, opts.gap_px, opts.left_px
    sheet_w = max(p.shape[1] + 2 * left for _, p in pieces)
    height = sum(p.shape[0] + 2 * pad + gap for _, p in pieces)
    sheet = np.full((height, sheet_w), 255, np.uint8)
    bands = []
    y = 0
    for key, p in pieces:
        top = y + pad
        sheet[top:top + p.shape[0], left:left + p.shape[1]] = p
        bands.append((y, y + p.shape[0] + 2 * pad + gap, key))
        y += p.shape[0] + 2 * pad + gap
    return sheet, bands


def _band_of(bands, y: float):
    for band in bands:
        if band[0] <= y < band[1]:
            return band
    return None


def _line_spans(words, height: float, opts: ScanSettings) -> dict[tuple, tuple[float, float]]:
    """Each text line's (top, bottom) as a text PDF gives it: the same for all its words,
    and at least `line_span` of the page's median line height tall.  Ink is tight: a
    line of x-height letters alone («являются:») is a third shorter than its neighbours,
    so its gap to the line above looks like a paragraph's and a wrapped sentence was
    cut in two; a text PDF's line boxes come from the font, the same on every line."""
    spans: dict[tuple, tuple[float, float]] = {}
    for w in words:
        top, bottom = spans.get(w.line, (w.top, w.top + w.height))
        spans[w.line] = (min(top, w.top), max(bottom, w.top + w.height))
    tall = height * opts.line_span
    return {k: (min(top, bottom - tall), bottom) for k, (top, bottom) in spans.items()}


def _line_heights(words) -> dict[tuple, float]:
    """Each text line's height (px).  Too noisy to tell a footnote's size from the
    body's, so a page's words all get the median: no headings or marks by size."""
    lines: dict[tuple, list] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    return {k: max(w.top + w.height for w in ws) - min(w.top for w in ws) for k, ws in lines.items()}


_DATE_HEAD = re.compile(r"(?:^|\s)\d{1,2}\.\d{1,2}\.\d{2}$")     # "01.04.20" + "24": a year cut in two
CUT_DATE = re.compile(r"\b(\d{2}\.\d{2}\.(?:19|20)) (\d{2})\b")
_YEAR_TAIL = re.compile(r"^\d{2}(?:\D|$)")
_MISREAD_DOT = re.compile(r"[,:;]")


def _cell_text(words, room: float, fit_share: float) -> str:
    """A cell's words as text: tesseract's lines in order, joined mending broken words.
    A break is inside a word when the line before holds one word only and that
    word with the next line's first would not fit the cell (`room` px wide)."""
    lines: dict[tuple, list] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    ordered = [sorted(ws, key=lambda w: w.left) for ws in sorted(lines.values(), key=lambda ws: min(w.top for w in ws))]
    texts = [" ".join(w.text for w in ws) for ws in ordered]
    forced = [len(a) == 1 and a[0].width + b[0].width > room * fit_share for a, b in zip(ordered, ordered[1:])]
    # a number broken by the cell edge ("01.04.20" | "24") is one number again
    for i in range(len(texts) - 1, 0, -1):
        if (forced[i - 1] or _DATE_HEAD.search(texts[i - 1]) and _YEAR_TAIL.match(texts[i])) \
                and texts[i - 1][-1:].isdigit() and texts[i][:1].isdigit():
            texts[i - 1:i + 1] = [texts[i - 1] + texts[i]]
            forced[i - 1:i] = []
    text = join_lines(texts, forced) if texts else ""
    text = CUT_DATE.sub(r"\1\2", text)           # "31.12.20 23" read as one line
    return _item_number_dots(text)


def _item_number_dots(text: str) -> str:
    """"3:2.5;" is item 3.2.5.: OCR confuses the dots.  Only a cell holding nothing
    but an item number is mended."""
    dotted = _MISREAD_DOT.sub(".", text)
    n = parse_item_number(dotted, (ARABIC,))
    whole = n is not None and n.label + n.closer == dotted and n.closer != ")"
    return dotted if whole and ("." in text or text[-1] in ",;:") else text
