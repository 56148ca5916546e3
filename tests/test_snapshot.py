"""A rebuild of the seeds (and their .docx/.pdf renders) gives exactly the committed rows.

The snapshot was written by `python -m tests.snapshot` with the code before the
pipeline/ packages were split (issue 16): a refactoring must not change one row.
"""
from __future__ import annotations

import pytest

from tests.fixtures import build
from tests.snapshot import GOLDEN, corpus, rebuild, rows


def test_rebuild_of_seeds_matches_snapshot(tmp_path):
    if build.soffice() is None:
        pytest.skip("LibreOffice is not installed: the snapshot includes the seeds' .docx/.pdf renders")
    out = tmp_path / "out"
    rebuild(corpus(tmp_path / "raw"), out)
    expected = GOLDEN.read_text(encoding="utf-8").splitlines()
    got = rows(out)
    missing, extra = sorted(set(expected) - set(got)), sorted(set(got) - set(expected))
    assert not missing and not extra, f"missing {missing[:3]}\nextra {extra[:3]}"
    assert got == expected          # duplicates too
