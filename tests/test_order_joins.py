"""order_joins: a file joining a large duplicate group is ranked against the group's
best file alone, and the groups come out as a full regroup gives them."""
from __future__ import annotations

import random

import numpy as np
import pytest

from pipeline.store import order_joins, order_state, order_update
from pipeline.store.order_groups import group_arrays
from pipeline.store.order_update import incremental
from tests.test_order_state import _BASE, _fetch, _state, _table


def _copy(i: int, **kw) -> dict:
    """A copy of order 7 of RU-KEM (every part stated), ranked by its path."""
    return {**_BASE, "doc_id": f"c{i:05d}", "source_path": f"p{i:05d}.pdf", "region_code": "RU-KEM",
            "order_number": "7", **kw}


def _counted(monkeypatch):
    seen = []
    real = order_update.group_arrays
    monkeypatch.setattr(order_update, "group_arrays", lambda t, *a: seen.append(len(t)) or real(t, *a))
    return seen


def _then(docs: list[dict], after: list[dict], again=(), rows: str | None = "P"):
    """(the regroup of `after` from the state of `docs`, the full regroup of `after`);
    every file has the same `rows` fingerprint (None: none)."""
    t, pr = _table(docs, {d["doc_id"]: rows for d in docs})
    state = _state(incremental(order_state.signatures(t), None, _fetch(t, pr)))
    t, pr = _table(after, {d["doc_id"]: rows for d in after})
    mask = np.array([d["doc_id"] in again for d in after], dtype=bool)
    g = incremental(order_state.signatures(t), state, _fetch(t, pr), mask)
    return g, [a.to_pylist() for a in group_arrays(t, pr)]


def test_a_copy_joining_a_large_group_is_ranked_against_its_head_alone(monkeypatch):
    group = [_copy(i) for i in range(1, 300)]
    seen = _counted(monkeypatch)
    g, (key, dup) = _then(group, group + [_copy(900)])
    assert seen[-1] == 2 and g.member.sum() == 2          # the new copy and c00001, the group's best
    assert g.key.to_pylist() == key and g.dup.to_pylist() == dup
    assert dup[-1] == "c00001"


def test_a_copy_better_than_the_head_takes_its_place_without_a_regroup(monkeypatch):
    """The new best file is ranked against the old head alone; the other members'
    duplicate_of follows it (a patch of their state rows), as a full regroup gives."""
    group = [_copy(i) for i in range(1, 300)]
    seen = _counted(monkeypatch)
    g, (key, dup) = _then(group, group + [_copy(0)])     # p00000.pdf sorts first: the new best file
    assert seen[-1] == 2 and g.member.sum() == 2
    assert len(g.patch) == 298                          # every member but the old head, which was regrouped
    assert g.key.to_pylist() == key and g.dup.to_pylist() == dup and set(dup) == {None, "c00000"}
    assert order_state.State.of(g.after().table).table.column("duplicate_of").to_pylist().count("c00000") == 299


@pytest.mark.parametrize("change", ["remove best", "replace best", "remove one", "partial joins",
                                    "partial member", "other number same rows"])
def test_changes_to_a_large_group_give_the_full_regroup(change):
    group = [_copy(i) for i in range(1, 200)]
    after, again = list(group), set()
    if change == "remove best":
        after = group[1:] + [_copy(500)]
    elif change == "replace best":
        after[0] = dict(group[0], ocr=True)             # parsed again: now a scan, ranked below the others
        after.append(_copy(500))
        again = {group[0]["doc_id"]}
    elif change == "remove one":
        after = group[:50] + group[51:] + [_copy(500)]
    elif change == "partial joins":
        after.append(_copy(500, order_date=None))
    elif change == "partial member":
        group[5] = after[5] = _copy(5, order_date=None)
        after.append(_copy(500))
    else:
        after.append(_copy(500, order_number="8"))
    g, (key, dup) = _then(group, after, again)
    assert g.key.to_pylist() == key and g.dup.to_pylist() == dup


def test_a_new_key_beside_a_partial_member_splits_it_off():
    """A file missing its date fits order 7 alone and joins its group; a second order
    of that number and region (another date) makes two it could fit: it leaves."""
    group = [_copy(i) for i in range(1, 40)] + [_copy(100, order_date=None)]
    _, (_, before) = _then(group, group, rows=None)
    assert before[39] == "c00001"
    g, (key, dup) = _then(group, group + [_copy(101, order_date="2024-05-05")], rows=None)
    assert g.key.to_pylist() == key and g.dup.to_pylist() == dup
    assert dup[39] is None                              # c00100 is its own order now


def _pool_doc(rng: random.Random, i: int) -> dict:
    """Mostly complete keys from small pools (large groups of one key), sometimes a part missing."""
    pick = lambda *v: rng.choice(v)  # noqa: E731
    return dict(_BASE, doc_id=f"r{i:05d}", source_path=f"{rng.randrange(1000):04d}-{i}.pdf",
                region_code=pick("RU-KEM", "RU-KEM", "RU-TUL"), order_number=pick("7", "7", "8"),
                order_date=pick("2024-03-01", "2024-03-02", None) if rng.random() < 0.1
                else "2024-03-01", ocr=pick(False, False, True), status=pick("ok", "ok", "partial"),
                n_touchpoints=pick(1, 3, 9))


