"""The layout bed's tenth held-out set (`--layouts heldout10`): the generator's Word files say what its gold says,
for every axis value, and the set stays out of every other.

Checks of the generator only (no figures of the program): a few documents, no LibreOffice and no pipeline run."""
import calendar
import re

import pytest

from tests.test_layoutbed import _docx_text, _gold_texts, _squash, every_axis_value_used, own_set, rendered
from tests.test_layoutbed_heldout3 import _blocks
from tests.test_layoutbed_heldout4 import _gold_lists, _of

ROMAN = ("I", "II", "III", "IV")


@pytest.fixture(scope="module")
def heldout10(tmp_path_factory):
    return rendered("heldout10", tmp_path_factory.mktemp("layoutbed-heldout10"))


def test_heldout10_is_its_own_set():
    own_set("heldout10", "p")


def test_every_axis_value_is_used(heldout10):
    from benchmarks.layoutbed import h10_procedure, h10_roadmap, h10_touch
    every_axis_value_used(heldout10, {"touchpoint_list": h10_touch, "roadmap": h10_roadmap,
                                      "procedure": h10_procedure})


def test_every_pool_phrase_is_in_both_files(heldout10):
    for doc, txt, docx in heldout10:
        word, text = _docx_text(docx), _squash(txt.read_text(encoding="utf-8"))
        for phrase in _gold_texts(doc):
            core = _squash(phrase)[1:].rstrip(".;")  # a list item may be lower-cased at its start
            assert core in word and core in text, (doc.name, phrase)


def _tables(docx) -> list[list[list[str]]]:
    return [[[c.text for c in r.cells] for r in t.rows] for k, t in _blocks(docx) if k == "t"]


# --- touchpoint lists -----------------------------------------------------------------------------------

def _touch_records(docx, ax) -> list[dict]:
    """Per touchpoint row (its № «1.» or «1.1.»), its fields by header label, with the kind group, direction row
    and process row above it (`_group`, `_direction`, `_process`), and its needs from the second table when there
    is one (`_needs`)."""
    from benchmarks.layoutbed.h10_touch import LABELS
    lab = {k: v[ax["header_words"] == "regional"] for k, v in LABELS.items()}
    tables = _tables(docx)
    rows, needs = tables[0], {}
    if len(tables) == 2:
        assert tables[1][0] == [lab["point_no"], lab["needs"]]
        needs = {r[0]: r[1] for r in tables[1][1:]}
    head = rows[0]
    out, group, direction, process = [], None, None, None
    for r in rows[1:]:
        if len(set(r)) == 1 and not re.fullmatch(r"\d+\.(\d+\.)?", r[0]):  # a full-width row
            if re.match(r"[IV]+\. ", r[0]) and r[0].split(" ", 1)[1].endswith("точки взаимодействия"):
                group, direction = r[0].split(" ", 1)[1], None
            else:
                direction = r[0]
        elif ax["process_as"] == "number_row" and re.fullmatch(r"\d+\.", r[0]):
            assert len(set(r[1:])) == 1, r  # the process spans the other cells
            process = r[1]
        else:
            out.append({**dict(zip(head, r)), "_group": group, "_direction": direction, "_process": process,
                        "_needs": needs.get(r[0])})
    return out


