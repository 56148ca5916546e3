"""Plotly figures of the report's views (one function per plot, frames from data.py in).

Words come from words_ru.yaml (wording.w), codes are shown by their Russian labels.
A long label is shortened on its axis (tickvals = the full text, ticktext = the short
one), so the hover, which shows the category itself, always holds the full text and
the code; no tick is cut by the plot's edge at 1024 px (automargin) and column labels
stand upright, so they never overlap however many columns there are.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from . import data
from .wording import ru_date, w, words

_FONT = dict(family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif", size=12)
MAX_CELL_TEXT = 2000
_HEAT = [[0, "#f4f6fb"], [0.001, "#dbe6f6"], [1, "#1f4e9c"]]      # 0 stays pale: absent ≠ few
_COLUMN_LABEL = 30            # characters of an upright column label
_ROW_LABEL = 40               # characters per line of a row label (two lines at most)


def _layout(fig: go.Figure, title: str, height: int, left: int | None = None) -> go.Figure:
    margin = dict(l=10, r=20, t=50, b=10) | fig.layout.margin.to_plotly_json()
    fig.update_layout(title=dict(text=title, x=0, xanchor="left"), height=height, font=_FONT,
                      margin=margin | ({"l": left} if left else {}), plot_bgcolor="white",
                      paper_bgcolor="white", hoverlabel=dict(namelength=-1))
    fig.update_yaxes(automargin=True)
    fig.update_xaxes(automargin=True)
    return fig


def _room(ticks: list[str]) -> int:
    """Pixels the longest line of these tick labels takes (12 px font), plus a gap.
    Set as the margin before drawing: plotly's automargin then only checks it, where a
    margin too small makes it lay the plot out twice (half the drawing time of a
    340-body heatmap); automargin still widens a margin this estimate got wrong."""
    longest = max((len(line) for t in ticks for line in str(t).split("<br>")), default=0)
    return min(16 + 7 * longest, 420)


def _esc(text) -> str:
    """Document text as plotly shows it literally: plotly reads `<a href>`, `<br>` and
    entities in labels, so a file named `<a href="…">` would become a live link."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _short(text: str, n: int) -> str:
    text = str(text)
    return _esc(text if len(text) <= n else text[: n - 1].rstrip() + "…")


def _wrap(text: str, width: int = _ROW_LABEL, lines: int = 2) -> str:
    """Words wrapped into at most `lines` lines of about `width` characters, joined by
    <br>; a longer text ends in «…» (the full text is the hover's)."""
    out, cur = [], ""
    for word in str(text).split():
        if cur and len(cur) + 1 + len(word) > width:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    out.append(cur)
    if len(out) > lines or any(len(s) > width for s in out):
        out = out[:lines]
        out[-1] = out[-1][: width - 2].rstrip() + " …" if len(out[-1]) > width - 2 else out[-1] + " …"
    return "<br>".join(_esc(s) for s in out)


def _named(code: str, names: dict[str, str]) -> str:
    """A code's category on an axis: its label with the code, which the hover shows."""
    return _esc(f"{names.get(code, code)} ({code})")


def _grid(z, rows: list[str], columns: list[str], row_ticks: list[str], column_ticks: list[str],
          hover: str, what: str) -> go.Figure:
    """A heatmap: rows × upright-labelled columns, hover and cell text from a template (the
    page grows with rows + columns, not rows × columns)."""
    fig = go.Figure(go.Heatmap(z=z, x=columns, y=rows, colorscale=_HEAT,
                               texttemplate="%{z}" if len(rows) * len(columns) <= MAX_CELL_TEXT else None,
                               hovertemplate=hover + "<extra></extra>", xgap=2, ygap=2,
                               colorbar=dict(title=what)))
    fig.update_xaxes(tickangle=-90, side="bottom", tickvals=columns, ticktext=column_ticks)
    fig.update_yaxes(autorange="reversed", tickvals=rows, ticktext=row_ticks)
    fig.update_layout(margin=dict(l=_room(row_ticks), b=_room(column_ticks)))
    return fig


