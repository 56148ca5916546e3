"""docs/dataset.md cannot rot: every code of the taxonomy files and every column is in it."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from pipeline.contract import SCHEMAS

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "dataset.md").read_text(encoding="utf-8")
DATA = ROOT / "normalizers" / "data"


def _yaml(name):
    return yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))


def _section(taxonomy: str) -> str:
    return DOC.split(f"### `{taxonomy}` (", 1)[1].split("\n### ", 1)[0]


def test_every_vocabulary_code_is_documented_with_its_label():
    for name, taxonomy in (("channel", "channel"), ("needs", "needs"), ("direction", "direction")):
        part = _section(taxonomy)
        for code, spec in _yaml(name)["codes"].items():
            assert f"| `{code}` | {spec['label']} |" in part, (taxonomy, code)
    part = _section("milestone")
    for code, spec in _yaml("milestones")["milestones"].items():
        assert f"| `{code}` | {spec['label']} |" in part, code
    labels = _yaml("labels")
    for taxonomy in ("point_type", "list_kind", "client"):
        for code, text in labels[taxonomy].items():
            assert f"| `{code}` | {text} |" in _section(taxonomy), (taxonomy, code)
    for code, spec in _yaml("milestones")["areas"].items():
        assert f"| `{code}` | {spec['label']} |" in DOC


def test_every_column_of_every_table_is_documented():
    for table, schema in SCHEMAS.items():
        part = DOC.split(f"### `{table}` —", 1)[1].split("\n### ", 1)[0]
        for col in schema.names:
            assert re.search(rf"`{col}`", part), (table, col)


def test_generated_block_matches_the_files():
    res = subprocess.run([sys.executable, "scripts/gen_dataset_doc.py", "--check"], cwd=ROOT,
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def test_readme_links_the_dataset_doc_and_nothing_outside_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/dataset.md)" in readme
    for text in (readme, DOC):
        assert "../" not in text and "shared/" not in text
