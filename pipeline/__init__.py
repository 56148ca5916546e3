"""touchpoints: Russian client-centricity orders -> one Parquet dataset.

`from pipeline import open_dataset` is the notebook's entry point
(pipeline/analyst/dataset_api.py); it is imported on first use, so that the
command line and the workers never pay for pandas and DuckDB through this file.
"""


def __getattr__(name):
    if name in ("open_dataset", "Dataset", "DatasetNotFound"):
        from pipeline.analyst import dataset_api

        return getattr(dataset_api, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
