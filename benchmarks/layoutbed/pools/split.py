"""Split a combined evaluation pool into its fixed `tune/` and `test/` halves.

The rule was fixed before any phrase was written, so nobody can choose which
phrases are held out: a data line goes to `test/` when
``zlib.crc32(first_field.encode("utf-8")) % 2 == 1``, else to `tune/`.
The header line goes to both halves; `# ` comment lines travel with the data
line that follows them (they explain that line's code).

Usage: python split.py [--check] [channels.tsv needs.tsv ...]   (no files: every *.tsv here)
With --check nothing is written; the exit status is 1 when a half on disk
differs from what the rule gives (someone edited a half instead of the pool).
"""
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def half_of(phrase: str) -> str:
    return "test" if zlib.crc32(phrase.encode("utf-8")) % 2 == 1 else "tune"


def halves(path: Path) -> dict:
    """The text each half must hold, by the fixed rule."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header, body = lines[0], lines[1:]
    out = {"tune": [header], "test": [header]}
    pending = []  # comment lines waiting for their data line
    for line in body:
        if not line.strip():
            continue
        if line.startswith("#"):
            pending.append(line)
            continue
        half = half_of(line.split("\t", 1)[0])
        out[half] += pending + [line]
        pending = []
    return {h: "\n".join(rows) + "\n" for h, rows in out.items()}


def data_lines(text: str) -> int:
    return sum(1 for r in text.splitlines()[1:] if not r.startswith("#"))


def main(argv):
    check = "--check" in argv
    paths = [Path(a) for a in argv if a != "--check"] or sorted(HERE.glob("*.tsv"))
    stale = []
    for p in paths:
        texts = halves(p)
        for half, text in texts.items():
            dest = p.parent / half / p.name
            if check:
                if not dest.exists() or dest.read_text(encoding="utf-8") != text:
                    stale.append(str(dest))
                continue
            dest.parent.mkdir(exist_ok=True)
            dest.write_text(text, encoding="utf-8")
        print(f"{p.name}\ttune={data_lines(texts['tune'])}\ttest={data_lines(texts['test'])}")
    for s in stale:
        print(f"stale: {s}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
