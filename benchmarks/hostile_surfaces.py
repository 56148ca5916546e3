"""Issue 21's cases for benchmarks/hostile_cases.py: odd file names, tools' child
processes, `query`, overrides, races, overwrites (registered by `register`).

Each case runs the real CLI in a subprocess; faults come from outside (fake tools
on PATH, tests/faults.py, a tmpfs, another user), never from hooks in the code.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ANNOUNCING = ("Министерство цифрового развития Кузбасса\n\nПРИКАЗ\n\nО внедрении стандартов клиентоцентричности\n\n"
              "1. Утвердить прилагаемый план мероприятий («дорожную карту») по внедрению стандартов "
              "клиентоцентричности.\n\nПлан мероприятий («дорожная карта»)\n")
HUGE_PAGE_PDF = (b"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
                 b"2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
                 b"3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 14400 14400]>> endobj\n"
                 b"trailer <</Root 1 0 R>>\n%%EOF\n")
ENDLESS = "select count(*) from range(10000000000000) a"


h = None          # the hostile_cases module, set by register()
CASES: list = []


def register(module) -> None:
    """Add these cases to hostile_cases (`module`), whose World, check and helpers they use."""
    global h
    h = module
    module.CASES.extend(CASES)


def case(name: str, expect: str):
    def deco(f):
        CASES.append((name, expect, f))
        return f
    return deco


def check(cond, why: str) -> None:
    h.check(cond, why)


def fake_tool(w, name: str, script: str) -> dict:
    folder = w.base / "bin"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text("#!/bin/sh\n" + script)
    (folder / name).chmod(0o755)
    return {"PATH": f"{folder}{os.pathsep}{os.environ['PATH']}"}

def gone(pid_file: Path) -> bool:
    check(pid_file.exists(), "the fake tool never ran")
    return h.all_gone([int(pid_file.read_text())])

def popen(w, *args, **kw):
    return subprocess.Popen(w.cmd(*args, **kw), cwd=w.base, env=w.env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))

# -- 1 file names ---------------------------------------------------------
@case("a file name that is not UTF-8 (unzip of a cp1251 archive)", "read, its name shown escaped")
def _(w):
    w.tiny(os.fsdecode(b"bad\xff\xfename.txt"))
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q")
    check(r.returncode == 0, f"exit {r.returncode}: {r.stderr.strip()[-200:]}")
    check("bad\\xff\\xfename.txt" in set(w.docs()["source_path"]), "not in the dataset, escaped")

@case("a newline in a file name", "escaped in the summary: no forged line")
def _(w):
    w.tiny("a\n1 documents: 1 ok.txt")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out)
    check("a\\x0a1 documents" in r.stdout, "the newline was printed raw")
    check(not any(line.startswith("1 documents") for line in r.stdout.splitlines()), "a forged line")

# -- 2 child processes of the tools ----------------------------------------
def slow_libreoffice(w) -> tuple[dict, Path]:
    pid_file = w.base / "child.pid"
    env = fake_tool(w, "soffice", f"sleep 300 &\necho $! > {pid_file}\nwait\n")
    (w.raw / "slow.rtf").write_bytes(b"{\\rtf1\\ansi " + b"x" * 1000 + b"}")
    scratch = w.base / "tmp"
    scratch.mkdir()
    return dict(env, TMPDIR=str(scratch)), pid_file

@case("LibreOffice hangs past --timeout", "exit 1, its child killed, no temporary folder left")
def _(w):
    env, pid_file = slow_libreoffice(w)
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--no-cache", "--timeout", "4", env=env)
    check(r.returncode == 1, f"exit {r.returncode}")
    check(gone(pid_file), "the tool's child outlived the run")
    check(not list((w.base / "tmp").iterdir()), "temporary files left")

@case("SIGTERM while LibreOffice runs", "exit 143, its child killed")
def _(w):
    env, pid_file = slow_libreoffice(w)
    p = subprocess.Popen(w.cmd("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--no-cache", "--workers", "1"),
                         cwd=w.base, env=w.env(**env), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    p.send_signal(signal.SIGTERM)
    _, err = p.communicate(timeout=60)
    check(p.returncode == 143 and "Traceback" not in err, f"exit {p.returncode}")
    check(gone(pid_file), "the tool's child outlived the run")

@case("a tool fails while the temporary disk is full", "not cached: the next run, with room, tries again")
def _(w):
    env = fake_tool(w, "soffice", "echo 'write error' >&2\nexit 1\n")
    (w.raw / "a.rtf").write_bytes(b"{\\rtf1\\ansi hello}")
    with h.tiny_disk(w.base / "tmpfs", 2 * 1024 * 1024) as fs:
        # nearly full, not full: Python falls back to /tmp from a TMPDIR it cannot write
        (fs / "filler").write_bytes(b"\0" * (1024 * 1024))
        r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json", env=dict(env, TMPDIR=str(fs)))
    first = h.by_path(r).get("a.rtf", {})
    check("full" in (first.get("error") or ""), f"said {first.get('error')!r}")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json", env=env)
    check("full" not in (h.by_path(r)["a.rtf"]["error"] or ""), "the full-disk failure was cached")

# -- 3/8/9/18/19 query ------------------------------------------------------
def query_signal(sig: int, code: int):
    def run(w):
        w.build()
        p = popen(w, "query", "--out", w.out, ENDLESS)
        time.sleep(4)
        p.send_signal(sig)
        try:
            _, err = p.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()
            raise h.Failed("the query did not stop") from None
        check(p.returncode == code and "Traceback" not in err, f"exit {p.returncode}: {err.strip()[-200:]}")
    return run

case("query that never ends, Ctrl-C", "exit 130 at once")(query_signal(signal.SIGINT, 130))
case("query that never ends, SIGTERM", "exit 143 at once")(query_signal(signal.SIGTERM, 143))

@case("query that never ends, --timeout 3", "exit 2 in one line")
def _(w):
    w.build()
    r = w.cli("query", "--out", w.out, "--timeout", "3", ENDLESS, timeout=60)
    check(r.returncode == 2 and "--timeout" in r.stderr, f"exit {r.returncode}")

@case("query that writes, attaches, reads other files, runs several statements",
      "each exit 2 in one line; dataset and disk unchanged")
def _(w):
    w.build()
    before = h.tree(w.out)
    for sql in (f"copy (select * from documents) to '{w.out}/documents/again.parquet'",
                f"attach '{w.base}/other.db'", "select * from read_csv('/etc/passwd')",
                "select 1; select 2", "install httpfs", "set max_expression_depth = 5"):
        r = w.cli("query", "--out", w.out, sql)
        check(r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, f"{sql[:30]}: exit {r.returncode}")
    check(h.tree(w.out) == before and not (w.base / "other.db").exists(), "something was written")

@case("query output of names with escape codes", "escaped in the aligned and JSON output")
def _(w):
    (w.raw / "evil\x1b]0;owned\x07.txt").write_text(h.TINY.format(channel="ЕПГУ"), encoding="utf-8")
    w.build()
    for fmt in ([], ["--json"]):
        r = w.cli("query", "--out", w.out, *fmt, "select source_path, chr(155) as c from documents")
        check(r.returncode == 0 and "\x1b" not in r.stdout and "\x9b" not in r.stdout, "a raw escape printed")

@case("query ... | head (the reader leaves)", "exit 141, not 1 (a failed document)")
def _(w):
    w.build()
    p = subprocess.Popen(w.cmd("query", "--out", w.out, "select * from range(300000)"), cwd=w.base,
                         env=w.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.close()
    err = p.stderr.read().decode()
    check(p.wait(timeout=60) == 141 and "Traceback" not in err, f"exit {p.returncode}")

# -- 7 overwrites -------------------------------------------------------------
@case("query --parquet and review --csv onto a raw order", "exit 2, the order unchanged; --force replaces")
def _(w):
    w.build()
    order = w.raw / h.SEED_RM
    before = order.read_bytes()
    r1 = w.cli("query", "--out", w.out, "--parquet", order, "select 1 as a")
    r2 = w.cli("review", "--out", w.out, "--csv", order)
    check(r1.returncode == 2 and r2.returncode == 2, f"exit {r1.returncode}, {r2.returncode}")
    check(order.read_bytes() == before, "the order was overwritten")
    mine = w.base / "mine.txt"
    mine.write_text("x")
    check(w.cli("query", "--out", w.out, "--parquet", mine, "--force", "select 1 as a").returncode == 0,
          "--force refused")

@case("review --csv onto a full disk", "exit 2, the previous CSV whole")
def _(w):
    w.tiny("pigeon.txt", "Голубиная почта")
    w.build()
    with h.tiny_disk(w.base / "fs", 256 * 1024) as fs:
        csv = fs / "review.csv"
        check(w.cli("review", "--out", w.out, "--csv", csv).returncode == 0, "setup failed")
        before = csv.read_bytes()
        h.fill(fs / "filler")
        r = w.cli("review", "--out", w.out, "--csv", csv)
        check(r.returncode == 2 and csv.read_bytes() == before, f"exit {r.returncode}")

# -- 4/10/21 overrides -----------------------------------------------------------
@case("overrides.yaml of nested aliases (443 bytes)", "exit 2 at once in one short line")
def _(w):
    lines = ["a: &a ['x','x','x','x','x','x','x','x','x']"]
    for i in range(8):
        prev, cur = chr(97 + i), chr(98 + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    (w.raw / "overrides.yaml").write_text("\n".join(lines) + "\n")
    t0 = time.monotonic()
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", timeout=60)
    check(r.returncode == 2 and time.monotonic() - t0 < 30 and len(r.stderr) < 600, f"exit {r.returncode}")

@case("overrides.yaml a link to a file outside raw/", "exit 2; nothing of the file printed")
def _(w):
    secret = w.base / "secret.txt"
    secret.write_text("password: hunter2\n")
    (w.raw / "overrides.yaml").symlink_to(secret)
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q")
    check(r.returncode == 2 and "hunter2" not in r.stdout + r.stderr, f"exit {r.returncode}")

@case("overrides not UTF-8, a null phrase; a CSV with an unterminated quote",
      "each exit 2 in one line, nothing merged")
def _(w):
    for content in ("channel:\n  Голубиная почта: written_mail\n".encode("cp1251"), b"channel:\n  ~: website\n"):
        (w.raw / "overrides.yaml").write_bytes(content)
        r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q")
        check(r.returncode == 2 and "internal error" not in r.stderr, f"exit {r.returncode}: {r.stderr[-120:]}")
    (w.raw / "overrides.yaml").unlink()
    bad = w.base / "bad.csv"
    bad.write_text('field,text_raw,code\nchannel,"Голубиная почта,written_mail\n', encoding="utf-8")
    r = w.cli("review", "--apply", bad, "--raw", w.raw)
    check(r.returncode == 2 and not (w.raw / "overrides.yaml").exists(), f"exit {r.returncode}")

@case("review --apply of a FIFO", "exit 2 at once, never blocks")
def _(w):
    os.mkfifo(w.base / "review.csv")
    r = w.cli("review", "--apply", w.base / "review.csv", "--raw", w.raw, timeout=30)
    check(r.returncode == 2, f"exit {r.returncode}")

@case("two review --apply at once (5 rounds)", "every analyst's corrections land")
def _(w):
    codes = ("website", "phone", "email", "mfc", "email", "phone", "website", "mfc", "website", "phone")
    for rnd in range(5):
        files = []
        for k in range(2):
            f = w.base / f"r{rnd}{k}.csv"
            f.write_text(f"field,text_raw,code\nchannel,канал {rnd} {k},{codes[2 * rnd + k]}\n", encoding="utf-8")
            files.append(f)
        procs = [popen(w, "review", "--apply", f, "--raw", w.raw) for f in files]
        for p in procs:
            p.communicate(timeout=120)
            check(p.returncode == 0, f"exit {p.returncode}")
    text = (w.raw / "overrides.yaml").read_text(encoding="utf-8")
    lost = [f"канал {r} {k}" for r in range(5) for k in range(2) if f"канал {r} {k}" not in text]
    check(not lost, f"lost: {lost}")

# -- 5 races ---------------------------------------------------------------------
@case("a raw file swapped for a link out of raw/ before its worker opens it", "not read: failed, unreadable")
def _(w):
    w.tiny("a_slow.txt")
    victim = w.tiny("b_victim.txt", "ЕПГУ")
    secret = w.tiny("secret.txt", "Секретный канал", folder=w.base)

    def swap():
        time.sleep(4)                       # listed, a_slow.txt is in the only worker
        victim.unlink()
        victim.symlink_to(secret)

    t = threading.Thread(target=swap)
    t.start()
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json", "--no-cache", "--workers", "1",
              faults={"a_slow.txt": 8})
    t.join()
    d = h.by_path(r).get("b_victim.txt", {})
    check(d.get("status") == "failed" and d.get("error_category") == "unreadable", f"b_victim.txt: {d}")
    check("Секретный" not in json.dumps(w.docs().to_dict("records"), default=str, ensure_ascii=False),
          "the outside file's text is in the dataset")

# -- 11/12/13/15 the run's surroundings ------------------------------------------
@case("ingest a folder holding raw/, the dataset and the cache", "none of them read as input")
def _(w):
    w.build()
    (w.base / "incoming").mkdir()
    w.tiny("new.txt", "ЕПГУ", folder=w.base / "incoming")
    r = w.cli("ingest", w.base, "--raw", w.raw, "--out", w.out, "-q")
    check(r.returncode == 0, f"exit {r.returncode}")
    paths = set(w.docs()["source_path"])
    check(paths == {h.SEED_TP, h.SEED_RM, f"{w.base.name}/incoming/new.txt"}, f"documents {sorted(paths)}")

@case("--workers 1 --timeout 0 with a memory hog", "the memory limit holds: failed, memory_limit")
def _(w):
    w.tiny("hog.txt")
    r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json", "--no-cache", "--workers", "1",
              "--timeout", "0", "--max-memory-mb", "300", faults={"hog.txt": "memory"})
    check(h.by_path(r)["hog.txt"]["error_category"] == "memory_limit", "no memory limit")

@case("--out a link to a dataset", "the link kept, its target rebuilt")
def _(w):
    real = w.base / "v1"
    w.out.symlink_to(real)
    w.build()
    w.tiny("new.txt", "ЕПГУ")
    w.build()
    check(w.out.is_symlink() and "new.txt" in set(w.docs(real)["source_path"]), "the link was replaced")

def without_dac_override() -> None:
    """In the child before exec: root that obeys file permissions (drops
    CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the bounding set)."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):                                  # DAC_OVERRIDE, DAC_READ_SEARCH
        if libc.prctl(24, cap, 0, 0, 0) != 0:           # PR_CAPBSET_DROP
            os._exit(99)

