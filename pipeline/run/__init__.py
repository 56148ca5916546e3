"""Running: which files (rawfiles), on which executor (executor, dask_executor),
within which limits (limits, preload), the work for one document (process,
normalize), and how a batch lands in the store (batch: `ingest`, `rebuild`).

Never imports pipeline.analyst or pipeline.cli (tests/test_layers.py).
"""
