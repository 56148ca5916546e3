"""`touchpoints export --xlsx FILE`: the dataset as one Excel workbook.

One sheet per table with Russian headers (columns_ru.yaml), the Russian label in a
column beside every code, dates as Excel dates, lists joined into one cell, the
header row frozen, an autofilter and widths that fit; a «Сводка» sheet first
with the report's main tables (export_summary.py).  Each order counts once, as in
the views: the touchpoint, roadmap and procedure sheets leave out the rows of
files that are a duplicate_of another (`all_files` keeps them), and the
documents sheet says which file each duplicate is counted as.

Written by xlsx_writer.py (cells made by Arrow's kernels: a 2,000-order dataset
in seconds) under a temporary name and renamed: never half a file.  An existing file is replaced only if this tool
wrote it (a custom document property marks it) unless `force`.
"""
from __future__ import annotations

import os
import time
import zipfile
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import yaml

from pipeline.analyst.column_names import headers
from textcore.atomic import atomic_write

_CONFIG = Path(__file__).resolve().parent / "export.yaml"
MARK_NAME, MARK_VALUE = "touchpoints", "export"
_ROW_TABLES = ("touchpoints", "roadmap", "procedure_items")
_SLICE = 50_000                  # rows made into XML at a time
_DOC_FIRST = ["source_path", "region", "authority", "order_number", "order_date"]
_US = "\x1f"                    # between taxonomy and code in a lookup key


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
def _label_index() -> tuple[pa.Array, pa.Array]:
    """(keys "taxonomy<US>code", labels): the lookup the label columns take from."""
    from pipeline.analyst.labels import labels_rows

    out = {(r["taxonomy"], r["code"]): r["label_ru"] for r in labels_rows()}
    for tax, extra in config().get("extra_labels", {}).items():
        out.update({(tax, code): text for code, text in extra.items()})
    keys = pa.array([f"{tax}{_US}{code}" for tax, code in out], pa.string())
    return keys, pa.array(list(out.values()), pa.string())


def _lookup(taxes, codes: pa.Array) -> pa.Array:
    """The label of each (taxonomy, code); null where either is null or the pair is unknown."""
    keys, labels = _label_index()
    return pc.take(labels, pc.index_in(pc.binary_join_element_wise(taxes, codes, _US), value_set=keys))


def _label_column(spec, table: pa.Table, name: str) -> pa.Array:
    """The labels of a code column, vectorised (a list of codes: their labels joined with
    '; ', a code with no label standing for itself)."""
    values = _whole(table.column(name))
    if isinstance(spec, str):
        taxes = pa.scalar(spec, pa.string())
    else:
        by = spec["map"]
        taxes = pc.take(pa.array(list(by.values()), pa.string()),
                        pc.index_in(_whole(table.column(spec["by"])), value_set=pa.array(list(by), pa.string())))
    if not (pa.types.is_list(values.type) or pa.types.is_large_list(values.type)):
        return _lookup(taxes, values)
    lengths = pc.fill_null(pc.list_value_length(values), 0).to_numpy()
    flat = pc.list_flatten(values)           # null lists hold no value: lengths 0 above
    each = taxes if isinstance(taxes, pa.Scalar) else pc.take(taxes, np.repeat(np.arange(len(values)), lengths))
    names = pc.coalesce(_lookup(each, flat), flat)
    offsets = pa.array(np.concatenate([[0], np.cumsum(lengths)]), pa.int32())
    joined = pc.binary_join(pa.ListArray.from_arrays(offsets, names, mask=pc.is_null(values)), "; ")
    if isinstance(taxes, pa.Array):          # a row whose taxonomy is unknown has no label
        joined = pc.if_else(pc.is_null(taxes), pa.scalar(None, pa.string()), joined)
    return joined


