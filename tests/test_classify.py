"""process.classify: the one reading of an exception by the per-document guard."""
from __future__ import annotations

import pytest

from parsers.errors import (InputTooLarge, LoadError, OcrUnavailable, ToolFailed, ToolMissing,
                            UnsupportedFormat)
from pipeline.contract import ErrorCategory as C
from pipeline.run.process import classify


@pytest.mark.parametrize("exc, category", [
    (UnsupportedFormat("x"), C.UNSUPPORTED_FORMAT), (InputTooLarge("x"), C.TOO_LARGE),
    (OcrUnavailable("x"), C.OCR_UNAVAILABLE),       # a ToolMissing, yet its own category
    (ToolMissing("x"), C.TOOL_UNAVAILABLE), (ToolFailed("x"), C.LOAD_ERROR), (LoadError("x"), C.LOAD_ERROR),
    (MemoryError(), C.MEMORY_LIMIT), (PermissionError(13, "Permission denied"), C.UNREADABLE),
    (KeyError("bug"), C.INTERNAL_ERROR)])
def test_each_exception_has_one_category(exc, category):
    try:
        raise exc
    except BaseException as e:  # noqa: BLE001
        got, error, warnings = classify(e)
    assert got is category
    if category is C.INTERNAL_ERROR:
        assert error.startswith("internal error: KeyError") and "Traceback" in warnings[0]
    else:
        assert warnings == []
