"""Where the local pool's workers come from: a small "zygote" process.

Workers are recycled every few dozen documents.  Forked from the parent, a new
worker would start with everything the parent has grown by then (the carried
tables, the writer's buffers, the old dataset's index).  So a run forks one
zygote at its very start — before it reads anything of the dataset — and every
worker, first or recycled, is forked *by the zygote* on request: each starts
as small as the run's first one.  The parsers' models are loaded in the zygote
(`warm`, pipeline/run/preload.py), not in the parent, which never needs them.
Forking (not spawning) keeps what the parent had set up before the run: a
test's patched per-document function (tests/faults.py).

The parent talks to the zygote over one socket, a request and its reply at a
time: `warm` (load the models), `fork` (the worker's end of a fresh pipe
travels as a file descriptor, the zygote answers with the worker's pid) and
`reap` (the zygote is the workers' parent, so it is the one that can wait for
them and say how they ended).  A worker dies with the zygote, the zygote with the parent
(PR_SET_PDEATHSIG); the parent kills a worker's tree by pid as before
(pipeline/run/reap.py).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import signal
import sys
import time
from multiprocessing import Pipe, reduction
from multiprocessing.connection import Connection

from pipeline.run.reap import kill_tree, use_scratch

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """Linux: the kernel sends SIGKILL to this process when its parent dies
    (even by SIGKILL, when no `finally` runs).  The parent may have died before
    the call took effect, hence the ppid check.  Elsewhere the pipe's EOF (and
    the ppid check between documents) ends the worker."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:
        os._exit(0)


def worker_loop(conn, work, parent_pid: int, init, scratch: str) -> None:
    """One worker: documents from `conn` until None, EOF or the parent is gone."""
    die_with_parent(parent_pid)
    use_scratch(scratch)
    # Ctrl-C reaches the whole process group: the parent ends the run, the
    # worker must not print a traceback of its own
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if init is not None:
        init()
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        if path is None or os.getppid() != parent_pid:
            return
        conn.send(work(path))


def _reap(pid: int, timeout: float | None) -> tuple[bool, int | None]:
    """(still running, exit code as multiprocessing gives it: -N for signal N)."""
    end = None if timeout is None else time.monotonic() + timeout
    while True:
        try:
            done, status = os.waitpid(pid, 0 if end is None else os.WNOHANG)
        except ChildProcessError:
            return False, None                  # reaped already
        if done:
            return False, os.waitstatus_to_exitcode(status)
        if time.monotonic() >= end:
            return True, None
        time.sleep(0.02)


def _fork_worker(control, scratch: str, work, init) -> int:
    fd = reduction.recv_handle(control)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            control.close()
            worker_loop(Connection(fd), work, os.getppid(), init, scratch)
            code = 0
        finally:
            os._exit(code)              # never the zygote's own exit path (multiprocessing's atexit)
    os.close(fd)                        # only the worker holds its end: its death is the parent's EOF
    return pid


def _serve(control, parent_pid: int, work, init, parents_end=None) -> None:
    """The zygote: fork and reap workers on request until the parent closes the socket."""
    if parents_end is not None:
        parents_end.close()             # our inherited copy of the parent's end would hide its EOF
    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.freeze()                         # what the parent had (see _settle)
    while True:
        try:
            msg = control.recv()
        except (EOFError, OSError):
            return                      # the parent is done: the workers die with us
        if msg[0] == "fork":
            control.send(_fork_worker(control, msg[1], work, init))
        elif msg[0] == "reap":
            control.send(_reap(msg[1], msg[2]))
        elif msg[0] == "warm":
            from pipeline.run.preload import warm_up
            warm_up()                   # here, not in the parent: the parent never needs the models
            _settle()
            control.send(True)


def _settle() -> None:
    """The models' objects out of reach of the workers' garbage collector: a collection
    writes to the header of every object it tracks, so each worker's first ones copied
    the pages of every model object it had shared with the zygote (gc.freeze: the
    objects alive now are never examined again, here or in the processes forked)."""
    gc.collect()                        # the warm-up's garbage is not kept for good
    gc.freeze()


class Zygote:
    """The parent's handle: start(scratch) -> (connection, pid); reap(pid, timeout)."""

    def __init__(self, ctx, work, init=None):
        self._ctx, self._work, self._init = ctx, work, init
        self._warm = False
        self._begin()

    def _begin(self) -> None:
        self.control, theirs = self._ctx.Pipe()
        self.proc = self._ctx.Process(target=_serve, args=(theirs, os.getpid(), self._work, self._init,
                                                           self.control), daemon=True)
        self.proc.start()
        theirs.close()

    def _ask(self, msg, handle: int | None = None):
        self.control.send(msg)
        if handle is not None:
            reduction.send_handle(self.control, handle, self.proc.pid)
        return self.control.recv()

    def warm(self) -> None:
        """Load the parsers' models in the zygote (preload.py), once: every worker it
        forks afterwards starts with them (copy-on-write)."""
        if not self._warm:
            self._warm = True
            try:
                self._ask(("warm",))
            except (EOFError, OSError):
                pass                    # start() replaces a lost zygote, and warms the new one

    def start(self, scratch: str) -> tuple[Connection, int]:
        """A new worker, forked by the zygote (a new zygote first when it died)."""
        mine, theirs = Pipe()
        try:
            try:
                pid = self._ask(("fork", scratch), theirs.fileno())
            except (EOFError, OSError):
                self.close()
                self._begin()           # killed from outside: forked from this (grown) process
                if self._warm:
                    self._ask(("warm",))
                pid = self._ask(("fork", scratch), theirs.fileno())
        finally:
            theirs.close()
        return mine, pid

    def reap(self, pid: int, timeout: float | None) -> tuple[bool, int | None]:
        """(still running after `timeout` s (None: wait), its exit code)."""
        try:
            return self._ask(("reap", pid, timeout))
        except (EOFError, OSError):
            return False, None          # the zygote is gone, and its workers with it

    def close(self) -> None:
        self.control.close()            # the zygote ends on EOF
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            kill_tree(self.proc.pid)
            self.proc.join()


class Spawner:
    """The same interface where fork is missing: workers are spawned by the parent."""

    def __init__(self, ctx, work, init=None):
        self._ctx, self._work, self._init = ctx, work, init
        self._procs = {}

    def start(self, scratch: str) -> tuple[Connection, int]:
        mine, theirs = self._ctx.Pipe()
        proc = self._ctx.Process(target=worker_loop, args=(theirs, self._work, os.getpid(), self._init, scratch),
                                 daemon=True)
        proc.start()
        theirs.close()
        self._procs[proc.pid] = proc
        return mine, proc.pid

    def warm(self) -> None:
        pass                            # a spawned worker loads what it needs itself

    def reap(self, pid: int, timeout: float | None) -> tuple[bool, int | None]:
        proc = self._procs.get(pid)
        if proc is None:
            return False, None          # reaped already
        proc.join(timeout)
        if proc.is_alive():
            return True, None
        del self._procs[pid]
        return False, proc.exitcode

    def close(self) -> None:
        pass
