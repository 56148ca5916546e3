"""Step 1 of a commit: every new file of the segments it touches, under a temporary name.

An OSError here (disk full, read-only) removes what was written and raises
StoreError: nothing visible changed; any other exception removes it too.  The caller renames the files (journal.py).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pyarrow as pa

from pipeline.store.segments import (SEGMENT_FILES, Carried, arrow_rows, only, parquet_names, read_all, read_docs,
                                     row_groups_without, store_error, write_parquet_temp)

Op = tuple[str, Path, "Path | None"]          # ("replace", path, its temporary) or ("unlink", path, None)


def discard(ops: list[Op]) -> None:
    for _, _, tmp in ops:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def prepare(out: Path, segments: list[str], remove: dict[str, set[str]], assigned: dict[str, list],
            sources: dict | None = None) -> list[Op]:
    """[(op, path, tmp)] in commit order (`documents` last): each segment's file without
    the documents `remove` names, plus the rows of the results `assigned` to it.
    `sources` memoises the tables Carried rows are copied from."""
    ops: list[Op] = []
    try:
        for folder, schema in SEGMENT_FILES:
            names = parquet_names(out / folder)
            for seg in segments:
                path = out / folder / f"{seg}.parquet"
                tmp = write_parquet_temp(_segment_parts(out, folder, schema, path, path.name in names,
                                                        remove.get(seg, set()), assigned.get(seg, []), sources), path)
                if tmp is not None:
                    ops.append(("replace", path, tmp))
                elif path.name in names:
                    ops.append(("unlink", path, None))
    except OSError as e:
        discard(ops)
        raise store_error(f"write the dataset at {out}", e) from e
    except BaseException:
        discard(ops)                      # a bug or Ctrl-C leaves no temporary behind either
        raise
    return ops


def _segment_parts(out, folder, schema, path, exists, gone, mine, sources) -> Iterator[pa.Table]:
    """The segment's new rows in order: its old rows but `gone`'s, a row group at a time
    (a removal in a segment of 16,000 documents holds one row group, not the file), then
    the rows of the results `mine` assigned to it."""
    if exists:
        yield from row_groups_without(path, schema, gone)
    fresh = [r for r in mine if not isinstance(r, Carried)]
    if schema == "documents" and fresh:
        yield arrow_rows(schema, [r.document for r in fresh])
    yield from (r.tables[schema] for r in fresh if schema in r.tables)      # Packed (segments.py)
    yield from _carried(folder, schema, [r for r in mine if isinstance(r, Carried)],
                        sources if sources is not None else {})


def _carried(folder: str, schema: str, carried: list, sources: dict) -> list[pa.Table]:
    """The rows of carried documents, from the old segment file each names: only the
    row groups holding them are decoded (segments.read_docs), so memory is this
    commit's rows, not the old segment's (up to 16,000 documents, 800 MB as Arrow).
    `sources` memoises an old layout-1 folder (no segment named), read whole once."""
    by_file: dict[tuple, list[str]] = {}
    for r in carried:
        by_file.setdefault((r.source, r.segment), []).append(r.document["doc_id"])
    out = []
    for (source, segment), ids in by_file.items():
        if segment is None:
            if sources.get(folder, (None,))[0] != source:
                sources[folder] = (source, read_all(source / folder, schema))
            out.append(only(sources[folder][1], ids))
            continue
        path = source / folder / f"{segment}.parquet"
        if path.exists():
            out.append(read_docs(path, schema, pa.array(sorted(ids), pa.string())))
    return out
