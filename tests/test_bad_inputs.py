"""Every bad input gives a LoadError with its own clear message (EXPECTED.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from parsers.detect import detect
from parsers.errors import LoadError
from parsers.formats import read_document

BAD = Path(__file__).parent / "data" / "bad"
EXPECTED = yaml.safe_load((BAD / "EXPECTED.yaml").read_text(encoding="utf-8"))


def _load(path: Path):
    return read_document(path, detect(path))


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if "error" in e))
def test_bad_input_is_a_load_error(name):
    with pytest.raises(LoadError) as info:
        _load(BAD / name)
    assert EXPECTED[name]["error"] in str(info.value)


def test_every_bad_file_has_an_expectation():
    files = {p.name for p in BAD.iterdir() if p.name != "EXPECTED.yaml"}
    assert files == set(EXPECTED)


def test_docx_that_is_really_a_pdf_is_read_as_pdf():
    path = BAD / "really_pdf.docx"
    assert detect(path) == EXPECTED["really_pdf.docx"]["format"]
    doc = _load(path)
    assert doc.format == "pdf" and doc.text() == "Hello"


def test_docx_reader_refuses_a_pdf_given_to_it():
    from parsers.formats import docx
    with pytest.raises(LoadError, match="corrupt or truncated zip container"):
        docx.read(BAD / "really_pdf.docx")


def test_pdf_reader_refuses_a_zip():
    from parsers.formats import pdf
    with pytest.raises(LoadError, match="not a PDF file"):
        pdf.read(BAD / "truncated.docx")


def test_image_pdf_of_a_rendered_page_has_no_text_layer(seed_files):
    from parsers.formats import pdf
    with pytest.raises(LoadError, match="no text layer: needs OCR"):
        pdf.read(seed_files["scan.pdf"])
