"""Legal-database chrome: banners, page footers and change lists of copied orders.

Orders copied from КонсультантПлюс, ГАРАНТ or pravo.gov.ru carry lines that are the
website's, not the order's ("Вы можете открыть актуальную версию документа…",
"Документ предоставлен КонсультантПлюс", "Страница 3 из 12").  Left in, they become
the title and their dates and numbers the order's.  The vocabulary is data:
parsers/data/site_chrome.yaml.
"""
from __future__ import annotations

import re
from pathlib import Path

from textcore.vocab import vocabulary

_DATA = Path(__file__).resolve().parent / "data" / "site_chrome.yaml"


@vocabulary(_DATA, required=("max_line", "lines", "blocks"))
def _vocab(d: dict) -> tuple[int, list[re.Pattern], list[re.Pattern]]:
    # one alternation per kind: every line of every document is tested, so one scan, not N
    comp = lambda xs: [re.compile("|".join(f"(?:{x})" for x in xs), re.I)] if xs else []  # noqa: E731
    return int(d["max_line"]), comp(d["lines"]), comp(d["blocks"])


def chrome_lines(lines: list[str]) -> set[int]:
    """Indices of the lines that are site chrome."""
    max_line, line_rx, block_rx = _vocab()
    out: set[int] = set()
    i = 0
    while i < len(lines):
        text = lines[i]
        if len(text) <= max_line and any(rx.search(text) for rx in block_rx):
            out.add(i)
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or lines[j].strip().startswith("(")):
                out.add(j)                   # "(в ред. приказа … от … N …)", possibly wrapped
                depth = lines[j].count("(") - lines[j].count(")")
                while depth > 0 and j + 1 < len(lines):
                    j += 1
                    out.add(j)
                    depth += lines[j].count("(") - lines[j].count(")")
                j += 1
            i = j
            continue
        if len(text) <= max_line and any(rx.search(text) for rx in line_rx):
            out.add(i)
        i += 1
    return out


def strip_site_chrome(lines: list[str]) -> list[str]:
    """The lines without site chrome."""
    drop = chrome_lines(lines)
    return [ln for i, ln in enumerate(lines) if i not in drop]
