"""Session fixtures: scans and legacy office files made from the seed renders (tests/fixtures/scans.py)."""
from __future__ import annotations

import shutil

import pytest

from tests.fixtures import build, scans


@pytest.fixture(scope="session")
def scan_files():
    if build.soffice() is None or shutil.which("pdftoppm") is None:
        pytest.skip("LibreOffice or pdftoppm not installed: scan fixtures cannot be built (./setup.sh installs them)")
    return scans.build_scan_files()


@pytest.fixture(scope="session")
def tesseract():
    from parsers.formats import ocr_tesseract
    reason = ocr_tesseract.missing()
    if reason:
        pytest.skip(f"{reason} (./setup.sh installs it)")
