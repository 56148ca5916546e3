"""Fit the needs' learned second opinion (normalizers/need_model.py) on the tune halves, measured
LEAVE-ONE-WRITER-OUT, and write normalizers/data/need_model.npz.

    PYTHONPATH=. .venv/bin/python benchmarks/fit_need_model.py             # LOWO figures, then fit on all, write
    PYTHONPATH=. .venv/bin/python benchmarks/fit_need_model.py --dry-run   # figures only
    PYTHONPATH=. .venv/bin/python benchmarks/fit_need_model.py --pools benchmarks/layoutbed/pools5 --no-dev --out /tmp/m.npz

Writers: every pool's tune half (benchmarks/layoutbed/pools*/tune/needs.tsv) and tests/eval's dev half;
never a test half.  Each cell is cut into clauses as the reader cuts it (`needs._read_cell`) and each
clause labelled (benchmarks/need_model_train.py).  For each writer a model is fitted on the OTHER writers
and judged on that writer's cells: the model alone (a cell's codes: each clause's likeliest), the rules
alone (today's reader, the model's hook off) and the combination (normalizers/need_model_hook.py: a sure
need whose code the model gives less than `contradict_below` goes to review; a cell the rules read no need
in gets the model's likeliest code, below review).  The thresholds are chosen by those LOWO figures only,
and written into the file.  The LOWO models are kept in .cache/need_model_lowo/ (git-ignored):
benchmarks/fresh_need_signatures.py gives fresh readings the opinion of the model that never saw their
writer.  Deterministic: the same data give the same bytes.
"""
from __future__ import annotations

import argparse
import datetime
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_codes import EVAL, _rows  # noqa: E402
from need_model_train import Clause, design, fit, target_matrix, targets  # noqa: E402
from normalizers import match_needs, need_model, need_model_hook, needs  # noqa: E402
from normalizers.matcher import REVIEW, Match, taxonomy  # noqa: E402

BED = ROOT / "benchmarks" / "layoutbed"
OUT = ROOT / "normalizers" / "data" / "need_model.npz"
LOWO_DIR = ROOT / ".cache" / "need_model_lowo"
CONTRADICT = (0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3)
BAR = 0.8               # as data/need_calibration.yaml's bar
SWAP_TOP = (0.5, 0.7, 0.9)
SWAP_BELOW = (0.05, 0.1)


def pool_dirs() -> list[Path]:
    found = [p for p in BED.glob("pools*") if (p / "tune" / "needs.tsv").is_file()]
    return sorted(found, key=lambda p: (len(p.name), p.name))


def read(halves: list[tuple[str, Path]]) -> list[dict]:
    """Per cell: writer, gold, the reader's clauses with the rules' codes of each, and its needs
    (code, score, method, text) as the reader gives them with the model's hook off."""
    need_model_hook.ACTIVE[0] = False
    try:
        cells = []
        for name, path in halves:
            for cell, gold in _rows(path):
                phrases, found = needs._read_cell(cell)
                cells.append({"writer": name, "gold": set(gold.split(",")), "phrases": phrases,
                              "rules": [{m.code for m in ms} for ms in found],
                              "needs": [(m.code, m.score, m.method, m.text) for m in match_needs(cell)]})
        return cells
    finally:
        need_model_hook.ACTIVE[0] = True


def fresh(names: list[str]) -> list[dict]:
    """Fresh readings (benchmarks/fresh_need_signatures.py: each pool's tune half read by the code of the
    day it landed, before anybody tuned on it) of the writers that have them, as `read` gives cells: what
    a new writer's cells meet, the combination's honest measure (today's rules were tuned on these halves)."""
    import json
    from fresh_need_signatures import NAMES, read_fresh
    cells = []
    for name in [n for n in names if n in NAMES]:
        for line in read_fresh(name):
            c = json.loads(line)
            cells.append({"writer": name, "gold": set(c["gold"]), "phrases": tuple(c["phrases"]),
                          "needs": list(zip(c["codes"], c["scores"], c["methods"], c["texts"]))})
    return cells


def clauses_of(cells: list[dict]) -> list[Clause]:
    return [Clause(c["writer"], p, t) for c in cells
            for p, t in zip(c["phrases"], targets(c["gold"], c["phrases"], c["rules"]))]


def train(clauses: list[Clause], codes: tuple[str, ...], iters: int) -> need_model.NeedModel:
    return fit(design([c.text for c in clauses]), target_matrix(clauses, codes), codes, iters=iters)


