"""Ending a worker together with every program it started.

The external tools (LibreOffice, pdftoppm, tesseract) run in sessions of their
own (`parsers/tools.py`), so that a tool's timeout kills its whole group and not
the worker.  That also means killing the worker alone leaves them running with
parent 1 (`soffice.bin` at full CPU).  So a worker is stopped first (it cannot
start anything more), its descendants are found through /proc, and each one's
process group is killed with it.  Each worker also gets a scratch folder of its
own (its TMPDIR), removed when the worker ends: a killed worker's temporary
directories never reach their `finally`.
"""
from __future__ import annotations

import os
import shutil
import signal
import tempfile


def _parents() -> dict[int, int]:
    """pid -> parent pid of every process /proc shows (empty elsewhere)."""
    out: dict[int, int] = {}
    try:
        names = os.listdir("/proc")
    except OSError:
        return out
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                # the name field may hold spaces and parentheses: split after its last ')'
                fields = fh.read().rsplit(b")", 1)[1].split()
            out[int(name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    return out


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (children, grandchildren ...)."""
    kids: dict[int, list[int]] = {}
    for child, parent in _parents().items():
        kids.setdefault(parent, []).append(child)
    found, todo = [], [pid]
    while todo:
        for child in kids.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _signal(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def kill_tree(pid: int) -> None:
    """SIGKILL `pid`, its descendants and their process groups (never our own group)."""
    _signal(pid, signal.SIGSTOP)              # no new child while we look
    tree = descendants(pid)
    for d in tree:
        _signal(d, signal.SIGSTOP)
    ours = os.getpgrp()
    for d in tree:
        try:
            group = os.getpgid(d)
            if group != ours:
                os.killpg(group, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        _signal(d, signal.SIGKILL)
    _signal(pid, signal.SIGKILL)


def scratch_folder() -> str:
    """A fresh scratch folder for one worker."""
    return tempfile.mkdtemp(prefix="touchpoints-worker-")


def use_scratch(folder: str) -> None:
    """In the worker: every temporary file of ours and of the tools goes under `folder`."""
    os.environ["TMPDIR"] = folder
    tempfile.tempdir = folder


def remove_scratch(folder: str) -> None:
    shutil.rmtree(folder, ignore_errors=True)
