"""The layout bed's third held-out set (`--layouts heldout3`): the generator's Word files say what its
gold says, for every form and axis value, and the set stays out of every other.

Checks of the generator only (no figures of the program): Word files of a few documents, no
LibreOffice and no pipeline run."""
import re

import pytest
from docx import Document as Word
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph

from tests.test_layoutbed import W, _squash, every_axis_value_used, own_set, rendered


@pytest.fixture(scope="module")
def heldout3(tmp_path_factory):
    return rendered("heldout3", tmp_path_factory.mktemp("layoutbed-heldout3"))


def test_heldout3_is_its_own_set():
    own_set("heldout3", "w")


def test_every_axis_value_is_used(heldout3):
    from benchmarks.layoutbed import h3_procedure, h3_roadmap, h3_touch
    every_axis_value_used(heldout3, {"touchpoint_list": h3_touch, "roadmap": h3_roadmap, "procedure": h3_procedure})


def _blocks(path):
    """The Word body in order: ("p", text) and ("t", table)."""
    word = Word(str(path))
    for el in word.element.body.iterchildren():
        if el.tag == f"{W}p":
            yield "p", Paragraph(el, word).text
        elif el.tag == f"{W}tbl":
            yield "t", WordTable(el, word)


def _plain(text: str) -> str:
    return _squash(text).rstrip("¹²")


def _needs(c, style: str) -> str:
    return _squash(" ".join(p.text for p in c.paragraphs)).replace("²", "") if style != "n/a" else ""


def _expected_needs(g, style: str) -> str:
    phrases = g["needs_text"]
    return _squash("; ".join(p.rstrip(".;") for p in phrases) if style == "semicolons" else " ".join(phrases))


def _matrix_rows(t, ax) -> list[dict]:
    rows = [[c for c in r.cells] for r in t.rows]
    groups, names = [c.text for c in rows[1]], [c.text for c in rows[2]]
    out = []
    for r in rows[3:]:
        for k in range(2, len(r) - 1):
            if r[k].text:
                assert r[k].text == ax["mark"]
                out.append({"touchpoint": _plain(names[k]), "process": r[1].text, "type": groups[k],
                            "needs": _needs(r[-1], ax["needs_cell"])})
    return out


def _legend_rows(t, legend) -> list[dict]:
    numbers = {r.cells[0].text: _plain(r.cells[1].text) for r in legend.rows[1:]}
    return [{"touchpoint": _plain(r.cells[2].text), "process": r.cells[1].text, "type": r.cells[3].text,
             "needs": [numbers[n] for n in r.cells[4].text.split(", ")]} for r in t.rows[1:]]


def _card_row(t, ax) -> dict:
    cells = [r.cells[1] for r in t.rows]
    return {"process": cells[0].text, "touchpoint": _plain(cells[1].text), "type": cells[2].text,
            "needs": _needs(cells[3], ax["needs_cell"])}


def _touch_rows(doc, docx) -> list[tuple[str, dict]]:
    """(the direction heading of the title above, the row as read) for every touchpoint in the file."""
    out, heading, tables = [], None, []
    for kind, b in _blocks(docx):
        if kind == "p" and b.startswith("Перечень точек взаимодействия с клиентами по направлению деятельности «"):
            heading = b.split("«", 1)[1][:-1]
        elif kind == "t":
            tables.append((heading, b))
    form = doc.axes["form"]
    for k, (heading, t) in enumerate(tables):
        if form == "channel_matrix":
            out += [(heading, r) for r in _matrix_rows(t, doc.axes)]
        elif form == "cards":
            out.append((heading, _card_row(t, doc.axes)))
        elif t.rows[0].cells[0].text == "№ п/п":  # the list; the numbered needs are the next table
            out += [(heading, r) for r in _legend_rows(t, tables[k + 1][1])]
    return out


