"""`pdf_objects.parse_objects` gives exactly pdfplumber's own `Page.parse_objects()`:
the same objects in the same order, each dict with the same keys in the same order and
the same values - on the committed PDFs (LibreOffice output) and on PDFs written here by
hand with what the fast path must carry over (a MediaBox not at the origin, /Rotate,
coloured text, two fonts, rules), with and without Unicode normalisation."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from parsers.formats import pdf, pdf_pass
from parsers.formats.pdf_objects import parse_objects, prime
from tests.fixtures.bad import pdf_of

DATA = Path(__file__).parent / "data" / "pdf"
COMMITTED = sorted(DATA.glob("*.pdf"))


def _pdf(ops: str, mediabox: str = "0 0 400 300", rotate: int = 0,
         resources: bytes = b"", extra: tuple = (), page: bytes = b"") -> bytes:
    """One page; `resources` and `page` go into its dicts, `extra` are objects 7, 8, ..."""
    stream = ops.encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [%s] /Rotate %d /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> %s >> %s >>" % (mediabox.encode(), rotate,
                                                                                resources, page),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold >>",
        *extra,
    ]
    return pdf_of(objs)


_OPS = ("1 w 60 250 m 350 250 l S 60 180 m 60 250 l S\n"
        "BT /F1 10 Tf 70 236 Td (Alpha beta) Tj ET\n"
        "0.8 0 0 rg BT /F2 12 Tf 70 200 Td (Gamma) Tj ET\n"
        "0 0 1 RG 0.2 g BT /F1 7 Tf 130 203 Td (2) Tj ET\n")


def _pages_of(path: Path, **kw):
    with pdfplumber.open(path, **kw) as doc:
        for page in doc.pages:
            yield page


def _same(path: Path, **kw) -> int:
    n = 0
    for page in _pages_of(path, **kw):
        fast = parse_objects(page)
        slow = page.parse_objects()               # pdfplumber's own, every object by process_object
        assert list(fast) == list(slow)
        for kind in slow:
            assert fast[kind] == slow[kind], (path.name, page.page_number, kind)
            assert [list(d) for d in fast[kind]] == [list(d) for d in slow[kind]]
        n += len(slow.get("char", []))
    return n


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: p.name)
def test_committed_pdfs_give_pdfplumbers_objects(path):
    assert _same(path) > 100


@pytest.mark.parametrize("mediabox,rotate", [("0 0 400 300", 0), ("20 30 420 330", 0),
                                             ("0 0 400 300", 90), ("-15 10 385 310", 270)])
def test_hand_written_pages_give_pdfplumbers_objects(tmp_path, mediabox, rotate):
    p = tmp_path / "page.pdf"
    p.write_bytes(_pdf(_OPS, mediabox, rotate))
    assert _same(p) == len("Alpha beta" + "Gamma" + "2")
    assert _same(p, unicode_norm="NFKC") == len("Alpha beta" + "Gamma" + "2")


_TYPE3 = (b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 0.001 0 0] "
          b"/CharProcs << /a 8 0 R >> /Encoding << /Differences [65 /a /a] >> /FirstChar 65 /LastChar 66 "
          b"/Widths [1000 1000] >>",
          b"<< /Length 30 >>\nstream\n1000 0 0 0 750 750 d1 0 0 750 750 re f\nendstream")
_VERTICAL = (b"<< /Type /Font /Subtype /Type0 /BaseFont /MSMincho /Encoding /Identity-V /DescendantFonts [8 0 R] >>",
             b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MSMincho /CIDSystemInfo << /Registry (Adobe) "
             b"/Ordering (Identity) /Supplement 0 >> /DW 1000 /FontDescriptor << /Type /FontDescriptor "
             b"/FontName /MSMincho /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 "
             b"/Descent -200 /StemV 80 >> >>")
_SPACES = (b"<< /Type /Font /Subtype /TrueType /BaseFont /#C0#E9#FF#FEFont /FirstChar 32 /LastChar 126 "
           b"/FontDescriptor << /Type /FontDescriptor /FontName /#C0#E9#FF#FEFont /Flags 32 "
           b"/FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /StemV 80 >> >>",
           b"<< /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [1 0 0 0] /N 1 >>",
           b"<< /N 3 /Length 0 >>\nstream\n\nendstream",
           b"<< /Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 10 10] /XStep 10 "
           b"/YStep 10 /Resources << >> /Length 12 >>\nstream\n0 0 5 5 re f\nendstream",
           b"<< /Type /Annot /Subtype /Link /Rect [50 195 120 215] /A << /S /URI /URI (http://x.ru) >> >>",
           b"<< /Type /XObject /Subtype /Form /BBox [0 0 400 300] /Resources << /Font << /F1 5 0 R >> >> "
           b"/Length 37 >>\nstream\nBT /F1 9 Tf 60 60 Td (inner form) Tj ET\nendstream")
_ODD = {    # what pdfminer gives characters a text page's first lines rarely have
    "type3": (_OPS + "BT /F3 12 Tf 50 100 Td (ABAB) Tj ET\n", b"", _TYPE3, b""),
    "vertical": (_OPS + "BT /F3 12 Tf 300 280 Td <0041004200430044> Tj ET\n", b"", _VERTICAL, b""),
    "colour spaces, a bytes font name, a link, a form": (
        _OPS + "/P0 cs /PT scn BT /F1 10 Tf 50 150 Td (pattern) Tj ET /S0 cs 0.5 scn BT /F3 10 Tf 50 120 Td "
        "(separation) Tj ET /I0 cs 0.1 0.2 0.3 scn /I0 CS 0.3 0.2 0.1 SCN BT /F2 10 Tf 50 90 Td (icc) Tj ET "
        "/D0 cs 0.1 0.9 0 0 scn BT /F1 10 Tf 50 60 Td (devicen) Tj ET /X1 Do\n",
        b"/ColorSpace << /P0 [/Pattern /DeviceRGB] /S0 [/Separation /Spot /DeviceCMYK 8 0 R] /I0 [/ICCBased 9 0 R] "
        b"/D0 [/DeviceN [/A /B] /DeviceCMYK 8 0 R] >> /Pattern << /PT 10 0 R >> /XObject << /X1 12 0 R >>",
        _SPACES, b"/Annots [11 0 R]"),
}


@pytest.mark.parametrize("name", list(_ODD))
def test_odd_characters_give_pdfplumbers_objects(tmp_path, name):
    """Type3 glyphs, a vertical CID font, pattern/Separation/ICC/DeviceN colour, a font name
    pdfminer keeps as bytes, a link annotation, a form's text - after plain first lines, as
    the once-per-shape check would have seen them: every object as pdfplumber's own."""
    ops, resources, extra, page = _ODD[name]
    p = tmp_path / "odd.pdf"
    p.write_bytes(_pdf(ops, "0 0 400 300", 0, resources, extra, page))
    plain = len("Alpha beta" + "Gamma" + "2")
    assert _same(p) > plain
    assert _same(p, laparams={}) > plain


