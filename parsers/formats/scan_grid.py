"""Table structure from a page image (OpenCV): deskew, ruling lines, cell grid with spans.

Ruled tables are found from their lines, not from the text: long horizontal
and vertical strokes are kept by a morphological opening, their positions give
the row and column boundaries, and a boundary missing over a stretch of a row
or column means a merged cell there (its span).  Everything is in pixels of
the deskewed page image.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from ..options import ScanGridSettings


@dataclass
class GridCell:
    r: int
    c: int
    rowspan: int = 1
    colspan: int = 1


@dataclass
class Grid:
    bbox: tuple[int, int, int, int]            # x0, top, x1, bottom
    xs: list[int]                              # column boundaries, left to right (n_cols + 1)
    ys: list[int]                              # row boundaries, top to bottom (n_rows + 1)
    cells: list[GridCell] = field(default_factory=list)    # owners only; the rest are covered

    def box(self, cell: GridCell) -> tuple[int, int, int, int]:
        return (self.xs[cell.c], self.ys[cell.r], self.xs[cell.c + cell.colspan], self.ys[cell.r + cell.rowspan])


def ink(gray: np.ndarray, g: ScanGridSettings) -> np.ndarray:
    """Dark pixels as 255 on 0, the form every step below works on.  A local
    threshold: thin grey ruling lines are lighter than the text."""
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV,
                                 g.threshold_block, g.threshold_c)


def deskew(gray: np.ndarray, g: ScanGridSettings) -> tuple[np.ndarray, float]:
    """The page turned upright, and the angle found (degrees).  Projection profiles:
    rows of text and ruling lines give the sharpest row-sum profile when level."""
    small = ink(cv2.resize(gray, None, fx=g.skew_scale, fy=g.skew_scale, interpolation=cv2.INTER_AREA), g)
    if not small.any():
        return gray, 0.0

    def sharpness(angle: float) -> float:
        h, w = small.shape
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        rot = cv2.warpAffine(small, m, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
        profile = rot.sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(profile)).sum())

    best = max(np.arange(-g.max_skew, g.max_skew + 1e-9, g.skew_step), key=sharpness)
    best = max(np.arange(best - g.skew_step, best + g.skew_step + 1e-9, g.skew_fine), key=sharpness)
    if abs(best) < g.skew_fine:
        return gray, 0.0
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), float(best), 1.0)
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255), float(best)


def ruling_lines(binary: np.ndarray, g: ScanGridSettings) -> tuple[np.ndarray, np.ndarray]:
    """(horizontal, vertical) masks of long straight strokes."""
    h, w = binary.shape
    # no despeckling here: a median filter would erase one-pixel lines; the long
    # opening kernels below keep no speckle anyway
    clean = cv2.dilate(binary, np.ones((g.close_px, g.close_px), np.uint8))  # close one-pixel breaks of a scanned line
    h_len, v_len = max(w // g.h_line_share, g.line_min_px), max(h // g.v_line_share, g.line_min_px)
    horiz = cv2.morphologyEx(clean, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (h_len, 1)))
    vert = cv2.morphologyEx(clean, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, v_len)))
    return horiz, vert


def short_rules(binary: np.ndarray, g: ScanGridSettings) -> np.ndarray:
    """Vertical strokes too short for `ruling_lines`: the column rules of a one-line row
    standing between two full-width rows (a section row, a row split by the page) are
    cut off from the table's long rules, and the opening drops them."""
    clean = cv2.dilate(binary, np.ones((g.close_px, g.close_px), np.uint8))
    return cv2.morphologyEx(clean, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, g.short_rule_px)))


def column_rules(short: np.ndarray, grids: list["Grid"], g: ScanGridSettings) -> np.ndarray:
    """The short strokes lying on the grids' column boundaries (rules, to be wiped before OCR)."""
    out = np.zeros_like(short)
    for grid in grids:
        x0, top, x1, bottom = grid.bbox
        for x in grid.xs:
            lo, hi = max(x - g.band_px, 0), x + g.band_px + 1
            out[top:bottom + 1, lo:hi] = short[top:bottom + 1, lo:hi]
    return out


