"""Hostile and careless uses of the real CLI, each with the outcome it must have.

    .venv/bin/python benchmarks/hostile_cases.py [-k SUBSTRING] [-v]

Every case runs `python -m pipeline ...` as a subprocess in its own temporary
folder and checks its promise: the exit code, nothing of the user's deleted
or changed, nothing from outside the raw folder in the dataset, the last good
dataset intact after a fault, no worker left running, and never a traceback
(checked for every command of every case).  After every case no process the
case started may still run (this process adopts orphans, Linux; a leftover is
killed and fails the case).  Issue 21's cases are in hostile_surfaces.py.  Prints one line per case and
"N held, M failed".  Exit status 0 when all held.

Disk-full and read-only cases mount a tiny tmpfs when run as root (Linux);
elsewhere they fall back to RLIMIT_FSIZE (writes fail with EFBIG) or are
reported as skipped.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "raw"
SEED_TP = "000_273fd9960037d965.txt"
SEED_RM = "001_01ccadab589354b1.txt"
TINY = ("Министерство культуры Кузбасса\n\nПРИКАЗ\n\n"
        "№\tНаправление деятельности органа власти\tНаименование конкретного процесса\tТочка взаимодействия\t"
        "Осуществляемое взаимодействие\tТип точки взаимодействия\tОсобенности\n1\t2\t3\t4\t5\t6\t7\n"
        "1\tРассмотрение обращений граждан\tПриём обращений\t{channel}\tПолучение информации клиентом\tОфлайн\tнет\n")


class Failed(AssertionError):
    pass


def check(cond, why: str) -> None:
    if not cond:
        raise Failed(why)


class Skip(Exception):
    pass


class World:
    """A temporary folder with a raw folder of two seeds, and the CLI to run there."""

    def __init__(self, base: Path):
        self.base = base
        self.raw = base / "raw"
        self.out = base / "out"
        self.cache = base / "xdg"
        self.raw.mkdir()
        for s in (SEED_TP, SEED_RM):
            shutil.copy(SEEDS / s, self.raw / s)

    def env(self, **extra) -> dict:
        e = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(self.cache))
        e.update(extra)
        return e

    def cmd(self, *args, faults: dict | None = None) -> list[str]:
        """The CLI; `faults` ({glob: "exit" | "raise" | "memory" | seconds}) are injected by tests/faults.py."""
        if faults:
            return [sys.executable, "-m", "tests.faults", json.dumps(faults), *map(str, args)]
        return [sys.executable, "-m", "pipeline", *map(str, args)]

    def cli(self, *args, env: dict | None = None, timeout: float = 240, preexec=None,
            faults: dict | None = None) -> subprocess.CompletedProcess:
        try:
            r = subprocess.run(self.cmd(*args, faults=faults), cwd=self.base, env=self.env(**(env or {})),
                               capture_output=True,
                               text=True, timeout=timeout, preexec_fn=preexec)
        except subprocess.TimeoutExpired:
            raise Failed(f"`{' '.join(map(str, args))}` hung past {timeout} s") from None
        no_traceback(r)
        return r

    def build(self, *extra) -> subprocess.CompletedProcess:
        r = self.cli("rebuild", "--raw", self.raw, "--out", self.out, "-q", *extra)
        check(r.returncode == 0, f"setup rebuild exited {r.returncode}: {r.stderr.strip()[-200:]}")
        return r

    def docs(self, out: Path | None = None):
        import pandas as pd

        return pd.read_parquet((out or self.out) / "documents")

    def tiny(self, name: str, channel: str = "Телефонная связь", folder: Path | None = None) -> Path:
        p = (folder or self.raw) / name
        p.write_text(TINY.format(channel=channel), encoding="utf-8")
        return p


def no_traceback(r: subprocess.CompletedProcess) -> None:
    text = (r.stdout or "") + (r.stderr or "")
    check("Traceback" not in text, f"a traceback was printed: {text.strip()[-300:]}")
    check("Aborted!" not in text, "click's 'Aborted!' was printed")


def tree(folder: Path) -> dict[str, bytes]:
    """Every file (not the lock) with its bytes: for 'nothing changed' checks."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".lock"} if folder.exists() else {}


