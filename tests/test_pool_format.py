"""The evaluation phrase pools keep their format (benchmarks/layoutbed/pools/README.md): each pool's halves are
what the crc32 split rule gives from its combined files, every data line has its header's fields, and every gold
code belongs to its taxonomy. Failures name a file and a line number only, never a phrase: the `test/` halves
are closed to builders."""
import datetime
import importlib.util
import zlib
from pathlib import Path

import pytest

from pipeline.analyst.labels import labels_table

BED = Path(__file__).resolve().parent.parent / "benchmarks" / "layoutbed"
# pools3 is a tune half only, with no combined files to split
POOLS = ("pools", "pools2", "pools4", "pools5", "pools6", "pools7", "pools8", "pools9", "pools10", "pools11", "pools12", "pools13", "pools14", "pools15", "pools16", "pools17")
# the pools whose README promises every code a line in each half
COVERED = ("pools9", "pools10", "pools11", "pools12", "pools13", "pools14", "pools15", "pools16", "pools17")
HEADERS = {"channels.tsv": ("phrase", "code"), "needs.tsv": ("phrase", "codes"),
           "processes.tsv": ("process", "direction"), "directions.tsv": ("heading", "direction"),
           "roadmap.tsv": ("activity", "milestone"), "deadlines.tsv": ("deadline_raw", "date"),
           "responsible.tsv": ("responsible_raw", "names", "positions"),
           "procedure_leadins.tsv": ("leadin", "list_kind")}
TAXONOMY = {"channels.tsv": "channel", "needs.tsv": "needs", "processes.tsv": "direction",
            "directions.tsv": "direction", "roadmap.tsv": "milestone", "procedure_leadins.tsv": "list_kind"}


def _codes(taxonomy: str) -> set[str]:
    table = labels_table().to_pylist()
    return {r["code"] for r in table if r["taxonomy"] == taxonomy}


def _data_lines(path: Path) -> list[tuple[int, list[str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(i, ln.split("\t")) for i, ln in enumerate(lines[1:], 2) if ln.strip() and not ln.startswith("#")]


def _split_rule():
    spec = importlib.util.spec_from_file_location("pools2_split", BED / "pools2" / "split.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("pool", POOLS)
def test_halves_are_what_the_split_rule_gives(pool):
    rule = _split_rule()
    for name in HEADERS:
        combined = (BED / pool / name).read_text(encoding="utf-8")
        tune, test, n_tune, n_test = rule.halves(combined)
        assert (BED / pool / "tune" / name).read_text(encoding="utf-8") == tune, f"{pool}/tune/{name}"
        assert (BED / pool / "test" / name).read_text(encoding="utf-8") == test, f"{pool}/test/{name}"
        assert n_tune and n_test, f"{pool}/{name}: a half is empty"


def test_the_split_rule_is_crc32_parity():
    """The rule itself, checked on one line whose parity is computed here."""
    first = "Сайт министерства"
    tune, test, _, _ = _split_rule().halves(f"phrase\tcode\n# why\n{first}\twebsite\n")
    odd = zlib.crc32(first.encode("utf-8")) % 2 == 1
    assert ((first in test) and "# why" in test) == odd and ((first in tune) and "# why" in tune) != odd


@pytest.mark.parametrize("pool", POOLS)
def test_every_line_has_its_header_and_a_known_code(pool):
    for name, header in HEADERS.items():
        path = BED / pool / name
        assert tuple(path.read_text(encoding="utf-8").splitlines()[0].split("\t")) == header, f"{pool}/{name}"
        allowed = _codes(TAXONOMY[name]) if name in TAXONOMY else None
        for no, fields in _data_lines(path):
            assert len(fields) <= len(header) and fields[0].strip(), f"{pool}/{name}: line {no}"
            if allowed is not None:
                codes = fields[1].split(",") if len(fields) > 1 else [""]
                assert codes and set(codes) <= allowed, f"{pool}/{name}: line {no} has a code outside {TAXONOMY[name]}"
            elif name == "deadlines.tsv" and len(fields) > 1 and fields[1]:
                datetime.date.fromisoformat(fields[1])


@pytest.mark.parametrize("pool", COVERED)
def test_each_code_has_a_line_in_each_half(pool):
    """The README promises every code of the coded files in both halves (list kind `column` aside)."""
    for name, taxonomy in TAXONOMY.items():
        want = _codes(taxonomy) - {"column"}
        for half in ("tune", "test"):
            seen = {c for _, f in _data_lines(BED / pool / half / name) for c in f[1].split(",")}
            assert want <= seen, f"{pool}/{half}/{name}: no line for {sorted(want - seen)}"
