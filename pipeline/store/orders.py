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
where the dataset is committed (Store._derive), never in a worker: a commit that
adds, replaces or removes one file regroups the documents it can reach
(pipeline/store/order_groups.py: the same rules over Arrow columns;
order_state.py: which documents those are).
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


@lru_cache(maxsize=1 << 18)        # a full regroup folds every document's: each value once
def fold_number(number: str | None) -> str | None:
    """An order number with case, spaces, dashes and OCR's letter/digit confusions folded."""
    if not isinstance(number, str) or not number.strip():
        return None
    return number.lower().translate(_config()["table"]) or None


@lru_cache(maxsize=1 << 16)
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


class RowsHasher:
    """doc_id -> a hash of its rows' codes (ROW_COLUMNS), fed a part of a table at a
    time (a row group): the hashers live across parts, so a segment's rows need not
    be in memory at once.  Feed each table's parts in ROW_COLUMNS order, rows in file order."""

    def __init__(self):
        self.h: dict[str, hashlib._Hash] = {}
        self.n: dict[str, int] = {}

    def add(self, name: str, t: pa.Table) -> None:
        cols = ROW_COLUMNS[name]
        for batch in t.to_batches(max_chunksize=20_000):     # Python objects for 20,000 rows at a time
            data = batch.to_pydict()
            for i, doc_id in enumerate(data["doc_id"]):
                row = repr([name] + [data[c][i] for c in cols])
                self.h.setdefault(doc_id, hashlib.sha256()).update(row.encode())
                self.n[doc_id] = self.n.get(doc_id, 0) + 1

    def digests(self) -> dict[str, str]:
        """The documents with at least min_rows_same rows."""
        least = _config()["min_rows_same"]
        return {d: x.hexdigest() for d, x in self.h.items() if self.n[d] >= least}


def _agree(a, b) -> bool:
    return a is None or b is None or a == b


def same_rows_pairs_of(group: list[tuple]):
    """Pairs of files with the same rows (one region, one fingerprint: `group`, of
    (id, issuer, number, date) as compared), issuers not contradicting, and number or
    date agreeing (one misread field is tolerated, two distinct orders restating the
    same list are not folded).  Linear for files stating issuer, number and date (a
    map per issuer+number and issuer+date); only a file missing one of them is
    compared with each file of its rows."""
    seen: dict[tuple, object] = {}
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
    """doc_id -> (order_key, duplicate_of) for every document (dicts with GROUP_COLUMNS;
    computed over Arrow columns: pipeline/store/order_groups.py).  Files are one order
    when their keys are equal, when a file missing a part fits one complete order
    only, or when their rows are the same; in each group the best file by `rank` —
    text layer over OCR, ok over partial, more rows, the smallest path — stands for
    it, and the key is the best-ranked file's own key (or, with none, region|issuer
    and the file standing for it)."""
    from pipeline.contract import SCHEMAS
    from pipeline.store.order_groups import group_arrays

    schema = pa.schema([SCHEMAS["documents"].field(c) for c in GROUP_COLUMNS if c not in ("order_date",)]
                       + [pa.field("order_date", pa.string())])
    rows = [{c: (str(d[c]) if c == "order_date" and d.get(c) is not None else d.get(c)) for c in schema.names}
            for d in docs]
    t = pa.Table.from_pylist(rows, schema=schema)
    key, dup = group_arrays(t, pa.array([prints.get(d["doc_id"]) or None for d in docs], pa.string()))
    return {d["doc_id"]: kd for d, kd in zip(docs, zip(key.to_pylist(), dup.to_pylist()))}
