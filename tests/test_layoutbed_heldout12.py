"""The layout bed's twelfth held-out set (`--layouts heldout12`): the generator's Word files say what its gold says,
for every axis value, a third of the documents is fully mainstream, and the set stays out of every other.

Checks of the generator only (no figures of the program): a few documents, no LibreOffice and no pipeline run."""
import re

import pytest

from tests.test_layoutbed import _docx_text, _gold_texts, _squash, every_axis_value_used, own_set, rendered
from tests.test_layoutbed_heldout3 import _blocks
from tests.test_layoutbed_heldout4 import _gold_lists, _of

MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
          "декабря")


@pytest.fixture(scope="module")
def heldout12(tmp_path_factory):
    return rendered("heldout12", tmp_path_factory.mktemp("layoutbed-heldout12"))


def test_heldout12_is_its_own_set():
    own_set("heldout12", "n")


def test_every_axis_value_is_used(heldout12):
    from benchmarks.layoutbed import h12_procedure, h12_roadmap, h12_touch
    every_axis_value_used(heldout12, {"touchpoint_list": h12_touch, "roadmap": h12_roadmap,
                                      "procedure": h12_procedure})


def test_a_third_of_the_documents_is_mainstream(heldout12):
    from benchmarks.layoutbed import h12_procedure, h12_roadmap, h12_touch
    modules = {"touchpoint_list": h12_touch, "roadmap": h12_roadmap, "procedure": h12_procedure}
    for doc, _, _ in heldout12:
        first = {k: v[0] for k, v in modules[doc.kind].AXES.items()}
        number = int(doc.name.rsplit("-", 1)[1])
        assert (doc.axes["mainstream"] == "yes") == (number % 3 == 0), doc.name
        if number % 3 == 0:
            assert {k: doc.axes[k] for k in first} == first, doc.name


def test_every_pool_phrase_is_in_both_files(heldout12):
    for doc, txt, docx in heldout12:
        word, text = _docx_text(docx), _squash(txt.read_text(encoding="utf-8"))
        for phrase in _gold_texts(doc):
            core = _squash(phrase)[1:].rstrip(".;")  # a list item may change the case of its start
            assert core in word and core in text, (doc.name, phrase)


def _tables(docx) -> list[list[list[str]]]:
    return [[[c.text for c in r.cells] for r in b.rows] for k, b in _blocks(docx) if k == "t"]


# --- touchpoint lists -----------------------------------------------------------------------------------

def _touch_records(docx, ax) -> list[dict]:
    """Per touchpoint, what the document states, read from the rows as the form lays them out."""
    from benchmarks.layoutbed.h12_touch import LABELS, TYPE_WORDS
    lab = {k: v[ax["header_words"] == "regional"] for k, v in LABELS.items()}
    words = "|".join(TYPE_WORDS[ax["type_words"]])
    (rows,) = _tables(docx)
    figures = ax["figures_cols"] == "yes"
    if figures:  # «Показатели обращений» over the two figure columns, the other headings merged down
        group = lab["figures"]
        assert [a for a, b in zip(rows[0], rows[1]) if a != b] == [group, group], rows[:2]
    head, out = rows[1 if figures else 0], []
    rows = rows[1:] if figures else rows
    assert (lab["count"] in head and lab["term"] in head) == figures, head
    group = heading = process = None
    for r in rows[1:]:
        cells = dict(zip(head, r))
        no = cells[lab["no"]]
        if ax["form"] == "channel_groups" and len(set(r)) == 1:  # «g. channel (kind)» across the table
            m = re.fullmatch(rf"(\d+)\. (.+) \(({words})\)", r[0])
            group = {"no": m[1], "channel": m[2], "kind": m[3]}
            continue
        if ax["form"] == "tree_column" and not cells[lab["kind"]]:
            assert all(not v for k, v in cells.items() if k not in (lab["no"], lab["tree"])), r
            if re.fullmatch(r"\d+\.", no):
                heading = cells[lab["tree"]]
            else:
                assert re.fullmatch(r"\d+\.\d+\.", no), r
                process = cells[lab["tree"]]
            continue
        needs = _squash(cells[lab["needs"]].replace("\n", "; "))
        if ax["form"] == "tree_column":
            assert re.fullmatch(r"\d+\.\d+\.\d+\.", no), r
            out.append({"heading": heading, "process": process, "channel": cells[lab["tree"]],
                        "kind": cells[lab["kind"]], "needs": needs})
        elif ax["form"] == "channel_groups":
            assert no.startswith(group["no"] + ".") and lab["channel"] not in cells and lab["kind"] not in cells
            out.append({"heading": cells[lab["direction"]], "process": cells[lab["process"]],
                        "channel": group["channel"], "kind": group["kind"], "needs": needs})
        else:
            out.append({"heading": cells[lab["direction"]], "process": cells[lab["process"]],
                        "channel": cells[lab["channel"]], "kind": cells[lab["kind"]], "needs": needs})
        if ax["figures_cols"] == "yes":
            assert cells[lab["count"]].isdigit() and cells[lab["term"]].isdigit(), r
    return out


