"""Command line: `touchpoints ingest|rebuild|review` (also `python -m pipeline`).

Exit status: 0 every document parsed; 1 some document failed (the others still
landed, the failure is recorded in `documents`); 2 bad usage.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from enum import IntEnum
from pathlib import Path

import click

from .executor import DEFAULT_TIMEOUT, default_workers


class ExitCode(IntEnum):
    OK = 0
    DOCUMENT_FAILED = 1
    USAGE = 2


def _common(f):
    # click lists options in reverse order of decoration: decorate bottom-up
    f = click.option("--scheduler", default=None,
                     help="Dask scheduler address (tcp://host:8786) for --executor dask.")(f)
    f = click.option("--overrides", "overrides", type=click.Path(path_type=Path), default=None,
                     help="Analysts' overrides (YAML: field -> {phrase: code}) "
                          "[default: overrides.yaml in --raw, when present].")(f)
    f = click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                     help="Where documents are parsed: local processes or a Dask cluster.")(f)
    f = click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")(f)
    f = click.option("--quiet", "-q", is_flag=True, help="No progress bar on stderr.")(f)
    f = click.option("--cache-dir", type=click.Path(path_type=Path), default=None,
                     help="Parse cache folder [default: .touchpoints-cache beside --out].")(f)
    f = click.option("--no-cache", is_flag=True, help="Re-parse every file (ignore the parse cache).")(f)
    f = click.option("--timeout", type=float, default=DEFAULT_TIMEOUT, show_default=True,
                     help="Seconds one document may take; it is then 'failed' (timed out) and its "
                          "local worker killed (a Dask task is abandoned instead).")(f)
    f = click.option("--workers", type=click.IntRange(min=1), default=default_workers(), show_default=True,
                     help="Documents parsed in parallel, each in its own process.")(f)
    f = click.option("--out", "out", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
                     help="Dataset folder (one Parquet dataset per table).")(f)
    f = click.option("--raw", "raw", type=click.Path(path_type=Path), default=Path("raw"), show_default=True,
                     help="Folder of source orders.")(f)
    return f


def _options(raw, out, workers, timeout, no_cache, cache_dir, quiet, executor, scheduler, overrides):
    from .overrides import OverridesError, load, locate
    from .run import RunOptions

    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS")
    if executor == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError as e:
            raise click.UsageError("--executor dask needs dask.distributed: pip install -e '.[dask]'") from e
    try:
        load(locate(raw if raw.is_dir() else None, overrides))     # bad overrides are bad usage
    except OverridesError as e:
        raise click.UsageError(str(e)) from e
    return RunOptions(raw=raw, out=out, workers=workers, timeout=timeout, use_cache=not no_cache,
                      cache_dir=cache_dir, quiet=quiet, executor=executor, scheduler=scheduler,
                      overrides=overrides)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli():
    """Turn regional client-centricity orders (touchpoint lists, roadmaps,
    procedures) into one Parquet dataset.

    \b
    touchpoints ingest PATH...   add or replace these files (or folders)
    touchpoints rebuild          rebuild the whole dataset from --raw (atomic swap)
    touchpoints review           phrases the normalizers were not sure of
    touchpoints review --apply F corrections from a filled-in review CSV -> overrides.yaml
    touchpoints label CODE...    Russian labels of codes
    touchpoints query "SQL"      SQL (DuckDB) over the dataset's tables and views
    touchpoints report           one self-contained HTML report with plots
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_common
def ingest(paths, raw, out, workers, timeout, no_cache, cache_dir, quiet, as_json, executor, scheduler,
           overrides):
    """Add or replace these files (or folders) in the dataset.

    The same bytes again change nothing; a changed file replaces that file's
    rows and nothing else; a moved file is not duplicated."""
    from .run import ingest as do_ingest

    opts = _options(raw, out, workers, timeout, no_cache, cache_dir, quiet, executor, scheduler, overrides)
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
    sys.exit(_report(do_ingest(list(paths), opts), as_json, opts.out))


@cli.command()
@_common
def rebuild(raw, out, workers, timeout, no_cache, cache_dir, quiet, as_json, executor, scheduler, overrides):
    """Rebuild the whole dataset from the raw folder.

    The new dataset is built beside the old one and swapped in only when
    complete; files gone from the raw folder are gone from the dataset."""
    from .run import rebuild as do_rebuild

    opts = _options(raw, out, workers, timeout, no_cache, cache_dir, quiet, executor, scheduler, overrides)
    if not raw.is_dir():
        raise click.UsageError(f"raw folder not found: {raw}")
    sys.exit(_report(do_rebuild(opts), as_json, opts.out))


@cli.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
              help="Dataset folder to review.")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON on stdout.")
@click.option("--csv", "csv_path", type=click.Path(path_type=Path), default=None,
              help="Also write the list as CSV, with an empty `code` column to fill in "
                   "and give back with --apply.")
