"""The layout bed's second held-out set (`--layouts heldout2`): the generator's files say what its gold
says, the set stays out of every other, and the earlier sets' documents do not change.

Checks of the generator only (no figures of the program): converted text and Word, a few documents,
no LibreOffice and no pipeline run."""
import re

import pytest
from docx import Document as Word

from benchmarks.layoutbed.doc import Table
from tests.test_layoutbed import _docx_text, _squash, every_axis_value_used, own_set, rendered


@pytest.fixture(scope="module")
def heldout2(tmp_path_factory):
    return rendered("heldout2", tmp_path_factory.mktemp("layoutbed-heldout2"))


def test_heldout2_is_its_own_set():
    own_set("heldout2", "z")


def test_every_axis_value_is_used(heldout2):
    from benchmarks.layoutbed import h2_procedure, h2_roadmap, h2_touch
    every_axis_value_used(heldout2, {"touchpoint_list": h2_touch, "roadmap": h2_roadmap, "procedure": h2_procedure})


def _cells_of_garant(text: str) -> list[str]:
    """The cells of a database copy's tables: lines up to one closed by «|» make a cell (a paragraph
    outside a table is a line, or the banner's lines, before an empty one)."""
    out, open_ = [], []
    for ln in text.splitlines():
        if ln == "|" or ln.endswith(" |"):
            out.append(" ".join(open_ + [ln[:-1].strip()]).strip())
            open_ = []
        else:
            open_ = open_ + [ln] if ln else []
    return out


def _model_cells(doc) -> list[str]:
    return [" ".join(" ".join(p.split()) for p in c.lines()) if c.vmerge != "continue" else ""
            for b in doc.blocks if isinstance(b, Table) for r in b.rows for c in r]


def test_garant_text_gives_back_every_cell_and_only_there(heldout2):
    garant = [(d, t, x) for d, t, x in heldout2 if d.axes["txt_table"] == "garant"]
    assert {d.kind for d, _, _ in garant} == {"touchpoint_list", "roadmap", "procedure"}
    for doc, txt, docx in heldout2:
        text = txt.read_text(encoding="utf-8")
        if doc.axes["txt_table"] != "garant":
            assert not doc.txt_banner and not _cells_of_garant(text), doc.name
            continue
        assert "\t" not in text and text.startswith(doc.txt_banner[0]), doc.name
        assert doc.txt_banner[0] not in _docx_text(docx), doc.name  # the database's lines: its text copy only
        model = [c.replace("№", "N") for c in _model_cells(doc)]
        assert [c.replace("№", "N") for c in _cells_of_garant(text)] == model, doc.name


def _header(table, labels: set[str]) -> int:
    return next(k for k, r in enumerate(table.rows) if len(labels & {c.text for c in r.cells}) >= 3)


def test_touch_rows_hold_the_gold(heldout2):
    from benchmarks.layoutbed.h2_touch import ABBREV, IN_CELL, NAMES
    labels = {n for pair in NAMES.values() for n in pair}
    for doc, _, docx in (x for x in heldout2 if x[0].kind == "touchpoint_list"):
        (table,) = Word(str(docx)).tables
        h = _header(table, labels)
        head = [c.text for c in table.rows[h].cells]
        key = {n: k for k, pair in NAMES.items() for n in pair}
        rows = [dict(zip((key[x] for x in head), (c.text for c in r.cells))) for r in table.rows[h + 1:]
                if len({c._tc for c in r.cells}) > 1]
        assert len(rows) == len(doc.gold), doc.name
        assert ("category" in rows[0]) == (doc.axes["category_col"] == "yes")
        assert ("journey" in rows[0]) == (doc.axes["journey_col"] == "yes")
        full = [r for r in table.rows[h + 1:] if len({c._tc for c in r.cells}) == 1]
        if doc.axes["direction_as"] == "labelled_row":
            assert len(full) == len({g["direction"] for g in doc.gold}), doc.name
            assert all(r.cells[0].text.startswith("Направление деятельности") for r in full)
        else:
            assert not full and "direction" in rows[0], doc.name
        for g, r in zip(doc.gold, rows):
            assert r["touchpoint"].startswith(g["touchpoint"]), (doc.name, g["touchpoint"])
            if doc.axes["type_as"] == "in_channel_cell":
                assert r["touchpoint"][len(g["touchpoint"]):] in IN_CELL[g["point_type"]], r["touchpoint"]
            else:
                assert r["type"] in {a[g["point_type"]] for a in ABBREV}, (doc.name, r["type"])
            assert all(_squash(n) in _squash(r["needs"]) for n in g["needs_text"]), doc.name


