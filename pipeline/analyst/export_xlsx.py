"""`touchpoints export --xlsx FILE`: the dataset as one Excel workbook.

One sheet per table with Russian headers (export.yaml), the Russian label in a
column beside every code, dates as Excel dates, lists joined into one cell, the
header row frozen, an autofilter and widths that fit; a «Сводка» sheet first
with the report's main tables (export_summary.py).  Each order counts once, as in
the views: the touchpoint, roadmap and procedure sheets leave out the rows of
files that are a duplicate_of another (`all_files` keeps them), and the
documents sheet says which file each duplicate is counted as.

Written with XlsxWriter (constant memory, row by row) under a temporary name
and renamed: never half a file.  An existing file is replaced only if this tool
wrote it (a custom document property marks it) unless `force`.
"""
from __future__ import annotations

import datetime as dt
import os
import uuid
import zipfile
from functools import lru_cache
from pathlib import Path

import yaml

_CONFIG = Path(__file__).resolve().parent / "export.yaml"
MARK_NAME, MARK_VALUE = "touchpoints", "export"
_ROW_TABLES = ("touchpoints", "roadmap", "procedure_items")
_DOC_FIRST = ["source_path", "region", "authority", "order_number", "order_date"]


class ExportError(Exception):
    """The export cannot be written where asked (one line for the user)."""


@lru_cache(maxsize=1)
def config() -> dict:
    return yaml.safe_load(_CONFIG.read_text(encoding="utf-8"))


def sheet_queries(all_files: bool) -> dict[str, str]:
    """SQL over the query views for each sheet (each order once unless all_files)."""
    once = "" if all_files else "where d.duplicate_of is null"
    tp, rm = ("touchpoints_wide_all", "roadmap_wide_all") if all_files else ("touchpoints_wide", "roadmap_wide")
    return {
        "documents": "select d.* exclude (duplicate_of), s.source_path as counted_as from documents d "
                     "left join documents s on s.doc_id = d.duplicate_of order by d.source_path",
        "touchpoints": f"select * exclude (channel_label, direction_label) from {tp} order by source_path, row_id",
        "roadmap": f"select * exclude (milestone_label) from {rm} order by source_path, item_no",
        "procedure_items": "select p.*, d.source_path, d.region, d.authority, d.order_number, d.order_date "
                           f"from procedure_items p join documents d using (doc_id) {once} "
                           "order by d.source_path, p.list_kind",
        "review": "select * from review order by count desc, field, text_raw",
        "labels": "select * from labels",
    }


def check_target(dest: Path, force: bool) -> None:
    dest = Path(dest)
    if dest.suffix.lower() != ".xlsx":
        raise ExportError(f"{dest}: the file name must end in .xlsx")
    if not dest.parent.is_dir():
        raise ExportError(f"{dest}: no such folder {dest.parent}")
    if os.path.lexists(dest) and not force and not written_by_us(dest):
        raise ExportError(f"{dest} exists and is not an export this tool wrote; --force replaces it")


