"""Dask figures on a real cluster: a scheduler and N workers started as separate
processes with the `dask scheduler` / `dask worker` commands.

    python benchmarks/bench_dask.py [--docs 2000] [--workers 2]

Prints, for tiny generated orders (a two-row touchpoint table each, distinct texts):

* the client's ceiling: documents/s through the executor alone (a no-op work),
  one task per document (before batching) vs chunks (after);
* a `--no-cache` rebuild on the cluster, documents/s, before vs after;
* a worker lacking the project (started with a `--preload` that makes the
  pipeline unimportable) and a worker of another version (a `--preload` that
  changes its parser version): the rebuild's exit status, seconds to exit, and
  the dataset's hash before and after (target: exit 2 in under 30 s, unchanged);
* a service that is not Dask on the scheduler port (one that accepts and never
  answers, one that answers HTTP): the same figures (the connect timeout).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline.run.dask_executor as de  # noqa: E402
from pipeline.run.batch import RunOptions, rebuild  # noqa: E402

DASK = [str(Path(sys.executable).parent / "dask")]
ORDER = ("Министерство цифрового развития области\n\nПРИКАЗ\n\nПеречень точек взаимодействия\n\n"
         "№\tНаименование процесса\tТочка взаимодействия\tОсуществляемое взаимодействие\n"
         "1\tПриём обращений № {i}\tТелефонная связь\tПолучение консультации клиентом\n"
         "2\tВыдача справок № {i}\tЛичный приём\tПолучение документа клиентом\n")
HOW = {False: "one task per document", True: "chunks"}
NO_PROJECT = "import sys\nfor m in ('pipeline', 'parsers'):\n    sys.modules[m] = None\n"
OTHER_VERSION = "import pipeline.version as v\nv.PARSER_VERSION = '0.0.0-other'\n"


class Cluster:
    """`dask scheduler` and `workers` x `dask worker`, each its own process group."""

    def __init__(self, tmp: Path, workers: int, preload: str | None = None):
        self.tmp, self.workers, self.preload, self.procs = tmp, workers, preload, []

    def _start(self, *args: str) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.procs.append(subprocess.Popen([*DASK, *args], cwd=self.tmp, env=env, start_new_session=True,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))

    def __enter__(self) -> str:
        info = self.tmp / f"scheduler-{time.monotonic_ns()}.json"
        self._start("scheduler", "--scheduler-file", str(info), "--port", "0", "--no-dashboard")
        while not info.exists():
            time.sleep(0.2)
        self.address = json.loads(info.read_text())["address"]
        extra = []
        if self.preload:
            (self.tmp / "preload.py").write_text(self.preload)
            extra = ["--preload", str(self.tmp / "preload.py")]
        for i in range(self.workers):
            self._start("worker", self.address, "--nthreads", "1", "--no-dashboard", "--name", f"w{i}", *extra)
        from distributed import Client
        with Client(self.address) as c:
            c.wait_for_workers(self.workers, timeout=120)
        return self.address

    def __exit__(self, *exc) -> None:
        for p in reversed(self.procs):
            os.killpg(p.pid, signal.SIGTERM)
        for p in reversed(self.procs):
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()


def noop(path):
    """The per-document work at zero cost: what is left is the client's and Dask's."""
    return Path(path).name


def dataset_hash(out: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(p for p in out.rglob("*") if p.is_file()):
        h.update(str(f.relative_to(out)).encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


def timed(what: str, n: int, fn, chunked: bool = True) -> None:
    """Wall seconds and the client's own CPU seconds (every thread of this process)."""
    real = de.chunk_size
    de.chunk_size = real if chunked else (lambda n, t: 1)
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    finally:
        de.chunk_size = real
    print(f"{what}: {dt:6.2f} s "
          f"({n / dt:5.0f} documents/s; client CPU {cpu:5.2f} s)")


