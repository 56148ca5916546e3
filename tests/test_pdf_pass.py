"""The text-PDF reader's one pass over a page: the page's parsed objects are released
once its words, grids and rules are taken, and the collector pause is undone."""
from __future__ import annotations

import gc
import threading
from pathlib import Path

import pdfplumber

from parsers.formats import pdf_pass

PDF = Path(__file__).resolve().parent / "data" / "pdf" / "narrow_columns.pdf"


def test_one_pass_takes_words_grids_rules_and_releases_the_page():
    with pdfplumber.open(PDF) as pdf:
        page = pdf.pages[0]
        parsed = pdf_pass.parse_page(page, 1)
        assert not hasattr(page, "_objects") and not hasattr(page, "_layout")   # flushed
    assert parsed.has_text and parsed.words and parsed.tables
    assert all({"text", "x0", "x1", "top", "bottom", "size", "bold", "space_after"} <= set(w) for w in parsed.words)
    t = parsed.tables[0]
    assert len(t.grid) >= 2 and all(c.text == "" for row in t.grid for c in row)   # grids, not text yet
    assert any(x1 - x0 > 100 for x0, x1, _ in parsed.rules)                        # the table's rules


def test_collector_pause_nests_across_threads_and_keeps_a_disabled_collector_off():
    assert gc.isenabled()
    inside = threading.Event()
    leave = threading.Event()

    def other():
        with pdf_pass._collector_paused():
            inside.set()
            leave.wait(5)

    t = threading.Thread(target=other)
    with pdf_pass._collector_paused():
        t.start()
        inside.wait(5)
    assert not gc.isenabled()                 # the other thread is still inside
    leave.set()
    t.join(5)
    assert gc.isenabled()
    gc.disable()
    try:
        with pdf_pass._collector_paused():
            pass
        assert not gc.isenabled()             # it was off before: it stays off
    finally:
        gc.enable()


def test_collector_back_on_when_a_page_fails():
    class Broken:                  # a page whose size reads but whose content stream does not
        width, height, rotation, chars = 595.0, 842.0, 0, []
        _objects: dict = {}        # as pdfplumber caches them: pdf_objects.prime leaves them be

        def extract_words(self, **kw):
            raise ValueError("damaged content stream")

        def close(self):
            self.closed = True

    page = Broken()
    try:
        pdf_pass.parse_page(page, 1)
    except ValueError:
        pass
    assert page.closed and gc.isenabled()