def test_touch_lists_hold_the_gold(heldout3):
    from benchmarks.layoutbed.h3_touch import GROUPS, TYPE_WORDS
    for doc, _, docx in (x for x in heldout3 if x[0].kind == "touchpoint_list"):
        rows = _touch_rows(doc, docx)
        assert [(r["touchpoint"], r["process"]) for _, r in rows] == [(g["touchpoint"], g["process"])
                                                                      for g in doc.gold], doc.name
        words = GROUPS if doc.axes["form"] == "channel_matrix" else TYPE_WORDS
        assert [r["type"] for _, r in rows] == [words[g["point_type"]] for g in doc.gold], doc.name
        for (_, r), g in zip(rows, doc.gold):
            if doc.axes["form"] == "needs_legend":
                assert r["needs"] == [_squash(p) for p in g["needs_text"]], doc.name
            else:
                assert r["needs"] == _expected_needs(g, doc.axes["needs_cell"]), doc.name
        # the direction is only in the titles: each title's heading stands for one direction, in order
        pairs = {(h, g["direction"]) for (h, _), g in zip(rows, doc.gold)}
        assert None not in {h for h, _ in pairs} and len(pairs) == len({h for h, _ in pairs}) == len(
            {d for _, d in pairs}), doc.name
        stamps = [b for k, b in _blocks(docx) if k == "p" and b.startswith("Приложение")]
        if doc.axes["direction_in"] == "document_title":
            assert len(pairs) == 1 and len(stamps) == 1, doc.name
            title = next(b for k, b in _blocks(docx) if k == "p" and b.startswith("Об утверждении"))
            assert title.endswith(f"«{rows[0][0]}»"), doc.name
        else:
            assert [s.split()[2] for s in stamps] == [str(k + 1) for k in range(len(pairs))], doc.name
        text = " ".join(b for k, b in _blocks(docx) if k == "p")
        assert ("¹ При наличии" in text) == (doc.axes["marks"] == "superscript"), doc.name


def test_roadmap_quarter_marks_give_the_deadline(heldout3):
    from benchmarks.layoutbed.h3_roadmap import QUARTER_END, QUARTERS
    for doc, _, docx in (x for x in heldout3 if x[0].kind == "roadmap"):
        (table,) = Word(str(docx)).tables
        rows = {r.cells[0].text: [c.text for c in r.cells] for r in table.rows}
        quarters = doc.axes["deadline_as"] != "text"
        if quarters:
            years, names = [c.text for c in table.rows[1].cells], [c.text for c in table.rows[2].cells]
        for g in doc.gold:
            row = rows[g["item_no"]]
            assert row[1] == g["activity"], doc.name
            if quarters:
                marked = [k for k, c in enumerate(row[3:], 3) if c]
                assert {row[k] for k in marked} == {doc.axes["mark"]} and marked == list(
                    range(marked[0], marked[-1] + 1)), doc.name  # one run of marks
                last = marked[-1]
                assert g["deadline"] == f"{years[last][:4]}-{QUARTER_END[QUARTERS.index(names[last])]}", doc.name
            if doc.axes["levels"] == "three_levels":
                goal, task, _, _ = g["item_no"].split(".")
                assert rows[f"{goal}.{task}."][1].startswith("Задача: ") and f"{goal}." in rows, doc.name
            else:
                task = g["item_no"].split(".")[0]
                assert any(r[0].startswith(f"Задача {task}. ") for r in rows.values()), doc.name


def _groups(paras: list[str]) -> list[list[str]]:
    """The items after each line that ends with a colon (lines up to the next such line or point)."""
    groups: list[list[str]] = []
    for p in paras:
        if p.endswith(":"):
            groups.append([])
        elif groups and not re.match(r"\d+\. ", p):
            groups[-1].append(p)
    return [g for g in groups if g]


def test_procedure_lists_as_printed(heldout3):
    from benchmarks.layoutbed.h3_procedure import ENDS
    for doc, _, docx in (x for x in heldout3 if x[0].kind == "procedure"):
        paras = [p.text for p in Word(str(docx)).paragraphs if p.text]
        groups = _groups(paras[paras.index("2. Содержание перечня") + 1:])
        want: dict[str, list[str]] = {}
        for g in doc.gold:
            if g["text"] not in want.setdefault(g["list_kind"], []):
                want[g["list_kind"]].append(g["text"])

        def norm(t):
            return _squash(re.sub(r"^(?:[а-я]|\d+)\) ", "", t)).rstrip(".;,").lower()
        assert sorted([norm(t) for t in g] for g in groups) == sorted(
            [norm(t) for t in ts] for ts in want.values()), doc.name
        mid = ENDS[doc.axes["item_end"]][0]
        if mid:
            assert all(t.endswith(mid) for g in groups for t in g[:-1]), doc.name
        marks = {"nested_v_tom_chisle": r"[а-я]\) ", "typed_sublists": r"\d+\) ", "bare_lines": r"(?![а-я]\)|\d+\))"}
        assert all(re.match(marks[doc.axes["list_container"]], t) for g in groups for t in g), doc.name
        if doc.axes["list_container"] == "nested_v_tom_chisle":
            assert any(p.endswith("в том числе:") for p in paras), doc.name
