"""Rendering matrix: seeds 000 and 001 printed many ways, read back, compared field by field.

Each rendering writes the seed's content to .docx (tests/fixtures/build.py) with
another font, size, orientation or Russian automatic hyphenation, prints it to
PDF with LibreOffice and runs the pipeline on it.  The records (touchpoints,
roadmap) are compared with those of the seed's text file, field by field
(provenance fields aside).  Printed: per rendering the share of agreeing fields,
every differing field, and the count of wrong deadlines (a roadmap deadline that
is a date but not the text's date - the silent kind of error).

Slow (one LibreOffice run for all renderings) and optional:

    nice .venv/bin/python benchmarks/render_matrix.py [--only NAME] [--quiet]

Needs LibreOffice, the fonts of ./setup.sh and, for hyphenation, hyphen-ru.
A font resolving to a fallback stops the run (FontFallbackError).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from parsers.formats.text import read as read_text  # noqa: E402
from pipeline.run.process import process_path  # noqa: E402
from tests.fixtures.build import check_font, seed, to_pdf, write_docx  # noqa: E402

PROVENANCE = {"doc_id", "source_page", "source_row", "source_bbox", "source_locator"}   # where, not what
TABLES = ("touchpoints", "roadmap")


@dataclass(frozen=True)
class Rendering:
    name: str
    font: str
    size_pt: float
    landscape: bool = True
    hyphenate: bool = False


RENDERINGS = [
    Rendering("times10-land", "Times New Roman", 10),
    Rendering("times12-port", "Times New Roman", 12, landscape=False),
    Rendering("times10-land-hyph", "Times New Roman", 10, hyphenate=True),
    Rendering("arial10-land", "Arial", 10),
    Rendering("arial9-port-hyph", "Arial", 9, landscape=False, hyphenate=True),
    Rendering("calibri11-land", "Calibri", 11),
    Rendering("cambria10-port", "Cambria", 10, landscape=False),
    Rendering("dejavuserif10-land", "DejaVu Serif", 10),
    Rendering("dejavusans11-port-hyph", "DejaVu Sans", 11, landscape=False, hyphenate=True),
    Rendering("courier9-land", "Courier New", 9),
]


def records(result) -> dict[str, list[dict]]:
    return {t: [{k: v for k, v in r.items() if k not in PROVENANCE} for r in getattr(result, t)] for t in TABLES}


def _aligned(w_rows: list[dict], g_rows: list[dict]):
    """Pairs (text row or {}, pdf row or {}): rows aligned by content (difflib), so that one
    lost or extra row counts once, not as a shift of every row after it."""
    import difflib
    import json
    sig = lambda r: json.dumps({k: v for k, v in r.items() if k not in ("row_id", "item_no", "parent_no")},
                               ensure_ascii=False, sort_keys=True, default=str)
    sm = difflib.SequenceMatcher(None, [sig(r) for r in w_rows], [sig(r) for r in g_rows], autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        n = max(i2 - i1, j2 - j1)
        for d in range(n):
            yield (w_rows[i1 + d] if i1 + d < i2 else {}), (g_rows[j1 + d] if j1 + d < j2 else {}), i1 + d


def compare(want: dict, got: dict) -> tuple[int, int, list[str], int]:
    """(agreeing fields, all fields, differences, wrong deadlines)."""
    same = total = wrong = 0
    diffs: list[str] = []
    for t in TABLES:
        w_rows, g_rows = want[t], got[t]
        if len(w_rows) != len(g_rows):
            diffs.append(f"{t}: {len(g_rows)} rows, text has {len(w_rows)}")
        for w, g, i in _aligned(w_rows, g_rows):
            for k in sorted(set(w) | set(g)):
                total += 1
                if w.get(k) == g.get(k):
                    same += 1
                    continue
                diffs.append(f"{t}[{i}].{k}: {str(g.get(k))[:90]!r} != text {str(w.get(k))[:90]!r}")
                if t == "roadmap" and k == "deadline" and g.get(k) is not None:
                    wrong += 1
    return same, total, diffs, wrong


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="run only the renderings whose name contains this")
    ap.add_argument("--quiet", action="store_true", help="print figures only, not every difference")
    ap.add_argument("--keep", type=Path, help="keep the rendered files in this folder")
    args = ap.parse_args(argv)
    chosen = [r for r in RENDERINGS if not args.only or args.only in r.name]
    for font in sorted({r.font for r in chosen}):
        check_font(font)
    keys = ("000", "001")
    texts = {k: records(process_path(seed(k))) for k in keys}
    out = args.keep or Path(tempfile.mkdtemp(prefix="render_matrix_"))
    out.mkdir(parents=True, exist_ok=True)
    docx = []
    for r in chosen:
        for k in keys:
            docx.append(write_docx(read_text(seed(k)), out / f"{k}-{r.name}.docx", font=r.font,
                                   size_pt=r.size_pt, landscape=r.landscape, hyphenate=r.hyphenate))
    if not all((out / f"{p.stem}.pdf").exists() for p in docx):
        to_pdf(docx, out)
    worst, wrong_all = 100.0, 0
    print(f"{'rendering':26} {'seed':4} {'fields':>7} {'agree':>7} {'wrong deadlines':>16}")
    for r in chosen:
        for k in keys:
            same, total, diffs, wrong = compare(texts[k], records(process_path(out / f"{k}-{r.name}.pdf")))
            share = 100.0 * same / total if total else 100.0
            worst, wrong_all = min(worst, share), wrong_all + wrong
            print(f"{r.name:26} {k:4} {total:7d} {share:6.2f}% {wrong:16d}")
            if not args.quiet:
                for d in diffs:
                    print(f"    {d}")
    print(f"worst agreement {worst:.2f}% over {len(chosen) * len(keys)} rendered files; "
          f"wrong deadlines in all: {wrong_all}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
