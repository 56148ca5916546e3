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

from pipeline.contract import ABOUT_TOPIC_WARNING, SCHEMAS, conform, read_file
from pipeline.store import order_state as state_of
from pipeline.store import orders as rules
from pipeline.store.index import FolderIndex
from pipeline.store.segments import INDEX, row_groups_of, write_parquet


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
    warnings = t.column("warnings").combine_chunks()
    about = np.zeros(len(t), dtype=bool)
    hits = pc.fill_null(pc.equal(pc.list_flatten(warnings), ABOUT_TOPIC_WARNING), False).to_numpy(zero_copy_only=False)
    about[pc.list_parent_indices(warnings).to_numpy()[hits]] = True
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
    """orders._same_rows_pairs over the files that share a fingerprint in a region
    with another file (the only ones it can pair)."""
    mask = p["order"] & pc.is_valid(prints).to_numpy(zero_copy_only=False) \
        & pc.is_valid(p["region"]).to_numpy(zero_copy_only=False)
    if not mask.any():
        return
    combined = pc.binary_join_element_wise(pc.fill_null(p["region"], ""), pc.fill_null(prints, ""), "\x1f")
    codes = pc.dictionary_encode(combined).indices.to_numpy(zero_copy_only=False)
    counts = np.bincount(codes[mask], minlength=int(codes.max()) + 1)
    shared = np.flatnonzero(mask & (counts[codes] >= 2))
    groups: dict[int, list[tuple]] = {}
    for row, code in zip(_rows_of(p, shared), codes[shared].tolist()):
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


def regroup(out: Path, write) -> int:
    """Recompute order_key/duplicate_of over the dataset at `out` (under its lock)
    and rewrite, with `write(table, path)` (atomic), only the `documents` files
    where they changed; returns how many files were rewritten.  What it reads is
    cached under .index/ (FolderIndex): a commit re-reads only the files it changed."""
    out = Path(out)
    idx = FolderIndex(out / "documents", out / INDEX / "orders.parquet", SCHEMAS["documents"],
                      rules.GROUP_COLUMNS).load(save=True, with_file=True)
    sig = state_of.signatures(idx)
    p, key, dup = incremental(idx, _fingerprints(out, idx), sig, state_of.load(out))
    for t_name in rules.ROW_COLUMNS:      # the row indices of an older version: no longer kept
        (out / INDEX / f"order_rows_{t_name}.parquet").unlink(missing_ok=True)
    changed = pa.array(_differs(idx.column("order_key"), key) | _differs(idx.column("duplicate_of"), dup))
    files = idx.column("_file")
    stale = sorted(pc.unique(files.filter(changed)).to_pylist()) if len(idx) else []
    schema = SCHEMAS["documents"]
    for name in stale:
        path = out / "documents" / name
        table = conform(read_file(path), schema)
        mine = pc.equal(files, name)
        at = pc.index_in(table.column("doc_id"), idx.column("doc_id").filter(mine).combine_chunks())
        for col, values in (("order_key", key), ("duplicate_of", dup)):
            table = table.set_column(schema.get_field_index(col), col, values.filter(mine).take(at))
        write(table, path)
    state_of.save(out, sig, p, key, dup)       # after the rewrites: a crash before it regroups both commits
    return len(stale)


def incremental(idx: pa.Table, prints: pa.Array, sig: pa.Array, state: pa.Table | None):
    """(parts, order_key, duplicate_of) of every indexed document, regrouping only the
    documents a change can reach (order_state.py); with no state, all of them."""
    if state is None:
        p = parts(idx)
        return (p, *group_arrays(idx, prints, p))
    at = pc.index_in(sig, state.column("sig"))
    fresh = pc.is_null(at).to_numpy(zero_copy_only=False)
    p = _known_parts(idx, state, at, fresh)
    ghosts = state.filter(pc.invert(pc.fill_null(pc.is_in(state.column("sig"), sig), False)))
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
    old_key = state.column("order_key").combine_chunks()
    cols = {"key": keys, "rows": pa.concat_arrays([rows, pa.nulls(len(ghosts), pa.string())]),
            "group": pa.concat_arrays([old_key.take(at), ghosts.column("order_key").combine_chunks()]),
            "date": both["date"], "number": both["number"]}
    seed = np.r_[fresh, np.ones(len(ghosts), dtype=bool)]
    member = state_of.closed(cols, keyed & missing, keyed & ~missing, seed)[:len(idx)]
    key, dup = old_key.take(at), state.column("duplicate_of").combine_chunks().take(at)
    if member.any():
        sub = pa.array(member)
        k_s, d_s = group_arrays(idx.filter(sub), prints.filter(sub),
                                {k: (v[member] if k == "order" else v.filter(sub)) for k, v in p.items()})
        key, dup = pc.replace_with_mask(key, sub, k_s), pc.replace_with_mask(dup, sub, d_s)
    return p, key, dup


