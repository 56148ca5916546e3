"""Plotly figures of the report's views (one function per plot, frames from data.py in)."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from . import data

_FONT = dict(family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif", size=12)
MAX_CELL_TEXT = 2000
_HEAT = [[0, "#f4f6fb"], [0.001, "#dbe6f6"], [1, "#1f4e9c"]]      # 0 stays pale: absent ≠ few


def _layout(fig: go.Figure, title: str, height: int, left: int = 10) -> go.Figure:
    fig.update_layout(title=dict(text=title, x=0, xanchor="left"), height=height, font=_FONT,
                      margin=dict(l=left, r=20, t=50, b=10), plot_bgcolor="white",
                      paper_bgcolor="white", hoverlabel=dict(namelength=-1))
    fig.update_yaxes(automargin=True)
    fig.update_xaxes(automargin=True)
    return fig


def _esc(text) -> str:
    """Document text as plotly shows it literally: plotly reads `<a href>`, `<br>` and
    entities in labels, so a file named `<a href="…">` would become a live link."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _short(text: str, n: int = 48) -> str:
    return _esc(text if len(text) <= n else text[: n - 1] + "…")


def _wrap(text: str, width: int = 28, lines: int = 4) -> str:
    """Words wrapped into at most `lines` lines of about `width` characters, joined by <br>."""
    out, cur = [], ""
    for w in _esc(text).split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    out.append(cur)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = (out[-1] + " …")[:width]
    return "<br>".join(out)


def _cell_text(matrix: pd.DataFrame) -> str | None:
    """Numbers in the cells up to MAX_CELL_TEXT cells; past that the colour and the hover
    say it: thousands of SVG text nodes cost the browser seconds and cannot be read."""
    return "%{z}" if matrix.size <= MAX_CELL_TEXT else None


def heatmap(matrix: pd.DataFrame, taxonomy: str, title: str, what: str) -> go.Figure:
    """Rows (bodies or codes) × columns (codes or procedures) of counts, codes shown by label."""
    labels = data.label_of(taxonomy)
    x = [_short(labels.get(c, c), 32) for c in matrix.columns]
    y = [_short(str(b), 60) for b in matrix.index]
    # hover and cell text come from x, y and z (a template), not one string per cell: the
    # page grows with rows + columns, not rows × columns
    fig = go.Figure(go.Heatmap(z=matrix.to_numpy(), x=x, y=y, colorscale=_HEAT, texttemplate=_cell_text(matrix),
                               hovertemplate=f"%{{y}}<br>%{{x}}<br>{what}: %{{z}}<extra></extra>",
                               xgap=2, ygap=2, colorbar=dict(title=what)))
    fig.update_xaxes(tickangle=-40, side="bottom")
    fig.update_yaxes(autorange="reversed")
    return _layout(fig, title, height=220 + 34 * len(y) + 6 * max(len(s) for s in x))


def share_bars(share: pd.DataFrame, by: str, title: str) -> go.Figure:
    s = share.dropna(subset=["digital_share"])
    y = [_short(str(v), 60) for v in s[by]]
    hover = [f"{_esc(k)}<br>digital {d} of {d + o} typed touchpoints ({p:.0%})"
             for k, d, o, p in zip(s[by], s.digital, s.offline, s.digital_share)]
    fig = go.Figure(go.Bar(x=s.digital_share, y=y, orientation="h", marker_color="#1f77b4",
                           text=[f"{p:.0%}" for p in s.digital_share], textposition="auto",
                           hovertext=hover, hoverinfo="text"))
    fig.update_xaxes(range=[0, 1], tickformat=".0%", title="share of digital touchpoints", gridcolor="#eee")
    fig.update_yaxes(autorange="reversed")
    return _layout(fig, title, height=140 + 40 * len(y))


def conflict_bars(conflicts: pd.DataFrame) -> go.Figure:
    labels = data.label_of("channel")
    counts = (conflicts.groupby(["channel", "point_type", "point_type_expected"]).size()
              .rename("n").reset_index().sort_values("n", ascending=False))
    fig = go.Figure()
    for stated, part in counts.groupby("point_type"):
        fig.add_trace(go.Bar(
            name=f"stated {stated}", x=[labels.get(c, c) for c in part.channel], y=part.n,
            hovertext=[f"{labels.get(c, c)} ({c}): stated {stated}, expected {e}: {n} touchpoints"
                       for c, e, n in zip(part.channel, part.point_type_expected, part.n)], hoverinfo="text"))
    fig.update_layout(barmode="stack", legend=dict(orientation="h", y=1.02, x=1, xanchor="right", yanchor="bottom"))
    fig.update_yaxes(title="touchpoints", gridcolor="#eee")
    return _layout(fig, "Stated point type ≠ the channel's expected type", height=380)


