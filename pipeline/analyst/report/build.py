"""`touchpoints report`: the dataset -> one self-contained HTML file.

The file is written under a temporary name beside the target and renamed into
place; an existing target is replaced only when it is a report this tool wrote
(its <meta name="generator">), never any other file.
"""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Callable

from textcore.atomic import atomic_write

from . import data, figures
from .html import GENERATOR, Section, empty, esc, figure, kpis, page, table, text
from .wording import localize, ru_date, w


class ReportError(Exception):
    """A report that cannot be written where asked: one line for the user."""


def _check_target(dest: Path) -> None:
    if dest.is_dir():
        raise ReportError(f"{dest} is a folder; pass a file name with --output")
    if not dest.parent.is_dir():
        raise ReportError(f"no such folder: {dest.parent}")
    if dest.exists() or dest.is_symlink():
        if dest.is_symlink() or not dest.is_file():
            raise ReportError(f"refusing to replace {dest}: not a regular file")
        with open(dest, "rb") as fh:
            head = fh.read(4096)
        if f'name="generator" content="{GENERATOR}"'.encode() not in head:
            raise ReportError(f"refusing to replace {dest}: it is not a report written by touchpoints")


def build_report(out: str | Path, dest: str | Path, as_of: dt.date | None = None) -> dict:
    """Write the report of the dataset in `out` to `dest`; {"bytes", "seconds", "sections"}."""
    t0 = time.perf_counter()
    out, dest = Path(out), Path(dest)
    as_of = as_of or dt.date.today()
    frames = data.load(out)                  # first: "no dataset" says more than "no such folder"
    _check_target(dest)
    sections = build_sections(frames, as_of)
    from plotly.offline import get_plotlyjs

    subtitle = w("subtitle", out=esc(out), files=len(frames.documents), now=f"{dt.datetime.now():%d.%m.%Y %H:%M}",
                 as_of=ru_date(as_of))
    html_text = page(w("title"), subtitle, sections, get_plotlyjs())
    atomic_write(dest, html_text)
    return {"bytes": len(html_text.encode()), "seconds": time.perf_counter() - t0,
            "sections": [s.id for s in sections]}


def build_sections(f: data.Frames, as_of: dt.date) -> list[Section]:
    return [_overview(f, as_of), _channels(f), _needs(f), _conflicts(f), _roadmap(f, as_of), _procedures(f),
            _quality(f)]


def _section(sid: str, **fields) -> Section:
    return Section(sid, w(f"sections.{sid}.title"), w(f"sections.{sid}.note", **fields))


def tbl(df, codes: dict[str, str] | None = None, by_row: dict[str, str] | None = None, **kw) -> str:
    """A table in words: codes (column -> taxonomy) and stored values shown by their Russian
    names, the code itself in the cell's tooltip."""
    shown, titles = localize(df, codes, by_row)
    return table(shown, titles=titles, **kw)


def _overview(f: data.Frames, as_of: dt.date) -> Section:
    d = f.documents
    counted = d[d.counted]
    per_body = data.overview_by_body(f, as_of)
    s = _section("overview")
    s.add(kpis([(w("kpis.files"), len(d)), (w("kpis.orders"), len(counted)),
                (w("kpis.folded"), int(d.duplicate_of.notna().sum())),
                (w("kpis.not_orders"), int((~d.is_order).sum())),
                (w("kpis.bodies"), counted.body.nunique()), (w("kpis.regions"), counted.region_code.nunique()),
                (w("kpis.touchpoints"), int(per_body.touchpoints.sum())),
                (w("kpis.dated_items"), int(per_body.dated_items.sum())),
                (w("kpis.overdue_items", as_of=ru_date(as_of)), int(per_body.overdue.sum())),
                (w("kpis.procedure_items"), int(per_body.procedure_items.sum()))]))
    return s.add(tbl(per_body))


def _framed(sid: str, frame, fill: Callable[[Section], Section], **fields) -> Section:
    """A section that shows `frame` through `fill`, or says so when the frame has no rows."""
    s = _section(sid, **fields)
    return s.add(empty(w(f"sections.{sid}.none"))) if frame.empty else fill(s)


def _channels(f: data.Frames) -> Section:
    mix = data.channel_mix(f)
    return _framed("channels", mix, lambda s: _channel_plots(s, f, mix))


def _channel_plots(s: Section, f: data.Frames, mix) -> Section:
    s.add(figure(figures.heatmap(mix, "channel", w("figures.channel_mix"), w("figures.touchpoints")),
                 "plot-channel-mix"))
    by_body, by_region = data.digital_share(f, "body"), data.digital_share(f, "region")
    s.add(figure(figures.share_bars(by_body, "body", w("figures.digital_body")), "plot-digital-body"),
          figure(figures.share_bars(by_region, "region", w("figures.digital_region")), "plot-digital-region"),
          tbl(by_body, percent=("digital_share",)))
    fb = data.feedback_channels(f)
    fbc = data.config()["feedback"]
    chans, needs = data.label_of("channel"), data.label_of("needs")
    s.add(f"<h3>{esc(w('headings.no_feedback'))}</h3>",
          text(w("headings.no_feedback_note", channels=esc("», «".join(chans.get(c, c) for c in fbc["channels"])),
                 needs=esc("», «".join(needs.get(c, c) for c in fbc["needs"])),
                 without=int((~fb.has_feedback).sum()) if len(fb) else 0, of=len(fb))),
          tbl(fb, codes={"touchpoint_channels": "channel", "touchpoint_needs": "needs",
                         "procedure_codes": "channel"}, flag=~fb.has_feedback if len(fb) else None))
    return s


