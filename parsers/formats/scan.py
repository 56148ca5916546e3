"""Scanned documents (PDF pages without text, image files) read by OCR.

Pages are rasterised (pdftoppm) or decoded (Pillow, guarded), OCR'd in
parallel (scan_ocr: ruled tables cell by cell) and cached by the page image's
sha256 (ocr_cache), then assembled exactly like a text PDF's pages - the same
paragraphs, the same table stitching across page breaks - so nothing after
the reader knows the text came from a scan.
"""
from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rapidfuzz import fuzz

from ..document import Cell, Document
from ..errors import LoadError, OcrUnavailable
from ..options import DEFAULT, ReaderOptions, fingerprint_of
from .pdf_settings import PdfSettings
from . import ocr_tesseract, raster_pdftoppm, scan_images, scan_ocr
from .scan_text import mend
from .scan_cells import ROMAN_LOOKS as _ROMAN_LOOKS, mend_cells
from .scan_ocr import CUT_DATE
from .ocr_cache import OcrCache
from .pdf_pages import Page, assemble, is_page_number
from .pdf_layout import PageLine, PageTable, lines_of
from .wordjoin import glue
from textcore.numbering import ARABIC, BULLET, parse_item_number

ENGINE = "scan-33"          # bump when scan_ocr/scan_grid change what a page gives (cache key)
_NOTE = re.compile(r"^\[?(\d{1,3})\]?\s+(?=[^\W\d])")
_LETTER_LABEL = re.compile(r"^([а-яё])([).])\s")
# a quarter «II кв. 2025» / «III квартал 2024» as OCR reads it: «Пкв. 2025», «I kB. 2026»,
# «I xs. 2026», «1 KB. 2027», «Ш квартал 2024» (Roman numerals read as Cyrillic letters, «кв» as Latin)
# (the year may be left out after the whole word, «Ш квартал»: «1 кв.» alone may be a flat or a square metre)
_QUARTER = re.compile(r"(?<!\w)([IVПШУГТl|1]{1,3})\s*(?:(квартал[а-я]*)(?:\s*((?:19|20)\d\d))?|"
                      r"([кkKКxх][вВBpsз]\.?)\s*((?:19|20)\d\d))(?![\d\w])")
# what OCR makes of an item number: digits' look-alikes, and «и», «н», «п» for the two strokes of «11»
_NUMBER_JUNK = re.compile(r"^[\dЗбОIl|.,:;\])ипн]{1,10}$")
# ... or any token of up to three characters: «5.» read «Е», and rus+eng's Latin pass then «5i»
_SHORT_JUNK = re.compile(r"^\S{1,3}$")
# a cell of needs' numbers as the legend's references: «1, 4», «5,6, 7» (a space after a comma, or two
# commas: «1,5» alone is a decimal, and «2.5» beside it no reference); and one whose comma OCR read
# as a dot, «3.4» (its tail, the comma's, is what a grainy scan loses)
_REFS_COMMA = re.compile(r"^\d{1,3}(?:\s*,\s+\d{1,3}|(?:\s*,\s*\d{1,3}){2,})(?:\s*,\s*\d{1,3})*$")
_REFS_DOT = re.compile(r"^\d{1,3}(?:\s*\.\s*\d{1,3})+$")
_ITEM_NO = re.compile(r"^\d{1,3}\.?$")
_BARE_INT = re.compile(r"^\d{1,3}$")
_DOTTED_INT = re.compile(r"^\d{1,3}\.$")


def read(path: Path, options: ReaderOptions = DEFAULT) -> Document:
    """An image-only PDF.  Its page images' keys are remembered by the file's hash,
    so a re-run with every page cached neither rasterises nor OCRs anything."""
    path = Path(path)
    dpi = options.scan.dpi
    cache = _cache(options, dpi)
    file_key = cache.key(path.read_bytes()) if cache.folder else ""
    pages = cache.pages_of(file_key) if file_key else None
    if pages is not None and ocr_tesseract.missing() is None:
        return _document(pages, options)
    images = raster_pdftoppm.render(path, dpi, timeout=options.pdftoppm_timeout_s)
    doc = read_pages(images, dpi, options)
    if file_key:
        cache.put_file(file_key, [cache.key(i) for i in images])
    return doc


def read_image(path: Path, options: ReaderOptions = DEFAULT) -> Document:
    """A .png / .jpg / .tif file (a multi-page TIFF gives several pages)."""
    path = Path(path)
    return read_pages(scan_images.pages(path), scan_images.dpi_of(path, options.scan.dpi), options)


