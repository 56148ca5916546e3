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

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.store import order_state as state_of
from pipeline.store import orders as rules
from pipeline.store.order_rows import about_topic


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


_ROWS_CAP = (1 << 61) - 1


def rank_of(t: pa.Table) -> np.ndarray:
    """orders.rank as one int64 a file, smaller first (then the smallest path): a text
    layer before OCR, ok before the rest, more rows before fewer.  The order state
    keeps it, so a group whose best file goes is ranked again without reading its
    members' documents (order_joins.py)."""
    def num(col):
        return pc.fill_null(t.column(col), 0).to_numpy(zero_copy_only=False).astype(np.int64)

    rows = np.clip(num("n_touchpoints") + num("n_roadmap_items") + num("n_procedure_items"), 0, _ROWS_CAP)
    ocr = pc.fill_null(t.column("ocr"), False).to_numpy(zero_copy_only=False).astype(np.int64)
    not_ok = (~pc.fill_null(pc.equal(t.column("status"), "ok"), False).to_numpy(zero_copy_only=False)).astype(np.int64)
    return (ocr << 62) | (not_ok << 61) | (_ROWS_CAP - rows)


def _ranked(t: pa.Table, roots: np.ndarray) -> np.ndarray:
    """Positions sorted by group, then orders.rank within it (stable, as sorted())."""
    path = pc.rank(pc.fill_null(t.column("source_path"), "").combine_chunks(), "ascending", tiebreaker="dense")
    return np.lexsort((path.to_numpy(), rank_of(t), roots))


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


def _differs(old, new: pa.Array) -> np.ndarray:
    """Per row: is `old` not `new` (a null equals only a null)?"""
    old = old.combine_chunks() if isinstance(old, pa.ChunkedArray) else old
    nulls = pc.is_null(old).to_numpy(zero_copy_only=False) != pc.is_null(new).to_numpy(zero_copy_only=False)
    return nulls | pc.fill_null(pc.not_equal(old, new), False).to_numpy(zero_copy_only=False)
