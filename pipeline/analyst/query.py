"""SQL over the dataset: an in-memory DuckDB with one view per table (`touchpoints query`).

    from pipeline.analyst.query import connect
    con = connect("output")
    con.sql("select channel, count(*) from touchpoints_wide group by 1").df()

Views named after the tables read the Parquet files where they lie
(`read_parquet('<out>/<table>/**/*.parquet', hive_partitioning = true,
union_by_name = true)`, the contract's read path), so a query sees the
dataset as committed when it runs; nothing is copied.  A table with no file
yet is an empty view with the contract's columns; `labels` falls back to the
taxonomy files when the dataset has no labels table.  Companion views:

    touchpoints_wide   touchpoints + the document's region, authority, order number and date + labels,
                       each order once: rows of a file that is a duplicate_of another are left out
    touchpoint_needs   touchpoints_wide with `needs` exploded: one row per (touchpoint, need), need_no = its position
    roadmap_wide       roadmap + the document's region, authority, order number and date + labels (each order once)
    touchpoints_wide_all, roadmap_wide_all   the same over every file, duplicates included
    folded_files       the files left out as duplicates: which file stands for their order
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline.contract import SCHEMAS

TABLE_VIEWS = ("documents", "touchpoints", "roadmap", "procedure_items", "review", "labels")
_DOC_COLUMNS = "d.source_path, d.region, d.region_code, d.authority, d.order_number, d.order_date, d.order_key"
_TOUCHPOINTS_WIDE = f"""
        select t.*, {_DOC_COLUMNS}, d.duplicate_of,
               lc.label_ru as channel_label, ld.label_ru as direction_label
        from touchpoints t
        left join documents d using (doc_id)
        left join labels lc on lc.taxonomy = 'channel' and lc.code = t.channel
        left join labels ld on ld.taxonomy = 'direction' and ld.code = t.direction"""
_ROADMAP_WIDE = f"""
        select r.*, {_DOC_COLUMNS}, d.duplicate_of, lm.label_ru as milestone_label
        from roadmap r
        left join documents d using (doc_id)
        left join labels lm on lm.taxonomy = 'milestone' and lm.code = r.milestone"""

# "_all" first: the counted views are them less the rows of duplicate files
COMPANION_VIEWS = {
    "touchpoints_wide_all": _TOUCHPOINTS_WIDE,
    "roadmap_wide_all": _ROADMAP_WIDE,
    "touchpoints_wide": "select * exclude (duplicate_of) from touchpoints_wide_all where duplicate_of is null",
    "roadmap_wide": "select * exclude (duplicate_of) from roadmap_wide_all where duplicate_of is null",
    # two unnests in one select list run side by side: a need beside its position, without
    # the lateral join and list indexing that took three times as long
    "touchpoint_needs": """
        select w.* exclude (needs, need_no, need), w.need_no, w.need, ln.label_ru as need_label
        from (select *, unnest(range(1, len(needs) + 1)) as need_no, unnest(needs) as need
              from touchpoints_wide) w
        left join labels ln on ln.taxonomy = 'needs' and ln.code = w.need""",
    "folded_files": """
        select d.source_path, d.format, d.ocr, d.status, d.order_key, s.source_path as counted_as,
               d.doc_id, d.duplicate_of
        from documents d join documents s on s.doc_id = d.duplicate_of
        order by d.order_key, d.source_path""",
}
VIEWS = TABLE_VIEWS + tuple(COMPANION_VIEWS)


class QueryError(Exception):
    """Bad SQL or an unreadable dataset: one line for the user."""


def _sql_string(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _has_parquet(folder: Path) -> bool:
    return folder.is_dir() and any(folder.rglob("*.parquet"))


def connect(out: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with every view of the dataset in `out`."""
    out = Path(out)
    if not (out / "documents").is_dir():
        raise QueryError(f"no dataset in {out} (run `touchpoints rebuild` or pass --out)")
    # no progress bar: it would be drawn over the command's own output on stderr
    con = duckdb.connect(":memory:")
    try:
        con.execute("set enable_progress_bar = false")
    except duckdb.Error:    # inside Jupyter DuckDB refuses the setting without ipywidgets; it draws no bar there
        pass
    for name in TABLE_VIEWS:
        folder = out / name
        if _has_parquet(folder):
            glob = _sql_string(folder / "**" / "*.parquet")
            con.execute(f"create view {name} as select * from "
                        f"read_parquet({glob}, hive_partitioning = true, union_by_name = true)")
        else:
            con.register(f"_{name}_fallback", _fallback(name))
            con.execute(f"create view {name} as select * from _{name}_fallback")
    for name, sql in COMPANION_VIEWS.items():
        con.execute(f"create view {name} as {sql}")
    return con


def _fallback(name: str):
    """The arrow table behind a view whose folder holds no file yet."""
    if name == "labels":
        from pipeline.analyst.labels import labels_table

        return labels_table()
    from pipeline.contract import to_table

    return to_table(name, [])


def run(con: duckdb.DuckDBPyConnection, sql: str):
    """The result of one SQL statement as an Arrow table; QueryError on bad SQL."""
    try:
        rel = con.sql(sql)
    except duckdb.Error as e:
        raise QueryError(_one_line(e)) from e
    if rel is None:                          # a statement with no result (e.g. SET)
        import pyarrow as pa

        return pa.table({})
    try:
        for method in ("to_arrow_table", "fetch_arrow_table", "arrow"):    # newest DuckDB first
            if hasattr(rel, method):
                return getattr(rel, method)()
    except duckdb.Error as e:
        raise QueryError(_one_line(e)) from e


def _one_line(e: Exception) -> str:
    """DuckDB's message on one line: its hints ('Did you mean "touchpoints"?', 'Candidate
    bindings: "channel"') kept, the 'LINE 1: …' echo of the SQL and its caret dropped."""
    lines = [ln for ln in str(e).strip().splitlines()
             if ln.strip() and not ln.lstrip().startswith("LINE ") and set(ln.strip()) != {"^"}]
    text = " ".join(" ".join(lines or [type(e).__name__]).split())
    return text if len(text) <= 600 else text[:597] + "..."


def describe(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int, list[tuple[str, str]]]]:
    """[(view, rows, [(column, type), ...])] for every view, in VIEWS order."""
    result = []
    for name in VIEWS:
        cols = con.execute("select column_name, data_type from information_schema.columns "
                           "where table_name = ? order by ordinal_position", [name]).fetchall()
        rows = con.execute(f"select count(*) from {name}").fetchall()[0][0]
        result.append((name, rows, cols))
    return result


def contract_columns(name: str) -> list[str]:
    """The contract's columns of a table (for docs and tests)."""
    return [f.name for f in SCHEMAS[name]]
