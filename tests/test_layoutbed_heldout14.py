"""The layout bed's fourteenth held-out set (`--layouts heldout14`): the generator's Word files say what its gold says,
for every axis value, a third of the documents is fully mainstream, and the set stays out of every other.

Checks of the generator only (no figures of the program): a few documents, no LibreOffice and no pipeline run."""
import calendar
import re

import pytest

from tests.test_layoutbed import _gold_texts, _squash, every_axis_value_used, own_set, rendered
from tests.test_layoutbed_heldout3 import _blocks
from tests.test_layoutbed_heldout4 import _gold_lists, _of


@pytest.fixture(scope="module")
def heldout14(tmp_path_factory):
    return rendered("heldout14", tmp_path_factory.mktemp("layoutbed-heldout14"))


def _modules():
    from benchmarks.layoutbed import h14_procedure, h14_roadmap, h14_touch
    return {"touchpoint_list": h14_touch, "roadmap": h14_roadmap, "procedure": h14_procedure}


def test_heldout14_is_its_own_set():
    own_set("heldout14", "l")


def test_every_axis_value_is_used(heldout14):
    every_axis_value_used(heldout14, _modules())


def test_a_third_of_the_documents_is_mainstream(heldout14):
    for doc, _, _ in heldout14:
        first = {k: v[0] for k, v in _modules()[doc.kind].AXES.items()}
        number = int(doc.name.rsplit("-", 1)[1])
        assert (doc.axes["mainstream"] == "yes") == (number % 3 == 0), doc.name
        if number % 3 == 0:
            assert {k: doc.axes[k] for k in first} == first, doc.name


def _cell_text(c) -> str:
    """A Word cell's words, those of a table inside it included."""
    inner = [_cell_text(x) for t in c.tables for r in t.rows for x in r.cells]
    return "\n".join([p.text for p in c.paragraphs] + inner)


def _word_text(docx) -> str:
    parts = []
    for k, b in _blocks(docx):
        parts += [b] if k == "p" else [_cell_text(c) for r in b.rows for c in r.cells]
    return _squash(" ".join(parts))


def test_every_pool_phrase_is_in_both_files(heldout14):
    for doc, txt, docx in heldout14:
        word, text = _word_text(docx), _squash(txt.read_text(encoding="utf-8"))
        for phrase in _gold_texts(doc):
            core = _squash(phrase)[1:].rstrip(".;")  # a list item may change the case of its start
            assert core in word and core in text, (doc.name, phrase)


def _tables(docx) -> list:
    return [b for k, b in _blocks(docx) if k == "t"]


def _texts(table) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in table.rows]


# --- touchpoint lists -----------------------------------------------------------------------------------

def _needs(text: str) -> list[str]:
    return sorted(_squash(p).rstrip(".;") for p in re.split(r";|\n", text) if p.strip())


def _gold_needs(g) -> list[str]:
    return _needs("\n".join(g["needs_text"]))


def _head(rows: list[list[str]], ax, lab) -> tuple[list[str], int]:
    """A table's column names (a client category under its group) and the number of header rows."""
    if ax["client_cols"] == "no":
        return rows[0], 1
    top, bottom = rows[0], rows[1]
    assert top.count(lab["clients"]) == 2 and all(b == a for a, b in zip(top, bottom) if a != lab["clients"])
    return [f"{a}/{b}" if a == lab["clients"] else a for a, b in zip(top, bottom)], 2


def _kind(number: str, kind_cell: str | None, ax) -> str:
    """A point's kind word: its column, or the legend's word for its number's prefix «Ц-1» / «О-1»."""
    from benchmarks.layoutbed.h14_touch import PREFIX, TYPE_WORDS
    if ax["kind_at"] == "column":
        return kind_cell
    return TYPE_WORDS[ax["type_words"]][PREFIX.index(re.fullmatch(r"(Ц|О)-\d+", number)[1])]


