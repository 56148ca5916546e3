"""The layout test bed's generator (benchmarks/layoutbed): its files say what its gold says.

Fast: converted text and Word only, a few documents, no LibreOffice and no pipeline run.
"""
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pandas as pd
import pytest
from docx import Document as Word

from benchmarks.layoutbed import generate, pools, render_docx, render_txt, score
from benchmarks.layoutbed.doc import Table
from tests.test_layers import ROOT, project_imports

N = 10  # documents per kind: every value of every axis is used at least once (at most 6 values)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def docs():
    return generate.documents(pools.load("tune"), seed=3, n_docs=N)


@pytest.fixture(scope="module")
def files(docs, tmp_path_factory):
    folder = tmp_path_factory.mktemp("layoutbed")
    return {d.name: (render_txt.write(d, folder / f"{d.name}.txt"), render_docx.write(d, folder / f"{d.name}.docx"))
            for d in docs}


@pytest.mark.parametrize("path", sorted((ROOT / "benchmarks" / "layoutbed").rglob("*.py")), ids=lambda p: p.name)
def test_the_bed_shares_no_code_with_the_program(path):
    assert not project_imports(path), f"{path.name} imports the program's packages"


def _squash(text: str) -> str:
    return " ".join(text.replace("\n", " ").split())


def _docx_text(path: Path) -> str:
    word = Word(str(path))
    parts = [p.text for p in word.paragraphs]
    parts += [c.text for t in word.tables for row in t.rows for c in row.cells]
    return _squash(" ".join(parts))


def _gold_texts(doc) -> list[str]:
    if doc.kind == "touchpoint_list":
        return [t for g in doc.gold for t in (g["touchpoint"], g["process"], *g["needs_text"])]
    if doc.kind == "roadmap":
        return [g["activity"] for g in doc.gold]
    return [g["text"] for g in doc.gold]


def test_every_gold_text_is_in_both_files(docs, files):
    for doc in docs:
        txt, docx = files[doc.name]
        in_txt, in_docx = _squash(txt.read_text(encoding="utf-8")), _docx_text(docx)
        for text in _gold_texts(doc):
            # a list item may be lower-cased at its start and lose its end punctuation
            core = _squash(text)[1:].rstrip(".;")
            assert core in in_txt, (doc.name, text)
            assert core in in_docx, (doc.name, text)


def test_gold_rows_match_the_layout(docs):
    tps = [d for d in docs if d.kind == "touchpoint_list"]
    assert all(d.gold for d in docs)
    for d in tps:
        stated = {g["point_type"] for g in d.gold}
        assert (stated == {None}) == (d.axes["point_type_as"] == "none"), d.name
    values = {d.axes["direction_as"] for d in tps}
    assert values == {"column", "section_row", "caption_table", "caption_bold", "heading"}


def _tcs(path: Path) -> ET.Element:
    with zipfile.ZipFile(path) as z:
        return ET.fromstring(z.read("word/document.xml"))


def test_merged_cells_are_really_merged(docs, files):
    merged = [d for d in docs if d.kind == "touchpoint_list" and d.axes["process_cells"] == "merged"]
    assert any(c.vmerge == "continue" for d in merged for b in d.blocks if isinstance(b, Table)
               for r in b.rows for c in r)
    for d in docs:
        want = sum(c.vmerge == "continue" for b in d.blocks if isinstance(b, Table) for r in b.rows for c in r)
        root = _tcs(files[d.name][1])
        got = sum(v.get(f"{W}val") in (None, "continue") for v in root.iter(f"{W}vMerge"))
        assert got == want, d.name


def test_header_rows_are_marked_repeated(docs, files):
    for d in docs:
        root = _tcs(files[d.name][1])
        flagged = len(list(root.iter(f"{W}tblHeader")))
        tables = [b for b in d.blocks if isinstance(b, Table)]
        want = sum(t.header_rows for t in tables) if d.axes.get("header_repeat") == "yes" else 0
        assert flagged == want, d.name


