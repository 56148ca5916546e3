"""One order, one count: `documents.order_key` and `documents.duplicate_of`.

The same order often arrives as several files (the .docx and the signed scan, a
re-download under another name).  Files are the same order when they agree on
region, issuer and date and their numbers are equal once the letters OCR
confuses are folded (data/order_key.yaml), or when their rows are the same (in
the same region, issuers not contradicting each other: a misread date or number
must not split them); a file missing a part of its key (a date OCR could not
read) joins the one order it fits, never one of two.  In each group the best-read file stands for the order
and the others get its doc_id in `duplicate_of`; all get one `order_key`.

Whether a file is a duplicate depends on the other files, so this is computed
where the dataset is committed (Store._derive), over every document, never in a
worker: a commit that adds, replaces or removes one file re-groups the rest.
Only `documents` files whose two columns change are rewritten (atomically).
Files that are not orders (failed, or no kind and not about client-centricity)
get neither column: they are never grouped and never counted.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
import yaml

from pipeline.contract import ABOUT_TOPIC_WARNING
from pipeline.store.segments import rows_of, write_parquet

_DATA = Path(__file__).resolve().parent / "data" / "order_key.yaml"
_PUNCT = re.compile(r"[\W_]+")

# what grouping reads of every document (a cached index of documents/, .index/orders.parquet)
GROUP_COLUMNS = ["doc_id", "source_path", "pipeline_version", "status", "kinds", "warnings", "region_code", "authority",
                 "order_number", "order_date", "ocr", "n_touchpoints", "n_roadmap_items",
                 "n_procedure_items", "order_key", "duplicate_of"]
# the rows that make two files "the same rows": codes and numbers, not OCR-sensitive text
ROW_COLUMNS = {"touchpoints": ["direction", "channel", "needs", "point_type"],
               "roadmap": ["item_no", "milestone", "deadline"],
               "procedure_items": ["list_kind", "code"]}


@lru_cache(maxsize=1)
def _config() -> dict:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    table = {ord(c): d for d, chars in data["digits"].items() for c in chars}
    table.update({ord(c): cyr for cyr, chars in data["letters"].items() for c in chars})
    table.update({ord(c): None for c in data["drop"]})
    return {"table": table, "min_rows_same": int(data["min_rows_same"])}


def fold_number(number: str | None) -> str | None:
    """An order number with case, spaces, dashes and OCR's letter/digit confusions folded."""
    if not isinstance(number, str) or not number.strip():
        return None
    return number.lower().translate(_config()["table"]) or None


def fold_authority(name: str | None) -> str | None:
    if not isinstance(name, str) or not name.strip():
        return None
    return _PUNCT.sub(" ", name.lower().replace("ё", "е")).strip() or None


def is_order(doc: dict) -> bool:
    """A file that holds (or is about) a client-centricity order: not failed, and
    some kind or the 'about client-centricity' warning."""
    if doc.get("status") == "failed":
        return False
    return bool(doc.get("kinds")) or ABOUT_TOPIC_WARNING in (doc.get("warnings") or [])


def _parts(doc: dict) -> tuple:
    """(region, issuer, date, number) as compared: issuer and number folded, None when absent."""
    date = doc.get("order_date")
    return (doc.get("region_code") or None, fold_authority(doc.get("authority")),
            str(date) if date is not None else None, fold_number(doc.get("order_number")))


def own_key(doc: dict) -> str | None:
    """The file's own order key: region|issuer|date|number; None for a file that is
    not an order or states neither number nor date (a blank form identifies nothing)."""
    if not is_order(doc):
        return None
    region, issuer, date, number = _parts(doc)
    if (number is None and date is None) or (region is None and issuer is None):
        return None
    return "|".join(p if p is not None else "" for p in (region, issuer, date, number))


def _compatible(p: tuple, q: tuple) -> bool:
    """No part contradicts (equal, or absent on one side) and number or date is equal."""
    return all(a is None or b is None or a == b for a, b in zip(p, q)) and \
        any(a is not None and a == b for a, b in zip(p[2:], q[2:]))


