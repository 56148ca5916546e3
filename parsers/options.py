"""Every reader setting as one validated, frozen object: `ReaderOptions`.

Like pdfplumber's `TableSettings`: each number a reader decides with is named
here (or in the PDF reader's `PdfSettings`, nested as `pdf`), checked on
construction - a wrong type or range is a ValueError naming the field - and
hashed by `fingerprint()` into the pipeline version, so a changed threshold
re-reads every document.  Readers get their options from
`parsers.formats.read_document(path, fmt, options)`; none reads an environment
variable or a module global.  `ReaderOptions()` is today's behaviour.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from .formats.pdf_settings import PdfSettings

_UNREAD = ("ocr_cache_dir", "ocr_threads")   # where and how fast, not what is read: not in the fingerprint


def _setting(default, lo=0.0, hi=None, integer=False):
    """A numeric field with its allowed range, checked by `check_numbers`."""
    return field(default=default, metadata={"lo": lo, "hi": hi, "int": integer})


def check_numbers(obj) -> None:
    """Each field declared with `_setting` is a number (an int where so declared) in its range."""
    for f in fields(obj):
        if "lo" not in f.metadata:
            continue
        value, meta = getattr(obj, f.name), f.metadata
        kinds = int if meta["int"] else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds):
            raise ValueError(f"{type(obj).__name__}.{f.name} must be {'an integer' if meta['int'] else 'a number'}"
                             f", not {value!r}")
        if value < meta["lo"] or (meta["hi"] is not None and value > meta["hi"]):
            upper = f" and <= {meta['hi']}" if meta["hi"] is not None else ""
            raise ValueError(f"{type(obj).__name__}.{f.name} must be >= {meta['lo']}{upper}, not {value!r}")


def _text(obj) -> str:
    """A stable text of a settings object's values (nested ones in brackets)."""
    parts = []
    for f in fields(obj):
        value = getattr(obj, f.name)
        if f.name in _UNREAD:
            continue
        parts.append(f"{f.name}=[{_text(value)}]" if hasattr(value, "__dataclass_fields__") else f"{f.name}={value!r}")
    return ",".join(parts)


def _odd(obj, name: str) -> None:
    if getattr(obj, name) % 2 == 0:
        raise ValueError(f"{type(obj).__name__}.{name} must be odd, not {getattr(obj, name)!r}")


def fingerprint_of(obj) -> str:
    """A short stable hash of a settings object's values."""
    return hashlib.sha256(_text(obj).encode()).hexdigest()[:12]


@dataclass(frozen=True)
class ScanGridSettings:
    """Finding ruled tables in a page image (scan_grid).  Pixels are the page image's."""
    threshold_block: int = _setting(25, 3, integer=True)   # local threshold window: grey rules are lighter than text
    threshold_c: int = _setting(15, integer=True)          # ... and how much darker than its window a pixel is ink
    skew_scale: float = _setting(0.35, 0.05, 1)            # deskew works on the page shrunk to this (speed)
    max_skew: float = _setting(2.0, 0, 45)                 # degrees: scanner tilt corrected; more is a rotated page
    skew_step: float = _setting(0.25, 0.01, 5)             # coarse angle step of the deskew search
    skew_fine: float = _setting(0.05, 0.001, 1)            # fine step around the best; a smaller tilt is left alone
    close_px: int = _setting(2, 1, integer=True)           # dilation closing one-pixel breaks of a scanned line
    h_line_share: int = _setting(40, 1, integer=True)      # a horizontal rule is >= 1/this of the page width ...
    v_line_share: int = _setting(50, 1, integer=True)      # ... a vertical one >= 1/this of its height ...
    line_min_px: int = _setting(15, 1, integer=True)       # ... and never shorter than this
    join_px: int = _setting(5, 1, integer=True)            # rules this close belong to one grid
    min_table: float = _setting(0.15, 0, 1)                # a grid narrower than this share of the page is no table
    min_table_px: int = _setting(20, 0, integer=True)      # ... or lower than this
    merge_tol: float = _setting(0.006, 0, 1)               # of the page width: line positions this close are one line
    merge_min_px: int = _setting(3, 0, integer=True)       # ... and never less than this
    rule_min_share: float = _setting(0.04, 0, 1)           # a rule spans this share of the grid (text strokes do not)
    edge_cover: float = _setting(0.85, 0, 1)               # a boundary is drawn: a line covers this share of the side
    #                                                        (a bold letter's stem on a boundary joins the rules to 0.67)
    full_cover: float = _setting(0.9, 0, 1)                # a boundary of the grid runs nearly the full row/column
    full_inset_px: int = _setting(3, 0, integer=True)      # ... measured this far inside the corners
    band_px: int = _setting(4, 0, integer=True)            # a rule may lie this far off the boundary position
    min_side_px: int = _setting(4, 0, integer=True)        # a cell side shorter than this counts as drawn
    short_rule_px: int = _setting(20, 1, integer=True)     # a column rule of a one-line row cut off from the long
    #                                                        rules (between full-width rows) is at least this long

    def __post_init__(self):
        check_numbers(self)
        _odd(self, "threshold_block")                     # OpenCV's window has a centre pixel