def by_path(r: subprocess.CompletedProcess) -> dict[str, dict]:
    return {d["source_path"]: d for d in json.loads(r.stdout)["documents"]}


def children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "--ppid", str(pid), "-o", "pid="], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def all_gone(pids: list[int], within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        alive = []
        for p in pids:
            try:
                state = Path(f"/proc/{p}/stat").read_text().split(") ")[1].split()[0]
                if state != "Z":
                    alive.append(p)
            except (FileNotFoundError, IndexError):
                pass
        if not alive:
            return True
        time.sleep(0.2)
    return False


# ---------------------------------------------------------------- the cases

CASES: list[tuple[str, str, callable]] = []


def case(name: str, expect: str):
    def deco(f):
        CASES.append((name, expect, f))
        return f
    return deco


# --out

@case("rebuild --out = --raw", "exit 2, raw folder unchanged")
def _(w: World):
    before = tree(w.raw)
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.raw)
    check(r.returncode == 2, f"exit {r.returncode}")
    check(tree(w.raw) == before, "raw folder changed")


@case("rebuild --out inside --raw", "exit 2, nothing written in raw")
def _(w: World):
    before = tree(w.raw)
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.raw / "dataset")
    check(r.returncode == 2 and tree(w.raw) == before, f"exit {r.returncode}")


@case("rebuild --out = parent of --raw", "exit 2, nothing deleted")
def _(w: World):
    before = tree(w.base)
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.base)
    check(r.returncode == 2 and tree(w.base) == before, f"exit {r.returncode}")


@case("rebuild --out = a folder of the user's own", "exit 2, the user's files unchanged")
def _(w: World):
    mine = w.base / "documents-of-mine"
    mine.mkdir()
    (mine / "thesis.docx").write_bytes(b"years of work")
    r = w.cli("rebuild", "--raw", w.raw, "--out", mine)
    check(r.returncode == 2, f"exit {r.returncode}")
    check(tree(mine) == {"thesis.docx": b"years of work"}, "user's folder changed")


@case("ingest --out = a folder of the user's own", "exit 2, the user's files unchanged")
def _(w: World):
    mine = w.base / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep")
    r = w.cli("ingest", w.raw / SEED_TP, "--raw", w.raw, "--out", mine)
    check(r.returncode == 2 and tree(mine) == {"notes.txt": b"keep"}, f"exit {r.returncode}")


@case("--out is a regular file", "exit 2, file unchanged")
def _(w: World):
    f = w.base / "out"
    f.write_text("a file")
    r = w.cli("rebuild", "--raw", w.raw, "--out", f)
    check(r.returncode == 2 and f.read_text() == "a file", f"exit {r.returncode}")


@case("--out is a dataset made before the marker", "accepted, marker written")
def _(w: World):
    w.build()
    (w.out / ".touchpoints-dataset").unlink()
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q")
    check(r.returncode == 0, f"exit {r.returncode}: {r.stderr.strip()}")
    check((w.out / ".touchpoints-dataset").is_file(), "no marker")


@case("rebuild from an empty raw folder over a dataset", "exit 2, dataset unchanged, --allow-empty named")
def _(w: World):
    w.build()
    before = tree(w.out)
    empty = w.base / "empty"
    empty.mkdir()
    r = w.cli("rebuild", "--raw", empty, "--out", w.out)
    check(r.returncode == 2 and "--allow-empty" in r.stderr, f"exit {r.returncode}")
    check(tree(w.out) == before, "dataset changed")


@case("rebuild --allow-empty from an empty raw folder", "exit 0, dataset emptied as asked")
def _(w: World):
    w.build()
    empty = w.base / "empty"
    empty.mkdir()
    r = w.cli("rebuild", "--raw", empty, "--out", w.out, "-q", "--allow-empty")
    check(r.returncode == 0 and len(w.docs()) == 0, f"exit {r.returncode}")


