"""Need signatures of FRESH readings: each pool's tune half read by the code of the day the pool
landed (the commit that added it), before anybody tuned on it — what a new writer's cells meet.

    PYTHONPATH=. .venv/bin/python benchmarks/fresh_need_signatures.py     # -> .cache/need_calibration_fresh.jsonl

Today's reader scores the tune halves after being tuned on them (right among sure 0.988 against
0.938 on the test halves): the share right per reading path it shows is the tuned one.  The code
of the day each pool was committed had never read it, so its readings are right as often as
a new hand's are — the rates benchmarks/fit_need_calibration.py fits.  Per pool, the commit that
added `tune/needs.tsv` is found by git, its `normalizers/` and `textcore/` are unpacked into a
temporary folder (`git archive`; nothing of the checkout is touched), today's
normalizers/need_signature.py is put beside them, and each cell of today's tune half is read
there in a subprocess.  Written per cell: the pool, the commit, the score, right or not, the
codes and each need's signature — statistics only, never the phrase.  The signature's `model` level
(the learned model's agreement, normalizers/need_model_hook.py) is given here, in today's code, by the
model fitted WITHOUT that pool (.cache/need_model_lowo/, written by benchmarks/fit_need_model.py: run it
first; a pool with no such model gets "-"): the shipped model saw every tune half, so its agreement
there would flatter.  Deterministic.
"""
from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POOLS = ROOT / "benchmarks" / "layoutbed"
OUT = ROOT / ".cache" / "need_calibration_fresh.jsonl"      # git-ignored: nothing new in the checkout
# the needs' writers (fit_need_model.py reads this list too): listed, never globbed — a pool merged closed for
# a blind measure (pools17) joins only once its tune half is opened
NAMES = ("pools", "pools2", "pools3", "pools4", "pools5", "pools6", "pools7", "pools8", "pools9", "pools10",
         "pools11", "pools12", "pools13", "pools14", "pools15", "pools16", "pools17")
LOWO_MODELS = ROOT / ".cache" / "need_model_lowo"     # benchmarks/fit_need_model.py: one model per writer left out
FITTED_ON = "fitted on: "       # the header line of a LOWO model naming the writers it was fitted on


def _git(*args: str) -> subprocess.CompletedProcess:
    """git in the checkout; no git, or no repository: a clear message, no traceback."""
    try:
        return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, check=True)
    except FileNotFoundError:
        raise SystemExit("fresh_need_signatures: git is not installed; it reads old commits of the checkout") from None
    except subprocess.CalledProcessError as e:
        raise SystemExit(f"fresh_need_signatures: git {args[0]} failed in {ROOT}: "
                         f"{e.stderr.decode(errors='replace').strip()[-500:]}") from None


def added_at(pool: str) -> str:
    """The commit that added the pool's tune half (the code of that day never read it).  A shallow
    clone cut after it shows its cut commit as adding every file, and a copy with no history none:
    a clear message, never a wrong commit (a later code, perhaps tuned on the pool)."""
    path = f"benchmarks/layoutbed/{pool}/tune/needs.tsv"
    found = _git("log", "--diff-filter=A", "--format=%H", "--", path).stdout.decode().split()
    cut = Path(ROOT, _git("rev-parse", "--git-path", "shallow").stdout.decode().strip())
    if found and cut.is_file() and found[-1] in cut.read_text().split():
        raise SystemExit(f"fresh_need_signatures: {pool}: the clone is shallow, cut after the commit that added "
                         f"{path} (git fetch --unshallow)")
    if not found:
        raise SystemExit(f"fresh_need_signatures: {pool}: no commit of the history adds {path}")
    return found[-1]


def worker(pool: str, commit: str) -> None:
    """Runs inside the old tree (first on sys.path): one JSON line per cell of the pool's tune half."""
    from normalizers import match_needs, needs
    from normalizers.need_grammar import grammar
    g = grammar()
    if not hasattr(g, "known"):      # older grammars kept no set of every word they name
        g.known = frozenset(set(g.actions) | {w for key in g.objects for w in key})
    from normalizers.need_signature import signature
    with open(POOLS / pool / "tune" / "needs.tsv", encoding="utf-8", newline="") as f:
        rows = [(r[0].replace("\\n", "\n"), r[1]) for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r and not r[0].startswith("#")][1:]
    for cell, gold in rows:
        ms = match_needs(cell)
        phrases = needs._read_cell(cell)[0] if hasattr(needs, "_read_cell") else needs.split_needs(cell)
        codes = [m.code for m in ms]
        # the texts go back to the parent only (the learned model's opinion, `with_model`), never into the file
        print(json.dumps({"writer": pool, "commit": commit[:10], "score": min((m.score for m in ms), default=0.0),
                          "ok": set(codes) == set(gold.split(",")), "codes": codes,
                          "sigs": [list(signature(m, len(phrases), len(set(codes)))) for m in ms],
                          "gold": gold.split(","), "scores": [m.score for m in ms], "methods": [m.method for m in ms],
                          "texts": [m.text for m in ms], "phrases": list(phrases)}, ensure_ascii=False))


