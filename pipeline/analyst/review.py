"""The review list: unsure phrases over the whole dataset, with the documents they occur in."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.store.labels import labels_rows


def review_table(out: Path, min_count: int = 1) -> pd.DataFrame:
    path = Path(out) / "review"
    cols = ["table", "field", "text_raw", "best_code", "best_label", "score", "alternatives", "count", "documents"]
    if not path.is_dir():
        return pd.DataFrame(columns=cols)
    df = pd.read_parquet(path)
    if df.empty:
        return pd.DataFrame(columns=cols)
    docs = pd.read_parquet(Path(out) / "documents", columns=["doc_id", "source_path"])
    df = df.merge(docs, on="doc_id", how="left")
    g = df.groupby(["table", "field", "text_raw"], as_index=False).agg(
        best_code=("best_code", "first"), score=("score", "min"),
        alternatives=("alternatives", lambda s: list(dict.fromkeys(a for lst in s for a in lst))),
        count=("count", "first"), documents=("source_path", lambda s: sorted(set(s.dropna()))))
    g = g[g["count"] >= min_count]
    labels = {(r["taxonomy"], r["code"]): r["label_ru"] for r in labels_rows()}
    g["best_label"] = [labels.get((f, c)) for f, c in zip(g.field, g.best_code)]      # field = its taxonomy
    return g.sort_values(["count", "score"], ascending=[False, True]).reset_index(drop=True)[cols]


def filled_rows(csv_path: Path) -> dict[str, dict[str, str]]:
    """Rows of a `review --csv` file whose `code` was filled in -> {field: {text_raw: code}}
    (encoding and delimiter sniffed, see review_csv.py)."""
    from pipeline.analyst.review_csv import filled_rows as _filled

    return _filled(csv_path)
