"""`touchpoints export --xlsx FILE`: the dataset as an Excel workbook."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli.common import accept_common
from pipeline.terminal import safe


@click.command()
@accept_common
@click.option("--xlsx", "dest", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="The workbook to write (.xlsx).")
@click.option("--out", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
              help="Dataset folder.")
@click.option("--all-files", is_flag=True,
              help="Keep the rows of files that duplicate another file's order (default: each order once).")
@click.option("--force", is_flag=True, help="Replace an existing file this tool did not write.")
@click.option("--quiet", "-q", is_flag=True, help="Do not print what was written.")
def export(dest, out, all_files, force, quiet):
    """Write the dataset as one Excel workbook (.xlsx).

    A «Сводка» sheet with the report's main tables, then one sheet per table:
    Russian column headers, the Russian name beside every code, dates as
    dates, lists in one cell, frozen header, autofilter.  Each order counts
    once (the documents sheet says which file a duplicate is counted as).
    Written atomically; an existing file is replaced only if this tool wrote
    it, unless --force."""
    from pipeline.analyst.export_xlsx import ExportError, export_xlsx
    from pipeline.analyst.query import QueryError

    try:
        info = export_xlsx(out, dest, force=force, all_files=all_files)
    except (ExportError, QueryError) as e:
        click.echo(safe(f"touchpoints: {e}"), err=True)
        sys.exit(2)
    if not quiet:
        rows = ", ".join(f"{t} {n}" for t, n in info["sheets"].items())
        click.echo(safe(f"{dest} written ({info['bytes'] / 1e6:.1f} MB): {rows}"))
