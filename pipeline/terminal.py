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
