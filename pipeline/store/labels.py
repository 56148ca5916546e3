"""The `labels` table (docs/dataset.md): every taxonomy code with its Russian label.

It lives with storage because every commit writes it (labels/labels.parquet); the
analysts' look-ups (`label`, `find`) are in pipeline/analyst/labels.py.

Built from the vocabulary files (normalizers/data/{channel,needs,direction,
milestones,labels}.yaml), read directly by the vocabularies' loader (textcore.vocab, libyaml):
no matcher, no morphology, so `touchpoints label` and a notebook's join stay instant.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from textcore.vocab import loads

DATA = Path(__file__).resolve().parents[2] / "normalizers" / "data"
TAXONOMIES = ("channel", "needs", "direction", "point_type", "milestone", "list_kind", "client")
COLUMNS = ("taxonomy", "code", "label_ru", "point_type_expected")


def _yaml(name: str) -> dict:
    # libyaml where installed: every commit writes this table, and the pure-Python parser took ~0.05 CPU-s
    return loads((DATA / f"{name}.yaml").read_text(encoding="utf-8")) or {}


def _vocabulary_codes(name: str, extra: dict) -> list[dict]:
    """Codes of channel/needs/direction.yaml in file order; `other` last."""
    data = _yaml(name)
    rows = [{"code": code, "label_ru": (spec or {}).get("label"),
             "point_type_expected": (spec or {}).get("point_type") if name == "channel" else None}
            for code, spec in data["codes"].items()]
    other = data.get("other", "other")
    if other not in {r["code"] for r in rows}:
        rows.append({"code": other, "label_ru": extra["other"].get(name), "point_type_expected": None})
    return rows


def _milestone_codes(extra: dict) -> list[dict]:
    """Milestones in the federal template's order (1.1 … 2.4, x.1 … x.7), `other` last."""
    template = extra.get("milestone_template", {})
    specs = _yaml("milestones")["milestones"]
    order = {code: i for i, code in enumerate(template)}
    codes = sorted(specs, key=lambda c: (order.get(c, len(order)), c))
    rows = [{"code": c, "label_ru": (specs[c] or {}).get("label"), "point_type_expected": None} for c in codes]
    rows.append({"code": "other", "label_ru": extra["other"].get("milestone"), "point_type_expected": None})
    return rows


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple, ...]:
    extra = _yaml("labels")
    out = []
    for tax in TAXONOMIES:
        if tax in ("channel", "needs", "direction"):
            rows = _vocabulary_codes(tax, extra)
        elif tax == "milestone":
            rows = _milestone_codes(extra)
        else:
            rows = [{"code": c, "label_ru": lab, "point_type_expected": None} for c, lab in extra[tax].items()]
        out += [(tax, r["code"], r["label_ru"], r["point_type_expected"]) for r in rows]
    return tuple(out)


def labels_rows() -> list[dict]:
    """Every code of every taxonomy: {taxonomy, code, label_ru, point_type_expected}."""
    return [dict(zip(COLUMNS, r)) for r in _rows()]


def labels_table():
    """The `labels` table as Arrow, with its schema (pipeline/contract.py)."""
    from pipeline.contract import to_table

    return to_table("labels", labels_rows())


def milestone_template() -> dict[str, str]:
    """milestone code -> the federal template's item ("1.1", "x.3")."""
    return dict(_yaml("labels").get("milestone_template", {}))
