"""CPU time of the header reader (parsers.extract.metadata.read_metadata) alone.

    python benchmarks/bench_metadata.py [--passes 5] [--code CHECKOUT]

Reads every file of the real-order corpus (tests/data/real/*/) and of the seeds once, then
runs read_metadata over all of them `--passes` times, clearing the per-text caches of the
header reader and textcore before each pass, so that each pass meets the documents as a
rebuild does (each one once; the morphology and the vocabularies stay loaded).  Prints CPU
seconds and ms per document.  `--code` imports the program from another checkout (e.g. a
worktree of main) on this checkout's corpus, for a before/after on the same machine.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path("/work/shared/seeds")
# caches that hold loaded data, not per-text results: kept across passes
_KEEP = {"morph", "vocab", "grammar", "_candidates", "_kind_stems", "_short_name", "_short_name_openings",
         "_spelled", "all_regions", "_municipal", "_acronym", "_federal"}


def _documents() -> list:
    from parsers.detect import detect
    from parsers.formats import read_document

    paths = sorted((ROOT / "tests" / "data" / "real").glob("*/*.txt"))
    paths += sorted(p for p in SEEDS.rglob("*") if p.is_file() and p.suffix != ".md") if SEEDS.is_dir() else []
    docs = []
    for p in paths:
        try:
            docs.append(read_document(p, detect(p)))
        except Exception:          # a file no reader takes is not the header reader's time
            continue
    return docs


def _clear_text_caches() -> None:
    import parsers.extract.header_words as header_words
    import parsers.extract.issuer as issuer
    import textcore.lemmas as lemmas
    import textcore.regions as regions

    for mod in (lemmas, regions, header_words, issuer):
        for name, obj in list(vars(mod).items()):
            if hasattr(obj, "cache_clear") and name not in _KEEP:
                obj.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose program is timed")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    from parsers.extract.metadata import read_metadata
    from parsers.formats.text import parse_text

    docs = _documents()
    read_metadata(parse_text("ПРАВИТЕЛЬСТВО ОМСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nот 1 марта 2020 г. N 5\nО плане"))
    total = 0.0
    for _ in range(args.passes):
        _clear_text_caches()
        t = time.process_time()
        for d in docs:
            read_metadata(d)
        total += time.process_time() - t
    print(f"program: {args.code.resolve()}   {len(docs)} documents x {args.passes} passes: "
          f"{total:.2f} s CPU, {1000 * total / args.passes / len(docs):.2f} ms/doc")


if __name__ == "__main__":
    main()
