"""The command line (`touchpoints`, `python -m pipeline`): the only package that imports click."""
from pipeline.cli.main import cli, main  # noqa: F401
