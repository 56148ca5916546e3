"""A commit's order grouping: only the documents a change can reach are regrouped
(order_state.py says which and why), and only they are read as strings.

The documents index and the state's LIGHT columns (signatures, link hashes) are
what a commit holds of every document; the rest — GROUP_COLUMNS, parts, prints,
keys — is read, computed and held for the regrouped documents alone, and the
state is rewritten a row group at a time (order_state.save).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.contract import SCHEMAS, conform, read_file
from pipeline.store import order_joins
from pipeline.store import order_state as state_of
from pipeline.store import orders as rules
from pipeline.store.index import doc_index
from pipeline.store.order_groups import _blank_is_null, _differs, group_arrays, own_keys, parts, rank_of
from pipeline.store.order_rows import fingerprints as _fingerprints, group_rows as _group_rows
from pipeline.store.segments import INDEX, ROW_GROUP


def regroup(out: Path, write, touched: list[str] | None = ()) -> int:
    """Recompute order_key/duplicate_of over the dataset at `out` (under its lock)
    and rewrite, with `write(table, path)` (atomic), only the `documents` files
    where they changed; returns how many files were rewritten.  Only the documents a
    change can reach are regrouped and read (order_state.py; all without a state):
    new signatures, gone ones, and `touched` (doc_ids written again; None: unknown)."""
    out = Path(out)
    docs = doc_index(out).load(save=True, with_file=True)
    again = pc.is_in(docs.column("doc_id"), pa.array(sorted(touched or ()), pa.string())).to_numpy(
        zero_copy_only=False)
    for name in (*(f"order_rows_{t}" for t in rules.ROW_COLUMNS), "order_prints", "orders"):   # older caches
        (out / INDEX / f"{name}.parquet").unlink(missing_ok=True)

    def fetch(mask: np.ndarray, known: pa.Array | None):
        sub = docs.filter(pa.array(mask))
        return _group_rows(out, sub), _fingerprints(out, sub, known)

    sig = state_of.signatures(docs)
    state = state_of.load(out) if touched is not None else None
    try:
        return _apply(out, docs, incremental(sig, state, fetch, again), write)
    except state_of.Damaged:     # rows of the state do not read: regroup everything, as with none
        return _apply(out, docs, incremental(sig, None, fetch, again), write)


def _apply(out: Path, docs: pa.Table, g, write) -> int:
    stale = _rewrite(out, g, docs, write)
    if g.changed:                # after the rewrites: a crash before it re-derives this commit
        state_of.save(out, g.state, g.keep, g.new, g.patch)
    return stale


def _rewrite(out: Path, g, docs: pa.Table, write) -> int:
    """Rewrite the `documents` files of the regrouped documents whose columns changed,
    and of the members whose duplicate_of follows a new head (g.patch)."""
    files = docs.column("_file").filter(pa.array(g.member)).combine_chunks()
    ids = g.rows.column("doc_id").combine_chunks()
    changed = pa.array(_differs(g.rows.column("order_key"), g.mkey) | _differs(g.rows.column("duplicate_of"), g.mdup))
    stale = set(files.filter(changed).to_pylist()) if len(files) else set()
    sets = {"order_key": (ids, files, g.mkey), "duplicate_of": (ids, files, g.mdup)}
    if g.patch is not None and len(g.patch):
        at = pa.array(g.patched_at, pa.int64())
        p_ids, p_files = docs.column("doc_id").take(at).combine_chunks(), docs.column("_file").take(at).combine_chunks()
        stale |= set(pc.unique(p_files).to_pylist())
        sets["duplicate_of"] = (pa.concat_arrays([ids, p_ids]), pa.concat_arrays([files, p_files]),
                                pa.concat_arrays([g.mdup.cast(pa.string()), g.patch.dup]))
    schema = SCHEMAS["documents"]
    for name in sorted(stale):
        path = out / "documents" / name
        table = conform(read_file(path, threads=False), schema)
        for col, (of, where, values) in sets.items():
            mine = pc.equal(where, name)
            at = pc.index_in(table.column("doc_id"), of.filter(mine))
            new = pc.if_else(pc.is_valid(at), values.filter(mine).take(at), table.column(col).combine_chunks())
            table = table.set_column(schema.get_field_index(col), col, new)
        write(table, path)
    return len(stale)


class Regrouped:
    """What incremental() found: `member`, the indexed documents regrouped (a mask
    over the index), their GROUP_COLUMNS as read (`rows`) and new order_key and
    duplicate_of (`mkey`, `mdup`); the state's rows for them (`new`), which rows of
    the loaded `state` stand (`keep`), and whether the state changed; `patch`: the
    kept rows whose duplicate_of follows a new head (order_joins.py), `patched_at`
    their index positions (in the patch's order)."""

    def __init__(self, sig, member, rows, mkey, mdup, new, state=None, keep=None, at=None, changed=True):
        self.sig, self.member, self.rows, self.mkey, self.mdup = sig, member, rows, mkey, mdup
        self.new, self.state, self.keep, self.at = new, state, keep, at
        self.changed = changed          # does the state differ from what was loaded (else: not rewritten)
        self.patch: state_of.Patch | None = None
        self.patched_at = np.zeros(0, dtype=np.int64)

    def after(self) -> state_of.State:
        """The state as save() writes it, in memory (tests, small datasets)."""
        kept = list(self.state.kept(self.keep, self.patch)) if self.state is not None else []
        return state_of.State.of(pa.concat_tables([*(t.cast(state_of.SCHEMA) for t in kept),
                                                   self.new.cast(state_of.SCHEMA)]))

    @property
    def key(self) -> pa.Array:
        """order_key of every indexed document, in index order (reads the state's keys: not for commits)."""
        return self._aligned("order_key", self.mkey)

    @property
    def dup(self) -> pa.Array:
        return self._aligned("duplicate_of", self.mdup)

    def _aligned(self, col: str, mine: pa.Array) -> pa.Array:
        rest = ~self.member
        if not rest.any():
            return mine
        old = self.state.heavy(self.at[rest]).column(col).combine_chunks()
        if col == "duplicate_of" and self.patch is not None and len(self.patch):
            old = _patched(old, self.at[rest], self.patch)
        idx = np.empty(len(self.member), dtype=np.int64)
        idx[self.member] = np.arange(int(self.member.sum()))
        idx[rest] = len(mine) + np.arange(int(rest.sum()))
        return pa.concat_arrays([mine, old.cast(pa.string())]).take(pa.array(idx))


def _patched(values: pa.Array, pos: np.ndarray, patch: state_of.Patch) -> pa.Array:
    """`values` of the state's rows at `pos` with the patch's duplicate_of where it names one."""
    i = np.minimum(np.searchsorted(patch.pos, pos), len(patch) - 1)
    hit = patch.pos[i] == pos
    return pc.replace_with_mask(values.cast(pa.string()), pa.array(hit), patch.dup.take(pa.array(i[hit])))


def incremental(sig: pa.Array, state: state_of.State | None, fetch, again: np.ndarray | None = None) -> Regrouped:
    """Regroup only the documents a change can reach (order_state.py); with no state,
    all of them.  `fetch(mask, known prints or None)` -> (GROUP_COLUMNS rows, raw prints)
    of the documents of `mask`, in their order; `again`: documents whose rows were
    written anew under a known signature (the state's row is then an old version)."""
    n = len(sig)
    if state is None:
        every = np.ones(n, dtype=bool)
        rows, prints = fetch(every, None)
        p = parts(rows)
        key, dup = group_arrays(rows, _blank_is_null(prints), p)
        return Regrouped(sig, every, rows, key, dup, state_rows(sig, p, prints, key, dup, rank_of(rows)))
    at = state.index_of(sig)
    if again is not None and again.any():
        at[again] = -1
    fresh = at < 0
    live = np.zeros(len(state.light), dtype=bool)
    live[at[~fresh]] = True
    inv = np.full(len(live), -1, dtype=np.int64)          # state row -> index position (-1: gone)
    inv[at[~fresh]] = np.flatnonzero(~fresh)
    rows_f, prints_f = fetch(fresh, None) if fresh.any() else (None, pa.array([], pa.string()))
    p_f = parts(rows_f) if rows_f is not None else None
    member_s, joins = _reach(state, live, p_f, prints_f, inv)
    if joins is not None:   # one old group's changes: settled against its head (or best member) alone
        narrow = member_s.copy()
        narrow[joins.spared] = False
        g = _members(sig, state, fetch, at, fresh, live, narrow, rows_f, p_f, prints_f)
        patch = joins.settle(np.flatnonzero(g.member), np.flatnonzero(fresh), inv[joins.anchors],
                             g.rows.column("doc_id").combine_chunks(), g.mkey, g.mdup)
        if patch is not None:
            g.patch, g.patched_at = patch, inv[patch.pos]
            return g
    return _members(sig, state, fetch, at, fresh, live, member_s, rows_f, p_f, prints_f)


def _members(sig, state, fetch, at, fresh, live, member_s, rows_f, p_f, prints_f) -> Regrouped:
    """Regroup the new documents (`fresh`; their rows, parts and prints read) and the
    state's rows of `member_s`; the other live rows keep the state's values."""
    member = fresh.copy()
    member[~fresh] = member_s[at[~fresh]]
    keep = live & ~member_s
    if not member.any():
        empty = pa.array([], pa.string())
        rows = pa.schema([SCHEMAS["documents"].field(c) for c in rules.GROUP_COLUMNS]).empty_table()
        return Regrouped(sig, member, rows, empty, empty, state_of.SCHEMA.empty_table(), state, keep, at,
                         changed=not live.all())
    pos = np.flatnonzero(member)
    is_fresh = fresh[pos]
    old = state.heavy(at[pos[~is_fresh]])
    order = np.empty(len(pos), dtype=np.int64)            # fresh ones first, then the state's, to `pos` order
    order[np.flatnonzero(is_fresh)] = np.arange(int(is_fresh.sum()))
    order[np.flatnonzero(~is_fresh)] = int(is_fresh.sum()) + np.arange(int((~is_fresh).sum()))
    take = pa.array(order)
    p = {k: pa.concat_arrays([*([p_f[k]] if p_f else []), old.column(k).combine_chunks()]).take(take)
         for k in state_of.PARTS}
    p["order"] = np.r_[p_f["order"] if p_f else np.zeros(0, bool),
                       pc.fill_null(old.column("order"), False).to_numpy(zero_copy_only=False)][order]
    prints = pa.concat_arrays([prints_f.cast(pa.string()), old.column("print").combine_chunks()]).take(take)
    rows = _member_rows(fetch, member, fresh, rows_f, old.column("print").combine_chunks())
    del old                     # copied in member order: what grouping holds is one copy of the members'
    key, dup = group_arrays(rows, _blank_is_null(prints), p)
    return Regrouped(sig, member, rows, key, dup,
                     state_rows(sig.filter(pa.array(member)), p, prints, key, dup, rank_of(rows)), state, keep, at)


def _member_rows(fetch, member: np.ndarray, fresh: np.ndarray, fresh_rows: pa.Table | None,
                 known: pa.Array) -> pa.Table:
    """GROUP_COLUMNS of the documents of `member` (which holds every fresh one), in
    their order: the fresh ones' rows as already read, only the others fetched
    (`known`: their prints, from the state)."""
    rest = member & ~fresh
    if not rest.any():
        return fresh_rows
    other, _ = fetch(rest, known)
    if fresh_rows is None or not len(fresh_rows):
        return other
    both = pa.concat_tables([fresh_rows, other.cast(fresh_rows.schema)])
    pos = np.r_[np.flatnonzero(fresh), np.flatnonzero(rest)]
    return both.take(pa.array(np.argsort(pos, kind="stable")))


def state_rows(sig: pa.Array, p: dict, prints: pa.Array, key: pa.Array, dup: pa.Array,
               rank: np.ndarray) -> pa.Table:
    """The state's rows (order_state.SCHEMA) of these documents: signature, links, parts,
    prints, groups and rank (order_groups.rank_of); the link strings made ROW_GROUP rows at a time (a rebuild's last
    commit makes every document's)."""
    out = []
    for at in range(0, len(sig), ROW_GROUP):
        part = {k: (v[at:at + ROW_GROUP] if k == "order" else v.slice(at, ROW_GROUP)) for k, v in p.items()}
        pr = prints.slice(at, ROW_GROUP)
        hashes, partial, complete = links(part, _blank_is_null(pr), key.slice(at, ROW_GROUP))
        cols = [sig.slice(at, ROW_GROUP), pa.array(partial), pa.array(complete),
                *(pa.array(hashes[k], pa.int64()) for k in state_of.LINKS), *(part[k] for k in state_of.PARTS),
                pa.array(part["order"]), pr, key.slice(at, ROW_GROUP), dup.slice(at, ROW_GROUP),
                pa.array(rank[at:at + ROW_GROUP], pa.int64())]
        out.append(pa.Table.from_arrays([c.cast(f.type) for c, f in zip(cols, state_of.SCHEMA)],
                                        schema=state_of.SCHEMA))
    return pa.concat_tables(out) if out else state_of.SCHEMA.empty_table()


def links(p: dict, prints: pa.Array, group: pa.Array | None) -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray]:
    """Each link's value as a hash (order_state.link_hash; -1: none) — own key, (region,
    rows fingerprint) of an order, the group (`group`: its order_key), the bridges —
    and which files have a partial key and which a complete one."""
    keys = own_keys(p)
    missing = np.zeros(len(keys), dtype=bool)
    for k in state_of.PARTS:
        missing |= pc.is_null(p[k]).to_numpy(zero_copy_only=False)
    keyed = pc.is_valid(keys).to_numpy(zero_copy_only=False)
    partial, complete = keyed & missing, keyed & ~missing
    ok = p["order"] & pc.is_valid(prints).to_numpy(zero_copy_only=False) \
        & pc.is_valid(p["region"]).to_numpy(zero_copy_only=False)
    rows = pc.if_else(pa.array(ok), pc.binary_join_element_wise(p["region"], prints, "\x1f"),
                      pa.scalar(None, pa.string()))
    hashes = {"key": state_of.link_hash(keys), "rows": state_of.link_hash(rows),
              "group": state_of.link_hash(group if group is not None else pa.nulls(len(keys), pa.string()))}
    del keys, rows                      # each link's strings go once hashed
    for k, v in _bridges(p, partial):
        hashes[k] = state_of.link_hash(v)
    return hashes, partial, complete


