"""Split the fourth pool's combined files into tune/ and test/ halves.

The rule was fixed before any phrase was written: a data line goes to
test/ when crc32 of its first field (UTF-8) is odd, else to tune/.
A `#` comment line travels with the data line right after it.
`--check` exits 1 when a half on disk differs from what the rule gives.
"""
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ("channels.tsv", "needs.tsv", "processes.tsv", "directions.tsv",
         "roadmap.tsv", "deadlines.tsv", "responsible.tsv",
         "procedure_leadins.tsv")


def halves(text: str) -> tuple[str, str, int, int]:
    """Return (tune text, test text, tune count, test count)."""
    lines = text.splitlines()
    header, out = lines[0], {"tune": [lines[0]], "test": [lines[0]]}
    pending: list[str] = []
    counts = {"tune": 0, "test": 0}
    for line in lines[1:]:
        if not line.strip():
            continue
        if line.startswith("#"):
            pending.append(line)  # a comment belongs to the next data line
            continue
        first = line.split("\t", 1)[0]
        half = "test" if zlib.crc32(first.encode("utf-8")) % 2 == 1 else "tune"
        out[half].extend(pending + [line])
        counts[half] += 1
        pending = []
    del header
    return ("\n".join(out["tune"]) + "\n", "\n".join(out["test"]) + "\n",
            counts["tune"], counts["test"])


def main(argv: list[str]) -> int:
    check = "--check" in argv
    bad = 0
    print(f"{'file':24} {'all':>5} {'tune':>5} {'test':>5}")
    for name in FILES:
        src = HERE / name
        if not src.exists():
            continue
        tune, test, n_tune, n_test = halves(src.read_text(encoding="utf-8"))
        for half, text in (("tune", tune), ("test", test)):
            path = HERE / half / name
            if check:
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    print(f"{half}/{name} differs from the split rule")
                    bad = 1
            else:
                path.parent.mkdir(exist_ok=True)
                path.write_text(text, encoding="utf-8")
        print(f"{name:24} {n_tune + n_test:5} {n_tune:5} {n_test:5}")
    return bad


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
