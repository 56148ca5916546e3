"""The report's numbers: one small pandas frame per view of the report.

`Frames` (source.py) holds the documents as a frame and the row tables as DuckDB
views of the counted documents' rows with their body; each view here is a SQL
group-by over them (or a frame of the documents), so each can be tested without
HTML or plots, and none holds a frame of every touchpoint or need.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from pipeline.analyst.labels import labels_rows, milestone_template

from .source import Frames, body_name, load  # noqa: F401 - the module's public names since before source.py
from .wording import label_of  # noqa: F401 - one label lookup for the report, its figures and «Сводка»

_CONFIG = Path(__file__).resolve().parent / "report.yaml"


@lru_cache(maxsize=1)
def config() -> dict:
    return yaml.safe_load(_CONFIG.read_text(encoding="utf-8"))


def _in(values) -> str:
    """A SQL list of string literals (codes from the taxonomies and report.yaml)."""
    return ", ".join("'" + str(v).replace("'", "''") + "'" for v in sorted(values)) or "null"


def _per_body(f: Frames, view: str) -> pd.Series:
    """Rows of a view per body."""
    c = f.sql(f"select body, count(*) as n from {view} group by body")
    return pd.Series(c.n.to_numpy(), index=c.body, dtype="int64")


# -- labels --------------------------------------------------------------------

def codes(taxonomy: str) -> list[str]:
    """A taxonomy's codes in the labels' order (the taxonomy files' order)."""
    return [r["code"] for r in labels_rows() if r["taxonomy"] == taxonomy]


# -- touchpoints ---------------------------------------------------------------

def channel_mix(f: Frames) -> pd.DataFrame:
    """bodies × channels: number of touchpoints (channels in taxonomy order, absent ones dropped)."""
    c = f.sql("select body, channel, count(*) as n from r_touchpoints where channel is not null group by all")
    if c.empty:
        return pd.DataFrame()
    mix = c.pivot(index="body", columns="channel", values="n").fillna(0).astype("int64").sort_index()
    return mix[[c for c in codes("channel") if c in mix.columns]]


# The type the document states, else the one the taxonomy expects for the channel.
_EFFECTIVE_TYPE = "coalesce(point_type, point_type_expected)"


def digital_share(f: Frames, by: str) -> pd.DataFrame:
    """Per body (by="body") or region (by="region"): touchpoints, digital, offline, share digital."""
    key = "body" if by == "body" else "region_name"
    out = f.sql(f"select {key} as {by}, count(*) as touchpoints, "
                f"count(*) filter (where {_EFFECTIVE_TYPE} = 'digital') as digital, "
                f"count(*) filter (where {_EFFECTIVE_TYPE} = 'offline') as offline "
                f"from r_touchpoints group by 1 order by 1")
    if out.empty:
        return pd.DataFrame(columns=[by, "touchpoints", "digital", "offline", "digital_share"])
    typed = out.digital + out.offline
    out["digital_share"] = (out.digital / typed.where(typed > 0)).round(3)
    return out.sort_values(["digital_share", by], ascending=[False, True]).reset_index(drop=True)


def needs_coverage(f: Frames) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(bodies × needs: touchpoints serving each need; per body: canonical needs covered, share)."""
    canon = [c for c in codes("needs") if c not in config()["coverage_excludes"]]
    bodies = sorted(f.sql("select distinct body from r_touchpoints").body)
    if not bodies:
        return pd.DataFrame(), pd.DataFrame(columns=["body", "covered", "of", "coverage", "missing"])
    n = f.sql("select body, need, count(*) as n from r_needs where need is not null group by all")
    matrix = (n.pivot(index="body", columns="need", values="n") if len(n) else
              pd.DataFrame(index=pd.Index([], name="body"), columns=pd.Index([], name="need")))
    matrix = matrix.reindex(index=bodies, columns=codes("needs")).fillna(0).astype("int64")
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
    that sent only a roadmap or a procedure is not judged on it). Grouped in SQL, not
    filtered per body: the cost stays linear in the rows at thousands of bodies."""
    fb = config()["feedback"]
    chans, needs = set(fb["channels"]), set(fb["needs"])
    docs = f.documents[f.documents.counted]
    bodies = sorted(set(docs.body[["touchpoint_list" in k for k in docs.kinds]]))
    cols = ["body", "touchpoints", "touchpoint_channels", "touchpoint_needs", "procedure_codes", "has_feedback"]
    if not bodies:
        return pd.DataFrame(columns=cols)

    def joined(view: str, col: str, keep: set) -> pd.Series:
        hit = f.sql(f"select distinct body, {col} from {view} where {col} in ({_in(keep)})")
        return hit.groupby("body")[col].agg(lambda v: ", ".join(sorted(set(v))))

    out = pd.DataFrame({"body": bodies})
    out["touchpoints"] = out.body.map(_per_body(f, "r_touchpoints")).fillna(0).astype(int)
    for name, view, col, keep in (("touchpoint_channels", "r_touchpoints", "channel", chans),
                                  ("touchpoint_needs", "r_needs", "need", needs),
                                  ("procedure_codes", "r_procedure_items", "code", chans | needs)):
        out[name] = [v if isinstance(v, str) else "" for v in out.body.map(joined(view, col, keep))]
    out["has_feedback"] = (out[["touchpoint_channels", "touchpoint_needs", "procedure_codes"]] != "").any(axis=1)
    return out[cols]


_CONFLICT = "from r_touchpoints where point_type <> point_type_expected"


def type_conflicts(f: Frames, limit: int | None = None) -> pd.DataFrame:
    """Touchpoints whose stated point type differs from the one their channel is expected
    to have (all of them, or the first `limit`: only these rows' text is read)."""
    cols = ["body", "source_path", "row_id", "touchpoint_raw", "channel", "point_type_raw",
            "point_type", "point_type_expected"]
    return f.sql(f"select {', '.join(cols)} {_CONFLICT} order by body, row_id, source_path"
                 + (f" limit {limit}" if limit else ""))


def type_conflict_count(f: Frames) -> int:
    return int(f.sql(f"select count(*) as n {_CONFLICT}").n[0])


def type_disagreements(f: Frames) -> pd.DataFrame:
    """Per channel that some order types otherwise than the taxonomy expects: how many
    orders (and touchpoints) state each type. Orders disagree; none of them is an error."""
    cols = ["channel", "point_type_expected", "orders_digital", "orders_offline", "touchpoints_digital",
            "touchpoints_offline"]
    stated = f.sql("select channel, point_type_expected, point_type, count(distinct doc_id) as orders, "
                   "count(*) as touchpoints from r_touchpoints where point_type in ('digital', 'offline') "
                   "and point_type_expected is not null and channel is not null group by all")
    odd = set(stated.channel[stated.point_type.ne(stated.point_type_expected)])
    stated = stated[stated.channel.isin(odd)]
    if stated.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for (channel, expected), part in stated.groupby(["channel", "point_type_expected"]):
        row = {"channel": channel, "point_type_expected": expected}
        for t in ("digital", "offline"):
            said = part[part.point_type.eq(t)]
            row.update({f"orders_{t}": int(said.orders.sum()), f"touchpoints_{t}": int(said.touchpoints.sum())})
        rows.append(row)
    order = {c: i for i, c in enumerate(codes("channel"))}
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values("channel", key=lambda c: c.map(order)).reset_index(drop=True)[cols]


# -- roadmap -------------------------------------------------------------------

def milestone_order() -> list[str]:
    return codes("milestone")


def _milestone_rank() -> str:
    """SQL: a roadmap row's milestone's place in the template (unknown ones last)."""
    order = milestone_order()
    whens = " ".join(f"when {_in([m])} then {i}" for i, m in enumerate(order))
    return f"case milestone {whens} else {len(order)} end" if order else "0"


# The items every roadmap view counts: those with a deadline, sections and `x` rows left out.
_DATED = ("from r_roadmap where not coalesce(is_section, false) and not coalesce(not_applicable, false) "
          "and deadline is not null")


def _day(d: dt.date) -> str:
    return f"date '{d:%Y-%m-%d}'"


def _items(f: Frames, where: str, order: str, limit: int | None = None) -> pd.DataFrame:
    """Dated items as rows, with the columns the report shows (the responsible names joined
    as a table cell shows them: a list a row is a Python object a row in pandas)."""
    out = f.sql("select body, item_no, area, milestone, milestone_label, deadline, "
                "array_to_string(responsible_names, ', ') as responsible_names, source_path "
                f"{_DATED} and {where} order by {order}" + (f" limit {limit}" if limit else ""))
    out["deadline"] = pd.to_datetime(out.deadline)
    return out


def roadmap_deadlines(f: Frames) -> pd.DataFrame:
    """Every dated item, one row each, in template order (for tests and notebooks: the
    report itself reads the aggregates below, whatever the number of items)."""
    return _items(f, "true", f"{_milestone_rank()}, deadline, body, source_path, item_no")


def overdue(f: Frames, as_of: dt.date, most_overdue: int | None = None) -> pd.DataFrame:
    """Items whose deadline is before `as_of` (the orders do not say what was done), by body,
    deadline and item; or only the `most_overdue` of them, the longest overdue first."""
    order = ("deadline, body, item_no" if most_overdue else "body, deadline, item_no") + \
        f", {_milestone_rank()}, source_path"
    d = _items(f, f"deadline < {_day(as_of)}", order, most_overdue)
    d["days_overdue"] = (pd.Timestamp(as_of) - d.deadline).dt.days
    d["template"] = d.milestone.map(milestone_template())
    return d


def timeline(f: Frames, as_of: dt.date) -> pd.DataFrame:
    """Per (milestone, body): earliest and latest deadline, items, overdue items: the
    timeline's points, bounded by milestones × bodies whatever the number of rows."""
    g = f.sql(f"select milestone, body, min(deadline) as earliest, max(deadline) as latest, count(*) as items, "
              f"count(*) filter (where deadline < {_day(as_of)}) as overdue {_DATED} and milestone is not null "
              f"group by milestone, body order by {_milestone_rank()}, earliest, body")
    for col in ("earliest", "latest"):
        g[col] = pd.to_datetime(g[col])
    return g


def dated_by_body(f: Frames, as_of: dt.date) -> pd.DataFrame:
    """Per body with dated items: items, overdue at `as_of`, the oldest deadline missed,
    days since (computed once per Frames and day: three views read it)."""
    key = ("dated_by_body", as_of)
    if key not in f.memo:
        late = f"filter (where deadline < {_day(as_of)})"
        g = f.sql(f"select body, count(*) as items, count(*) {late} as overdue, min(deadline) {late} as "
                  f"oldest_deadline, max(date_diff('day', deadline, {_day(as_of)})) {late} as max_days_overdue "
                  f"{_DATED} group by body order by body")
        g["oldest_deadline"] = pd.to_datetime(g.oldest_deadline)
        f.memo[key] = g
    return f.memo[key]


def overdue_by_body(f: Frames, as_of: dt.date) -> pd.DataFrame:
    """Per body with overdue items: overdue of its dated items, the oldest deadline missed, days since."""
    cols = ["body", "overdue", "items", "oldest_deadline", "max_days_overdue"]
    out = dated_by_body(f, as_of)
    out = out[out.overdue > 0]
    return out.sort_values(["overdue", "body"], ascending=[False, True]).reset_index(drop=True)[cols]


def overview_by_body(f: Frames, as_of: dt.date) -> pd.DataFrame:
    """Per body of the counted orders: orders, touchpoints, roadmap items with a deadline,
    of them overdue at `as_of`, procedure list items; each column sums to the headline
    figure of the same name (the same frames count both)."""
    docs = f.documents[f.documents.counted]
    out = docs.groupby(["body", "region_name"]).agg(orders=("doc_id", "size")).reset_index()
    dated = dated_by_body(f, as_of).set_index("body")
    per = {"touchpoints": _per_body(f, "r_touchpoints"), "dated_items": dated["items"],
           "overdue": dated.overdue, "procedure_items": _per_body(f, "r_procedure_items")}
    for col, counts in per.items():
        out[col] = out.body.map(counts).fillna(0).astype(int)
    return out.sort_values("body").reset_index(drop=True)


# -- procedures ----------------------------------------------------------------

def procedures_side_by_side(f: Frames) -> pd.DataFrame:
    """(taxonomy, code) × body: how many items of its procedures' lists have that code
    (one column per body, not per document: the heatmap stays as wide as the bodies)."""
    m = f.sql("select case when list_kind = 'need' then 'needs' else 'channel' end as taxonomy, code, body, "
              "count(*) as n from r_procedure_items where code is not null "
              "and list_kind in ('channel_digital', 'channel_offline', 'need') group by all")
    if m.empty:
        return pd.DataFrame()
    m = m.pivot(index=["taxonomy", "code"], columns="body", values="n").fillna(0).astype("int64").sort_index(axis=1)
    index = [(t, c) for t in ("channel", "needs") for c in codes(t)]
    return m.reindex(index=index, fill_value=0)


# -- data quality --------------------------------------------------------------

def documents_by_status(f: Frames) -> pd.DataFrame:
    d = f.documents
    return (d.assign(format=d.format.fillna("unknown")).groupby(["status", "format"]).size()
            .rename("documents").reset_index())


def problem_documents(f: Frames) -> pd.DataFrame:
    """Documents not `ok` or with warnings: status, error, how many warnings, the first."""
    d = f.documents
    n_warn = d.warnings.map(len)
    bad = d.status.ne("ok") | n_warn.gt(0)
    out = d.loc[bad, ["source_path", "format", "status", "error"]].copy()
    out["n_warnings"] = n_warn[bad]
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