@case("rebuild from a mistyped raw folder", "exit 2, dataset unchanged")
def _(w: World):
    w.build()
    before = tree(w.out)
    r = w.cli("rebuild", "--raw", w.base / "rwa", "--out", w.out)
    check(r.returncode == 2 and tree(w.out) == before, f"exit {r.returncode}")


@case("rebuild after files left raw/", "says how many documents it removes")
def _(w: World):
    w.build()
    (w.raw / SEED_RM).unlink()
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q")
    check(r.returncode == 0 and "removes 1 document" in r.stderr, f"stderr: {r.stderr.strip()}")


@case("review --out on a folder that is not a dataset", "exit 2")
def _(w: World):
    (w.base / "x").mkdir()
    (w.base / "x" / "a.txt").write_text("a")
    check(w.cli("review", "--out", w.base / "x").returncode == 2, "not exit 2")


@case("review --out on a missing folder", "exit 2")
def _(w: World):
    check(w.cli("review", "--out", w.base / "nope").returncode == 2, "not exit 2")


# ingest from outside raw/

@case("ingest a file from outside raw/, then delete the original and rebuild", "copied into raw/, kept")
def _(w: World):
    src = w.tiny("outside.txt", folder=w.base)
    r = w.cli("ingest", src, "--raw", w.raw, "--out", w.out, "-q", "--json")
    check(r.returncode == 0, f"exit {r.returncode}")
    check(list(by_path(r)) == ["outside.txt"], f"source_path {list(by_path(r))}")
    src.unlink()
    w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q")
    check("outside.txt" in set(w.docs()["source_path"]), "lost at the next rebuild")


@case("two different outside files with the same name", "both kept, neither overwritten")
def _(w: World):
    (w.base / "a").mkdir()
    (w.base / "b").mkdir()
    a = w.tiny("order.txt", "Телефонная связь", folder=w.base / "a")
    b = w.tiny("order.txt", "Официальный сайт", folder=w.base / "b")
    for p in (a, b):
        check(w.cli("ingest", p, "--raw", w.raw, "--out", w.out, "-q").returncode == 0, "ingest failed")
    names = sorted(p.name for p in w.raw.iterdir() if p.name.startswith("order"))
    check(len(names) == 2 and (w.raw / "order.txt").read_bytes() == a.read_bytes(), f"raw holds {names}")
    check(len(w.docs()) == 2, f"{len(w.docs())} documents")


@case("the same outside file ingested twice", "one copy, one document")
def _(w: World):
    src = w.tiny("same.txt", folder=w.base)
    for _ in range(2):
        w.cli("ingest", src, "--raw", w.raw, "--out", w.out, "-q")
    check(len([p for p in w.raw.iterdir() if p.name.startswith("same")]) == 1, "copied twice")
    check(len(w.docs()) == 1, "two documents")


@case("ingest a folder from outside raw/", "its files copied in, paths relative")
def _(w: World):
    folder = w.base / "batch"
    (folder / "sub").mkdir(parents=True)
    w.tiny("one.txt", folder=folder)
    w.tiny("two.txt", "ЕПГУ", folder=folder / "sub")
    r = w.cli("ingest", folder, "--raw", w.raw, "--out", w.out, "-q", "--json")
    paths = set(by_path(r))
    check(paths == {"batch/one.txt", "batch/sub/two.txt"}, f"paths {paths}")


@case("ingest a path that does not exist", "exit 2")
def _(w: World):
    check(w.cli("ingest", w.base / "nope.docx", "--raw", w.raw, "--out", w.out).returncode == 2, "not exit 2")


@case("ingest a FIFO", "exit 2 at once, never opened")
def _(w: World):
    os.mkfifo(w.base / "pipe")
    r = w.cli("ingest", w.base / "pipe", "--raw", w.raw, "--out", w.out, timeout=60)
    check(r.returncode == 2, f"exit {r.returncode}")


# raw folder contents

@case("symlink in raw/ to /etc/passwd", "skipped with a warning; nothing of it in the dataset")
def _(w: World):
    (w.raw / "passwd.txt").symlink_to("/etc/passwd")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q")
    check("outside" in r.stderr, "no warning")
    docs = w.docs()
    check("passwd.txt" not in set(docs["source_path"]), "the link was read")
    check(not any("root:" in str(v) for col in docs.columns for v in docs[col]), "passwd lines in the dataset")