def _touch_records(docx, ax) -> list[dict]:
    """Per touchpoint, what the Word file states, read as the form lays it out."""
    from benchmarks.layoutbed.h14_touch import LABELS
    lab = {k: v[ax["header_words"] == "regional"] for k, v in LABELS.items()}
    paras = [b for k, b in _blocks(docx) if k == "p"]
    out = []
    if ax["form"] == "process_tables":  # a caption «d.p. Процесс: «…»» over each table of points
        captions = [p for p in paras if re.match(rf"\d+\.\d+\. {lab['caption']}: «", p)]
        assert len(captions) == len(_tables(docx))
        for caption, t in zip(captions, _tables(docx)):
            rows = _texts(t)
            names, skip = _head(rows, ax, lab)
            for r in rows[skip:]:
                c = dict(zip(names, r))
                out.append({"process": caption.split(": «", 1)[1][:-1], "channel": c[lab["channel"]],
                            "kind": _kind(c[lab["no"]], c.get(lab["kind"]), ax), "needs": _needs(c[lab["needs"]])})
        return out
    (t,) = _tables(docx)
    rows = _texts(t)
    names, skip = _head(rows, ax, lab)
    for k, r in enumerate(rows[skip:], skip):
        c = dict(zip(names, r))
        if ax["form"] == "nested_points":  # the process's points in a table inside its cell
            cell = t.rows[k].cells[names.index(lab["points"])]
            (inner,) = cell.tables
            sub = _texts(inner)
            for p in (dict(zip(sub[0], x)) for x in sub[1:]):
                out.append({"process": c[lab["process"]], "channel": p[lab["channel"]],
                            "kind": _kind(p.get("№", ""), p.get(lab["kind"]), ax), "needs": _needs(p[lab["needs"]])})
        elif ax["form"] == "need_rows":  # a need's row names the points serving it, a line each
            for line in c[lab["serving"]].split("\n"):
                if ax["kind_at"] == "column":
                    channel, kind = re.fullmatch(r"(.+) \(([^()]+)\)", line).groups()
                else:
                    number, channel = line.split(" ", 1)
                    kind = _kind(number, None, ax)
                out.append({"process": c[lab["process"]], "channel": channel, "kind": kind,
                            "needs": [_squash(c[lab["need"]])]})
        else:
            out.append({"process": c[lab["process"]], "channel": c[lab["channel"]],
                        "kind": _kind(c[lab["no"]], c.get(lab["kind"]), ax), "needs": _needs(c[lab["needs"]])})
    return out


def test_touch_points_hold_the_gold(heldout14):
    from benchmarks.layoutbed.h14_touch import TYPE_WORDS
    seen = set()
    for doc, _, docx in _of(heldout14, "touchpoint_list"):
        ax = doc.axes
        records = _touch_records(docx, ax)
        if ax["form"] == "need_rows":  # a point named in several need rows: its needs the union of theirs
            merged: dict[tuple, dict] = {}
            for r in records:
                got = merged.setdefault((r["process"], r["channel"]), dict(r, needs=[]))
                got["needs"] = sorted(got["needs"] + r["needs"])
            records = list(merged.values())
        assert len(records) == len(doc.gold), doc.name
        for g, r in zip(doc.gold, records):
            assert (r["channel"], r["process"]) == (g["touchpoint"], g["process"]), (doc.name, r, g)
            assert r["kind"] == TYPE_WORDS[ax["type_words"]][g["point_type"] == "offline"], doc.name
            assert r["needs"] == _gold_needs(g), (doc.name, r, g)
        seen.add((ax["form"], ax["kind_at"], ax["client_cols"]))
    assert {f for f, _, _ in seen} == {"table", "process_tables", "nested_points", "need_rows"}


def test_prefixed_numbers_have_their_legend_and_no_kind_column(heldout14):
    from benchmarks.layoutbed.h14_touch import LABELS
    seen = set()
    for doc, _, docx in _of(heldout14, "touchpoint_list"):
        ax = doc.axes
        text = _word_text(docx)
        kind_head = LABELS["kind"][ax["header_words"] == "regional"]
        legend = "Условные обозначения: Ц –" in text
        assert legend == (ax["kind_at"] == "number_prefix"), doc.name
        assert (kind_head in text) == (ax["kind_at"] == "column"), doc.name
        assert (re.search(r"\bЦ-1\b|\bО-1\b", text) is not None) == legend, doc.name
        if ax["type_words"] == "hyphen":
            assert "он-лайн" in text or "офф-лайн" in text, doc.name
        seen.add(ax["kind_at"])
    assert seen == {"column", "number_prefix"}


# --- roadmaps ---------------------------------------------------------------------------------------------

def _month_end(text: str) -> str:
    """The last day of a month written «06.2025» / «06.2025 г.»."""
    m = re.fullmatch(r"(\d\d)\.(20\d\d)(?: г\.)?", text)
    month, year = int(m[1]), int(m[2])
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def test_month_reader_agrees_with_hand_worked_examples():
    assert _month_end("06.2025") == "2025-06-30"
    assert _month_end("02.2024 г.") == "2024-02-29"
    assert _month_end("02.2025") == "2025-02-28"
    assert _month_end("12.2026 г.") == "2026-12-31"


