"""Command line: `touchpoints ingest|rebuild|review` (also `python -m pipeline`).

Exit status: 0 every document parsed; 1 some document failed (the others still
landed, the failure is recorded in `documents`); 2 bad usage or an environment
the run cannot work in (an --out that is not a dataset, a full or read-only
disk, a FIFO argument), said in one line, never a traceback; 130 interrupted
(Ctrl-C), 143 terminated (SIGTERM) — the last dataset stays whole; 141 the
reader of the output went away (`… | head`), never 1.
"""
from __future__ import annotations

import functools
import json
import os
import signal
import sys
from enum import IntEnum
from pathlib import Path

import click

from pipeline.cli.common import accept_common, leave_if_duckdb, sep_option
from pipeline.cli.review_output import failed_in_raw, review_text
from pipeline.run.executor import DEFAULT_TIMEOUT, default_workers
from pipeline.run.limits import DEFAULT_MAX_INPUT_MB, DEFAULT_MAX_MEMORY_MB, DEFAULT_MAX_UNPACKED_MB, Limits, parse_timeout
from pipeline.terminal import safe, safe_lines


class ExitCode(IntEnum):
    OK = 0
    DOCUMENT_FAILED = 1
    USAGE = 2
    INTERRUPTED = 130        # SIGINT (Ctrl-C)
    BROKEN_PIPE = 141        # the reader of stdout left (`… | head`): as a shell reports SIGPIPE
    TERMINATED = 143         # SIGTERM


class EnvironmentProblem(click.ClickException):
    """Usage or environment the run cannot work in: one line, exit 2."""
    exit_code = ExitCode.USAGE

    def __init__(self, message: str):
        super().__init__(safe(message))


class Terminated(BaseException):
    """SIGTERM: unwinds like Ctrl-C (finally blocks run, the build folder goes)."""


def _guarded(f):
    """Environment errors as one line and exit 2 — never a traceback."""
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        from pipeline.store.outdir import OutError
        from pipeline.run.rawfiles import NotAFile
        from pipeline.analyst.review_csv import ReviewCsvError
        from pipeline.run.batch import RefusedError

        try:
            return f(*args, **kwargs)
        except (OutError, RefusedError, NotAFile, ReviewCsvError, FileNotFoundError) as e:
            raise EnvironmentProblem(str(e)) from None
        except BrokenPipeError:                    # the reader left: main() says so (141)
            raise
        except OSError as e:                       # disk full, read-only, permission denied
            where = f"{e.filename}: " if getattr(e, "filename", None) else ""
            raise EnvironmentProblem(f"{where}{e.strerror or e}") from None
    return wrapper


