"""The layout bed's fourth held-out set (`--layouts heldout4`): the generator's Word files (and, for merged
cells, its converted text) say what its gold says, for every axis value, and the set stays out of every other.

Checks of the generator only (no figures of the program): a few documents, no LibreOffice and no pipeline run."""
import calendar
import re

import pytest

from tests.test_layoutbed import _squash, every_axis_value_used, own_set, rendered
from tests.test_layoutbed_heldout3 import _blocks

MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря")


@pytest.fixture(scope="module")
def heldout4(tmp_path_factory):
    return rendered("heldout4", tmp_path_factory.mktemp("layoutbed-heldout4"))


def _of(docs, kind):
    return [(d, t, x) for d, t, x in docs if d.kind == kind]


def test_heldout4_is_its_own_set():
    own_set("heldout4", "v")


def test_every_axis_value_is_used(heldout4):
    from benchmarks.layoutbed import h4_procedure, h4_roadmap, h4_touch
    every_axis_value_used(heldout4, {"touchpoint_list": h4_touch, "roadmap": h4_roadmap, "procedure": h4_procedure})


# --- touchpoint lists -------------------------------------------------------------------------------

def _touch_rows(path) -> list[tuple[list[str], object]]:
    """Each data row's (direction, process, kind, needs) with «as above» marks resolved against the row
    above (a table or a category row starts afresh), and its channels cell."""
    from benchmarks.layoutbed.h4_touch import ABOVE
    out = []
    for kind, t in _blocks(path):
        if kind != "t":
            continue
        prev = None
        for r in t.rows[1:]:
            cells = r.cells
            if len({c.text for c in cells}) == 1:  # a full-width category row
                prev = None
                continue
            vals = [cells[1].text, cells[2].text, cells[4].text]
            marked = [v in ABOVE.values() for v in vals]
            assert prev is not None or not any(marked), path.name  # never a mark on a table's first row
            vals = [p if m else v for v, p, m in zip(vals, prev or vals, marked)]
            prev = vals
            out.append((vals + [_squash(" ".join(p.text for p in cells[5].paragraphs))], cells[3]))
    return out


def _channels(c, how: str) -> list[str]:
    return [p.text for p in c.paragraphs] if how == "lines_in_cell" else [c.text]


def test_touch_rows_hold_the_gold_with_marks_resolved(heldout4):
    from benchmarks.layoutbed.h4_touch import ABOVE, TYPE_WORDS
    marks_seen = set()
    for doc, txt, docx in _of(heldout4, "touchpoint_list"):
        ax, gold, k, names = doc.axes, doc.gold, 0, {}
        for (direction, process, kind, needs), chan in _touch_rows(docx):
            texts = _channels(chan, ax["channels_cell"])
            if ax["channels_cell"] == "comma_list":  # take gold rows until their channels make up the cell
                n = 1
                while ", ".join(g["touchpoint"] for g in gold[k:k + n]) != texts[0]:
                    n += 1
                    assert k + n <= len(gold), (doc.name, texts)
                texts = [g["touchpoint"] for g in gold[k:k + n]]
            assert ax["channels_cell"] != "one_per_row" or len(texts) == 1
            for text, g in zip(texts, gold[k:k + len(texts)]):
                assert text == g["touchpoint"] and process == g["process"], doc.name
                assert kind == TYPE_WORDS[ax["type_words"]][g["point_type"]], doc.name
                sep = "; " if ax["needs_cell"] == "semicolons" else " "
                assert needs == _squash(sep.join(p.rstrip(".;") if sep == "; " else p for p in g["needs_text"]))
                assert names.setdefault(direction, g["direction"]) == g["direction"], doc.name
            k += len(texts)
        assert k == len(gold), doc.name
        assert len(set(names.values())) == len(names), doc.name  # one heading a direction
        text = txt.read_text(encoding="utf-8")
        marks_seen |= {m for m, v in ABOVE.items() if f"\t{v}\t" in text and ax["as_above"] == m}
    assert marks_seen == set(ABOVE)


def test_touch_categories_as_captions_rows_or_none(heldout4):
    from benchmarks.layoutbed.h4_touch import CATEGORIES
    for doc, _, docx in _of(heldout4, "touchpoint_list"):
        blocks = list(_blocks(docx))
        tables = [b for k, b in blocks if k == "t"]
        captions = [k for k, (kind, b) in enumerate(blocks)
                    if kind == "p" and re.fullmatch(r"\d\. (.+)", b) and b[3:] in CATEGORIES]
        rows = [r.cells[0].text for t in tables for r in t.rows if r.cells[0].text in CATEGORIES]
        if doc.axes["category"] == "captions":
            assert len(captions) == len(tables) >= 1 and not rows, doc.name
            assert all(blocks[k + 1][0] == "t" for k in captions), doc.name
        else:
            assert len(tables) == 1 and not captions, doc.name
            assert bool(rows) == (doc.axes["category"] == "full_width_rows"), doc.name


# --- roadmaps ---------------------------------------------------------------------------------------

