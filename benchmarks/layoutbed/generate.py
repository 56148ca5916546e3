"""Generates a corpus: documents of each kind rendered in each format, and their gold.

File names are `<kind>-<label>-<nnn>__<format>.<ext>` (label: the half, prefixed by the
pool set's name when it is not the first one, e.g. `pools2tune`), so the benchmark maps the
program's `source_path` back to the document and the format."""
from __future__ import annotations

import json
import random
from pathlib import Path

from . import (convert, extra_procedure, extra_roadmap, extra_touch, h2_procedure, h2_roadmap, h2_touch,
               h3_procedure, h3_roadmap, h3_touch, h4_procedure, h4_roadmap, h4_touch, h5_procedure, h5_roadmap,
               h5_touch, h6_procedure, h6_roadmap, h6_touch, h7_procedure, h7_roadmap, h7_touch,
               h8_procedure, h8_roadmap, h8_touch, h9_procedure, h9_roadmap, h9_touch,
               h10_procedure, h10_roadmap, h10_touch, h11_procedure, h11_roadmap, h11_touch,
               h12_procedure, h12_roadmap, h12_touch, h13_procedure, h13_roadmap, h13_touch,
               h14_procedure, h14_roadmap, h14_touch,
               ho_procedure, ho_roadmap, ho_touch, procedure_layout,
               render_docx, render_txt, roadmap_layout, touch_layout, x2_procedure, x2_roadmap, x2_touch)
from .axes import AxisPlan
from .doc import Doc
from .pools import Pools

BUILDERS = {"touchpoint_list": touch_layout.build, "roadmap": roadmap_layout.build,
            "procedure": procedure_layout.build}
# the layouts of `--layouts extra`: their own axes, documents named `tpx-…`, `rmx-…`, `prx-…`
EXTRA = {"touchpoint_list": extra_touch.build, "roadmap": extra_roadmap.build, "procedure": extra_procedure.build}
# `--layouts extra2` (`tpy-…`): newer axes the readers may be tuned on
EXTRA2 = {"touchpoint_list": x2_touch.build, "roadmap": x2_roadmap.build, "procedure": x2_procedure.build}
# `--layouts heldout` (`tph-…`): layouts nobody tunes on (run once before the readers change, once at the end)
HELDOUT = {"touchpoint_list": ho_touch.build, "roadmap": ho_roadmap.build, "procedure": ho_procedure.build}
# `--layouts heldout2` (`tpz-…`): a second held-out set, written after `heldout`; in no other set, not in `all`
HELDOUT2 = {"touchpoint_list": h2_touch.build, "roadmap": h2_roadmap.build, "procedure": h2_procedure.build}
# `--layouts heldout3` (`tpw-…`): a third held-out set, written without reading the readers; in no other set
HELDOUT3 = {"touchpoint_list": h3_touch.build, "roadmap": h3_roadmap.build, "procedure": h3_procedure.build}
# `--layouts heldout4` (`tpv-…`): a fourth held-out set, written without reading the readers; in no other set
HELDOUT4 = {"touchpoint_list": h4_touch.build, "roadmap": h4_roadmap.build, "procedure": h4_procedure.build}
# `--layouts heldout5` (`tpu-…`): a fifth held-out set, written without reading the readers; in no other set
HELDOUT5 = {"touchpoint_list": h5_touch.build, "roadmap": h5_roadmap.build, "procedure": h5_procedure.build}
# `--layouts heldout6` (`tpt-…`): a sixth held-out set, written without reading the readers; in no other set
HELDOUT6 = {"touchpoint_list": h6_touch.build, "roadmap": h6_roadmap.build, "procedure": h6_procedure.build}
# `--layouts heldout7` (`tps-…`): a seventh held-out set, written without reading the readers; in no other set
HELDOUT7 = {"touchpoint_list": h7_touch.build, "roadmap": h7_roadmap.build, "procedure": h7_procedure.build}
# `--layouts heldout8` (`tpr-…`): an eighth held-out set, written without reading the readers; in no other set
HELDOUT8 = {"touchpoint_list": h8_touch.build, "roadmap": h8_roadmap.build, "procedure": h8_procedure.build}
# `--layouts heldout9` (`tpq-…`): a ninth held-out set, written without reading the readers; in no other set
HELDOUT9 = {"touchpoint_list": h9_touch.build, "roadmap": h9_roadmap.build, "procedure": h9_procedure.build}
# `--layouts heldout10` (`tpp-…`): a tenth held-out set, written without reading the readers; in no other set
HELDOUT10 = {"touchpoint_list": h10_touch.build, "roadmap": h10_roadmap.build, "procedure": h10_procedure.build}
# `--layouts heldout11` (`tpo-…`): an eleventh held-out set, written without reading the readers; in no other set
HELDOUT11 = {"touchpoint_list": h11_touch.build, "roadmap": h11_roadmap.build, "procedure": h11_procedure.build}
# `--layouts heldout12` (`tpn-…`): a twelfth held-out set, written without reading the readers; in no other set
HELDOUT12 = {"touchpoint_list": h12_touch.build, "roadmap": h12_roadmap.build, "procedure": h12_procedure.build}
# `--layouts heldout13` (`tpm-…`): a thirteenth held-out set, written without reading the readers; in no other set
HELDOUT13 = {"touchpoint_list": h13_touch.build, "roadmap": h13_roadmap.build, "procedure": h13_procedure.build}
# `--layouts heldout14` (`tpl-…`): a fourteenth held-out set, written without reading the readers; in no other set
HELDOUT14 = {"touchpoint_list": h14_touch.build, "roadmap": h14_roadmap.build, "procedure": h14_procedure.build}
SHORT = {"touchpoint_list": "tp", "roadmap": "rm", "procedure": "pr"}
FORMATS = ("txt", "docx", "pdf", "scan")
LAYOUTS = ("base", "extra", "all", "extra2", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
           "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12",
           "heldout13", "heldout14")


