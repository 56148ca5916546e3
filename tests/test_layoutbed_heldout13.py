"""The layout bed's thirteenth held-out set (`--layouts heldout13`): the generator's Word files say what its gold says,
for every axis value, a third of the documents is fully mainstream, and the set stays out of every other.

Checks of the generator only (no figures of the program): a few documents, no LibreOffice and no pipeline run."""
import re

import pytest

from tests.test_layoutbed import _docx_text, _gold_texts, _squash, every_axis_value_used, own_set, rendered
from tests.test_layoutbed_heldout3 import _blocks
from tests.test_layoutbed_heldout4 import _gold_lists, _of


@pytest.fixture(scope="module")
def heldout13(tmp_path_factory):
    return rendered("heldout13", tmp_path_factory.mktemp("layoutbed-heldout13"))


def _modules():
    from benchmarks.layoutbed import h13_procedure, h13_roadmap, h13_touch
    return {"touchpoint_list": h13_touch, "roadmap": h13_roadmap, "procedure": h13_procedure}


def test_heldout13_is_its_own_set():
    own_set("heldout13", "m")


def test_every_axis_value_is_used(heldout13):
    every_axis_value_used(heldout13, _modules())


def test_a_third_of_the_documents_is_mainstream(heldout13):
    for doc, _, _ in heldout13:
        first = {k: v[0] for k, v in _modules()[doc.kind].AXES.items()}
        number = int(doc.name.rsplit("-", 1)[1])
        assert (doc.axes["mainstream"] == "yes") == (number % 3 == 0), doc.name
        if number % 3 == 0:
            assert {k: doc.axes[k] for k in first} == first, doc.name


def test_every_pool_phrase_is_in_both_files(heldout13):
    for doc, txt, docx in heldout13:
        word, text = _docx_text(docx), _squash(txt.read_text(encoding="utf-8"))
        for phrase in _gold_texts(doc):
            core = _squash(phrase)[1:].rstrip(".;")  # a list item may change the case of its start
            assert core in word and core in text, (doc.name, phrase)


def _tables(docx) -> list[list[list[str]]]:
    return [[[c.text for c in r.cells] for r in b.rows] for k, b in _blocks(docx) if k == "t"]


# --- touchpoint lists -----------------------------------------------------------------------------------

def _needs(text: str) -> str:
    """A needs cell's words, «1)» marks and separators taken off (a pool phrase may hold marks of its own)."""
    text = re.sub(r"\b\d+\) ", "", text)
    return _squash(text.replace("\n", " ").replace(";", " ").replace(".", " "))


def _head(rows, ax, lab) -> tuple[list[str], list[list[str]]]:
    """The names of a table's columns (a grouped header's lower words under their group) and its body rows."""
    if ax["header_levels"] == "one":
        return rows[0], rows[1:]
    top, bottom = rows[0], rows[1]
    groups = {lab[g] for g in ("proc_group", "point_group", "kinds_group")}
    names = [f"{a}/{b}" if a in groups else a for a, b in zip(top, bottom)]
    assert any(a in groups for a in top) and all(b == a for a, b in zip(top, bottom) if a not in groups), rows[:2]
    return names, rows[2:]