def _timeout(ctx, param, value):
    try:
        return parse_timeout(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


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
    f = click.option("--max-unpacked-mb", type=click.IntRange(min=0), default=DEFAULT_MAX_UNPACKED_MB,
                     show_default=True, help="Most MB a zip container (.docx) may unpack to; 0 = no limit.")(f)
    f = click.option("--max-input-mb", type=click.IntRange(min=0), default=DEFAULT_MAX_INPUT_MB,
                     show_default=True, help="Larger files are 'failed' (too_large) unread; 0 = no limit.")(f)
    f = click.option("--max-memory-mb", type=click.IntRange(min=0), default=DEFAULT_MAX_MEMORY_MB,
                     show_default=True,
                     help="Memory (address space, RLIMIT_AS) a worker may add while parsing one document; "
                          "over it the document is 'failed' (memory_limit). 0 = no limit.")(f)
    f = click.option("--cache-dir", type=click.Path(path_type=Path), default=None,
                     help="Parse cache root (JSON, one subfolder per dataset; not inside --raw) "
                          "[default: $XDG_CACHE_HOME/touchpoints or ~/.cache/touchpoints].")(f)
    f = click.option("--no-cache", is_flag=True, help="Re-parse every file (ignore the parse cache).")(f)
    f = click.option("--timeout", callback=_timeout, metavar="SECONDS", default=str(DEFAULT_TIMEOUT), show_default=True,
                     help="Seconds one document may take (0 or inf = no limit); it is then 'failed' "
                          "(timeout) and its local worker killed (a Dask task is abandoned instead). "
                          "A timeout is remembered in the parse cache for the same bytes: a rebuild does "
                          "not wait again unless --timeout is raised or --no-cache is given.")(f)
    f = click.option("--workers", type=click.IntRange(min=1), default=default_workers(), show_default=True,
                     help="Documents parsed in parallel, each in its own process.")(f)
    f = click.option("--out", "out", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
                     help="Dataset folder (one Parquet dataset per table).")(f)
    f = click.option("--raw", "raw", type=click.Path(path_type=Path), default=Path("raw"), show_default=True,
                     help="Folder of source orders.")(f)
    return f


def _options(raw, out, workers, timeout, no_cache, cache_dir, quiet, executor, scheduler, overrides,
             max_memory_mb=DEFAULT_MAX_MEMORY_MB, max_input_mb=DEFAULT_MAX_INPUT_MB,
             max_unpacked_mb=DEFAULT_MAX_UNPACKED_MB, allow_empty=False):
    from pipeline.store.outdir import _inside
    from pipeline.run.overrides import OverridesError, read
    from pipeline.run.batch import RunOptions

    if cache_dir is not None and _inside(os.path.realpath(cache_dir), os.path.realpath(raw)):
        raise click.UsageError(f"--cache-dir {safe(cache_dir)} is inside the raw folder: choose one outside it")
    if cache_dir is not None and cache_dir.exists() and not cache_dir.is_dir():
        click.echo(f"touchpoints: warning: --cache-dir {safe(cache_dir)} is not a folder; "
                   f"parse cache not used", err=True)
        no_cache = True

    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS")
    if executor == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError as e:
            raise click.UsageError("--executor dask needs dask.distributed: pip install -e '.[dask]'") from e
    try:
        read(raw if raw.is_dir() else None, overrides)     # bad overrides are bad usage
    except OverridesError as e:
        raise click.UsageError(safe(e)) from e
    if out.is_symlink():            # a rebuild swaps the folder: the link's target, never the link
        out = Path(os.path.realpath(out))
    return RunOptions(raw=raw, out=out, workers=workers, timeout=timeout, use_cache=not no_cache,
                      cache_dir=cache_dir, quiet=quiet, executor=executor, scheduler=scheduler,
                      overrides=overrides, allow_empty=allow_empty,
                      limits=Limits(max_memory_mb, max_input_mb, max_unpacked_mb))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.pass_context
def cli(ctx):
    """Turn regional client-centricity orders (touchpoint lists, roadmaps,
    procedures) into one Parquet dataset.

    Common options (--raw, --out, --cache-dir, --workers, --sep) may also come
    from touchpoints.toml in the working folder or from TOUCHPOINTS_RAW,
    TOUCHPOINTS_OUT, TOUCHPOINTS_CACHE_DIR, TOUCHPOINTS_WORKERS,
    TOUCHPOINTS_CSV_SEP; the command line beats the environment, which beats
    the file.  Every command accepts them (one that does not use one ignores it).
    TOUCHPOINTS_NEED_CALIBRATION=off leaves the needs' scores and codes as the
    reading rules give them, no calibration step nor the learned model's say
    (on or off; another value: exit 2).

    \b
    touchpoints ingest PATH...   add or replace these files (or folders)
    touchpoints rebuild          rebuild the whole dataset from --raw (atomic swap)
    touchpoints review           phrases the normalizers were not sure of
    touchpoints review --apply F corrections from a filled-in review CSV -> overrides.yaml
    touchpoints label CODE...    Russian labels of codes
    touchpoints query "SQL"      SQL (DuckDB) over the dataset's tables and views
    touchpoints report           one self-contained HTML report with plots
    touchpoints compact          fold the dataset's files into one per table
    touchpoints remove FILE...   take files out of the dataset and the raw folder
    touchpoints export --xlsx F  the dataset as an Excel workbook (Russian headers)
    touchpoints serve            the local workbench (browser): pages beside rows, corrections
    """
    from pipeline.config import ConfigError, click_defaults, load

    try:
        defaults = click_defaults(load())
    except ConfigError as e:
        raise EnvironmentProblem(str(e)) from None
    if defaults:       # click's default_map: below the command line, above each option's default
        ctx.default_map = {name: dict(defaults) for name in cli.commands}


@cli.command()
@accept_common
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_common
@_guarded
def ingest(paths, raw, out, workers, timeout, no_cache, cache_dir, quiet, as_json, executor, scheduler,
           overrides, max_memory_mb, max_input_mb, max_unpacked_mb):
    """Add or replace these files (or folders) in the dataset.

    The same bytes again change nothing; a changed file replaces that file's
    rows and nothing else; a moved file is not duplicated.  A file from outside
    --raw is first copied into it (its own name, or NAME.<hash>.EXT when a
    different file has that name; nothing is overwritten), so a rebuild keeps it."""
    from pipeline.run.batch import ingest as do_ingest

    opts = _options(raw, out, workers, timeout, no_cache, cache_dir, quiet, executor, scheduler, overrides,
                    max_memory_mb, max_input_mb, max_unpacked_mb)
    missing = [safe(p) for p in paths if not os.path.lexists(p)]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
    sys.exit(_report(do_ingest(list(paths), opts), as_json, opts.out))


@cli.command()
@accept_common
@click.option("--allow-empty", is_flag=True,
              help="Let a raw folder with no documents empty a non-empty dataset (refused otherwise).")
@_common
@_guarded
def rebuild(raw, out, workers, timeout, no_cache, cache_dir, quiet, as_json, executor, scheduler, overrides,
            max_memory_mb, max_input_mb, max_unpacked_mb, allow_empty):
    """Rebuild the whole dataset from the raw folder.

    The new dataset is built beside the old one and swapped in only when
    complete; files gone from the raw folder are gone from the dataset (the
    count is said on stderr).  --out must be new, empty or a dataset this tool
    wrote, and not the raw folder, inside it or above it."""
    from pipeline.run.batch import rebuild as do_rebuild

    opts = _options(raw, out, workers, timeout, no_cache, cache_dir, quiet, executor, scheduler, overrides,
                    max_memory_mb, max_input_mb, max_unpacked_mb, allow_empty)
    if not raw.is_dir():
        raise click.UsageError(f"raw folder not found: {safe(raw)}")
    sys.exit(_report(do_rebuild(opts), as_json, opts.out))


@cli.command()
@accept_common
@sep_option
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
              help="Raw folder whose overrides.yaml --apply writes (and whose failed files are listed).")
