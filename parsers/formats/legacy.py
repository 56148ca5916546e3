"""Legacy office files (.doc, .rtf, .odt): converted to .docx by LibreOffice, then read by the Word reader.

LibreOffice runs headless with a throw-away profile (so parallel conversions
never share one, and the user's own profile is never touched) in a private
temporary folder, under a timeout.  The file is converted from a private
copy, so nothing is ever written next to the user's file.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from ..document import Document
from ..options import DEFAULT, ReaderOptions
from ..tools import failed, require, run_tool, which
from . import docx

UNAVAILABLE = "LibreOffice unavailable: install libreoffice-writer-nogui to read .doc/.rtf/.odt"


def soffice() -> str | None:
    return which("soffice", "libreoffice")


def read(path: Path, options: ReaderOptions = DEFAULT) -> Document:
    exe = require(soffice(), UNAVAILABLE)
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="tp_legacy_") as tmp:
        src = Path(tmp) / f"input{path.suffix.lower() or '.bin'}"
        shutil.copyfile(path, src)
        out = Path(tmp) / "out"
        cmd = [exe, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(src)]
        done = run_tool(cmd, "LibreOffice conversion", options.libreoffice_timeout_s)
        converted = out / f"{src.stem}.docx"
        if not converted.exists():
            raise failed("LibreOffice could not convert the file", done)
        return docx.read(converted, options)