def _touch_records(docx, ax) -> list[dict]:
    """Per touchpoint, what the document states, read from the tables as the form lays them out."""
    from benchmarks.layoutbed.h13_touch import KIND_HEADS, LABELS, SUB, TYPE_WORDS
    regional = ax["header_words"] == "regional"
    lab = {k: v[regional] for k, v in LABELS.items()}
    tables, out = _tables(docx), []
    if ax["form"] == "point_cards":  # a caption «… № n» and a field | value table per point
        paras = [t for k, t in _blocks(docx) if k == "p" and t.startswith(lab["card"])]
        assert paras == [f"{lab['card']} {n}" for n in range(1, len(tables) + 1)]
        for t in tables:
            card = dict(t)
            assert list(card) == [lab[f] for f in ("direction", "process", "channel", "kind", "needs")], t
            out.append({"heading": card[lab["direction"]], "process": card[lab["process"]],
                        "channel": card[lab["channel"]], "kind": card[lab["kind"]], "needs": _needs(card[lab["needs"]])})
        return out
    sub = {k: v[regional] for k, v in SUB.items()}
    if ax["form"] == "channel_register":  # table 1 code | channel | kind; table 2 processes naming codes
        first, second = tables
        assert first[0] == [lab["code"], lab["channel"], lab["kind"]]
        register = {r[0]: (r[1], r[2]) for r in first[1:]}
        names, body = _head(second, ax, lab)
        for r in body:
            cells = dict(zip(names, r))
            heading = cells.get(lab["direction"]) or cells[f"{lab['proc_group']}/{sub['direction']}"]
            process = cells.get(lab["process"]) or cells[f"{lab['proc_group']}/{sub['process']}"]
            for code in cells[lab["refs"]].split(", "):
                channel, kind = register[code]
                out.append({"heading": heading, "process": process, "channel": channel, "kind": kind,
                            "needs": _needs(cells[lab["needs"]])})
        return out
    (rows,) = tables
    names, body = _head(rows, ax, lab)
    for r in body:
        cells = dict(zip(names, r))
        heading = cells.get(lab["direction"]) or cells[f"{lab['proc_group']}/{sub['direction']}"]
        process = cells.get(lab["process"]) or cells[f"{lab['proc_group']}/{sub['process']}"]
        if ax["form"] == "kind_columns":  # the kind said by the column alone
            words = TYPE_WORDS[ax["type_words"]]
            for k, head in enumerate(KIND_HEADS[ax["type_words"]]):
                name = next(n for n in names if n.lower().split("/")[-1].startswith(head))
                for channel in cells[name].split("\n"):
                    if channel != "—":
                        out.append({"heading": heading, "process": process, "channel": channel.rstrip(";"),
                                    "kind": words[k], "needs": _needs(cells[lab["needs"]])})
            continue
        channel = cells.get(lab["channel"]) or cells[f"{lab['point_group']}/{sub['channel']}"]
        kind = cells.get(lab["kind"]) or cells[f"{lab['point_group']}/{sub['kind']}"]
        out.append({"heading": heading, "process": process, "channel": channel, "kind": kind,
                    "needs": _needs(cells[lab["needs"]])})
    return out


def test_touch_rows_hold_the_gold(heldout13):
    from benchmarks.layoutbed.h13_touch import TYPE_WORDS
    seen = set()
    for doc, _, docx in _of(heldout13, "touchpoint_list"):
        ax = doc.axes
        records = _touch_records(docx, ax)
        assert len(records) == len(doc.gold), doc.name
        for g, r in zip(doc.gold, records):
            assert r["channel"] == g["touchpoint"] and r["process"] == g["process"], (doc.name, r, g)
            assert r["kind"] == TYPE_WORDS[ax["type_words"]][g["point_type"] == "offline"], doc.name
            assert r["needs"].split() == _needs("\n".join(g["needs_text"])).split(), doc.name
        pairs = {(g["direction"], r["heading"]) for g, r in zip(doc.gold, records)}
        assert len(pairs) == len({g for g, _ in pairs}) == len({t for _, t in pairs}), doc.name
        if ax["form"] in ("channel_register", "kind_columns"):  # a process states its needs once
            by_process = {}
            for g in doc.gold:
                assert by_process.setdefault(g["process"], g["needs_text"]) == g["needs_text"], doc.name
        seen.add((ax["form"], ax["header_levels"]))
    assert {f for f, _ in seen} == {"table", "point_cards", "channel_register", "kind_columns"}
    assert {h for _, h in seen} == {"one", "grouped"}


def test_numbered_needs_and_contact_kinds_are_written(heldout13):
    seen = set()
    for doc, _, docx in _of(heldout13, "touchpoint_list"):
        text = "\n".join(c for t in _tables(docx) for r in t for c in r)
        if doc.axes["needs_marks"] == "numbered":
            assert re.search(r"(?m)^1\) ", text), doc.name
            seen.add("numbered")
        if doc.axes["type_words"] == "contact":
            assert re.search(r"онтактн", text), doc.name
            seen.add("contact")
    assert seen == {"numbered", "contact"}


# --- roadmaps ---------------------------------------------------------------------------------------------

PERIOD_END = {"года": "12-31", ("полугодия", "I"): "06-30", ("полугодия", "II"): "12-31",
              ("квартала", "I"): "03-31", ("квартала", "II"): "06-30", ("квартала", "III"): "09-30",
              ("квартала", "IV"): "12-31"}


def _meaning(text: str):
    """The day a «в течение …» term ends on; None for a repetition or an open term."""
    if m := re.fullmatch(r"в течение (20\d\d) года", text):
        return f"{m[1]}-12-31"
    if m := re.fullmatch(r"в течение (I|II|III|IV) (полугодия|квартала) (20\d\d) (?:г\.|года)", text):
        return f"{m[3]}-{PERIOD_END[(m[2], m[1])]}"
    assert not text.startswith("в течение"), text
    return None


def test_roadmap_term_reader_agrees_with_hand_worked_examples():
    assert _meaning("в течение 2025 года") == "2025-12-31"
    assert _meaning("в течение I полугодия 2025 г.") == "2025-06-30"
    assert _meaning("в течение II полугодия 2024 года") == "2024-12-31"
    assert _meaning("в течение III квартала 2025 г.") == "2025-09-30"
    assert _meaning("ежеквартально") is None and _meaning("по мере необходимости") is None


