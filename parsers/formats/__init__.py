"""Format code -> reader.  A reader takes a path and the `ReaderOptions` and returns a `Document`.

Readers are imported lazily so that a missing optional tool (LibreOffice,
Tesseract) only affects the formats that need it.
"""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from ..document import Document
from ..errors import UnsupportedFormat

if TYPE_CHECKING:               # parsers.options imports this package's pdf_settings: no cycle at run time
    from ..options import ReaderOptions

# format code -> "module:function"
READERS: dict[str, str] = {
    "txt": "parsers.formats.text:read",
    "md": "parsers.formats.text:read",
    "docx": "parsers.formats.docx:read",
    "pdf": "parsers.formats.pdf:read",
    "pdf_scan": "parsers.formats.scan:read",
    "image": "parsers.formats.scan:read_image",
    "doc": "parsers.formats.legacy:read",
    "rtf": "parsers.formats.legacy:read",
    "odt": "parsers.formats.legacy:read",
    "html": "parsers.formats.html:read",
}


def read_document(path: Path, fmt: str, options: ReaderOptions | None = None) -> Document:
    """The file read by its format's reader; `options` None = the defaults."""
    target = READERS.get(fmt)
    if target is None:
        raise UnsupportedFormat(f"no reader for format '{fmt}' yet")
    from ..options import DEFAULT
    module, func = target.split(":")
    reader = getattr(importlib.import_module(module), func)
    doc = reader(Path(path), options or DEFAULT)
    doc.format = fmt
    return doc
