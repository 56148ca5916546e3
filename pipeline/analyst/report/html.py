"""The report page: sections of text, plotly figures and sortable tables, all in one file.

plotly.js is inlined once in <head>; the page loads nothing from anywhere.
A first inline script records script errors (window.onerror, console.error)
into #report-errors, shown as a red banner and read by the browser test, and
marks how many plots were drawn (<body data-plots-drawn>).
"""
from __future__ import annotations

import datetime as dt
import html
import json
import math
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .wording import header, words

_DATE = re.compile(r"\d{4}-\d\d-\d\d")
GENERATOR = "touchpoints-report"          # <meta name="generator">: how we know a file is our report

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;margin:0;color:#222;
     background:#fafafa}
header{background:#1f4e9c;color:#fff;padding:18px 28px}header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;opacity:.9}nav{padding:8px 28px;background:#e8eef8;position:sticky;top:0;z-index:5}
nav a{margin-right:14px;color:#1f4e9c;text-decoration:none;font-weight:600}
main{padding:8px 28px 40px;max-width:1400px}section{background:#fff;border:1px solid #e3e3e3;border-radius:6px;
     padding:12px 18px;margin:16px 0}h2{margin:4px 0 6px;font-size:18px}h3{font-size:15px;margin:16px 0 6px}
.note{color:#555;margin:0 0 8px}.empty{color:#777;font-style:italic}
.kpis{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0}.kpi{background:#f2f5fb;border-radius:6px;padding:8px 14px}
.kpi b{display:block;font-size:20px;color:#1f4e9c}
table.sortable{border-collapse:collapse;margin:6px 0 10px;font-size:13px;width:100%}
table.sortable th,table.sortable td{border-bottom:1px solid #e6e6e6;padding:4px 8px;text-align:left;vertical-align:top}
table.sortable th{background:#f2f5fb;cursor:pointer;user-select:none;position:sticky;top:36px}
table.sortable td,table.sortable th{overflow-wrap:anywhere}
table.sortable th[aria-sort=ascending]::after{content:" ▲"}table.sortable th[aria-sort=descending]::after{content:" ▼"}
.scroll table.sortable th{top:0}td.date{white-space:nowrap}td.num{text-align:right;font-variant-numeric:tabular-nums}tr.flag td{background:#fff1f0}
.scroll{max-height:520px;overflow:auto}#report-errors{background:#d62728;color:#fff;padding:10px 28px;white-space:pre-wrap}
td[title]{text-decoration:underline dotted #999}.fig{max-width:1000px}
@page{size:A4 landscape;margin:10mm}
@media print{
 body{background:#fff;font-size:11px}header{background:none;color:#000;padding:0 0 6px}nav,#report-errors{display:none}
 main{padding:0;max-width:none}section{border:0;padding:0;margin:0;break-before:page}
 section:first-of-type{break-before:auto}h2,h3{break-after:avoid}.fig{break-inside:avoid}
 .modebar-container,.modebar{display:none!important}
 .scroll{max-height:none;overflow:visible}table.sortable{font-size:10px}
 table.sortable th{position:static;white-space:normal}thead{display:table-header-group}tr{break-inside:avoid}
}
"""
# .fig's max-width is below A4 landscape's printable width (277 mm ≈ 1047 CSS px): a plot
# laid out on screen fits the printed page as it is, with no resize to squash it.

# Runs first: records errors before any other script can fail.
_GUARD_JS = """
window.__reportErrors=[];
window.addEventListener('error',function(e){window.__reportErrors.push('error: '+(e.message||e));});
window.addEventListener('unhandledrejection',function(e){window.__reportErrors.push('rejection: '+e.reason);});
(function(){var ce=console.error;console.error=function(){
  window.__reportErrors.push('console.error: '+Array.prototype.join.call(arguments,' '));
  return ce.apply(console,arguments);};})();
"""

# Runs last: sortable tables, then (after the plots have drawn) the checks' results into the DOM.
_PAGE_JS = """
(function(){
function key(td){var v=td.getAttribute('data-sort');if(v===null)v=td.textContent;
  var n=parseFloat(v);return (v!==''&&!isNaN(n)&&isFinite(v))?n:v.toLowerCase();}
document.querySelectorAll('table.sortable').forEach(function(t){
  t.querySelectorAll('th').forEach(function(th,i){th.addEventListener('click',function(){
    var asc=th.getAttribute('aria-sort')!=='ascending';
    t.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort');});
    th.setAttribute('aria-sort',asc?'ascending':'descending');
    var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){var x=key(a.cells[i]),y=key(b.cells[i]);
      if(typeof x!==typeof y){x=String(x);y=String(y);}return (x<y?-1:x>y?1:0)*(asc?1:-1);});
    rows.forEach(function(r){body.appendChild(r);});});});});
function report(){
  var plots=document.querySelectorAll('.js-plotly-plot'),drawn=0;
  plots.forEach(function(p){if(p.querySelector('svg.main-svg'))drawn++;});
  document.body.setAttribute('data-plots',plots.length);document.body.setAttribute('data-plots-drawn',drawn);
  var box=document.getElementById('report-errors'),errs=window.__reportErrors;
  box.setAttribute('data-count',errs.length);
  if(errs.length){box.textContent=__SCRIPT_ERRORS__+'\\n'+errs.join('\\n');box.hidden=false;}
}
window.addEventListener('load',function(){setTimeout(report,200);});
window.addEventListener('beforeprint',function(){
  document.querySelectorAll('.js-plotly-plot').forEach(function(p){Plotly.Plots.resize(p);});});
})();
"""


@dataclass
class Section:
    id: str
    title: str
    note: str = ""
    parts: list[str] = field(default_factory=list)

    def add(self, *parts: str) -> Section:
        self.parts.extend(parts)
        return self


def esc(v) -> str:
    return html.escape(str(v), quote=True)


def text(s: str, cls: str = "note") -> str:
    return f'<p class="{cls}">{s}</p>'


def empty(what: str) -> str:
    return f'<p class="empty">{esc(what)}</p>'


def kpis(items: list[tuple[str, object]]) -> str:
    return '<div class="kpis">' + "".join(f'<div class="kpi"><b>{esc(v)}</b>{esc(k)}</div>' for k, v in items) + "</div>"


def figure(fig, div_id: str) -> str:
    html_ = fig.to_html(full_html=False, include_plotlyjs=False, div_id=div_id,
                        config={"displaylogo": False, "responsive": True, "locale": "ru"})
    return f'<div class="fig">{_UNICODE_ESCAPE.sub(_unescaped, html_)}</div>'


# plotly writes its JSON ASCII-only: «М» becomes the six bytes \u041c, tripling the
# Russian text of the figures. Written back as UTF-8 (an escaped backslash stays as it is;
# U+2028/2029 and surrogates stay escaped: they are not plain characters in a script).
_UNICODE_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\u([0-9a-fA-F]{4})")


def _unescaped(m: re.Match) -> str:
    code = int(m.group(2), 16)
    if code < 0xA0 or 0xD800 <= code <= 0xDFFF or code in (0x2028, 0x2029):
        return m.group(0)
    return m.group(1) + chr(code)


def locale_js() -> str:
    """plotly.js has no Russian bundled offline: its locale (month and day names, decimal
    comma, the toolbar's tooltips) registered from words_ru.yaml before any plot is drawn."""
    ws = words()
    fmt = {"months": ws["months"], "shortMonths": ws["short_months"], "days": ws["days"],
           "shortDays": ws["short_days"], "date": "%d.%m.%Y", "decimal": ",", "thousands": "\u00a0"}
    spec = {"moduleType": "locale", "name": "ru", "dictionary": ws["toolbar"], "format": fmt}
    return f"Plotly.register({json.dumps(spec, ensure_ascii=False)});Plotly.setPlotConfig({{locale:'ru'}});"


def _cell(v) -> tuple[str, str | None, bool]:
    """(shown text, sort key, numeric) of one value."""
    if isinstance(v, (list, tuple, np.ndarray)):
        return ", ".join(map(str, v)), None, False
    if v is None or v is pd.NaT or (isinstance(v, (float, np.floating)) and math.isnan(v)):
        return "", "", False
    if isinstance(v, (bool, np.bool_)):
        return words()["bool_yes" if v else "bool_no"], None, False
    if isinstance(v, (pd.Timestamp, dt.date)):
        return f"{v:%d.%m.%Y}", f"{v:%Y-%m-%d}", False
    if isinstance(v, (float, np.floating)):
        return f"{v:g}", repr(float(v)), True
    if isinstance(v, (int, np.integer)):
        return str(v), str(v), True
    return str(v), None, False


def table(df: pd.DataFrame, flag: pd.Series | None = None, scroll: bool = True,
          headers: dict[str, str] | None = None, percent: tuple[str, ...] = (),
          titles: dict[str, list] | None = None) -> str:
    """A sortable HTML table (click a header); rows where `flag` is true are tinted.
    Headers are columns_ru.yaml's (or `headers`); `titles` gives cells a tooltip
    (the code behind a label)."""
    if df is None or df.empty:
        return empty(words()["no_rows"])
    headers, titles = headers or {}, titles or {}
    head = "".join(f"<th>{esc(headers[c] if c in headers else header(c))}</th>" for c in df.columns)
    rows = []
    flags = list(flag) if flag is not None else [False] * len(df)
    for i, (values, fl) in enumerate(zip(df.itertuples(index=False), flags)):
        cells = []
        for col, v in zip(df.columns, values):
            tip = titles[col][i] if col in titles else None
            shown, key, num = _cell(v)
            if col in percent and num:
                shown = f"{float(v):.0%}"
            cls = "num" if num else "date" if key and _DATE.fullmatch(key) else ""
            attrs = (f' class="{cls}"' if cls else "") + (f' data-sort="{esc(key)}"' if key is not None else "")
            attrs += f' title="{esc(tip)}"' if tip else ""
            cells.append(f"<td{attrs}>{esc(shown)}</td>")
        rows.append(f'<tr{" class=flag" if fl else ""}>{"".join(cells)}</tr>')
    body = f'<table class="sortable"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    return f'<div class="scroll">{body}</div>' if scroll and len(df) > 15 else body


def page(title: str, subtitle: str, sections: list[Section], plotly_js: str) -> str:
    nav = "".join(f'<a href="#{s.id}">{esc(s.title)}</a>' for s in sections)
    body = "".join(
        f'<section id="{s.id}"><h2>{esc(s.title)}</h2>{text(s.note) if s.note else ""}{"".join(s.parts)}</section>'
        for s in sections)
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<meta name="generator" content="{GENERATOR}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<script>{_GUARD_JS}</script>
<style>{_CSS}</style>
<script>{plotly_js}</script>
<script>{locale_js()}</script>
</head><body>
<div id="report-errors" hidden></div>
<header><h1>{esc(title)}</h1><p>{subtitle}</p></header>
<nav>{nav}</nav>
<main>{body}</main>
<script>{_PAGE_JS.replace("__SCRIPT_ERRORS__", json.dumps(words()["script_errors"]))}</script>
</body></html>
"""
