"""The «Сводка» sheet of `touchpoints export --xlsx`: the report's main tables
(report/data.py, so the workbook and the report agree), one under another, each
with its title and Russian headers (columns_ru.yaml)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

def frames(out: Path):
    """The report's frames (report/data.py): documents whole, rows aggregated in DuckDB
    on demand, so the summary reads no more than its tables need."""
    from pipeline.analyst.report import data

    return data.load(out)


def summary_tables(f) -> list[tuple[str, pd.DataFrame]]:
    """[(title key, frame)] in the sheet's order from the report's frames `f`; each order
    counted once."""
    from pipeline.analyst.report import data

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


def summary_sheet(out: Path):
    """The sheet (xlsx_writer.Sheet): each table under its title, Russian headers,
    shares as percentages."""
    import pyarrow as pa

    from pipeline.analyst.column_names import headers
    from pipeline.analyst.export_xlsx import config, fill_sheet
    from pipeline.analyst.xlsx_writer import STYLE, Sheet

    cfg = config()
    heads = headers()
    sheet = Sheet(cfg["summary_sheet"])
    widths: dict[int, int] = {}
    for key, df in summary_tables(frames(out)):
        sheet.add_rows([pa.array([f"{cfg['summary_titles'][key]}: {len(df)}"])], [STYLE["title"]])
        if not df.empty:
            text = {c: "string" for c in df.columns
                    if df[c].dtype == object and pd.api.types.infer_dtype(df[c], skipna=True) != "date"}
            table = pa.Table.from_pandas(df.astype(text), preserve_index=False)    # dates stay dates
            cols = [(heads.get(str(n), str(n)), table.column(i)) for i, n in enumerate(df.columns)]
            probe = Sheet("")
            fill_sheet(probe, cols)
            for i, w in enumerate(probe.widths):
                widths[i] = max(widths.get(i, 8), w)
            percent = [STYLE["percent"] if str(n).endswith(("share", "coverage")) else None for n in df.columns]
            sheet.add_rows([pa.array([h], pa.string()) for h, _ in cols], [STYLE["header"]] * len(cols))
            sheet.add_rows([c for _, c in cols], percent)
        sheet.add_rows([pa.array([None], pa.string())])        # a blank row between tables
    sheet.widths = [widths.get(i, 8) for i in range(max(widths, default=-1) + 1)]
    return sheet
