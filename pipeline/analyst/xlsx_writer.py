"""A small .xlsx writer whose cells are made by Arrow's compute kernels, not one Python
call per cell: a 2,000-order dataset is millions of cells, which pure-Python writers
(XlsxWriter, openpyxl) take minutes over.  Each column becomes its cells' XML in
one vectorised step (numbers, booleans, dates as Excel serial numbers with a date
style, text), rows are joined the same way and streamed into the zip.

Text goes where it is cheapest: a column whose values repeat (codes, labels,
regions, file names: most of a dataset's cells) as indices into the workbook's
shared strings, each distinct value escaped and written once; a column of mostly
distinct values (the documents' own phrases) as inline strings, which spare the
index.  Writes what export_xlsx.py needs and no more: those two kinds of text, a
few styles (header, date, date-time, percent, title), column widths, a frozen
header, an autofilter and a custom document property (the "we wrote it" mark).
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

import pyarrow as pa
import pyarrow.compute as pc

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument."
STYLE = {"header": 1, "date": 2, "datetime": 3, "percent": 4, "title": 5}
_EPOCH = 25569                     # Excel's serial number of 1970-01-01
_CONTROL = "[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]"     # not allowed in XML 1.0
_SPECIAL = "[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]"  # what escaping changes
_SHARED_AT = 0.5                   # shared strings when distinct values ≤ this share of the cells


def col_letter(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _utf8(strings: pa.Array) -> memoryview:
    """A string array's values back to back: its value buffer between its first and
    last offsets (no Python string per value, no copy: the zip reads Arrow's memory)."""
    strings = strings.combine_chunks() if isinstance(strings, pa.ChunkedArray) else strings
    if not len(strings):
        return memoryview(b"")
    width = 8 if pa.types.is_large_string(strings.type) else 4
    offsets = strings.buffers()[1]
    start, end = (int.from_bytes(offsets[width * i: width * (i + 1)], "little", signed=True)
                  for i in (strings.offset, strings.offset + len(strings)))
    return memoryview(strings.buffers()[2][start:end])


@dataclass
class SharedStrings:
    """The workbook's shared strings (xl/sharedStrings.xml): each column's distinct values
    are appended as one block, so a cell's index is the block's start plus the value's
    place in it; no lookup across blocks (a value in two columns is stored twice, which
    costs bytes, not time)."""
    chunks: list[memoryview] = field(default_factory=list)
    unique: int = 0
    refs: int = 0

    def add(self, values: pa.Array, cells: int) -> int:
        """Append `values` (distinct, not escaped); their first index."""
        first = self.unique
        self.chunks.append(_utf8(pc.binary_join_element_wise(
            '<si><t xml:space="preserve">', escape_text(values), "</t></si>", "")))
        self.unique += len(values)
        self.refs += cells
        return first

    def xml(self):
        yield (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<sst xmlns="{_MAIN}" count="{self.refs}" uniqueCount="{self.unique}">')
        yield from self.chunks
        yield "</sst>"


@dataclass
class Sheet:
    name: str
    widths: list[float] = field(default_factory=list)
    chunks: list[memoryview] = field(default_factory=list)     # <row> elements (UTF-8), in order
    rows: int = 0
    cols: int = 0
    frozen: bool = False
    autofilter: bool = False
    strings: SharedStrings | None = None                  # None: every text inline

    def add_rows(self, columns: list[pa.Array], styles: list[int | None] | None = None) -> None:
        """Rows from equal-length columns (any Arrow type) below the rows so far."""
        n = len(columns[0]) if columns else 0
        if not n:
            return
        first = self.rows + 1
        numbers = pc.cast(pa.array(range(first, first + n), pa.int64()), pa.string())
        pieces = [p for i, col in enumerate(columns)
                  for p in _cells(col, col_letter(i), numbers, (styles or [None] * len(columns))[i], self.strings)]
        # a null cell (an empty value) is left out of its row
        rows = pc.binary_join_element_wise('<row r="', numbers, '">', *pieces, "</row>", "",
                                           null_handling="skip")
        self.chunks.append(_utf8(rows))
        self.rows += n
        self.cols = max(self.cols, len(columns))

    def xml(self):
        yield (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
               f'<dimension ref="{self.filter_ref() if self.cols else "A1"}"/>')     # read-only readers size by it
        pane = ('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft"/>') if self.frozen else ""
        yield f'<sheetViews><sheetView workbookViewId="0">{pane}</sheetView></sheetViews>'
        if self.widths:
            yield "<cols>" + "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w:.1f}" customWidth="1"/>'
                                     for i, w in enumerate(self.widths)) + "</cols>"
        yield "<sheetData>"
        yield from self.chunks
        yield "</sheetData>"
        if self.autofilter and self.cols:
            yield f'<autoFilter ref="{self.filter_ref()}"/>'
        yield "</worksheet>"

    def filter_ref(self) -> str:
        return f"A1:{col_letter(self.cols - 1)}{max(self.rows, 1)}"


def as_text(col: pa.Array) -> pa.Array:
    """Any column as text, not escaped (lists joined with '; ')."""
    col = col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col
    t = col.type
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        col = pc.binary_join(pc.cast(col, pa.list_(pa.string())), "; ")
    elif not pa.types.is_string(t):
        col = pc.cast(col, pa.string())
    return col


def escape_text(col: pa.Array) -> pa.Array:
    """Text escaped for XML (characters XML 1.0 forbids dropped); a column with nothing
    to escape, the usual case, is returned after one scan."""
    if not len(col) or not pc.any(pc.match_substring_regex(col, _SPECIAL)).as_py():
        return col
    col = pc.replace_substring_regex(col, _CONTROL, "")
    for a, b in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        col = pc.replace_substring(col, a, b)
    return col


def _cells(col, letter: str, numbers: pa.Array, style: int | None, strings: SharedStrings | None) -> list:
    """One column's <c> elements, as pieces of the row's join: the pieces themselves where
    no value is null, else the elements joined (null for a null)."""
    col = col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col
    t = col.type
    s = f' s="{style}"' if style else ""
    if pa.types.is_date(t):
        serial = pc.add(pc.cast(pc.cast(col, pa.date32()), pa.int32()), _EPOCH)
        body = [f'" s="{style or STYLE["date"]}"><v>', pc.cast(serial, pa.string()), "</v></c>"]
    elif pa.types.is_timestamp(t):
        micros = pc.cast(pc.cast(col, pa.timestamp("us", tz=t.tz)), pa.int64())
        serial = pc.add(pc.divide(pc.cast(micros, pa.float64()), 86_400e6), float(_EPOCH))
        body = [f'" s="{style or STYLE["datetime"]}"><v>', pc.cast(serial, pa.string()), "</v></c>"]
    elif pa.types.is_boolean(t):
        body = [f'" t="b"{s}><v>', pc.if_else(col, "1", "0"), "</v></c>"]
    elif pa.types.is_integer(t) or pa.types.is_floating(t):
        if pa.types.is_floating(t):
            col = pc.if_else(pc.is_nan(col), pa.scalar(None, t), col)
        body = [f'"{s}><v>', pc.cast(col, pa.string()), "</v></c>"]
    else:
        body = _text_cells(as_text(col), s, strings)
    pieces = [f'<c r="{letter}', numbers, *body]
    if body[1].null_count == 0:       # pieces go into the row as they are: one pass less over the bytes
        return pieces
    return [pc.binary_join_element_wise(*pieces, "")]           # null where the value is null


def _text_cells(text: pa.Array, s: str, strings: SharedStrings | None) -> list:
    """The pieces after a text cell's reference: a shared string's index where the
    column's values repeat enough to pay for the lookup, else the text inline."""
    if strings is not None:
        enc = pc.dictionary_encode(text)
        cells = len(text) - text.null_count
        if cells and len(enc.dictionary) <= _SHARED_AT * cells:
            first = strings.add(enc.dictionary, cells)
            index = pc.cast(pc.add(pc.cast(enc.indices, pa.int64()), first), pa.string())
            return [f'" t="s"{s}><v>', index, "</v></c>"]
    return [f'" t="inlineStr"{s}><is><t xml:space="preserve">', escape_text(text), "</t></is></c>"]


_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{_MAIN}"><numFmts count="3"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/>\
<numFmt numFmtId="165" formatCode="dd.mm.yyyy hh:mm"/><numFmt numFmtId="166" formatCode="0.0%"/></numFmts>\
<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font>\
<font><b/><sz val="12"/><name val="Calibri"/></font></fonts>\
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
<fill><patternFill patternType="solid"><fgColor rgb="FFEEEEEE"/><bgColor indexed="64"/></patternFill></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1">\
<alignment vertical="top" wrapText="1"/></xf>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""


def write(path, sheets: list[Sheet], properties: dict[str, str]) -> None:
    """The workbook at `path` (the caller makes it atomic)."""
    with Book(path, properties, len(sheets)) as book:
        for sheet in sheets:
            book.add(sheet)


class Book:
    """A workbook written while it is made: `add` deflates a finished sheet into the
    zip and drops its rows, so that only the sheet being made is held in memory.  The
    content types come first (what file-type sniffers read: `n` sheets and a shared
    strings part, empty if no sheet shares); the parts that name the sheets are written
    on close.  Sheets that share strings share one SharedStrings (their cells index
    into it).  (A writer thread deflating one sheet while the next is made was tried:
    no faster on a shared 2-core machine, so not kept.)"""

    def __init__(self, path, properties: dict[str, str], n: int):
        self.n, self.sheets = n, []
        self._zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        for name, text in _package_parts(n, properties).items():
            self._zip.writestr(name, text)

    def __enter__(self):
        return self

    def __exit__(self, kind, error, trace):
        if self._zip.fp is None:             # closed already
            return
        try:
            if kind is None:
                self._finish()
        finally:
            self._zip.close()

    def close(self) -> None:
        """Write the parts that name every sheet and close the file."""
        self.__exit__(None, None, None)

    def add(self, sheet: Sheet) -> None:
        self.sheets.append(sheet)
        self._stream(f"xl/worksheets/sheet{len(self.sheets)}.xml", sheet.xml())
        sheet.chunks = []                    # written once: its rows' memory back

    def _stream(self, name: str, chunks) -> None:
        with self._zip.open(name, "w", force_zip64=True) as fh:
            for chunk in chunks:
                fh.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)

    def _finish(self) -> None:
        sheets = self.sheets
        if len(sheets) != self.n:
            raise ValueError(f"{len(sheets)} sheets added, {self.n} announced")
        books = {id(s.strings): s.strings for s in sheets if s.strings is not None and s.strings.unique}
        if len(books) > 1:
            raise ValueError("the sheets of one workbook share one SharedStrings")
        self._stream("xl/sharedStrings.xml", next(iter(books.values()), SharedStrings()).xml())
        for name, text in _workbook_parts(sheets).items():
            self._zip.writestr(name, text)


