"""Legacy office files (.doc, .rtf, .odt): converted to .docx by LibreOffice, then read by the Word reader.

LibreOffice runs headless with a throw-away profile (so parallel conversions
never share one, and the user's own profile is never touched) in a private
temporary folder, under a timeout.  The file is converted from a private
copy, so nothing is ever written next to the user's file.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..document import Document
from ..errors import LoadError
from ..options import DEFAULT, ReaderOptions
from . import docx

UNAVAILABLE = "LibreOffice unavailable: install libreoffice-writer-nogui to read .doc/.rtf/.odt"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read(path: Path, options: ReaderOptions = DEFAULT) -> Document:
    exe = soffice()
    if exe is None:
        raise LoadError(UNAVAILABLE)
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="tp_legacy_") as tmp:
        src = Path(tmp) / f"input{path.suffix.lower() or '.bin'}"
        shutil.copyfile(path, src)
        out = Path(tmp) / "out"
        cmd = [exe, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(src)]
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=options.libreoffice_timeout_s, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise LoadError(f"LibreOffice conversion timed out after {options.libreoffice_timeout_s:.0f} s") from None
        converted = out / f"{src.stem}.docx"
        if not converted.exists():
            why = (done.stderr or done.stdout).decode("utf-8", "replace").strip()[-200:]
            raise LoadError(f"LibreOffice could not convert the file{': ' + why if why else ''}")
        return docx.read(converted, options)
