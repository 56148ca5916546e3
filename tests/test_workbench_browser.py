"""`touchpoints serve` in a real browser (Debian's chromium over the DevTools pipe):
upload an order, open it, select a row and see its box drawn on the page image,
correct a channel and an order number, and read both back from the Parquet and
from `touchpoints query`; no console errors; screenshots are not blank."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.browser import Browser, chromium
from tests.storeutil import SEED_TP, ingested

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "tests" / "data" / "pdf" / "narrow_columns.pdf"     # one page: touchpoints and roadmap rows

pytestmark = pytest.mark.skipif(chromium() is None,
                                reason="chromium is not installed (./setup.sh installs Debian's chromium)")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A dataset built from copies of two seeds, served on 127.0.0.1 (any free port)."""
    from werkzeug.serving import make_server

    from pipeline.analyst.workbench.app import create_app
    from pipeline.analyst.workbench.edits import Workspace

    raw, out = ingested(tmp_path_factory.mktemp("workbench"), (SEED_TP, "002_e5759b9d91e2d859.txt"))
    ws = Workspace(raw=raw, out=out, overrides=raw / "overrides.yaml")
    server = make_server("127.0.0.1", 0, create_app(ws), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield ws, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def _not_blank(png: bytes) -> None:
    from PIL import Image, ImageStat

    img = Image.open(io.BytesIO(png)).convert("L")
    assert img.size[0] > 800
    assert ImageStat.Stat(img).stddev[0] > 10, "a blank screenshot"


def test_upload_open_select_correct(served, tmp_path):
    ws, base = served
    with Browser() as b:
        b.open(base + "/")
        assert b.eval("document.querySelectorAll('#docs tbody tr').length") == 2
        _not_blank(b.screenshot())

        # upload the PDF: it lands in raw/ and the page opens on it
        b.set_file("#upload input[type=file]", str(PDF))
        b.navigated("document.querySelector('#upload').submit()")
        assert "/doc/" in b.eval("location.pathname"), b.eval("document.body.innerText")[:500]
        assert (ws.raw / PDF.name).read_bytes() == PDF.read_bytes()
        doc_id = b.eval("location.pathname.split('/')[2]")

        # the page image is there; choosing the first touchpoint outlines its box on it
        b.wait_for("(() => { const i = document.querySelector('.page img'); return i && i.complete && i.naturalWidth > 0; })()")
        b.eval("document.querySelector('tr.row[data-table=touchpoints]').click()")
        box = b.wait_for("(() => { const x = document.querySelector('.page .box:not([hidden])');"
                         " if (!x) return null; const r = x.getBoundingClientRect(),"
                         " p = x.parentElement.getBoundingClientRect();"
                         " return {w: r.width, h: r.height, left: r.left - p.left, top: r.top - p.top,"
                         " pw: p.width, ph: p.height}; })()")
        assert 5 < box["w"] < box["pw"] and 5 < box["h"] < box["ph"] / 2, box
        assert 0 <= box["left"] and box["left"] + box["w"] <= box["pw"] + 1, box
        _not_blank(b.screenshot())

        # the other way round: a click inside that box selects the row
        b.eval("document.querySelector('tr.row.selected').classList.remove('selected')")
        b.eval("(() => { const x = document.querySelector('.page .box:not([hidden])').getBoundingClientRect();"
               " const img = document.querySelector('.page img');"
               " img.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: x.left + x.width / 2,"
               " clientY: x.top + x.height / 2})); })()")
        assert b.wait_for("document.querySelector('tr.row.selected')?.dataset.n") == "1"

        # correct the row's channel, choosing a Russian label from the list
        b.wait_for("document.querySelector('#editor select[name=code]').options.length > 5")
        b.eval("(() => { const f = document.querySelector('#editor'); f.elements.field.value = 'channel';"
               " f.elements.code.value = 'mfc'; })()")
        assert "МФЦ" in b.eval("document.querySelector('#editor select[name=code]').selectedOptions[0].text") \
            or b.eval("document.querySelector('#editor select[name=code]').value") == "mfc"
        b.navigated("document.querySelector('#editor').requestSubmit()")
        assert "read again" in b.eval("document.querySelector('.flash').innerText")
        assert b.eval("document.querySelector('tr.row[data-table=touchpoints] td.channel').innerText") == "mfc"

        # correct the order number
        b.eval("document.querySelector('#fields input[name=order_number]').value = '77-ОД'")
        b.navigated("document.querySelector('#fields').requestSubmit()")
        assert b.eval("document.querySelector('#fields input[name=order_number]').value") == "77-ОД"
        assert b.eval("document.querySelectorAll('#corrections li').length") >= 2
        _not_blank(b.screenshot())
        assert b.errors == []

    import pandas as pd

    tp = pd.read_parquet(ws.out / "touchpoints")
    docs = pd.read_parquet(ws.out / "documents")
    assert tp[(tp.doc_id == doc_id) & (tp.row_id == 1)].channel.tolist() == ["mfc"]
    assert docs[docs.doc_id == doc_id].order_number.tolist() == ["77-ОД"]
    q = subprocess.run([sys.executable, "-m", "pipeline", "query", "--out", str(ws.out), "--json",
                        f"select d.order_number, t.channel from touchpoints t join documents d using (doc_id) "
                        f"where doc_id = '{doc_id}' and row_id = 1"],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert q.returncode == 0, q.stderr
    assert json.loads(q.stdout) == [{"order_number": "77-ОД", "channel": "mfc"}]
    assert "mfc" in (ws.raw / "overrides.yaml").read_text(encoding="utf-8")


def test_text_document_highlights_lines_and_review_queue(served):
    ws, base = served
    with Browser() as b:
        b.open(base + "/")
        b.navigated("[...document.querySelectorAll('#docs a')].find(a => a.textContent.startsWith('000_')).click()")
        b.eval("document.querySelectorAll('tr.row[data-table=touchpoints]')[3].click()")
        line = b.wait_for("document.querySelector('pre.text .line.hl')?.dataset.line")
        assert int(line) > 1
        text = b.eval("document.querySelector('pre.text .line.hl').innerText")
        cell = b.eval("document.querySelectorAll('tr.row[data-table=touchpoints]')[3].dataset.text")
        assert cell.split()[0] in text
        # mark it as not a touchpoint, then undo: the row goes and comes back
        n = b.eval("document.querySelectorAll('tr.row[data-table=touchpoints]').length")
        b.navigated("document.querySelector('#exclude').requestSubmit()")
        assert b.eval("document.querySelectorAll('tr.row[data-table=touchpoints]').length") == n - 1
        assert "not a row" in b.eval("document.querySelector('#corrections').innerText")
        b.navigated("document.querySelector('#corrections form').requestSubmit()")
        assert b.eval("document.querySelectorAll('tr.row[data-table=touchpoints]').length") == n
        assert "overrides.yaml" not in b.eval("document.body.innerText")
        b.navigated("location.href = '/review'")
        assert b.eval("document.querySelectorAll('form.cluster').length") >= 1
        b.wait_for("document.querySelector('form.cluster select').options.length > 3")
        _not_blank(b.screenshot())
        assert b.errors == []
