"""A body's short name in brackets after its full name in a header («МИНИСТЕРСТВО КУЛЬТУРЫ РЕСПУБЛИКИ
ТАТАРСТАН» / «(МИНКУЛЬТУРЫ РТ)»): no part of the issuer's name, left out before the name is read."""
from __future__ import annotations

from textcore.clean import unclosed_brackets
from textcore.regions import find_regions


def without_short_name(lines: list[str]) -> list[str]:
    """The issuer's lines up to a bracket that opens right after the subject's name and closes at the
    block's end, or is left open there; the subject's own bracket («Республики Саха (Якутия)») is its name's.  Lines as they
    were where no such bracket stands."""
    joined = " ".join(t.strip() for t in lines)
    found = find_regions(joined)
    if not found:
        return lines
    rest = joined[found[0].end:].rstrip()
    opened = unclosed_brackets(rest)
    at = opened[0] if opened else _last_group(rest)
    between = rest[:at].strip() if at is not None else "-"
    if between and not (between.startswith("(") and between.endswith(")")):
        return lines                      # words between the subject and the bracket: no short name after it
    cut = found[0].end + at
    out, at = [], 0
    for t in (t.strip() for t in lines):
        if at >= cut:
            break
        out.append(t[:cut - at].rstrip())
        at += len(t) + 1
    return [t for t in out if t]


def _last_group(text: str) -> int | None:
    """Where the bracket group that closes the text opens («… (Якутия) (Минздрав РС(Я))»: the second)."""
    if not text.endswith(")"):
        return None
    depth = 0
    for k in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[k], 0)
        if depth == 0:
            return k
    return None
