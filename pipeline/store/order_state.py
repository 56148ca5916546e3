"""Order grouping in proportion to what changed (issue 20).

Regrouping every document at every commit made an ingest of 20 files into
100,000 documents cost 1.3 s per commit for groups none of its files touch.
`.index/order_state.parquet` keeps, per document, what the last finished
regroup saw and decided: its signature (doc_id, pipeline_version, source_path:
what its parts, fingerprint and rank depend on), its folded parts (region,
issuer, date, number, is an order), its rows fingerprint (hashed once per
signature) and its order_key/duplicate_of.  A commit diffs the documents index
against it: documents whose signature is new (added, or changed) and the ones
whose signature is gone are the seeds; the affected set is the connected
components holding a seed (found at once, not one link step per pass) of the
links: sharing an own key, a (region, rows fingerprint), an old group
(order_key), or, between a file missing a part of its key and a complete one, a
date or a number in a compatible form (region|date, or issuer|date for a
partial file with no region; order_groups._bridges) — and only it is regrouped
(order_groups.group_arrays).  The rest keep the state's values: their links did
not change, and their groups hold none of the affected documents (else the
old-group rule would have pulled them in).

The state is written after the regroup's file rewrites, so a crash in between
leaves the older state and the commit's journal: the next holder of the lock
re-derives that commit first (journal.recover: the same seeds against the same
state, rewriting whatever files still differ), before any other commit.  A
missing, unreadable or foreign state (another format, another order_key.yaml,
other grouping code: orders.py or order_groups.py changed) regroups everything.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.contract import read_file
from pipeline.store import orders as rules
from pipeline.store.segments import INDEX, write_parquet

STATE = "order_state.parquet"
PARTS = ("region", "issuer", "date", "number")
SCHEMA = pa.schema([("sig", pa.string()), *((k, pa.string()) for k in PARTS), ("order", pa.bool_()),
                    ("print", pa.string()), ("order_key", pa.string()), ("duplicate_of", pa.string())])
_FORMAT = "1"


# The grouping rules' code: a change to it must regroup the groups no document touches too.
_SOURCES = tuple(Path(rules.__file__).with_name(f) for f in ("orders.py", "order_groups.py", "order_rows.py"))


@lru_cache(maxsize=8)
def _digest(paths: tuple[Path, ...]) -> str:
    """sha256 of the files' bytes, read once per process (the code does not change under it)."""
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _stamp() -> str:
    """What the state's values depend on beyond a document's signature: its format,
    the folding data and the grouping code (orders.py, order_groups.py)."""
    data = hashlib.sha256(rules._DATA.read_bytes()).hexdigest()[:16]
    return ":".join((_FORMAT, data, _digest(_SOURCES)))


def signatures(idx: pa.Table) -> pa.Array:
    cols = [pc.fill_null(idx.column(c), "").combine_chunks() for c in ("doc_id", "pipeline_version", "source_path")]
    return pc.binary_join_element_wise(*cols, "\x1f")


# The state this process last wrote or read, with its file's (path, inode, mtime_ns, size):
# the next commit of an ingest loads what the last one saved without reading it.
_LAST: dict = {}


def _file_id(path: Path) -> tuple:
    st = path.stat()
    return str(path.resolve()), st.st_ino, st.st_mtime_ns, st.st_size     # a rename brings a new inode


def _read(path: Path) -> pa.Table:
    at = _file_id(path)
    if _LAST.get("at") != at:
        _LAST.clear()
        _LAST.update(at=at, table=read_file(path))
    return _LAST["table"]


def load(out: Path) -> pa.Table | None:
    """The last finished regroup's state, or None (regroup everything)."""
    try:
        t = _read(Path(out) / INDEX / STATE)
    except (OSError, pa.ArrowInvalid):
        return None
    meta = t.schema.metadata or {}
    if meta.get(b"stamp") != _stamp().encode() or not t.schema.remove_metadata().equals(SCHEMA):
        return None
    return t


def as_table(sig: pa.Array, p: dict, prints: pa.Array, key: pa.Array, dup: pa.Array) -> pa.Table:
    t = pa.table([sig, *(p[k] for k in PARTS), pa.array(p["order"]), prints, key, dup], schema=SCHEMA)
    return t.replace_schema_metadata({"stamp": _stamp()})


def save(out: Path, sig: pa.Array, p: dict, prints: pa.Array, key: pa.Array, dup: pa.Array) -> None:
    path, table = Path(out) / INDEX / STATE, as_table(sig, p, prints, key, dup)
    _LAST.clear()                        # until the write is known to be done
    write_parquet(table, path)
    _LAST.update(at=_file_id(path), table=table)


def _codes(values: pa.Array) -> np.ndarray:
    """An integer per distinct value (-1: null)."""
    enc = pc.dictionary_encode(values)
    return pc.fill_null(enc.indices, -1).to_numpy(zero_copy_only=False).astype(np.int64)


def _star(codes: np.ndarray, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Edges (position, first position of its value) over the positions of `keep`:
    one edge per holder joins all holders of a value."""
    pos = np.flatnonzero(keep & (codes >= 0))
    first = np.zeros(int(codes.max(initial=-1)) + 1, dtype=np.int64)
    _, at = np.unique(codes[pos], return_index=True)
    first[codes[pos][at]] = pos[at]
    return pos, first[codes[pos]]


def _bridge(codes: np.ndarray, partial: np.ndarray, complete: np.ndarray) -> np.ndarray:
    """The positions whose value is held by at least one partial and one complete file."""
    size = int(codes.max(initial=-1)) + 2        # one spare slot: the nulls' clipped index
    valid = codes >= 0
    both = (np.bincount(codes[valid & partial], minlength=size) > 0) \
        & (np.bincount(codes[valid & complete], minlength=size) > 0)
    return valid & (partial | complete) & both[np.maximum(codes, 0)]


def _components(n: int, edges: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Each position's component label (its smallest position): labels lowered along
    the edges, then pointer jumping, until nothing changes."""
    lab = np.arange(n)
    a = np.concatenate([e[0] for e in edges]) if edges else np.zeros(0, dtype=np.int64)
    b = np.concatenate([e[1] for e in edges]) if edges else np.zeros(0, dtype=np.int64)
    while True:
        before = lab.copy()
        low = np.minimum(lab[a], lab[b])
        np.minimum.at(lab, a, low)
        np.minimum.at(lab, b, low)
        while True:                      # lab[i] <= i is in i's component: follow it down
            nxt = lab[lab]
            if np.array_equal(nxt, lab):
                break
            lab = nxt
        if np.array_equal(lab, before):
            return lab


def closed(cols: dict[str, pa.Array], partial: np.ndarray, complete: np.ndarray, seed: np.ndarray) -> np.ndarray:
    """The smallest set holding `seed` closed under the links grouping can make or
    unmake: equal own key, equal (region, fingerprint), the same old group, and a
    value of a bridge column shared between a partial file and a complete one
    (`cols`: key, rows, group and the bridges, aligned; null values share nothing):
    the connected components that hold a seed."""
    n = len(seed)
    every = np.ones(n, dtype=bool)
    edges = [_star(_codes(cols[c]), every) for c in ("key", "rows", "group")]
    for c in cols:
        if c not in ("key", "rows", "group"):
            codes = _codes(cols[c])
            edges.append(_star(codes, _bridge(codes, partial, complete)))
    lab = _components(n, edges)
    return np.isin(lab, lab[seed])
