"""The report's numbers: pandas frames computed from the dataset's DuckDB views.

Every function takes the loaded `Frames` and returns one small frame per view
of the report, so each can be tested without HTML or plots.  A body is an
issuing authority in its region (`documents.authority`, `region_code`).
Documents holding the same order (e.g. the .txt, .docx and .pdf of one order,
or a scan whose number OCR misread) count once, by the file that stands for it
(`documents.duplicate_of` is null: pipeline/store/orders.py groups them); files
that are not orders (failed, or no kind and not about client-centricity) are no
body and count nowhere but in the data quality section.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from pipeline.analyst.labels import labels_rows, milestone_template
from pipeline.analyst.query import connect, run
from pipeline.store.orders import is_order

from .wording import w

_CONFIG = Path(__file__).resolve().parent / "report.yaml"


@lru_cache(maxsize=1)
def config() -> dict:
    return yaml.safe_load(_CONFIG.read_text(encoding="utf-8"))


@dataclass
class Frames:
    documents: pd.DataFrame           # + body, region_name, counted (False for a repeated order)
    touchpoints: pd.DataFrame         # touchpoints_wide of counted documents, + body
    needs: pd.DataFrame               # touchpoint_needs of counted documents, + body
    roadmap: pd.DataFrame             # roadmap_wide of counted documents, + body
    procedure_items: pd.DataFrame     # + body, source_path
    review: pd.DataFrame
    labels: pd.DataFrame
    memo: dict = field(default_factory=dict, repr=False, compare=False)   # frames several views share


def _df(con, sql: str) -> pd.DataFrame:
    return run(con, sql).combine_chunks().to_pandas()      # one chunk: `take` on many is slow


def body_name(authority, region_code, source_path) -> str:
    name = authority if isinstance(authority, str) and authority.strip() else f"{w('no_authority')} {source_path}"
    return f"{name} ({region_code})" if isinstance(region_code, str) and region_code else name


# The columns the report reads of each view: at 100,000 documents a `select *` of
# touchpoint_needs alone is gigabytes of text the report never shows.
_COLUMNS = {
    "touchpoints_wide": "doc_id, region, region_code, source_path, row_id, touchpoint_raw, channel, needs, "
                        "point_type_raw, point_type, point_type_expected",
    "touchpoint_needs": "doc_id, need",
    "roadmap_wide": "doc_id, source_path, item_no, area, milestone, milestone_label, deadline, activity, "
                    "responsible_names, is_section, not_applicable",
}


def load(out: Path) -> Frames:
    con = connect(out)
    docs = _df(con, "select * from documents order by source_path")
    docs["body"] = [body_name(a, r, s) for a, r, s in zip(docs.authority, docs.region_code, docs.source_path)]
    docs["region_name"] = docs.region.fillna(docs.region_code).fillna(w("no_region"))
    docs["is_order"] = [is_order(r) for r in docs[["status", "kinds", "warnings"]].to_dict("records")]
    docs["counted"] = docs.is_order & docs.duplicate_of.isna()
    counted = set(docs.doc_id[docs.counted])
    body = dict(zip(docs.doc_id, docs.body))

    def doc_rows(sql: str) -> pd.DataFrame:
        df = _df(con, sql)
        df = df[df.doc_id.isin(counted)].reset_index(drop=True)
        df["body"] = df.doc_id.map(body)
        return df

    return Frames(
        documents=docs,
        touchpoints=doc_rows(f"select {_COLUMNS['touchpoints_wide']} from touchpoints_wide"),
        needs=doc_rows(f"select {_COLUMNS['touchpoint_needs']} from touchpoint_needs"),
        roadmap=doc_rows(f"select {_COLUMNS['roadmap_wide']} from roadmap_wide"),
        procedure_items=doc_rows("select p.doc_id, p.list_kind, p.code, d.source_path "
                                 "from procedure_items p left join documents d using (doc_id)"),
        review=_df(con, "select * from review"),
        labels=_df(con, "select * from labels"),
    )


# -- labels --------------------------------------------------------------------

def codes(taxonomy: str) -> list[str]:
    """A taxonomy's codes in the labels' order (the taxonomy files' order)."""
    return [r["code"] for r in labels_rows() if r["taxonomy"] == taxonomy]


def label_of(taxonomy: str) -> dict[str, str]:
    return {r["code"]: r["label_ru"] for r in labels_rows() if r["taxonomy"] == taxonomy}


# -- touchpoints ---------------------------------------------------------------

def channel_mix(f: Frames) -> pd.DataFrame:
    """bodies × channels: number of touchpoints (channels in taxonomy order, absent ones dropped)."""
    tp = f.touchpoints
    if tp.empty:
        return pd.DataFrame()
    mix = pd.crosstab(tp.body, tp.channel)
    return mix[[c for c in codes("channel") if c in mix.columns]]


def _effective_type(tp: pd.DataFrame) -> pd.Series:
    """The type the document states, else the one the taxonomy expects for the channel."""
    return tp.point_type.fillna(tp.point_type_expected)


def digital_share(f: Frames, by: str) -> pd.DataFrame:
    """Per body (by="body") or region (by="region"): touchpoints, digital, offline, share digital."""
    tp = f.touchpoints
    if tp.empty:
        return pd.DataFrame(columns=[by, "touchpoints", "digital", "offline", "digital_share"])
    key = tp.body if by == "body" else tp.region.fillna(tp.region_code).fillna(w("no_region"))
    kind = _effective_type(tp)
    out = pd.DataFrame({by: key, "digital": kind.eq("digital"), "offline": kind.eq("offline")})
    out = out.groupby(by).agg(touchpoints=("digital", "size"), digital=("digital", "sum"),
                              offline=("offline", "sum")).reset_index()
    typed = out.digital + out.offline
    out["digital_share"] = (out.digital / typed.where(typed > 0)).round(3)
    return out.sort_values(["digital_share", by], ascending=[False, True]).reset_index(drop=True)


def needs_coverage(f: Frames) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(bodies × needs: touchpoints serving each need; per body: canonical needs covered, share)."""
    canon = [c for c in codes("needs") if c not in config()["coverage_excludes"]]
    n = f.needs
    bodies = sorted(f.touchpoints.body.unique()) if not f.touchpoints.empty else []
    if not bodies:
        return pd.DataFrame(), pd.DataFrame(columns=["body", "covered", "of", "coverage", "missing"])
    matrix = pd.crosstab(n.body, n.need).reindex(index=bodies, columns=codes("needs"), fill_value=0)
    covered = (matrix[canon] > 0)
    summary = pd.DataFrame({
        "body": bodies,
        "covered": covered.sum(axis=1).to_numpy(),
        "of": len(canon),
        "coverage": (covered.sum(axis=1) / len(canon)).round(3).to_numpy(),
        "missing": [", ".join(c for c in canon if not covered.loc[b, c]) for b in bodies],
    })
    return matrix, summary.sort_values(["coverage", "body"]).reset_index(drop=True)


def feedback_channels(f: Frames) -> pd.DataFrame:
    """Every body that sent a touchpoint list: its evidence of a feedback channel (a body
    that sent only a roadmap or a procedure is not judged on it). Grouped, not filtered
    per body: the cost stays linear in the rows at thousands of bodies."""
    fb = config()["feedback"]
    chans, needs = set(fb["channels"]), set(fb["needs"])
    docs = f.documents[f.documents.counted]
    bodies = sorted(set(docs.body[["touchpoint_list" in k for k in docs.kinds]]))
    cols = ["body", "touchpoints", "touchpoint_channels", "touchpoint_needs", "procedure_codes", "has_feedback"]
    if not bodies:
        return pd.DataFrame(columns=cols)

    def joined(df: pd.DataFrame, col: str, keep: set) -> pd.Series:
        if df.empty:
            return pd.Series(dtype=object)
        hit = df[df[col].isin(keep) & df.body.isin(bodies)]
        return hit.groupby("body")[col].agg(lambda v: ", ".join(sorted(set(v))))

    out = pd.DataFrame({"body": bodies})
    n = f.touchpoints.groupby("body").size() if len(f.touchpoints) else pd.Series(dtype=int)
    out["touchpoints"] = out.body.map(n).fillna(0).astype(int)
    for name, df, col, keep in (("touchpoint_channels", f.touchpoints, "channel", chans),
                                ("touchpoint_needs", f.needs, "need", needs),
                                ("procedure_codes", f.procedure_items, "code", chans | needs)):
        out[name] = [v if isinstance(v, str) else "" for v in out.body.map(joined(df, col, keep))]
    out["has_feedback"] = (out[["touchpoint_channels", "touchpoint_needs", "procedure_codes"]] != "").any(axis=1)
    return out[cols]


def type_conflicts(f: Frames) -> pd.DataFrame:
    """Touchpoints whose stated point type differs from the one their channel is expected to have."""
    tp = f.touchpoints
    cols = ["body", "source_path", "row_id", "touchpoint_raw", "channel", "point_type_raw",
            "point_type", "point_type_expected"]
    if tp.empty:
        return pd.DataFrame(columns=cols)
    bad = tp.point_type.notna() & tp.point_type_expected.notna() & tp.point_type.ne(tp.point_type_expected)
    return tp.loc[bad, cols].sort_values(["body", "row_id"]).reset_index(drop=True)


def type_disagreements(f: Frames) -> pd.DataFrame:
    """Per channel that some order types otherwise than the taxonomy expects: how many
    orders (and touchpoints) state each type. Orders disagree; none of them is an error."""
    tp = f.touchpoints
    cols = ["channel", "point_type_expected", "orders_digital", "orders_offline", "touchpoints_digital",
            "touchpoints_offline"]
    if tp.empty:
        return pd.DataFrame(columns=cols)
    stated = tp[tp.point_type.isin(["digital", "offline"]) & tp.point_type_expected.notna()]
    odd = set(stated.channel[stated.point_type.ne(stated.point_type_expected)])
    stated = stated[stated.channel.isin(odd)]
    if stated.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for (channel, expected), part in stated.groupby(["channel", "point_type_expected"]):
        row = {"channel": channel, "point_type_expected": expected}
        for t in ("digital", "offline"):
            said = part.point_type.eq(t)
            row.update({f"orders_{t}": part.doc_id[said].nunique(), f"touchpoints_{t}": int(said.sum())})
        rows.append(row)
    order = {c: i for i, c in enumerate(codes("channel"))}
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values("channel", key=lambda c: c.map(order)).reset_index(drop=True)[cols]


# -- roadmap -------------------------------------------------------------------

def milestone_order() -> list[str]:
    return codes("milestone")


def roadmap_deadlines(f: Frames) -> pd.DataFrame:
    """Roadmap items with a milestone and a deadline (sections and `x` rows left out).
    Computed once per Frames (four views read it; callers copy before changing it)."""
    if "deadlines" not in f.memo:
        f.memo["deadlines"] = _deadlines(f)
    return f.memo["deadlines"]


def _deadlines(f: Frames) -> pd.DataFrame:
    rm = f.roadmap
    cols = ["body", "item_no", "area", "milestone", "milestone_label", "deadline", "activity",
            "responsible_names", "source_path"]
    if rm.empty:
        return pd.DataFrame(columns=cols)
    keep = ~rm.is_section.fillna(False) & ~rm.not_applicable.fillna(False) & rm.deadline.notna()
    out = rm.loc[keep, cols].copy()
    out["deadline"] = pd.to_datetime(out.deadline)
    order = {c: i for i, c in enumerate(milestone_order())}
    out["_m"] = out.milestone.map(order).fillna(len(order))
    return out.sort_values(["_m", "deadline", "body"]).drop(columns="_m").reset_index(drop=True)


def overdue(f: Frames, as_of: dt.date) -> pd.DataFrame:
    """Items whose deadline is before `as_of` (the orders do not say what was done)."""
    d = roadmap_deadlines(f)
    d = d[d.deadline < pd.Timestamp(as_of)].copy()
    d["days_overdue"] = (pd.Timestamp(as_of) - d.deadline).dt.days
    d["template"] = d.milestone.map(milestone_template())
    return d.sort_values(["body", "deadline", "item_no"]).reset_index(drop=True)


def timeline(f: Frames, as_of: dt.date) -> pd.DataFrame:
    """Per (milestone, body): earliest and latest deadline, items, overdue items: the
    timeline's points, bounded by milestones × bodies whatever the number of rows."""
    d = roadmap_deadlines(f)
    cols = ["milestone", "body", "earliest", "latest", "items", "overdue"]
    if d.empty:
        return pd.DataFrame(columns=cols)
    d = d.assign(late=d.deadline < pd.Timestamp(as_of))
    g = (d.groupby(["milestone", "body"], sort=False)
         .agg(earliest=("deadline", "min"), latest=("deadline", "max"), items=("deadline", "size"),
              overdue=("late", "sum"))
         .reset_index())
    order = {c: i for i, c in enumerate(milestone_order())}
    g["_m"] = g.milestone.map(order).fillna(len(order))
    return g.sort_values(["_m", "earliest", "body"]).drop(columns="_m").reset_index(drop=True)[cols]


def overdue_by_body(late: pd.DataFrame, deadlines: pd.DataFrame) -> pd.DataFrame:
    """Per body: overdue items of its dated items, the oldest deadline missed, days since."""
    cols = ["body", "overdue", "items", "oldest_deadline", "max_days_overdue"]
    if late.empty:
        return pd.DataFrame(columns=cols)
    out = (late.groupby("body").agg(overdue=("item_no", "size"), oldest_deadline=("deadline", "min"),
                                    max_days_overdue=("days_overdue", "max")).reset_index())
    out["items"] = out.body.map(deadlines.groupby("body").size())
    return out.sort_values(["overdue", "body"], ascending=[False, True]).reset_index(drop=True)[cols]


def overview_by_body(f: Frames, as_of: dt.date) -> pd.DataFrame:
    """Per body of the counted orders: orders, touchpoints, roadmap items with a deadline,
    of them overdue at `as_of`, procedure list items; each column sums to the headline
    figure of the same name (the same frames count both)."""
    docs = f.documents[f.documents.counted]
    out = docs.groupby(["body", "region_name"]).agg(orders=("doc_id", "size")).reset_index()
    dated = roadmap_deadlines(f)
    per = {"touchpoints": f.touchpoints, "dated_items": dated,
           "overdue": dated[dated.deadline < pd.Timestamp(as_of)], "procedure_items": f.procedure_items}
    for col, rows in per.items():
        counts = rows.groupby("body").size() if len(rows) else pd.Series(dtype=int)
        out[col] = out.body.map(counts).fillna(0).astype(int)
    return out.sort_values("body").reset_index(drop=True)


# -- procedures ----------------------------------------------------------------

def procedures_side_by_side(f: Frames) -> pd.DataFrame:
    """(taxonomy, code) × body: how many items of its procedures' lists have that code
    (one column per body, not per document: the heatmap stays as wide as the bodies)."""
    pi = f.procedure_items
    pi = pi[pi.code.notna() & pi.list_kind.isin(["channel_digital", "channel_offline", "need"])]
    if pi.empty:
        return pd.DataFrame()
    pi = pi.assign(taxonomy=pi.list_kind.map(lambda k: "needs" if k == "need" else "channel"))
    m = pd.crosstab([pi.taxonomy, pi.code], pi.body)
    index = [(t, c) for t in ("channel", "needs") for c in codes(t)]
    return m.reindex(index=index, fill_value=0)


# -- data quality --------------------------------------------------------------

def documents_by_status(f: Frames) -> pd.DataFrame:
    d = f.documents
    return (d.assign(format=d.format.fillna("unknown")).groupby(["status", "format"]).size()
            .rename("documents").reset_index())


def problem_documents(f: Frames) -> pd.DataFrame:
    """Documents not `ok` or with warnings: status, error, warnings."""
    d = f.documents
    n_warn = d.warnings.map(len)
    bad = d.status.ne("ok") | n_warn.gt(0)
    out = d.loc[bad, ["source_path", "format", "status", "error"]].copy()
    out["warnings"] = n_warn[bad]
    out["first_warning"] = d.warnings[bad].map(lambda w: w[0] if len(w) else None)
    order = {"failed": 0, "partial": 1, "ok": 2}
    return out.sort_values(["status", "source_path"], key=lambda s: s.map(order) if s.name == "status" else s)


def ocr_documents(f: Frames) -> pd.DataFrame:
    d = f.documents
    return d.loc[d.ocr.fillna(False).astype(bool), ["source_path", "format", "status", "pages", "body"]]


def review_backlog(f: Frames) -> pd.DataFrame:
    r = f.review
    if r.empty:
        return pd.DataFrame(columns=["table", "field", "phrases", "occurrences"])
    uniq = r.drop_duplicates(["field", "text_raw"])
    return (uniq.groupby(["table", "field"]).agg(phrases=("text_raw", "size"), occurrences=("count", "sum"))
            .reset_index().sort_values("occurrences", ascending=False))


def unresolved_phrases(f: Frames) -> pd.DataFrame:
    r = f.review
    cols = ["field", "text_raw", "best_code", "score", "count", "alternatives"]
    if r.empty:
        return pd.DataFrame(columns=cols)
    top = r.drop_duplicates(["field", "text_raw"]).sort_values(["count", "score"], ascending=[False, True])
    top = top.head(config()["top_unresolved"])[cols].copy()
    top["alternatives"] = top.alternatives.map(lambda a: ", ".join(a))
    return top


def repeated_orders(f: Frames) -> pd.DataFrame:
    """Orders present in several files: the file counted and the files folded into it."""
    cols = ["region_code", "order_number", "order_date", "body", "counted_file", "folded_files", "formats"]
    d = f.documents
    dup = d[d.duplicate_of.notna()]
    if dup.empty:
        return pd.DataFrame(columns=cols)
    heads = d.set_index("doc_id").loc[sorted(set(dup.duplicate_of))].reset_index()
    rows = []
    for h in heads.itertuples():
        members = dup[dup.duplicate_of == h.doc_id]
        rows.append({"region_code": h.region_code, "order_number": h.order_number, "order_date": h.order_date,
                     "body": h.body, "counted_file": h.source_path,
                     "folded_files": ", ".join(sorted(members.source_path)),
                     "formats": ", ".join(sorted(set(members.format.dropna()) | {h.format} - {None}))})
    return pd.DataFrame(rows, columns=cols)


def not_orders(f: Frames) -> pd.DataFrame:
    """Files that are not orders (failed, or no kind and not about client-centricity): never a body."""
    d = f.documents
    return d.loc[~d.is_order, ["source_path", "format", "status", "error"]].reset_index(drop=True)