def read_pages(images: list[bytes], dpi: int, options: ReaderOptions = DEFAULT) -> Document:
    if not images:
        raise LoadError("no pages to read")
    for no, image in enumerate(images, 1):
        scan_images.check_page_size(image, no)
    reason = ocr_tesseract.missing()
    if reason:
        raise OcrUnavailable(reason)
    cache = _cache(options, dpi)

    def one(image: bytes) -> dict | str:
        key = cache.key(image)
        page = cache.get(key)
        if page is None:
            try:
                page = scan_ocr.read_page(image, dpi, options.scan, options.ocr_timeout_s)
            except ocr_tesseract.OcrTimeout as e:
                return str(e)
            cache.put(key, page)
        return page

    with ThreadPoolExecutor(max_workers=max(1, min(options.threads, len(images)))) as pool:
        results = list(pool.map(one, images))
    return _document(results, options)


def _cache(options: ReaderOptions, dpi: int) -> OcrCache:
    # the scan settings' fingerprint in the key: a changed threshold re-reads the pages
    settings = f"{ENGINE}|{ocr_tesseract.version()}|{ocr_tesseract.LANGS}|{dpi}|{fingerprint_of(options.scan)}"
    return OcrCache(options.ocr_cache_dir, settings=settings)


def _document(results: list[dict | str], options: ReaderOptions = DEFAULT) -> Document:
    settings = options.scan
    pages, warnings, lost = [], [], []
    conf_sum = conf_n = 0.0
    for no, page in enumerate(results, 1):
        if isinstance(page, str):
            lost.append(f"page {no}: {page}")
            continue
        pages.append(_page(no, page, options.pdf))
        conf_sum, conf_n = conf_sum + page["conf"][0], conf_n + page["conf"][1]
    _same_headers(pages, settings.header_like)
    if not any(p.has_text for p in pages):
        if lost:
            raise LoadError(f"OCR gave no text: {lost[0]}")
        raise LoadError("OCR found no text on any page")
    doc = assemble(pages, len(results), options.pdf)
    for t in doc.tables():           # a row cut by the page break: "31.12.20" | "23" glued with a space
        for r in t.rows:
            for c in r.cells:
                c.text = mend(_QUARTER.sub(_quarter, CUT_DATE.sub(r"\1\2", c.text)))
        mend_cells([r.cells for r in t.rows])       # a column's other cells say whether «V» is a mark
        for r in t.rows:
            _numbers_row(r.cells)
        _item_numbers(t)
        _number_dots(t)
        _reference_commas(t)
    # a cell's written lines only where its text is still the one OCR gave (no mend changed it)
    texts = {c.text for t in doc.tables() for r in t.rows for c in r.cells}
    doc.cell_lines = {text: lined for text, lined in doc.cell_lines.items() if text in texts}
    for p in doc.paragraphs():       # a plan written as paragraphs states its quarters there
        p.text = mend(_QUARTER.sub(_quarter, p.text))
    _lettered_b(doc)
    _colon_after_lead_in(doc)
    _lost_bullets(doc)
    doc.ocr = True
    doc.warnings += [f"OCR failed on {x}" for x in lost]
    mean = conf_sum / conf_n if conf_n else 0.0
    if mean < settings.low_confidence:
        doc.warnings.append(f"low OCR confidence: mean {mean:.0f}% (text may be misread)")
    if mean < settings.confidence_floor:
        doc.incomplete = f"OCR confidence {mean:.0f}% is below the floor of {settings.confidence_floor:.0f}%"
    elif lost:
        doc.incomplete = f"{len(lost)} page(s) not read: {lost[0]}"
    return doc


def _quarter(m: re.Match) -> str:
    roman = m.group(1).translate(_ROMAN_LOOKS)
    word, year = (m.group(2), m.group(3)) if m.group(2) else ("кв.", m.group(5))
    if roman not in ("I", "II", "III", "IV"):
        return m.group(0)
    return f"{roman} {word} {year}" if year else f"{roman} {word}"


def _numbers_row(cells: list[Cell]) -> None:
    """The «1 2 3 4» row under a header with one number misread («1 2 8 4»: 3 and 8
    look alike on a grainy scan; «и» for «11»): a row of its columns' numbers but one
    short token is the numbering row whole (the readers drop it then)."""
    if len(cells) < 4 or any(c.covered or c.colspan > 1 for c in cells):
        return
    texts = [c.text.strip().rstrip(".") for c in cells]
    # every cell its column's number but one, misread as another short token («8», «и» for «11»)
    wrong = [t for i, t in enumerate(texts, 1) if t != str(i)]
    if len(wrong) == 1 and 0 < len(wrong[0]) <= 2:
        for i, c in enumerate(cells, 1):
            c.text = str(i)


