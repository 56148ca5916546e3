"""Word `.docx` reader: body paragraphs and tables in order, real spans, footnotes.

The body XML is walked directly (python-docx's `row.cells` repeats a merged
cell in every grid position it covers, so spans are read from `w:gridSpan` and
`w:vMerge`).  Headers and footers are not part of the body and are ignored.
Word's own list numbering (`w:numPr`) is written in front of the paragraph's text
(`docx_numbering.py`).  Footnote references become `[n]` in the text, `n` being the number the reader
of the document sees (`numStart` + order of reference), and `Document.footnotes`
maps `n` to the note's text, as the converted-text reader does.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ..document import Cell, Document, Paragraph, Row, Source, Table
from ..errors import LoadError
from ..options import DEFAULT, ReaderOptions
from textcore.clean import strip_markup
from textcore.numbering import ARABIC, BULLET, LETTER, ROMAN, parse_item_number
from .docx_numbering import Numbering
from .zipsafe import open_checked, read_member
from .nested import join_rows, sole_table, spread_inner

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_w = lambda tag: f"{{{W}}}{tag}"  # noqa: E731

P, TBL, TR, TC, SDT, SDTCONTENT, CUSTOMXML = map(_w, ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml"))
_HEADING_NAME = re.compile(r"^(?:heading|заголовок)\s*(\d)$", re.IGNORECASE)
# a word of one to three small letters before a line's closing dot is cut short («г.», «ул.», «тел.»): a break
# after it wraps an address or a date («от 12.01.2025 г.» / «№ 5»), it closes no clause
_CUT_WORD = re.compile(r"(?<![^\W\d_])[а-яёa-z]{1,3}\.$")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def read(path: Path, options: ReaderOptions = DEFAULT) -> Document:
    zf = open_checked(Path(path), options.max_unpacked_bytes)
    with zf:
        xml = read_member(zf, "word/document.xml")
        if xml is None:
            raise LoadError("not a Word document: the zip has no word/document.xml")
        parts = {name: read_member(zf, f"word/{name}.xml") for name in ("styles", "footnotes", "endnotes", "settings",
                                                                    "numbering")}
    try:
        root = etree.fromstring(xml, _PARSER)
        parts = {k: (etree.fromstring(v, _PARSER) if v else None) for k, v in parts.items()}
    except etree.XMLSyntaxError as e:
        raise LoadError(f"corrupt Word document: bad XML: {e}") from None
    body = root.find(_w("body"))
    if body is None:
        raise LoadError("corrupt Word document: no body")
    return _Reader(body, parts).read()


class _Reader:
    def __init__(self, body, parts):
        self.body = body
        self.styles = _Styles(parts["styles"])
        self.numbering = Numbering(parts["numbering"], parts["styles"])
        self.notes = {kind: _notes(parts[kind], kind[:-1]) for kind in ("footnotes", "endnotes")}
        self.next_mark = _num_start(body, parts["settings"])
        self.footnotes: dict[str, str] = {}
        self.warnings: list[str] = []
        self.blocks: list = []
        self.n_tables = 0
        self.cell_lines: dict[str, str | None] = {}   # Document.cell_lines; None: two cells disagree

    def read(self) -> Document:
        self.walk(self.body)
        lines = {text: lined for text, lined in self.cell_lines.items() if lined}
        return Document(self.blocks, "docx", warnings=self.warnings, footnotes=self.footnotes, cell_lines=lines)

    def walk(self, parent) -> None:
        """Paragraphs and tables in order; a table of one cell holding a table frames what it
        holds (a box around an appendix, its list a table inside it): read as the body's own."""
        for el in _block_children(parent):
            if el.tag == P:
                self.blocks += self.paragraphs(el)
            elif el.tag == TBL:
                frame = _only_cell(el)
                if frame is not None:
                    self.walk(frame)
                else:
                    self.blocks.append(self.table(el))

    # -- paragraphs -------------------------------------------------------
    def paragraphs(self, p) -> list[Paragraph]:
        """A paragraph, or the lines its soft line breaks (`w:br`) set apart: a point's lead-in and its
        items typed in one paragraph, each after a break, are lines of their own as in a converted copy."""
        style_id = _attr(p.find(f"{_w('pPr')}/{_w('pStyle')}"), "val")
        lines = _break_lines(strip_markup(x) for x in self.text_of(p, "\n").split("\n"))
        first = self.numbered(p, style_id, lines[0] if lines else "")
        if not first:
            return []
        level = self.styles.level(style_id)
        outline = _attr(p.find(f"{_w('pPr')}/{_w('outlineLvl')}"), "val")
        if outline and outline.isdigit() and int(outline) < 9:
            level = int(outline) + 1
        bold = self.all_bold(p, style_id)
        return [Paragraph(t, level, bold, Source()) for t in [first] + lines[1:] if t]

    def numbered(self, p, style_id: str | None, text: str, alone: bool = False) -> str:
        """The text with the number Word draws before it (counted even where the text is empty).
        `alone`: an empty paragraph gives its number by itself (a «№» cell Word numbers), never a bullet."""
        label = self.numbering.label(p, style_id)
        if label and not text.strip():
            return label if alone and any(ch.isalnum() for ch in label) else text
        return f"{label} {text}" if label else text

    def text_of(self, p, br: str = " ") -> str:
        """Text of one paragraph: runs, tabs and breaks as spaces (a line break as `br`), note marks as [n]."""
        out: list[str] = []
        for el in _content(p):
            tag = el.tag
            if tag == _w("t"):
                out.append(el.text or "")
            elif tag == _w("tab"):
                out.append(" ")
            elif tag in (_w("br"), _w("cr")) and _attr(el, "type") in (None, "textWrapping"):
                out.append(br)
            elif tag in (_w("br"), _w("cr")):
                out.append(" ")               # a page or column break: no line the author wrote
            elif tag == _w("noBreakHyphen"):
                out.append("-")
            elif tag in (_w("footnoteReference"), _w("endnoteReference")):
                out.append(self.note_mark(el, tag == _w("footnoteReference")))
        return "".join(out)

    def note_mark(self, ref, foot: bool) -> str:
        notes = self.notes["footnotes" if foot else "endnotes"]
        if _attr(ref, "customMarkFollows") in ("1", "true", "on"):
            return ""            # the mark is the following run's text
        mark = str(self.next_mark)
        self.next_mark += 1
        text = notes.get(_attr(ref, "id"))
        if text is None:
            self.warnings.append(f"{'foot' if foot else 'end'}note {_attr(ref, 'id')} cited but missing")
        else:
            self.footnotes[mark] = text
        return f"[{mark}]"

    def all_bold(self, p, style_id) -> bool:
        runs = [r for r in p.iter(_w("r")) if any(t.text and t.text.strip() for t in r.iter(_w("t")))]
        if not runs:
            return False
        para_bold = self.styles.bold(style_id)
        for r in runs:
            rpr = r.find(_w("rPr"))
            b = _on(rpr.find(_w("b"))) if rpr is not None and rpr.find(_w("b")) is not None else None
            if b is None and rpr is not None:
                b = self.styles.bold(_attr(rpr.find(_w("rStyle")), "val"), default=None)
            if not (para_bold if b is None else b):
                return False
        return True

    # -- tables -----------------------------------------------------------
    def table(self, tbl) -> Table:
        index = self.n_tables
        self.n_tables += 1
        grid_cols = len(tbl.findall(f"{_w('tblGrid')}/{_w('gridCol')}"))
        rows: list[Row] = []
        owners: dict[int, Cell] = {}          # grid column -> top-left cell of an open vertical merge
        inner: dict[tuple[int, int], list[list[str]]] = {}     # (row, grid column) -> an inner table's texts
        for r_idx, tr in enumerate(tbl.findall(_w("tr"))):
            trpr = tr.find(_w("trPr"))
            still_open: dict[int, Cell] = {}   # a merge not continued by this row ends here
            cells: list[Cell] = [Cell("") for _ in range(_int_val(trpr, "gridBefore"))]
            for tc in _cells_of(tr):
                tcpr = tc.find(_w("tcPr"))
                span = max(1, _int_val(tcpr, "gridSpan", 1))
                vmerge = tcpr.find(_w("vMerge")) if tcpr is not None else None
                hmerge = tcpr.find(_w("hMerge")) if tcpr is not None else None
                col = len(cells)
                text = self.cell_text(tc)
                if hmerge is not None and _attr(hmerge, "val") != "restart" and cells:
                    _absorb(_owner_left(cells), text)          # legacy horizontal merge
                    cells.append(Cell("", covered=True))
                    continue
                owner = owners.get(col)
                if vmerge is not None and _attr(vmerge, "val") != "restart" and owner is not None:
                    owner.rowspan += 1
                    _absorb(owner, text)
                    still_open[col] = owner
                    cells.extend(Cell("", covered=True) for _ in range(span))
                    continue
                if (sole := sole_table(list(_block_children(tc)))) is not None:   # alone in the cell: sub-rows?
                    inner[(r_idx, col)] = [[self.cell_text(c) for c in _cells_of(tr)] for tr in sole.findall(_w("tr"))]
                cell = Cell(text, colspan=span)
                cells.append(cell)
                cells.extend(Cell("", covered=True) for _ in range(span - 1))
                if vmerge is not None:                          # restart (or a stray continue)
                    still_open[col] = cell
            owners = still_open
            cells.extend(Cell("") for _ in range(_int_val(trpr, "gridAfter")))
            header = trpr is not None and _on(trpr.find(_w("tblHeader"))) is True
            rows.append(Row(cells, Source(table=index, row=r_idx), is_header=header))
        width = max([grid_cols] + [len(r.cells) for r in rows])
        for row in rows:                                        # rectangular grid
            row.cells.extend(Cell("") for _ in range(width - len(row.cells)))
        return Table(spread_inner(rows, inner), Source(table=index))

    def cell_text(self, tc) -> str:
        """A cell's paragraphs joined by spaces; a nested table flattened into it, a row an item.
        Where the author wrote its words as paragraphs or lines (Enter, Shift+Enter), the same words
        with a line break at each are kept in `cell_lines` (the splitters' evidence, Document.cell_lines)."""
        parts: list[str] = []
        lines: list[str] | None = []
        for el in _block_children(tc):
            if el.tag == P:
                style_id = _attr(el.find(f"{_w('pPr')}/{_w('pStyle')}"), "val")
                text = self.numbered(el, style_id, self.text_of(el, _LINE), alone=True)
                parts.append(text.replace(_LINE, " "))
                if lines is not None:
                    lines += [t for t in (strip_markup(t) for t in text.split(_LINE)) if t]
            elif el.tag == TBL:
                parts.append(self.nested_text(el))
                lines = None                  # an inner table's rows are items already (join_rows)
        text = strip_markup(" ".join(parts))
        if lines is not None and " " in text:
            # a cell of the same words on one line, or on other lines: no evidence either way (None)
            lined = "\n".join(lines) if len(lines) > 1 and " ".join(lines) == text else None
            self.cell_lines[text] = lined if self.cell_lines.get(text, lined) == lined else None
        return text

    def nested_text(self, tbl) -> str:
        """A table inside a cell (needs or channels listed as an inner table): one item a row."""
        return join_rows([[self.cell_text(c) for c in _cells_of(tr)] for tr in tbl.findall(_w("tr"))])


