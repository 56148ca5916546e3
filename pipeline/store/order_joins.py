"""Changes to a large duplicate group settled against the group's best file alone.

The regroup set of a commit is the connected components of the links that hold a
changed document (order_state.closed), and the old-group link puts a whole group
in it: one copy of an order that already has thousands of copies — joining,
removed, or parsed again — made every commit read, rank and rewrite the state of
all of them (~3 KB of Arrow a member).  Where a component is one old group whose
members only come and go, the members that stay cannot leave it, so the
component is regrouped as its new files plus one member of the old group (its
`anchor`: the group's best file, its head; or, the head gone, the best of the
members that stay by the rank the state keeps, order_groups.rank_of — their
documents are not read); the other members that stay keep the state's values,
except `duplicate_of`, which follows the head when the head changed (a Patch of
the state's rows and of their `documents` files).

When that gives the full regroup's answer (each claim checked on strings, not on
the link hashes, which may collide):
* every file of the component — the members that stay, those gone (removed, or
  their old version: parsed again) and the new files — has a complete key, one
  own key for all of them (the flags are exact; the key by its hash): the members
  that stay are then joined by their equal keys whoever leaves, a complete file
  changes no partial file's one-order fit (a partial file sharing a date or
  number with one would be linked into the component), and whatever a new file
  links to is in the component;
* the component's state rows, gone ones included, are one old group (one
  `order_key`, one head: read from the state's HEAVY columns `order_key` and
  `duplicate_of`, ~130 bytes a member), and a member of it stays;
* after the regroup, the anchor and every new file of the component got the
  group's key, one of them is the head and the others have it as `duplicate_of`.
  The members that stay rank below the anchor, so the head of those is the head
  of the group.  Else the commit regroups those components whole, as before.
"""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.store.order_state import Patch


class Joins:
    """Components settled against an anchor: per component (numbered 0..m-1) its
    `anchors` (state positions), the old head's doc_id (`heads`) and the group's key
    (`keys`); `spared`: the other state positions that stay, left out of the
    regroup, and `spared_comp` their component; `fresh_comp`: per new document (in
    index order), its component or -1."""

    def __init__(self, anchors: np.ndarray, heads: list[str], keys: list[str], spared: np.ndarray,
                 spared_comp: np.ndarray, fresh_comp: np.ndarray):
        self.anchors, self.heads, self.keys = anchors, heads, keys
        self.spared, self.spared_comp, self.fresh_comp = spared, spared_comp, fresh_comp

    def settle(self, pos: np.ndarray, fresh_at: np.ndarray, anchor_at: np.ndarray, ids: pa.Array,
               key: pa.Array, dup: pa.Array) -> Patch | None:
        """Did the regroup give each component's anchor and new files the group's key and
        one head among them?  Then the Patch of the spared members of the components
        whose head changed (their new duplicate_of), else None.  `pos`: the regrouped
        index positions (ids, key, dup aligned with them); `fresh_at`: the new
        documents' index positions; `anchor_at`: the anchors'."""
        mine = self.fresh_comp >= 0
        where = np.r_[anchor_at, fresh_at[mine]]
        comp = np.r_[np.arange(len(self.anchors)), self.fresh_comp[mine]].tolist()
        at = pa.array(np.searchsorted(pos, where), pa.int64())
        got = [a.take(at).to_pylist() for a in (ids, key, dup)]
        head: list[str | None] = [None] * len(self.anchors)
        for c, i, k, d in zip(comp, *got):
            if k != self.keys[c] or (d is None and head[c] is not None):
                return None
            if d is None:
                head[c] = i
        if any(h is None for h in head) or any(d is not None and d != head[c] for c, d in zip(comp, got[2])):
            return None
        moved = np.array([h != old for h, old in zip(head, self.heads)], dtype=bool)[self.spared_comp]
        return Patch(self.spared[moved], pa.array(np.asarray(head, dtype=object)[self.spared_comp[moved]],
                                                  pa.string()))


