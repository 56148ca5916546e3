"""The layout bed's ninth held-out set (`--layouts heldout9`): the generator's Word files say what its gold says,
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
def heldout9(tmp_path_factory):
    return rendered("heldout9", tmp_path_factory.mktemp("layoutbed-heldout9"))


def test_heldout9_is_its_own_set():
    own_set("heldout9", "q")


def test_every_axis_value_is_used(heldout9):
    from benchmarks.layoutbed import h9_procedure, h9_roadmap, h9_touch
    every_axis_value_used(heldout9, {"touchpoint_list": h9_touch, "roadmap": h9_roadmap, "procedure": h9_procedure})


def test_every_pool_phrase_is_in_both_files(heldout9):
    for doc, txt, docx in heldout9:
        word, text = _docx_text(docx), _squash(txt.read_text(encoding="utf-8"))
        for phrase in _gold_texts(doc):
            assert _squash(phrase).rstrip(".;") in word and _squash(phrase).rstrip(".;") in text, (doc.name, phrase)


def _tables(docx) -> list[list[list[str]]]:
    return [[[c.text for c in r.cells] for r in t.rows] for k, t in _blocks(docx) if k == "t"]


# --- touchpoint lists -----------------------------------------------------------------------------------

def _touch_records(docx, ax) -> tuple[list[dict], list[list[str]]]:
    """Per touchpoint row, its fields by header label, with the direction row and client group above it
    (`_direction`, `_group`); and the empty rows."""
    from benchmarks.layoutbed.h9_touch import LABELS
    (rows,) = _tables(docx)
    head = rows[0]
    assert head[0] == LABELS["no"][ax["header_words"] == "regional"]
    out, empty, direction, group = [], [], None, None
    for r in rows[1:]:
        if not any(r):
            empty.append(r)
        elif len(set(r)) == 1:  # a full-width row: a client group «I. …» / «Раздел I. …», or a direction «1. …»
            if re.match(r"(Раздел )?[IV]+\. ", r[0]):
                group = r[0]
            else:
                direction = r[0].split(" ", 1)[1]
        elif re.fullmatch(r"\d+\.", r[0]) and not any(r[2:]):  # a numbered direction row of cells
            direction = r[1]
        else:
            out.append({**dict(zip(head, r)), "_direction": direction, "_group": group})
    return out, empty


def test_touch_rows_hold_the_gold(heldout9):
    from benchmarks.layoutbed.extra_cells import DETAILS
    from benchmarks.layoutbed.h9_touch import LABELS, TYPE_WORDS
    seen = set()
    for doc, _, docx in _of(heldout9, "touchpoint_list"):
        ax = doc.axes
        lab = {k: v[ax["header_words"] == "regional"] for k, v in LABELS.items()}
        records, empty = _touch_records(docx, ax)
        assert len(records) == len(doc.gold), doc.name
        for g, r in zip(doc.gold, records):
            words = TYPE_WORDS[ax["type_words"]]
            assert (r[lab["channel"]], r[lab["process"]]) == (g["touchpoint"], g["process"]), doc.name
            assert r[lab["kind"]] == words[g["point_type"] == "offline"], doc.name
            assert _squash(r[lab["needs"]]).replace(";", "").split() == _squash(
                " ".join(p.rstrip(".;") for p in g["needs_text"])).replace(";", "").split(), doc.name
            assert (lab["details"] in r) == (ax["details_col"] == "yes"), doc.name
            if lab["details"] in r:
                assert r[lab["details"]] == (", ".join(DETAILS.get(g["channel"], ())) or "—"), doc.name
            if ax["direction_as"] == "column":
                assert r[lab["direction"]] and r["_direction"] is None, doc.name
            else:
                assert lab["direction"] not in r and r["_direction"], doc.name
            if ax["direction_as"] == "client_groups":  # external directions under group I, internal under II
                assert ("II." in r["_group"]) == g["direction"].startswith("internal"), doc.name
        key = lab["direction"] if ax["direction_as"] == "column" else "_direction"
        pairs = {(g["direction"], r[key]) for g, r in zip(doc.gold, records)}
        assert len(pairs) == len({g for g, _ in pairs}) == len({t for _, t in pairs}), doc.name
        numbers = [r[lab["no"]] for r in records]
        if ax["direction_as"] == "number_row":  # «1.1.», «1.2.», … under the direction row «1.»
            assert all(re.fullmatch(r"\d+\.\d+\.", n) for n in numbers), doc.name
        else:
            assert numbers == [f"{k}." for k in range(1, len(records) + 1)], doc.name
        changes = sum(1 for a, b in zip(doc.gold, doc.gold[1:]) if (a["direction"], a["process"]) !=
                      (b["direction"], b["process"]))
        assert len(empty) == (changes if ax["blank_rows"] == "yes" else 0), doc.name
        seen.add(ax["direction_as"])
    assert seen == {"column", "number_row", "client_groups"}


# --- roadmaps ---------------------------------------------------------------------------------------------

def _end(year: int, month: int) -> str:
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _meaning(text: str) -> str:
    """The last day of the period a generated deadline names (the end of a quarter or half, in figures or words)."""
    text = text.rstrip("*")
    year = int(re.search(r"(20\d\d)", text).group(1))
    words = text.split()
    quarters = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4, "первый": 1, "первом": 1,
                "второй": 2, "втором": 2, "третий": 3, "третьем": 3, "четвертый": 4, "четвертом": 4}
    halves = {"первое": 1, "первого": 1, "второе": 2, "второго": 2}
    for k, w in enumerate(words):
        if w.startswith("полугоди"):
            return _end(year, 6 * halves[words[k - 1]])
        if w.startswith("квартал"):
            return _end(year, 3 * quarters[words[k - 1]])
    raise AssertionError(text)


def _roadmap_rows(docx) -> list[dict]:
    """The item rows «1.1.» by header label (a two-row header's lower row names the term's cells), each with the
    group row of responsible above it (`_resp`)."""
    (rows,) = _tables(docx)
    first = next(j for j, r in enumerate(rows) if len(set(r)) == 1)
    labels = rows[0] if first == 1 else [b if b and a == b else b or a for a, b in zip(rows[0], rows[1])]
    out, resp = [], None
    for r in rows[first:]:
        if len(set(r)) == 1:
            resp = r[0] if not re.match(r"\d+\. ", r[0]) else resp
        else:
            out.append({**dict(zip(labels, r)), "_resp": resp})
    return out


def test_roadmap_terms_and_people_where_the_layout_puts_them(heldout9):
    from benchmarks.layoutbed.h9_roadmap import HEAD, RESP_ROW
    seen = set()
    for doc, _, docx in _of(heldout9, "roadmap"):
        ax = doc.axes
        head = {k: v[ax["header_words"] == "regional"] for k, v in HEAD.items()}
        rows = _roadmap_rows(docx)
        assert [r[head["activity"]] for r in rows] == [g["activity"] for g in doc.gold], doc.name
        for g, r in zip(doc.gold, rows):
            if ax["deadline_as"] == "year_quarter":
                year, quarter = r["год"], r["квартал"]
                last = 12 if quarter == "в течение года" else 3 * (ROMAN.index(quarter.split("–")[-1]) + 1)
                assert g["deadline"] == _end(int(year), last), doc.name
            else:
                assert r[head["deadline"]] == g["deadline_text"], doc.name
                if ax["deadline_as"] in ("end_of", "in_words"):
                    assert g["deadline"] == _meaning(g["deadline_text"]), (doc.name, g["deadline_text"])
            if ax["resp_at"] == "group_row":
                assert head["responsible"] not in r, doc.name
                forms = [f.format(r=g["responsible_text"].replace("\n", " ")) for f in RESP_ROW]
                assert r["_resp"] in forms, doc.name
            else:
                assert r[head["responsible"]] == g["responsible_text"] and r["_resp"] is None, doc.name
            seen.add(ax["deadline_as"])
        paras = [t for k, t in _blocks(docx) if k == "p"]
        marked = [g for g in doc.gold if g["deadline_text"].endswith("*")]
        assert bool(marked) == any(p.startswith("* ") for p in paras), doc.name
        assert not marked or ax["deadline_mark"] == "asterisk", doc.name
    assert seen == {"pool", "end_of", "in_words", "year_quarter"}


def test_roadmap_forms_parse_independently():
    """The deadline reader of these tests agrees with hand-worked examples."""
    assert _meaning("до конца I квартала 2025 г.") == "2025-03-31"
    assert _meaning("к концу второго полугодия 2026 года*") == "2026-12-31"
    assert _meaning("во втором квартале 2025 г.") == "2025-06-30"
    assert _meaning("четвертый квартал 2024 года") == "2024-12-31"


# --- procedures -------------------------------------------------------------------------------------------

def test_procedure_lists_where_the_layout_puts_them(heldout9):
    from benchmarks.layoutbed.h9_procedure import DALEE, MARKS, REGIONAL, TITLES
    seen = set()
    for doc, _, docx in _of(heldout9, "procedure"):
        ax, want = doc.axes, _gold_lists(doc)
        paras = [t for k, t in _blocks(docx) if k == "p"]
        body = paras[next(k for k, p in enumerate(paras) if p.startswith("Приложение к приказу")) + 2:]
        items = [re.sub(r"^\d+\) ", "", p).rstrip(".;") for p in body if re.match(r"\d+\) ", p)]
        points = [p for p in body if re.match(r"\d+(\.\d+)?\. ", p) and not p.endswith(TITLES)]
        assert len([p for p in body if p.endswith(TITLES)]) == 3, doc.name
        marks = [m for pair in MARKS for m in pair]
        bare = [next((i[: -len(m) - 1] for m in marks if i.endswith(" " + m)), i) for i in items]
        assert sorted(bare) == sorted(t.rstrip(".;") for ts in want.values() for t in ts), doc.name
        marked = [i for i in items if i != next((i[: -len(m) - 1] for m in marks if i.endswith(" " + m)), i)]
        channels = len(want["channel_digital"]) + len(want["channel_offline"])
        assert len(marked) == (channels if ax["channels"] == "one_list_marked" else 0), doc.name
        assert len(points) == 3 + (3 if ax["channels"] == "one_list_marked" else 4), doc.name
        if ax["numbering"] == "chapters_running":  # points numbered on through the chapters
            assert [p.split(".")[0] for p in points] == [str(k) for k in range(1, len(points) + 1)], doc.name
        else:
            assert all(re.match(r"[123]\.\d+\. ", p) for p in points), doc.name
        words = {"dalee": DALEE, "regional": REGIONAL}.get(ax["leadin_form"])
        if words:
            leads = [w for w in words.values() if any(p.endswith(w) for p in points)]
            assert len(leads) == (2 if ax["channels"] == "one_list_marked" else 4), doc.name
        seen.add((ax["numbering"], ax["channels"]))
    assert len(seen) == 4
