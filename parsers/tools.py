"""The one runner of the external programs the readers call: LibreOffice, pdftoppm, tesseract.

A tool that is not installed raises `ToolMissing` (retryable: it may be
installed before the next run, so the pipeline does not cache that failure);
one that fails or times out on the given bytes raises `ToolFailed` (not
retryable: the same bytes fail the same way).  Each tool runs in a process
group of its own, and on a timeout or any exception the whole group is
killed: LibreOffice's `soffice.bin` child would otherwise outlive its
launcher and keep running.  Callers keep their scratch files in a
`tempfile.TemporaryDirectory` around the call, removed once it returns or raises.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile

from .errors import ToolError, ToolFailed, ToolMissing, ToolNoRoom

_REAP_S = 5.0          # after the kill, how long to wait for the group's pipes to close
_MIN_FREE = 64 * 1024 * 1024     # less free in the temporary folder: a failure may be the full disk's


def which(*names: str) -> str | None:
    """The first of `names` found on PATH (a tool may go by several names)."""
    return next((exe for exe in map(shutil.which, names) if exe), None)


def require(exe: str | None, missing: str) -> str:
    """`exe`, or ToolMissing with the `missing` message (how to install it)."""
    if exe is None:
        raise ToolMissing(missing)
    return exe


def run_tool(cmd: list[str], what: str, timeout: float, input: bytes | None = None,
             env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run `cmd` (its program an absolute path from `which`), bytes in and out;
    `what` names the tool in messages.  Returns whatever the exit code; raises
    ToolFailed on a timeout, ToolMissing when the program cannot be started."""
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                                start_new_session=True)      # its own group: killed with its children
    except OSError as e:          # removed or made non-executable since `which` found it
        raise ToolMissing(f"{what} cannot be started: {e.strerror or e}") from None
    try:
        out, err = proc.communicate(input, timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(proc)
        raise ToolFailed(f"{what} timed out after {timeout:.0f} s") from None
    except BaseException:
        kill_group(proc)
        raise
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def kill_group(proc: subprocess.Popen) -> None:
    """Kill `proc` and every process of its group, then reap it."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass                      # the group is gone already
    try:
        proc.communicate(timeout=_REAP_S)
    except (subprocess.TimeoutExpired, ValueError, OSError):
        proc.kill()
        proc.wait()


def failure_text(done: subprocess.CompletedProcess, limit: int = 200) -> str:
    """The end of a failed tool's message, for the document's error."""
    return (done.stderr or done.stdout or b"").decode("utf-8", "replace").strip()[-limit:]


def _free_bytes(folder: str) -> int:
    st = os.statvfs(folder)
    return st.f_bavail * st.f_frsize


def failed(message: str, done: subprocess.CompletedProcess | None = None, limit: int = 200) -> ToolError:
    """The error for a tool that did not do the work: ToolFailed (cached, the same
    bytes fail the same way), or ToolNoRoom when the temporary folder's disk is
    (nearly) full — then the bytes are not to blame and the next run tries again."""
    why = failure_text(done, limit) if done is not None else ""
    text = f"{message}{': ' + why if why else ''}"
    tmp = tempfile.gettempdir()
    try:
        full = _free_bytes(tmp) < _MIN_FREE
    except OSError:
        full = False
    if full:
        return ToolNoRoom(f"{text} (the temporary folder {tmp} is full: free space and run again)")
    return ToolFailed(text)