def written_by_us(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as z:
            custom = z.read("docProps/custom.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    return f'name="{MARK_NAME}"' in custom and MARK_VALUE in custom


@lru_cache(maxsize=1)
def _labels() -> dict[tuple[str, str], str]:
    from pipeline.analyst.labels import labels_rows

    out = {(r["taxonomy"], r["code"]): r["label_ru"] for r in labels_rows()}
    for tax, extra in config().get("extra_labels", {}).items():
        out.update({(tax, code): text for code, text in extra.items()})
    return out


def _label_column(spec, columns: dict[str, list], values: list) -> list:
    """The labels of a code column (a list of codes: their labels joined)."""
    labels = _labels()
    if isinstance(spec, str):
        taxes = [spec] * len(values)
    else:
        taxes = [spec["map"].get(k) for k in columns.get(spec["by"], [None] * len(values))]

    def one(tax, v):
        if v is None or tax is None:
            return None
        if isinstance(v, list):
            return "; ".join(labels.get((tax, c), c) for c in v)
        return labels.get((tax, v))
    return [one(t, v) for t, v in zip(taxes, values)]


def sheet_columns(table, doc_first: bool = False) -> list[tuple[str, list]]:
    """[(Russian header, values)] of one sheet: labels beside codes; with doc_first
    the document's file, region, issuer, number and date lead (rows of a table)."""
    cfg = config()
    data = table.to_pydict()
    names = [c for c in _DOC_FIRST if c in data] if doc_first else []
    names += [c for c in data if c not in names]
    out = []
    for name in names:
        header = cfg["duplicate_header"] if name == "counted_as" else cfg["headers"].get(name, name)
        out.append((header, data[name]))
        spec = cfg["codes"].get(name)
        if spec is not None and not (name == "code" and "list_kind" not in data):
            out.append((header + cfg["label_suffix"], _label_column(spec, data, data[name])))
    return out


def _cell(v):
    if isinstance(v, list):
        return "; ".join("" if x is None else str(x) for x in v)     # text may hold commas
    if isinstance(v, dt.datetime) and v.tzinfo is not None:
        return v.astimezone(dt.timezone.utc).replace(tzinfo=None)    # Excel has no time zones: UTC
    return v


def write_sheet(wb, ws, columns: list[tuple[str, list]], formats: dict, autofilter: bool = True) -> None:
    """One table from cell (0, 0): header, rows, widths, frozen header, autofilter."""
    max_width = config()["max_width"]
    n = len(columns[0][1]) if columns else 0
    for c, (header, values) in enumerate(columns):
        sample = [len(str(_cell(v))) for v in values[:500] if v is not None]
        ws.set_column(c, c, min(max_width, max([len(header) + 2] + [w + 1 for w in sample])))
    ws.write_row(0, 0, [h for h, _ in columns], formats["header"])
    cols = [[_cell(v) for v in values] for _, values in columns]
    kinds = [_kind(col) for col in cols]
    for r in range(n):
        for c, col in enumerate(cols):
            v = col[r]
            if v is None:
                continue
            if kinds[c] is not None:
                ws.write_datetime(r + 1, c, v, formats[kinds[c]])
            else:
                ws.write(r + 1, c, v)
    ws.freeze_panes(1, 0)
    if autofilter and columns:
        ws.autofilter(0, 0, n, len(columns) - 1)


def _kind(col: list) -> str | None:
    first = next((v for v in col if v is not None), None)
    if isinstance(first, dt.datetime):
        return "datetime"
    if isinstance(first, dt.date):
        return "date"
    return None


def export_xlsx(out: Path, dest: Path, force: bool = False, all_files: bool = False) -> dict:
    """Write the workbook; {"sheets": {name: rows}, "bytes": n}."""
    import xlsxwriter

    from pipeline.analyst.export_summary import write_summary
    from pipeline.analyst.query import connect, run

    dest = Path(dest)
    check_target(dest, force)
    cfg = config()
    con = connect(out)
    tmp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex}.tmp")
    counts = {}
    try:
        wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_formulas": False,
                                            "strings_to_urls": False, "strings_to_numbers": False})
        wb.set_custom_property(MARK_NAME, MARK_VALUE)
        formats = {"header": wb.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#EEEEEE"}),
                   "date": wb.add_format({"num_format": cfg["date_format"]}),
                   "datetime": wb.add_format({"num_format": cfg["datetime_format"]}),
                   "title": wb.add_format({"bold": True, "font_size": 12}),
                   "percent": wb.add_format({"num_format": "0.0%"})}
        write_summary(wb, out, formats)
        for table, sql in sheet_queries(all_files).items():
            result = run(con, sql)
            ws = wb.add_worksheet(cfg["sheets"][table])
            write_sheet(wb, ws, sheet_columns(result, table in _ROW_TABLES), formats)
            counts[table] = result.num_rows
        wb.close()
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return {"sheets": counts, "bytes": dest.stat().st_size}
