"""`touchpoints compact`: fold the dataset's segment files into one per table."""
from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.common import accept_common


@click.command()
@accept_common
@click.option("--out", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
              help="Dataset folder to compact.")
def compact(out):
    """Fold the dataset's files into one file per table.

    Ingest and rebuild already keep the number of files small (a rebuild
    writes one file per table per 1,000 documents; ingests fold their small
    files together past 16); this forces it, e.g. before copying a dataset
    for analysts.  Takes the dataset's lock; readers never see half a change."""
    from pipeline.store import StoreError, compact as do_compact

    if not out.is_dir():
        raise click.UsageError(f"no dataset at {out}")
    try:
        n = do_compact(out)
    except StoreError as e:
        raise click.UsageError(str(e)) from e
    click.echo(f"{out}: {n} segment(s) folded into one" if n else f"{out}: already one file per table")