@case("a raw sub-folder that cannot be listed", "exit 2, its documents kept")
def _(w):
    if os.geteuid() != 0:
        raise h.Skip("needs root (a folder root cannot list: permissions obeyed without DAC override)")
    (w.raw / "sub").mkdir()
    w.tiny("one.txt", folder=w.raw / "sub")
    w.build()
    os.chmod(w.raw / "sub", 0)
    try:
        r = w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", preexec=without_dac_override)
    finally:
        os.chmod(w.raw / "sub", 0o755)
    if r.returncode == 99:
        raise h.Skip("cannot drop capabilities here")
    check(r.returncode == 2 and "sub/one.txt" in set(w.docs()["source_path"]), f"exit {r.returncode}")

# -- 17/20/23/24 what lands -----------------------------------------------------
@case("an order approving a roadmap whose table was lost", "partial, saying the roadmap was not read")
def _(w):
    (w.raw / "order.txt").write_text(ANNOUNCING, encoding="utf-8")
    d = h.by_path(w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json"))["order.txt"]
    check(d["status"] == "partial" and "roadmap" in (d["error"] or ""), f"{d['status']}: {d['error']}")

@case("a file named <a href=...> in the report", "no live link in the plots")
def _(w):
    w.tiny('<a href="https:evil.example">x<a>.txt', "ЕПГУ")
    w.build()
    r = w.cli("report", "--out", w.out, "-q")
    html = (w.out / "report.html").read_text(encoding="utf-8")
    check(r.returncode == 0 and "<a href=\\\"https:evil" not in html and '<a href="https:evil' not in html
          and "\\u003ca href" not in html, "a live link")

@case("a 200 x 200 inch scan page", "failed as too_large, not an internal error")
def _(w):
    (w.raw / "huge.pdf").write_bytes(HUGE_PAGE_PDF)
    d = h.by_path(w.cli("rebuild", "--raw", w.raw, "--out", w.out, "-q", "--json"))["huge.pdf"]
    check(d["error_category"] == "too_large", f"{d['error_category']}: {d['error']}")

@case("temporary files a crash left in .index/ and review/", "removed by the next commit; no journal left")
def _(w):
    w.build()
    for folder in ("review", ".index"):
        (w.out / folder / ".x.parquet.dead.tmp").write_bytes(b"half")
    w.cli("ingest", w.tiny("new.txt", "ЕПГУ"), "--raw", w.raw, "--out", w.out, "-q")
    check(not list(w.out.rglob("*.tmp")) and not (w.out / ".commit").exists(), "left behind")
