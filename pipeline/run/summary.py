"""What a run says about its documents, held as Arrow columns, not a dict per document.

`ingest` and `rebuild` return the `documents` row of every document they landed
(with its typed `error_category`), for the CLI's one line per file and --json.
Kept as Python dicts until the end, those rows cost the parent ~3 KB a document
(300 MB at 100,000), and as Arrow record batches still ~1 KB (a row of `documents`).
Here they are gathered `BATCH` at a time — warnings counted, not kept — and each
full batch is appended to a temporary Arrow stream file, read back memory-mapped
when the run reports: the parent holds one batch, not the run.
The run's own decisions (did every document fail for a reason of the machine?)
are counters kept as the rows arrive.  Reading it back gives plain dicts, in
arrival order or sorted by path, one batch at a time.
"""
from __future__ import annotations

import os
import tempfile
import weakref
from collections import Counter
from typing import Iterator

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.contract import SCHEMAS, ErrorCategory

BATCH = 1000
# the documents row as a run reports it: warnings counted, the failure's category typed
SCHEMA = pa.schema([f for f in SCHEMAS["documents"] if f.name != "warnings"]
                   + [pa.field("error_category", pa.string()), pa.field("n_warnings", pa.int64())])
_COUNTS = ("n_touchpoints", "n_roadmap_items", "n_procedure_items")


class Summary:
    """The documents of one run: add(result) as they land; len, iteration, [i]."""

    def __init__(self):
        self._rows: list[dict] = []             # the batch being gathered
        self._spill: tuple | None = None        # (path, file, writer) of the full batches
        self._at: dict[str, int] = {}           # doc_id -> its row (a later copy replaces it)
        self._dropped: set[int] = set()
        self._n = 0
        self.first_failure: dict | None = None  # the first row, while every row failed for a retryable reason
        self._all_retryable = True

    def add(self, result) -> None:
        doc = result.document
        row = {k: v for k, v in doc.items() if k != "warnings"}
        row.update(error_category=result.category.value if result.category else None,
                   n_warnings=len(doc.get("warnings") or ()))
        old = self._at.get(doc["doc_id"])
        if old is not None:
            self._dropped.add(old)              # the same bytes again, kept under a smaller path
        self._at[doc["doc_id"]] = self._n
        self._n += 1
        self._rows.append(row)
        self._note(row)
        if len(self._rows) >= BATCH:
            self._writer().write_batch(self._batch())
            self._rows = []

    def _note(self, row: dict) -> None:
        retryable = row["status"] == "failed" and row["error_category"] is not None \
            and ErrorCategory(row["error_category"]).retry_next_run
        self._all_retryable = self._all_retryable and retryable
        if self.first_failure is None and retryable:
            self.first_failure = row

    def _batch(self) -> pa.RecordBatch:
        return pa.RecordBatch.from_struct_array(pa.array(self._rows, type=pa.struct(SCHEMA)))

    def _writer(self):
        if self._spill is None:
            fd, path = tempfile.mkstemp(prefix="touchpoints-run-", suffix=".arrows")
            os.close(fd)
            weakref.finalize(self, os.unlink, path)      # a mapping read from it outlives the name
            sink = pa.OSFile(path, "wb")                 # unbuffered: a reader sees every batch written
            self._spill = (path, sink, pa.ipc.new_stream(sink, SCHEMA))
        return self._spill[2]

    def environment_failure(self) -> str | None:
        """The first failure, when every document failed for a reason worth retrying
        (a tool missing, a worker lost, the file unreadable here: `retry_next_run`);
        else None (also when there is no document)."""
        if not len(self) or not self._all_retryable or self.first_failure is None:
            return None
        return f"{self.first_failure['source_path']}: {self.first_failure['error']}"

    def table(self) -> pa.Table:
        """Every row kept, in arrival order."""
        spilled = pa.ipc.open_stream(pa.memory_map(self._spill[0])).read_all() if self._spill else SCHEMA.empty_table()
        t = pa.concat_tables([spilled, pa.Table.from_batches([self._batch()] if self._rows else [], SCHEMA)])
        if self._dropped:
            keep = pc.invert(pc.is_in(pa.array(range(len(t)), pa.int64()),
                                      pa.array(sorted(self._dropped), pa.int64())))
            t = t.filter(keep)
        return t

    def __len__(self) -> int:
        return self._n - len(self._dropped)

    def __iter__(self) -> Iterator[dict]:
        for batch in self.table().to_batches(max_chunksize=BATCH):
            yield from batch.to_pylist()

    def __getitem__(self, i: int) -> dict:
        t = self.table()
        return t.slice(range(len(t))[i], 1).to_pylist()[0]

    def by_path(self) -> Iterator[dict]:
        """Every row, sorted by source_path, one batch of Python dicts at a time."""
        t = self.table()
        order = pc.sort_indices(t, [("source_path", "ascending")])
        for start in range(0, len(t), BATCH):
            yield from t.take(order.slice(start, BATCH)).to_pylist()

    def totals(self) -> dict:
        """{"status": Counter, "by_format": Counter((format, status)), "rows": {table: n}}."""
        t = self.table()
        status = Counter(dict(zip(*_counts(t, "status"))))
        fmt = t.column("format")
        fmt = pc.if_else(pc.fill_null(pc.not_equal(fmt, ""), False), fmt, "unknown")     # as `format or "unknown"`
        pairs = pc.binary_join_element_wise(fmt, t.column("status"), "\0")
        by_format = Counter({tuple(k.split("\0")): n for k, n in zip(*_counts_of(pairs))})
        rows = {c[2:]: int(pc.sum(t.column(c)).as_py() or 0) for c in _COUNTS}
        return {"status": status, "by_format": by_format, "rows": rows}


def _counts(t: pa.Table, column: str) -> tuple[list, list]:
    return _counts_of(t.column(column))


def _counts_of(values) -> tuple[list, list]:
    vc = pc.value_counts(values)
    return vc.field("values").to_pylist(), vc.field("counts").to_pylist()
