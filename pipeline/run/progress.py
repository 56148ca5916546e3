"""A progress line on stderr: files done / total, current file, elapsed, ETA.

Shown only when stderr is a terminal (never on stdout, never in logs)."""
from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, total: int, enabled: bool = True, stream=None):
        self.stream = stream or sys.stderr
        self.total = total
        self.done = 0
        self.start = time.monotonic()
        self.enabled = enabled and total > 0 and getattr(self.stream, "isatty", lambda: False)()

    def advance(self, name: str, status: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.start
        eta = elapsed / self.done * (self.total - self.done)
        width = 24
        filled = int(width * self.done / self.total)
        bar = "#" * filled + "-" * (width - filled)
        line = (f"\r[{bar}] {self.done}/{self.total}  {elapsed:5.1f}s  ETA {eta:5.1f}s  "
                f"{status:<7} {name[:40]}")
        self.stream.write(line.ljust(110))
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
