"""Text shown on a terminal: file names and messages with their control
characters escaped, so a file named with an escape sequence cannot drive the
user's terminal (move the cursor, retitle the window, hide lines)."""
from __future__ import annotations

import re

# C0 controls except tab, DEL, C1 controls, and the bidi overrides that reorder what is shown
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text) -> str:
    """`text` with control characters shown as \\xNN / \\uNNNN."""
    s = str(text)
    return _CONTROL.sub(lambda m: (f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                                   else f"\\u{ord(m.group()):04x}"), s)


def safe_lines(text: str) -> str:
    """`safe` line by line: the line breaks kept, every other control escaped."""
    return "\n".join(safe(line) for line in text.split("\n"))


def safe_json(text: str) -> str:
    """JSON escapes C0 controls itself; DEL, C1 and bidi overrides are escaped here too."""
    return "".join(f"\\u{ord(c):04x}" if (0x7f <= ord(c) <= 0x9f or 0x202a <= ord(c) <= 0x202e
                                            or 0x2066 <= ord(c) <= 0x2069) else c for c in text)
