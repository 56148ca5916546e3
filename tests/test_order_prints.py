"""The rows fingerprint of order grouping is read a row group at a time
(order_rows.fingerprints; .index/order_state.parquet keeps them): with tiny row groups, each document's rows split
across several, and documents interleaved, every fingerprint is the hash of the
document's rows in table order (touchpoints, roadmap, procedure_items), as if the
whole segment were read at once."""
from __future__ import annotations

import datetime as dt
import hashlib
import random

import pyarrow as pa
import pytest

from pipeline.contract import SCHEMAS
from pipeline.store import order_rows, segments
from pipeline.store.orders import ROW_COLUMNS

VALUES = {"direction": ["01", "02", None], "channel": ["ЕПГУ", "МФЦ"], "needs": [["N1"], ["N1", "N2"], []],
          "point_type": ["online", None], "item_no": ["1", "1.2", None], "milestone": ["M1", "M2"],
          "deadline": [dt.date(2026, 3, 1), None], "list_kind": ["a", "b"], "code": ["C1", "C2", None]}


def _expected(rows: dict[str, list[dict]]) -> dict[str, str]:
    """By the rule: sha256 over repr([table, *codes]) of each row, tables in order, rows
    in file order; documents with fewer than 3 rows have none."""
    h, n = {}, {}
    for name, cols in ROW_COLUMNS.items():
        for r in rows[name]:
            h.setdefault(r["doc_id"], hashlib.sha256()).update(repr([name] + [r[c] for c in cols]).encode())
            n[r["doc_id"]] = n.get(r["doc_id"], 0) + 1
    return {d: x.hexdigest() for d, x in h.items() if n[d] >= 3}


@pytest.mark.parametrize("seed", range(5))
def test_prints_by_row_group_are_the_whole_files(tmp_path, monkeypatch, seed):
    rng = random.Random(seed)
    monkeypatch.setattr(segments, "ROW_GROUP", 3)       # many groups, a document across several
    ids = [f"d{i:03d}" for i in range(12)]
    rows = {name: [dict({c: rng.choice(VALUES[c]) for c in cols}, doc_id=rng.choice(ids))
                   for _ in range(rng.randrange(0, 40))] for name, cols in ROW_COLUMNS.items()}
    for name, cols in ROW_COLUMNS.items():
        if rows[name]:
            schema = pa.schema([SCHEMAS[name].field(c) for c in ["doc_id", *cols]])
            segments.write_parquet(pa.Table.from_pylist(rows[name], schema), tmp_path / name / "part-a.parquet")
    asked = ids[: rng.randrange(1, len(ids) + 1)]       # the others are in the segment but not asked for
    idx = pa.table({"doc_id": asked, "pipeline_version": ["v"] * len(asked), "_file": ["part-a.parquet"] * len(asked)})
    got = order_rows.fingerprints(tmp_path, idx).to_pylist()
    want = _expected(rows)
    assert got == [want.get(d, "") for d in asked]          # "": too few rows for the rule
    known = [g if i % 2 else None for i, g in enumerate(got)]   # the state's prints stand; the rest are hashed
    again = order_rows.fingerprints(tmp_path, idx, pa.array(known, pa.string())).to_pylist()
    assert again == got