def _item_numbers(table) -> None:
    """An item number OCR garbled («3.3.» read «8:8]», «5.» read «Е» or «5i») between two it read
    well, in a column of item numbers: «3.2.» above and «3.4.» below make it «3.3.».  Without its
    number the row reads as the one above continued, and two items become one."""
    width = max((len(r.cells) for r in table.rows), default=0)
    for col in range(width):
        cells = [r.cells[col] if col < len(r.cells) else None for r in table.rows]
        for above, cell, below in zip(cells, cells[1:], cells[2:]):
            junk = cell is not None and (_NUMBER_JUNK.match(cell.text.strip()) or _SHORT_JUNK.match(cell.text.strip()))
            if above is None or below is None or not junk:
                continue
            a, b = parse_item_number(above.text.strip(), (ARABIC,)), parse_item_number(below.text.strip(), (ARABIC,))
            if a is None or b is None or a.rest or b.rest or parse_item_number(cell.text.strip(), (ARABIC,)):
                continue
            head_a, _, last_a = a.label.rpartition(".")
            head_b, _, last_b = b.label.rpartition(".")
            if head_a == head_b and last_a.isdigit() and last_b.isdigit() and int(last_b) - int(last_a) == 2:
                cell.text = f"{head_a + '.' if head_a else ''}{int(last_a) + 1}{a.closer}"


def _number_dots(table) -> None:
    """A row number whose closing dot OCR lost («2» in a column of «1.», «3.», «4.»: a dot is
    a few pixels the grain or the blur takes) gets it back: a column numbers its rows one way,
    and a list printed in two parts by columns is joined by its row numbers, equal in both.
    Rows of numbers alone (the «1 2 3 4» row of column numbers) are neither counted nor mended."""
    width = max((len(r.cells) for r in table.rows), default=0)
    rows = [r for r in table.rows if not all(_BARE_INT.match(c.text.strip()) or c.covered or not c.text.strip()
                                             for c in r.cells[1:])]
    for col in range(width):
        cells = [r.cells[col] for r in rows if col < len(r.cells) and not r.cells[col].covered]
        dotted = sum(bool(_DOTTED_INT.match(c.text.strip())) for c in cells)
        bare = [c for c in cells if _BARE_INT.match(c.text.strip())]
        if bare and dotted >= 2 and dotted > len(bare):
            for c in bare:
                c.text = c.text.strip() + "."


def _reference_commas(table) -> None:
    """«3.4» in a column where another cell lists numbers with a comma («1, 2», «5, 6, 7»: the
    needs legend's references) is «3, 4»: a dot never joins two references, and an item number
    «3.4» sits in a column of item numbers, which lists none."""
    width = max((len(r.cells) for r in table.rows), default=0)
    for col in range(width):
        cells = [r.cells[col] for r in table.rows if col < len(r.cells) and not r.cells[col].covered]
        if not any(_REFS_COMMA.match(c.text.strip()) for c in cells):
            continue
        for c in cells:
            if _REFS_DOT.match(c.text.strip()):
                c.text = re.sub(r"\s*\.\s*", ", ", c.text.strip())


def _lettered_b(doc: Document) -> None:
    """OCR reads the label «б)» as «6)»: in a lettered list, right after the item
    «а)» with the same closer, a «6» is the letter «б» (a list never runs а), 6))."""
    label = None
    for p in doc.paragraphs():
        if label and label[0] == "а" and p.text.startswith("6" + label[1] + " "):
            p.text = "б" + p.text[1:]
        m = _LETTER_LABEL.match(p.text)
        label = (m.group(1), m.group(2)) if m else None


def _colon_after_lead_in(doc: Document) -> None:
    """«;» read as «:» (they differ by a tail): a lead-in ending in a colon is followed by
    its items, never by another lead-in, so a short line ending in a colon right after
    one, with list items after it, is the list's first item («• РПГУ;» read «ОРУ:»), its
    bullet, when it shows none, the next item's (the sign is what OCR merged away)."""
    paras = list(doc.paragraphs())
    for lead, item, after in zip(paras, paras[1:], paras[2:]):
        mark = parse_item_number(after.text)
        if lead.text.endswith(":") and item.text.endswith(":") and len(item.text.split()) <= 4 and mark:
            item.text = item.text[:-1] + ";"
            if mark.style == BULLET and parse_item_number(item.text) is None:
                item.text = f"{mark.label} {item.text}"


def _lost_bullets(doc: Document) -> None:
    """A list item whose bullet OCR lost, between two items with the same bullet, the one
    before ending in «;» (so this line starts an item, it does not continue one), takes
    their bullet: without it the list ends there and its later items are lost."""
    paras = list(doc.paragraphs())
    for before, item, after in zip(paras, paras[1:], paras[2:]):
        a, b = parse_item_number(before.text), parse_item_number(after.text)
        if a and b and a.style == b.style == BULLET and a.label == b.label \
                and before.text.endswith(";") and parse_item_number(item.text) is None:
            item.text = f"{a.label} {item.text}"


