"""`touchpoints remove FILE...`: out of the dataset and out of the raw folder."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli.common import accept_common
from pipeline.terminal import safe


@click.command()
@accept_common
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--raw", "raw", type=click.Path(path_type=Path), default=Path("raw"), show_default=True,
              help="Folder of source orders (files are removed from it).")
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
              help="Dataset folder (their rows are removed from it).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask (needed when stdin is not a terminal).")
def remove(files, raw, out, yes):
    """Remove these files from the dataset and from the raw folder.

    A FILE is a path inside --raw, or a `source_path` as the dataset lists it
    (`touchpoints query "select source_path, status from documents"`).  Says
    what it removes and asks first unless --yes; with no terminal to ask on,
    refuses without --yes.  Never removes anything outside --raw and never
    follows a link (a link in raw/ is removed as a link).  Files of the same
    order left in the dataset are re-grouped: one of them now stands for it."""
    from pipeline.run.remove import RemoveError, apply, plan
    from pipeline.store import Store
    from pipeline.store.outdir import OutError, check_out

    try:
        check_out(out, raw)
        store = Store(out)
        index = store.index() if store.exists() else {"doc_id": [], "source_path": []}
        removals = plan(list(files), raw, index)
    except (RemoveError, OutError, OSError) as e:
        raise click.UsageError(safe(str(e))) from None
    for r in removals:
        where = [w for w, on in (("the dataset", r.doc_ids), (f"{raw}", r.raw_file)) if on]
        click.echo(safe(f"remove {r.source_path}  (from {' and '.join(where)})"))
    if not yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise click.UsageError("not removing without --yes: no terminal to ask on")
        if not click.confirm(f"Remove {len(removals)} file(s)?", default=False):
            click.echo("nothing removed")
            return
    apply(removals, store)
    click.echo(f"removed {len(removals)} file(s)")