def _known_parts(idx: pa.Table, state: pa.Table, at: pa.Array, fresh: np.ndarray) -> dict:
    """Every document's parts: the state's where its signature is known, folded anew where not."""
    p = {k: state.column(k).combine_chunks().take(at) for k in state_of.PARTS}
    p["order"] = pc.fill_null(state.column("order").combine_chunks().take(at), False).to_numpy(zero_copy_only=False)
    if fresh.any():
        mask = pa.array(fresh)
        new = parts(idx.filter(mask))
        for k in state_of.PARTS:
            p[k] = pc.replace_with_mask(p[k], mask, new[k])
        p["order"] = p["order"].copy()
        p["order"][fresh] = new["order"]
    return p


def _differs(old, new: pa.Array) -> np.ndarray:
    """Per row: is `old` not `new` (a null equals only a null)?"""
    old = old.combine_chunks() if isinstance(old, pa.ChunkedArray) else old
    nulls = pc.is_null(old).to_numpy(zero_copy_only=False) != pc.is_null(new).to_numpy(zero_copy_only=False)
    return nulls | pc.fill_null(pc.not_equal(old, new), False).to_numpy(zero_copy_only=False)


def _fingerprints(out: Path, idx: pa.Table) -> pa.Array:
    """Each indexed document's rows fingerprint (null: none), cached per (doc_id,
    pipeline_version) in .index/order_prints.parquet: the same bytes read by the same
    version (overrides included) have the same rows, so a commit hashes only the
    documents it brought — and only the segments holding them are read."""
    path = out / INDEX / "order_prints.parquet"
    try:
        cached = read_file(path, columns=["doc_id", "pipeline_version", "fingerprint"])
    except (OSError, KeyError, pa.ArrowInvalid):
        cached = pa.table({c: pa.array([], pa.string()) for c in ("doc_id", "pipeline_version", "fingerprint")})

    def joined(t):
        return pc.binary_join_element_wise(t.column("doc_id"), pc.fill_null(t.column("pipeline_version"), ""), "\x1f")

    at = pc.index_in(joined(idx), joined(cached).combine_chunks()) if len(idx) else pa.array([], pa.int32())
    prints = cached.column("fingerprint").combine_chunks().take(at)
    need = pc.is_null(at).to_numpy(zero_copy_only=False)
    if need.any():
        pos = np.flatnonzero(need)
        ids = idx.column("doc_id").take(pa.array(pos)).to_pylist()
        files: dict[str, list[str]] = {}
        for d, f in zip(ids, idx.column("_file").take(pa.array(pos)).to_pylist()):
            files.setdefault(f, []).append(d)
        fresh: dict[str, str] = {}
        for name, of_file in files.items():        # one row group at a time: memory is one group's rows
            hasher = rules.RowsHasher()
            for t_name, cols in rules.ROW_COLUMNS.items():
                for part in row_groups_of(out / t_name, t_name, ["doc_id", *cols], name, of_file):
                    hasher.add(t_name, part)
            fresh.update(hasher.digests())
        prints = pc.replace_with_mask(prints, pa.array(need), pa.array([fresh.get(d, "") for d in ids], pa.string()))
    if need.any() or len(idx) != len(cached):
        write_parquet(pa.table({"doc_id": idx.column("doc_id"), "pipeline_version": idx.column("pipeline_version"),
                                "fingerprint": prints}), path)
    return _blank_is_null(prints)
