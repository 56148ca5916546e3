"""Regenerate the code tables of docs/dataset.md from the taxonomy files.

    python scripts/gen_dataset_doc.py          # rewrite the block between the markers
    python scripts/gen_dataset_doc.py --check  # exit 1 when the file is out of date

Everything outside the markers is written by hand; tests/test_dataset_doc.py
fails when the generated block no longer matches the YAML.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.analyst.labels import TAXONOMIES, labels_rows, milestone_template  # noqa: E402

DOC = ROOT / "docs" / "dataset.md"
BEGIN, END = "<!-- codes:begin (scripts/gen_dataset_doc.py) -->", "<!-- codes:end -->"
_WHERE = {
    "channel": "`touchpoints.channel`, `procedure_items.code` (channel lists); file `normalizers/data/channel.yaml`",
    "needs": "`touchpoints.needs` (a list), `procedure_items.code` (need lists); file `normalizers/data/needs.yaml`",
    "direction": "`touchpoints.direction`, `roadmap.area`, `procedure_items.code` (direction lists); "
                 "file `normalizers/data/direction.yaml`",
    "point_type": "`touchpoints.point_type`, `touchpoints.point_type_expected`; file `normalizers/data/labels.yaml`",
    "milestone": "`roadmap.milestone`; file `normalizers/data/milestones.yaml` "
                 "(template item: the federal roadmap template's number, `x` = each direction's block)",
    "list_kind": "`procedure_items.list_kind`; file `normalizers/data/labels.yaml`",
    "client": "`touchpoints.client`; file `normalizers/data/labels.yaml`",
}


def _cell(text) -> str:
    return str(text).replace("|", "\\|") if text is not None else ""


def block() -> str:
    rows = labels_rows()
    template = milestone_template()
    out = [BEGIN, ""]
    for tax in TAXONOMIES:
        mine = [r for r in rows if r["taxonomy"] == tax]
        out += [f"### `{tax}` ({len(mine)} codes)", "", f"Used in {_WHERE[tax]}.", ""]
        if tax == "channel":
            out += ["| code | label_ru | point_type_expected |", "|---|---|---|"]
            out += [f"| `{r['code']}` | {_cell(r['label_ru'])} | {_cell(r['point_type_expected'])} |" for r in mine]
        elif tax == "milestone":
            out += ["| code | label_ru | template item |", "|---|---|---|"]
            out += [f"| `{r['code']}` | {_cell(r['label_ru'])} | {template.get(r['code'], '')} |" for r in mine]
        else:
            out += ["| code | label_ru |", "|---|---|"]
            out += [f"| `{r['code']}` | {_cell(r['label_ru'])} |" for r in mine]
        out.append("")
    areas = yaml.safe_load((ROOT / "normalizers" / "data" / "milestones.yaml").read_text(encoding="utf-8"))["areas"]
    out += ["### `roadmap.area` (not a taxonomy of its own)", "",
            "A direction code (block 3 of the template) or one of:", "",
            "| code | label_ru |", "|---|---|"]
    out += [f"| `{code}` | {_cell((spec or {}).get('label'))} |" for code, spec in areas.items()]
    out += ["", END]
    return "\n".join(out)


def render(text: str) -> str:
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return head + block() + tail


def main(argv: list[str]) -> int:
    text = DOC.read_text(encoding="utf-8")
    new = render(text)
    if "--check" in argv:
        if new != text:
            print(f"{DOC} is out of date: run python scripts/gen_dataset_doc.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
