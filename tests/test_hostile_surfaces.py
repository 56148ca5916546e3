"""Issue 21: the surfaces an adversarial probe found open — odd file names, child
processes, `query`, overrides, races, overwrites.  Each case runs the real CLI in
a subprocess where the case is about the CLI; faults come from the test side
(fake tools on PATH, monkeypatching), never from hooks in production code."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from tests.storeutil import TINY_ORDER, cli_cmd, env

ROOT = Path(__file__).resolve().parent.parent


def tiny(folder: Path, name: str | bytes, channel: str = "Телефонная связь") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = Path(os.fsdecode(os.path.join(os.fsencode(folder), os.fsencode(name))))
    p.write_text(TINY_ORDER.format(channel=channel), encoding="utf-8")
    return p


def tp(tmp_path: Path, *args, timeout: float = 240, extra_env: dict | None = None, **kw):
    """The real CLI in a subprocess, its cache under tmp_path; never a traceback."""
    r = subprocess.run(cli_cmd(*args), cwd=tmp_path, capture_output=True, text=True, timeout=timeout,
                       env=env(XDG_CACHE_HOME=tmp_path / "xdg", **(extra_env or {})), **kw)
    assert "Traceback" not in r.stdout + r.stderr
    return r


def test_a_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    tiny(raw, "good.txt")
    tiny(raw, b"bad\xff\xfename.txt", "Официальный сайт")
    r = tp(tmp_path, "rebuild", "--raw", raw, "--out", out, "-q")
    assert r.returncode == 0, r.stderr
    assert sorted(pd.read_parquet(out / "documents")["source_path"]) == ["bad\\xff\\xfename.txt", "good.txt"]
    batch = tmp_path / "batch"
    tiny(batch, b"x\xfe.txt", "ЕПГУ")
    r = tp(tmp_path, "ingest", batch, "--raw", raw, "--out", out, "-q")
    assert r.returncode == 0, r.stderr
    assert "batch/x\\xfe.txt" in set(pd.read_parquet(out / "documents")["source_path"])
    assert not list(out.rglob("*.tmp"))


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def _gone(pid: int, within: float = 10.0) -> bool:
    import time
    deadline = time.monotonic() + within
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    return not _alive(pid)


def fake_tool(folder: Path, name: str, pidfile: Path) -> Path:
    """A stand-in for LibreOffice: a launcher whose child hangs (as soffice.bin does)."""
    folder.mkdir(parents=True, exist_ok=True)
    exe = folder / name
    exe.write_text(f"#!/bin/sh\nsleep 300 &\necho $! > {pidfile}\nwait\n")
    exe.chmod(0o755)
    return folder


@pytest.mark.parametrize("how", ["timeout", "sigterm"])
def test_a_tools_children_die_with_the_worker(tmp_path, how):
    raw, out, scratch = tmp_path / "raw", tmp_path / "out", tmp_path / "tmp"
    raw.mkdir()
    scratch.mkdir()
    (raw / "slow.rtf").write_bytes(b"{\\rtf1\\ansi " + b"x" * 1000 + b"}")
    pidfile = tmp_path / "child.pid"
    path = f"{fake_tool(tmp_path / 'bin', 'soffice', pidfile)}{os.pathsep}{os.environ['PATH']}"
    args = ["rebuild", "--raw", raw, "--out", out, "-q", "--no-cache", "--workers", "1"]
    envs = {"PATH": path, "TMPDIR": scratch}
    if how == "timeout":
        r = tp(tmp_path, *args, "--timeout", "3", extra_env=envs)
        assert r.returncode == 1 and "timed out" in r.stdout + r.stderr
    else:
        import signal
        import time
        p = subprocess.Popen(cli_cmd(*args), cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=env(XDG_CACHE_HOME=tmp_path / "xdg", **envs), text=True)
        deadline = time.monotonic() + 120
        while not pidfile.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        p.send_signal(signal.SIGTERM)
        _, err = p.communicate(timeout=60)
        assert p.returncode == 143 and "Traceback" not in err
    assert pidfile.exists(), "the fake tool never ran"
    assert _gone(int(pidfile.read_text())), "the tool's child outlived the run"
    assert not list(scratch.iterdir()), "a worker's temporary files were left behind"


def test_memory_limit_holds_with_one_worker_and_no_timeout(tmp_path):
    from tests.faults import faulty_cli
    raw, out = tmp_path / "raw", tmp_path / "out"
    tiny(raw, "hog.txt")
    r = subprocess.run(faulty_cli({"hog.txt": "memory"}, "rebuild", "--raw", raw, "--out", out, "--no-cache",
                                  "--workers", "1", "--timeout", "0", "--max-memory-mb", "300", "--json"),
                       cwd=ROOT, env=env(XDG_CACHE_HOME=tmp_path / "xdg"), capture_output=True, text=True,
                       timeout=240)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "memory" in pd.read_parquet(out / "documents")["error"][0]


# -- query: read-only, one SELECT, interruptible, escaped ----------------------

@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    base = tmp_path_factory.mktemp("q")
    raw, out = base / "raw", base / "out"
    tiny(raw, "evil\x1b[2J.txt")
    assert tp(base, "rebuild", "--raw", raw, "--out", out, "-q").returncode == 0
    return base, out


@pytest.mark.parametrize("sql, why", [
    ("select * from read_csv('/etc/passwd')", "disabled"),
    ("copy (select * from documents) to '{out}/documents/again.parquet'", "COPY"),
    ("attach '{base}/other.db'", "ATTACH"),
    ("install httpfs", "only SELECT"),
    ("set max_expression_depth = 5", "SET"),
    ("select 1; select 2", "one statement"),
])
def test_query_reads_the_dataset_only(dataset, sql, why):
    base, out = dataset
    before = sorted(p.name for p in out.rglob("*"))
    r = tp(base, "query", "--out", out, sql.format(out=out, base=base))
    assert r.returncode == 2 and why in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in out.rglob("*")) == before and not (base / "other.db").exists()
    assert tp(base, "query", "--out", out, "select count(*) n from documents").stdout.split()[-3] == "1"


@pytest.mark.parametrize("how", ["timeout", "SIGINT", "SIGTERM"])
def test_query_can_be_stopped(dataset, how):
    import signal
    import time
    base, out = dataset
    args = ["query", "--out", out, "select count(*) from range(10000000000000) a"]
    if how == "timeout":
        r = tp(base, *args, "--timeout", "2", timeout=60)
        assert r.returncode == 2 and "--timeout" in r.stderr
        return
    p = subprocess.Popen(cli_cmd(*args), cwd=base, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(4)
    p.send_signal(getattr(signal, how))
    _, err = p.communicate(timeout=30)
    assert p.returncode == {"SIGINT": 130, "SIGTERM": 143}[how], err
    assert "Traceback" not in err


def test_query_output_escapes_terminal_codes(dataset):
    base, out = dataset
    for fmt in ([], ["--json"]):
        r = tp(base, "query", "--out", out, *fmt, "select source_path, chr(155) || 'x' as c1 from documents")
        assert r.returncode == 0 and "\x1b" not in r.stdout and "\x9b" not in r.stdout
        assert "evil" in r.stdout


def test_query_parquet_never_replaces_a_file_it_did_not_write(dataset):
    base, out = dataset
    mine = base / "order.txt"
    mine.write_text("an order")
    r = tp(base, "query", "--out", out, "--parquet", mine, "select 1 as a")
    assert r.returncode == 2 and "--force" in r.stderr and mine.read_text() == "an order"
    result = base / "result.parquet"
    for _ in range(2):                           # its own result it may replace
        assert tp(base, "query", "--out", out, "--parquet", result, "select 1 as a").returncode == 0
    assert tp(base, "query", "--out", out, "--parquet", mine, "--force", "select 1 as a").returncode == 0
    r = tp(base, "query", "--out", out, "--parquet", out / ".review" / "x.parquet", "select 1 as a")
    assert r.returncode == 2 and not (out / ".review" / "x.parquet").exists()


def test_a_closed_pipe_is_not_a_failed_document(dataset):
    base, out = dataset
    p = subprocess.Popen(cli_cmd("query", "--out", out, "select * from range(200000)"), cwd=base, env=env(),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.close()                             # as `… | true` does
    err = p.stderr.read().decode()
    assert p.wait(timeout=60) == 141 and "Traceback" not in err


# -- races: what is read is what was checked ------------------------------------

@pytest.mark.parametrize("swap", ["file", "folder"])
def test_a_file_swapped_for_a_link_out_of_raw_is_not_read(tmp_path, swap):
    """The listing saw a regular file; by the worker's open it is a link outside raw/
    (the same as calling the per-document work on the link, skipping the listing)."""
    from pipeline.contract import ErrorCategory, Status
    from pipeline.run.batch import RunOptions, process_cached

    raw, secret = tmp_path / "raw", tmp_path / "secret"
    raw.mkdir()
    tiny(secret, "order.txt", "Секретный канал")
    if swap == "file":
        (raw / "order.txt").symlink_to(secret / "order.txt")
    else:
        (raw / "sub").symlink_to(secret)
    path = raw / ("order.txt" if swap == "file" else "sub/order.txt")
    cache = RunOptions(raw=raw, out=tmp_path / "out", cache_dir=tmp_path / "c").cache
    r = process_cached(path, raw, cache)
    assert r.document["status"] == Status.FAILED and r.category == ErrorCategory.UNREADABLE
    assert "raw folder" in r.document["error"] and not r.touchpoints
