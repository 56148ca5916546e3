"""The layout bed's fifth held-out set (`--layouts heldout5`): the generator's Word files (and, for merged cells,
its converted text) say what its gold says, for every axis value, and the set stays out of every other.

Checks of the generator only (no figures of the program): a few documents, no LibreOffice and no pipeline run."""
import re

import pytest

from tests.test_layoutbed import _squash, every_axis_value_used, own_set, rendered
from tests.test_layoutbed_heldout3 import _blocks
from tests.test_layoutbed_heldout4 import _gold_lists, _of


@pytest.fixture(scope="module")
def heldout5(tmp_path_factory):
    return rendered("heldout5", tmp_path_factory.mktemp("layoutbed-heldout5"))


def test_heldout5_is_its_own_set():
    own_set("heldout5", "u")


def test_every_axis_value_is_used(heldout5):
    from benchmarks.layoutbed import h5_procedure, h5_roadmap, h5_touch
    every_axis_value_used(heldout5, {"touchpoint_list": h5_touch, "roadmap": h5_roadmap, "procedure": h5_procedure})


# --- touchpoint lists -------------------------------------------------------------------------------

def _touch_groups(path, has_header: bool) -> list[dict]:
    """A touchpoint per run of rows sharing its number («n.», or «n.k» on a need's row): its cells from the
    first row, the needs cell's paragraphs of every row (python-docx gives a merged cell's text on each row
    it covers, so merged and repeated rows read alike here; the converted text tells them apart)."""
    out = []
    for kind, t in _blocks(path):
        if kind != "t":
            continue
        for r in t.rows[1 if has_header else 0:]:
            cells = r.cells
            number = cells[0].text.split(".")[0]
            needs = [p.text for p in cells[-1].paragraphs]
            if out and out[-1]["no"] == number:
                out[-1]["needs"] += needs
            else:
                out.append({"no": number, "cells": [c.text for c in cells[1:-1]], "needs": needs})
    return out


def test_touch_rows_hold_the_gold_per_row_form(heldout5):
    from benchmarks.layoutbed.h5_touch import KIND
    seen = set()
    for doc, txt, docx in _of(heldout5, "touchpoint_list"):
        ax, gold = doc.axes, doc.gold
        groups = _touch_groups(docx, ax["act_form"] != "amend_rows")
        assert len(groups) == len(gold), doc.name
        for g, want in zip(groups, gold):
            direction, process, channel, kind = g["cells"][:4]
            assert (process, channel, kind) == (want["process"], want["touchpoint"], KIND[want["point_type"]])
            client = g["cells"][4] if ax["client_col"] == "yes" else None
            assert client in (None, "внешний", "внутренний") and len(g["cells"]) == 4 + (client is not None)
            if client:
                assert (client == "внутренний") == want["direction"].startswith("internal"), doc.name
            if ax["row_per"] == "touchpoint" or len(want["needs_text"]) == 1:
                sep = "; " if ax["needs_cell"] == "semicolons" and len(want["needs_text"]) > 1 else " "
                joined = sep.join(p.rstrip(".;") if sep == "; " else p for p in want["needs_text"])
                assert _squash(" ".join(g["needs"])) == _squash(joined), doc.name
            else:  # a row per need: the rows' needs cells are the touchpoint's needs, one each
                assert _squash(" ".join(g["needs"])) == _squash(" ".join(want["needs_text"])), doc.name
                seen.add(ax["row_per"])
        text = txt.read_text(encoding="utf-8")
        if ax["row_per"] == "need_merged" and any(len(g["needs_text"]) > 1 for g in gold):
            assert re.search(r"\n\t{5,}\S", text), doc.name  # a need row under a merged touchpoint: cells empty
        if ax["row_per"] == "need_repeated" and any(len(g["needs_text"]) > 1 for g in gold):
            assert re.search(r"\n\d+\.2\t", text), doc.name
    assert seen == {"need_merged", "need_repeated"}


