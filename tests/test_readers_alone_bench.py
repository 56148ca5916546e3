"""benchmarks/readers_alone.py still sees a test that reads without the pipeline's readers alone: its first run
must not be given them by tests/conftest.py (which gives every test the CLI's readers), or it finds nothing ever."""
from __future__ import annotations

import json

from benchmarks import readers_alone


def test_the_alone_run_reads_without_the_readers_the_conftest_gives(tmp_path, capsys):
    out = tmp_path / "found.json"
    # tests/test_cli_cell_readers.py imports no pipeline module: alone, its reader checks fail
    readers_alone.main(["tests/test_cli_cell_readers.py", "--json", str(out)])
    found = json.loads(out.read_text(encoding="utf-8"))["tests/test_cli_cell_readers.py"]
    assert found["asked"]
    assert found["differ"]["tests.test_cli_cell_readers::test_a_parser_test_alone_has_the_pipelines_readers"] \
        == ["failure", "passed"]