@case("symlink in raw/ to a folder outside", "not followed")
def _(w: World):
    other = w.base / "elsewhere"
    other.mkdir()
    w.tiny("secret.txt", folder=other)
    (w.raw / "link").symlink_to(other)
    w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q")
    check(not any("secret" in p for p in w.docs()["source_path"]), "followed the link")


@case("symlink loop in raw/", "finishes, loop skipped")
def _(w: World):
    (w.raw / "loop").symlink_to(w.raw)
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", timeout=120)
    check(r.returncode == 0 and len(w.docs()) == 2, f"exit {r.returncode}")


@case("FIFO inside raw/", "skipped, never opened (no hang)")
def _(w: World):
    os.mkfifo(w.raw / "pipe.txt")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", timeout=120)
    check(r.returncode == 0 and "FIFO" in r.stderr, f"exit {r.returncode}")


@case("dangling symlink in raw/", "skipped with a warning, run ok")
def _(w: World):
    (w.raw / "gone.txt").symlink_to(w.base / "nowhere.txt")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q")
    check(r.returncode == 0 and len(w.docs()) == 2, f"exit {r.returncode}")


@case("office lock files and hidden files in raw/", "ignored")
def _(w: World):
    (w.raw / "~$order.docx").write_bytes(b"\x00lock")
    (w.raw / ".hidden.txt").write_text("x")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q")
    check(r.returncode == 0 and len(w.docs()) == 2, f"exit {r.returncode}")


@case("a file removed while the run goes on", "that file failed, the others landed, exit 1")
def _(w: World):
    w.tiny("a_slow.txt")
    victim = w.tiny("z_victim.txt", "ЕПГУ")
    p = subprocess.Popen(w.cmd("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--workers", "1", "--json",
                               faults={"a_slow.txt": 4}),
                         cwd=w.base, env=w.env(),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(2)
    victim.unlink()
    out, err = p.communicate(timeout=120)
    no_traceback(subprocess.CompletedProcess([], p.returncode, out, err))
    docs = {d["source_path"]: d for d in json.loads(out)["documents"]}
    check(p.returncode == 1 and docs["z_victim.txt"]["status"] == "failed", f"exit {p.returncode}")
    check(docs[SEED_TP]["status"] == "ok", "others did not land")


@case("an empty file", "failed with a reason, others ok, exit 1")
def _(w: World):
    (w.raw / "empty.txt").write_bytes(b"")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json")
    d = by_path(r)
    check(r.returncode == 1 and d["empty.txt"]["error"] and d[SEED_TP]["status"] == "ok", f"exit {r.returncode}")


@case("random bytes named .docx / .pdf", "failed load_error, exit 1")
def _(w: World):
    (w.raw / "junk.docx").write_bytes(os.urandom(5000))
    (w.raw / "junk.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(5000))
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json")
    d = by_path(r)
    check(r.returncode == 1, f"exit {r.returncode}")
    check(d["junk.docx"]["status"] == d["junk.pdf"]["status"] == "failed", "junk not failed")


@case("zip bomb named .docx", "failed, refused before inflating")
def _(w: World):
    with zipfile.ZipFile(w.raw / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (300 * 1024 * 1024))
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json")
    d = by_path(r)["bomb.docx"]
    check(d["status"] == "failed" and ("zip" in d["error"] or "large" in d["error"]), d["error"] or "")


@case("41 KB .docx of U+2028 line separators", "parsed in well under its timeout (no quadratic regex)")
def _(w: World):
    import docx

    d = docx.Document()
    d.add_paragraph("Перечень точек взаимодействия")
    d.add_paragraph("\u2028" * 40000)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "\u2028" * 20000 + "слово ."
    d.save(w.raw / "separators.docx")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json", "--timeout", "20")
    check(by_path(r)["separators.docx"]["error_category"] != "timeout", "timed out")


@case("text file of 300,000 Unicode separators", "no timeout")
def _(w: World):
    (w.raw / "spaces.txt").write_text("Приказ " + "\u2028\u3000\u00a0" * 100000 + ".\n", encoding="utf-8")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json", "--timeout", "20")
    check(by_path(r)["spaces.txt"]["error_category"] != "timeout", "timed out")


def pdf_flate_bomb(path: Path, mb: int) -> None:
    """A one-page PDF whose content stream inflates to `mb` MB (about 1.5 MB on disk for 1 GB)."""
    import zlib

    co = zlib.compressobj(9)
    chunk = b"0 0 m\n" * (1 << 18)
    parts, n = [], 0
    while n < mb * 1024 * 1024:
        parts.append(co.compress(chunk))
        n += len(chunk)
    data = b"".join(parts) + co.flush()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))


