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
partial file with no region; order_update._bridges) — and only it is regrouped
(order_groups.group_arrays).  The rest keep the state's values: their links did
not change, and their groups hold none of the affected documents (else the
old-group rule would have pulled them in).

Every commit reads of every document only the LIGHT columns: its signature
(matched against the index's SIG_ROWS rows at a time, never held: State.index_of),
whether its key is partial or complete, and each link's value as a 63-bit hash
(link_hash) — not the strings (the parts, keys and joined link values of every
document were ~1 KB a document at each commit, +115 MB at 100,000).  Equal
values have equal hashes; two values sharing a hash only add a link, so the
set regrouped may grow, never miss a document.  The parts, prints and keys
(HEAVY) are read for the documents regrouped alone, and the state is rewritten
one row group at a time: the rows no change reached are copied as they are,
the regrouped ones appended.

The state is written after the regroup's file rewrites, so a crash in between
leaves the older state and the commit's journal: the next holder of the lock
re-derives that commit first (journal.recover: the same seeds against the same
state, rewriting whatever files still differ), before any other commit.  A
missing, unreadable (its LIGHT columns at load, or any row when it is read
later: Damaged) or foreign state (another format — an older one included:
it is regrouped whole once —, another order_key.yaml, other grouping code)
regroups everything.
"""
from __future__ import annotations

import hashlib
from contextlib import contextmanager
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Iterator

import numpy as np
import pyarrow as pa
import pyarrow.acero as acero
import pyarrow.compute as pc
import pyarrow.parquet as pq

from textcore.atomic import atomic_write

from pipeline.store import orders as rules
from pipeline.store.segments import INDEX, read_group

STATE = "order_state.parquet"
PARTS = ("region", "issuer", "date", "number")
LINKS = ("key", "rows", "group", "region|date", "region|number", "issuer|date", "issuer|number")
LIGHT = pa.schema([("sig", pa.string()), ("partial", pa.bool_()), ("complete", pa.bool_()),
                   *((f"h:{k}", pa.int64()) for k in LINKS)])
HEAVY = pa.schema([*((k, pa.string()) for k in PARTS), ("order", pa.bool_()), ("print", pa.string()),
                   ("order_key", pa.string()), ("duplicate_of", pa.string()), ("rank", pa.int64())])
SCHEMA = pa.schema([*LIGHT, *HEAVY])
# 3: `rank` (order_groups.rank_of) kept, so a group that loses its best file is ranked again from the state
_FORMAT = "3"
# rows of the state read, held and written at a time (a row group): what a commit holds of
# the state beyond its LIGHT columns does not grow with the dataset
STATE_ROWS = 4096
# the state's signatures are not held (~120 bytes a document: most of LIGHT's size): a
# commit matches the index's against them this many rows at a time (State.index_of)
SIG_ROWS = 32_768


# The grouping rules' code: a change to it must regroup the groups no document touches too.
_SOURCES = tuple(Path(rules.__file__).with_name(f)
                 for f in ("orders.py", "order_groups.py", "order_rows.py", "order_update.py", "order_state.py",
                          "order_joins.py"))


@lru_cache(maxsize=8)
def _digest(paths: tuple[Path, ...]) -> str:
    """sha256 of the files' bytes, read once per process (the code does not change under it)."""
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _stamp() -> str:
    """What the state's values depend on beyond a document's signature: its format,
    the folding data and the grouping code (orders.py, order_groups.py, ...)."""
    data = hashlib.sha256(rules._DATA.read_bytes()).hexdigest()[:16]
    return ":".join((_FORMAT, data, _digest(_SOURCES)))


def signatures(idx: pa.Table) -> pa.Array:
    cols = [pc.fill_null(idx.column(c), "").combine_chunks() for c in ("doc_id", "pipeline_version", "source_path")]
    return pc.binary_join_element_wise(*cols, "\x1f")


def link_hash(values: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """A 63-bit hash of each value (-1: null), computed once per distinct value; stable
    across processes (blake2b, not Python's salted hash)."""
    values = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    enc = pc.dictionary_encode(values)
    table = np.fromiter((int.from_bytes(hashlib.blake2b(v.encode(), digest_size=8).digest(), "little") >> 1
                         for v in enc.dictionary.to_pylist()), dtype=np.int64, count=len(enc.dictionary))
    codes = pc.fill_null(enc.indices, -1).to_numpy(zero_copy_only=False).astype(np.int64)
    return np.where(codes >= 0, table[np.maximum(codes, 0)] if len(table) else -1, -1)


class Damaged(Exception):
    """The state's file opened and its LIGHT columns read, but rows of it do not (a
    damaged page): regroup everything, as with no state."""


@contextmanager
def _reading():
    try:
        yield
    except (OSError, pa.ArrowException) as e:
        raise Damaged(f"the order state does not read: {e}") from e


class State:
    """A loaded state: every row's LIGHT columns in memory, the HEAVY ones read per
    row on demand (from `path`, or from `table` where the whole state is in memory)."""

    def __init__(self, light: pa.Table, path: Path | None = None, table: pa.Table | None = None):
        self.light, self.path, self.table = light, path, table

    @classmethod
    def of(cls, table: pa.Table) -> State:
        return cls(table.select(LIGHT.names), table=table)

    def index_of(self, sig: pa.Array) -> np.ndarray:
        """Each signature of `sig`: the first state row holding it, -1 where none.  A
        loaded state's signatures are read SIG_ROWS at a time, not held (load)."""
        if "sig" in self.light.column_names:
            return pc.fill_null(pc.index_in(sig, self.light.column("sig")), -1).to_numpy(
                zero_copy_only=False).astype(np.int64)
        # the asked signatures hashed ONCE (Acero's hash join builds on its right input) and the
        # state's batches streamed past them: index_in per batch probed every asked signature at
        # each batch, n x n / SIG_ROWS.  The join holds a copy of the asked ones while it runs (at
        # 100,000 signatures +43 MB of Arrow memory at its peak, none after).  A join matches no
        # nulls: a null asked is the first null row's
        nulls, start = [], 0

        def batches():
            nonlocal start
            for batch in pq.ParquetFile(self.path).iter_batches(batch_size=SIG_ROWS, columns=["sig"],
                                                                use_threads=False):
                col = batch.column(0)
                if not nulls and col.null_count:
                    nulls.append(start + int(np.flatnonzero(col.is_null().to_numpy(zero_copy_only=False))[0]))
                yield pa.record_batch([col, pa.array(np.arange(start, start + len(col)))], names=["sig", "row"])
                start += batch.num_rows

        stream = pa.RecordBatchReader.from_batches(pa.schema([("sig", pa.string()), ("row", pa.int64())]),
                                                   batches())
        with _reading():
            pairs = acero.Declaration("hashjoin", acero.HashJoinNodeOptions(
                "inner", ["sig"], ["sig"], left_output=["row"], right_output=["pos"]), inputs=[
                acero.Declaration("record_batch_reader_source", acero.RecordBatchReaderSourceNodeOptions(stream)),
                acero.Declaration("table_source", acero.TableSourceNodeOptions(
                    pa.table({"sig": sig, "pos": np.arange(len(sig))})))]).to_table(use_threads=False)
        if start != len(self.light):
            raise Damaged("the order state changed under the commit")
        at = np.full(len(sig), len(self.light), dtype=np.int64)
        np.minimum.at(at, pairs.column("pos").to_numpy(), pairs.column("row").to_numpy())   # the first row wins
        at[at == len(self.light)] = -1
        at[sig.is_null().to_numpy(zero_copy_only=False)] = nulls[0] if nulls else -1
        return at

    def sig_at(self, pos: np.ndarray) -> pa.Array:
        """The signatures of the state rows at `pos`, in that order."""
        if "sig" in self.light.column_names:
            return self.light.column("sig").take(pa.array(pos, pa.int64()))
        return self.heavy(pos, ["sig"]).column("sig").combine_chunks()

    def hashes(self, link: str) -> np.ndarray:
        return pc.fill_null(self.light.column(f"h:{link}"), -1).to_numpy(zero_copy_only=False).astype(np.int64)

    def flag(self, name: str) -> np.ndarray:
        return pc.fill_null(self.light.column(name), False).to_numpy(zero_copy_only=False)

    def heavy(self, pos: np.ndarray, columns: list[str] | None = None) -> pa.Table:
        """The HEAVY columns (or `columns` of them) of the rows at `pos`, in that order:
        only the row groups holding one are read."""
        pos = np.asarray(pos, dtype=np.int64)
        columns = columns or HEAVY.names
        if self.table is not None:
            return self.table.select(columns).take(pa.array(pos, pa.int64()))
        got, start = [], 0
        where = np.empty(0, dtype=np.int64)
        with _reading():
            pf = pq.ParquetFile(self.path)
            for g in range(pf.num_row_groups):
                end = start + pf.metadata.row_group(g).num_rows
                mine = pos[(pos >= start) & (pos < end)]
                if len(mine):
                    got.append(read_group(pf, g, columns).take(pa.array(np.unique(mine) - start)))
                    where = np.r_[where, np.unique(mine)]
                start = end
        rows = pa.concat_tables(got) if got else pa.schema([SCHEMA.field(c) for c in columns]).empty_table()
        return rows.take(pa.array(np.searchsorted(where, pos), pa.int64()))

    def kept(self, keep: np.ndarray, patch: Patch | None = None) -> Iterator[pa.Table]:
        """Every column of the rows of `keep`, STATE_ROWS rows read at a time, with
        `patch`'s new duplicate_of where it names a row."""
        if self.table is not None:
            yield (patch.apply(self.table, 0) if patch else self.table).filter(pa.array(keep))
            return
        start = 0
        with _reading():             # what the consumer raises is not thrown in here
            for batch in pq.ParquetFile(self.path).iter_batches(batch_size=STATE_ROWS, use_threads=False):
                end = start + batch.num_rows
                if keep[start:end].any():
                    t = pa.Table.from_batches([batch])
                    yield (patch.apply(t, start) if patch else t).filter(pa.array(keep[start:end]))
                start = end


class Patch:
    """New `duplicate_of` values for rows of the state that are not regrouped (the
    members of a group whose best file changed: order_joins.py): `pos`, state
    positions in ascending order, and `dup`, their values in that order."""

    def __init__(self, pos: np.ndarray, dup: pa.Array):
        order = np.argsort(pos, kind="stable")
        self.pos, self.dup = np.asarray(pos, dtype=np.int64)[order], dup.take(pa.array(order, pa.int64()))

    def __len__(self) -> int:
        return len(self.pos)

    def apply(self, t: pa.Table, start: int) -> pa.Table:
        """`t`, the state's rows from position `start` on, with the patched values."""
        lo, hi = np.searchsorted(self.pos, [start, start + len(t)])
        if lo == hi:
            return t
        mask = np.zeros(len(t), dtype=bool)
        mask[self.pos[lo:hi] - start] = True
        col = pc.replace_with_mask(t.column("duplicate_of").combine_chunks(), pa.array(mask),
                                   self.dup.slice(lo, hi - lo).cast(pa.string()))
        return t.set_column(t.schema.get_field_index("duplicate_of"), "duplicate_of", col)


def load(out: Path) -> State | None:
    """The last finished regroup's state (its LIGHT columns but the signatures read:
    State.index_of), or None (regroup everything).
    Read at every commit, not held between them: a memo of the last commit's LIGHT columns
    (~160 bytes a document, its signatures' strings most of it) stayed in the parent for
    the whole run — through the review step, the commit's peak — to save a read of
    ~0.1-0.3 s at 100,000 documents per commit after the first (docs/ARCHITECTURE.md)."""
    path, stamp = Path(out) / INDEX / STATE, _stamp()
    try:
        schema = pq.read_schema(path)
        if (schema.metadata or {}).get(b"stamp") != stamp.encode() or not schema.remove_metadata().equals(SCHEMA):
            return None
        light = pq.ParquetFile(path).read(columns=LIGHT.names[1:], use_threads=False).replace_schema_metadata(None)
    except (OSError, pa.ArrowInvalid):
        return None
    return State(light, path=path)


def save(out: Path, state: State | None, keep: np.ndarray | None, new: pa.Table, patch: Patch | None = None) -> None:
    """The state after a regroup: the rows of `state` in `keep` as they are (`patch`
    applied), then `new` (the regrouped documents' rows), written in row groups of
    STATE_ROWS rows, one at a time."""
    path = Path(out) / INDEX / STATE

    def write(tmp: Path) -> None:
        with pq.ParquetWriter(tmp, SCHEMA.with_metadata({"stamp": _stamp()}), compression="zstd") as w:
            held: list[pa.Table] = []        # kept rows gathered into full row groups (not one per commit)
            wrote = False
            for t in chain(state.kept(keep, patch) if state is not None else (), [new]):
                held.append(t.cast(SCHEMA))
                if sum(map(len, held)) >= STATE_ROWS:
                    w.write_table(pa.concat_tables(held), row_group_size=STATE_ROWS)
                    held, wrote = [], True
            if held or not wrote:
                w.write_table(pa.concat_tables(held) if held else SCHEMA.empty_table(), row_group_size=STATE_ROWS)

    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, write)


def _codes(values: pa.Array | np.ndarray) -> np.ndarray:
    """An integer per distinct value, 0..k-1 (-1: null); `values` strings, or hashes (-1: null)."""
    if isinstance(values, np.ndarray):
        out = np.full(len(values), -1, dtype=np.int64)
        valid = values >= 0
        out[valid] = np.unique(values[valid], return_inverse=True)[1]
        return out
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


def closed(cols: dict[str, pa.Array], partial: np.ndarray, complete: np.ndarray, seed: np.ndarray,
           labels: bool = False):
    """The smallest set holding `seed` closed under the links grouping can make or
    unmake: equal own key, equal (region, fingerprint), the same old group, and a
    value of a bridge column shared between a partial file and a complete one
    (`cols`: key, rows, group and the bridges, aligned; null values share nothing):
    the connected components that hold a seed (with `labels`: and each position's
    component label)."""
    n = len(seed)
    every = np.ones(n, dtype=bool)
    edges = [_star(_codes(cols[c]), every) for c in ("key", "rows", "group")]
    for c in cols:
        if c not in ("key", "rows", "group"):
            codes = _codes(cols[c])
            edges.append(_star(codes, _bridge(codes, partial, complete)))
    lab = _components(n, edges)
    return (np.isin(lab, lab[seed]), lab) if labels else np.isin(lab, lab[seed])