def _needs(f: data.Frames) -> Section:
    matrix, summary = data.needs_coverage(f)
    return _framed("needs", matrix,
                   lambda s: s.add(figure(figures.heatmap(matrix, "needs", w("figures.needs"),
                                                          w("figures.touchpoints")), "plot-needs"),
                                   tbl(summary, codes={"missing": "needs"}, flag=summary.coverage < 1,
                                       percent=("coverage",))))


def _conflicts(f: data.Frames) -> Section:
    c = data.type_conflicts(f, limit=data.config()["table_rows"])
    return _framed("conflicts", c, lambda s: _conflict_parts(s, f, c))


def _conflict_parts(s: Section, f: data.Frames, c) -> Section:
    """The disagreements per channel, and the first `table_rows` conflicting rows of all."""
    dis = data.type_disagreements(f)
    pt = {"point_type": "point_type", "point_type_expected": "point_type"}
    s.add(figure(figures.disagreement_bars(dis), "plot-conflicts"),
          f"<h3>{esc(w('headings.disagreements'))}</h3>", tbl(dis, codes={"channel": "channel", **pt}),
          f"<h3>{esc(w('headings.conflict_rows'))}</h3>",
          capped(c, "select * from touchpoints_wide where point_type <> point_type_expected",
                 codes={"channel": "channel", **pt}, total=data.type_conflict_count(f)))
    return s


def _roadmap(f: data.Frames, as_of: dt.date) -> Section:
    dated = data.dated_by_body(f, as_of)
    return _framed("roadmap", dated, lambda s: _roadmap_plots(s, f, dated, as_of), as_of=ru_date(as_of))


def _roadmap_plots(s: Section, f: data.Frames, dated, as_of: dt.date) -> Section:
    s.add(figure(figures.roadmap_timeline(data.timeline(f, as_of), as_of), "plot-roadmap"))
    late = int(dated.overdue.sum())
    s.add(f"<h3>{esc(w('headings.overdue', as_of=ru_date(as_of), late=late, items=int(dated['items'].sum())))}</h3>",
          tbl(data.overdue_by_body(f, as_of)))
    worst = data.overdue(f, as_of, most_overdue=data.config()["table_rows"])
    sql = ("select authority, region_code, source_path, item_no, milestone, deadline from roadmap_wide "
           f"where deadline < date '{as_of:%Y-%m-%d}' and not is_section and not not_applicable "
           "order by deadline")
    s.add(f"<h3>{esc(w('headings.most_overdue'))}</h3>",
          capped(worst[["body", "item_no", "template", "milestone_label", "area", "deadline", "days_overdue",
                        "responsible_names"]], sql, codes={"area": "area"}, total=late))
    return s


def capped(df, sql: str, codes: dict[str, str] | None = None, total: int | None = None, **kw) -> str:
    """A table of at most `table_rows` rows (report.yaml) of `total` (all of `df` when not
    given): the page stays small at any number of documents; the rest is one
    `touchpoints query` away."""
    n, total = data.config()["table_rows"], len(df) if total is None else total
    if total <= n:
        return tbl(df, codes, **kw)
    if kw.get("flag") is not None:
        kw["flag"] = kw["flag"].iloc[:n]
    return tbl(df.head(n), codes, **kw) + text(w("capped", n=n, total=total, sql=esc(repr(sql))))


def _procedures(f: data.Frames) -> Section:
    m = data.procedures_side_by_side(f)
    return _framed("procedures", m, lambda s: s.add(figure(figures.procedures_heatmap(m), "plot-procedures")))


def _quality(f: data.Frames) -> Section:
    s = _section("quality")
    s.add(figure(figures.status_bars(data.documents_by_status(f)), "plot-status"))
    s.add(f"<h3>{esc(w('headings.problems'))}</h3>",
          capped(data.problem_documents(f), "select source_path, format, status, error, warnings from documents "
                                            "where status <> 'ok' or len(warnings) > 0"))
    ocr = data.ocr_documents(f)
    s.add(f"<h3>{esc(w('headings.ocr', n=len(ocr)))}</h3>",
          capped(ocr, "select source_path, format, status, pages from documents where ocr"))
    backlog = data.review_backlog(f)
    s.add(f"<h3>{esc(w('headings.backlog'))}</h3>", text(w("headings.backlog_note")))
    if not backlog.empty:
        s.add(figure(figures.backlog_bars(backlog), "plot-backlog"))
    unresolved = data.unresolved_phrases(f)
    s.add(tbl(backlog), f"<h3>{esc(w('headings.unresolved'))}</h3>",
          tbl(unresolved, by_row={"best_code": "field", "alternatives": "field"}))
    rep = data.repeated_orders(f)
    s.add(f"<h3>{esc(w('headings.repeated', n=len(rep)))}</h3>",
          capped(rep, "select order_key, count(*) as files from documents where order_key is not null "
                      "group by all having count(*) > 1"))
    junk = data.not_orders(f)
    s.add(f"<h3>{esc(w('headings.not_orders', n=len(junk)))}</h3>", text(w("headings.not_orders_note")),
          capped(junk, "select source_path, status, error from documents where order_key is null"))
    return s
