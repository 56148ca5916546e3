"""A long PDF in a real browser (Debian's chromium over the DevTools pipe): opening it
loads and renders the first pages only, not all twelve; choosing a row on the last
page loads that page and outlines the row's box on it."""
from __future__ import annotations

import json
import threading

import pytest

from tests.browser import Browser, chromium
from tests.test_workbench_pages import N_PAGES, _long_copy

pytestmark = pytest.mark.skipif(chromium() is None,
                                reason="chromium is not installed (./setup.sh installs Debian's chromium)")


@pytest.fixture
def served_long(tmp_path):
    from werkzeug.serving import make_server

    from pipeline.analyst.workbench.app import create_app
    from pipeline.analyst.workbench.edits import Workspace
    from pipeline.run.batch import RunOptions, ingest
    from tests.test_workbench import ROOT

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    _long_copy(ROOT / "tests" / "data" / "pdf" / "narrow_columns.pdf", N_PAGES, raw / "long.pdf")
    ingest([raw / "long.pdf"], RunOptions(raw=raw, out=out, workers=1, quiet=True))
    server = make_server("127.0.0.1", 0, create_app(Workspace(raw=raw, out=out, overrides=raw / "o.yaml")),
                         threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield out, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_long_pdf_loads_its_first_pages_and_a_chosen_row_s_page(served_long):
    out, base = served_long
    with Browser() as b:
        b.open(base + "/")
        b.navigated("document.querySelector('a[href^=\"/doc/\"]').click()")
        doc_id = b.eval("location.pathname.split('/')[2]")
        b.wait_for("(() => { const i = document.querySelector('.page img'); return i.complete && i.naturalWidth > 0; })()")
        b.eval("new Promise(r => setTimeout(r, 1000))")               # time for any lazy image to start
        loaded = b.eval("[...document.querySelectorAll('.page img')].filter(i => i.naturalWidth > 0).length")
        rendered = {p.name for p in (out / ".workbench" / "pages" / doc_id).glob("*.png")}
        assert b.eval("document.querySelectorAll('.page img').length") == N_PAGES
        assert 1 <= loaded <= 3 and len(rendered) <= 4, (loaded, rendered)
        assert f"{N_PAGES}.png" not in rendered

        # the last touchpoint lies on a later page: choosing it loads that page and boxes the row
        where = json.loads(b.eval("[...document.querySelectorAll('tr.row[data-table=touchpoints]')].pop().dataset.where"))
        assert where["page"] > 3, where
        b.eval("[...document.querySelectorAll('tr.row[data-table=touchpoints]')].pop().click()")
        box = b.wait_for(f"(() => {{ const p = document.querySelector('.page[data-page=\"{where['page']}\"]');"
                         " const x = p.querySelector('.box:not([hidden])'), i = p.querySelector('img');"
                         " if (!x || !i.naturalWidth) return null; const r = x.getBoundingClientRect(),"
                         " q = p.getBoundingClientRect(); return {w: r.width, h: r.height, pw: q.width, ph: q.height,"
                         " natural: i.naturalWidth, shown: i.clientWidth}; })()")
        assert 5 < box["w"] <= box["pw"] + 1 and 5 < box["h"] < box["ph"], box
        assert box["shown"] <= box["natural"] + 1               # its own size, not the placeholder's
        assert f"{where['page']}.png" in {p.name for p in (out / ".workbench" / "pages" / doc_id).glob("*.png")}
        assert b.errors == []
