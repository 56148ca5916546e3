"""Errors a reader raises for input it cannot read (load errors, not bugs)."""


class LoadError(Exception):
    """The file cannot be read as the format it claims: the document is `failed`."""


class UnsupportedFormat(LoadError):
    """No reader handles this kind of file (yet)."""


class InputTooLarge(LoadError):
    """The file, or a stream inside it, is over a size limit (see pipeline/limits.py)."""


class OcrUnavailable(LoadError):
    """Tesseract or its Russian data is not installed: the scan can be read once it is."""