def test_touch_rows_hold_the_gold(heldout12):
    from benchmarks.layoutbed.h12_touch import TYPE_WORDS
    seen = set()
    for doc, _, docx in _of(heldout12, "touchpoint_list"):
        ax = doc.axes
        records = _touch_records(docx, ax)
        assert len(records) == len(doc.gold), doc.name
        for g, r in zip(doc.gold, records):
            assert r["channel"] == g["touchpoint"] and r["process"] == g["process"], doc.name
            assert r["kind"] == TYPE_WORDS[ax["type_words"]][g["point_type"] == "offline"], doc.name
            want = "; ".join(t.rstrip(".;") for t in g["needs_text"])
            assert _squash(r["needs"]).replace(";", "").split() == _squash(want).replace(";", "").split(), doc.name
        pairs = {(g["direction"], r["heading"]) for g, r in zip(doc.gold, records)}
        assert len(pairs) == len({g for g, _ in pairs}) == len({t for _, t in pairs}), doc.name
        if ax["form"] == "channel_groups":  # a group's points are one channel
            codes = [g["channel"] for g in doc.gold]
            assert [c for k, c in enumerate(codes) if c not in codes[:k]] == list(dict.fromkeys(codes))
            assert all(codes.index(c) == k or codes[k - 1] == c for k, c in enumerate(codes)), doc.name
        seen.add(ax["form"])
    assert seen == {"table", "channel_groups", "tree_column"}


# --- roadmaps ---------------------------------------------------------------------------------------------

def _meaning(text: str):
    """The date a «к …» term names; None for a term counted from an event."""
    if m := re.fullmatch(r"к (\d\d)\.(\d\d)\.(20\d\d)", text):
        return f"{m[3]}-{m[2]}-{m[1]}"
    if m := re.fullmatch(r"к (\d+) (\w+) (20\d\d) (?:г\.|года)", text):
        return f"{m[3]}-{MONTHS.index(m[2]) + 1:02d}-{int(m[1]):02d}"
    assert not text.startswith("к "), text
    return None


def test_roadmap_term_reader_agrees_with_hand_worked_examples():
    assert _meaning("к 1 июля 2025 г.") == "2025-07-01"
    assert _meaning("к 15 декабря 2024 года") == "2024-12-15"
    assert _meaning("к 01.10.2025") == "2025-10-01"
    assert _meaning("по мере поступления обращений") is None


def test_roadmap_items_terms_and_people(heldout12):
    from benchmarks.layoutbed.h12_roadmap import EVENTS, HEAD
    seen = set()
    for doc, _, docx in _of(heldout12, "roadmap"):
        ax = doc.axes
        head = {k: v[ax["header_words"] == "regional"] for k, v in HEAD.items()}
        tables = _tables(docx)
        assert len(tables) == 1 + (ax["passport"] == "yes"), doc.name
        if ax["passport"] == "yes":  # a two-column table above the plan, holding no item
            passport = tables[0]
            assert all(len(r) == 2 for r in passport) and "Сроки реализации плана" in [r[0] for r in passport]
            assert not {g["activity"] for g in doc.gold} & {c for r in passport for c in r}, doc.name
        rows = tables[-1]
        items = [dict(zip(rows[0], r)) for r in rows[1:] if len(set(r)) > 1]
        assert [r[head["no"]] for r in items] == [g["item_no"] for g in doc.gold], doc.name
        assert (head["basis"] in rows[0]) == (ax["basis_col"] == "yes"), doc.name
        for g, r in zip(doc.gold, items):
            assert r[head["activity"]] == g["activity"] and r[head["deadline"]] == g["deadline_text"], doc.name
            assert r[head["responsible"]] == g["responsible_text"], doc.name
            if ax["deadline_form"] == "by_day_or_event":
                assert g["deadline"] == _meaning(g["deadline_text"]), (doc.name, g["deadline_text"])
                seen.add(g["deadline_text"] in EVENTS)
            if ax["basis_col"] == "yes":
                assert re.search(r"от \d\d\.\d\d\.20\d\d|пункт", r[head["basis"]]), r
    assert seen == {True, False}


# --- procedures -------------------------------------------------------------------------------------------

def test_procedure_lists_in_the_form_of_the_document(heldout12):
    from benchmarks.layoutbed.h12_procedure import EXCLUDED, NOT_ITEMS, REGIONAL
    seen = set()
    for doc, _, docx in _of(heldout12, "procedure"):
        ax, want = doc.axes, _gold_lists(doc)
        paras = [t for k, t in _blocks(docx) if k == "p"]
        body = paras[paras.index("2. Содержание перечня") + 1:paras.index("3. Актуализация перечня")]
        points = [k for k, p in enumerate(body) if re.match(r"2\.\d\. ", p)]
        assert len(points) == 4 + (ax["exclusions"] == "not_included"), doc.name
        lists = [body[a + 1:b] for a, b in zip(points, points[1:] + [len(body)])]
        for p, lines, kind in zip(points, lists, want):
            if ax["item_form"] == "dash_sentences":
                assert all(re.fullmatch(r"– [^a-zа-яё].*\.", ln) for ln in lines), lines
                items = [ln[2:-1] for ln in lines]
            else:
                end = "," if ax["item_form"] == "paren_comma" else ";"
                assert [ln[-1] for ln in lines] == [end] * (len(lines) - 1) + ["."], lines
                assert [ln.split(")")[0] for ln in lines] == [str(k) for k in range(1, len(lines) + 1)]
                items = [ln.split(") ", 1)[1][:-1] for ln in lines]
            assert [i[1:] for i in items] == [g.rstrip(".;")[1:] for g in want[kind]], (doc.name, kind)
            if ax["leadin_form"] == "regional":
                assert body[p].split(" ", 1)[1] == REGIONAL[kind], doc.name
        if ax["exclusions"] == "not_included":  # after the lists; none of its items is gold
            assert body[points[-1]].split(" ", 1)[1] in EXCLUDED, doc.name
            gold = {g["text"].lower() for g in doc.gold}
            for ln in lists[-1]:
                assert any(x in ln.lower() for x in NOT_ITEMS) and not any(g in ln.lower() for g in gold), ln
        seen.add((ax["item_form"], ax["exclusions"]))
    assert {f for f, _ in seen} == {"paren_semicolon", "paren_comma", "dash_sentences"}
    assert {e for _, e in seen} == {"none", "not_included"}