@dataclass(frozen=True)
class ScanSettings:
    """Rasterising and OCR of scanned pages (scan, scan_ocr)."""
    dpi: int = _setting(200, 50, 1200, integer=True)       # a typical scan's; tesseract reads 10 pt text well
    target_dpi: int = _setting(200, 50, 1200, integer=True)  # a sheet below this is enlarged (more: noise too)
    psm: int = _setting(6, 0, 13, integer=True)            # tesseract "one uniform block": the stacked sheet is one
    latin_conf: float = _setting(80.0, 0, 100)             # a word Russian alone reads with less may be Latin: ...
    #                                                        its cell or line is read again with rus+eng (0: never)
    reread_conf: float = _setting(80.0, 0, 100)            # a cell read with less mean confidence is read again alone
    max_reread: int = _setting(12, 0, integer=True)        # ... at most this many per page
    border_px: int = _setting(20, 0, integer=True)         # white around a cell read alone
    speck_px: int = _setting(3, 0, integer=True)           # ink components this small are noise
    median_px: int = _setting(3, 1, integer=True)          # median filter telling an empty cell from one with ink
    gap_px: int = _setting(24, 0, integer=True)            # white between stacked cut-outs: tesseract keeps them apart
    pad_px: int = _setting(6, 0, integer=True)             # white above and below each cut-out
    left_px: int = _setting(32, 0, integer=True)           # white left of a cut-out: a token at the edge is misread
    inset_px: int = _setting(5, 0, integer=True)           # cut off a cell's sides: the remains of its rules
    min_ink: int = _setting(12, 0, integer=True)           # ink pixels that make a cell non-empty
    noise_conf: float = _setting(60.0, 0, 100)             # below this a word of punctuation only is a speck
    retype_conf: float = _setting(50.0, 0, 100)            # below this an unknown word may be one letter off a known one
    bullet_tol_px: int = _setting(4, 0, integer=True)      # ... unless a bullet: marks and text within this of a sure one
    line_span: float = _setting(0.9, 0, 1)                 # a page text line is at least this share of the ...
    #                                                        median line height tall, upward from its bottom (ink is tight)
    fit_share: float = _setting(0.95, 0, 1)                # a lone word this wide (of its cell) was cut by the edge
    low_confidence: float = _setting(80.0, 0, 100)         # mean word confidence under which the text may be wrong
    confidence_floor: float = _setting(60.0, 0, 100)       # ... under which the document is `partial`
    header_like: float = _setting(80.0, 0, 100)            # rapidfuzz ratio from which a row is the header read again
    grid: ScanGridSettings = field(default_factory=ScanGridSettings)

    def __post_init__(self):
        check_numbers(self)
        _odd(self, "median_px")
        if not isinstance(self.grid, ScanGridSettings):
            raise ValueError(f"ScanSettings.grid must be a ScanGridSettings, not {self.grid!r}")


@dataclass(frozen=True)
class ReaderOptions:
    pdf: PdfSettings = field(default_factory=PdfSettings)
    scan: ScanSettings = field(default_factory=ScanSettings)
    ocr_threads: int = _setting(0, 0, integer=True)        # parallel tesseract runs per document; 0 = all CPUs
    ocr_cache_dir: Path | None = None                      # OCR page cache root (its ocr/ subfolder); None = no cache
    ocr_timeout_s: float = _setting(180.0, 0.001)          # seconds of OCR for one page
    pdftoppm_timeout_s: float = _setting(180.0, 0.001)     # seconds to rasterise one PDF
    libreoffice_timeout_s: float = _setting(120.0, 0.001)  # seconds to convert one .doc/.rtf/.odt
    max_unpacked_mb: int = _setting(200, 0, integer=True)  # a zip inflating past this is refused; 0 = none

    def __post_init__(self):
        check_numbers(self)
        for name, kind in (("pdf", PdfSettings), ("scan", ScanSettings)):
            if not isinstance(getattr(self, name), kind):
                raise ValueError(f"ReaderOptions.{name} must be a {kind.__name__}, not {getattr(self, name)!r}")
        if self.ocr_cache_dir is not None and not isinstance(self.ocr_cache_dir, (str, Path)):
            raise ValueError(f"ReaderOptions.ocr_cache_dir must be a folder path or None, not {self.ocr_cache_dir!r}")
        if isinstance(self.ocr_cache_dir, str):          # frozen: set through object.__setattr__
            object.__setattr__(self, "ocr_cache_dir", Path(self.ocr_cache_dir))

    @property
    def threads(self) -> int:
        """OCR threads for one document: the set share, or all CPUs."""
        return self.ocr_threads or os.cpu_count() or 1

    @property
    def max_unpacked_bytes(self) -> int | None:
        return self.max_unpacked_mb * 1024 * 1024 if self.max_unpacked_mb else None

    def fingerprint(self) -> str:
        """A short stable hash of every value that can change what is read (folders
        and thread counts left out: they change where and how fast, not what).
        Kept on the instance: the version asks for it with every document."""
        fp = self.__dict__.get("_fingerprint")
        if fp is None:
            fp = fingerprint_of(self)
            object.__setattr__(self, "_fingerprint", fp)    # frozen; not a field, so not in ==
        return fp


DEFAULT = ReaderOptions()