def test_prime_keeps_pdfplumbers_cache(tmp_path):
    """A primed page's chars are what pdfplumber would have parsed; a page it parsed already stays."""
    p = tmp_path / "page.pdf"
    p.write_bytes(_pdf(_OPS, "20 30 420 330"))
    with pdfplumber.open(p) as doc:
        page = doc.pages[0]
        prime(page)
        assert "".join(c["text"] for c in page.chars) == "Alpha betaGamma2"
        assert page.chars == page.parse_objects()["char"]
        held = page.objects
        prime(page)
        assert page.objects is held


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: p.name)
def test_reader_reads_the_same_with_and_without_the_fast_path(path, monkeypatch):
    fast = repr(pdf.read(path))
    monkeypatch.setattr(pdf_pass, "prime", lambda page: None)
    assert repr(pdf.read(path)) == fast



def test_a_pdfplumber_converting_otherwise_is_left_to_convert_every_page(monkeypatch):
    """Another pdfplumber version may convert characters otherwise than `_char` copies:
    the first page with characters is compared, and on a difference no page is primed."""
    from parsers.formats import pdf_objects
    monkeypatch.setattr(pdf_objects, "_agrees", {})
    real = pdfplumber.page.Page.process_object
    monkeypatch.setattr(pdfplumber.page.Page, "process_object",
                        lambda self, obj: {**real(self, obj), "a_later_key": 1})
    with pdfplumber.open(COMMITTED[0]) as doc:
        for page in doc.pages:
            prime(page)
            assert not hasattr(page, "_objects")
        assert all(c["a_later_key"] == 1 for c in doc.pages[0].chars)
    assert list(pdf_objects._agrees.values()) == [False]