def _partial_pairs(orders: list[dict], keys: dict[str, str | None]):
    """A file missing part of its key (a date OCR could not read) joins the one complete
    order it is compatible with; with several candidates (numbers restart every year)
    it stays alone rather than guess."""
    parts = {d["doc_id"]: _parts(d) for d in orders}
    by_part: dict[tuple, list[str]] = {}
    for doc_id, p in parts.items():
        if keys[doc_id] is not None and None not in p:
            by_part.setdefault(("date", p[2]), []).append(doc_id)
            by_part.setdefault(("number", p[3]), []).append(doc_id)
    for doc_id, p in parts.items():
        if keys[doc_id] is None or None not in p:
            continue
        cands = set(by_part.get(("date", p[2]), [])) | set(by_part.get(("number", p[3]), []))
        fit = {keys[c]: c for c in sorted(cands) if _compatible(p, parts[c])}
        if len(fit) == 1:
            yield doc_id, next(iter(fit.values()))


def _file_key(doc: dict) -> str:
    """The key of an order that states neither number nor date: its region and issuer
    and the file standing for it, so that `count(distinct order_key)` counts orders."""
    region, issuer = doc.get("region_code") or "", fold_authority(doc.get("authority")) or ""
    return f"{region}|{issuer}|||file:{doc['doc_id'][:16]}"


def rank(doc: dict) -> tuple:
    """Sort key of the file that stands for its order: text layer over OCR, ok
    over partial, then more rows, then the smallest path."""
    rows = sum(doc.get(k) or 0 for k in ("n_touchpoints", "n_roadmap_items", "n_procedure_items"))
    return (bool(doc.get("ocr")), doc.get("status") != "ok", -rows, doc.get("source_path") or "")


def rows_fingerprints(tables: dict[str, pa.Table]) -> dict[str, str]:
    """doc_id -> a hash of its rows' codes (ROW_COLUMNS), for documents with rows."""
    h: dict[str, hashlib._Hash] = {}
    n: dict[str, int] = {}
    for name, cols in ROW_COLUMNS.items():
        t = tables.get(name)
        if t is None or not len(t):
            continue
        for batch in t.to_batches(max_chunksize=20_000):     # Python objects for 20,000 rows at a time
            data = batch.to_pydict()
            for i, doc_id in enumerate(data["doc_id"]):
                row = repr([name] + [data[c][i] for c in cols])
                h.setdefault(doc_id, hashlib.sha256()).update(row.encode())
                n[doc_id] = n.get(doc_id, 0) + 1
    least = _config()["min_rows_same"]
    return {d: x.hexdigest() for d, x in h.items() if n[d] >= least}


def _agree(a, b) -> bool:
    return a is None or b is None or a == b


def _same_rows_pairs(docs: list[dict], prints: dict[str, str]):
    """Pairs of orders with the same rows, in one region, issuers not contradicting,
    and number or date agreeing (one misread field is tolerated, two distinct
    orders restating the same list are not folded).  Linear for files stating
    issuer, number and date (a map per issuer+number and issuer+date); only a file
    missing one of them is compared with each file of its rows."""
    by_print: dict[tuple, list[tuple]] = {}
    for d in docs:
        fp = prints.get(d["doc_id"])
        if fp and d.get("region_code"):
            _, issuer, date, number = _parts(d)
            by_print.setdefault((d["region_code"], fp), []).append((d["doc_id"], issuer, number, date))
    for group in by_print.values():
        seen: dict[tuple, str] = {}
        for doc_id, issuer, number, date in group:
            if None in (issuer, number, date):
                continue
            for key in (("number", issuer, number), ("date", issuer, date)):
                if key in seen:
                    yield doc_id, seen[key]
                else:
                    seen[key] = doc_id
        for p in group:
            if None in p[1:]:
                for q in group:
                    if q is not p and _agree(p[1], q[1]) and (_agree(p[2], q[2]) or _agree(p[3], q[3])):
                        yield p[0], q[0]


def group(docs: list[dict], prints: dict[str, str]) -> dict[str, tuple[str | None, str | None]]:
    """doc_id -> (order_key, duplicate_of) for every document."""
    orders = [d for d in docs if is_order(d)]
    parent = {d["doc_id"]: d["doc_id"] for d in orders}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    keys = {d["doc_id"]: own_key(d) for d in orders}
    first: dict[str, str] = {}
    for d in orders:
        k = keys[d["doc_id"]]
        if k is not None:
            union(d["doc_id"], first.setdefault(k, d["doc_id"]))
    for a, b in [*_partial_pairs(orders, keys), *_same_rows_pairs(orders, prints)]:
        union(a, b)
    members: dict[str, list[dict]] = {}
    for d in orders:
        members.setdefault(find(d["doc_id"]), []).append(d)
    out = {d["doc_id"]: (None, None) for d in docs}
    for group_docs in members.values():
        ranked = sorted(group_docs, key=rank)
        head = ranked[0]["doc_id"]
        key = next((keys[d["doc_id"]] for d in ranked if keys[d["doc_id"]]), None) or _file_key(ranked[0])
        for d in ranked:
            out[d["doc_id"]] = (key, None if d["doc_id"] == head else head)
    return out


