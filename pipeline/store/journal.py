"""Steps 2-4 of a commit, and the recovery of one that crashed.

2. the journal `.commit` names the documents and segments involved;
3. the prepared files are renamed over their segment, table by table,
   `documents` last: a document is in `documents` only once its rows are in
   every table;
4. review/, labels/ and the index are recomputed and the journal removed.
A crash in 3 leaves the journal: the next holder of the lock drops the
documents it names (their files are re-parsed by the next ingest); a crash in
4 is finished by recomputing.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from textcore.atomic import atomic_write

from pipeline.store.derived import derive, doc_index
from pipeline.store.prepare import discard, prepare
from pipeline.store.segments import (INDEX, JOURNAL, SEGMENT_FILES, ensure_readable, parquet_names, read, segment_of,
                                     store_error, write_parquet)


def write_journal(out: Path, entry: dict) -> None:
    atomic_write(out / JOURNAL, json.dumps(entry))


def run_ops(out: Path, ops, entry: dict) -> None:
    """Make the prepared files visible, `documents` last, under a journal."""
    try:
        write_journal(out, entry)
    except OSError as e:
        discard(ops)
        raise store_error(f"write the dataset at {out}", e) from e
    for op, path, tmp in ops:
        if op == "replace":
            os.replace(tmp, path)
        else:
            path.unlink(missing_ok=True)
    # the documents stay named: order grouping regroups what they reach (order_state.py)
    write_journal(out, {"phase": "derive", "docs": entry.get("docs", [])})


def finish_compaction(out: Path, entry: dict) -> None:
    """Roll a compaction forward if its `documents` file landed, back if not."""
    merged, group = entry["into"], entry["from"]
    done = (out / "documents" / f"{merged}.parquet").exists()
    for folder, _ in SEGMENT_FILES:           # 2: the folded segments out
        if done:
            for s in group:
                (out / folder / f"{s}.parquet").unlink(missing_ok=True)
        else:
            (out / folder / f"{merged}.parquet").unlink(missing_ok=True)
    write_journal(out, {"phase": "derive"})


# the folders `derive` writes (every writer of the dataset holds its lock, as recover does)
DERIVED_FOLDERS = ("review", "labels", INDEX)


def recover(out: Path) -> None:
    """Finish or undo what a crashed commit left (under the lock)."""
    for folder in [f for f, _ in SEGMENT_FILES] + list(DERIVED_FOLDERS):
        for p in (out / folder).glob(".*.tmp"):
            p.unlink(missing_ok=True)             # a writer died before renaming it
    try:
        entry = json.loads((out / JOURNAL).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return
    except (OSError, ValueError):
        entry = {"phase": "unknown"}
    phase = entry.get("phase")
    if phase == "renaming":                   # some tables may hold the new rows, some the old
        gone = set(entry.get("docs", []))
        segments = entry.get("segments", [])
        run_ops(out, prepare(out, segments, {s: gone for s in segments}, {}), entry)
    elif phase == "compacting":
        finish_compaction(out, entry)
    elif phase != "derive":                   # unreadable journal: check every segment
        segments = sorted({segment_of(n) for f, _ in SEGMENT_FILES for n in parquet_names(out / f)} - {"empty"})
        _drop_orphans(out, segments)
    ensure_readable(out)
    derive(out)


def _drop_orphans(out: Path, segments) -> None:
    live = pa.array(sorted(set(doc_index(out).load().column("doc_id").to_pylist())), pa.string())
    for folder, schema in SEGMENT_FILES[:-1]:
        for seg in segments:
            path = out / folder / f"{seg}.parquet"
            if path.exists():
                t = read(path, schema)
                keep = t.filter(pc.is_in(t.column("doc_id"), live))
                if len(keep) != len(t):
                    write_parquet(keep, path) if len(keep) else path.unlink()