def find_grids(horiz: np.ndarray, vert: np.ndarray, g: ScanGridSettings,
               short: np.ndarray | None = None) -> list[Grid]:
    """Each connected ruled grid of the page with its cells (merged cells as spans);
    `short` (`short_rules`) tells apart the cells of a one-line row cut off from the long rules."""
    h, w = horiz.shape
    both = cv2.dilate(cv2.bitwise_or(horiz, vert), np.ones((g.join_px, g.join_px), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(both)
    grids = []
    for i in range(1, n):
        x, y, bw, bh, _ = stats[i]
        if bw < w * g.min_table or bh < g.min_table_px:
            continue
        sub_h = horiz[y:y + bh, x:x + bw]
        sub_v = vert[y:y + bh, x:x + bw]
        tol = max(g.merge_min_px, int(w * g.merge_tol))
        ys = _positions(sub_h, 0, tol, g)
        xs = _positions(sub_v, 1, tol, g)
        # a column boundary runs the full height of at least one row (a tall letter
        # stroke or a "|" in the text does not); likewise a row boundary
        xs = [v for v in xs if any(_full(sub_v, v, a, b, True, g) for a, b in zip(ys, ys[1:]))]
        ys = [v for v in ys if any(_full(sub_h, v, a, b, False, g) for a, b in zip(xs, xs[1:]))]
        if len(ys) < 2 or len(xs) < 2:
            continue
        grid = Grid((x, y, x + bw, y + bh), [x + v for v in xs], [y + v for v in ys])
        grid.cells = _cells(grid, horiz, vert, g, short)
        grids.append(grid)
    return sorted(grids, key=lambda g: g.bbox[1])


def _positions(mask: np.ndarray, axis: int, tol: int, g: ScanGridSettings) -> list[int]:
    """Where lines run across `mask` (axis 0: horizontal lines -> y; 1: vertical -> x):
    positions with line pixels over a fair length, neighbours within `tol` as one."""
    profile = mask.sum(axis=1 - axis) / 255       # per row (y) for horizontal lines
    length = mask.shape[1 - axis]
    idx = np.flatnonzero(profile > max(g.line_min_px, g.rule_min_share * length))
    out: list[list[int]] = []
    for v in idx:
        if out and v - out[-1][-1] <= tol:
            out[-1].append(int(v))
        else:
            out.append([int(v)])
    return [int(round(sum(g) / len(g))) for g in out]


def _cells(grid: Grid, horiz: np.ndarray, vert: np.ndarray, g: ScanGridSettings,
           short: np.ndarray | None = None) -> list[GridCell]:
    """Grid positions joined where the line between them is missing; a joined
    region that is a rectangle is one cell with spans."""
    nr, nc = len(grid.ys) - 1, len(grid.xs) - 1
    parent = list(range(nr * nc))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for r in range(nr):
        for c in range(nc):
            if c + 1 < nc and not _column_rule(vert, short, grid.xs[c + 1], grid.ys[r], grid.ys[r + 1], g):
                parent[find(r * nc + c + 1)] = find(r * nc + c)
            if r + 1 < nr and not _drawn(horiz, grid.ys[r + 1], grid.xs[c], grid.xs[c + 1], False, g):
                parent[find((r + 1) * nc + c)] = find(r * nc + c)
    regions: dict[int, list[tuple[int, int]]] = {}
    for r in range(nr):
        for c in range(nc):
            regions.setdefault(find(r * nc + c), []).append((r, c))
    cells = []
    for members in regions.values():
        r0, r1 = min(m[0] for m in members), max(m[0] for m in members)
        c0, c1 = min(m[1] for m in members), max(m[1] for m in members)
        if len(members) == (r1 - r0 + 1) * (c1 - c0 + 1):
            cells.append(GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1))
        else:                       # an L-shaped region: no span can say it, keep positions apart
            cells.extend(GridCell(r, c) for r, c in members)
    return sorted(cells, key=lambda g: (g.r, g.c))


def _column_rule(vert: np.ndarray, short: np.ndarray | None, x: int, top: int, bottom: int,
                 g: ScanGridSettings) -> bool:
    """Is the column boundary at x drawn down this row?  A short stroke counts only where it
    runs (nearly) the whole side: no letter's stem is as tall as its row."""
    return _drawn(vert, x, top, bottom, True, g) or \
        short is not None and _drawn(short, x, top, bottom, True, g, cover=g.full_cover)


def _full(mask: np.ndarray, at: int, start: int, end: int, vertical: bool, g: ScanGridSettings) -> bool:
    return _drawn(mask, at, start + g.full_inset_px, end - g.full_inset_px, vertical, g, cover=g.full_cover)


def _drawn(mask: np.ndarray, at: int, start: int, end: int, vertical: bool, g: ScanGridSettings,
           cover: float | None = None) -> bool:
    """Is a ruling line drawn at `at` from `start` to `end` (most of the way)?"""
    band, cover = g.band_px, g.edge_cover if cover is None else cover
    if end - start < g.min_side_px:
        return True
    lo, hi = max(at - band, 0), at + band + 1
    strip = mask[start:end, lo:hi] if vertical else mask[lo:hi, start:end]
    covered = strip.max(axis=1 if vertical else 0) > 0
    return covered.mean() >= cover
