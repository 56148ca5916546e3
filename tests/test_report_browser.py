"""The report as a Russian reader sees it and prints it: Debian's chromium, driven over the
DevTools pipe (tests/browser.py), at 1024 px wide and printed to PDF.

Invariants, not one renderer's line breaks: every tick label lies inside its plot and
beside, not over, its neighbours; a label shortened with «…» has its full text in the
plot's hover; the printed pages hold every figure's title and no toolbar; headings,
column headers, titles, legends and month names are Russian.
"""
from __future__ import annotations

import base64
import html
import io
import re

import numpy as np
import pytest

from pipeline.analyst.report import build_report
from pipeline.analyst.report.wording import words
from tests.browser import Browser, chromium

pytestmark = pytest.mark.skipif(chromium() is None,
                                reason="chromium is not installed (./setup.sh installs Debian's chromium)")

WIDTH = 1024
A4_LANDSCAPE_PX = 277 / 25.4 * 96          # the printable width at 10 mm margins, in CSS px
A4_LANDSCAPE_HEIGHT_PX = 190 / 25.4 * 96   # and its height
CYRILLIC = re.compile("[А-Яа-яЁё]")
# The English report's own headings (before it spoke Russian): none may come back.
ENGLISH_HEADINGS = ["Client-centricity orders compared", "Overview", "Channels", "Needs coverage",
                    "Point type conflicts", "Roadmap", "Procedures side by side", "Data quality",
                    "Bodies with no feedback channel", "Most overdue items", "Review backlog",
                    "Most frequent unresolved phrases", "Files that are not orders", "Digital share per body",
                    "Channel mix", "Documents by format and status", "Overdue at"]
ENGLISH_MONTHS = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")


@pytest.fixture(scope="module")
def page(seeds_dataset, tmp_path_factory):
    dest = tmp_path_factory.mktemp("report-browser") / "report.html"
    build_report(seeds_dataset, dest, as_of=__import__("datetime").date(2024, 6, 1))
    with Browser(width=WIDTH, height=900, timeout=60) as b:
        b.call("Emulation.setDeviceMetricsOverride", session=True, width=WIDTH, height=900,
               deviceScaleFactor=1, mobile=False)
        b.open(dest.as_uri())
        b.wait_for("document.body.getAttribute('data-plots-drawn') !== null", timeout=60)
        yield b


def test_every_plot_draws_without_errors_and_the_screenshot_is_not_blank(page):
    from PIL import Image

    plots, drawn = page.eval("[+document.body.dataset.plots, +document.body.dataset.plotsDrawn]")
    assert plots >= 7 and drawn == plots
    assert page.eval("document.getElementById('report-errors').dataset.count") == "0" and page.errors == []
    shot = Image.open(io.BytesIO(page.screenshot())).convert("L")
    assert shot.size[0] == WIDTH
    assert np.asarray(shot, dtype=float).std() > 20          # not a blank page


# Every tick label, title and legend entry of every plot: its box, its axis, its text.
_TICKS_JS = """
(function(){var out=[];
document.querySelectorAll('.js-plotly-plot').forEach(function(p){
  var svg=p.querySelector('svg.main-svg').getBoundingClientRect();
  var box=function(e){var r=e.getBoundingClientRect();return [r.left,r.top,r.right,r.bottom];};
  p.querySelectorAll('g.xtick text, g.ytick text, g.gtitle text').forEach(function(t){
    var kind=t.closest('g.xtick')?'x':t.closest('g.ytick')?'y':'title';
    out.push({plot:p.id,kind:kind,text:t.textContent,box:box(t),svg:[svg.left,svg.top,svg.right,svg.bottom],
              page:document.documentElement.clientWidth});});});
return out;})()
"""


