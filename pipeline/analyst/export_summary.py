"""The «Сводка» sheet of `touchpoints export --xlsx`: the report's main tables
(report/data.py, so the workbook and the report agree), one under another, each
with its title and Russian headers (export.yaml)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd


def summary_tables(out: Path) -> list[tuple[str, pd.DataFrame]]:
    """[(title key, frame)] in the sheet's order; each order counted once."""
    from pipeline.analyst.report import data

    f = data.load(out)
    d = f.documents[f.documents.counted]
    bodies = d.groupby(["body", "region_name"]).agg(
        orders=("doc_id", "size"), touchpoints=("n_touchpoints", "sum"),
        roadmap_items=("n_roadmap_items", "sum"), procedure_items=("n_procedure_items", "sum")).reset_index()
    mix = data.channel_mix(f)
    if not mix.empty:
        names = data.label_of("channel")
        mix = mix.rename(columns=names).rename_axis(None, axis=1).reset_index()
    _, needs = data.needs_coverage(f)
    return [("bodies", bodies), ("digital", data.digital_share(f, "body")), ("channels", mix),
            ("needs", needs), ("folded", data.repeated_orders(f)), ("not_orders", data.not_orders(f))]


def write_summary(wb, out: Path, formats: dict) -> None:
    """The sheet, first in the workbook; written row by row (constant-memory mode)."""
    from pipeline.analyst.export_xlsx import _cell, config

    cfg = config()
    ws = wb.add_worksheet(cfg["summary_sheet"])
    heads = cfg["summary_headers"]
    tables = summary_tables(out)
    widths: dict[int, int] = {}
    for _, df in tables:
        for c, name in enumerate(df.columns):
            cells = [len(str(heads.get(name, name)))] + [len(str(v)) for v in df[name].head(200)]
            widths[c] = max(widths.get(c, 8), min(cfg["max_width"], max(cells) + 2))
    for c, w in widths.items():
        ws.set_column(c, c, w)
    row = 0
    for key, df in tables:
        ws.write(row, 0, f"{cfg['summary_titles'][key]}: {len(df)}", formats["title"])
        row += 1
        if df.empty:
            row += 1
            continue
        ws.write_row(row, 0, [heads.get(str(n), str(n)) for n in df.columns], formats["header"])
        row += 1
        percent = [str(n).endswith(("share", "coverage")) for n in df.columns]
        for rec in df.itertuples(index=False):
            for c, v in enumerate(rec):
                v = None if (v is None or (isinstance(v, float) and v != v)) else _cell(v)
                if v is None:
                    continue
                if hasattr(v, "year") and not isinstance(v, str):
                    ws.write_datetime(row, c, v, formats["date"])
                else:
                    ws.write(row, c, v.item() if hasattr(v, "item") else v, formats["percent"] if percent[c] else None)
            row += 1
        row += 1
