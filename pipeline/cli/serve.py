"""`touchpoints serve`: start the workbench (pipeline/analyst/workbench/) on 127.0.0.1."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.run.limits import DEFAULT_MAX_INPUT_MB


@click.command()
@click.option("--raw", type=click.Path(path_type=Path), default=Path("raw"), show_default=True,
              help="Folder of source orders (uploads land here).")
@click.option("--out", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
              help="Dataset folder (created empty when absent).")
@click.option("--overrides", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Overrides file corrections are written to [default: overrides.yaml in --raw].")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but 127.0.0.1 needs --token.")
@click.option("--token", default=None, help="Secret a browser must present once (?token=…); needed with --host.")
@click.option("--max-input-mb", type=click.IntRange(min=0), default=DEFAULT_MAX_INPUT_MB, show_default=True,
              help="Larger uploads are refused; 0 = no limit.")
@click.option("--timeout", type=click.FloatRange(min=0), default=120.0, show_default=True,
              help="Seconds one document may take when it is read again.")
def serve(raw, out, overrides, port, host, token, max_input_mb, timeout):
    """A local web workbench: documents, their pages beside the rows read from
    them, corrections (written to the overrides file, documents read again),
    the review queue by phrase, and the report.

    \b
    touchpoints serve                    # http://127.0.0.1:8765/
    touchpoints serve --host 0.0.0.0 --token "$(openssl rand -hex 16)"
    Ctrl-C stops it."""
    from werkzeug.serving import make_server

    from pipeline.run.limits import Limits
    from pipeline.store.outdir import OutError, check_out, write_marker
    from pipeline.analyst.workbench.app import create_app
    from pipeline.analyst.workbench.edits import Workspace

    if host not in ("127.0.0.1", "localhost") and not token:
        raise click.UsageError("--host other than 127.0.0.1 needs --token (anyone who reaches the port "
                               "could otherwise change the dataset)")
    try:
        check_out(out, raw)
    except OutError as e:
        raise click.UsageError(str(e)) from None
    raw.mkdir(parents=True, exist_ok=True)
    if not (out / ".touchpoints-dataset").is_file():
        out.mkdir(parents=True, exist_ok=True)
        write_marker(out)
    ws = Workspace(raw=raw, out=out, overrides=overrides or raw / "overrides.yaml",
                   limits=Limits(max_input_mb=max_input_mb), timeout=timeout)
    app = create_app(ws, token=token, loopback_only=host in ("127.0.0.1", "localhost"))
    server = make_server(host, port, app, threaded=True)
    address = f"http://{host}:{server.server_port}/" + (f"?token={token}" if token else "")
    click.echo(f"touchpoints workbench on {address} (Ctrl-C stops it)", err=True)
    sys.stderr.flush()
    try:
        server.serve_forever()
    finally:
        server.server_close()
