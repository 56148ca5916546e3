"""Split a combined evaluation pool into its fixed `tune/` and `test/` halves.

The rule was fixed before any phrase was written, so nobody can choose which
phrases are held out: a data line goes to `test/` when
``zlib.crc32(first_field.encode("utf-8")) % 2 == 1``, else to `tune/`.
The header line goes to both halves; `# ` comment lines travel with the data
line that follows them (they explain that line's code).

Usage: python split.py channels.tsv needs.tsv ...   (no arguments: every *.tsv here)
"""
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def half_of(phrase: str) -> str:
    return "test" if zlib.crc32(phrase.encode("utf-8")) % 2 == 1 else "tune"


def split(path: Path) -> dict:
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
    for half, rows in out.items():
        dest = path.parent / half / path.name
        dest.parent.mkdir(exist_ok=True)
        dest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return {h: sum(1 for r in rows[1:] if not r.startswith("#")) for h, rows in out.items()}


def main(argv):
    paths = [Path(a) for a in argv] or sorted(HERE.glob("*.tsv"))
    for p in paths:
        counts = split(p)
        print(f"{p.name}\ttune={counts['tune']}\ttest={counts['test']}")


if __name__ == "__main__":
    main(sys.argv[1:])
