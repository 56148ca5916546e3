"""Order grouping in proportion to what changed (order_state.py, order_groups.incremental):
after any series of additions, removals and changed documents (a new source_path),
regrouping only what the change can reach gives what regrouping everything gives."""
from __future__ import annotations

import random

import pyarrow as pa
import pytest

from pipeline.contract import SCHEMAS
from pipeline.store import order_state
from pipeline.store.order_groups import group_arrays, incremental
from pipeline.store.orders import GROUP_COLUMNS

from tests.test_order_groups import _random_docs

_SCHEMA = pa.schema([SCHEMAS["documents"].field(c) for c in GROUP_COLUMNS if c != "order_date"]
                    + [pa.field("order_date", pa.string())])


def _table(docs: list[dict], prints: dict[str, str]) -> tuple[pa.Table, pa.Array]:
    rows = [{c: (str(d[c]) if c == "order_date" and d.get(c) is not None else d.get(c)) for c in _SCHEMA.names}
            for d in docs]
    return (pa.Table.from_pylist(rows, schema=_SCHEMA),
            pa.array([prints.get(d["doc_id"]) or None for d in docs], pa.string()))


def _step(rng: random.Random, docs: list[dict], prints: dict, serial: int) -> list[dict]:
    """Some documents removed, some moved to another path, some added."""
    kept = [d for d in docs if rng.random() > 0.2]
    for d in rng.sample(kept, k=min(len(kept), rng.randrange(0, 3))):
        kept[kept.index(d)] = dict(d, source_path=f"moved{serial}.pdf")
    new, new_prints = _random_docs(rng, rng.randrange(0, 5))
    for d in new:
        old = d["doc_id"]
        d["doc_id"] = f"s{serial}-{old}"
        if old in new_prints:
            prints[d["doc_id"]] = new_prints[old]
    order = kept + new
    rng.shuffle(order)
    return order


@pytest.mark.parametrize("seed", range(200))
def test_incremental_regroup_is_the_full_one(seed):
    rng = random.Random(seed)
    docs, prints = _random_docs(rng, rng.randrange(0, 14))
    t, pr = _table(docs, prints)
    sig = order_state.signatures(t)
    p, key, dup = incremental(t, pr, sig, None)
    assert (key, dup) == group_arrays(t, pr)
    for serial in range(4):
        state = order_state.as_table(sig, p, key, dup)
        docs = _step(rng, docs, prints, serial)
        t, pr = _table(docs, prints)
        sig = order_state.signatures(t)
        p, key, dup = incremental(t, pr, sig, state)
        want_key, want_dup = group_arrays(t, pr)
        assert key.to_pylist() == want_key.to_pylist()
        assert dup.to_pylist() == want_dup.to_pylist()


def test_a_change_regroups_only_the_groups_it_reaches(monkeypatch):
    """Two regions' orders; a new file of one region regroups that region's order only."""
    docs, prints = _random_docs(random.Random(3), 0)
    base = {"status": "ok", "kinds": ["roadmap"], "warnings": [], "ocr": False, "n_touchpoints": 3,
            "n_roadmap_items": 0, "n_procedure_items": 0, "order_date": "2024-03-01", "authority": "Минздрав"}
    docs = [dict(base, doc_id=f"d{i:02d}", source_path=f"f{i}.pdf", region_code=f"RU-{i:02d}", order_number="1")
            for i in range(20)]
    t, pr = _table(docs, {})
    sig = order_state.signatures(t)
    state = order_state.as_table(sig, *incremental(t, pr, sig, None))
    seen = []
    from pipeline.store import order_groups
    real = order_groups.group_arrays
    monkeypatch.setattr(order_groups, "group_arrays", lambda t, *a: seen.append(len(t)) or real(t, *a))
    docs.append(dict(base, doc_id="new", source_path="g.pdf", region_code="RU-05", order_number="1"))
    t, pr = _table(docs, {})
    _, key, dup = incremental(t, pr, order_state.signatures(t), state)
    assert seen == [2]                                  # the new file and the one order it joins
    assert dup.to_pylist()[-1] == "d05" and key.to_pylist()[-1] == key.to_pylist()[5]
