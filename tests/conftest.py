"""Shared fixtures: paths to the seeds, results built once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# the reading rules' tests and the seeds' snapshot judge the readers' own scores: the needs'
# calibration (normalizers/need_calibration.py, a table refitted as pools come) is tested on its
# own, tests/test_need_calibration.py; set before anything imports it, inherited by workers
# (TOUCHPOINTS_NEED_CALIBRATION=on before pytest: the seeds' snapshot holds with it on too)
os.environ.setdefault("TOUCHPOINTS_NEED_CALIBRATION", "off")

pytest_plugins = ["tests.conftest_formats", "tests.conftest_scans", "tests.conftest_analyst"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "raw"
SHARED = ROOT.parent / "shared"
SEED_FILES = {p.name[:3]: p for p in sorted(SEEDS.glob("0*.txt"))}


@pytest.fixture(scope="session")
def seed_path():
    return lambda key: SEED_FILES[key]


@pytest.fixture(scope="session")
def seed_result():
    """process_path of a seed, computed once per session."""
    from pipeline.run.process import process_path

    cache = {}

    def get(key: str):
        if key not in cache:
            cache[key] = process_path(SEED_FILES[key], SEEDS)
        return cache[key]

    return get


@pytest.fixture(autouse=True)
def _process_state_reset():
    """An in-process ingest (the workbench's, a test's) loads the overrides file into this
    process's taxonomies and the run's reader options into the version: per process by
    design, so a test that did it must not hand them to the next test."""
    yield
    from pipeline import version
    from pipeline.run import overrides

    if overrides._applied:
        from normalizers.matcher import taxonomy
        for name in overrides.FIELDS.values():
            taxonomy(name).set_overrides({})
        version.set_overrides_hash("")
        overrides._applied = ""
    version.set_reader_options(None)


def _install_cli_readers() -> None:
    if os.environ.get("TOUCHPOINTS_READERS_ALONE", "").startswith("watch:"):
        return       # benchmarks/readers_alone.py's first run: each file with the readers its own imports give
    from parsers.tables import content_roles
    from pipeline.run import content_cells

    content_roles._READERS.clear()
    content_cells.install()


@pytest.fixture(autouse=True, scope="session")
def _cli_cell_readers_at_start():
    """The first module- or class-scoped fixture of a run (set up before any function's fixture) reads
    with the CLI's readers too."""
    _install_cli_readers()


@pytest.fixture(autouse=True)
def _cli_cell_readers():
    """Every test reads as the CLI does: with the cell readers the pipeline gives the parsers
    (`pipeline/run/process.py` installs them at import; parsers never import normalizers), and with
    those alone.  A test file that parsed without importing the pipeline read with fewer alone than in
    the full suite, where another test had loaded them (benchmarks/readers_alone.py finds such files);
    a test that swapped a reader must not hand it to the next — nor to a module- or class-scoped fixture
    set up between two tests (before this fixture runs for the next one): installed again after each
    test.  A test of a parser alone empties `content_roles._READERS` itself (monkeypatch)."""
    _install_cli_readers()
    yield
    _install_cli_readers()


@pytest.fixture(autouse=True)
def _private_parse_cache(tmp_path_factory, monkeypatch):
    """The parse cache defaults to $XDG_CACHE_HOME/touchpoints: tests use their own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
