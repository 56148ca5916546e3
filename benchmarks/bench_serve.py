"""The workbench's speed on the seeds' dataset, through real HTTP on 127.0.0.1.

    python benchmarks/bench_serve.py [--views 1000]

A dataset is ingested from copies of the seeds in raw/ plus one text PDF
(tests/data/pdf/narrow_columns.pdf, so that a page image is rendered) and two long
documents generated from it: a 40-page text PDF (its page 40 times) and a 10-page
scan (the page rasterised at 200 dpi, numbered, ten times, as image-only PDF); then
the server (`touchpoints serve`'s application) runs in a thread of this process and
this script is its browser, fetching what a browser fetches at once (the page and
its images not marked lazy). Prints:

* page open time of each document, first and again (cached page image);
* for the long documents: the first view (page 1), the later views (cached), the
  first view of a page further on, and how many pages the first view rendered;
* correction-to-visible time: POST a channel correction (overrides file written,
  the document ingested again) until the document's page shows the new code;
* the server process's resident memory before and after `--views` page views.
"""
from __future__ import annotations

import argparse
import http.cookiejar
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _corpus import ROOT, SEEDS  # noqa: E402

PDF = ROOT / "tests" / "data" / "pdf" / "narrow_columns.pdf"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Client:
    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.csrf = ""

    def get(self, path: str) -> str:
        with self.opener.open(self.base + path, timeout=300) as r:
            body = r.read()
        text = body.decode("utf-8", "replace") if r.headers.get_content_type() == "text/html" else ""
        m = re.search(r'data-csrf="([^"]+)"', text)
        self.csrf = m.group(1) if m else self.csrf
        return text

    def post(self, path: str, form: dict) -> str:
        data = urllib.parse.urlencode(dict(form, csrf=self.csrf)).encode()
        req = urllib.request.Request(self.base + path, data=data, headers={"Origin": self.base})
        with self.opener.open(req, timeout=300) as r:
            return r.read().decode("utf-8", "replace")