def heatmap(matrix: pd.DataFrame, taxonomy: str, title: str, what: str) -> go.Figure:
    """Bodies × codes of counts, codes shown by label."""
    names = data.label_of(taxonomy)
    columns = [_named(c, names) for c in matrix.columns]
    ticks = [_short(names.get(c, c), _COLUMN_LABEL) for c in matrix.columns]
    rows = [_esc(b) for b in matrix.index]
    fig = _grid(matrix.to_numpy(), rows, columns, [_wrap(b) for b in matrix.index], ticks,
                f"%{{y}}<br>%{{x}}<br>{_esc(what)}: %{{z}}", what)
    return _layout(fig, title, height=160 + 34 * len(rows) + 7 * max(len(t) for t in ticks))


def share_bars(share: pd.DataFrame, by: str, title: str) -> go.Figure:
    s = share.dropna(subset=["digital_share"])
    rows = [_esc(v) for v in s[by]]
    hover = [f"{_esc(k)}<br>" + w("figures.share_hover", digital=d, typed=d + o, share=f"{p:.0%}")
             for k, d, o, p in zip(s[by], s.digital, s.offline, s.digital_share)]
    fig = go.Figure(go.Bar(x=s.digital_share, y=rows, orientation="h", marker_color="#1f77b4",
                           text=[f"{p:.0%}" for p in s.digital_share], textposition="auto",
                           hovertext=hover, hoverinfo="text"))
    fig.update_xaxes(range=[0, 1], tickformat=".0%", title=w("figures.share_axis"), gridcolor="#eee")
    ticks = [_wrap(v) for v in s[by]]
    fig.update_yaxes(autorange="reversed", tickvals=rows, ticktext=ticks)
    return _layout(fig, title, height=140 + 40 * len(rows), left=_room(ticks))


def disagreement_bars(dis: pd.DataFrame) -> go.Figure:
    """Per channel that orders type differently: orders stating each type (data.type_disagreements)."""
    names, types = data.label_of("channel"), data.label_of("point_type")
    rows = [_named(c, names) for c in dis.channel]
    fig = go.Figure()
    for t, colour in (("digital", "#1f77b4"), ("offline", "#ff7f0e")):
        hover = [w("figures.disagreement_hover", channel=r, expected=types.get(e, e), type=types.get(t, t), n=n)
                 for r, e, n in zip(rows, dis.point_type_expected, dis[f"orders_{t}"])]
        fig.add_trace(go.Bar(name=w("figures.disagreement_trace", type=types.get(t, t)), y=rows,
                             x=dis[f"orders_{t}"], orientation="h", marker_color=colour,
                             hovertext=hover, hoverinfo="text"))
    fig.update_layout(barmode="group")
    fig.update_xaxes(title=w("figures.orders"), gridcolor="#eee", dtick=1 if dis.filter(like="orders_").max().max()
                     <= 10 else None)
    fig.update_yaxes(autorange="reversed", tickvals=rows, ticktext=[_wrap(names.get(c, c)) for c in dis.channel])
    return _layout(fig, w("figures.disagreements"), height=160 + 60 * len(rows))


def _segments(part: pd.DataFrame):
    """x, y and hover of one timeline trace: a body's earliest to latest deadline per milestone."""
    x, hover = [], []
    for b, e, lt, n, k in zip(part.body, part.earliest, part.latest, part["items"], part.overdue):
        first, last = ru_date(e), ru_date(lt)
        dates = first + (f" – {last}" if last != first else "")
        tip = w("figures.timeline_hover", body=_esc(b), n=n, late=k, dates=dates)
        x += [f"{e:%Y-%m-%d}", f"{lt:%Y-%m-%d}", None]
        hover += [tip, tip, None]
    return x, hover


