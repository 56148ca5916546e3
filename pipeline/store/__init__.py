"""Storage: the Parquet dataset (dataset: segments, commits, journal, compaction),
its lock, rebuild swap, outdir marker, index, the `labels` table and the parse cache.

Never imports pipeline.run, pipeline.analyst or pipeline.cli (tests/test_layers.py).
"""
from pipeline.store.dataset import Carried, Store, StoreError, carryable, compact  # noqa: F401
from pipeline.store.outdir import MARKER, is_dataset  # noqa: F401