@click.option("--overrides", "overrides", type=click.Path(path_type=Path), default=None,
              help="Overrides file --apply writes [default: overrides.yaml in --raw].")
@click.option("--min-count", type=int, default=1, show_default=True, help="Only phrases seen at least this often.")
@click.option("--force", is_flag=True, help="Let --csv replace a file that is not a review CSV this tool wrote.")
@_guarded
def review(out, as_json, csv_path, apply_path, raw, overrides, min_count, sep, force):
    """Phrases the normalizers were not sure of: best code, score,
    alternatives, how often they occur and in which documents.

    \b
    touchpoints review --csv review.csv      # fill in the `code` column
    touchpoints review --apply review.csv    # -> raw/overrides.yaml
    touchpoints rebuild                      # the corrections win

    The CSV is UTF-8 with a BOM; cells a spreadsheet would run as formulas get
    a leading apostrophe.  --apply also reads `;`-separated and cp1251 files
    (Excel in a Russian locale)."""
    if apply_path:
        sys.exit(_apply(apply_path, overrides or raw / "overrides.yaml", as_json))
    from pipeline.store.outdir import check_review_out
    from pipeline.analyst.review import review_table
    from pipeline.analyst.review_csv import write_csv

    check_review_out(out)
    df = review_table(out, min_count)
    failed_in_raw(out, raw, as_json)
    if csv_path:
        write_csv(df.assign(code=""), csv_path, sep, force)
    if as_json:
        click.echo(df.to_json(orient="records", force_ascii=False, indent=1))
    elif df.empty:
        click.echo("nothing to review")
    else:
        click.echo(safe_lines(review_text(df)))


