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

    docs = frames.documents
    subtitle = (f"Dataset <code>{esc(out)}</code> · {len(docs)} documents · "
                f"generated {dt.datetime.now():%Y-%m-%d %H:%M} · roadmap as of {as_of:%Y-%m-%d}")
    html_text = page("Client-centricity orders compared", subtitle, sections, get_plotlyjs())
    atomic_write(dest, html_text)
    return {"bytes": len(html_text.encode()), "seconds": time.perf_counter() - t0,
            "sections": [s.id for s in sections]}


def build_sections(f: data.Frames, as_of: dt.date) -> list[Section]:
    return [_overview(f), _channels(f), _needs(f), _conflicts(f), _roadmap(f, as_of), _procedures(f),
            _quality(f)]


def _overview(f: data.Frames) -> Section:
    d = f.documents
    counted = d[d.counted]
    s = Section("overview", "Overview",
                "What the dataset holds. A body is an issuing authority in its region; the same order "
                "found in several files (same region, issuer, date and number, or the same rows) is "
                "counted once, by its best-read file; files that are not orders count nowhere but in "
                "Data quality.")
    s.add(kpis([("files", len(d)), ("distinct orders counted", len(counted)),
                ("files folded as duplicates", int(d.duplicate_of.notna().sum())),
                ("files that are not orders", int((~d.is_order).sum())),
                ("bodies", counted.body.nunique()), ("regions", counted.region_code.nunique()),
                ("touchpoints", len(f.touchpoints)), ("roadmap items", int((~f.roadmap.is_section).sum())
                                                       if len(f.roadmap) else 0),
                ("procedure list items", len(f.procedure_items))]))
    per_body = counted.groupby(["body", "region_name"]).agg(
        documents=("doc_id", "size"), touchpoints=("n_touchpoints", "sum"),
        roadmap_items=("n_roadmap_items", "sum"), procedure_items=("n_procedure_items", "sum")).reset_index()
    return s.add(table(per_body, headers={"region_name": "region"}))


def _framed(sid: str, title: str, note: str, frame, none: str, fill: Callable[[Section], Section]) -> Section:
    """A section that shows `frame` through `fill`, or says `none` when the frame has no rows."""
    s = Section(sid, title, note)
    return s.add(empty(none)) if frame.empty else fill(s)


def _channels(f: data.Frames) -> Section:
    mix = data.channel_mix(f)
    return _framed("channels", "Channels",
                   "Which channels each body's touchpoint lists use, and how digital they are. The digital "
                   "share counts a touchpoint by the type its document states, or else the type its channel "
                   "is expected to have.", mix, "no touchpoint list in the dataset",
                   lambda s: _channel_plots(s, f, mix))


def _channel_plots(s: Section, f: data.Frames, mix) -> Section:
    s.add(figure(figures.heatmap(mix, "channel", "Channel mix: touchpoints per body and channel",
                                 "touchpoints"), "plot-channel-mix"))
    by_body, by_region = data.digital_share(f, "body"), data.digital_share(f, "region")
    s.add(figure(figures.share_bars(by_body, "body", "Digital share per body"), "plot-digital-body"),
          figure(figures.share_bars(by_region, "region", "Digital share per region"), "plot-digital-region"),
          table(by_body, percent=("digital_share",)))
    fb = data.feedback_channels(f)
    fbc = data.config()["feedback"]
    s.add("<h3>Bodies with no feedback channel</h3>",
          text(f"Evidence of a feedback channel: a touchpoint on {esc(', '.join(fbc['channels']))} or serving "
               f"{esc(', '.join(fbc['needs']))}, or such an item in the body's procedure lists. "
               f"Bodies without any: <b>{int((~fb.has_feedback).sum()) if len(fb) else 0}</b> of {len(fb)}."),
          table(fb, flag=~fb.has_feedback if len(fb) else None))
    return s