@pytest.mark.parametrize("seed", range(60))
def test_random_joins_give_the_full_regroup(seed):
    rng = random.Random(seed)
    used = {"held": 0}
    real = order_joins.Joins.settle

    def settle(self, *a):
        patch = real(self, *a)
        used["held"] += patch is not None
        return patch

    docs = [_pool_doc(rng, i) for i in range(rng.randrange(5, 60))]
    t, pr = _table(docs, {})
    g = incremental(order_state.signatures(t), None, _fetch(t, pr))
    serial = len(docs)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(order_joins.Joins, "settle", settle)
        for _ in range(6):
            state = _state(g)
            docs = [d for d in docs if rng.random() > 0.02]
            again = {d["doc_id"] for d in docs if rng.random() < 0.01}
            docs = [dict(d, ocr=not d["ocr"]) if d["doc_id"] in again else d for d in docs]
            for _ in range(rng.randrange(1, 4)):
                docs.append(_pool_doc(rng, serial))
                serial += 1
            t, pr = _table(docs, {})
            g = incremental(order_state.signatures(t), state, _fetch(t, pr),
                            np.array([d["doc_id"] in again for d in docs], dtype=bool))
            key, dup = group_arrays(t, pr)
            assert g.key.to_pylist() == key.to_pylist() and g.dup.to_pylist() == dup.to_pylist()
    used_by_seed.append(used["held"])


used_by_seed: list[int] = []


def test_the_random_joins_took_the_short_way():
    """(Runs after the random test.)  The short way was taken, not always the whole regroup."""
    if not used_by_seed:
        pytest.skip("run with test_random_joins_give_the_full_regroup")
    assert sum(used_by_seed) >= 100          # 164 of 360 steps (60 seeds x 6) when written


def _odd_doc(rng: random.Random, i: int, v: float) -> dict:
    """A copy of order 7 of RU-KEM, each part now and then another, missing or OCR-read
    («O7»), sometimes failed or of no kind: what may break a join's conditions."""
    odd = lambda usual, *other: rng.choice(other) if rng.random() < v else usual  # noqa: E731
    return dict(_BASE, doc_id=f"o{i:05d}", source_path=f"{rng.randrange(50):03d}-{i}.pdf",
                region_code=odd("RU-KEM", "RU-TUL", None), order_number=odd("7", "8", "O7", None),
                order_date=odd("2024-03-01", "2024-03-02", None), authority=odd("Минздрав", "Минтруд", None),
                kinds=odd(["roadmap"], []), status=odd(rng.choice(["ok", "ok", "partial"]), "failed"),
                ocr=rng.random() < 0.3, n_touchpoints=rng.choice([1, 3, 9]))


_odd_used: list[int] = []


@pytest.mark.parametrize("seed", range(40))
def test_odd_joins_give_the_full_regroup(seed):
    """Other rows fingerprints, removals, re-parses that fail, several new files into one
    or two groups, the index reordered: every commit equals the full regroup."""
    rng = random.Random(seed)
    v = (0.003, 0.02)[seed % 2]
    docs = [_odd_doc(rng, i, v) for i in range(rng.randrange(3, 40))]
    prints = {d["doc_id"]: rng.choice(["P"] * 8 + ["Q", None]) for d in docs}
    t, pr = _table(docs, prints)
    g = incremental(order_state.signatures(t), None, _fetch(t, pr))
    serial, used = 1000, 0
    for _ in range(6):
        state = _state(g)
        docs = [d for d in docs if rng.random() > 0.01]
        again = {d["doc_id"] for d in docs if rng.random() < 0.01}
        docs = [dict(d, ocr=not d["ocr"], status=rng.choice(["ok", "failed"])) if d["doc_id"] in again else d
                for d in docs]
        for _ in range(rng.randrange(0, 4)):
            docs.append(_odd_doc(rng, serial, v))
            prints[docs[-1]["doc_id"]] = rng.choice(["P"] * 8 + ["Q", "R", None])
            serial += 1
        if rng.random() < 0.1:
            rng.shuffle(docs)
        t, pr = _table(docs, prints)
        with pytest.MonkeyPatch.context() as mp:
            real, hit = order_joins.Joins.settle, []
            mp.setattr(order_joins.Joins, "settle", lambda self, *a: hit.append(real(self, *a)) or hit[-1])
            g = incremental(order_state.signatures(t), state, _fetch(t, pr),
                            np.array([d["doc_id"] in again for d in docs], dtype=bool))
        used += sum(h is not None for h in hit)
        key, dup = group_arrays(t, pr)
        assert g.key.to_pylist() == key.to_pylist() and g.dup.to_pylist() == dup.to_pylist()
    _odd_used.append(used)


def test_the_odd_joins_took_the_short_way_too():
    """(Runs after the odd test.)  Its commits took the short way, not always the whole regroup."""
    if not _odd_used:
        pytest.skip("run with test_odd_joins_give_the_full_regroup")
    assert sum(_odd_used) >= 25          # 51 of 240 steps (40 seeds x 6) when written