def _page(no: int, page: dict, pdf: PdfSettings) -> Page:
    tables = [_table(no, t, pdf, page["size"]) for t in page["tables"]]
    lines = [ln for ln in lines_of(page["words"], pdf) if not is_page_number(ln, page["height"], pdf)]
    lines, notes = _footnotes(lines, tables)
    has_text = bool(page["words"]) or any(c["text"] for t in page["tables"] for c in t["cells"])
    return Page(no, tables, lines, notes, has_text=has_text)


def _footnotes(lines, tables):
    """Footnotes under a page's last table: from the first line below it that starts
    with a bare number ("9 Опционально."; a numbered clause has a dot: "3. Утвердить")
    to the page's end.  A scan shows no superscript marks or sizes reliably, so the
    place and the mark decide."""
    if not tables:
        return lines, {}
    bottom = tables[-1].bbox[3]
    for i, ln in enumerate(lines):
        if ln.top > bottom and _NOTE.match(ln.text):
            notes: dict[str, str] = {}
            mark = None
            for x in lines[i:]:
                m = _NOTE.match(x.text)
                if m:
                    mark = m.group(1)
                    notes[mark] = x.text[m.end():]
                elif mark:
                    notes[mark] = glue(notes[mark], x.text)
            return lines[:i], notes
    return lines, {}


def _same_headers(pages, header_like: float) -> None:
    """A table continued on the next page repeats its header; OCR may read that copy
    a little differently ("№ п/п" / "№ пп"), so a row almost equal to the header
    above is made equal, for the stitching to recognise and drop it - not a row with other
    numbers: a list printed on its side heads each part with its own points' numbers
    («№ п/п | 5. | 6. | 7.» under «№ п/п | 1. | 2. | 3.»), and they are no copy."""
    header = None
    for p in pages:
        for t in p.tables:
            if not t.grid:
                continue
            texts = [c.text for c in t.grid[0]]
            if header and len(texts) == len(header) and not _other_numbers(texts, header) and \
                    fuzz.ratio(" | ".join(texts), " | ".join(header)) >= header_like:
                for c, text in zip(t.grid[0], header):
                    if not c.covered:
                        c.text = text
            else:
                header = texts


def _other_numbers(texts: list[str], header: list[str]) -> bool:
    """Two rows with item numbers in the same columns that all differ («5. | 6.» under «1. | 2.»: a
    list's parts); one differing among equal ones is a digit misread in a copy («1 | 2 | 8» under
    «1 | 2 | 3»: 3 and 8 look alike on a grainy scan)."""
    pairs = [(a.strip().rstrip("."), b.strip().rstrip(".")) for a, b in zip(texts, header)
             if _ITEM_NO.match(a.strip()) and _ITEM_NO.match(b.strip())]
    return bool(pairs) and all(a != b for a, b in pairs)


def _fit(fit: list, size: float) -> tuple:
    """A cell's cached fit (scan_ocr._fit) as the PDF reader's: its last line, the x a
    line may reach, its first word, and no wrap space (a scan shows no spaces)."""
    last, right, first = fit
    words = [{"x0": a, "x1": b, "text": t} for a, b, t in last]
    line = PageLine(words, " ".join(w["text"] for w in words), size)
    return line, right, {"x0": first[0], "x1": first[1], "text": first[2]}, 0.0


def _table(no: int, t: dict, pdf: PdfSettings, size: float) -> PageTable:
    """A cached grid back as the PDF reader's page table (owners, covered positions)."""
    n_rows, n_cols = len(t["ys"]) - 1, len(t["xs"]) - 1
    pt = PageTable(no, tuple(t["bbox"]), t["xs"][:-1], t["ys"][:-1])
    pt.settings = pdf
    pt.grid = [[Cell("", covered=True) for _ in range(n_cols)] for _ in range(n_rows)]
    pt.owner = [[None] * n_cols for _ in range(n_rows)]
    for c in t["cells"]:
        cell = Cell(c["text"], colspan=c["cs"], rowspan=c["rs"])
        if c.get("fit"):
            pt.fit[id(cell)] = _fit(c["fit"], size)
        if c.get("lined"):                   # (a page read before the lines were kept has none)
            pt.lined[id(cell)] = c["lined"]
        pt.grid[c["r"]][c["c"]] = cell
        for a in range(c["r"], c["r"] + c["rs"]):
            for b in range(c["c"], c["c"] + c["cs"]):
                pt.owner[a][b] = cell
    for i in range(n_rows):
        for j in range(n_cols):
            if pt.owner[i][j] is None:
                pt.grid[i][j] = pt.owner[i][j] = Cell("")
    return pt
