"""The analyst's commands: `touchpoints label`, `touchpoints query`, `touchpoints report`.

Kept apart from main.py (which only registers them); heavy libraries (DuckDB,
pandas, plotly) are imported inside the commands so `--help` stays quick.
Errors a user can fix are one line on stderr and exit status 2.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from pipeline.cli.common import accept_common, sep_option

USAGE = 2


def _fail(message: str) -> None:
    click.echo(f"touchpoints: {message}", err=True)
    sys.exit(USAGE)


@click.command()
@accept_common
@click.argument("codes", nargs=-1)
@click.option("--taxonomy", "-t", default=None,
              help="Only this taxonomy: channel needs direction point_type milestone list_kind client "
                   "(singular or plural: -t need = -t needs, -t channels = -t channel).")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON on stdout.")
def label(codes, taxonomy, as_json):
    """Russian labels of codes (all codes when none is given).

    \b
    touchpoints label gosuslugi mfc        # taxonomy, code, label
    touchpoints label -t milestone         # every milestone with its label
    Python: from pipeline.analyst.labels import label; label("gosuslugi")"""
    from pipeline.analyst.labels import TAXONOMIES, find, labels_rows, taxonomy_name

    taxonomy = taxonomy_name(taxonomy)
    if taxonomy is not None and taxonomy not in TAXONOMIES:
        _fail(f"unknown taxonomy {taxonomy!r} (one of: {', '.join(TAXONOMIES)})")
    if codes:
        rows, unknown = [], []
        for code in codes:
            found = find(code, taxonomy)
            rows += found
            if not found:
                unknown.append(code)
        if unknown:
            _fail(f"unknown code(s): {', '.join(unknown)} (`touchpoints label` lists them all)")
    else:
        rows = [r for r in labels_rows() if taxonomy in (None, r["taxonomy"])]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    wt = max(len(r["taxonomy"]) for r in rows)
    wc = max(len(r["code"]) for r in rows)
    for r in rows:
        extra = f"  [{r['point_type_expected']}]" if r["point_type_expected"] else ""
        click.echo(f"{r['taxonomy']:<{wt}}  {r['code']:<{wc}}  {r['label_ru']}{extra}")


@click.command()
@accept_common
@sep_option
@click.argument("sql", required=False)
@click.option("--out", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
              help="Dataset folder.")
@click.option("--csv", "as_csv", is_flag=True,
              help="CSV on stdout, UTF-8 with a BOM (Excel opens it right; a list is its JSON array).")
@click.option("--json", "as_json", is_flag=True, help="JSON records on stdout (dates as ISO text).")
@click.option("--parquet", "parquet_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Write the result to this Parquet file (atomically) instead of printing it.")
@click.option("--max-width", type=click.IntRange(min=5), default=60, show_default=True,
              help="Widest cell of the aligned table (longer text is cut with …).")
@click.option("--timeout", type=click.FloatRange(min=0), default=0, show_default=True,
              help="Stop the query after this many seconds (0 = no limit; Ctrl-C always stops it).")
@click.option("--force", is_flag=True, help="Let --parquet replace a file this tool did not write.")
def query(sql, out, as_csv, as_json, parquet_path, max_width, sep, timeout, force):
    """Run SQL (DuckDB) over the dataset; with no SQL, list the views and their columns.

    \b
    Views: documents touchpoints roadmap procedure_items review labels,
    touchpoints_wide (+ region, authority, order number and date, labels),
    touchpoint_needs (needs exploded: one row per touchpoint and need),
    roadmap_wide (+ the document's fields and milestone labels);
    these count each order once (a file that is a duplicate_of another is
    left out): touchpoints_wide_all, roadmap_wide_all hold every file, and
    folded_files lists the files left out and the file counted instead.
    One SELECT per call, reading the dataset only (no COPY, ATTACH, SET,
    INSTALL or other files).
    \b
    touchpoints query "select authority, channel, count(*) n from touchpoints_wide group by all order by n desc"
    touchpoints query --csv "select * from touchpoint_needs" > needs.csv
    Bad SQL: one line on stderr, exit status 2."""
    from pipeline.analyst.query import QueryError, connect, describe
    from pipeline.analyst.sandbox import run_user_sql
    from pipeline.terminal import safe_json, safe_lines

    if sum(map(bool, (as_csv, as_json, parquet_path))) > 1:
        _fail("choose one of --csv, --json, --parquet")
    try:
        con = connect(out)
        if not sql:
            _print_views(describe(con), as_json)
            return
        if parquet_path:
            _check_parquet_target(parquet_path, out, force)
        result = run_user_sql(con, out, sql, timeout)
    except QueryError as e:
        _fail(str(e))
    from pipeline.analyst import table_output

    if parquet_path:
        table_output.write_parquet(result, parquet_path)
        click.echo(f"{result.num_rows} rows written to {parquet_path}", err=True)
    elif as_json:
        click.echo(safe_json(table_output.as_json(result)))
    elif as_csv:                   # data for a file; on a terminal its controls are shown escaped
        text = table_output.as_csv(result, sep, bom=True)
        click.echo(safe_lines(text) if sys.stdout.isatty() else text, nl=False)
    else:
        click.echo(table_output.aligned(result, max_width))


def _check_parquet_target(path: Path, out: Path, force: bool) -> None:
    """A result file inside the dataset would be read back as part of it; a file
    we did not write (a raw order, a thesis) is replaced only with --force."""
    from pipeline.analyst.table_output import ours

    target = path.resolve()
    if out.resolve() == target or out.resolve() in target.parents:
        _fail(f"--parquet {path}: inside the dataset {out}; write it elsewhere")
    if not target.parent.is_dir():
        _fail(f"--parquet {path}: no such folder {target.parent}")
    if (target.exists() or target.is_symlink()) and not force and not ours(target):
        _fail(f"--parquet {path}: a file this tool did not write is there; --force replaces it")


def _print_views(views, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps([{"view": v, "rows": n, "columns": [{"name": c, "type": t} for c, t in cols]}
                               for v, n, cols in views], ensure_ascii=False, indent=1))
        return
    for view, rows, cols in views:
        click.echo(f"{view} ({rows} rows)")
        for c, t in cols:
            click.echo(f"    {c:<24} {t}")


def default_report_path(out: Path) -> Path:
    """Beside the dataset, not inside it: a rebuild swaps the dataset's folder out whole."""
    out = Path(out).absolute()
    return out.parent / "reports" / f"{out.name}-report.html"


def _as_of(ctx, param, value):
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-12-31") from None


@click.command()
@accept_common
@click.option("--out", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
              help="Dataset folder.")
@click.option("--output", "-o", "dest", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="The HTML file to write [default: reports/<dataset folder>-report.html beside --out, "
                   "where a rebuild, which replaces the dataset's folder, never deletes it].")
@click.option("--as-of", "as_of", callback=_as_of, default=None, metavar="DATE",
              help="Roadmap items whose deadline is before this date are overdue [default: today].")
@click.option("--quiet", "-q", is_flag=True, help="Do not print where the report was written.")
def report(out, dest, as_of, quiet):
    """One self-contained HTML report comparing the bodies in the dataset.

    In Russian: channel mix, digital share, needs coverage, feedback channels,
    channels orders type differently, roadmap deadlines, procedures side by
    side and data quality, codes shown by their labels; plots and scripts are
    inlined, so it opens anywhere with no network, and it prints on A4
    landscape (a page per section, no plot toolbar).
    An existing file is replaced only if it is a report this tool wrote."""
    from pipeline.analyst.query import QueryError
    from pipeline.analyst.report import ReportError, build_report

    if dest is None:
        dest = default_report_path(out)
        dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        info = build_report(out, dest, as_of=as_of)
    except (QueryError, ReportError) as e:
        _fail(str(e))
    if not quiet:
        click.echo(f"report written to {dest} ({info['bytes'] / 1e6:.1f} MB, {info['seconds']:.1f} s)")


COMMANDS = (label, query, report)