def test_touch_headers_act_forms_and_the_bilingual_blank(heldout5):
    from benchmarks.layoutbed.h5_common import TATAR
    for doc, _, docx in _of(heldout5, "touchpoint_list"):
        ax, blocks = doc.axes, list(_blocks(docx))
        paras = [b for k, b in blocks if k == "p"]
        tables = [b for k, b in blocks if k == "t"]
        assert ("БОЕРЫК" in paras[2]) == (ax["header_lang"] != "ru"), doc.name
        if ax["act_form"] == "amend_rows":
            assert all(t.rows[0].cells[0].text != "№ п/п" for t in tables), doc.name
            asks = [p for p in paras if re.match(r"1\.\d\. (строк[иу] .+ изложить|дополнить строк)", p)]
            assert len(asks) == len(tables) and all(paras[paras.index(a) + 1] == '"' for a in asks), doc.name
            numbers = [int(t.rows[0].cells[0].text.split(".")[0]) for t in tables]
            assert all(str(n) in a for n, a in zip(numbers, asks)), doc.name
            continue
        head = [c.text for c in tables[0].rows[0].cells]
        tatar = [t for t in TATAR.values() if any(t in h for h in head)]
        assert bool(tatar) == (ax["header_lang"] != "ru"), doc.name
        if ax["header_lang"] == "tt_slash":
            assert all(" / " in h for h in head[1:]), doc.name
        stamps = [p for p in paras if re.match(r"«?Приложение к приказу от ", p)]
        assert len(stamps) == (2 if ax["act_form"] == "new_edition" else 1), doc.name
        assert (paras[-1] == "».") == (ax["act_form"] == "new_edition"), doc.name


# --- roadmaps ---------------------------------------------------------------------------------------

def test_roadmap_term_and_responsible_cells_and_deadlines(heldout5):
    for doc, _, docx in _of(heldout5, "roadmap"):
        ax = doc.axes
        table = [b for k, b in _blocks(docx) if k == "t"][0]
        head = [c.text for c in table.rows[0].cells]
        assert ("Источник финансирования" in head) == (ax["finance_cols"] == "yes"), doc.name
        rows = [r.cells for r in table.rows[1:] if len({c.text for c in r.cells}) > 1]
        assert [c[0].text for c in rows] == [g["item_no"] for g in doc.gold], doc.name
        for c, g in zip(rows, doc.gold):
            assert c[1].text == g["activity"], doc.name
            term = [p.text for p in c[2].paragraphs]
            if ax["term_resp"] == "one_cell_lines":
                assert term[0] == g["deadline_text"] and len(term) >= 2, doc.name
            elif ax["term_resp"] == "one_cell_comma":
                assert term[0].startswith(g["deadline_text"] + ", "), doc.name
            else:
                assert term == [g["deadline_text"]], doc.name
            who = " ".join(p.text for cc in c[2:4] for p in cc.paragraphs)
            assert all(n.split()[0] in who for n in g["names"]), doc.name
            if ax["deadline_form"] == "short_year":
                d, m, y = re.search(r"(\d\d)\.(\d\d)\.(\d\d)(?!\d)", g["deadline_text"]).groups()
                assert g["deadline"] == f"20{y}-{m}-{d}", doc.name
            if ax["deadline_form"] == "relative":
                assert g["deadline"] is None and not re.search(r"\d{4}", g["deadline_text"]), doc.name


# --- procedures -------------------------------------------------------------------------------------

def test_procedure_lists_as_sub_points_note_tables_and_letters(heldout5):
    for doc, _, docx in _of(heldout5, "procedure"):
        ax, blocks, lists = doc.axes, list(_blocks(docx)), _gold_lists(doc)
        paras = [b for k, b in blocks if k == "p"]
        want = [t.rstrip(".;").lower() for texts in lists.values() for t in texts]
        if ax["list_container"] == "note_table":
            table = [b for k, b in blocks if k == "t"][0]
            assert [c.text for c in table.rows[0].cells] == ["№ п/п", "Наименование", "Примечание"]
            items = [r.cells for r in table.rows[1:] if len({c.text for c in r.cells}) > 1]
            assert [c[1].text.rstrip(".;").lower() for c in items] == want, doc.name
            assert all(re.fullmatch(r"\d\.\d+\.", c[0].text) for c in items), doc.name
        else:
            mark = r"3\.\d\.\d+\) " if ax["list_container"] == "sub_paren" else r"[а-я]\) "
            items = [p for p in paras if re.match(mark, p)]
            if ax["act_form"] == "amend_points":  # the restated text closes after its last item
                assert items[-1].endswith('".'), doc.name
                items[-1] = items[-1][:-2] + "."
            assert [re.sub(mark, "", p).rstrip(".;").lower() for p in items] == want, doc.name
        opening = [p for p in paras if re.match('"(3\\. |Сведения)', p)]
        assert len(opening) == (ax["act_form"] == "amend_points"), doc.name
        if opening:  # the restated text closes right before the order's next point
            end = next(k for k, p in enumerate(paras) if p.startswith("2. Контроль"))
            assert paras[end - 1].endswith('".'), doc.name