def roadmap_timeline(points: pd.DataFrame, as_of: dt.date) -> go.Figure:
    """One row per milestone (template order); per body, its earliest to latest deadline of
    that milestone as one segment (data.timeline): as many points as bodies × milestones,
    not one marker per roadmap item. A trace per milestone and state (some items overdue
    or none), named by the milestone, so the hover names it once per trace, not per point."""
    names = data.label_of("milestone")
    template = data.milestone_template()
    order = [m for m in data.milestone_order() if m in set(points.milestone)]
    order += sorted(set(points.milestone) - set(order))
    fig = go.Figure()
    for late, state, colour in ((False, "timeline_on_time", "#1f77b4"), (True, "timeline_late", "#d62728")):
        # the legend's entry for the state; the milestones' traces below stay out of the legend
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines+markers", name=w(f"figures.{state}"),
                                 legendgroup=state, line=dict(width=3, color=colour), hoverinfo="skip"))
        for i, m in enumerate(order):
            part = points[((points.overdue > 0) == late) & (points.milestone == m)]
            if part.empty:
                continue
            x, hover = _segments(part)
            fig.add_trace(go.Scatter(
                x=x, y=[i if v else None for v in x], mode="lines+markers", legendgroup=state, showlegend=False,
                name=_esc(f"{template.get(m, '')} {names.get(m, m)}".strip()), hovertext=hover,
                hovertemplate="%{hovertext}<br>%{fullData.name}<extra></extra>", opacity=0.6,
                line=dict(width=3, color=colour), marker=dict(size=8, color=colour, line=dict(width=1, color="white"))))
    day = pd.Timestamp(as_of)
    fig.add_shape(type="line", x0=day, x1=day, y0=0, y1=1, yref="paper", line=dict(color="#d62728", dash="dash"))
    fig.add_annotation(x=day, y=1, yref="paper", text=w("figures.as_of", as_of=ru_date(as_of)), showarrow=False,
                       font=dict(color="#d62728"), xanchor="left", yanchor="bottom")
    ticks = [_wrap(f"{template.get(m, '')} {names.get(m, m)}".strip(), 44) for m in order]
    fig.update_yaxes(tickvals=list(range(len(order))), autorange="reversed", gridcolor="#eee", ticktext=ticks)
    fig.update_xaxes(type="date", gridcolor="#eee")
    # 30 px a milestone: the federal template's 18 rows fit one A4 landscape page (190 mm ≈ 718 px)
    return _layout(fig, w("figures.timeline"), height=150 + 30 * len(order), left=_room(ticks))


def status_bars(by_status: pd.DataFrame) -> go.Figure:
    colours = {"ok": "#2ca02c", "partial": "#ff7f0e", "failed": "#d62728"}
    names = words()["values"]["status"]
    fig = go.Figure()
    for status, part in by_status.groupby("status"):
        fig.add_trace(go.Bar(name=names.get(status, status), x=part.format, y=part.documents,
                             marker_color=colours.get(status)))
    fig.update_layout(barmode="stack")
    fig.update_yaxes(title=w("figures.documents"), gridcolor="#eee")
    fig.update_xaxes(title=w("figures.format"))
    return _layout(fig, w("figures.status"), height=340)


def backlog_bars(backlog: pd.DataFrame) -> go.Figure:
    values = words()["values"]
    rows = [_esc(f"{values['table'].get(t, t)} · {values['field'].get(f, f)}")
            for t, f in zip(backlog.table, backlog.field)]
    fig = go.Figure([go.Bar(name=w("figures.phrases"), y=rows, x=backlog.phrases, orientation="h",
                            marker_color="#9467bd"),
                     go.Bar(name=w("figures.occurrences"), y=rows, x=backlog.occurrences, orientation="h",
                            marker_color="#c5b0d5")])
    fig.update_layout(barmode="group")
    fig.update_xaxes(gridcolor="#eee")
    fig.update_yaxes(autorange="reversed")
    return _layout(fig, w("figures.backlog"), height=140 + 50 * len(rows))


def procedures_heatmap(matrix: pd.DataFrame) -> go.Figure:
    """Bodies × codes (channels, then needs): items of the body's procedure lists with that
    code. Bodies are rows, so the figure grows down, never past the page's width."""
    names = {t: data.label_of(t) for t in ("channel", "needs")}
    kind = {"channel": w("figures.procedure_channel"), "needs": w("figures.procedure_need")}
    columns = [_esc(f"{kind[t]} · {names[t].get(c, c)} ({c})") for t, c in matrix.index]
    ticks = [_short(f"{kind[t]} · {names[t].get(c, c)}", _COLUMN_LABEL + 8) for t, c in matrix.index]
    rows = [_esc(b) for b in matrix.columns]
    fig = _grid(matrix.T.to_numpy(), rows, columns, [_wrap(b) for b in matrix.columns], ticks,
                f"%{{y}}<br>%{{x}}<br>{_esc(w('figures.items'))}: %{{z}}", w("figures.items"))
    return _layout(fig, w("figures.procedures"), height=160 + 34 * len(rows) + 7 * max(len(t) for t in ticks))
