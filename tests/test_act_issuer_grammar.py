"""The issuer grammar's bed (benchmarks/act_issuer_grammar.py, benchmarks/act_issuers.py): seeded, never
importing the program, and its gold the grammar's own (nominative, region in full) however the text
writes the issuer."""
import ast
import re
from pathlib import Path

from benchmarks.act_issuer_grammar import HEADS, REGION_LIST, SHARED_ABBRS
from benchmarks.act_issuers import BRANCHES, acts

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_generator_imports_no_reader():
    for name in ("act_issuer_grammar.py", "act_issuers.py"):
        tree = ast.parse((BENCH / name).read_text(encoding="utf-8"))
        top = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
        mods = [a.name for n in top if isinstance(n, ast.Import) for a in n.names] + [
            n.module or "" for n in top if isinstance(n, ast.ImportFrom)]
        assert not [m for m in mods if m.startswith(("parsers", "textcore", "normalizers", "pipeline"))], name


def test_seeded_and_every_branch_gives_acts():
    for b in BRANCHES:
        one, two = acts(b, 5, 7), acts(b, 5, 7)
        assert one == two and len(one) == 5
        assert acts(b, 5, 8) != one


def test_gold_is_nominative_with_the_region_in_full():
    heads = tuple(h[0] for h in HEADS.values())
    gens = [r.gen for r in REGION_LIST]
    for b in BRANCHES:
        for _, gold in acts(b, 30, 3):
            assert gold["authority"].startswith(heads), gold
            assert any(g in gold["authority"] for g in gens), gold
            assert not any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", gold["authority"])
                           for r in REGION_LIST for a in r.abbrs), gold


def test_caps_header_states_the_gold_in_capitals_and_db_title_in_the_genitive():
    for text, gold in acts("caps", 20, 1):
        assert gold["authority"].upper() in _flat(text)
    for text, gold in acts("db_title", 20, 1):
        first = text.splitlines()[0]
        assert first.startswith(gold["act_kind"].capitalize())
        assert gold["authority"] not in first          # the genitive, never the gold's own words
        assert gold["authority"].split()[-1] in first


def test_short_forms_never_write_the_gold():
    for text, gold in acts("abbr_body", 20, 2):
        assert text.startswith(gold["act_kind"].capitalize() + " Мин") and "Министерств" not in text.splitlines()[0]
    for text, gold in acts("abbr_region", 30, 2):
        region = next(r for r in REGION_LIST if r.name == gold["region"])
        if region.gen.upper() not in text.upper():
            assert any(a.upper() in text.upper() for a in region.abbrs)
            if any(re.search(rf"(?<!\w){a}(?!\w)", text) for a in SHARED_ABBRS):
                assert f"г. {region.centre}" in text   # a shared abbreviation only over the centre's line


def test_signature_and_addressee_name_the_issuer_otherwise():
    for text, gold in acts("signature", 20, 4):
        head = "\n".join(text.splitlines()[:6])
        assert gold["authority"].split()[0] not in head      # the header names no body
        if not gold["authority"].startswith(("Губернатор", "Глава")):   # a sole head's post is its name
            assert gold["authority"] not in _flat(text)      # only the signer's post names the body
    for text, gold in acts("addressee", 20, 4):
        dative = [ln for ln in text.splitlines() if ln.startswith("2. ") and "обеспечить" in ln]
        assert dative and gold["authority"].split()[0] not in dative[0]


def test_joint_gold_is_the_first_body_and_its_number_the_pair():
    for text, gold in acts("joint", 20, 5):
        assert "/" in gold["order_number"] and gold["order_number"] in text
        assert gold["act_kind"] == "приказ"
        flat = _flat(text)
        first = gold["authority"].upper() if flat.isupper() or gold["authority"].upper() in flat else None
        assert first is None or flat.index(first) < len(flat) // 2