def f1(pairs: list[tuple[set, set]]) -> float:
    tp = sum(len(g & r) for g, r in pairs)
    fp = sum(len(r - g) for g, r in pairs)
    fn = sum(len(g - r) for g, r in pairs)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def judge(cells: list[dict], probs, settings: dict) -> dict:
    """Figures of one writer's cells: model alone, rules alone, the combination (need_model_hook.say)."""
    model_sets, rules_sets, comb_sets = [], [], []
    sure_r = sure_c = right_r = right_c = 0
    for c in cells:
        best = {t: max(probs(t), key=probs(t).get) for t in c["phrases"]}
        model_sets.append((c["gold"], set(best.values())))
        rules = [Match(code, s, m, t) for code, s, m, t in c["needs"]]
        comb = need_model_hook.say(c["phrases"], rules, probs, settings)
        for ms, sets in ((rules, rules_sets), (comb, comb_sets)):
            sets.append((c["gold"], {m.code for m in ms}))
        ok_r, ok_c = rules_sets[-1][1] == c["gold"], comb_sets[-1][1] == c["gold"]
        s_r = bool(rules) and min(m.score for m in rules) >= REVIEW
        s_c = bool(comb) and min(m.score for m in comb) >= REVIEW
        sure_r, right_r = sure_r + s_r, right_r + (s_r and ok_r)
        sure_c, right_c = sure_c + s_c, right_c + (s_c and ok_c)
    n = len(cells)
    return {"n": n, "model_f1": f1(model_sets), "model_exact": sum(g == r for g, r in model_sets) / n,
            "rules_f1": f1(rules_sets), "comb_f1": f1(comb_sets),
            "rules_sure": (right_r, sure_r), "comb_sure": (right_c, sure_c)}


def lowo(cells: list[dict], names: list[str], codes: tuple[str, ...], iters: int, keep: Path | None) -> dict:
    """Per writer, the model fitted on the others: its probs function (cached per text)."""
    out = {}
    for name in names:
        m = train(clauses_of([c for c in cells if c["writer"] != name]), codes, iters)
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            need_model.save(keep / f"{name.replace(':', '_')}.npz", m, f"lowo without {name}")
        cache: dict[str, dict] = {}
        out[name] = lambda t, m=m, cache=cache: cache.setdefault(t, m.probs(t))
    return out


def _share(right_sure: tuple[int, int], n: int) -> str:
    r, s = right_sure
    return f"{r / s if s else float('nan'):.3f} ({r}/{s}), sure {s / n:.3f}"


def report(cells: list[dict], names: list[str], models: dict, settings: dict) -> list[str]:
    lines, total = [], Counter()
    per = {}
    for name in names:
        own = [c for c in cells if c["writer"] == name]
        j = judge(own, models[name], settings)
        per[name] = j
        lines.append(f"{name:>9}: n={j['n']:>3} model F1 {j['model_f1']:.3f} exact {j['model_exact']:.3f} | "
                     f"rules F1 {j['rules_f1']:.3f} right among sure {_share(j['rules_sure'], j['n'])} | "
                     f"combination F1 {j['comb_f1']:.3f} right among sure {_share(j['comb_sure'], j['n'])}")
        for k in ("rules_sure", "comb_sure"):
            total[k + "_r"] += j[k][0]
            total[k + "_s"] += j[k][1]
        total["n"] += j["n"]
    mean = {k: np.mean([per[n][k] for n in names]) for k in ("model_f1", "rules_f1", "comb_f1")}
    lines.append(f"      all: n={total['n']} mean F1 model {mean['model_f1']:.3f}, rules {mean['rules_f1']:.3f}, "
                 f"combination {mean['comb_f1']:.3f}; right among sure rules "
                 f"{_share((total['rules_sure_r'], total['rules_sure_s']), total['n'])}, combination "
                 f"{_share((total['comb_sure_r'], total['comb_sure_s']), total['n'])}")
    return lines


def _mean_f1(cells: list[dict], names: list[str], models: dict, settings: dict) -> tuple[float, list[float]]:
    per = [judge([c for c in cells if c["writer"] == n], models[n], settings) for n in names]
    return float(np.mean([j["comb_f1"] for j in per])), [j["comb_f1"] - j["rules_f1"] for j in per]


