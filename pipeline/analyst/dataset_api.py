"""`open_dataset()`: the dataset for a notebook or a script, from any working folder.

    from pipeline import open_dataset
    ds = open_dataset()                  # or open_dataset("path/to/output")
    ds.documents, ds.touchpoints, ds.roadmap, ds.procedure_items, ds.review, ds.labels
    ds.counted                           # documents that count: each order once, files that are orders
    ds.sql("select channel_label, count(*) from touchpoints_wide group by all")   # -> pandas
    ds.con                               # the DuckDB connection with every view of `touchpoints query`

Tables are pandas frames with pyarrow-backed types (lists stay lists, dates stay
dates, integers with nulls stay integers), read when first used.  The folder:
the argument, else `out` of touchpoints.toml in the working folder or
TOUCHPOINTS_OUT (pipeline/config.py), else TOUCHPOINTS_DATASET (older
notebooks), else `output/` in the working folder.
"""
from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

import pandas as pd

TABLES = ("documents", "touchpoints", "roadmap", "procedure_items", "review", "labels")


class DatasetNotFound(FileNotFoundError):
    """No dataset where the path points (says where it looked and why there)."""


def dataset_path(path=None) -> tuple[Path, str]:
    """(folder, where it came from)."""
    if path is not None:
        return Path(path).expanduser(), "the argument"
    from pipeline.config import FILE_NAME, load

    out = load().get("out")
    if out is not None:
        return out, f"{FILE_NAME} or TOUCHPOINTS_OUT"
    if os.environ.get("TOUCHPOINTS_DATASET"):
        return Path(os.environ["TOUCHPOINTS_DATASET"]).expanduser(), "TOUCHPOINTS_DATASET"
    return Path("output"), "the default (output/ in the working folder)"


class Dataset:
    def __init__(self, path: Path):
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"<touchpoints dataset at {self.path}>"

    def table(self, name: str) -> pd.DataFrame:
        if name not in TABLES:
            raise KeyError(f"no table {name!r} (one of: {', '.join(TABLES)})")
        return self.sql(f"select * from {name}")

    @cached_property
    def con(self):
        from pipeline.analyst.query import connect

        return connect(self.path)

    def sql(self, query: str) -> pd.DataFrame:
        """One SQL statement over the views, as a pyarrow-backed pandas frame."""
        from pipeline.analyst.query import run

        return run(self.con, query).to_pandas(types_mapper=pd.ArrowDtype)

    documents = cached_property(lambda self: self.table("documents"))
    touchpoints = cached_property(lambda self: self.table("touchpoints"))
    roadmap = cached_property(lambda self: self.table("roadmap"))
    procedure_items = cached_property(lambda self: self.table("procedure_items"))
    review = cached_property(lambda self: self.table("review"))
    labels = cached_property(lambda self: self.table("labels"))

    @cached_property
    def counted(self) -> pd.DataFrame:
        """Documents that count: orders (not failed; some kind or about client-centricity),
        each order once (`duplicate_of` is null)."""
        from pipeline.store.orders import is_order

        d = self.documents
        orders = [is_order({"status": s, "kinds": list(k) if k is not None else [],
                            "warnings": list(w) if w is not None else []})
                  for s, k, w in zip(d.status, d.kinds, d.warnings)]
        return d[pd.Series(orders, index=d.index) & d.duplicate_of.isna()]


def open_dataset(path=None) -> Dataset:
    """The dataset at `path` (see the module's docstring for where else it looks)."""
    folder, source = dataset_path(path)
    if not (folder / "documents").is_dir():
        raise DatasetNotFound(f"no touchpoints dataset at {folder.resolve()} (from {source}); pass its folder, "
                              f"or set out = \"...\" in touchpoints.toml or TOUCHPOINTS_OUT")
    return Dataset(folder)
