"""Analyst tools: reading the dataset (labels, query, report/, table_output),
the review CSV and the overrides analysts write.

Never imports pipeline.cli (tests/test_layers.py); may read through pipeline.store.
"""