def worker_env(tmp: str) -> dict[str, str]:
    """The old tree's environment.  A commit that already holds the calibration step (calib15 on) would
    send its own doubtful cells to review before they are counted: the scores fitted must be the
    reading's own, so the step is off, as it is for the table's fit of today's reader."""
    return {"PYTHONPATH": tmp, "PATH": "/usr/bin:/bin", "HOME": tmp, "TOUCHPOINTS_NEED_CALIBRATION": "off"}


def read_fresh(pool: str) -> list[str]:
    commit = added_at(pool)
    with tempfile.TemporaryDirectory(prefix="fresh-") as tmp:
        archive = _git("archive", commit, "normalizers", "textcore").stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        shutil.copy(ROOT / "normalizers" / "need_signature.py", Path(tmp) / "normalizers" / "need_signature.py")
        run = subprocess.run([sys.executable, __file__, "--worker", pool, commit], capture_output=True, text=True,
                             env=worker_env(tmp))
        if run.returncode:
            print(f"{pool} at {commit[:10]}: failed\n{run.stderr[-2000:]}", file=sys.stderr)
            return []
    return run.stdout.splitlines()


def with_model(line: str, models: Path) -> str:
    """A worker's line as written: each need's signature given its `model` level — what the model that
    never saw this writer (fitted without it) says of the need's clause (need_model_hook.agrees) — and the
    texts dropped.  A writer with no such model (none fitted yet): "-", as a reader without a model."""
    from normalizers import need_model_hook
    from normalizers.need_signature import with_model as _with
    cell = json.loads(line)
    path = models / f"{cell['writer']}.npz"
    m = lowo_model(path, cell["writer"]) if path.exists() else None
    sigs = []
    for sig, code, text in zip(cell["sigs"], cell["codes"], cell["texts"]):
        p = m.probs(text).get(code, 0.0) if m is not None else None
        sigs.append(list(_with(tuple(sig), need_model_hook.level(p))))
    cell["sigs"] = sigs
    for key in ("gold", "scores", "methods", "texts", "phrases"):
        del cell[key]
    return json.dumps(cell)


_MODELS: dict = {}


def lowo_model(path: Path, writer: str):
    """The model fitted without `writer`, once per file.  Its header must name the writers it was fitted
    on, the scored one not among them (a stale file, or one of an older fit that named none: a clear stop,
    not a flattered `model` level)."""
    import numpy as np
    from normalizers import need_model
    if path not in _MODELS:
        with np.load(path, allow_pickle=False) as f:
            meta = str(f["meta"].item()) if "meta" in f.files else ""
        on = next((x[len(FITTED_ON):].split(", ") for x in meta.splitlines() if x.startswith(FITTED_ON)), None)
        if on is None or writer in on:
            raise SystemExit(f"fresh_need_signatures: {path} " + ("names no writers it was fitted on" if on is None
                             else f"was fitted on {writer} itself") + ": rerun benchmarks/fit_need_model.py")
        _MODELS[path] = need_model.load(path)
    return _MODELS[path]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pools", nargs="+", default=list(NAMES))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--models", type=Path, default=LOWO_MODELS,
                    help="the leave-one-writer-out need models of benchmarks/fit_need_model.py [default %(default)s]")
    ap.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(*args.worker)
        return
    lines, failed = [], []
    for pool in args.pools:
        got = [with_model(x, args.models) for x in read_fresh(pool)]
        failed += [] if got else [pool]
        sure = [json.loads(x) for x in got if json.loads(x)["score"] >= 0.85]
        print(f"{pool}: {len(got)} cells, sure {len(sure)}, right among sure "
              f"{sum(c['ok'] for c in sure) / len(sure) if sure else float('nan'):.3f}")
        lines += got
    if failed:          # a table fitted without them would pass for the whole set: write nothing
        raise SystemExit(f"fresh_need_signatures: no readings of {', '.join(failed)}; {args.out} not written")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    print(f"written: {args.out} ({len(lines)} cells)")


if __name__ == "__main__":
    main()