def test_roadmap_items_terms_and_people(heldout14):
    from benchmarks.layoutbed.h14_roadmap import DRAFTERS, HEAD, PHONES
    seen = set()
    for doc, _, docx in _of(heldout14, "roadmap"):
        ax = doc.axes
        head = {k: v[ax["header_words"] == "regional"] for k, v in HEAD.items()}
        (table,) = _tables(docx)
        rows = _texts(table)
        assert rows[0] == [head[c] for c in ("no", "activity", "deadline", "responsible", "result")]
        items = [dict(zip(rows[0], r)) for r in rows[1:] if len(set(r)) > 1]
        assert [r[head["no"]] for r in items] == [g["item_no"] for g in doc.gold], doc.name
        for g, r in zip(doc.gold, items):
            assert r[head["activity"]] == g["activity"] and r[head["deadline"]] == g["deadline_text"], doc.name
            lines = r[head["responsible"]].split("\n")
            if ax["resp_form"] == "with_phone":  # the person, then a telephone line
                assert lines[-1] in PHONES and "\n".join(lines[:-1]) == g["responsible_text"], r
            else:
                assert r[head["responsible"]] == g["responsible_text"], doc.name
            if ax["deadline_form"] == "numeric_month":
                assert g["deadline"] == _month_end(g["deadline_text"]), (doc.name, g["deadline_text"])
        paras = [b for k, b in _blocks(docx) if k == "p"]
        drafter = [p for p in paras if p in DRAFTERS]
        assert bool(drafter) == (ax["drafter_line"] == "yes"), doc.name
        for line in drafter:  # the drafter is no item's responsible
            assert not any(n.split()[0] in line for g in doc.gold for n in g["names"]), line
        seen.add((ax["resp_form"], ax["drafter_line"], ax["deadline_form"]))
    assert {s[0] for s in seen} == {"person", "with_phone"} and {s[2] for s in seen} == {"pool", "numeric_month"}


# --- procedures -------------------------------------------------------------------------------------------

def test_procedure_lists_in_the_form_of_the_document(heldout14):
    from benchmarks.layoutbed.h14_procedure import CODE_HEAD, CODES, REGIONAL
    seen = set()
    for doc, _, docx in _of(heldout14, "procedure"):
        ax, want = doc.axes, _gold_lists(doc)
        blocks = list(_blocks(docx))
        paras = [b for k, b in blocks if k == "p"]
        start = paras.index("2. Содержание перечня")
        points = [k for k, (kind, b) in enumerate(blocks) if kind == "p" and re.match(r"2\.\d\. ", b)]
        assert len(points) == 4, doc.name
        stop = next(k for k, (kind, b) in enumerate(blocks) if kind == "p" and b == "3. Актуализация перечня")
        assert start < paras.index("3. Актуализация перечня")
        for p, end, kind in zip(points, points[1:] + [stop], want):
            lead = blocks[p][1].split(" ", 1)[1]
            if ax["leadin_form"] == "regional":
                assert lead == REGIONAL[kind], doc.name
            body = blocks[p + 1:end]
            if ax["item_marker"] == "coded_table":
                (table,) = [b for k, b in body if k == "t"]
                rows = _texts(table)
                assert rows[0] == list(CODE_HEAD), doc.name
                assert [r[0] for r in rows[1:]] == [f"{CODES[kind]}-{j:02d}" for j in range(1, len(rows))]
                items = [r[1] for r in rows[1:]]
            else:
                lines = [b for _, b in body]
                assert [ln[-1] for ln in lines] == [";"] * (len(lines) - 1) + ["."], lines
                marks = [ln.split(" ", 1)[0] for ln in lines]
                if ax["item_marker"] == "coded":
                    assert marks == [f"{CODES[kind]}-{j:02d}" for j in range(1, len(lines) + 1)], doc.name
                    items = [ln.split(" – ", 1)[1][:-1] for ln in lines]
                else:
                    assert marks == [f"{j})" for j in range(1, len(lines) + 1)], doc.name
                    items = [ln.split(") ", 1)[1][:-1] for ln in lines]
            assert [i[1:] for i in items] == [g.rstrip(".;")[1:] for g in want[kind]], (doc.name, kind)
        seen.add(ax["item_marker"])
    assert seen == {"paren", "coded", "coded_table"}