def test_stamp_and_title_inside_the_table_or_above_it(heldout2):
    for doc, _, docx in (x for x in heldout2 if x[0].kind == "touchpoint_list"):
        word = Word(str(docx))
        first = word.tables[0].rows[0].cells[0]
        paras = [p.text for p in word.paragraphs]
        inside = doc.axes["title_in_table"] == "stamp_and_title"
        assert first.text.startswith("Приложение") == inside, doc.name
        stamp = [p.text for p in first.paragraphs] if inside else paras[paras.index("Министр" + " " * 30 +
                                                                                     "А.Б. Васильев") + 1:]
        stamp = [s.strip() for s in stamp]  # a page break before the stamp reads as a line break
        approved = doc.axes["stamp"] == "approved_lines"
        assert (stamp[1:2] == ["УТВЕРЖДЕН"]) == approved, doc.name
        if approved:
            end = stamp.index(next(s for s in stamp if s.startswith("от ")))
            assert stamp[2].startswith("приказом министерства") and re.search(r"№ \S+$", stamp[end]), stamp
        else:
            assert re.match(r"Приложение.* к приказу от .+ № \S+$", stamp[0]), stamp


def test_roadmap_columns_and_deadlines_as_written(heldout2):
    from benchmarks.layoutbed.h2_roadmap import HEAD, KEYS, PERIODIC
    for doc, _, docx in (x for x in heldout2 if x[0].kind == "roadmap"):
        (table,) = Word(str(docx)).tables
        keys = KEYS[doc.axes["columns"]]
        assert [c.text for c in table.rows[0].cells] == [HEAD[k] for k in keys], doc.name
        rows = {r.cells[0].text: dict(zip(keys, (c.text for c in r.cells))) for r in table.rows[1:]}
        for g in doc.gold:
            row = rows[g["item_no"]]
            assert row["activity"] == g["activity"], doc.name
            when, form = row["deadline"], doc.axes["deadline_form"]
            if form == "periodic":
                assert when in PERIODIC and g["deadline"] is None, when
            if form == "within_year":
                last = max(re.findall(r"20\d\d", when))
                assert g["deadline"] == f"{last}-12-31", when
            if "coexecutors" in row:  # bodies only: the people named are the responsible executor's
                assert not any(n.split()[0] in row["coexecutors"] for n in g["names"]), row


def _kinds(doc) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for g in doc.gold:
        texts = out.setdefault(g["list_kind"], [])
        if g["text"] not in texts:
            texts.append(g["text"])
    return out


def test_procedure_lists_as_written(heldout2):
    from benchmarks.layoutbed.h2_procedure import CHANNELS, COMMA_LEADS, KINDS, TABLE_HEAD
    for doc, _, docx in (x for x in heldout2 if x[0].kind == "procedure"):
        want, word = _kinds(doc), Word(str(docx))
        form = doc.axes["list_container"]
        texts = [p.text for p in word.paragraphs]
        body = texts[next(k for k, t in enumerate(texts) if t.startswith("1.2. ")):]  # the procedure's own text
        paras = [t for t in body if re.match(r"2\.\d?\.? ", t)]
        if form == "comma_inline":
            lead, mid = CHANNELS.split("{}")[:2]
            digital, offline = paras[1][len(lead):-1].split(mid)  # 2., 2.1. (channels), 2.2., 2.3.
            lists = {"channel_digital": digital, "channel_offline": offline}
            lists.update({k: p[len(COMMA_LEADS[k].split("{}")[0]):-1] for k, p in zip(("direction", "need"), paras[2:])})
            assert {k: len(v.split(", ")) for k, v in lists.items()} == {k: len(v) for k, v in want.items()}
        elif form == "one_paragraph":
            (para,) = paras
            assert para.count("; ") == sum(len(v) - 1 for v in want.values()), doc.name
            for t in (t for ts in want.values() for t in ts):
                assert _squash(t).rstrip(".;").lower()[1:] in para.lower(), (doc.name, t)
        else:
            (table,) = word.tables
            assert [c.text for c in table.rows[0].cells] == [TABLE_HEAD[k] for k in KINDS]
            for k, kind in enumerate(KINDS):
                column = [r.cells[k].text for r in table.rows[1:] if r.cells[k].text]
                assert len(column) == len(want[kind]), (doc.name, kind)
                if doc.axes["item_case"] == "sentence":  # written as sentences: none opens in lower case
                    assert not [c for c in column if c[0].islower()], (doc.name, column)
