"""examples/compare_ministries.ipynb runs, top to bottom, from a working folder outside the
repository (the package importable, as after `pip install` of the clone), finding the
dataset through that folder's touchpoints.toml; and `open_dataset()` itself."""
from __future__ import annotations

import datetime as dt
import os

import pandas as pd
import pytest

from tests.conftest_analyst import COPY_OF_TP, build_dataset
from tests.storeutil import ROOT, SEEDS

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")


def test_compare_ministries_notebook_runs_outside_the_repository(tmp_path, monkeypatch):
    out = tmp_path / "data" / "output"
    build_dataset(SEEDS, out)
    work = tmp_path / "analyst"                 # the analyst's own folder: no repository, no output/
    work.mkdir()
    (work / "touchpoints.toml").write_text(f'out = "{out}"\n', encoding="utf-8")
    assert ROOT not in work.parents
    for var in ("TOUCHPOINTS_OUT", "TOUCHPOINTS_DATASET"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    nb = nbformat.read(ROOT / "examples" / "compare_ministries.ipynb", as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(work)}}).execute()
    printed = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert str(out) in printed
    assert "pandas and DuckDB give the same channel mix" in printed
    assert "same as the report's heatmap" in printed
    assert "items overdue at 2024-06-01" in printed and "served only offline" in printed
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []


def test_open_dataset_types_views_and_path(seeds_dataset, tmp_path, monkeypatch):
    from pipeline import DatasetNotFound, open_dataset

    ds = open_dataset(seeds_dataset)
    tp = ds.touchpoints
    assert isinstance(tp.source_row.dtype, pd.ArrowDtype) and str(ds.documents.order_date.dtype).startswith("date32")
    seed = ds.documents.set_index("source_path").loc["000_273fd9960037d965.txt"]
    assert list(seed.kinds) == ["touchpoint_list"] and seed.order_date == dt.date(2025, 12, 11)
    # each order once: the copy of seed 000's order is not counted
    assert COPY_OF_TP not in set(ds.counted.source_path) and len(ds.counted) == len(ds.documents) - 1
    assert ds.sql("select count(*) n from touchpoints_wide").n[0] == len(tp[tp.doc_id.isin(ds.counted.doc_id)])
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TOUCHPOINTS_DATASET", raising=False)
    monkeypatch.setenv("TOUCHPOINTS_OUT", str(seeds_dataset))
    assert open_dataset().path == seeds_dataset
    monkeypatch.delenv("TOUCHPOINTS_OUT")
    with pytest.raises(DatasetNotFound, match="output"):
        open_dataset()