def _overlap(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(w, 0) * max(h, 0)


def test_no_tick_label_is_clipped_or_overlaps_another_at_1024(page):
    ticks = page.eval(_TICKS_JS)
    assert len(ticks) > 50
    for t in ticks:
        x0, y0, x1, y1 = t["box"]
        s = t["svg"]
        assert x1 - x0 > 0 and y1 - y0 > 0, t
        assert x0 >= s[0] - 1 and x1 <= s[2] + 1 and y0 >= s[1] - 1 and y1 <= s[3] + 1, f"cut by its plot: {t}"
        assert x1 <= t["page"] + 1, f"past the page's edge: {t}"
    for plot in {t["plot"] for t in ticks}:
        for kind in ("x", "y"):
            boxes = [t for t in ticks if t["plot"] == plot and t["kind"] == kind]
            for i, a in enumerate(boxes):
                for b in boxes[i + 1:]:
                    assert _overlap(a["box"], b["box"]) < 2, f"labels overlap: {a['text']!r} / {b['text']!r}"


def test_no_table_or_text_runs_past_its_section_at_1024(page):
    wide = page.eval("""Array.from(document.querySelectorAll('section')).filter(function(s){
        return s.scrollWidth > s.clientWidth + 1;}).map(function(s){return s.id;})""")
    assert wide == [] and page.eval("document.documentElement.scrollWidth") <= WIDTH


_HOVER_JS = """
(function(){var out={};document.querySelectorAll('.js-plotly-plot').forEach(function(p){
  var ax=[];['xaxis','yaxis'].forEach(function(k){var a=p.layout[k]||{};ax=ax.concat((a.tickvals||[]).map(String));});
  var hv=[];p.data.forEach(function(d){hv.push(d.hovertemplate||'');hv=hv.concat((d.hovertext||[]).map(String));
    if((d.hovertemplate||'').indexOf('%{fullData.name}')>=0)hv.push(d.name||'');});
  out[p.id]={categories:ax,hover:hv.join('\\n'),
             template:p.data.map(function(d){return d.hovertemplate||'';}).join(' ')};});
return out;})()
"""


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", html.unescape(re.sub(r"<br>", " ", s)))


def test_a_label_cut_with_an_ellipsis_has_its_full_text_in_the_hover(page):
    cut = [t for t in page.eval(_TICKS_JS) if t["kind"] in "xy" and "…" in t["text"]]
    assert cut, "the seeds' long body and channel names are shortened somewhere"
    plots = page.eval(_HOVER_JS)
    for t in cut:
        p = plots[t["plot"]]
        prefix = _squash(t["text"].split("…")[0])
        axis_var = "%{" + t["kind"] + "}"
        full_on_axis = any(_squash(c).startswith(prefix) and len(_squash(c)) > len(prefix)
                           for c in p["categories"]) and axis_var in p["template"]
        full_in_hover = any(prefix in _squash(h) and len(_squash(h)) > len(prefix) for h in p["hover"].split("\n"))
        assert full_on_axis or full_in_hover, f"{t['plot']}: {t['text']!r} has no full text in its hover"


def test_headings_titles_legends_and_months_are_russian(page):
    texts = page.eval("""Array.from(document.querySelectorAll(
        'h1,h2,h3,th,nav a,.kpi,g.gtitle text,g.g-xtitle text,g.g-ytitle text,g.legendtext,text.cbtitle,'
        + 'g.colorbar text.cbtitle')).map(function(e){return e.textContent;})""")
    assert len(texts) > 40
    for t in texts:
        assert CYRILLIC.search(t), f"not Russian: {t!r}"
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", t), f"a snake_case name shown: {t!r}"
    source = page.eval("document.documentElement.outerHTML")
    shown = page.eval("document.body.innerText")
    for english in ENGLISH_HEADINGS:
        assert english not in shown, english
    assert "lang=\"ru\"" in source
    months = page.eval("Array.from(document.querySelectorAll('#plot-roadmap g.xtick text'))"
                       ".map(function(e){return e.textContent;})")
    assert months and not any(ENGLISH_MONTHS.search(m) for m in months), months
    russian = set(words()["short_months"]) | set(words()["months"])
    assert any(any(m in tick for m in russian) for tick in months), months


def test_printed_pdf_is_a4_landscape_with_every_figure_title_and_no_toolbar(page, tmp_path):
    import pdfplumber

    titles = page.eval("Array.from(document.querySelectorAll('.js-plotly-plot'))"
                       ".map(function(p){return p.layout.title.text;})")
    sections = page.eval("Array.from(document.querySelectorAll('section h2')).map(function(h){return h.textContent;})")
    pdf = page.call("Page.printToPDF", session=True, printBackground=True, preferCSSPageSize=True)
    path = tmp_path / "report.pdf"
    path.write_bytes(base64.b64decode(pdf["data"]))
    with pdfplumber.open(path) as doc:
        sizes = {(round(p.width), round(p.height)) for p in doc.pages}
        text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in doc.pages))
        starts = [re.sub(r"\s+", " ", (p.extract_text() or "")[:200]) for p in doc.pages]
    assert sizes == {(842, 595)}                                  # A4 landscape, in points
    for title in titles + sections:
        assert html.unescape(title) in text, f"not printed: {title!r}"
    # a page break before every section: each section's heading is the first line of a page
    for h in sections[1:]:
        assert any(s.lstrip().startswith(h) for s in starts), f"{h!r} does not open a page"
    page.call("Emulation.setEmulatedMedia", session=True, media="print")
    try:
        shown = page.eval("Array.from(document.querySelectorAll('.modebar')).filter(function(m){"
                          "return m.getClientRects().length>0;}).length")
        widths = page.eval("Array.from(document.querySelectorAll('.js-plotly-plot')).map(function(p){"
                           "var r=p.getBoundingClientRect();return [r.width,r.height];})")
        timeline = page.eval("document.getElementById('plot-roadmap').getBoundingClientRect().height")
        cut_tables = page.eval("Array.from(document.querySelectorAll('.scroll')).filter(function(d){"
                               "return d.scrollHeight>d.clientHeight+1;}).length")
    finally:
        page.call("Emulation.setEmulatedMedia", session=True, media="")
    assert shown == 0, "the plot toolbar is printed"
    assert all(600 < w <= A4_LANDSCAPE_PX and h >= 150 for w, h in widths), widths   # no strip, fits the page
    assert timeline <= A4_LANDSCAPE_HEIGHT_PX                     # the template's milestones fit one page
    assert cut_tables == 0                                        # long tables print whole, not in a scroll box
