"""Lines a legal-information system or a ministry site adds around an order (banners, page footers).

The vocabulary is data (parsers/data/site_chrome.yaml); readers of saved web
pages and of converted text drop these lines before anything reads the order.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

_DATA = Path(__file__).parent / "data" / "site_chrome.yaml"


@functools.lru_cache(maxsize=1)
def _vocab() -> tuple[tuple[str, ...], tuple[re.Pattern, ...]]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8")) or {}
    starts = tuple(s.casefold() for s in data.get("lines", []))
    patterns = tuple(re.compile(p, re.IGNORECASE) for p in data.get("patterns", []))
    return starts, patterns


def is_site_chrome(line: str) -> bool:
    starts, patterns = _vocab()
    text = " ".join(line.split())
    return text.casefold().startswith(starts) or any(p.match(text) for p in patterns)


def strip_site_chrome(lines: list[str]) -> list[str]:
    return [ln for ln in lines if not is_site_chrome(ln)]