# -- helpers ------------------------------------------------------------------

_LINE = "\x00"   # a line break the author wrote, while a cell's text is read (no character of a run)

def _children(parent, tags):
    """Children of `parent` with these tags, looking through content controls."""
    for el in parent:
        if el.tag in tags:
            yield el
        elif el.tag in (SDT, CUSTOMXML):
            inner = el.find(SDTCONTENT) if el.tag == SDT else el
            if inner is not None:
                yield from _children(inner, tags)


def _block_children(parent):
    """Paragraphs and tables of a body or cell."""
    return _children(parent, (P, TBL))


def _cells_of(tr):
    return _children(tr, (TC,))


def _only_cell(tbl):
    """The cell of a table of one row and one cell that holds a table (a frame around it);
    None for any other table (one cell of text is still a table)."""
    rows = tbl.findall(_w("tr"))
    cells = list(_cells_of(rows[0])) if len(rows) == 1 else []
    if len(cells) != 1 or not any(el.tag == TBL for el in _block_children(cells[0])):
        return None
    return cells[0]


def _break_lines(parts) -> list[str]:
    """The lines a paragraph's soft breaks set apart: a break after a closed clause («…:», «…;», «….», `_closes`)
    or before an item's mark (`_opens_item`) opens a line; any other wraps a phrase («официальный сайт www.…» /
    «раздел …», «ПОРЯДОК» / «ведения …», «г.» / «Казань») and is a space, as it always was."""
    out: list[list[str]] = []         # each line's pieces, joined once: a paragraph of thousands of wrapped
    for t in parts:                    # lines grew one string quadratically
        if not t:
            continue
        if out and not (_closes(out[-1][-1]) or _opens_item(t)):
            out[-1].append(t)
        else:
            out.append([t])
    return [" ".join(line) for line in out]