def _needs(f: data.Frames) -> Section:
    matrix, summary = data.needs_coverage(f)
    return _framed("needs", "Needs coverage",
                   "Which of the canonical client needs each body's touchpoints serve (a touchpoint may serve "
                   "several).", matrix, "no touchpoint list in the dataset",
                   lambda s: s.add(figure(figures.heatmap(matrix, "needs", "Touchpoints per body and need",
                                                          "touchpoints"), "plot-needs"),
                                   table(summary, flag=summary.coverage < 1, percent=("coverage",))))


def _conflicts(f: data.Frames) -> Section:
    c = data.type_conflicts(f)
    return _framed("conflicts", "Point type conflicts",
                   "Touchpoints whose stated type (digital/offline) differs from the type the taxonomy expects "
                   "for their channel: a misfiled row, or a channel used unusually (e.g. a phone line called "
                   "digital).", c, "no conflicts: every stated type matches its channel",
                   lambda s: s.add(figure(figures.conflict_bars(c), "plot-conflicts"), table(c)))


def _roadmap(f: data.Frames, as_of: dt.date) -> Section:
    d = data.roadmap_deadlines(f)
    return _framed("roadmap", "Roadmap",
                   f"Each body's deadline for each milestone of the federal template, on one time axis; the red "
                   f"line is {as_of:%Y-%m-%d}. Overdue: deadline before that date (the orders do not record "
                   f"completion, so these are items due by then).", d,
                   "no roadmap item with a deadline in the dataset", lambda s: _roadmap_plots(s, f, d, as_of))


def _roadmap_plots(s: Section, f: data.Frames, d, as_of: dt.date) -> Section:
    s.add(figure(figures.roadmap_timeline(d, as_of), "plot-roadmap"))
    late = data.overdue(f, as_of)
    s.add(f"<h3>Overdue at {as_of:%Y-%m-%d}: {len(late)} of {len(d)} items</h3>",
          table(late[["body", "item_no", "template", "milestone_label", "area", "deadline", "days_overdue",
                      "responsible_names"]], headers={"milestone_label": "milestone"}))
    return s


def _procedures(f: data.Frames) -> Section:
    m = data.procedures_side_by_side(f)
    return _framed("procedures", "Procedures side by side",
                   "The channels and needs each procedure («порядок ведения перечня») enumerates, by code; a "
                   "number above 1 means several items of its lists map to that code.", m,
                   "no procedure lists in the dataset",
                   lambda s: s.add(figure(figures.procedures_heatmap(m), "plot-procedures")))


def _quality(f: data.Frames) -> Section:
    s = Section("quality", "Data quality",
                "How well the documents were read, and what a person should look at next.")
    by_status = data.documents_by_status(f)
    s.add(figure(figures.status_bars(by_status), "plot-status"))
    s.add("<h3>Documents not ok or with warnings</h3>", table(data.problem_documents(f)))
    ocr = data.ocr_documents(f)
    s.add(f"<h3>OCR documents: {len(ocr)}</h3>", table(ocr))
    backlog = data.review_backlog(f)
    s.add("<h3>Review backlog</h3>",
          text("Phrases the normalizers were not sure of (<code>touchpoints review</code>); fill in codes with "
               "<code>touchpoints review --csv</code> / <code>--apply</code>."))
    if not backlog.empty:
        s.add(figure(figures.backlog_bars(backlog), "plot-backlog"))
    s.add(table(backlog), "<h3>Most frequent unresolved phrases</h3>", table(data.unresolved_phrases(f)))
    rep = data.repeated_orders(f)
    s.add(f"<h3>The same order in several files: {len(rep)}</h3>", table(rep))
    junk = data.not_orders(f)
    s.add(f"<h3>Files that are not orders: {len(junk)}</h3>",
          text("Failed, or holding no touchpoint list, roadmap or procedure and not about client-centricity: "
               "no body, counted nowhere. <code>touchpoints remove FILE</code> takes one out of the dataset "
               "and raw/."), table(junk))
    return s
