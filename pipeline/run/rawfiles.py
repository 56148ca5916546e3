"""Which files are inputs, and bringing outside files into the raw folder.

- Nothing outside the raw folder is read: a symlink whose target leaves the
  folder it was found in (raw/ or a folder named to `ingest`) is skipped with
  a warning, as is any special file (FIFO, socket, device) — those are only
  `stat`ed, never opened (opening a FIFO blocks forever).  Links to folders
  are not followed (no loops, no escape).
- A file given to `ingest` from outside raw/ is copied into raw/ first (its own
  name; `name.<8 hex of its sha256>.ext` when raw/ already holds a different
  file of that name; never overwriting anything), so the next rebuild keeps it
  and `source_path` is always relative to raw/.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import stat
from pathlib import Path
from typing import Callable

from textcore.atomic import atomic_write

from pipeline.store.cache import CACHEDIR_TAG
from pipeline.store.outdir import MARKER

# files in the raw folder that are not documents
IGNORED_NAMES = {"readme.md", "overrides.yaml", "overrides.yml", "thumbs.db", ".ds_store"}

Warn = Callable[[str], None]


class NotAFile(ValueError):
    """An `ingest` argument that is not a regular file or folder (a FIFO, a device...)."""


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _is_input_name(rel_parts: tuple[str, ...]) -> bool:
    return not any(part.startswith((".", "~$")) for part in rel_parts) and rel_parts[-1].lower() not in IGNORED_NAMES


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
                       (stat.S_ISBLK, "a device")):
        if test(mode):
            return name
    return "not a regular file"


def _ours(folder: Path, skip: tuple[str, ...]) -> str | None:
    """Why a folder is never input: a dataset, a parse cache (our own output read
    back as documents), or a folder named in `skip` (raw/ met inside an ingested folder)."""
    if os.path.realpath(folder) in skip:
        return "the raw folder itself"
    if os.path.lexists(folder / MARKER):
        return "a dataset of this tool"
    if os.path.lexists(folder / CACHEDIR_TAG):
        return "a cache folder"
    return None


def walk(root: Path, warn: Warn, skip: tuple[str, ...] = (), unlisted: list[str] | None = None) -> list[Path]:
    """Regular files under `root` (lexical paths), sorted, hidden/ignored names and
    our own folders (`_ours`) left out.  A folder that cannot be listed is warned
    about and, when `unlisted` is given, added to it ("folder: why")."""
    root = Path(root)
    real_root = os.path.realpath(root)
    out: list[Path] = []
    why = _ours(root, skip)
    if why:
        warn(f"skipped {root}: {why}")
        return out
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            warn(f"skipped folder {folder}: {e.strerror or e}")
            if unlisted is not None:
                unlisted.append(f"{folder}: {e.strerror or e}")
            continue
        for e in entries:
            p = Path(e.path)
            rel = p.relative_to(root).parts
            if not _is_input_name(rel):
                continue
            try:
                if e.is_symlink():
                    target = os.path.realpath(p)
                    if not _inside(target, real_root):
                        warn(f"skipped {p}: a link to {target}, outside {root}")
                        continue
                    st = os.stat(p)
                    if stat.S_ISDIR(st.st_mode):
                        warn(f"skipped {p}: a link to a folder (not followed)")
                        continue
                else:
                    st = e.stat(follow_symlinks=False)
                    if stat.S_ISDIR(st.st_mode):
                        why = _ours(p, skip)
                        if why:
                            warn(f"skipped {p}: {why}")
                        else:
                            stack.append(p)
                        continue
            except OSError as err:
                warn(f"skipped {p}: {err.strerror or err}")
                continue
            if not stat.S_ISREG(st.st_mode):
                warn(f"skipped {p}: {_kind(st.st_mode)}")
                continue
            out.append(p)
    return sorted(out)


def list_inputs(paths: list[Path], warn: Warn, unlisted: list[str] | None = None) -> list[Path]:
    """Files under the given files/folders.  A named file must be a regular file
    (a FIFO argument is refused, not opened); folders are walked as above."""
    out: list[Path] = []
    for p in map(Path, paths):
        try:
            st = os.stat(p)
        except FileNotFoundError:
            raise FileNotFoundError(f"no such file or folder: {p}") from None
        if stat.S_ISDIR(st.st_mode):
            out.extend(walk(p, warn, unlisted=unlisted))
        elif stat.S_ISREG(st.st_mode):
            out.append(p)
        else:
            raise NotAFile(f"{p}: {_kind(st.st_mode)}, not a document")
    return list(dict.fromkeys(out))


def inside_raw(path: Path, raw: Path) -> bool:
    """Is `path` (as named, links not resolved for the last part) inside raw/?"""
    parent = os.path.realpath(Path(path).parent)
    return _inside(os.path.join(parent, Path(path).name), os.path.realpath(raw))


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def copy_into_raw(src: Path, raw: Path, rel: Path) -> Path:
    """Copy `src` to raw/`rel` (or raw/`rel` with a hash suffix when a different
    file holds that name); an identical file already there is reused.  Never
    overwrites: the final name is claimed with link(2), which fails if it exists."""
    digest = sha256_file(src)
    dest = Path(raw) / rel
    dest.parent.mkdir(parents=True, exist_ok=True)
    candidates = [dest, dest.with_name(f"{dest.stem}.{digest[:8]}{dest.suffix}"),
                  dest.with_name(f"{dest.stem}.{digest[:16]}{dest.suffix}")]
    for cand in candidates:
        if cand.exists() or cand.is_symlink():
            if cand.is_file() and not cand.is_symlink() and sha256_file(cand) == digest:
                return cand                       # the same bytes are already in raw/
            continue
        try:
            return atomic_write(cand, lambda tmp: shutil.copyfile(src, tmp), overwrite=False)
        except FileExistsError:
            continue                              # claimed meanwhile: next name
    raise FileExistsError(f"cannot find a free name for {src} in {raw}")


def bring_into_raw(inputs: list[Path], raw: Path, warn: Warn) -> list[Path]:
    """The inputs of an `ingest`, every one inside raw/ (outside files copied in)."""
    raw = Path(raw)
    out: list[Path] = []
    for p in map(Path, inputs):
        if inside_raw(p, raw):
            if not p.is_dir() and not _inside(os.path.realpath(p), os.path.realpath(raw)):
                warn(f"skipped {p}: a link to {os.path.realpath(p)}, outside {raw}")
                continue
            out.extend(list_inputs([p], warn))
            continue
        if p.is_dir() and not p.is_symlink():
            for f in walk(p, warn, skip=(os.path.realpath(raw),)):
                out.append(copy_into_raw(f, raw, Path(p.resolve().name) / f.relative_to(p)))
        else:
            for f in list_inputs([p], warn):
                out.append(copy_into_raw(f, raw, Path(f.name)))
    return list(dict.fromkeys(out))
