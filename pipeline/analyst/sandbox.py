"""User SQL (`touchpoints query`) run so that it can only read the dataset.

- Read-only and confined: once the views exist, DuckDB's external access is off
  except for the dataset folder (`allowed_directories`), extensions are never
  installed or loaded, and the configuration is locked — so no `read_csv` of
  another file, no `ATTACH` of a database elsewhere, no network for `INSTALL`,
  no `SET` (a `SET max_expression_depth` could crash the process).
- One SELECT per call: `COPY … TO` into the dataset's own folders would be read
  back as rows of a table (every document twice), so statements that write,
  and a second statement after the first, are refused before anything runs.
- Interruptible: the query runs in a thread while the main thread waits, so
  Ctrl-C, SIGTERM and `--timeout` reach it (`con.interrupt()`); DuckDB does not
  return to Python, where signals are handled, until a query ends.
"""
from __future__ import annotations

import gc
import threading
import time
from pathlib import Path

import duckdb

from pipeline.analyst.query import QueryError, run

_POLL_S = 0.1


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def lock_down(con: duckdb.DuckDBPyConnection, out: Path) -> None:
    """From now on `con` reads files under `out` only, and nothing can change that."""
    folder = str(Path(out).resolve()).rstrip("/") + "/"
    for setting in ("autoinstall_known_extensions = false", "autoload_known_extensions = false",
                    f"allowed_directories = [{_literal(folder)}]", "enable_external_access = false",
                    "lock_configuration = true"):
        con.execute(f"set {setting}")


def one_select(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """QueryError unless `sql` is exactly one SELECT (WITH … SELECT, FROM-first included)."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as e:
        raise QueryError(" ".join(str(e).split())[:400]) from None
    if len(statements) != 1:
        raise QueryError(f"one statement per call, not {len(statements)}")
    kind = statements[0].type
    if kind != duckdb.StatementType.SELECT:
        raise QueryError(f"only SELECT reads the dataset here, not {kind.name} "
                         f"(--csv, --json or --parquet write a result)")


def _stop(con: duckdb.DuckDBPyConnection, thread: threading.Thread, box: dict) -> None:
    """Interrupt the running query, wait for its thread, and close the connection now:
    an interrupted query's objects or connection left for the interpreter's exit make
    DuckDB abort the process (SIGABRT) instead of exiting with our status."""
    con.interrupt()
    thread.join()
    box.clear()
    gc.collect()
    try:
        con.close()
    except duckdb.Error:
        pass


def run_user_sql(con: duckdb.DuckDBPyConnection, out: Path, sql: str, timeout: float = 0.0):
    """The result of the user's one SELECT over a locked-down `con` (Arrow table).
    QueryError for refused or bad SQL and past `timeout` seconds (0 = none)."""
    lock_down(con, out)
    one_select(con, sql)
    box: dict = {}

    def work():
        try:
            box["result"] = run(con, sql)
        except BaseException as e:  # noqa: BLE001 - handed to the main thread
            box["error"] = e

    thread = threading.Thread(target=work, name="query", daemon=True)
    started = time.monotonic()
    thread.start()
    try:
        while thread.is_alive():
            thread.join(_POLL_S)       # signal handlers run between these waits
            if timeout and thread.is_alive() and time.monotonic() - started > timeout:
                raise QueryError(f"the query ran past --timeout {timeout:g} s and was stopped")
    except BaseException:
        _stop(con, thread, box)        # Ctrl-C / SIGTERM / timeout: stop DuckDB before unwinding
        raise
    if "error" in box:
        raise box["error"]
    return box["result"]
