"""A new order uploaded in the browser lands in raw/ exactly as `touchpoints ingest
FILE` would land it: same byte sniffing (parsers.detect), same size limit, same
copy into raw/ (its own name, or NAME.<hash8>.EXT; nothing overwritten), same
ingest.  A file that is not a document is refused with the reader's reason."""
from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from .edits import Workspace, locked_work

_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\]")


class UploadError(ValueError):
    """Why an upload was refused (one line for the analyst)."""


def safe_name(filename: str | None) -> str:
    """The file's own name without folders, control characters or a leading dot."""
    name = _UNSAFE.sub("_", (filename or "").replace("\\", "/").rsplit("/", 1)[-1]).strip().lstrip(".")
    return name[-120:] or "upload.bin"


def receive(ws: Workspace, upload) -> str:
    """Save, check and ingest the uploaded file; returns its doc_id."""
    from parsers.detect import detect
    from parsers.errors import LoadError

    from pipeline.run.limits import check_input
    from pipeline.run.batch import RunOptions, ingest

    if upload is None or not upload.filename:
        raise UploadError("no file chosen")
    tmp = Path(tempfile.mkdtemp(prefix="touchpoints-upload-"))
    try:
        path = tmp / safe_name(upload.filename)
        upload.save(path)
        try:
            check_input(path, ws.limits)
            detect(path)
        except LoadError as e:
            raise UploadError(f"{safe_name(upload.filename)}: {e}") from None
        with locked_work(ws):
            opts = RunOptions(raw=ws.raw, out=ws.out, workers=1, timeout=ws.timeout, quiet=True,
                              overrides=ws.overrides if ws.overrides.is_file() else None,
                              limits=ws.limits, warn=lambda m: None)   # said on the page as the document's warnings
            docs = ingest([path], opts)
        if docs:
            return docs[0]["doc_id"]
        from pipeline.run.process import file_hash

        return file_hash(path)      # the same bytes were already in the dataset
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
