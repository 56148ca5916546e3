"""The common options every command accepts (`touchpoints report --raw DIR` is not an
error), so that one command line, a touchpoints.toml or TOUCHPOINTS_* variables
serve every command.  A command that does not use one takes it and ignores it:
hidden from its --help, listed in the group's."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

COMMON = {
    "raw": ("--raw", dict(type=click.Path(path_type=Path))),
    "out": ("--out", dict(type=click.Path(path_type=Path))),
    "cache_dir": ("--cache-dir", dict(type=click.Path(path_type=Path))),
    "workers": ("--workers", dict(type=click.IntRange(min=1))),
    "sep": ("--sep", dict(type=click.Choice([",", ";", "\t"]))),
}


def accept_common(f):
    """Add, unused and hidden, each common option the command does not declare itself."""
    declared = {p.name for p in getattr(f, "__click_params__", [])}
    for name, (flag, kw) in COMMON.items():
        if name not in declared:
            f = click.option(flag, name, expose_value=False, hidden=True, default=None, **kw)(f)
    return f


def sep_option(f):
    """--sep of a CSV output: ',' (default), ';' (Excel in a Russian locale) or a tab."""
    return click.option("--sep", "sep", type=click.Choice([",", ";", "\t"]), default=",", show_default=True,
                        help="CSV field separator: ',' or ';' (Excel in a Russian locale reads ';'), or a tab "
                             "[config: csv-sep].")(f)


def leave_if_duckdb(code: int, as_program: bool) -> None:
    """After an interrupted `query`, DuckDB's own worker threads may still be unwinding
    the stopped query: exiting through C++'s static destructors then aborts the process
    (SIGABRT, not our status). Every clean-up of ours has run by now (the finally
    blocks unwound), so leave at once with the status — only when DuckDB was loaded and
    this is the program itself (argv from the command line), never a caller's process."""
    if as_program and "duckdb" in sys.modules:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(int(code))