def _reach(state: state_of.State, live: np.ndarray, p_f: dict | None, prints_f: pa.Array, index_at: np.ndarray):
    """Which of the state's rows to regroup: the closure (order_state.closed) of the new
    documents (`p_f`, `prints_f`: their parts and prints) and of the state's rows no
    longer indexed (not `live`), over the state's link hashes and the new ones'.  A row
    gone links by its key, group and bridges, not by its rows (as the documents left).
    Also the components settled against an anchor (order_joins.find; `index_at`: each
    state row's index position, -1 gone), or None."""
    hashes = {k: state.hashes(k) for k in state_of.LINKS}
    hashes["rows"][~live] = -1
    partial, complete = state.flag("partial"), state.flag("complete")
    seed = ~live
    if p_f is not None:
        new, p_part, p_comp = links(p_f, _blank_is_null(prints_f), None)
        hashes = {k: np.r_[v, new[k]] for k, v in hashes.items()}
        partial, complete = np.r_[partial, p_part], np.r_[complete, p_comp]
        seed = np.r_[seed, np.ones(len(p_part), dtype=bool)]
    closure, lab = state_of.closed(hashes, partial, complete, seed, labels=True)
    joins = order_joins.find(state, live, lab, complete, hashes["key"], seed, index_at)
    return closure[:len(live)], joins


def _bridges(p: dict, partial: np.ndarray):
    """The forms in which a partial file may meet a complete one (orders._compatible:
    no part contradicts), one (name, values) at a time: a partial with a region by
    region|date and region|number, one without (so with an issuer) by issuer|date and
    issuer|number; a complete file offers both.  A bare date would join every region's
    files of that day."""
    no_region = partial & pc.is_null(p["region"]).to_numpy(zero_copy_only=False)
    none = pa.scalar(None, pa.string())
    for k in ("date", "number"):
        yield f"region|{k}", pc.binary_join_element_wise(p["region"], p[k], "|")
        by_issuer = pc.binary_join_element_wise(p["issuer"], p[k], "|")
        yield f"issuer|{k}", pc.if_else(pa.array(partial & ~no_region), none, by_issuer)