def _closes(line: str) -> bool:
    """Whether a line closes a clause: «…:», «…;», or a dot after a whole word, not after one cut short."""
    return line[-1] in ":;" or (line[-1] == "." and not _CUT_WORD.search(line))


def _opens_item(line: str) -> bool:
    """Whether a line opens with an item's mark: a dash or a number with its closer («1)», «2.», «а)»); a bare
    number is a wrapped phrase's («в течение» / «10 рабочих дней», «от» / «15 марта 2025 г.»)."""
    mark = parse_item_number(line, (ARABIC, ROMAN, LETTER, BULLET))
    return mark is not None and (mark.style == BULLET or bool(mark.closer))


def _content(p):
    """Descendants of a paragraph in document order, skipping alternate-content fallbacks
    (which repeat the text of a text box) and deleted revisions."""
    skip = (f"{{{MC}}}Fallback", _w("del"), _w("delText"), _w("instrText"))
    stack = [iter(p)]
    while stack:
        el = next(stack[-1], None)
        if el is None:
            stack.pop()
            continue
        if not isinstance(el.tag, str) or el.tag in skip:
            continue
        yield el
        stack.append(iter(el))


def _absorb(owner: Cell, text: str) -> None:
    """Text typed into a merged-away cell is kept, not lost."""
    if text:
        owner.text = f"{owner.text} {text}".strip()


