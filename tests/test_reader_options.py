"""ReaderOptions: validated on construction, fingerprinted, passed to every reader."""
from __future__ import annotations

import zipfile

import pytest

from parsers.errors import LoadError
from parsers.formats import READERS, read_document
from parsers.formats.pdf_settings import PdfSettings
from parsers.options import DEFAULT, ReaderOptions, ScanGridSettings, ScanSettings


@pytest.mark.parametrize("kwargs, field", [
    ({"ocr_threads": -1}, "ocr_threads"),
    ({"ocr_threads": 2.5}, "ocr_threads"),
    ({"ocr_timeout_s": 0}, "ocr_timeout_s"),
    ({"libreoffice_timeout_s": "60"}, "libreoffice_timeout_s"),
    ({"max_unpacked_mb": True}, "max_unpacked_mb"),
    ({"pdf": {"superscript": 0.8}}, "pdf"),
    ({"ocr_cache_dir": 3}, "ocr_cache_dir"),
])
def test_wrong_value_names_the_field(kwargs, field):
    with pytest.raises(ValueError, match=rf"ReaderOptions\.{field}\b"):
        ReaderOptions(**kwargs)


def test_nested_settings_are_checked_too():
    with pytest.raises(ValueError, match=r"ScanSettings\.reread_conf"):
        ScanSettings(reread_conf=101)
    with pytest.raises(ValueError, match=r"ScanGridSettings\.threshold_block must be odd"):
        ScanGridSettings(threshold_block=24)
    with pytest.raises(ValueError, match=r"PdfSettings\.superscript"):
        PdfSettings(superscript=1.5)


def test_options_are_frozen():
    with pytest.raises(AttributeError):
        DEFAULT.ocr_threads = 3


def test_fingerprint_follows_what_changes_results_only(tmp_path):
    base = ReaderOptions().fingerprint()
    assert base == ReaderOptions().fingerprint() and len(base) == 12
    # where the OCR cache is and how many threads read do not change what is read
    assert ReaderOptions(ocr_cache_dir=tmp_path, ocr_threads=3).fingerprint() == base
    assert ReaderOptions(ocr_cache_dir=str(tmp_path)).ocr_cache_dir == tmp_path
    # every nested threshold does
    assert ReaderOptions(pdf=PdfSettings(para_gap=0.7)).fingerprint() != base
    assert ReaderOptions(scan=ScanSettings(grid=ScanGridSettings(max_skew=3.0))).fingerprint() != base
    assert ReaderOptions(max_unpacked_mb=10).fingerprint() != base


def _docx_with_member(path, size: int):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", "<x/>")
        zf.writestr("word/media/big.bin", b"\0" * size)
    return path


def test_unpacked_limit_comes_from_the_options(tmp_path):
    path = _docx_with_member(tmp_path / "a.docx", 3 * 1024 * 1024)
    with pytest.raises(LoadError, match="more than 2 MB uncompressed"):
        read_document(path, "docx", ReaderOptions(max_unpacked_mb=2))
    # under the default limit the container is opened (and then found to be no Word file)
    with pytest.raises(LoadError, match="bad XML|no body"):
        read_document(path, "docx")
    with pytest.raises(LoadError, match="bad XML|no body"):
        read_document(path, "docx", ReaderOptions(max_unpacked_mb=0))     # 0 = no limit


def test_every_reader_takes_the_options():
    import importlib
    import inspect

    for fmt, target in READERS.items():
        module, func = target.split(":")
        params = inspect.signature(getattr(importlib.import_module(module), func)).parameters
        assert list(params)[:2] == ["path", "options"], fmt


def test_pdf_reader_uses_the_given_settings(seed_files):
    """The PDF geometry comes from the options, not from a module global: with no
    vertical gap tolerated, every line of body text is a paragraph of its own."""
    from parsers.formats import pdf

    default = pdf.read(seed_files["000.pdf"])
    split = pdf.read(seed_files["000.pdf"], ReaderOptions(pdf=PdfSettings(para_gap=0.0, indent_em=0.0)))
    assert len(list(split.paragraphs())) > len(list(default.paragraphs()))
    assert [t.rows[0].texts for t in split.tables()] == [t.rows[0].texts for t in default.tables()]


def test_no_reader_reads_its_settings_from_the_environment():
    """Settings reach the readers only through ReaderOptions (a child tool may still
    inherit the environment: ocr_tesseract passes it on with OMP_THREAD_LIMIT set)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "parsers"
    reads = [f"{p.relative_to(root)}: {needle}" for p in root.rglob("*.py")
             for needle in ("os.environ.get(", "os.getenv(", "os.environ[") if needle in p.read_text(encoding="utf-8")]
    assert reads == []


def test_run_options_are_in_the_pipeline_version(tmp_path):
    """The run's own reader settings (here --max-unpacked-mb), not the defaults',
    key the parse cache: a changed limit re-reads instead of reusing old parses."""
    import pandas as pd
    from tests.storeutil import corpus, invoke

    from pipeline import version

    raw, out = corpus(tmp_path / "raw", seeds=(), tiny={"a.txt": "Официальный сайт"}), tmp_path / "out"
    cache = ["--cache-dir", tmp_path / "cache"]
    try:
        assert invoke("rebuild", "--raw", raw, "--out", out, "-q", *cache).exit_code == 0
        default = pd.read_parquet(out / "documents")["pipeline_version"].iloc[0]
        assert invoke("rebuild", "--raw", raw, "--out", out, "-q", "--max-unpacked-mb", "7", *cache).exit_code == 0
        seven = pd.read_parquet(out / "documents")["pipeline_version"].iloc[0]
    finally:
        version.set_reader_options(None)
    assert seven != default
    assert default == version.pipeline_version()        # the CLI's defaults are ReaderOptions()'s
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 2     # two cache keys: parsed again