def find(state, live: np.ndarray, lab: np.ndarray, complete: np.ndarray, key_hash: np.ndarray,
         seed: np.ndarray, index_at: np.ndarray) -> Joins | None:
    """The components of the closure (labels `lab` over the state's rows, then the new
    documents') settled against an anchor, as above; None where there is none.
    `index_at`: each state row's index position (-1: gone)."""
    n_state = len(live)
    pos = np.flatnonzero(np.isin(lab, lab[seed]))
    comps, inv = np.unique(lab[pos], return_inverse=True)
    in_state = pos < n_state
    bad = np.zeros(len(comps), dtype=bool)
    np.logical_or.at(bad, inv, ~complete[pos] | (key_hash[pos] < 0))
    lo, hi = np.full(len(comps), np.iinfo(np.int64).max), np.full(len(comps), -1)
    np.minimum.at(lo, inv, key_hash[pos])
    np.maximum.at(hi, inv, key_hash[pos])
    stays = in_state.copy()
    stays[in_state] = live[pos[in_state]]
    ok = ~bad & (lo == hi) & (np.bincount(inv[stays], minlength=len(comps)) > 0)
    if not ok.any():
        return None
    members = in_state & ok[inv]
    fresh = pos >= n_state
    return _one_group_each(state, live, index_at, pos[members], inv[members], ok,
                           (pos[fresh] - n_state, inv[fresh]), len(lab) - n_state)


def _one_group_each(state, live: np.ndarray, index_at: np.ndarray, sp: np.ndarray, sc: np.ndarray, ok: np.ndarray,
                    fresh: tuple[np.ndarray, np.ndarray], n_fresh: int) -> Joins | None:
    """Joins over the candidate components (`ok`) whose state rows `sp` (component `sc`),
    gone ones included, are one old group with one head; the others are regrouped
    whole.  `fresh`: the new documents of the closure (their number among the
    `n_fresh` new ones, component)."""
    heavy = state.heavy(sp, ["order_key", "duplicate_of"])
    keys, dups = heavy.column("order_key").combine_chunks(), heavy.column("duplicate_of").combine_chunks()
    key_code = pc.fill_null(pc.dictionary_encode(keys).indices, -1).to_numpy(zero_copy_only=False).astype(np.int64)
    n = len(ok)
    lo, hi = np.full(n, np.iinfo(np.int64).max), np.full(n, -2)
    np.minimum.at(lo, sc, key_code)
    np.maximum.at(hi, sc, key_code)
    is_head = pc.is_null(dups).to_numpy(zero_copy_only=False)
    one = ok & (lo == hi) & (lo >= 0) & (np.bincount(sc[is_head], minlength=n) == 1)
    if not one.any():
        return None
    number = np.full(n, -1)
    number[one] = np.arange(int(one.sum()))
    sel = one[sc]
    sp, c, is_head = sp[sel], number[sc[sel]], is_head[sel]
    heads = np.empty(int(one.sum()), dtype=np.int64)
    heads[c[is_head]] = sp[is_head]
    group_key = np.empty(len(heads), dtype=object)
    group_key[c[is_head]] = keys.filter(pa.array(sel)).filter(pa.array(is_head)).to_pylist()
    anchors = _anchors(state, live, index_at, sp, c, heads)
    spared = live[sp] & (sp != anchors[c])
    fresh_comp = np.full(n_fresh, -1)
    fresh_comp[fresh[0]] = number[fresh[1]]
    return Joins(anchors, _sig_part(state, heads, 0), group_key.tolist(), sp[spared], c[spared], fresh_comp)


def _anchors(state, live: np.ndarray, index_at: np.ndarray, sp: np.ndarray, c: np.ndarray,
             heads: np.ndarray) -> np.ndarray:
    """Each component's anchor: its head where it stays, else the member that stays
    ranked first — the state's `rank`, then the path, then the index position (as
    order_groups._ranked sorts) — read for those members alone."""
    anchors = heads.copy()
    gone = ~live[heads]
    if not gone.any():
        return anchors
    cand = live[sp] & gone[c]
    cp, cc = sp[cand], c[cand]
    rank = pc.fill_null(state.heavy(cp, ["rank"]).column("rank"), np.iinfo(np.int64).max)
    path = pc.rank(pa.array(_sig_part(state, cp, 2), pa.string()), "ascending", tiebreaker="dense")
    order = np.lexsort((index_at[cp], path.to_numpy(), rank.to_numpy(), cc))
    first = order[np.r_[True, cc[order][1:] != cc[order][:-1]]]
    anchors[cc[first]] = cp[first]
    return anchors


def _sig_part(state, pos: np.ndarray, k: int) -> list[str]:
    """Field `k` of the signatures at state positions `pos` (0: doc_id, 2: source_path)."""
    sig = state.sig_at(np.asarray(pos, dtype=np.int64))
    return pc.list_element(pc.split_pattern(sig, "\x1f", max_splits=2), k).to_pylist()