def _owner_left(cells: list[Cell]) -> Cell:
    for c in reversed(cells):
        if not c.covered:
            c.colspan += 1
            return c
    return cells[-1]


def _attr(el, name: str) -> str | None:
    return None if el is None else el.get(_w(name))


def _on(el) -> bool | None:
    """A WordprocessingML on/off property: present means on unless val says off."""
    if el is None:
        return None
    return _attr(el, "val") not in ("0", "false", "off", "none")


def _int_val(parent, tag: str, default: int = 0) -> int:
    if parent is None:
        return default
    v = _attr(parent.find(_w(tag)), "val")
    return int(v) if v and v.isdigit() else default


def _notes(root, kind: str) -> dict[str, str]:
    """Note id -> text, separators left out."""
    if root is None:
        return {}
    out = {}
    for note in root.findall(_w(kind)):
        if _attr(note, "type") not in (None, "normal"):
            continue
        paras = ["".join(t.text or "" for t in p.iter(_w("t"))) for p in note.iter(P)]
        out[_attr(note, "id")] = strip_markup(" ".join(paras))
    return out


def _num_start(body, settings) -> int:
    for root in (body, settings):
        if root is None:
            continue
        el = root.find(f".//{_w('footnotePr')}/{_w('numStart')}")
        v = _attr(el, "val")
        if v and v.isdigit():
            return int(v)
    return 1


class _Styles:
    """Heading level and boldness of paragraph/character styles, following `basedOn`."""

    def __init__(self, root):
        self.by_id = {}
        if root is not None:
            for st in root.findall(_w("style")):
                self.by_id[_attr(st, "styleId")] = st

    @lru_cache(maxsize=None)
    def level(self, style_id: str | None, depth: int = 0) -> int:
        st = self.by_id.get(style_id)
        if st is None or depth > 10:
            return 0
        name = _attr(st.find(_w("name")), "val") or ""
        m = _HEADING_NAME.match(name.strip())
        if m:
            return int(m.group(1))
        if name.strip().lower() in ("title", "заголовок", "название"):
            return 1
        outline = _attr(st.find(f"{_w('pPr')}/{_w('outlineLvl')}"), "val")
        if outline and outline.isdigit() and int(outline) < 9:
            return int(outline) + 1
        return self.level(_attr(st.find(_w("basedOn")), "val"), depth + 1)

    @lru_cache(maxsize=None)
    def bold(self, style_id: str | None, default: bool | None = False, depth: int = 0) -> bool | None:
        st = self.by_id.get(style_id)
        if st is None or depth > 10:
            return default
        b = _on(st.find(f"{_w('rPr')}/{_w('b')}"))
        if b is not None:
            return b
        return self.bold(_attr(st.find(_w("basedOn")), "val"), default, depth + 1)