def choose(cells: list[dict], names: list[str], models: dict, lines: list[str], sure_too: bool = True) -> dict:
    """The hook's thresholds, by LOWO figures on `cells` only.  Codes first: fill on, then a swap, where
    it raises the writers' mean F1 and lowers no writer's; then contradict_below raised step by step while
    the sure cells each step sends to review are right less often than the calibration's bar (a reading
    right less often than that goes to review, need_calibration.py): never a step that sends mostly right
    cells away."""
    settings = {"fill": 0.0, "swap_top": 2.0, "swap_below": 0.0, "swap_sure": 0.0, "contradict_below": 0.0}
    base, _ = _mean_f1(cells, names, models, settings)
    lines.append(f"  rules alone: mean F1 {base:.4f}")
    best = (base, dict(settings))
    tries = [{"fill": 1.0}] + [{"swap_top": t, "swap_below": b, "swap_sure": s}
                               for t in SWAP_TOP for b in SWAP_BELOW for s in ((0.0, 1.0) if sure_too else (0.0,))]
    for change in tries:
        trial = dict(best[1], **change)
        f, gains = _mean_f1(cells, names, models, trial)
        lines.append(f"  {' '.join(f'{k} {v:g}' for k, v in change.items())}: mean F1 {f:.4f}, writers up "
                     f"{sum(g > 1e-9 for g in gains)}, down {sum(g < -1e-9 for g in gains)}")
        if f > best[0] + 1e-9 and min(gains) >= -1e-9:
            best = (f, trial)
    settings = best[1]
    prev, steps_ok = None, True
    for t in (0.0,) + CONTRADICT:
        trial = dict(settings, contradict_below=t)
        per = [judge([c for c in cells if c["writer"] == n], models[n], trial) for n in names]
        r, s = sum(x["comb_sure"][0] for x in per), sum(x["comb_sure"][1] for x in per)
        step = ""
        if prev is not None:
            gone, gone_right = prev[1] - s, prev[0] - r
            steps_ok = steps_ok and (not gone or gone_right / gone < BAR)
            step = f"; this step sends {gone} sure cells to review, {gone_right} of them right"
            if steps_ok:
                settings["contradict_below"] = t
        lines.append(f"  contradict_below {t:.2f}: right among sure {r / s:.3f} ({r}/{s}), sure {s / len(cells):.3f}{step}")
        prev = (r, s)
    return settings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pools", nargs="+", type=Path, help="pool folders (holding tune/needs.tsv) [default: every pool]")
    ap.add_argument("--no-dev", action="store_true", help="leave tests/eval's dev half out")
    ap.add_argument("--iters", type=int, default=300, help="full-batch Adam steps [default 300]")
    ap.add_argument("--out", type=Path, default=OUT, help=f"the model written [default {OUT.relative_to(ROOT)}]")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    ap.add_argument("--no-fresh", action="store_true", help="choose the setting on today's readings, not fresh ones")
    ap.add_argument("--swap-guesses-only", action="store_true",
                    help="let the model swap only needs already below review (never try swap_sure 1)")
    ap.add_argument("--no-lowo", action="store_true", help="fit on every writer and write; no LOWO figures")
    args = ap.parse_args()
    t0 = time.perf_counter()
    dirs = args.pools or pool_dirs()
    halves = [(p.name, p / "tune" / "needs.tsv") for p in dirs] + ([] if args.no_dev else [("eval:dev", EVAL / "needs_dev.tsv")])
    cells = read(halves)
    names = [n for n, _ in halves]
    codes = tuple(sorted(taxonomy("needs").codes))
    lines = [f"{len(cells)} cells, {sum(len(c['phrases']) for c in cells)} clauses, {len(names)} writers"]
    settings = {"fill": 0.0, "swap_top": 2.0, "swap_below": 0.0, "swap_sure": 0.0, "contradict_below": 0.0}
    if not args.no_lowo and len(names) > 1:
        models = lowo(cells, names, codes, args.iters, None if args.dry_run else LOWO_DIR)
        new = [] if args.no_fresh else fresh(names)
        judged = new or cells
        fresh_names = [n for n in names if any(c["writer"] == n for c in judged)]
        lines.append(f"the setting, chosen on {'fresh readings' if new else 'today readings'} "
                     f"({len(judged)} cells; before: contradict_below 0, fill off):")
        settings = choose(judged, fresh_names, models, lines, not args.swap_guesses_only)
        lines.append("chosen: " + ", ".join(f"{k} {v:g}" for k, v in settings.items()))
        if new:
            lines.append("per writer, LOWO, FRESH readings (rules of the day the pool landed):")
            lines += report(new, fresh_names, models, settings)
        lines.append("per writer, LOWO, today's reader (tuned on these halves: its figures flatter the rules):")
        lines += report(cells, names, models, settings)
    print("\n".join(lines))
    if args.dry_run:
        return
    m = replace(train(clauses_of(cells), codes, args.iters), settings=tuple(sorted(settings.items())))
    meta = "\n".join([f"PYTHONPATH=. .venv/bin/python benchmarks/fit_need_model.py ({datetime.date.today()})",
                      f"writers: {', '.join(names)}", "settings: " + ", ".join(f"{k} {v:g}" for k, v in settings.items())] + lines)
    need_model.save(args.out, m, meta)
    print(f"written: {args.out} ({args.out.stat().st_size} bytes, {len(m.keys)} buckets)")
    print(f"time: {time.perf_counter() - t0:.1f}s")


if __name__ == "__main__":
    main()
