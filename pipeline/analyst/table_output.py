"""An Arrow table as a person or a program wants it: aligned text, CSV, JSON, Parquet."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow as pa

from textcore.atomic import atomic_write

NULL = "∅"               # what an aligned table shows for null (an empty cell is an empty string)


def _cell_text(v, width: int) -> str:
    if v is None:
        text = NULL
    elif isinstance(v, list):
        text = "[" + ", ".join(NULL if x is None else str(x) for x in v) + "]"
    elif isinstance(v, float):
        text = f"{v:.4g}"
    else:
        text = str(v)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def aligned(table: pa.Table, max_width: int = 60) -> str:
    """Columns padded to their widest cell (cells cut at max_width); numbers right-aligned."""
    names = table.column_names
    if not names:
        return "(no result)"
    rows = [[_cell_text(v, max_width) for v in r.values()] for r in table.to_pylist()]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    numeric = [pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t)
               for t in table.schema.types]

    def line(cells):
        return "  ".join(c.rjust(w) if num else c.ljust(w)
                         for c, w, num in zip(cells, widths, numeric)).rstrip()

    out = [line(names), "  ".join("─" * w for w in widths)]
    out += [line(r) for r in rows]
    out.append(f"({table.num_rows} row{'s' if table.num_rows != 1 else ''})")
    return "\n".join(out)


def _plain(v):
    """A value JSON can hold: dates/timestamps as ISO text, lists element-wise."""
    if isinstance(v, (dt.date, dt.datetime, dt.time)):
        return v.isoformat()
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, bytes):
        return v.hex()
    if isinstance(v, float) and v != v:
        return None
    return v if isinstance(v, (str, int, float, bool)) or v is None else str(v)


def as_json(table: pa.Table) -> str:
    """An array of records; null stays null, lists stay lists, dates are ISO text."""
    return json.dumps([{k: _plain(v) for k, v in r.items()} for r in table.to_pylist()],
                      ensure_ascii=False, indent=1)


def as_csv(table: pa.Table, sep: str = ",", bom: bool = False) -> str:
    """CSV with a header; null is an empty field, a list is its JSON array.  `bom`
    starts it with U+FEFF: Excel then reads UTF-8 (not the locale's code page)."""
    buf = io.StringIO()
    if bom:
        buf.write("\ufeff")
    w = csv.writer(buf, delimiter=sep, lineterminator="\n")
    w.writerow(table.column_names)
    for r in table.to_pylist():
        w.writerow(["" if v is None else json.dumps(_plain(v), ensure_ascii=False) if isinstance(v, list)
                    else _plain(v) for v in r.values()])
    return buf.getvalue()


def write_parquet(table: pa.Table, path: Path) -> None:
    """Written under a temporary name in the same folder, then renamed: never half a file."""
    import pyarrow.parquet as pq

    atomic_write(path, lambda tmp: pq.write_table(table, tmp, compression="zstd"))
