"""Look up a code's Russian label (the `labels` table, docs/dataset.md).

    from pipeline.analyst.labels import label, labels_table
    label("gosuslugi")                      # 'Госуслуги (ЕПГУ, РПГУ)'
    label("other", taxonomy="milestone")    # a code found in several taxonomies needs its taxonomy
    labels_table()                          # pyarrow.Table: taxonomy, code, label_ru, point_type_expected

The table itself is built by pipeline/store/labels.py (every commit writes it).
"""
from __future__ import annotations

from pipeline.store.labels import TAXONOMIES, labels_rows, labels_table, milestone_template  # noqa: F401


def taxonomy_name(name: str | None) -> str | None:
    """A taxonomy as a person may type it: `need` for `needs`, `channels` for `channel`."""
    if name is None or name in TAXONOMIES:
        return name
    for cand in (name + "s", name[:-1] if name.endswith("s") else None):
        if cand in TAXONOMIES:
            return cand
    return name


def find(code: str, taxonomy: str | None = None) -> list[dict]:
    """Every labels row with this code (in this taxonomy, when given)."""
    if taxonomy is not None and taxonomy not in TAXONOMIES:
        raise KeyError(f"unknown taxonomy {taxonomy!r} (one of: {', '.join(TAXONOMIES)})")
    return [r for r in labels_rows() if r["code"] == code and taxonomy in (None, r["taxonomy"])]


def label(code: str, taxonomy: str | None = None) -> str:
    """The Russian label of a code.  KeyError for an unknown code; a code that
    several taxonomies share (`other`, `direction`) needs `taxonomy`."""
    found = find(code, taxonomy)
    if not found:
        where = f" in taxonomy {taxonomy!r}" if taxonomy else ""
        raise KeyError(f"unknown code {code!r}{where}")
    if len({r["label_ru"] for r in found}) > 1:
        raise KeyError(f"code {code!r} is in several taxonomies "
                       f"({', '.join(r['taxonomy'] for r in found)}): pass taxonomy=")
    return found[0]["label_ru"]


def area_labels() -> dict[str, str]:
    """Labels of `roadmap_items.area`: a block of the federal template (`general`, `hr`:
    milestones.yaml's `areas`) or a direction code (the `direction` taxonomy)."""
    import yaml

    from pipeline.store.labels import DATA

    areas = yaml.safe_load((DATA / "milestones.yaml").read_text(encoding="utf-8")).get("areas", {})
    out = {code: (spec or {}).get("label", code) for code, spec in areas.items()}
    out.update({r["code"]: r["label_ru"] for r in labels_rows() if r["taxonomy"] == "direction"})
    return out