def _apply(csv_path: Path, target: Path, as_json: bool) -> int:
    from pipeline.analyst.overrides import merge
    from pipeline.run.overrides import OverridesError
    from pipeline.analyst.review import filled_rows

    try:
        additions = filled_rows(csv_path)
        merge(target, additions)
    except (OverridesError, KeyError) as e:
        raise click.UsageError(safe(e)) from e
    n = sum(len(m) for m in additions.values())
    if as_json:
        click.echo(json.dumps({"overrides": str(target), "added": additions}, ensure_ascii=False, indent=1))
    else:
        click.echo(safe(f"{n} override(s) merged into {target}; they apply on the next ingest or rebuild"))
    return ExitCode.OK


def _report(docs, as_json: bool, out: Path) -> int:
    from pipeline.cli.run_output import report      # lazily: it loads pyarrow, which --help does not need

    return ExitCode.DOCUMENT_FAILED if report(docs, as_json, out) else ExitCode.OK


def _on_sigterm(signum, frame):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)      # one clean-up, not two
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise Terminated()


from pipeline.cli.analyst import COMMANDS as _ANALYST_COMMANDS  # noqa: E402  (label, query, report)

for _command in _ANALYST_COMMANDS:
    cli.add_command(_command)

from pipeline.cli.compact import compact  # noqa: E402
from pipeline.cli.export import export  # noqa: E402
from pipeline.cli.remove import remove  # noqa: E402
cli.add_command(compact)
cli.add_command(remove)
cli.add_command(export)

from pipeline.cli.serve import serve  # noqa: E402
cli.add_command(serve)


def main(argv=None) -> int:
    """The program: click in non-standalone mode, so that Ctrl-C is exit 130 (not
    click's "Aborted!" and 1), SIGTERM is 143, and nothing prints a traceback."""
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        cli.main(args=argv, prog_name="touchpoints", standalone_mode=False)
    except click.exceptions.Exit as e:
        return int(e.exit_code or 0)
    except click.ClickException as e:
        e.show()
        return int(e.exit_code)
    except (click.exceptions.Abort, KeyboardInterrupt):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        click.echo("touchpoints: interrupted; the last dataset is unchanged by the unfinished run", err=True)
        leave_if_duckdb(ExitCode.INTERRUPTED, as_program=argv is None)
        return ExitCode.INTERRUPTED
    except Terminated:
        click.echo("touchpoints: terminated; the last dataset is unchanged by the unfinished run", err=True)
        leave_if_duckdb(ExitCode.TERMINATED, as_program=argv is None)
        return ExitCode.TERMINATED
    except SystemExit as e:
        if isinstance(sys.stdout, click.utils.PacifyFlushWrapper):   # click's own EPIPE exit (1)
            return ExitCode.BROKEN_PIPE
        return int(e.code or 0) if not isinstance(e.code, str) else ExitCode.USAGE
    except BrokenPipeError:                            # `touchpoints ... | head`
        sys.stdout = click.utils.PacifyFlushWrapper(sys.stdout)    # no second error at exit
        return ExitCode.BROKEN_PIPE
    except OSError as e:
        where = f"{e.filename}: " if getattr(e, "filename", None) else ""
        click.echo(safe(f"touchpoints: error: {where}{e.strerror or e}"), err=True)
        return ExitCode.USAGE
    except Exception as e:  # noqa: BLE001 - a bug outside any document: one line, not a traceback
        if os.environ.get("TOUCHPOINTS_DEBUG"):
            raise
        click.echo(safe(f"touchpoints: internal error: {type(e).__name__}: {e} "
                        f"(TOUCHPOINTS_DEBUG=1 shows the traceback)"), err=True)
        return ExitCode.USAGE
    return 0


if __name__ == "__main__":
    sys.exit(main())
