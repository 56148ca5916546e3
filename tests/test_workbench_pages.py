"""The workbench renders the page asked for, not the whole document: a long PDF's first
view costs one page (and the next, in the background), and its later views none."""
from __future__ import annotations

import shutil

import pytest

from pipeline.analyst.workbench import pages

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")

N_PAGES = 12


@pytest.fixture
def long_pdf(tmp_path):
    """A 12-page PDF in raw/, page k wide k * 10 points more than A4 (so each page's
    image says which page it is)."""
    import pypdfium2

    raw = tmp_path / "raw"
    raw.mkdir()
    pdf = pypdfium2.PdfDocument.new()
    for k in range(1, N_PAGES + 1):
        pdf.new_page(595 + 10 * k, 842)
    pdf.save(raw / "long.pdf")
    doc = {"doc_id": "ab" * 32, "format": "pdf", "pages": N_PAGES, "source_path": "long.pdf"}
    return raw, tmp_path / "out", doc


def _rendered(out, doc) -> set[str]:
    folder = out / ".workbench" / "pages" / doc["doc_id"]
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def _width(png) -> int:
    from PIL import Image

    with Image.open(png) as im:
        return im.width


def test_first_page_renders_it_and_the_next_only(long_pdf):
    raw, out, doc = long_pdf
    first = pages.page_image(out, raw, doc, 1)
    pages.settle()
    assert _rendered(out, doc) == {"1.png", "2.png"}            # not the other ten
    assert abs(_width(first) - (595 + 10) * pages.PDF_DPI / 72) <= 1  # page 1's own image

    seventh = pages.page_image(out, raw, doc, 7)
    pages.settle()
    assert _rendered(out, doc) == {"1.png", "2.png", "7.png", "8.png"}
    assert abs(_width(seventh) - (595 + 70) * pages.PDF_DPI / 72) <= 1


def test_cached_page_is_not_rendered_again(long_pdf, monkeypatch):
    raw, out, doc = long_pdf
    pages.page_image(out, raw, doc, N_PAGES)                   # the last page: nothing after it
    pages.settle()
    assert _rendered(out, doc) == {f"{N_PAGES}.png"}
    monkeypatch.setattr(pages, "_pdftoppm", lambda *a: pytest.fail("rendered again"))
    assert pages.page_image(out, raw, doc, N_PAGES).is_file()


def test_a_failed_prefetch_is_silent_and_page_out_of_range_refused(long_pdf):
    raw, out, doc = long_pdf
    with pytest.raises(pages.PageError):
        pages.page_image(out, raw, doc, N_PAGES + 1)
    broken = dict(doc, pages=N_PAGES + 1)                      # the dataset says one page more
    pages.page_image(out, raw, broken, N_PAGES)
    pages.settle()                                             # page 13's render failed quietly
    assert _rendered(out, doc) == {f"{N_PAGES}.png"}


def _long_copy(path, n: int, dest):
    """`path`'s page `n` times over, as one PDF."""
    import pypdfium2

    src, out = pypdfium2.PdfDocument(path), pypdfium2.PdfDocument.new()
    for _ in range(n):
        out.import_pages(src)
    out.save(dest)


def test_document_view_asks_for_the_first_page_only(tmp_path):
    """The view of a 12-page order: only page 1's image is loaded with the page (the
    others lazily, with a page-sized placeholder); what a browser fetches at once
    renders page 1 and, in the background, page 2 - not the twelve."""
    import re

    from pipeline.analyst.workbench.app import create_app
    from pipeline.analyst.workbench.edits import Workspace
    from pipeline.run.batch import RunOptions, ingest
    from tests.test_workbench import HOST, ROOT

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    _long_copy(ROOT / "tests" / "data" / "pdf" / "narrow_columns.pdf", N_PAGES, raw / "long.pdf")
    ingest([raw / "long.pdf"], RunOptions(raw=raw, out=out, workers=1, quiet=True))
    c = create_app(Workspace(raw=raw, out=out, overrides=raw / "overrides.yaml")).test_client()
    doc_id = re.search(r"/doc/([0-9a-f]{64})", c.get("/", base_url=HOST).get_data(as_text=True)).group(1)
    html = c.get(f"/doc/{doc_id}", base_url=HOST).get_data(as_text=True)
    imgs = re.findall(r"<img [^>]*>", html)
    assert len(imgs) == N_PAGES
    eager = [i for i in imgs if 'loading="lazy"' not in i]
    assert len(eager) == 1 and f"/doc/{doc_id}/page/1.png" in eager[0]
    assert all(re.search(r'width="\d+" height="\d+"', i) for i in imgs[1:])     # placeholders
    assert c.get(f"/doc/{doc_id}/page/1.png", base_url=HOST).data.startswith(b"\x89PNG")
    pages.settle()
    assert {p.name for p in (out / ".workbench" / "pages" / doc_id).iterdir()} == {"1.png", "2.png"}


def test_multi_page_image_keeps_every_frame_it_decoded(tmp_path):
    """A TIFF's frames are decoded together: asking for one keeps all, each its own."""
    from PIL import Image

    raw = tmp_path / "raw"
    raw.mkdir()
    frames = [Image.new("L", (200 + 10 * k, 300), 255) for k in range(3)]
    frames[0].save(raw / "scan.tiff", save_all=True, append_images=frames[1:])
    doc = {"doc_id": "cd" * 32, "format": "image", "pages": 3, "source_path": "scan.tiff"}
    second = pages.page_image(tmp_path / "out", raw, doc, 2)
    assert _width(second) == 210
    assert _rendered(tmp_path / "out", doc) == {"1.png", "2.png", "3.png"}
    assert _width(pages.page_image(tmp_path / "out", raw, doc, 3)) == 220