@case("PDF flate bomb (1.5 MB inflating to 1 GB)", "failed quickly under --max-memory-mb 1000, others ok")
def _(w: World):
    pdf_flate_bomb(w.raw / "bomb.pdf", 1024)
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json", "--timeout", "60",
              "--max-memory-mb", "1000")
    d = by_path(r)
    check(d["bomb.pdf"]["status"] == "failed" and d["bomb.pdf"]["error_category"] != "timeout",
          f"bomb: {d['bomb.pdf']['error_category']}")
    check(d[SEED_TP]["status"] == "ok", "others lost")


@case("a 1 GB file with default limits", "failed too_large, not parsed (only hashed, streaming)")
def _(w: World):
    with open(w.raw / "huge.txt", "wb") as fh:
        fh.truncate(1024 ** 3)                      # sparse: costs no disk
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json", timeout=120)
    check(by_path(r)["huge.txt"]["error_category"] == "too_large", "not too_large")


@case("file over --max-input-mb", "failed too_large, unread")
def _(w: World):
    (w.raw / "huge.txt").write_bytes(b"a " * (1024 * 1024))
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json", "--max-input-mb", "1")
    check(by_path(r)["huge.txt"]["error_category"] == "too_large", "not too_large")


@case("a parser that eats memory", "failed memory_limit under --max-memory-mb, others ok")
def _(w: World):
    w.tiny("hog.txt")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json", "--max-memory-mb", "300",
              faults={"hog.txt": "memory"})
    d = by_path(r)
    check(d["hog.txt"]["error_category"] == "memory_limit", f"got {d['hog.txt']['error_category']}")
    check(d[SEED_TP]["status"] == "ok", "others lost")


@case("a worker that dies (crashing tool)", "failed worker_died, others ok, exit 1")
def _(w: World):
    w.tiny("crash.txt")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json",
              faults={"crash.txt": "exit"})
    d = by_path(r)
    check(r.returncode == 1 and d["crash.txt"]["error_category"] == "worker_died", f"exit {r.returncode}")
    check(d[SEED_TP]["status"] == d[SEED_RM]["status"] == "ok", "others lost")


@case("a bug in a parser (exception)", "failed internal_error, others ok")
def _(w: World):
    w.tiny("bug.txt")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json",
              faults={"bug.txt": "raise"})
    check(by_path(r)["bug.txt"]["error_category"] == "internal_error", "not internal_error")


@case("a document that hangs", "failed timeout after --timeout, others landed")
def _(w: World):
    w.tiny("hang.txt")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json", "--timeout", "2",
              faults={"hang.txt": 60})
    d = by_path(r)
    check(d["hang.txt"]["error_category"] == "timeout" and d[SEED_TP]["status"] == "ok", "not a timeout")


@case("rebuild again after a timeout", "the timeout is remembered: no second wait")
def _(w: World):
    w.tiny("hang.txt")
    faults = {"hang.txt": 60}
    w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--timeout", "3", faults=faults)
    t0 = time.monotonic()
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json", "--timeout", "3", faults=faults)
    check(by_path(r)["hang.txt"]["error_category"] == "timeout", "not a timeout")
    check(time.monotonic() - t0 < 30, "waited again")


