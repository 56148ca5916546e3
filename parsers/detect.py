"""Which format a file is, decided by its bytes (magic numbers), not its extension."""
from __future__ import annotations

import zipfile
from pathlib import Path

from .errors import LoadError

_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"BM", None),  # bitmap: too weak a signature alone, ignored
)


def sniff(head: bytes, path: Path) -> str:
    """Format code (docs/dataset.md, `documents.format`) of a file from its first bytes."""
    if not head:
        raise LoadError("empty file")
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(path)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    for magic, fmt in _IMAGE_MAGIC:
        if fmt and head.startswith(magic):
            return fmt
    low = head[:512].lstrip().lower()
    if low.startswith((b"<!doctype html", b"<html")):
        return "html"
    if _looks_binary(head):
        raise LoadError("not a text file and not a known document format")
    return "md" if path.suffix.lower() in {".md", ".markdown"} else "txt"


def detect(path: Path) -> str:
    with open(path, "rb") as fh:
        head = fh.read(4096)
    fmt = sniff(head, path)
    if fmt == "pdf" and not _pdf_has_text(path):
        return "pdf_scan"
    if fmt == "html" or (fmt == "txt" and path.suffix.lower() in {".html", ".htm"} and _html_like(head)):
        return "html"
    return fmt


def _pdf_has_text(path: Path) -> bool:
    """Does any page carry characters (a text layer)?  Stops at the first that does,
    so a text PDF costs one page's parse.  A PDF that will not open counts as text:
    the PDF reader then says what is wrong with it."""
    try:
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return any(page.chars for page in pdf.pages)
    except Exception:  # noqa: BLE001 - reported by the reader
        return True


def _html_like(head: bytes) -> bool:
    low = head[:2048].lower()
    return any(tag in low for tag in (b"<html", b"<body", b"<table", b"<p>", b"<div", b"<meta"))


def _sniff_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and zf.read("mimetype").startswith(b"application/vnd.oasis.opendocument.text"):
                return "odt"
    except zipfile.BadZipFile as e:
        raise LoadError(f"corrupt or truncated zip container: {e}") from None
    raise LoadError("zip archive that is neither a Word (.docx) nor an OpenDocument (.odt) file")


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):      # UTF-16 BOM
        return False
    if head.count(b"\x00") > len(head) // 4:             # UTF-16 without BOM has many NULs
        even, odd = head[0::2].count(0), head[1::2].count(0)
        return not (even > len(head) // 3 or odd > len(head) // 3)
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > len(head) // 20
