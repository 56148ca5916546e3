"""Order grouping over Arrow (pipeline/store/order_groups.py) gives what the rules gave
one dict per document: the earlier Python implementation is kept here as the
reference, and both group random small datasets built to hit every rule (equal
keys under OCR folding, a missing part, the same rows, ranks and ties)."""
from __future__ import annotations

import datetime as dt
import random

import pyarrow as pa
import pytest

from pipeline.contract import ABOUT_TOPIC_WARNING
from pipeline.store.order_groups import parts
from pipeline.store.orders import (_compatible, _parts, fold_authority, group, is_order, own_key,
                                   same_rows_pairs_of)

# --- the reference: the dict-per-document implementation this module replaced -------------

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
    for group in by_print.values():      # the pair rule itself is shared; what differs is the grouping around it
        yield from same_rows_pairs_of(group)


def reference_group(docs: list[dict], prints: dict[str, str]) -> dict[str, tuple[str | None, str | None]]:
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


# --- random datasets --------------------------------------------------------------------------

def _random_docs(rng: random.Random, n: int) -> tuple[list[dict], dict[str, str]]:
    docs, prints = [], {}
    for i in range(n):
        doc_id = f"{rng.randrange(16 ** 6):06x}{i:058x}"
        docs.append({
            "doc_id": doc_id, "source_path": rng.choice(["a.docx", "b.pdf", "c/d.txt", f"f{i}.pdf", None]),
            "order_number": rng.choice(["412-о", "412-0", "413", " 412 – О", None, ""]),
            "order_date": rng.choice([dt.date(2024, 3, 1), dt.date(2024, 3, 2), None]),
            "ocr": rng.choice([True, False, None]), "status": rng.choice(["ok", "ok", "partial", "failed", None]),
            "kinds": rng.choice([["roadmap"], [], None]),
            "warnings": rng.choice([[], [ABOUT_TOPIC_WARNING], ["x", ABOUT_TOPIC_WARNING], None]),
            "region_code": rng.choice(["RU-KEM", "RU-TUL", "", None]),
            "authority": rng.choice(["Министерство культуры", "министерство  культуры!", "Минздрав", None, "  "]),
            "n_touchpoints": rng.choice([0, 3, None]), "n_roadmap_items": rng.choice([0, 3, 9]),
            "n_procedure_items": 0})
        fp = rng.choice(["", "A", "B", None])
        if fp is not None:
            prints[doc_id] = fp
    return docs, prints


@pytest.mark.parametrize("seed", range(300))
def test_arrow_grouping_is_the_reference(seed):
    rng = random.Random(seed)
    docs, prints = _random_docs(rng, rng.randrange(1, 14))
    assert group(docs, prints) == reference_group(docs, prints)


def test_an_order_is_what_is_order_says():
    docs, _ = _random_docs(random.Random(7), 60)
    rows = [{c: d[c] for c in ("status", "kinds", "warnings", "region_code", "authority", "order_number")}
            | {"order_date": None} for d in docs]
    t = pa.Table.from_pylist(rows, schema=pa.schema([("status", pa.string()), ("kinds", pa.list_(pa.string())),
                                                      ("warnings", pa.list_(pa.string())),
                                                      ("region_code", pa.string()), ("authority", pa.string()),
                                                      ("order_number", pa.string()), ("order_date", pa.date32())]))
    assert parts(t)["order"].tolist() == [is_order(d) for d in docs]