def timed(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def open_page(c: Client, doc_id: str) -> None:
    """The document's view as a browser first shows it: the page and its eager images."""
    html = c.get(f"/doc/{doc_id}")
    for img in re.findall(r"<img [^>]*>", html):
        src = re.search(r'src="([^"]+\.png)"', img)
        if src and 'loading="lazy"' not in img:
            c.get(src.group(1))


def long_pdfs(raw: Path) -> dict[str, Path]:
    """A 40-page text PDF and a 10-page scan, both made from PDF's one page."""
    import io

    import pypdfium2
    from PIL import Image, ImageDraw

    src = pypdfium2.PdfDocument(PDF)
    text = pypdfium2.PdfDocument.new()
    for _ in range(40):
        text.import_pages(src)
    text.save(raw / "long_text_40.pdf")
    base = src[0].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
    scans = []
    for k in range(1, 11):                    # numbered, so that no two pages are the same image
        page = base.copy()
        ImageDraw.Draw(page).text((page.width // 2, page.height - 60), f"- {k} -", fill=0)
        scans.append(page)
    buf = io.BytesIO()
    scans[0].save(buf, "PDF", resolution=200, save_all=True, append_images=scans[1:])
    (raw / "long_scan_10.pdf").write_bytes(buf.getvalue())
    return {"40-page text PDF": raw / "long_text_40.pdf", "10-page scan": raw / "long_scan_10.pdf"}


def long_documents(c: Client, out: Path, longs: dict[str, Path]) -> None:
    import pandas as pd

    from pipeline.analyst.workbench import pages

    docs = pd.read_parquet(out / "documents")
    for label, path in longs.items():
        doc = docs[docs.source_path == path.name].iloc[0]
        n = int(doc.pages)
        first = timed(open_page, c, doc.doc_id)
        pages.settle()
        rendered = len(list((out / ".workbench" / "pages" / doc.doc_id).glob("*.png")))
        again = statistics.median(timed(open_page, c, doc.doc_id) for _ in range(5))
        later = timed(c.get, f"/doc/{doc.doc_id}/page/{n // 2 + 1}.png")
        print(f"{label} ({doc.format}, {n} pages): first view {first * 1000:.0f} ms, "
              f"later views {again * 1000:.0f} ms (median of 5), first view of page {n // 2 + 1} "
              f"{later * 1000:.0f} ms; pages rendered by the first view: {rendered} "
              f"(page 1 and, in the background, page 2)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--views", type=int, default=1000, help="page views for the memory figure")
    args = ap.parse_args()
    from werkzeug.serving import make_server

    from pipeline.run.batch import RunOptions, ingest
    from pipeline.analyst.workbench.app import create_app
    from pipeline.analyst.workbench.edits import Workspace

    tmp = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    try:
        raw, out = tmp / "raw", tmp / "out"
        raw.mkdir()
        for p in sorted(SEEDS) + [PDF]:
            shutil.copy(p, raw / p.name)
        longs = long_pdfs(raw)
        ingest(sorted(raw.iterdir()), RunOptions(raw=raw, out=out, workers=1, quiet=True))
        ws = Workspace(raw=raw, out=out, overrides=raw / "overrides.yaml")
        server = make_server("127.0.0.1", 0, create_app(ws), threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        c = Client(f"http://127.0.0.1:{server.server_port}")
        long_documents(c, out, longs)
        ids = list(dict.fromkeys(re.findall(r"/doc/([0-9a-f]{64})", c.get("/"))))
        print(f"{len(ids)} documents served from {out}")
        firsts = {d: timed(open_page, c, d) for d in ids}
        agains = {d: statistics.median(timed(open_page, c, d) for _ in range(5)) for d in ids}
        for d in ids:
            print(f"  open {d[:8]}: first {firsts[d] * 1000:7.1f} ms, cached {agains[d] * 1000:7.1f} ms")
        print(f"page open: first median {statistics.median(firsts.values()) * 1000:.1f} ms "
              f"(max {max(firsts.values()) * 1000:.1f}), cached median {statistics.median(agains.values()) * 1000:.1f} ms")
        correction(c, ws, out)
        memory(c, ids, args.views)
        server.shutdown()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def correction(c: Client, ws, out: Path) -> None:
    import pandas as pd

    tp = pd.read_parquet(out / "touchpoints")
    row = tp.sort_values(["doc_id", "row_id"]).iloc[0]
    times = []
    for code in ("mfc", "email", "mfc"):
        t0 = time.perf_counter()
        c.post(f"/doc/{row.doc_id}/code", {"field": "channel", "phrase": row.touchpoint_raw, "code": code,
                                          "row": int(row.row_id)})
        html = c.get(f"/doc/{row.doc_id}")
        times.append(time.perf_counter() - t0)
        cell = re.search(rf'data-n="{int(row.row_id)}".*?<td class="channel[^"]*"[^>]*>([^<]*)<', html, re.S)
        assert cell and cell.group(1) == code, "the correction is not visible"
    print(f"correction to visible: {', '.join(f'{t * 1000:.0f} ms' for t in times)} "
          f"(channel of one touchpoint; the document ingested again each time)")


def memory(c: Client, ids: list[str], views: int) -> None:
    pages = ["/", "/review"] + [f"/doc/{d}" for d in ids]
    for p in pages:
        c.get(p)                                   # warm: models, templates
    before = rss_mb()
    t0 = time.perf_counter()
    for i in range(views):
        c.get(pages[i % len(pages)])
    took = time.perf_counter() - t0
    after = rss_mb()
    print(f"memory: {before:.0f} MB before, {after:.0f} MB after {views} page views "
          f"({after - before:+.1f} MB; {took / views * 1000:.1f} ms a view)")


if __name__ == "__main__":
    main()