for _value, _code in (("-1", 2), ("nan", 2), ("0", 0), ("inf", 0)):
    def _timeout_case(w: World, value=_value, code=_code):
        r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--timeout", value)
        check(r.returncode == code, f"exit {r.returncode}")
    case(f"--timeout {_value}", f"exit {_code}" + (" (no limit)" if _code == 0 else " (usage)"))(_timeout_case)


# cache

@case("--cache-dir is a file", "one warning, run ok")
def _(w: World):
    (w.base / "c").write_text("x")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--cache-dir", w.base / "c")
    check(r.returncode == 0 and "cache" in r.stderr, f"exit {r.returncode}")


@case("--cache-dir cannot be created (under a file)", "one warning, every document parsed")
def _(w: World):
    (w.base / "c").write_text("x")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--cache-dir", w.base / "c" / "sub", "--json")
    check(r.returncode == 0 and r.stderr.count("parse cache not used") == 1, f"stderr {r.stderr.strip()}")
    check(all(d["status"] == "ok" for d in by_path(r).values()), "a document failed")


@case("--cache-dir inside raw/", "exit 2 (raw/ could plant entries)")
def _(w: World):
    check(w.cli("rebuild", "--raw", w.raw, "--out", w.out, "--cache-dir", w.raw / ".c").returncode == 2, "accepted")


@case("a planted pickle where the old cache lived", "never executed")
def _(w: World):
    import pickle

    flag = w.base / "pwned"

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {flag}",))

    for where in (w.base / ".touchpoints-cache", w.raw / ".touchpoints-cache"):
        (where / "x").mkdir(parents=True)
        for name in ("000.pkl", "x/000.pkl"):
            (where / name).write_bytes(pickle.dumps(Evil()))
    w.build()
    w.build()
    check(not flag.exists(), "planted code ran")


@case("the cache's disk is full", "documents parse, run ok")
def _(w: World):
    with tiny_disk(w.base / "cachefs", 64 * 1024) as fs:
        (fs / "filler").write_bytes(b"\0" * (60 * 1024))
        r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json", "--cache-dir", fs)
    check(r.returncode == 0 and all(d["status"] == "ok" for d in by_path(r).values()), f"exit {r.returncode}")


# environment

class tiny_disk:
    """A tmpfs of `size` bytes (root on Linux); Skip where it cannot be mounted."""

    def __init__(self, path: Path, size: int, readonly: bool = False):
        self.path, self.size, self.readonly = path, size, readonly

    def __enter__(self) -> Path:
        self.path.mkdir(parents=True, exist_ok=True)
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={self.size}", "tmpfs", str(self.path)],
                           capture_output=True)
        if r.returncode != 0:
            raise Skip("cannot mount a tmpfs here (not root?)")
        return self.path

    def __exit__(self, *exc):
        subprocess.run(["umount", "-l", str(self.path)], capture_output=True)


