"""Saved web pages (.html/.htm from legal-information systems and ministry sites).

Read with the standard library's HTML parser into a small tree, then walked:
block elements become paragraphs, tables become `Table`s on the same grid the
Word reader builds (a merged cell's text once, in its top-left position, with
its spans; the positions it covers marked `covered`).  Scripts, styles,
navigation, forms and the page head are left out; a table that holds another
table is page layout, not data, and is read as ordinary content.  The
declared charset is honoured (windows-1251 is common); the sites' own banners
and footers are dropped (site_chrome).
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from .docx_numbering import BULLET, format_number, parse_count
from ..document import Cell, Document, Paragraph, Row, Source, Table
from ..options import DEFAULT, ReaderOptions
from ..errors import LoadError
from ..site_chrome import chrome_lines
from .decoding import decode

MAX_BYTES = 50 * 1024 * 1024
MAX_SPAN = 1000
DROP = {"script", "style", "noscript", "template", "head", "nav", "header", "footer", "form", "button",
        "select", "iframe", "svg", "object", "aside"}
VOID = {"br", "img", "meta", "hr", "input", "link", "col", "wbr", "area", "base", "source"}
BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "section", "article",
         "main", "center", "dd", "dt", "address", "ul", "ol", "dl", "body", "html", "caption", "br", "hr"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-]+)""", re.IGNORECASE)


class Node:
    __slots__ = ("tag", "attrs", "children")

    def __init__(self, tag: str, attrs: dict | None = None):
        self.tag, self.attrs, self.children = tag, attrs or {}, []

    def find(self, tag: str):
        for c in self.children:
            if isinstance(c, Node):
                if c.tag == tag:
                    yield c
                yield from c.find(tag)