def _package_parts(n: int, properties: dict[str, str]) -> dict[str, str]:
    """The parts that need only the number of sheets: content types, the package's
    relationships, the custom properties, the styles."""
    return {
        "[Content_Types].xml": _content_types(n),
        "_rels/.rels": _rels([("officeDocument/2006/relationships/officeDocument", "xl/workbook.xml"),
                              ("officeDocument/2006/relationships/custom-properties", "docProps/custom.xml")]),
        "docProps/custom.xml": _custom(properties),
        "xl/styles.xml": _STYLES,
    }


def _workbook_parts(sheets: list[Sheet]) -> dict[str, str]:
    """The workbook (sheet names, autofilter ranges) and its relationships."""
    n = len(sheets)
    names = "".join(f"<sheet name={quoteattr(s.name)} sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>"
                    for i, s in enumerate(sheets))
    filters = "".join(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
                      f"{escape(_quoted(s.name))}!$A$1:${col_letter(s.cols - 1)}${max(s.rows, 1)}"
                      "</definedName>" for i, s in enumerate(sheets) if s.autofilter and s.cols)
    return {
        "xl/workbook.xml": (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_MAIN}" '
                            f'xmlns:r="{_REL}"><sheets>{names}</sheets>'
                            + (f"<definedNames>{filters}</definedNames>" if filters else "") + "</workbook>"),
        "xl/_rels/workbook.xml.rels": _rels(
            [("officeDocument/2006/relationships/worksheet", f"worksheets/sheet{i + 1}.xml") for i in range(n)]
            + [("officeDocument/2006/relationships/styles", "styles.xml")]
            + [("officeDocument/2006/relationships/sharedStrings", "sharedStrings.xml")]),
    }


def _quoted(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _rels(targets: list[tuple[str, str]]) -> str:
    items = "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/{t}" Target="{x}"/>'
                    for i, (t, x) in enumerate(targets))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG_REL}">{items}</Relationships>'


def _content_types(n: int) -> str:
    sheets = "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
                     f'ContentType="{_CT}spreadsheetml.worksheet+xml"/>' for i in range(n))
    sheets += f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}spreadsheetml.sharedStrings+xml"/>'
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}spreadsheetml.sheet.main+xml"/>{sheets}'
            f'<Override PartName="/xl/styles.xml" ContentType="{_CT}spreadsheetml.styles+xml"/>'
            f'<Override PartName="/docProps/custom.xml" ContentType="{_CT}custom-properties+xml"/></Types>')


def _custom(properties: dict[str, str]) -> str:
    items = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name={quoteattr(k)}>'
                    f"<vt:lpwstr>{escape(v)}</vt:lpwstr></property>" for i, (k, v) in enumerate(properties.items()))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{items}</Properties>')