def test_touch_rows_hold_the_gold(heldout10):
    from benchmarks.layoutbed.h10_common import TYPE_GROUPS, TYPE_WORDS
    from benchmarks.layoutbed.h10_touch import LABELS
    seen = set()
    for doc, _, docx in _of(heldout10, "touchpoint_list"):
        ax = doc.axes
        lab = {k: v[ax["header_words"] == "regional"] for k, v in LABELS.items()}
        records = _touch_records(docx, ax)
        assert len(records) == len(doc.gold), doc.name
        for g, r in zip(doc.gold, records):
            assert r[lab["channel"]] == g["touchpoint"] and r[lab["no"]] == g["no"], doc.name
            process = r[lab["process"]] if ax["process_as"] == "column" else r["_process"]
            assert process == g["process"] and (lab["process"] in r) == (ax["process_as"] == "column"), doc.name
            offline = g["point_type"] == "offline"
            if ax["grouping"] == "type_then_direction":  # the kind only on the group row above
                assert lab["kind"] not in r and r["_group"] == TYPE_GROUPS[ax["type_words"]][offline], doc.name
            else:
                assert r[lab["kind"]] == TYPE_WORDS[ax["type_words"]][offline] and r["_group"] is None, doc.name
            written = r[lab["needs"]] if ax["needs_at"] == "cell" else r["_needs"]
            assert (lab["needs"] in r) == (ax["needs_at"] == "cell"), doc.name
            assert _squash(written).replace(";", "").split() == _squash(
                " ".join(p.rstrip(".;") for p in g["needs_text"])).replace(";", "").split(), doc.name
            if ax["grouping"] == "direction_column":
                assert r[lab["direction"]] and r["_direction"] is None, doc.name
            else:
                assert lab["direction"] not in r and r["_direction"], doc.name
        key = lab["direction"] if ax["grouping"] == "direction_column" else "_direction"
        pairs = {(g["direction"], re.sub(r"^[IVX]+\. ", "", r[key])) for g, r in zip(doc.gold, records)}
        assert len(pairs) == len({g for g, _ in pairs}) == len({t for _, t in pairs}), doc.name
        numbers = [r[lab["no"]] for r in records]
        assert len(set(numbers)) == len(numbers), doc.name
        if ax["process_as"] == "number_row":  # «1.1.», «1.2.», … under the process row «1.»
            assert all(re.fullmatch(r"\d+\.\d+\.", n) for n in numbers), doc.name
        else:
            assert numbers == [f"{k}." for k in range(1, len(records) + 1)], doc.name
        if ax["grouping"] == "type_then_direction":  # every digital touchpoint before every offline one
            kinds = [g["point_type"] for g in doc.gold]
            assert kinds == sorted(kinds), doc.name
        seen.add((ax["grouping"], ax["needs_at"]))
    assert {g for g, _ in seen} == {"direction_rows", "direction_column", "type_then_direction"}


# --- roadmaps ---------------------------------------------------------------------------------------------

def _end(year: int, month: int) -> str:
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")


def _month(word: str) -> int:
    return max((k + 1 for k, m in enumerate(MONTHS) if word.startswith(m)), key=lambda k: len(MONTHS[k - 1]))


def _meaning(text: str) -> str:
    """The last day a generated span or year-first deadline names (the span's end, or the period's)."""
    year = int(re.search(r"(20\d\d)", text).group(1))
    tail = text.split(" по ", 1)[1] if text.startswith("с ") else text.split(", ", 1)[1]
    if m := re.match(r"(\d\d)\.(\d\d)\.(20\d\d)", tail):
        return f"{m[3]}-{m[2]}-{m[1]}"
    if m := re.match(r"(\d) полугодие", tail):
        return _end(year, 6 * int(m[1]))
    if m := re.match(r"(\d+) ([а-я]+)", tail):
        return f"{year}-{_month(m[2]):02d}-{int(m[1]):02d}"
    if m := re.match(r"([IV]+) (квартал|кв\.)", tail):
        return _end(year, 3 * (ROMAN.index(m[1]) + 1))
    return _end(year, _month(tail.split()[0]))


def test_roadmap_forms_parse_independently():
    """The deadline reader of these tests agrees with hand-worked examples."""
    assert _meaning("с 01.03.2025 по 30.06.2025") == "2025-06-30"
    assert _meaning("с марта по июнь 2025 г.") == "2025-06-30"
    assert _meaning("с 1 апреля по 30 сентября 2025 года") == "2025-09-30"
    assert _meaning("с момента утверждения плана по 31 мая 2026 г.") == "2026-05-31"
    assert _meaning("с II по IV квартал 2025 г.") == "2025-12-31"
    assert _meaning("2025 г., II квартал") == "2025-06-30"
    assert _meaning("2024 год, 1 полугодие") == "2024-06-30"
    assert _meaning("2025 г., февраль") == "2025-02-28"
    assert _meaning("2025 год, май") == "2025-05-31"