def test_the_same_conversion_primes_the_pages(monkeypatch):
    from parsers.formats import pdf_objects
    monkeypatch.setattr(pdf_objects, "_agrees", {})
    with pdfplumber.open(COMMITTED[0]) as doc:
        prime(doc.pages[0])
        assert list(pdf_objects._agrees.values()) == [True] and hasattr(doc.pages[0], "_objects")


def test_a_page_pdfminer_cannot_lay_out_raises_its_error_and_turns_nothing_off(tmp_path, monkeypatch):
    """A worker's first PDF may have a broken page: its error is the page's (pdfplumber's
    `objects` raises it too), not a sign that the conversion differs - the next document's
    pages are still primed."""
    from pdfminer.psparser import PSSyntaxError

    from parsers.formats import pdf_objects
    monkeypatch.setattr(pdf_objects, "_agrees", {})
    real = pdfplumber.page.Page.layout

    def layout(self):
        if getattr(self, "broken", False):
            raise PSSyntaxError("a content stream pdfminer cannot read")
        return real.fget(self)
    monkeypatch.setattr(pdfplumber.page.Page, "layout", property(layout))
    p = tmp_path / "page.pdf"
    p.write_bytes(_pdf(_OPS))
    with pdfplumber.open(p) as doc:
        doc.pages[0].broken = True
        with pytest.raises(PSSyntaxError):
            prime(doc.pages[0])
        with pytest.raises(PSSyntaxError):       # what pdfplumber's own way raises for it
            doc.pages[0].chars
    with pdfplumber.open(p) as doc:
        prime(doc.pages[0])
        assert hasattr(doc.pages[0], "_objects")
    assert list(pdf_objects._agrees.values()) == [True]


def test_a_pdfplumber_converting_otherwise_only_off_the_origin_is_caught_there(tmp_path, monkeypatch):
    """The check's first page may have its MediaBox at the origin, where a pdfplumber that
    adjusts for the MediaBox otherwise (it has moved that step before) converts alike: a
    page off the origin is checked on its own and, converted otherwise, left to pdfplumber."""
    from parsers.formats import pdf_objects
    monkeypatch.setattr(pdf_objects, "_agrees", {})
    real = pdfplumber.page.Page.process_object

    def unadjusted(self, obj):              # coordinates left relative to the MediaBox
        d = real(self, obj)
        if "x0" in d and self.mediabox[0] != 0:
            d["x0"], d["x1"] = d["x0"] - self.mediabox[0], d["x1"] - self.mediabox[0]
        return d
    monkeypatch.setattr(pdfplumber.page.Page, "process_object", unadjusted)
    at_origin, off_origin = tmp_path / "origin.pdf", tmp_path / "off.pdf"
    at_origin.write_bytes(_pdf(_OPS, "0 0 400 300"))
    off_origin.write_bytes(_pdf(_OPS, "20 30 420 330"))
    with pdfplumber.open(at_origin) as doc:
        prime(doc.pages[0])
        assert hasattr(doc.pages[0], "_objects")
    with pdfplumber.open(off_origin) as doc:
        prime(doc.pages[0])
        assert not hasattr(doc.pages[0], "_objects")
        assert min(c["x0"] for c in doc.pages[0].chars) == 70 - 20     # Td at 70, unadjusted for the box's 20
    assert sorted(pdf_objects._agrees.values()) == [False, True]
