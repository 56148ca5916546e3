"""A page's objects as pdfplumber's `Page.objects` gives them, its characters converted faster.

pdfplumber turns each of pdfminer's layout objects into a dict (`Page.process_object`):
for every attribute of every character it checks the attribute against its list and
resolves the value for PDF references (`resolve_all`), decodes the colour space's name,
and names the object's kind with a regular expression over its class name.  On a text
page nearly every object is a character and nearly every value a plain number, so this
is four tenths of the time the page takes to parse.  `parse_objects` makes the same
dicts - the same keys in the same order, the same values - with the plain values
copied as they are, the colour space's name decoded once per name, and everything that
is not an `LTChar` (rules, rectangles, curves, images, a container's children) left to
pdfplumber's own `process_object`.  `tests/test_pdf_objects.py` compares both on
every object of the committed PDFs.
"""
from __future__ import annotations

from unicodedata import normalize as normalize_unicode

from pdfminer.layout import LTChar, LTContainer
from pdfplumber.page import ALL_ATTRS, fix_fontname_bytes
from pdfplumber.utils.pdfinternals import resolve_all, resolve_and_decode

_PLAIN = frozenset({int, float, str, bool, type(None)})     # values resolve_all returns as they are
_decoded: dict[str, object] = {}                            # colour space name -> resolve_and_decode(name)


# (mediabox's x0 not 0, its top not 0, Unicode normalised) -> does `_char` give pdfplumber's
# own dicts on pages of that shape?  Asked once per shape a process meets: a branch the first
# page never took (pdfplumber has moved its MediaBox adjustment before, #1181) is asked on its own
_agrees: dict[tuple, bool] = {}


def prime(page) -> None:
    """Parse `page`'s objects now, the fast way, where pdfplumber has not parsed them yet:
    pdfplumber's `objects` property keeps what it finds in `_objects`.  `_char` copies
    pdfplumber's conversion step for step, so another pdfplumber version may convert
    otherwise: the first page of each shape with characters is converted both ways, and
    where they differ the process leaves every page of that shape to pdfplumber (slower,
    never different).  A page pdfminer cannot lay out raises here what pdfplumber's
    `objects` would raise: it says nothing of the conversion, and turns nothing off."""
    if hasattr(page, "_objects"):
        return
    page.layout                      # the page's own error, if it has one, before anything is judged
    try:
        mb_x0, mb_top = page.mediabox[:2]
        shape = (mb_x0 != 0, mb_top != 0, page.pdf.unicode_norm is not None)
    except Exception:                # an internal moved or renamed: pdfplumber's own way only
        return
    verdict = _agrees.get(shape)
    if verdict is None:
        verdict = _same_as_pdfplumber(page)
        if verdict is not None:      # None: no character here to compare, asked again on the next page
            _agrees[shape] = verdict
    if verdict is not False:
        page._objects = parse_objects(page)


def _const(page) -> tuple:
    mb_x0, mb_top = page.mediabox[:2]
    return page.page_number, page.height, mb_x0, mb_top, page.initial_doctop, page.pdf.unicode_norm


def _same_as_pdfplumber(page, sample: int = 64) -> bool | None:
    """The first `sample` characters of `page` converted by `_char` and by pdfplumber
    (None: the page has none)."""
    try:
        const = _const(page)
        chars = [o for o in _layout_objects(page, page.layout._objs) if o.__class__ is LTChar][:sample]
        if not chars:
            return None
        return all(_char(o, const) == page.process_object(o) for o in chars)
    except Exception:           # an internal moved or renamed: pdfplumber's own way only
        return False


def parse_objects(page) -> dict[str, list[dict]]:
    """pdfplumber's `Page.parse_objects`, characters by `_char`."""
    objects: dict[str, list[dict]] = {}
    const = _const(page)
    for obj in _layout_objects(page, page.layout._objs):
        d = _char(obj, const) if obj.__class__ is LTChar else page.process_object(obj)
        kind = d["object_type"]
        if kind in ["anno"]:
            continue
        if objects.get(kind) is None:
            objects[kind] = []
        objects[kind].append(d)
    return objects


def _layout_objects(page, layout_objects):
    """pdfplumber's `Page.iter_layout_objects` without the conversion: a container is
    converted itself only with layout analysis on, its children always."""
    for obj in layout_objects:
        if isinstance(obj, LTContainer):
            if page.pdf.laparams is not None:
                yield obj
            yield from _layout_objects(page, obj._objs)
        else:
            yield obj


def _resolved(v):
    """`resolve_all(v)`; a tuple of plain values (a character's matrix) is itself."""
    if v.__class__ is tuple and all(e.__class__ in _PLAIN for e in v):
        return v
    return resolve_all(v)


def _char(obj: LTChar, const: tuple) -> dict:
    """`Page.process_object(obj)` for a character, step for step."""
    page_number, height, mb_x0, mb_top, initial_doctop, unicode_norm = const
    attr = {k: v if v.__class__ in _PLAIN else _resolved(v)
            for k, v in obj.__dict__.items() if k in ALL_ATTRS}
    attr["object_type"] = "char"
    attr["page_number"] = page_number
    for cs in ("ncs", "scs"):
        if hasattr(obj, cs):
            name = getattr(obj, cs).name
            if name.__class__ is not str:
                attr[cs] = resolve_and_decode(name)
                continue
            if name not in _decoded:
                _decoded[name] = resolve_and_decode(name)
            attr[cs] = _decoded[name]
    text = obj.get_text()
    attr["text"] = normalize_unicode(unicode_norm, text) if unicode_norm is not None else text
    gs = obj.graphicstate
    attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
    attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
    if isinstance(attr["fontname"], bytes):
        attr["fontname"] = fix_fontname_bytes(attr["fontname"])
    if "y0" in attr:
        attr["top"] = (height - attr["y1"]) + mb_top
        attr["bottom"] = (height - attr["y0"]) + mb_top
        attr["doctop"] = initial_doctop + attr["top"]
    if "x0" in attr and mb_x0 != 0:
        attr["x0"] = attr["x0"] + mb_x0
        attr["x1"] = attr["x1"] + mb_x0
    return attr