def throughput(tmp: Path, raw: Path, paths: list[Path], workers: int) -> Path:
    """Before/after figures; returns the dataset of the batched rebuild."""
    from distributed import Client

    with Cluster(tmp, workers) as address, Client(address) as client:
        print(f"cluster: `dask scheduler` + {workers} x `dask worker --nthreads 1` at {address}; "
              f"chunk size {de.chunk_size(len(paths), workers)} for {len(paths)} documents")
        for chunked in (False, True):
            timed(f"executor alone, no-op work, {HOW[chunked]}", len(paths),
                  lambda: list(de.run_dask(paths, noop, client, 0, None)), chunked)
        for chunked in (False, True):
            out = tmp / f"out-{chunked}"
            opts = RunOptions(raw=raw, out=out, use_cache=False, quiet=True, executor="dask", scheduler=address)
            timed(f"rebuild --no-cache on the cluster, {HOW[chunked]}", len(paths), lambda: rebuild(opts), chunked)
    local = RunOptions(raw=raw, out=tmp / "out-local", use_cache=False, quiet=True, workers=workers)
    timed(f"for reference, rebuild --no-cache --workers {workers} (local pool)", len(paths), lambda: rebuild(local))
    return out


def _rebuild_at(raw: Path, out: Path, address: str) -> tuple[subprocess.CompletedProcess, float]:
    """`rebuild --no-cache` on the scheduler at `address`, as a user runs it: (its result, seconds)."""
    cmd = [sys.executable, "-m", "pipeline", "rebuild", "--raw", str(raw), "--out", str(out), "--no-cache",
           "--executor", "dask", "--scheduler", address, "-q"]
    t0 = time.perf_counter()
    res = subprocess.run(cmd, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True,
                         text=True, timeout=300)
    return res, time.perf_counter() - t0


def broken_worker(tmp: Path, raw: Path, out: Path, what: str, preload: str) -> None:
    before = dataset_hash(out)
    with Cluster(tmp, 1, preload) as address:
        res, dt = _rebuild_at(raw, out, address)
    after = dataset_hash(out)
    said = (res.stderr.strip().splitlines() or [""])[-1][:160]
    print(f"a worker {what}: exit {res.returncode} in {dt:.1f} s (target: 2, < 30 s); dataset {before} -> "
          f"{after} ({'untouched' if before == after else 'CHANGED'})\n  said: {said}")


def _service(answer: bytes | None) -> tuple[socket.socket, str]:
    """A TCP service on a free port that is not a Dask scheduler: it accepts, reads, and
    answers `answer` (None: never a byte), holding every connection open."""
    srv = socket.create_server(("127.0.0.1", 0))
    held = []

    def serve():
        while True:
            try:
                conn, _ = srv.accept()
            except OSError:
                return
            held.append(conn)
            if answer is not None:
                try:
                    conn.recv(4096)
                    conn.sendall(answer)
                except OSError:
                    pass

    threading.Thread(target=serve, daemon=True).start()
    return srv, f"tcp://127.0.0.1:{srv.getsockname()[1]}"


def not_dask(raw: Path, out: Path, what: str, answer: bytes | None) -> None:
    before = dataset_hash(out)
    srv, address = _service(answer)
    try:
        res, dt = _rebuild_at(raw, out, address)
    finally:
        srv.close()
    after = dataset_hash(out)
    said = (res.stderr.strip().splitlines() or [""])[-1][:160]
    print(f"{what} on the scheduler port: exit {res.returncode} in {dt:.1f} s (target: 2, bounded); dataset "
          f"{before} -> {after} ({'untouched' if before == after else 'CHANGED'})\n  said: {said}", flush=True)


def tiny_orders(raw: Path, n: int) -> list[Path]:
    raw.mkdir(parents=True)
    paths = [raw / f"order{i:06d}.txt" for i in range(n)]
    for i, p in enumerate(paths):
        p.write_text(ORDER.format(i=i), encoding="utf-8")
    return paths


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        out = throughput(Path(tmp), raw, tiny_orders(raw, a.docs), a.workers)
        broken_worker(Path(tmp), raw, out, "lacking the project", NO_PROJECT)
        broken_worker(Path(tmp), raw, out, "of another version", OTHER_VERSION)
        not_dask(raw, out, "a service that accepts and never answers", None)
        not_dask(raw, out, "an HTTP server", b"HTTP/1.0 400 Bad Request\r\nContent-Length: 0\r\n\r\n")

if __name__ == "__main__":
    main()
