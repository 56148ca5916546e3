"""Phrase pools (UTF-8 TSV written from the taxonomy definitions by another hand).

Format: a header line, `#` comment lines, tab-separated columns; `;` separates
list items inside a cell and a literal `\\n` inside a needs cell is a line break.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
POOLS_DIR = HERE / "pools"
FILES = ("channels", "needs", "processes", "directions", "roadmap", "deadlines", "responsible",
         "procedure_leadins")


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8-sig").splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    header = [h.strip() for h in rows[0]]
    return [{h: (r[i].strip() if i < len(r) else "") for i, h in enumerate(header)} for r in rows[1:]]


@dataclass
class Pools:
    half: str
    label: str = ""  # names the documents: the half, prefixed by the pool set when not the first one
    tables: dict[str, list[dict[str, str]]] = field(default_factory=dict)

    def __getitem__(self, name: str) -> list[dict[str, str]]:
        return self.tables[name]


def split_list(cell: str) -> list[str]:
    return [p.strip() for p in cell.split(";") if p.strip()]


def pool_root(name: str) -> Path:
    """A pool set by name (`pools`, `pools2`: a folder beside this file) or by path."""
    path = Path(name)
    return path if path.is_absolute() or "/" in name else HERE / name


def load(half: str, root: Path = POOLS_DIR) -> Pools:
    """The pools of one half (`tune`, `test`, or `smoke` for development only)."""
    folder = root / half
    if not folder.is_dir():
        raise FileNotFoundError(f"no phrase pools for half {half!r} in {folder}")
    # the first pool set keeps its plain names, so its documents (and seeds) stay as they were
    label = half if root.resolve() == POOLS_DIR else f"{root.name}{half}"
    pools = Pools(half, label)
    for name in FILES:
        # a set that writes only some kinds of phrase (pools3: headings, processes, channels,
        # needs) takes the others from the same half of the first set
        path = folder / f"{name}.tsv"
        rows = read_tsv(path if path.is_file() else POOLS_DIR / half / f"{name}.tsv")
        for r in rows:  # a line break inside a cell (a needs cell, a responsible cell) is written as a literal \n
            for key, value in r.items():
                r[key] = value.replace("\\n", "\n")
        pools.tables[name] = rows
    return pools
