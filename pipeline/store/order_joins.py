"""New files joining a duplicate group, ranked against the group's best file alone.

The regroup set of a commit is the connected components of the links that hold a
new document (order_state.closed), and the old-group link puts a whole group in
it: one copy of an order that already has thousands of copies made every commit
read, rank and rewrite the state of all of them (~3 KB of Arrow a member).  Where
a component is one old group that new files merely join, the group's other members
cannot change unless the best file does, so the component is regrouped as the new
files plus the group's best file (its head) alone; the other members keep the
state's values.

When that gives the full regroup's answer (each claim checked on strings, not on
the link hashes, which may collide):
* the component's state rows are all live (no member gone or parsed again) and
  all one old group (one `order_key`, one head: read from the state's HEAVY
  columns `order_key` and `duplicate_of`, ~130 bytes a member);
* no file of the component has a partial key (the flags are exact): a complete
  new file then changes no partial file's one-order fit (a partial file sharing
  a date or number with it would be linked into the component), so no member
  leaves the group, and whatever a new file really links to is in the component;
* after the regroup, every new file of the component got the group's key and the
  head as `duplicate_of`, and the head kept its key and stayed the head.  Else (a
  new file outranks the head, or joins by a member other than the head) the
  commit regroups those components whole, as before.
"""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc


class Joins:
    """Components that new files join: `heads` (state positions) and their doc_ids and
    keys, per component; `spared`: the other state positions, left out of the regroup;
    `fresh_comp`: per new document (in index order), its component's number or -1."""

    def __init__(self, heads: np.ndarray, ids: list[str], keys: list[str], spared: np.ndarray,
                 fresh_comp: np.ndarray):
        self.heads, self.ids, self.keys, self.spared, self.fresh_comp = heads, ids, keys, spared, fresh_comp

    def holds(self, pos: np.ndarray, fresh_at: np.ndarray, head_at: np.ndarray, key: pa.Array,
              dup: pa.Array) -> bool:
        """Did the regroup give every joining file the head and the key, and keep the
        heads?  `pos`: the regrouped index positions (key/dup aligned with them);
        `fresh_at`: the new documents' index positions; `head_at`: the heads'."""
        mine = self.fresh_comp >= 0
        at = np.searchsorted(pos, np.r_[fresh_at[mine], head_at])
        comp = np.r_[self.fresh_comp[mine], np.arange(len(self.heads))]
        want_key = pa.array(np.asarray(self.keys, dtype=object)[comp], pa.string())
        want_dup = pa.array(np.r_[np.asarray(self.ids, dtype=object)[self.fresh_comp[mine]],
                                  np.full(len(self.heads), None, dtype=object)], pa.string())
        got_key, got_dup = key.take(pa.array(at, pa.int64())), dup.take(pa.array(at, pa.int64()))
        same = pc.fill_null(pc.equal(got_key, want_key), False)
        same_dup = pc.if_else(pc.is_null(want_dup), pc.is_null(got_dup),
                              pc.fill_null(pc.equal(got_dup, want_dup), False))
        return bool(pc.all(same).as_py() is not False and pc.all(same_dup).as_py() is not False)


def find(state, live: np.ndarray, lab: np.ndarray, complete: np.ndarray, key_hash: np.ndarray,
         seed: np.ndarray) -> Joins | None:
    """The components of the closure (labels `lab` over the state's rows, then the new
    documents') that new files join, as above; None where there is none."""
    n_state = len(live)
    pos = np.flatnonzero(np.isin(lab, lab[seed]))
    comps, inv = np.unique(lab[pos], return_inverse=True)
    in_state = pos < n_state
    bad = np.zeros(len(comps), dtype=bool)
    np.logical_or.at(bad, inv, ~complete[pos] | (key_hash[pos] < 0))
    np.logical_or.at(bad, inv[in_state], ~live[pos[in_state]])
    lo, hi = np.full(len(comps), np.iinfo(np.int64).max), np.full(len(comps), -1)
    np.minimum.at(lo, inv, key_hash[pos])
    np.maximum.at(hi, inv, key_hash[pos])
    ok = ~bad & (lo == hi) & (np.bincount(inv[in_state], minlength=len(comps)) > 0) \
        & (np.bincount(inv[~in_state], minlength=len(comps)) > 0)
    if not ok.any():
        return None
    members = in_state & ok[inv]
    fresh = pos >= n_state
    return _one_group_each(state, pos[members], inv[members], ok, (pos[fresh] - n_state, inv[fresh]),
                           len(lab) - n_state)


def _one_group_each(state, sp: np.ndarray, sc: np.ndarray, ok: np.ndarray, fresh: tuple[np.ndarray, np.ndarray],
                    n_fresh: int) -> Joins | None:
    """Joins over the candidate components (`ok`) whose state rows `sp` (component `sc`)
    are one old group with one head; the others are regrouped whole.  `fresh`: the new
    documents of the closure (their number among the `n_fresh` new ones, component)."""
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
    pick = is_head & one[sc]
    heads, head_comp = sp[pick], sc[pick]
    ids = pc.list_element(pc.split_pattern(state.light.column("sig").take(pa.array(heads, pa.int64())), "\x1f",
                                           max_splits=1), 0)
    number = np.full(n, -1)
    number[head_comp] = np.arange(len(heads))
    fresh_comp = np.full(n_fresh, -1)
    fresh_comp[fresh[0]] = number[fresh[1]]
    spared = sp[one[sc] & ~is_head]
    return Joins(heads, ids.to_pylist(), keys.filter(pa.array(pick)).to_pylist(), spared, fresh_comp)