def test_landscape_and_repeated_header_in_the_text(docs, files):
    for d in docs:
        section = Word(str(files[d.name][1])).sections[0]
        assert (section.page_width > section.page_height) == d.landscape, d.name
        tables = [b for b in d.blocks if isinstance(b, Table) and b.page_breaks]
        if tables:  # the header line is printed again at the page break of the converted text
            header = render_txt.table_lines(Table(tables[0].rows[:1]))[0]
            assert files[d.name][0].read_text(encoding="utf-8").count(header) >= 2, d.name


def test_same_seed_same_documents(docs):
    again = generate.documents(pools.load("tune"), seed=3, n_docs=N)
    assert [render_txt.render(d) for d in again] == [render_txt.render(d) for d in docs]
    other = generate.documents(pools.load("tune"), seed=4, n_docs=N)
    assert [render_txt.render(d) for d in other] != [render_txt.render(d) for d in docs]


def test_alignment_follows_order_and_skips_what_is_missing():
    gold = ["Электронная почта", "Телефон горячей линии", "Электронная почта", "Почтовая связь"]
    found = ["Электронная почта ministry@example.ru", "Электронная почта", "Почтовая связь"]
    assert score.align(gold, found) == [0, None, 1, 2]


def test_a_row_is_right_only_when_every_field_is():
    gold = [{"touchpoint": "Электронная почта", "channel": "email", "direction": "appeals", "point_type": "digital",
             "needs": ["information", "status"]},
            {"touchpoint": "Личный приём", "channel": "personal_reception", "direction": "appeals",
             "point_type": None, "needs": ["consultation"]}]
    rows = pd.DataFrame([
        {"row_id": 1, "touchpoint_raw": "Электронная почта", "channel": "email", "direction": "appeals",
         "point_type": "digital", "needs": ["information", "status"]},
        {"row_id": 2, "touchpoint_raw": "Личный приём", "channel": "personal_reception", "direction": "appeals",
         "point_type": "offline", "needs": ["consultation", "result"]}])
    first, second = score.touch_records(gold, rows)
    assert first["all"] and first["tp"] == 2 and not first["fp"]
    assert not second["all"] and second["channel"] and not second["point_type"]  # the list stated no type
    assert (second["tp"], second["fp"], second["fn"]) == (1, 1, 0)


def test_a_procedure_item_holding_several_needs_takes_one_row():
    # one row and one code per item (the contract): an item naming two needs is right with either
    gold = [{"list_kind": "need", "code": "submission", "text": "подать заявку и отследить её статус"},
            {"list_kind": "need", "code": "status", "text": "подать заявку и отследить её статус"},
            {"list_kind": "need", "code": "submission", "text": "подача жалобы"},
            {"list_kind": "need", "code": "forms", "text": "скачать бланк"}]
    rows = pd.DataFrame([{"list_kind": "need", "code": c} for c in ("status", "submission", "submission")])
    (rec,) = score.procedure_records(gold, rows)
    # status and submission stand for the two first items; the repeated submission is a wrong row
    assert (rec["tp"], rec["fp"], rec["fn"]) == (2, 1, 1)
    rows = pd.DataFrame([{"list_kind": "need", "code": c} for c in ("submission", "forms")])
    (rec,) = score.procedure_records(gold, rows)
    # one submission row cannot stand for both items that may take it
    assert (rec["tp"], rec["fp"], rec["fn"]) == (2, 0, 1)


def test_a_second_pool_set_names_its_documents_apart(tmp_path):
    # the first set keeps its names (its figures stay comparable); another set's documents
    # carry its folder's name, so two sets' gold can sit in one run
    assert pools.pool_root("pools") == pools.POOLS_DIR
    assert pools.pool_root("pools2") == pools.POOLS_DIR.parent / "pools2"
    copy = tmp_path / "pools2" / "tune"
    copy.mkdir(parents=True)
    for f in (pools.POOLS_DIR / "tune").glob("*.tsv"):
        (copy / f.name).write_bytes(f.read_bytes())
    first = generate.documents(pools.load("tune"), seed=3, n_docs=2)
    second = generate.documents(pools.load("tune", pools.pool_root(str(tmp_path / "pools2"))), seed=3, n_docs=2)
    assert {d.name.split("-")[1] for d in first} == {"tune"}
    assert {d.name.split("-")[1] for d in second} == {"pools2tune"}
    assert not {d.name for d in first} & {d.name for d in second}
