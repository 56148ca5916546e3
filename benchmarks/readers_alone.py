"""Test files whose outcome depends on the pipeline's cell readers having been loaded by another test.

    PYTHONPATH=. .venv/bin/python benchmarks/readers_alone.py [FILE ...] [--timeout 900] [--json OUT]

The parsers read a table with no header (and a list nothing names) with the normalizers' readers of one
cell, which the pipeline hands them at import (`pipeline/run/process.py` -> `content_cells.install()`;
parsers never import normalizers).  A test that parses a document without that import reads with fewer
readers than the CLI — alone; in the full suite another test has loaded them first.  This script runs each
test file in a fresh process (pytest, `-m "not ocr_full"`) with itself as a plugin:

1. alone: the readers' registry is watched; every test that asked for a reader while none was given is noted
   (tests/conftest.py installs no reader in this run: it reads as the file did before the conftest gave every
   test the CLI's readers);
2. for each file with such a test, again with the readers installed before the first test (as the CLI reads).

It prints, per file, the tests that asked without the readers and every test whose outcome differs between
the two runs; then "N files, M asked without the readers, K outcomes differ".  Default files: tests/test_*.py
that parse or extract.  Exit 0 (it judges nothing; the tests do).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_MODE = "TOUCHPOINTS_READERS_ALONE"           # "watch:<json path>" or "install"
_PARSES = re.compile(r"parsers\.(formats|extract|tables)|parse_text|read_document|process_path")


# ---- the plugin side (loaded in the child pytest with -p benchmarks.readers_alone) ----

class _Watched(dict):
    """The readers' registry, noting each reader asked for while it was not given."""
    missed: set[str] = set()

    def get(self, key, default=None):
        self._note(key)
        return super().get(key, default)

    def __contains__(self, key):
        self._note(key)
        return super().__contains__(key)

    def keys(self):                    # `{**own, **_READERS}` merges by keys() where __iter__ is overridden
        if not self:
            _Watched.missed.add("(any)")
        return super().keys()

    def __iter__(self):
        return iter(self.keys())

    def _note(self, key):
        if not super().__contains__(key):
            _Watched.missed.add(key)


_asked: dict[str, list[str]] = {}


def pytest_sessionstart(session):
    mode = os.environ.get(_MODE, "")
    if mode == "install":
        from pipeline.run import content_cells
        content_cells.install()
    elif mode.startswith("watch:"):
        from parsers.tables import content_roles
        content_roles._READERS = _Watched(content_roles._READERS)


def pytest_runtest_setup(item):
    _Watched.missed = set()


def pytest_runtest_teardown(item):
    if _Watched.missed:
        _asked[item.nodeid] = sorted(_Watched.missed)


def pytest_sessionfinish(session):
    mode = os.environ.get(_MODE, "")
    if mode.startswith("watch:"):
        Path(mode[6:]).write_text(json.dumps(_asked), encoding="utf-8")


# ---- the runner ----

def _outcomes(xml: Path) -> dict[str, str]:
    if not xml.exists():
        return {}
    found = {}
    for case in ET.parse(xml).iter("testcase"):
        kids = {child.tag for child in case}
        state = next((s for s in ("failure", "error", "skipped") if s in kids), "passed")
        found[f"{case.get('classname')}::{case.get('name')}"] = state
    return found


def _run(path: str, mode: str, tmp: Path, timeout: int) -> dict[str, str]:
    xml = tmp / f"{Path(path).stem}-{mode.split(':')[0]}.xml"
    env = dict(os.environ, PYTHONPATH=str(ROOT), TOUCHPOINTS_NEED_CALIBRATION="off", **{_MODE: mode})
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "benchmarks.readers_alone",
           "-m", "not ocr_full", f"--junitxml={xml}", path]
    try:
        subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"(file)": "timeout"}
    return _outcomes(xml)


def _default_files() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "tests").glob("test_*.py"))
            if _PARSES.search(p.read_text(encoding="utf-8"))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--timeout", type=int, default=900, help="seconds per file and run")
    ap.add_argument("--json", help="write the findings here")
    args = ap.parse_args(argv)
    files = args.files or _default_files()
    findings, asked_files, differing = {}, 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for path in files:
            watch = tmp / f"{Path(path).stem}-asked.json"
            alone = _run(path, f"watch:{watch}", tmp, args.timeout)
            asked = json.loads(watch.read_text(encoding="utf-8")) if watch.exists() else {}
            if not asked:
                print(f"{path}: no test asked without the readers ({len(alone)} tests)", flush=True)
                continue
            asked_files += 1
            loaded = _run(path, "install", tmp, args.timeout)
            diff = {t: (alone.get(t), loaded.get(t)) for t in sorted(set(alone) | set(loaded))
                    if alone.get(t) != loaded.get(t)}
            differing += len(diff)
            findings[path] = {"asked": asked, "differ": diff}
            print(f"{path}: {len(asked)} tests asked without the readers, {len(diff)} outcomes differ", flush=True)
            for t, (a, b) in diff.items():
                print(f"    {t}: alone {a}, readers loaded {b}", flush=True)
    print(f"{len(files)} files, {asked_files} asked without the readers, {differing} outcomes differ")
    if args.json:
        Path(args.json).write_text(json.dumps(findings, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
