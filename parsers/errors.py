"""Errors a reader raises for input it cannot read (load errors, not bugs)."""


class LoadError(Exception):
    """The file cannot be read as the format it claims: the document is `failed`."""


class UnsupportedFormat(LoadError):
    """No reader handles this kind of file (yet)."""


class InputTooLarge(LoadError):
    """The file, or a stream inside it, is over a size limit (see pipeline/run/limits.py)."""


class ToolError(LoadError):
    """An external program (parsers/tools.py) could not do the work.  `retryable`:
    whether another run with the same bytes may succeed (the pipeline does not
    cache a retryable failure)."""

    retryable = False


class ToolMissing(ToolError):
    """The program is not installed (or cannot start): retryable, it may be installed later."""

    retryable = True


class ToolFailed(ToolError):
    """The program failed or timed out on these bytes: the same bytes fail the same way."""


class ToolNoRoom(ToolError):
    """The program failed while the temporary folder's disk was full: another run,
    with room, may succeed (retryable, so the failure is not cached)."""

    retryable = True


class OcrUnavailable(ToolMissing):
    """Tesseract or its Russian data is not installed: the scan can be read once it is."""
