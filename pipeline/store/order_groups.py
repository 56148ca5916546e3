"""Order grouping over Arrow columns: `documents.order_key` and `duplicate_of` for every
document of the dataset (the rules: pipeline/store/orders.py).

Every commit regroups the whole dataset, so a Python dict per document (~2 KB
with its parts, keys and union-find entries: 200 MB at 100,000 documents) made the
parent's memory grow with the dataset.  Here the parts and keys are Arrow arrays
(issuer and number folded once per distinct value), files with equal keys are
joined by their key's dictionary code, the ranking is one numpy lexsort, and only
the documents a pair rule can join — a file missing part of its key and the files
it may fit, files sharing their rows' fingerprint in one region — become Python
objects.  The groups are the connected components of both kinds of link, found
by union-find over integer positions.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.contract import SCHEMAS, conform, read_file
from pipeline.store import order_state as state_of
from pipeline.store import orders as rules
from pipeline.store.index import doc_index
from pipeline.store.order_rows import about_topic, fingerprints as _fingerprints, group_rows as _group_rows
from pipeline.store.segments import INDEX


def _mapped(values: pa.ChunkedArray | pa.Array, fold) -> pa.Array:
    """`fold` applied once per distinct value (None for a null)."""
    codes = pc.dictionary_encode(values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values)
    folded = pa.array([fold(v) for v in codes.dictionary.to_pylist()], pa.string())
    return folded.take(codes.indices)


def _blank_is_null(values) -> pa.Array:
    values = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    return pc.if_else(pc.equal(values, ""), pa.scalar(None, pa.string()), values)


def parts(t: pa.Table) -> dict[str, pa.Array]:
    """region, issuer, date, number as compared (orders._parts), one array each; and
    `order`: is the file an order (orders.is_order)."""
    about = about_topic(t.column("warnings"))
    kinds = pc.fill_null(pc.list_value_length(t.column("kinds")), 0).to_numpy(zero_copy_only=False) > 0
    failed = pc.fill_null(pc.equal(t.column("status"), "failed"), False).to_numpy(zero_copy_only=False)
    date = t.column("order_date")
    return {"region": _blank_is_null(t.column("region_code")),
            "issuer": _mapped(t.column("authority"), rules.fold_authority),
            "date": _blank_is_null(date.cast(pa.string()) if date.type != pa.string() else date),
            "number": _mapped(t.column("order_number"), rules.fold_number),
            "order": ~failed & (kinds | about)}


def own_keys(p: dict[str, pa.Array]) -> pa.Array:
    """orders.own_key of every file: region|issuer|date|number, or null."""
    has = {k: pc.is_valid(p[k]).to_numpy(zero_copy_only=False) for k in ("region", "issuer", "date", "number")}
    valid = p["order"] & (has["number"] | has["date"]) & (has["region"] | has["issuer"])
    joined = pc.binary_join_element_wise(*(pc.fill_null(p[k], "") for k in ("region", "issuer", "date", "number")),
                                         "|")
    return pc.if_else(pa.array(valid), joined, pa.scalar(None, pa.string()))


class _Links:
    """Union-find over positions 0..n-1."""

    def __init__(self, n: int):
        self.parent = np.arange(n)

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)

    def roots(self) -> np.ndarray:
        lab = self.parent.copy()
        while True:                          # pointer jumping, vectorised
            nxt = lab[lab]
            if np.array_equal(nxt, lab):
                return lab
            lab = nxt


def _join_equal_keys(links: _Links, keys: pa.Array) -> None:
    codes = pc.fill_null(pc.dictionary_encode(keys).indices, 0).to_numpy(zero_copy_only=False)
    valid = pc.is_valid(keys).to_numpy(zero_copy_only=False)
    pos = np.flatnonzero(valid)
    if len(pos):
        _, first = np.unique(codes[pos], return_index=True)
        head = np.full(int(codes[pos].max()) + 1, -1)
        head[codes[pos][first]] = pos[first]
        links.parent[pos] = head[codes[pos]]        # every file of a key points at its first file


def _rows_of(p: dict, idx: np.ndarray) -> list[tuple]:
    """(position, region, issuer, date, number) of some files, as Python objects."""
    cols = [p[k].take(pa.array(idx, pa.int64())).to_pylist() for k in ("region", "issuer", "date", "number")]
    return list(zip(idx.tolist(), *cols))


def _partial_links(links: _Links, p: dict, keys: pa.Array) -> None:
    """orders._partial_pairs: a keyed file missing a part joins the one complete
    order (by key) it is compatible with; the candidates share its date or number."""
    keyed = pc.is_valid(keys).to_numpy(zero_copy_only=False)
    missing = np.zeros(len(keyed), dtype=bool)
    for k in ("region", "issuer", "date", "number"):
        missing |= pc.is_null(p[k]).to_numpy(zero_copy_only=False)
    partial, complete = np.flatnonzero(keyed & missing), keyed & ~missing
    if not len(partial):
        return
    near = np.zeros(len(keyed), dtype=bool)
    for k in ("date", "number"):
        wanted = p[k].take(pa.array(partial, pa.int64())).drop_null()
        near |= pc.fill_null(pc.is_in(p[k], wanted), False).to_numpy(zero_copy_only=False)
    cands = _rows_of(p, np.flatnonzero(complete & near))
    key_of = dict(zip([c[0] for c in cands], keys.take(pa.array([c[0] for c in cands], pa.int64())).to_pylist()))
    by_part: dict[tuple, list[tuple]] = {}
    for c in cands:
        by_part.setdefault(("date", c[3]), []).append(c)
        by_part.setdefault(("number", c[4]), []).append(c)
    for q in _rows_of(p, partial):
        fit = {key_of[c[0]]: c[0] for c in by_part.get(("date", q[3]), []) + by_part.get(("number", q[4]), [])
               if rules._compatible(q[1:], c[1:])}
        if len(fit) == 1:
            links.union(q[0], next(iter(fit.values())))


def _same_rows_links(links: _Links, p: dict, prints: pa.Array) -> None:
    """orders.same_rows_pairs_of over the files that share a fingerprint in a region
    with another file (the only ones it can pair).  A group whose files all state
    issuer, number and date is joined by Arrow (equal issuer+number, equal
    issuer+date: the rule's first loop); only a group holding a file missing one of
    them becomes Python tuples — copies of one order's list, a group as large as the
    dataset, must not cost a tuple per document."""
    mask = p["order"] & pc.is_valid(prints).to_numpy(zero_copy_only=False) \
        & pc.is_valid(p["region"]).to_numpy(zero_copy_only=False)
    if not mask.any():
        return
    combined = pc.binary_join_element_wise(pc.fill_null(p["region"], ""), pc.fill_null(prints, ""), "\x1f")
    codes = pc.dictionary_encode(combined).indices.to_numpy(zero_copy_only=False)
    counts = np.bincount(codes[mask], minlength=int(codes.max()) + 1)
    shared = mask & (counts[codes] >= 2)
    whole = shared.copy()
    for k in ("issuer", "number", "date"):
        whole &= pc.is_valid(p[k]).to_numpy(zero_copy_only=False)
    partial_group = np.zeros(len(counts), dtype=bool)
    partial_group[codes[shared & ~whole]] = True
    plain = whole & ~partial_group[codes]                   # groups of complete files only
    for k in ("number", "date"):
        key = pc.binary_join_element_wise(combined, p["issuer"], p[k], "\x1f")
        for a, b in zip(*(e.tolist() for e in state_of._star(state_of._codes(key), plain))):
            links.union(a, b)
    rest = np.flatnonzero(shared & partial_group[codes])
    groups: dict[int, list[tuple]] = {}
    for row, code in zip(_rows_of(p, rest), codes[rest].tolist()):
        groups.setdefault(code, []).append((row[0], row[2], row[4], row[3]))     # (pos, issuer, number, date)
    for group in groups.values():
        for a, b in rules.same_rows_pairs_of(group):
            links.union(a, b)


def _ranked(t: pa.Table, roots: np.ndarray) -> np.ndarray:
    """Positions sorted by group, then orders.rank within it (stable, as sorted())."""
    def num(col):
        return pc.fill_null(t.column(col), 0).to_numpy(zero_copy_only=False).astype(np.int64)

    rows = num("n_touchpoints") + num("n_roadmap_items") + num("n_procedure_items")
    ocr = pc.fill_null(t.column("ocr"), False).to_numpy(zero_copy_only=False)
    not_ok = ~pc.fill_null(pc.equal(t.column("status"), "ok"), False).to_numpy(zero_copy_only=False)
    path = pc.rank(pc.fill_null(t.column("source_path"), "").combine_chunks(), "ascending", tiebreaker="dense")
    return np.lexsort((path.to_numpy(), -rows, not_ok, ocr, roots))


def group_arrays(t: pa.Table, prints: pa.Array, p: dict | None = None) -> tuple[pa.Array, pa.Array]:
    """(order_key, duplicate_of) of every row of `t` (the documents' GROUP_COLUMNS),
    `prints` the rows' fingerprints aligned with it (null: none); `p`: its parts, if known."""
    n = len(t)
    p = parts(t) if p is None else p
    keys = own_keys(p)
    links = _Links(n)
    _join_equal_keys(links, keys)
    _partial_links(links, p, keys)
    _same_rows_links(links, p, prints)
    roots = links.roots()
    order = _ranked(t, roots)
    order = order[p["order"][order]]                       # files that are not orders: no group
    none = pa.nulls(n, pa.string())
    if not len(order):
        return none, none
    r = roots[order]
    starts = np.flatnonzero(np.r_[True, r[1:] != r[:-1]])
    sizes = np.diff(np.r_[starts, len(order)])
    head = np.repeat(order[starts], sizes)                 # each file's group's best file, in `order`
    has_key = pc.is_valid(keys).to_numpy(zero_copy_only=False)[order]
    first = np.minimum.reduceat(np.where(has_key, np.arange(len(order)), len(order)), starts)
    keyed = np.repeat(first < len(order), sizes)           # the group's best file that has a key
    chosen = np.repeat(order[np.minimum(first, len(order) - 1)], sizes)
    ids = t.column("doc_id").combine_chunks()
    file_keys = pc.binary_join_element_wise(       # orders: region|issuer|||file:<doc_id[:16]>
        pc.fill_null(p["region"], ""), pc.fill_null(p["issuer"], ""), "", "",
        pc.binary_join_element_wise("file:", pc.utf8_slice_codeunits(ids, 0, 16), ""), "|")
    key = pc.if_else(pa.array(keyed), keys.take(pa.array(chosen)), file_keys.take(pa.array(head)))
    dup = pc.if_else(pa.array(head == order), pa.scalar(None, pa.string()), ids.take(pa.array(head)))
    back = np.full(n, -1, dtype=np.int64)
    back[order] = np.arange(len(order))
    mask, at = pa.array(back >= 0), pa.array(np.maximum(back, 0))
    return (pc.if_else(mask, key.take(at), pa.scalar(None, pa.string())),
            pc.if_else(mask, dup.take(at), pa.scalar(None, pa.string())))


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

    g = incremental(state_of.signatures(docs), state_of.load(out) if touched is not None else None, fetch, again)
    stale = _rewrite(out, g, docs.column("_file").filter(pa.array(g.member)), write)
    if g.member.any() or g.changed:          # after the rewrites: a crash before it re-derives this commit
        state_of.save(out, g.sig, g.p, g.prints, g.key, g.dup)
    return stale


def _rewrite(out: Path, g, files: pa.ChunkedArray, write) -> int:
    """Rewrite the `documents` files of the regrouped documents whose columns changed."""
    mask = pa.array(g.member)
    key, dup = g.key.filter(mask), g.dup.filter(mask)
    changed = pa.array(_differs(g.rows.column("order_key"), key) | _differs(g.rows.column("duplicate_of"), dup))
    stale = sorted(pc.unique(files.filter(changed)).to_pylist()) if len(files) else []
    schema = SCHEMAS["documents"]
    for name in stale:
        path = out / "documents" / name
        table = conform(read_file(path), schema)
        mine = pc.equal(files, name)
        at = pc.index_in(table.column("doc_id"), g.rows.column("doc_id").filter(mine).combine_chunks())
        hit = pc.is_valid(at)
        for col, values in (("order_key", key), ("duplicate_of", dup)):
            new = pc.if_else(hit, values.filter(mine).take(at), table.column(col).combine_chunks())
            table = table.set_column(schema.get_field_index(col), col, new)
        write(table, path)
    return len(stale)


class Regrouped:
    """What incremental() found: per indexed document (aligned) its signature, parts,
    raw prints ('': none), order_key and duplicate_of; `member`: the documents
    regrouped, and `rows`: their GROUP_COLUMNS as read from the files."""

    def __init__(self, sig, p, prints, key, dup, member, rows, changed: bool = True):
        self.sig, self.p, self.prints, self.key, self.dup = sig, p, prints, key, dup
        self.member, self.rows = member, rows
        self.changed = changed          # does the state differ from what was loaded (else: not rewritten)


def incremental(sig: pa.Array, state: pa.Table | None, fetch, again: np.ndarray | None = None) -> Regrouped:
    """Regroup only the documents a change can reach (order_state.py); with no state,
    all of them.  `fetch(mask, known prints or None)` -> (GROUP_COLUMNS rows, raw prints)
    of the documents of `mask`, in their order; `again`: documents whose rows were
    written anew under a known signature (the state's row is then an old version)."""
    n = len(sig)
    if state is None:
        every = np.ones(n, dtype=bool)
        rows, prints = fetch(every, None)
        p = parts(rows)
        return Regrouped(sig, p, prints, *group_arrays(rows, _blank_is_null(prints), p), every, rows)
    at = pc.index_in(sig, state.column("sig"))
    if again is not None and again.any():
        at = pc.if_else(pa.array(again), pa.scalar(None, at.type), at)
    fresh = pc.is_null(at).to_numpy(zero_copy_only=False)
    p = {k: state.column(k).combine_chunks().take(at) for k in state_of.PARTS}
    p["order"] = pc.fill_null(state.column("order").combine_chunks().take(at), False).to_numpy(zero_copy_only=False)
    prints = state.column("print").combine_chunks().take(at)
    rows = None
    if fresh.any():
        rows, new_prints = fetch(fresh, None)
        new, mask = parts(rows), pa.array(fresh)
        for k in state_of.PARTS:
            p[k] = pc.replace_with_mask(p[k], mask, new[k])
        p["order"] = p["order"].copy()
        p["order"][fresh] = new["order"]
        prints = pc.replace_with_mask(prints, mask, new_prints)
    member = _reach(p, _blank_is_null(prints), state, at, fresh)
    key, dup = state.column("order_key").combine_chunks().take(at), state.column("duplicate_of").combine_chunks().take(at)
    if member.any():
        sub = pa.array(member)
        rows = _member_rows(fetch, member, fresh, rows, prints)
        k_s, d_s = group_arrays(rows, _blank_is_null(prints.filter(sub)),
                                {k: (v[member] if k == "order" else v.filter(sub)) for k, v in p.items()})
        key, dup = pc.replace_with_mask(key, sub, k_s), pc.replace_with_mask(dup, sub, d_s)
    else:
        rows = pa.schema([SCHEMAS["documents"].field(c) for c in rules.GROUP_COLUMNS]).empty_table()
    return Regrouped(sig, p, prints, key, dup, member, rows, changed=len(state) != len(sig) or bool(member.any()))


def _member_rows(fetch, member: np.ndarray, fresh: np.ndarray, fresh_rows: pa.Table | None,
                 prints: pa.Array) -> pa.Table:
    """GROUP_COLUMNS of the documents of `member` (which holds every fresh one), in
    their order: the fresh ones' rows as already read, only the others fetched."""
    rest = member & ~fresh
    if fresh_rows is None:
        return fetch(member, prints.filter(pa.array(member)))[0]
    if not rest.any():
        return fresh_rows
    other, _ = fetch(rest, prints.filter(pa.array(rest)))
    both = pa.concat_tables([fresh_rows, other.cast(fresh_rows.schema)])
    pos = np.r_[np.flatnonzero(fresh), np.flatnonzero(rest)]
    return both.take(pa.array(np.argsort(pos, kind="stable")))


def _reach(p: dict, prints: pa.Array, state: pa.Table, at: pa.Array, fresh: np.ndarray) -> np.ndarray:
    """The documents to regroup: the closure (order_state.closed) of the new ones and
    the ones gone (the state's rows whose signature is no longer indexed)."""
    gone = np.ones(len(state), dtype=bool)
    gone[at.drop_null().to_numpy(zero_copy_only=False)] = False
    ghosts = state.filter(pa.array(gone))
    both = {k: pa.concat_arrays([p[k], ghosts.column(k).combine_chunks()]) for k in state_of.PARTS}
    both["order"] = np.r_[p["order"], pc.fill_null(ghosts.column("order"), False).to_numpy(zero_copy_only=False)]
    keys = own_keys(both)
    missing = np.zeros(len(keys), dtype=bool)
    for k in state_of.PARTS:
        missing |= pc.is_null(both[k]).to_numpy(zero_copy_only=False)
    keyed = pc.is_valid(keys).to_numpy(zero_copy_only=False)
    ok_print = p["order"] & pc.is_valid(prints).to_numpy(zero_copy_only=False) \
        & pc.is_valid(p["region"]).to_numpy(zero_copy_only=False)
    rows = pc.if_else(pa.array(ok_print), pc.binary_join_element_wise(p["region"], prints, "\x1f"),
                      pa.scalar(None, pa.string()))
    cols = {"key": keys, "rows": pa.concat_arrays([rows, pa.nulls(len(ghosts), pa.string())]),
            "group": pa.concat_arrays([state.column("order_key").combine_chunks().take(at),
                                       ghosts.column("order_key").combine_chunks()]),
            **_bridges(both, keyed & missing)}
    seed = np.r_[fresh, np.ones(len(ghosts), dtype=bool)]
    return state_of.closed(cols, keyed & missing, keyed & ~missing, seed)[:len(fresh)]


def _bridges(p: dict, partial: np.ndarray) -> dict[str, pa.Array]:
    """The forms in which a partial file may meet a complete one (orders._compatible:
    no part contradicts): a partial with a region by region|date and region|number,
    one without (so with an issuer) by issuer|date and issuer|number; a complete file
    offers both.  A bare date would join every region's files of that day."""
    no_region = partial & pc.is_null(p["region"]).to_numpy(zero_copy_only=False)
    none = pa.scalar(None, pa.string())
    out = {}
    for k in ("date", "number"):
        out[f"region|{k}"] = pc.binary_join_element_wise(p["region"], p[k], "|")
        by_issuer = pc.binary_join_element_wise(p["issuer"], p[k], "|")
        out[f"issuer|{k}"] = pc.if_else(pa.array(partial & ~no_region), none, by_issuer)
    return out


def _differs(old, new: pa.Array) -> np.ndarray:
    """Per row: is `old` not `new` (a null equals only a null)?"""
    old = old.combine_chunks() if isinstance(old, pa.ChunkedArray) else old
    nulls = pc.is_null(old).to_numpy(zero_copy_only=False) != pc.is_null(new).to_numpy(zero_copy_only=False)
    return nulls | pc.fill_null(pc.not_equal(old, new), False).to_numpy(zero_copy_only=False)