def regroup(out: Path, write) -> int:
    """Recompute order_key/duplicate_of over the dataset at `out` (under its lock)
    and rewrite, with `write(table, path)` (atomic), only the `documents` files
    where they changed; returns how many files were rewritten.  What it reads is
    cached under .index/ (FolderIndex): a commit re-reads only the files it changed."""
    from pipeline.contract import SCHEMAS, conform, read_file
    from pipeline.store.index import FolderIndex

    out = Path(out)
    idx = FolderIndex(out / "documents", out / ".index" / "orders.parquet", SCHEMAS["documents"],
                      GROUP_COLUMNS).load(save=True, with_file=True)
    docs = about_only(idx).to_pylist()
    want = group(docs, _fingerprints(out, docs))
    for t_name in ROW_COLUMNS:           # the row indices of an older version: no longer kept
        (out / ".index" / f"order_rows_{t_name}.parquet").unlink(missing_ok=True)
    stale = sorted({d["_file"] for d in docs if (d["order_key"], d["duplicate_of"]) != want[d["doc_id"]]})
    schema = SCHEMAS["documents"]
    for name in stale:
        path = out / "documents" / name
        table = conform(read_file(path), schema)
        ids = table.column("doc_id").to_pylist()
        for i, col in enumerate(("order_key", "duplicate_of")):
            table = table.set_column(schema.get_field_index(col), col,
                                     pa.array([want[d][i] for d in ids], pa.string()))
        write(table, path)
    return len(stale)


def about_only(idx: pa.Table) -> pa.Table:
    """`idx` with each document's warnings cut to the one grouping reads (is_order):
    every warning of every document as Python strings, on each commit, would cost
    more than the rest of its row."""
    import numpy as np
    import pyarrow.compute as pc

    warnings = idx.column("warnings").combine_chunks()
    hits = pc.fill_null(pc.equal(pc.list_flatten(warnings), ABOUT_TOPIC_WARNING), False)
    about = np.zeros(len(idx), dtype=bool)
    about[pc.list_parent_indices(warnings).to_numpy()[hits.to_numpy(zero_copy_only=False)]] = True
    offsets = pa.array(np.concatenate([[0], np.cumsum(about)]).astype(np.int32))
    kept = pa.ListArray.from_arrays(offsets, pa.array([ABOUT_TOPIC_WARNING] * int(about.sum()), pa.string()))
    return idx.set_column(idx.schema.get_field_index("warnings"), "warnings", kept.cast(warnings.type))


def _fingerprints(out: Path, docs: list[dict]) -> dict[str, str]:
    """doc_id -> rows fingerprint, cached per (doc_id, pipeline_version) in
    .index/order_prints.parquet: the same bytes read by the same version (overrides
    included) have the same rows, so a commit hashes only the documents it brought."""
    from pipeline.contract import read_file

    path = out / ".index" / "order_prints.parquet"
    try:
        t = read_file(path).to_pydict()
        cached = {(d, v): fp for d, v, fp in zip(t["doc_id"], t["pipeline_version"], t["fingerprint"])}
    except (OSError, KeyError, pa.ArrowInvalid):
        cached = {}
    keys = [(d["doc_id"], d["pipeline_version"]) for d in docs]
    need = sorted({k[0] for k in keys if k not in cached})
    if need:
        # only the segments that hold these documents are read (a segment shares its file
        # name across tables): an index of every row would cost O(dataset) per commit
        files: dict[str, list[str]] = {}
        wanted = set(need)
        for d in docs:
            if d["doc_id"] in wanted:
                files.setdefault(d["_file"], []).append(d["doc_id"])
        fresh: dict[str, str] = {}
        for name, ids in files.items():        # one segment at a time: memory is one segment's rows
            rows = {t_name: rows_of(out / t_name, t_name, ["doc_id", *cols], {name: ids})
                    for t_name, cols in ROW_COLUMNS.items()}
            fresh.update(rows_fingerprints(rows))
        cached.update({k: fresh.get(k[0], "") for k in keys if k not in cached})
    current = {k: cached[k] for k in keys}
    if need or len(current) != len(cached):
        write_parquet(pa.Table.from_pydict({"doc_id": [k[0] for k in current], "pipeline_version": [k[1] for k in current],
                                "fingerprint": list(current.values())}), path)
    return {k[0]: fp for k, fp in current.items() if fp}
