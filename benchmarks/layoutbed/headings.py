"""Section headings: the pools write them as documents do, some with their own number
(«IV. …», «Направление 2. …», «Таблица 3. …»). When a layout numbers its sections itself,
that number is taken off first so that a heading is never numbered twice."""
from __future__ import annotations

import re

_OWN_NUMBER = re.compile(r"^\s*(?:(?:Раздел|Направление|Таблица)\s+)?(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.)]?\s+")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def bare(heading: str) -> str:
    return _OWN_NUMBER.sub("", heading, count=1).strip() or heading


def numbered(heading: str, k: int, style: str) -> str:
    """The k-th (0-based) section's heading in a numbering style; `none` keeps it as the pool wrote it."""
    if style not in ("roman", "arabic", "razdel"):
        return heading
    text = bare(heading)
    return {"roman": f"{ROMAN[k]}. {text}", "arabic": f"{k + 1}. {text}", "razdel": f"Раздел {k + 1}. {text}"}[style]