def documents(pools: Pools, seed: int, n_docs: int, kinds=tuple(BUILDERS), layouts: str = "base") -> list[Doc]:
    """`base`: the documents the bed has always made (unchanged, so figures stay comparable);
    `extra`: documents in the newer layouts; `all`: both; `extra2`: the layouts added after the
    readers were tuned on `extra`; `heldout`, `heldout2` … `heldout14`: layouts no reader is
    tuned on."""
    docs = []
    sets = {"base": [("", BUILDERS)], "extra": [("x", EXTRA)], "all": [("", BUILDERS), ("x", EXTRA)],
            "extra2": [("y", EXTRA2)], "heldout": [("h", HELDOUT)], "heldout2": [("z", HELDOUT2)],
            "heldout3": [("w", HELDOUT3)], "heldout4": [("v", HELDOUT4)],
            "heldout5": [("u", HELDOUT5)], "heldout6": [("t", HELDOUT6)],
            "heldout7": [("s", HELDOUT7)], "heldout8": [("r", HELDOUT8)],
            "heldout9": [("q", HELDOUT9)], "heldout10": [("p", HELDOUT10)],
            "heldout11": [("o", HELDOUT11)], "heldout12": [("n", HELDOUT12)],
            "heldout13": [("m", HELDOUT13)], "heldout14": [("l", HELDOUT14)]}[layouts]
    keys = {"": "", "x": ":extra", "y": ":extra2", "h": ":heldout", "z": ":heldout2", "w": ":heldout3",
            "v": ":heldout4", "u": ":heldout5", "t": ":heldout6", "s": ":heldout7",
            "r": ":heldout8", "q": ":heldout9", "p": ":heldout10", "o": ":heldout11",
            "n": ":heldout12", "m": ":heldout13", "l": ":heldout14"}
    for suffix, builders in sets:
        for kind in (k for k in kinds if k in builders):
            # the base plan and names are keyed as they always were; the other sets apart from them
            plan = AxisPlan(seed, n_docs, kind + keys[suffix])
            for i in range(n_docs):
                rng = random.Random(f"{seed}:{pools.label}:{kind}:{i}" + keys[suffix])
                docs.append(builders[kind](rng, pools, plan, i, f"{SHORT[kind]}{suffix}-{pools.label}-{i:03d}"))
    return docs


def render(docs: list[Doc], folder: Path, formats: tuple[str, ...], n_scan: int, seed: int) -> list[Path]:
    """Writes the files (scans only for the first `n_scan` documents of each kind: OCR is slow)."""
    folder.mkdir(parents=True, exist_ok=True)
    made, word = [], []
    work = folder.parent / f".{folder.name}-work"
    work.mkdir(exist_ok=True)
    for d in docs:
        if "txt" in formats:
            made.append(render_txt.write(d, folder / f"{d.name}__txt.txt"))
        if "docx" in formats:
            made.append(render_docx.write(d, folder / f"{d.name}__docx.docx"))
        if "pdf" in formats or ("scan" in formats and _scanned(d.name, n_scan)):
            word.append(render_docx.write(d, work / f"{d.name}.docx"))
    for pdf in convert.to_pdf(word, work):
        if "pdf" in formats:
            made.append(folder / f"{pdf.stem}__pdf.pdf")
            made[-1].write_bytes(pdf.read_bytes())
        if "scan" in formats and _scanned(pdf.stem, n_scan):
            made.append(convert.to_scan(pdf, folder / f"{pdf.stem}__scan.pdf", seed))
    for p in work.iterdir():
        p.unlink()
    work.rmdir()
    return made


def _scanned(name: str, n_scan: int) -> bool:
    return int(name.rsplit("-", 1)[1]) < n_scan


def write_gold(docs: list[Doc], path: Path) -> None:
    path.write_text(json.dumps({d.name: {"kind": d.kind, "axes": d.axes, "gold": d.gold} for d in docs},
                               ensure_ascii=False, indent=1), encoding="utf-8")