def sheet_columns(table: pa.Table, doc_first: bool = False) -> list[tuple[str, pa.Array]]:
    """[(Russian header, column)] of one sheet: labels beside codes; with doc_first the
    document's file, region, issuer, number and date lead (rows of a table)."""
    cfg = config()
    names = [c for c in _DOC_FIRST if c in table.column_names] if doc_first else []
    names += [c for c in table.column_names if c not in names]
    out = []
    for name in names:
        header = cfg["duplicate_header"] if name == "counted_as" else headers().get(name, name)
        out.append((header, table.column(name)))
        spec = cfg["codes"].get(name)
        if spec is not None and not (isinstance(spec, dict) and spec["by"] not in table.column_names):
            out.append((header + cfg["label_suffix"], _label_column(spec, table, name)))
    return out


def _whole(col) -> pa.Array:
    return col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col


def fill_sheet(sheet, columns: list[tuple[str, pa.Array]], header_row: bool = True) -> None:
    """Header and rows into `sheet`, with widths that fit (the header and the first rows)."""
    from pipeline.analyst.xlsx_writer import STYLE, as_text

    max_width = config()["max_width"]
    heads = [pa.array([h], pa.string()) for h, _ in columns]
    widths = []
    for header, col in columns:
        head = col.slice(0, 500)
        if pa.types.is_date(col.type) or pa.types.is_timestamp(col.type):
            longest = 16 if pa.types.is_timestamp(col.type) else 10
        else:
            longest = pc.max(pc.utf8_length(as_text(head))).as_py() or 0
        widths.append(min(max_width, max(len(header) + 2, longest + 1)))
    sheet.widths = sheet.widths or widths
    if header_row:
        sheet.add_rows(heads, [STYLE["header"]] * len(heads))
    n = len(columns[0][1]) if columns else 0
    for start in range(0, n, _SLICE):          # slices: one string array stays far below 2 GB
        sheet.add_rows([c.slice(start, _SLICE) for _, c in columns])


class Phases(dict):
    """Seconds per phase of an export, {name: [wall, cpu]} (CPU of every thread: DuckDB
    and Arrow use several), for benchmarks/bench_export.py."""

    @contextmanager
    def __call__(self, name: str):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            spent = self.setdefault(name, [0.0, 0.0])
            spent[0] += time.perf_counter() - wall
            spent[1] += time.process_time() - cpu


def export_xlsx(out: Path, dest: Path, force: bool = False, all_files: bool = False,
                phases: Phases | None = None) -> dict:
    """Write the workbook, each sheet into the zip as soon as it is made; {"sheets":
    {name: rows}, "bytes": n}.  With `phases`, the time of each phase goes there."""
    from pipeline.analyst import xlsx_writer

    dest = Path(dest)
    check_target(dest, force)
    phase = phases if phases is not None else Phases()
    counts: dict[str, int] = {}

    def build(tmp: Path) -> None:
        with xlsx_writer.Book(tmp, {MARK_NAME: MARK_VALUE}, 1 + len(sheet_queries(all_files))) as book:
            for sheet in _sheets(out, all_files, phase, counts):
                with phase("zip (deflate, write)"):
                    book.add(sheet)
            with phase("zip (deflate, write)"):
                book.close()
    atomic_write(dest, build)
    return {"sheets": counts, "bytes": dest.stat().st_size}


def _sheets(out: Path, all_files: bool, phase: Phases, counts: dict):
    """The workbook's sheets in order, each as soon as it is made («Сводка» first);
    the rows of each table sheet go into `counts`."""
    from pipeline.analyst import xlsx_writer
    from pipeline.analyst.export_summary import summary_sheet
    from pipeline.analyst.query import connect, run

    cfg = config()
    with phase("summary (report frames, its sheet)"):
        summary = summary_sheet(out)
    yield summary
    con = connect(out)
    strings = xlsx_writer.SharedStrings()          # one per workbook: the sheets' cells index into it
    for table, sql in sheet_queries(all_files).items():
        with phase("queries (DuckDB to Arrow)"):
            result = run(con, sql)
        with phase("labels beside codes"):
            columns = sheet_columns(result, table in _ROW_TABLES)
        with phase("sheet XML (cells, rows)"):
            sheet = xlsx_writer.Sheet(cfg["sheets"][table], frozen=True, autofilter=True, strings=strings)
            fill_sheet(sheet, columns)
        counts[table] = result.num_rows
        yield sheet