def roadmap_timeline(points: pd.DataFrame, as_of: dt.date) -> go.Figure:
    """One row per milestone (template order); per body, its earliest to latest deadline of
    that milestone as one segment (data.timeline): as many points as bodies × milestones,
    not one marker per roadmap item, and two traces (some items overdue or none), not one
    per body: the page's size and drawing time do not grow with the documents."""
    labels = data.label_of("milestone")
    template = data.milestone_template()
    order = [m for m in data.milestone_order() if m in set(points.milestone)]
    order += sorted(set(points.milestone) - set(order))
    row = {m: i for i, m in enumerate(order)}
    fig = go.Figure()
    for late, name, colour in ((False, "no item overdue", "#1f77b4"), (True, "some items overdue", "#d62728")):
        part = points[(points.overdue > 0) == late]
        x, y, hover = [], [], []
        for b, m, e, lt, n, k in zip(part.body, part.milestone, part.earliest, part.latest, part["items"],
                                     part.overdue):
            first, last = f"{e:%Y-%m-%d}", f"{lt:%Y-%m-%d}"       # the row's tick names the milestone
            tip = f"{_esc(b)}<br>{n} item(s), {k} overdue<br>{first}" + (f" – {last}" if last != first else "")
            x += [first, last, None]
            y += [row[m], row[m], None]
            hover += [tip, tip, None]
        fig.add_trace(go.Scatter(x=x, y=y, mode="lines+markers", name=name, hovertext=hover, hoverinfo="text",
                                 line=dict(width=3, color=colour), opacity=0.6,
                                 marker=dict(size=8, color=colour, line=dict(width=1, color="white"))))
    day = pd.Timestamp(as_of)
    fig.add_shape(type="line", x0=day, x1=day, y0=0, y1=1, yref="paper", line=dict(color="#d62728", dash="dash"))
    fig.add_annotation(x=day, y=1, yref="paper", text=f"as of {as_of:%Y-%m-%d}", showarrow=False,
                       font=dict(color="#d62728"), xanchor="left", yanchor="bottom")
    fig.update_yaxes(tickvals=list(range(len(order))), autorange="reversed", gridcolor="#eee",
                     ticktext=[f"{template.get(m, '')} {_short(labels.get(m, m), 50)}".strip() for m in order])
    fig.update_xaxes(type="date", gridcolor="#eee")
    fig.update_layout(legend=dict(orientation="h", y=-0.08, yanchor="top"))
    return _layout(fig, "Roadmap deadlines per milestone: each body's earliest to latest (federal template order)",
                   height=200 + 30 * len(order))


def status_bars(by_status: pd.DataFrame) -> go.Figure:
    colours = {"ok": "#2ca02c", "partial": "#ff7f0e", "failed": "#d62728"}
    fig = go.Figure()
    for status, part in by_status.groupby("status"):
        fig.add_trace(go.Bar(name=status, x=part.format, y=part.documents, marker_color=colours.get(status)))
    fig.update_layout(barmode="stack", legend=dict(orientation="h", y=1.02, x=1, xanchor="right", yanchor="bottom"))
    fig.update_yaxes(title="documents", gridcolor="#eee")
    fig.update_xaxes(title="format")
    return _layout(fig, "Documents by format and status", height=340)


def backlog_bars(backlog: pd.DataFrame) -> go.Figure:
    x = [f"{t}.{f}" for t, f in zip(backlog.table, backlog.field)]
    fig = go.Figure([go.Bar(name="phrases", x=x, y=backlog.phrases, marker_color="#9467bd"),
                     go.Bar(name="occurrences", x=x, y=backlog.occurrences, marker_color="#c5b0d5")])
    fig.update_layout(barmode="group", legend=dict(orientation="h", y=1.02, x=1, xanchor="right", yanchor="bottom"))
    fig.update_yaxes(gridcolor="#eee")
    return _layout(fig, "Review backlog: unsure phrases per field", height=340)


def procedures_heatmap(matrix: pd.DataFrame) -> go.Figure:
    """Codes (channels, then needs) × procedures: items of the procedure's lists with that code."""
    labels = {t: data.label_of(t) for t in ("channel", "needs")}
    y = [f"{'channel' if t == 'channel' else 'need'} · {_short(labels[t].get(c, c), 44)}" for t, c in matrix.index]
    x = [_wrap(str(c)) for c in matrix.columns]
    fig = go.Figure(go.Heatmap(z=matrix.to_numpy(), x=x, y=y, colorscale=_HEAT, texttemplate=_cell_text(matrix),
                               hovertemplate="%{x}<br>%{y}<br>items: %{z}<extra></extra>",
                               xgap=2, ygap=2, colorbar=dict(title="items")))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(side="bottom", tickangle=0)
    return _layout(fig, "Channels and needs each procedure recognises", height=260 + 22 * len(y))
