"""Session fixtures: the seeds rendered as real .docx / .pdf files (built once, cached)."""
from __future__ import annotations

import pytest

from tests.fixtures import build


@pytest.fixture(scope="session")
def seed_docx(tmp_path_factory):
    """{"000": path, "001": path}: python-docx only, no LibreOffice needed."""
    from parsers.formats.text import read
    out = tmp_path_factory.mktemp("docx")
    return {k: build.write_docx(read(build.seed(k)), out / f"{k}.docx") for k in ("000", "001")}


@pytest.fixture(scope="session")
def seed_files():
    """{"000.docx", "000.pdf", "001.docx", "001.pdf", "scan.pdf"} -> path (LibreOffice, pdftoppm)."""
    if build.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: PDF fixtures cannot be built "
                    "(apt-get install libreoffice-writer-nogui poppler-utils)")
    return build.build_seed_files()