class _TreeBuilder(HTMLParser):
    """HTML -> Node tree, closing what real pages leave open (<p>, <td>, <tr>, <li>)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        if tag in ("td", "th"):
            self._close_until({"td", "th"}, stop={"tr", "table"})
        elif tag == "tr":
            self._close_until({"td", "th", "tr"}, stop={"table"}, all_of=True)
        elif tag in ("p", "li"):
            self._close_until({tag}, stop={"table", "td", "th", "div", "ul", "ol"})
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return
            if self.stack[i].tag == "table" and tag != "table":
                return                 # a stray end tag never closes past a table

    def handle_data(self, data):
        self.stack[-1].children.append(data)

    def _close_until(self, tags: set, stop: set, all_of: bool = False) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            t = self.stack[i].tag
            if t in stop:
                return
            if t in tags:
                del self.stack[i:]
                if not all_of:
                    return


def _declared_charset(raw: bytes) -> str | None:
    m = _CHARSET.search(raw[:8192])
    return m.group(1).decode("ascii") if m else None


def read(path: Path, options: ReaderOptions = DEFAULT) -> Document:
    path = Path(path)
    if path.stat().st_size > MAX_BYTES:
        raise LoadError(f"web page larger than {MAX_BYTES // (1024 * 1024)} MB")
    builder = _TreeBuilder()
    raw = path.read_bytes()
    builder.feed(decode(raw, _declared_charset(raw)))
    builder.close()
    walker = _Walker()
    walker.walk(builder.root)
    walker.flush()
    paragraphs = [b for b in walker.blocks if isinstance(b, Paragraph)]
    chrome = {id(paragraphs[i]) for i in chrome_lines([p.text for p in paragraphs])}
    walker.blocks = [b for b in walker.blocks if id(b) not in chrome]
    if not walker.blocks:
        raise LoadError("web page without text")
    return Document(walker.blocks, "html", cell_lines={t: x for t, x in walker.lines.items() if x})


class _Walker:
    def __init__(self):
        self.blocks: list = []
        self.buf: list[str] = []
        self.level = 0
        self.lists: list[list] = []      # open <ol>/<ul>: [tag, last number, format]
        self.mark = ""                   # a list item's number, waiting for the item's first text
        self.lines: dict[str, str | None] = {}   # Document.cell_lines (None: two cells disagree)

    def flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        self.buf = []
        if text:
            # <li><p>text</p></li>: the item's mark goes before its first paragraph, not alone
            self.blocks.append(Paragraph(f"{self.mark} {text}" if self.mark else text, self.level))
            self.mark = ""
        self.level = 0

    def walk(self, node: Node) -> None:
        for child in node.children:
            if isinstance(child, str):
                self.buf.append(child)
                continue
            tag = child.tag
            if tag in DROP or _hidden(child):
                continue
            if tag == "table":
                self.flush()
                if any(True for _ in child.find("table")):
                    self.walk(child)              # layout table: its content is the page's
                else:
                    table = _table(child, sum(isinstance(b, Table) for b in self.blocks), self.lines)
                    if table is not None:
                        self.blocks.append(table)
                continue
            if tag in ("td", "th", "tr"):         # cells of a layout table: each its own block
                self.flush()
                self.walk(child)
                self.flush()
                continue
            if tag in ("ol", "ul", "li"):
                self.list_block(child)
                continue
            if tag in BLOCK:
                self.flush()
                if re.fullmatch(r"h[1-6]", tag):
                    self.level = int(tag[1])
                self.walk(child)
                self.flush()
            else:
                self.walk(child)


    def list_block(self, node: Node) -> None:
        """<ol>/<ul> and their <li>: the number or bullet a browser draws is written before the
        item's text, as Word's numbering is (docx_numbering.py): «1.», «a.», «IV.», «•»."""
        self.flush()
        if node.tag in ("ol", "ul"):
            self.lists.append([node.tag, parse_count(node.attrs.get("start"), 1) - 1,
                               _OL_TYPES.get(node.attrs.get("type", "1"), "decimal")])
            self.walk(node)
            self.lists.pop()
        else:
            if self.lists:
                lst = self.lists[-1]
                lst[1] = parse_count(node.attrs.get("value"), lst[1] + 1)
                self.mark = f"{format_number(lst[1], lst[2])}." if lst[0] == "ol" else BULLET
            self.walk(node)
        self.flush()
        self.mark = ""                   # an item with no text of its own: its mark goes with it


# <ol type>: the counter's format, in Word's names (docx_numbering.format_number)
_OL_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def _hidden(node: Node) -> bool:
    style = node.attrs.get("style", "").replace(" ", "").lower()
    return "display:none" in style or "hidden" in node.attrs


def _text(node: Node, lines: dict[str, str | None] | None = None) -> str:
    """A cell's text: its block elements and line breaks as spaces.  `lines` (Document.cell_lines):
    where the block elements or line breaks set its words on several lines, the same words a line each."""
    parts: list[str] = []

    def rec(n: Node) -> None:
        for c in n.children:
            if isinstance(c, str):
                parts.append(c.replace("\n", " "))     # a source line wrapped in the markup: no line
            elif c.tag not in DROP:
                if c.tag in BLOCK:
                    parts.append("\n")
                rec(c)
                if c.tag in BLOCK:
                    parts.append("\n")

    rec(node)
    joined = "".join(parts)
    text = " ".join(joined.split())
    written = [" ".join(x.split()) for x in joined.split("\n") if x.strip()]
    if lines is not None and " " in text:
        # a cell of the same words on one line, or on other lines: no evidence either way (None)
        lined = "\n".join(written) if len(written) > 1 and " ".join(written) == text else None
        lines[text] = lined if lines.get(text, lined) == lined else None
    return text


def _span(node: Node, name: str) -> int:
    try:
        return max(1, min(int(node.attrs.get(name, "1").strip() or 1), MAX_SPAN))
    except ValueError:
        return 1


def _rows(table: Node) -> list[tuple[Node, bool]]:
    """(tr, in thead) in document order, nested tables' rows excluded."""
    out: list[tuple[Node, bool]] = []

    def rec(n: Node, head: bool) -> None:
        for c in n.children:
            if isinstance(c, Node):
                if c.tag == "tr":
                    out.append((c, head))
                elif c.tag in ("thead", "tbody", "tfoot"):
                    rec(c, c.tag == "thead")
    rec(table, False)
    return out


def _table(node: Node, index: int, lines: dict[str, str | None] | None = None) -> Table | None:
    """The grid of a data table; rowspan/colspan as in the Word reader; `lines` as `_text`'s."""
    placed: dict[tuple[int, int], Cell] = {}
    headers: list[bool] = []
    rows = _rows(node)
    for r, (tr, head) in enumerate(rows):
        c = 0
        cells = [x for x in tr.children if isinstance(x, Node) and x.tag in ("td", "th")]
        headers.append(head or (bool(cells) and all(x.tag == "th" for x in cells)))
        for td in cells:
            while (r, c) in placed:
                c += 1
            rs = min(_span(td, "rowspan"), len(rows) - r)
            cs = _span(td, "colspan")
            owner = Cell(_text(td, lines), colspan=cs, rowspan=rs)
            for a in range(r, r + rs):
                for b in range(c, c + cs):
                    placed.setdefault((a, b), owner if (a, b) == (r, c) else Cell("", covered=True))
            c += cs
    if not placed:
        return None
    n_cols = max(b for _, b in placed) + 1
    out = []
    for r in range(len(rows)):
        cells = [placed.get((r, c)) or Cell("") for c in range(n_cols)]
        out.append(Row(cells, Source(table=index, row=r), is_header=headers[r]))
    return Table(out, Source(table=index))
