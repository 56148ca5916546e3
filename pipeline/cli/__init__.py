"""The command line (`touchpoints`, `python -m pipeline`): the only package that imports click."""
from pipeline.allocator import tune_env

tune_env()      # before anything imports pyarrow: its allocator reads these once (pipeline/allocator.py)

from pipeline.cli.main import cli, main  # noqa: E402,F401