def fill(path: Path) -> None:
    """Fill the disk holding `path` to its last block."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remount_ro(path: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True, capture_output=True)


@case("disk full during rebuild", "exit 2 in one line, last dataset whole, no build folder left")
def _(w: World):
    with tiny_disk(w.base / "fs", 3 * 1024 * 1024) as fs:
        out = fs / "out"
        r = w.cli("rebuild", "--raw", w.raw, "--out", out, "-q")
        check(r.returncode == 0, f"setup exit {r.returncode}")
        before = tree(out)
        fill(fs / "filler")
        for i in range(3):
            w.tiny(f"new{i}.txt", "ЕПГУ")
        r = w.cli("rebuild", "--raw", w.raw, "--out", out, "-q", "--no-cache")
        check(r.returncode == 2, f"exit {r.returncode}")
        check(len(r.stderr.strip().splitlines()) == 1, f"stderr: {r.stderr.strip()}")
        check(tree(out) == before, "last dataset changed")
        check(not list(fs.glob(".out.building-*")), "build folder left")


@case("disk full during ingest", "exit 2, no half-committed document, the next ingest lands it")
def _(w: World):
    with tiny_disk(w.base / "fs", 3 * 1024 * 1024) as fs:
        out = fs / "out"
        check(w.cli("rebuild", "--raw", w.raw, "--out", out, "-q").returncode == 0, "setup failed")
        fill(fs / "filler")
        new = w.tiny("new.txt", "ЕПГУ")
        r = w.cli("ingest", new, "--raw", w.raw, "--out", out, "-q", "--no-cache")
        check(r.returncode == 2, f"exit {r.returncode}")
        (fs / "filler").unlink()
        r = w.cli("ingest", new, "--raw", w.raw, "--out", out, "-q", "--json", "--no-cache")
        d = by_path(r) if r.stdout.strip().startswith("{") else {}
        check("new.txt" in d and d["new.txt"]["n_touchpoints"] >= 1, "the next ingest said nothing to do")
        import pandas as pd

        tp = pd.read_parquet(out / "touchpoints")
        check(len(tp[tp["doc_id"] == d["new.txt"]["doc_id"]]) == d["new.txt"]["n_touchpoints"],
              "touchpoint rows do not match n_touchpoints")


@case("read-only --out", "exit 2 in one line, dataset unchanged")
def _(w: World):
    with tiny_disk(w.base / "fs", 8 * 1024 * 1024) as fs:
        out = fs / "out"
        check(w.cli("rebuild", "--raw", w.raw, "--out", out, "-q").returncode == 0, "setup failed")
        before = tree(out)
        _remount_ro(fs)
        w.tiny("new.txt")
        r = w.cli("rebuild", "--raw", w.raw, "--out", out, "-q")
        check(r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, f"exit {r.returncode}: {r.stderr}")
        r = w.cli("ingest", w.raw / "new.txt", "--raw", w.raw, "--out", out, "-q")
        check(r.returncode == 2, f"ingest exit {r.returncode}")
        check(tree(out) == before, "dataset changed")


def _signal_case(sig: int, code: int):
    def run(w: World):
        w.build()
        before = tree(w.out)
        w.tiny("slow.txt")
        p = subprocess.Popen(w.cmd("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--no-cache", "--workers", "2",
                                   faults={"slow.txt": 60}),
                             cwd=w.base, env=w.env(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while len(children(p.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.5)
        workers = children(p.pid)
        p.send_signal(sig)
        out, err = p.communicate(timeout=60)
        no_traceback(subprocess.CompletedProcess([], p.returncode, out, err))
        check(p.returncode == code, f"exit {p.returncode}")
        check(workers and all_gone(workers), "a worker outlived its parent")
        check(tree(w.out) == before, "last dataset changed")
        if sig != signal.SIGKILL:
            check(not list(w.base.glob(".out.building-*")), "build folder left")
    return run


case("SIGTERM during rebuild", "exit 143, no orphan, build folder removed, dataset whole")(
    _signal_case(signal.SIGTERM, 143))
case("Ctrl-C (SIGINT) during rebuild", "exit 130, no traceback, no orphan, dataset whole")(
    _signal_case(signal.SIGINT, 130))
case("SIGKILL of the main process", "workers die with it, dataset whole")(_signal_case(signal.SIGKILL, -9))


@case("ingest while a rebuild runs", "both land: the rebuild's swap does not drop the ingested document")
def _(w: World):
    w.build()
    w.tiny("slow.txt")
    p = subprocess.Popen(w.cmd("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--no-cache", faults={"slow.txt": 6}),
                         cwd=w.base, env=w.env(),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(2.5)
    extra = w.tiny("during.txt", "ЕПГУ", folder=w.base)
    r = w.cli("ingest", extra, "--raw", w.raw, "--out", w.out, "-q")
    p.communicate(timeout=120)
    check(r.returncode == 0 and p.returncode == 0, f"exit ingest {r.returncode} rebuild {p.returncode}")
    check("during.txt" in set(w.docs()["source_path"]), "the ingested document was dropped")


@case("a file name with terminal escape codes", "escaped on the terminal")
def _(w: World):
    (w.raw / "evil\x1b]0;owned\x07\x1b[2J.txt").write_text("просто текст\n", encoding="utf-8")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out)
    check("\x1b" not in r.stdout + r.stderr and "\\x1b" in r.stdout, "raw escape printed")


@case("review --csv of phrases that look like formulas", "UTF-8 BOM, no cell starts a formula")
def _(w: World):
    w.tiny("formula.txt", '=HYPERLINK("http://evil","click")')
    w.tiny("formula2.txt", "=cmd|' /C calc'!A0 канал")
    w.build()
    w.cli("review", "--out", w.out, "--csv", w.base / "review.csv")
    data = (w.base / "review.csv").read_bytes()
    check(data.startswith(b"\xef\xbb\xbf"), "no BOM")
    import csv
    import io

    text = data.decode("utf-8-sig")
    check("'=HYPERLINK" in text and "'=cmd" in text, "the formula-like phrases are not in the CSV")
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            check(not cell.startswith(("=", "+", "-", "@", "\t", "\r")), f"live formula cell {cell[:30]!r}")


@case("review --apply of a ';' cp1251 CSV (Russian Excel)", "exit 0, override merged")
def _(w: World):
    csv_path = w.base / "excel.csv"
    csv_path.write_bytes("field;text_raw;code\r\nchannel;Голубиная почта;written_mail\r\n".encode("cp1251"))
    r = w.cli("review", "--apply", csv_path, "--raw", w.raw)
    check(r.returncode == 0 and "Голубиная почта" in (w.raw / "overrides.yaml").read_text(encoding="utf-8"),
          f"exit {r.returncode}")


@case("review --apply of a file that is not a review CSV", "exit 2 in one line")
def _(w: World):
    junk = w.base / "junk.csv"
    junk.write_bytes(os.urandom(2000))
    r = w.cli("review", "--apply", junk, "--raw", w.raw)
    check(r.returncode == 2, f"exit {r.returncode}")


# issue 21's cases live beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import hostile_surfaces  # noqa: E402

hostile_surfaces.register(sys.modules[__name__])


# ---------------------------------------------------------------- runner

_PR_SET_CHILD_SUBREAPER = 36


def adopt_orphans() -> None:
    """Linux: orphans of the CLI runs (a tool's child left with no parent) become our
    children instead of init's, so `outlived` can find them after each case."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def outlived() -> list[str]:
    """Processes a case left running (killed here): a child of ours, once its case ended."""
    left = []
    for pid in children(os.getpid()):
        try:
            if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                os.waitpid(pid, 0)             # an adopted orphan that was killed: reap it
                continue
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
            if cmd.startswith("ps "):
                continue
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            left.append(cmd[:80])
        except (OSError, ChildProcessError):
            continue
    return left

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-k", default="", help="only cases whose name contains this")
    ap.add_argument("-v", action="store_true", help="print the reason of each failure in full")
    args = ap.parse_args()
    held = failed = skipped = 0
    adopt_orphans()
    for i, (name, expect, fn) in enumerate(CASES, 1):
        if args.k and args.k not in name:
            continue
        base = Path(tempfile.mkdtemp(prefix="hostile-"))
        t0 = time.monotonic()
        try:
            fn(World(base))
            left = outlived()
            check(not left, f"a process outlived the case: {left}")
            verdict, why = "held", ""
            held += 1
        except Skip as e:
            verdict, why = "skip", str(e)
            skipped += 1
        except Failed as e:
            verdict, why = "FAILED", str(e)
            failed += 1
        except Exception as e:  # noqa: BLE001 - a broken case is a failed case
            verdict, why = "FAILED", f"case error {type(e).__name__}: {e}"
            failed += 1
        finally:
            outlived()                 # a failed case's leftovers must not fail the next one
            subprocess.run(["umount", "-l", *map(str, base.glob("*fs"))], capture_output=True) \
                if list(base.glob("*fs")) else None
            shutil.rmtree(base, ignore_errors=True)
        line = f"{i:>3} {verdict:<6} {time.monotonic() - t0:5.1f}s  {name} -> {expect}"
        if why:
            line += f"\n           {why if args.v else why[:160]}"
        print(line, flush=True)
    print(f"{held} held, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