def test_roadmap_terms_and_people_where_the_layout_puts_them(heldout10):
    from benchmarks.layoutbed.h10_roadmap import ABOVE, HEAD
    seen = set()
    for doc, _, docx in _of(heldout10, "roadmap"):
        ax = doc.axes
        head = {k: v[ax["header_words"] == "regional"] for k, v in HEAD.items()}
        (rows,) = _tables(docx)
        labels = rows[0]
        items = [dict(zip(labels, r)) for r in rows[1:] if len(set(r)) > 1]
        assert [r[head["activity"]] for r in items] == [g["activity"] for g in doc.gold], doc.name
        assert [r[head["no"]] for r in items] == [g["item_no"] for g in doc.gold], doc.name
        stage_rows = [r[0] for r in rows[1:] if len(set(r)) == 1]
        if ax["stage_as"] == "merged_column":  # the stage in a first column, merged down over its items
            assert labels[0] == head["stage"] and not stage_rows, doc.name
            for r in items:
                assert r[head["stage"]].startswith(r[head["no"]].split(".")[0] + ". "), doc.name
        else:
            assert head["stage"] not in labels and len(stage_rows) == len({g["item_no"][0] for g in doc.gold})
        paras = [t for k, t in _blocks(docx) if k == "p"]
        for g, r in zip(doc.gold, items):
            assert r[head["deadline"]] == g["deadline_text"], doc.name
            if ax["deadline_as"] != "pool":
                assert g["deadline"] == _meaning(g["deadline_text"]), (doc.name, g["deadline_text"])
            if ax["resp_at"] == "above_table":
                assert head["responsible"] not in r, doc.name
                above = {f.format(r=g["responsible_text"].replace("\n", " ")) for f in ABOVE}
                assert len(above & set(paras)) == 1, doc.name
            else:
                assert r[head["responsible"]] == g["responsible_text"], doc.name
        if ax["resp_at"] == "above_table":  # one responsible for the whole plan
            assert len({g["responsible_text"] for g in doc.gold}) == 1, doc.name
        seen.add(ax["deadline_as"])
    assert seen == {"pool", "span", "year_first"}


# --- procedures -------------------------------------------------------------------------------------------

def _unnoted(item: str) -> str:
    from benchmarks.layoutbed.h10_procedure import NOTES
    for note in (n for ns in NOTES.values() for n in ns):
        for tail in (f" – {note}", f" ({note})"):
            if item.endswith(tail):
                return item[: -len(tail)]
    return item


def _same(items: list[str], gold: list[str]) -> bool:
    """The printed items are the gold's, in order, but for the lower-cased first letter."""
    return [i[1:] for i in items] == [g.rstrip(".;")[1:] for g in gold]


def test_procedure_lists_where_the_layout_puts_them(heldout10):
    from benchmarks.layoutbed.h10_procedure import CATEGORIES, REGIONAL, TERMS
    seen = set()
    for doc, _, docx in _of(heldout10, "procedure"):
        ax, want = doc.axes, _gold_lists(doc)
        paras = [t for k, t in _blocks(docx) if k == "p"]
        body = paras[next(k for k, p in enumerate(paras) if p.startswith("Приложение к приказу")) + 2:]
        printed, noted = [], 0
        if ax["lists_in"] == "definitions":  # «term – a, b, c;» a list each, in the chapter of terms
            assert "2. Основные понятия" in body and not [p for p in body if re.match(r"\d\) ", p)], doc.name
            for kind in want:
                (line,) = [p for p in body if p.startswith(TERMS[ax["leadin_form"]][kind] + " – ")]
                items = line.split(" – ", 1)[1].rstrip(".;").split(", ")
                noted += sum(_unnoted(i) != i for i in items)
                printed.append(kind)
                assert _same([_unnoted(i) for i in items], want[kind]), (doc.name, kind)
        else:
            points = [p for p in body if re.match(r"2\.\d\. ", p)]
            assert len(points) == 4, doc.name
            if ax["leadin_form"] == "regional":
                assert sorted(p.split(" ", 1)[1] for p in points) == sorted(REGIONAL.values()), doc.name
            for p, kind in zip(points, (k for k in dict.fromkeys(g["list_kind"] for g in doc.gold))):
                start = body.index(p) + 1
                end = next((k for k in range(start, len(body)) if re.match(r"2\.\d\. ", body[k])), len(body))
                lines = body[start:end]
                cats = [ln for ln in lines if ln.endswith(":")]
                items = [re.sub(r"^(\d+|[а-я])\) ", "", ln).rstrip(".;") for ln in lines if not ln.endswith(":")]
                noted += sum(_unnoted(i) != i for i in items)
                assert _same([_unnoted(i) for i in items], want[kind]), (doc.name, kind)
                if ax["nesting"] == "categories" and kind in CATEGORIES:  # lettered items under «1) category:»
                    assert cats and all(re.match(r"\d\) ", c) for c in cats), doc.name
                    assert all(re.match(r"[а-я]\) ", ln) for ln in lines if ln not in cats), doc.name
                else:
                    assert not cats, doc.name
                printed.append(kind)
        assert printed == list(want), doc.name
        assert (noted > 0) == (ax["item_gloss"] == "noted"), doc.name
        seen.add((ax["lists_in"], ax["nesting"]))
    assert seen >= {("definitions", "n/a"), ("points", "flat"), ("points", "categories")}