def _date(text: str) -> str | None:
    """The date a heldout4 deadline states, read back from its words (pool deadlines: None)."""
    if m := re.search(r"(\d{2})\.(\d{2})\.(\d{4})", text):
        return f"{m[3]}-{m[2]}-{m[1]}"
    if m := re.search(r"(?:^|до |к )(\d{1,2}) (\w+) (\d{4})", text):
        return f"{m[3]}-{MONTHS.index(m[2]) + 1:02d}-{int(m[1]):02d}"
    if m := re.search(r"(I{1,3}|перв\w+|втор\w+|трет\w+) декад\w* (\w+) (\d{4})", text):
        d = {"I": 1, "II": 2, "III": 3}.get(m[1]) or 1 + ("втор" in m[1]) + 2 * ("трет" in m[1])
        y, mo = int(m[3]), MONTHS.index(m[2]) + 1
        return f"{y}-{mo:02d}-{(10, 20, calendar.monthrange(y, mo)[1])[d - 1]:02d}"
    return None


def test_roadmap_items_numbers_deadlines_and_people(heldout4):
    for doc, _, docx in _of(heldout4, "roadmap"):
        ax, blocks = doc.axes, list(_blocks(docx))
        tables = [b for k, b in blocks if k == "t"]
        stages = [b for k, b in blocks if k == "p" and b.startswith("Этап ")]
        rows = [r.cells for t in tables for r in t.rows[1:] if len({c.text for c in r.cells}) > 1]
        assert [c[0].text for c in rows] == [g["item_no"] for g in doc.gold], doc.name
        if ax["stages"] == "one_table":
            assert len(tables) == 1 and not stages, doc.name
        else:
            assert len(tables) == len(stages) >= 1, doc.name
            firsts = [t.rows[1].cells[0].text for t in tables]
            if ax["stages"] == "tables_restart":
                assert set(firsts) == {"1."}, doc.name
            else:
                assert [c[0].text for c in rows] == [f"{k}." for k in range(1, len(rows) + 1)], doc.name
        for c, g in zip(rows, doc.gold):
            assert c[1].text == g["activity"], doc.name
            if ax["deadline_form"] != "pool":
                assert _date(c[2].text) == g["deadline"], (doc.name, c[2].text)
            if ax["deadline_form"] == "then_periodic":
                assert ", далее – " in c[2].text
            assert all(n.split()[0] in c[3].text for n in g["names"]), (doc.name, c[3].text)
            assert ("(по согласованию)" in c[3].text) <= (ax["responsible_form"] == "with_agreement")


def test_roadmap_merged_cells_hold_one_value_for_their_run(heldout4):
    """In converted text a merged cell is empty below its first row: those items share the first's gold."""
    merged_rows = 0
    for doc, txt, _ in _of(heldout4, "roadmap"):
        col = {"deadline": 2, "responsible": 3}.get(doc.axes["merged"])
        lines = [ln.split("\t") for ln in txt.read_text(encoding="utf-8").splitlines()]
        rows = [ln for ln in lines if len(ln) == 5 and re.fullmatch(r"\d+\.", ln[0])]
        assert len(rows) == len(doc.gold), doc.name
        for k, (r, g) in enumerate(zip(rows, doc.gold)):
            empty = [j for j in (2, 3) if not r[j]]
            assert empty in ([], [col]), (doc.name, r)
            if empty:
                merged_rows += 1
                key = "deadline" if col == 2 else "names"
                assert k > 0 and g[key] == doc.gold[k - 1][key], doc.name
    assert merged_rows > 0


# --- procedures -------------------------------------------------------------------------------------

def _gold_lists(doc) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for g in doc.gold:
        texts = out.setdefault(g["list_kind"], [])
        if not texts or texts[-1] != g["text"]:  # an item of several codes is one item
            texts.append(g["text"])
    return out


def test_procedure_lists_in_code_tables_and_dashes(heldout4):
    from benchmarks.layoutbed.h4_procedure import CODES
    for doc, _, docx in _of(heldout4, "procedure"):
        ax, blocks, lists = doc.axes, list(_blocks(docx)), _gold_lists(doc)
        tables = [b for k, b in blocks if k == "t"]
        steps = [t for t in tables if t.rows[0].cells[1].text == "Наименование действия"]
        assert len(steps) == (ax["steps"] == "steps_table"), doc.name
        paras = [b for k, b in blocks if k == "p"]
        body = paras[paras.index("3. Содержание перечня") + 1:]
        if ax["list_container"] == "code_tables":
            code = [t for t in tables if t.rows[0].cells[0].text == "Код"]
            assert [t.rows[1].cells[0].text[:-2] for t in code] == [CODES[k] for k in lists], doc.name
            for t, (kind, texts) in zip(code, lists.items()):
                assert [r.cells[1].text for r in t.rows[1:]] == texts, doc.name
                assert [r.cells[0].text for r in t.rows[1:]] == [f"{CODES[kind]}.{j}" for j in
                                                                 range(1, len(texts) + 1)]
        elif ax["list_container"] == "dash_nested":
            assert len(body) == 1 + len(lists) + sum(map(len, lists.values())), doc.name
            assert all(p.startswith("- ") for p in body[1:]), doc.name
            items = [p[2:].rstrip(";.") for p in body[1:] if not p.endswith(":")]
            want = [t.rstrip(".;") for texts in lists.values() for t in texts]
            assert [i.lower() for i in items] == [w.lower() for w in want], doc.name
        else:
            items = [p for p in body if re.match(r"\d+\) ", p)]
            assert len(items) == sum(map(len, lists.values())), doc.name
