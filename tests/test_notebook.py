"""examples/compare_ministries.ipynb runs, top to bottom, against a dataset built from raw/."""
from __future__ import annotations

import os

import pytest

from tests.conftest_analyst import build_dataset
from tests.storeutil import ROOT, SEEDS

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")


def test_compare_ministries_notebook_runs(tmp_path, monkeypatch):
    out = tmp_path / "output"
    build_dataset(SEEDS, out)
    monkeypatch.setenv("TOUCHPOINTS_DATASET", str(out))
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    nb = nbformat.read(ROOT / "examples" / "compare_ministries.ipynb", as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    printed = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "pandas and DuckDB give the same channel mix" in printed
    assert "same as the report's heatmap" in printed
    assert "items overdue at 2024-06-01" in printed and "served only offline" in printed
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