@click.option("--apply", "apply_path", type=click.Path(path_type=Path, exists=True, dir_okay=False), default=None,
              help="Merge the rows of a filled-in review CSV (field, text_raw, code) into the overrides "
                   "file; they win on the next ingest or rebuild.")
@click.option("--raw", "raw", type=click.Path(path_type=Path), default=Path("raw"), show_default=True,
              help="Raw folder whose overrides.yaml --apply writes.")
@click.option("--overrides", "overrides", type=click.Path(path_type=Path), default=None,
              help="Overrides file --apply writes [default: overrides.yaml in --raw].")
@click.option("--min-count", type=int, default=1, show_default=True, help="Only phrases seen at least this often.")
def review(out, as_json, csv_path, apply_path, raw, overrides, min_count):
    """Phrases the normalizers were not sure of: best code, score,
    alternatives, how often they occur and in which documents.

    \b
    touchpoints review --csv review.csv      # fill in the `code` column
    touchpoints review --apply review.csv    # -> raw/overrides.yaml
    touchpoints rebuild                      # the corrections win"""
    if apply_path:
        sys.exit(_apply(apply_path, overrides or raw / "overrides.yaml", as_json))
    from .review import review_table

    df = review_table(out, min_count)
    if csv_path:
        df.assign(code="").to_csv(csv_path, index=False)
    if as_json:
        click.echo(df.to_json(orient="records", force_ascii=False, indent=1))
    elif df.empty:
        click.echo("nothing to review")
    else:
        for r in df.itertuples():
            alts = ",".join(r.alternatives)
            click.echo(f"{r.count:>4}  {r.field:<10} {r.best_code:<18} {r.score:4.2f}  "
                       f"{r.text_raw[:70]}  [{alts}] docs={r.documents}")


def _apply(csv_path: Path, target: Path, as_json: bool) -> int:
    from .overrides import OverridesError, merge
    from .review import filled_rows

    try:
        additions = filled_rows(csv_path)
        merge(target, additions)
    except (OverridesError, KeyError) as e:
        raise click.UsageError(str(e)) from e
    n = sum(len(m) for m in additions.values())
    if as_json:
        click.echo(json.dumps({"overrides": str(target), "added": additions}, ensure_ascii=False, indent=1))
    else:
        click.echo(f"{n} override(s) merged into {target}; they apply on the next ingest or rebuild")
    return ExitCode.OK


def _report(docs: list[dict], as_json: bool, out: Path) -> int:
    failed = [d for d in docs if d["status"] == "failed"]
    if as_json:
        by_format = Counter((d["format"] or "unknown", d["status"]) for d in docs)
        click.echo(json.dumps({
            "out": str(out),
            "documents": [{k: (str(v) if k in ("order_date", "ingested_at") and v is not None else v)
                           for k, v in d.items() if k != "warnings"} | {"n_warnings": len(d["warnings"])}
                          for d in docs],
            "by_format": [{"format": f, "status": s, "n": n} for (f, s), n in sorted(by_format.items())],
            "rows": {t: sum(d[f"n_{t}"] for d in docs) for t in ("touchpoints", "roadmap_items", "procedure_items")},
        }, ensure_ascii=False, indent=1))
    else:
        click.echo(_summary_table(docs))
    return ExitCode.DOCUMENT_FAILED if failed else ExitCode.OK


def _summary_table(docs: list[dict]) -> str:
    if not docs:
        return "nothing to do: every file is already in the dataset as it is"
    lines = [f"{'status':<8}{'format':<9}{'region':<8}{'order':<10}{'tp':>5}{'road':>6}{'proc':>6}  file / error"]
    for d in sorted(docs, key=lambda d: d["source_path"]):
        lines.append(f"{d['status']:<8}{(d['format'] or '?'):<9}{(d['region_code'] or '-'):<8}"
                     f"{(d['order_number'] or '-')[:9]:<10}{d['n_touchpoints']:>5}{d['n_roadmap_items']:>6}"
                     f"{d['n_procedure_items']:>6}  {d['source_path']}")
        if d["error"]:
            lines.append(f"{'':<8}{'':<9}↳ {d['error']}")
    st = Counter(d["status"] for d in docs)
    lines.append("")
    lines.append(f"{len(docs)} documents: " + ", ".join(f"{n} {s}" for s, n in sorted(st.items())) +
                 f"; rows: touchpoints {sum(d['n_touchpoints'] for d in docs)}, "
                 f"roadmap {sum(d['n_roadmap_items'] for d in docs)}, "
                 f"procedure_items {sum(d['n_procedure_items'] for d in docs)}")
    return "\n".join(lines)


from .cli_analyst import COMMANDS as _ANALYST_COMMANDS  # noqa: E402  (label, query, report)

for _command in _ANALYST_COMMANDS:
    cli.add_command(_command)


def main(argv=None) -> int:
    try:
        cli.main(args=argv, prog_name="touchpoints", standalone_mode=True)
    except SystemExit as e:
        return int(e.code or 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