def test_roadmap_items_terms_and_people(heldout13):
    from benchmarks.layoutbed.h13_roadmap import HEAD, REPEATS, UNITS
    seen = set()
    for doc, _, docx in _of(heldout13, "roadmap"):
        ax = doc.axes
        head = {k: v[ax["header_words"] == "regional"] for k, v in HEAD.items()}
        (rows,) = _tables(docx)
        items = [dict(zip(rows[0], r)) for r in rows[1:] if len(set(r)) > 1]
        assert [r[head["no"]] for r in items] == [g["item_no"] for g in doc.gold], doc.name
        assert (head["curator"] in rows[0]) == (ax["curator_col"] == "yes"), doc.name
        for g, r in zip(doc.gold, items):
            assert r[head["activity"]] == g["activity"] and r[head["deadline"]] == g["deadline_text"], doc.name
            lines = r[head["responsible"]].split("\n")
            if ax["resp_form"] == "unit_then_person":  # the unit on the first line, the person below
                assert lines[0] in UNITS and "\n".join(lines[1:]) == g["responsible_text"], r
            else:
                assert r[head["responsible"]] == g["responsible_text"], doc.name
            if ax["curator_col"] == "yes":  # a person who is not the item's responsible
                assert r[head["curator"]] == g["curator_text"], doc.name
                assert not any(n.split()[0] in g["curator_text"] for n in g["names"]), (doc.name, r)
            if ax["deadline_form"] == "within_period":
                assert g["deadline"] == _meaning(g["deadline_text"]), (doc.name, g["deadline_text"])
                seen.add(g["deadline_text"] in REPEATS)
    assert seen == {True, False}


# --- procedures -------------------------------------------------------------------------------------------

def _chapter(paras: list[str]) -> list[str]:
    """The paragraphs of chapter 2 (its new wording in an amending order), guillemets taken off."""
    start = next(k for k, p in enumerate(paras) if p.lstrip("«") == "2. Содержание перечня")
    stop = next(k for k, p in enumerate(paras) if k > start and re.match(r"(3\. Актуализация|2\. Пункт 3\.1)", p))
    body = paras[start + 1:stop]
    return body[:-1] + [re.sub(r"»\.$", "", body[-1])]


def test_procedure_lists_in_the_form_of_the_document(heldout13):
    from benchmarks.layoutbed.h13_procedure import CAPTIONS, REGIONAL
    seen = set()
    for doc, _, docx in _of(heldout13, "procedure"):
        ax, want = doc.axes, _gold_lists(doc)
        regional = ax["leadin_form"] == "regional"
        paras = [t for k, t in _blocks(docx) if k == "p"]
        amendment = ax["act_form"] == "amendment"
        assert paras[3].startswith("О внесении изменений") == amendment, doc.name
        assert (paras[paras.index(next(p for p in paras if p.lstrip("«") == "2. Содержание перечня"))]
                .startswith("«")) == amendment, doc.name
        body = _chapter(paras)
        points = [k for k, p in enumerate(body) if re.match(r"2\.\d\. ", p)]
        assert len(points) == 4, doc.name
        if ax["list_place"] == "inline":
            lists = [body[a + 1:b] for a, b in zip(points, points[1:] + [len(body)])]
            for p, lines, kind in zip(points, lists, want):
                assert [ln[-1] for ln in lines] == [";"] * (len(lines) - 1) + ["."], lines
                items = [ln.split(") ", 1)[1][:-1] for ln in lines]
                assert [i[1:] for i in items] == [g.rstrip(".;")[1:] for g in want[kind]], (doc.name, kind)
                if regional:
                    assert body[p].split(" ", 1)[1] == REGIONAL[kind], doc.name
        else:  # each point names a table of the appendix; the table holds the items
            assert len(body) == 4 and all("приложения к настоящему Порядку" in p for p in body), body
            tables = _tables(docx)
            for k, (kind, table) in enumerate(zip(want, tables), 1):
                caption = CAPTIONS[kind][regional]
                assert body[k - 1] == f"2.{k}. {caption} приведены в таблице {k} приложения к настоящему Порядку."
                assert f"Таблица {k}. {caption}" in paras, doc.name
                assert table[0] == ["№ п/п", "Наименование"] and [r[1] for r in table[1:]] == want[kind], doc.name
        seen.add((ax["list_place"], ax["act_form"]))
    assert seen == {(p, a) for p in ("inline", "appendix_tables") for a in ("approval", "amendment")}
