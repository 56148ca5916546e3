"""The dataset as the report reads it: the documents in memory, the row tables in DuckDB.

A body is an issuing authority in its region (`documents.authority`, `region_code`).
Documents holding the same order count once, by the file that stands for it
(`documents.duplicate_of` is null: pipeline/store/orders.py groups them); files that
are not orders (failed, or no kind and not about client-centricity) are no body.

Only `documents` (one row a file) is a pandas frame. The counted documents' bodies are
registered in DuckDB (`_counted`), and the row tables are views joined to it:

    r_touchpoints      touchpoints of counted documents + body, region_name, region, region_code, source_path
    r_needs            (doc_id, need, body): one row per need of a counted document's touchpoint
    r_roadmap          roadmap of counted documents + milestone_label, body, source_path
    r_procedure_items  procedure_items of counted documents + body, source_path

The report's views aggregate these in SQL (data.py), so the build's memory and time
grow with bodies and codes, not with rows: at 100,000 documents a frame of every
touchpoint and need is gigabytes. The full row frames (`Frames.touchpoints`, …) are
still there for tests and notebooks, read only when first used.
"""
from __future__ import annotations

from functools import cached_property
from pathlib import Path

import pandas as pd
import pyarrow as pa

from pipeline.analyst.query import connect, run
from pipeline.store.orders import is_order

from .wording import w

# On the tables, not on query.py's wide views: their joins to every document and label
# (and touchpoint_needs' unnest over touchpoints_wide) cost more than the report's
# aggregates themselves. `_counted` holds only counted files, so duplicates are out.
_VIEWS = {
    "r_touchpoints": "select t.*, c.body, c.region_name, c.region, c.region_code, c.source_path "
                     "from touchpoints t join _counted c using (doc_id)",
    "r_needs": "select t.doc_id, unnest(t.needs) as need, c.body from touchpoints t join _counted c using (doc_id)",
    "r_roadmap": "select r.*, lm.label_ru as milestone_label, c.body, c.source_path from roadmap r "
                 "join _counted c using (doc_id) "
                 "left join labels lm on lm.taxonomy = 'milestone' and lm.code = r.milestone",
    "r_procedure_items": "select p.doc_id, p.list_kind, p.code, c.source_path, c.body "
                         "from procedure_items p join _counted c using (doc_id)",
}

# The columns of the full row frames (tests, notebooks): a `select *` of
# touchpoint_needs alone is gigabytes of text at 100,000 documents.
_FULL = {
    "touchpoints": "doc_id, region, region_code, source_path, row_id, touchpoint_raw, channel, needs, "
                   "point_type_raw, point_type, point_type_expected, body",
    "needs": "doc_id, need, body",
    "roadmap": "doc_id, source_path, item_no, area, milestone, milestone_label, deadline, activity, "
               "responsible_names, is_section, not_applicable, body",
    "procedure_items": "doc_id, list_kind, code, source_path, body",
}


def frame(con, sql: str) -> pd.DataFrame:
    return run(con, sql).combine_chunks().to_pandas()      # one chunk: `take` on many is slow


def body_name(authority, region_code, source_path) -> str:
    name = authority if isinstance(authority, str) and authority.strip() else f"{w('no_authority')} {source_path}"
    return f"{name} ({region_code})" if isinstance(region_code, str) and region_code else name


class Frames:
    """documents (+ body, region_name, is_order, counted: False for a repeated order),
    review and labels as frames; `con` holds the row views above; `memo` the frames
    several views share."""

    def __init__(self, con, documents: pd.DataFrame, review: pd.DataFrame, labels: pd.DataFrame):
        self.con, self.documents, self.review, self.labels = con, documents, review, labels
        self.memo: dict = {}

    def sql(self, query: str) -> pd.DataFrame:
        return frame(self.con, query)

    def _full(self, name: str) -> pd.DataFrame:
        return self.sql(f"select {_FULL[name]} from r_{name} order by source_path"
                        if name != "needs" else f"select {_FULL[name]} from r_needs")

    touchpoints = cached_property(lambda self: self._full("touchpoints"))
    needs = cached_property(lambda self: self._full("needs"))
    roadmap = cached_property(lambda self: self._full("roadmap"))
    procedure_items = cached_property(lambda self: self._full("procedure_items"))


def load(out: Path) -> Frames:
    con = connect(out)
    docs = frame(con, "select * from documents order by source_path")
    docs["body"] = [body_name(a, r, s) for a, r, s in zip(docs.authority, docs.region_code, docs.source_path)]
    docs["region_name"] = docs.region.fillna(docs.region_code).fillna(w("no_region"))
    docs["is_order"] = [is_order({"status": s, "kinds": k, "warnings": x})
                        for s, k, x in zip(docs.status, docs.kinds, docs.warnings)]
    docs["counted"] = docs.is_order & docs.duplicate_of.isna()
    counted = docs.loc[docs.counted, ["doc_id", "body", "region_name", "region", "region_code", "source_path"]]
    con.register("_counted", pa.Table.from_pandas(counted, preserve_index=False))
    for name, sql in _VIEWS.items():
        con.execute(f"create view {name} as {sql}")
    return Frames(con, docs, review=frame(con, "select * from review"), labels=frame(con, "select * from labels"))
