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


# --- the layouts of `--layouts extra`: their files say what their gold says ---------------------

def own_set(layouts: str, letter: str) -> None:
    """A held-out set's documents are named `tp<letter>-…` etc., and no other set makes such names."""
    names = {d.name[:4] for d in generate.documents(pools.load("tune"), seed=3, n_docs=2, layouts=layouts)}
    assert names == {f"tp{letter}-", f"rm{letter}-", f"pr{letter}-"}
    for other in (x for x in generate.LAYOUTS if x != layouts):
        docs = generate.documents(pools.load("tune"), seed=3, n_docs=2, layouts=other)
        assert not [d.name for d in docs if d.name[2] == letter], other


def every_axis_value_used(docs: list, modules: dict) -> None:
    """Each kind's documents (rendered()) use every value of every axis its module declares."""
    for kind, module in modules.items():
        seen = {(k, v) for d, _, _ in docs if d.kind == kind for k, v in d.axes.items()}
        assert {(k, v) for k, vs in module.AXES.items() for v in vs} <= seen, kind


def rendered(layouts: str, folder: Path) -> list:
    """(document, converted text, Word file) of each tune-pool document of a layout set (seed 3)."""
    docs = generate.documents(pools.load("tune"), seed=3, n_docs=N, layouts=layouts)
    return [(d, render_txt.write(d, folder / f"{d.name}.txt"), render_docx.write(d, folder / f"{d.name}.docx"))
            for d in docs]


@pytest.fixture(scope="module")
def extra(tmp_path_factory):
    return rendered("extra", tmp_path_factory.mktemp("layoutbed-extra"))


def test_extra_layouts_leave_the_base_documents_as_they_were(docs):
    both = generate.documents(pools.load("tune"), seed=3, n_docs=N, layouts="all")
    base = [d for d in both if "x-" not in d.name.split("-tune")[0] + "-"]
    assert [render_txt.render(d) for d in base] == [render_txt.render(d) for d in docs]
    assert {d.name[:3] for d in both} == {"tp-", "rm-", "pr-", "tpx", "rmx", "prx"}


def _extra_gold_texts(doc) -> list[str]:
    if doc.kind == "touchpoint_list" and doc.axes["needs_as"] == "matrix":
        return [t for g in doc.gold for t in (g["touchpoint"], g["process"])]  # needs are marks, not words
    return _gold_texts(doc)


def test_every_extra_gold_text_is_in_both_files(extra):
    for doc, txt, docx in extra:
        in_txt, in_docx = _squash(txt.read_text(encoding="utf-8")), _docx_text(docx)
        for text in _extra_gold_texts(doc):
            core = _squash(text)[1:].rstrip(".;")
            assert core in in_txt and core in in_docx, (doc.name, text)


def _touch_rows(path: Path) -> list[dict[str, str]]:
    """Each body row of every table of a touchpoint list's Word file, keyed by its column's heading.

    python-docx gives a merged cell's text in every grid cell it covers, so the lowest header row
    (the last one starting «№ п/п») names every column; a continued part has no header (the
    previous part's headings hold); numbers rows and full-width rows are skipped."""
    out, labels = [], []
    for t in Word(str(path)).tables:
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        heads = [k for k, r in enumerate(rows) if r[0] == "№ п/п"]
        if heads:
            labels = rows[heads[-1]]
        for r in rows[heads[-1] + 1 if heads else 0:]:
            if r == [str(k + 1) for k in range(len(r))] or len(set(r)) == 1:
                continue
            out.append(dict(zip(labels, r)))
    return out


def test_split_channel_columns_hold_each_channel_under_its_type(extra):
    split = [(d, x) for d, _, x in extra if d.axes.get("channel_cols") == "split_by_type"]
    assert split
    for doc, docx in split:
        rows = _touch_rows(docx)
        assert len(rows) == len(doc.gold), doc.name
        for g, r in zip(doc.gold, rows):
            column = "цифровые" if g["point_type"] == "digital" else "нецифровые (офлайн)"
            other = "нецифровые (офлайн)" if column == "цифровые" else "цифровые"
            # a merged (channel-first) cell repeats its text in python-docx's grid; the other column is blank
            assert r[column].startswith(g["touchpoint"]) and r[other] in ("", "–"), (doc.name, g["touchpoint"])


def test_need_matrix_marks_the_gold_needs(extra):
    from benchmarks.layoutbed.extra_cells import MARKS, NEED_LABELS
    label_code = {label: code for code, labels in NEED_LABELS.items() for label in labels}
    matrix = [(d, x) for d, _, x in extra if d.axes.get("needs_as") == "matrix"]
    assert matrix
    for doc, docx in matrix:
        mark = MARKS[doc.axes["needs_mark"]]
        rows = _touch_rows(docx)
        assert len(rows) == len(doc.gold), doc.name
        for g, r in zip(doc.gold, rows):
            marked = {label_code[k] for k, v in r.items() if k in label_code and v == mark}
            assert marked == set(g["needs"]), (doc.name, g["touchpoint"])


def test_extra_merged_cells_and_narrow_columns_are_real(extra):
    for doc, txt, docx in extra:
        tables = [b for b in doc.blocks if isinstance(b, Table)]
        want = sum(c.vmerge == "continue" for t in tables for r in t.rows for c in r)
        root = _tcs(docx)
        assert sum(v.get(f"{W}val") in (None, "continue") for v in root.iter(f"{W}vMerge")) == want, doc.name
        with zipfile.ZipFile(docx) as z:
            settings = z.read("word/settings.xml").decode()
        assert ("autoHyphenation" in settings) == doc.hyphenate, doc.name
        fixed = [e.get(f"{W}type") for e in root.iter(f"{W}tblLayout")]
        assert bool(fixed and set(fixed) == {"fixed"}) == (doc.axes.get("orientation") == "landscape_narrow"), doc.name


def test_a_continued_table_repeats_its_numbers_row(extra):
    continued = [(d, t) for d, t, _ in extra if d.axes.get("page_split") == "continuation"]
    assert continued
    for doc, txt in continued:
        text = txt.read_text(encoding="utf-8")
        parts = text.count("Продолжение таблицы") + text.count("Окончание таблицы")
        ncols = len(next(b for b in doc.blocks if isinstance(b, Table)).rows[-1])
        numbers = "\t".join(str(k + 1) for k in range(ncols))
        assert text.count("Окончание таблицы") <= 1 + (doc.axes["direction_as"] == "per_type_tables")
        assert text.count(numbers + "\n") == parts + text.count("№ п/п\t"), doc.name


def test_roadmap_deadlines_and_people_as_written(extra):
    import re
    roman = {"I": 1, "II": 2, "III": 3, "IV": 4}
    for doc, txt, _ in extra:
        if doc.kind != "roadmap":
            continue
        lines = txt.read_text(encoding="utf-8").splitlines()
        for g in doc.gold:
            row = next(ln.split("\t") for ln in lines if ln.startswith(g["item_no"] + "\t"))
            form, when = doc.axes["deadline_form"], row[2]
            if form in ("annual", "permanent"):
                assert g["deadline"] is None, (doc.name, when)
            if form == "quarter":
                q, year = re.match(r"(\w+) кв\S* (\d{4})", when).groups()
                assert g["deadline"][:7] == f"{year}-{3 * roman.get(q, int(q) if q.isdigit() else 0):02d}", when
            if form == "range":
                assert g["deadline"][:4] in when and g["deadline"][:4] == max(re.findall(r"\d{4}", when)), when
            if doc.axes["responsible_form"] != "pool":
                assert len(g["names"]) == 2 and all(n in row[3] for n in g["names"]), (doc.name, row[3])


def test_procedure_lists_in_a_table_or_inline(extra):
    for doc, txt, docx in extra:
        if doc.kind != "procedure":
            continue
        items = {}
        for g in doc.gold:
            items.setdefault(g["list_kind"], set()).add(g["text"])
        if doc.axes["list_container"] == "table":
            (table,) = Word(str(docx)).tables
            cells = [r.cells[1] for r in table.rows[1:]]
            assert sorted(len(c.paragraphs) for c in cells) == sorted(map(len, items.values())), doc.name
        elif doc.axes["list_container"] == "inline_numbered":
            text = txt.read_text(encoding="utf-8")
            for kind, texts in items.items():
                last = f"{len(texts)}) "
                assert any(ln.startswith("2.") and "1) " in ln and last in ln for ln in text.splitlines()), kind


def test_narrow_columns_fit_the_landscape_page(extra):
    from docx.shared import Mm
    narrow = [(d, x) for d, _, x in extra if d.axes.get("orientation") == "landscape_narrow"]
    assert narrow
    for doc, docx in narrow:
        word = Word(str(docx))
        room = word.sections[0].page_width - word.sections[0].left_margin - word.sections[0].right_margin
        for t in word.tables:
            assert sum(c.width for c in t.columns) <= room and min(c.width for c in t.columns) < Mm(20), doc.name


def test_both_halves_skip_a_set_without_a_test_half(monkeypatch, capsys):
    """pools3 is tuning material only: `--half both` runs its tune half instead of failing."""
    from benchmarks.layoutbed import __main__ as bed

    ran = []
    monkeypatch.setattr(bed, "run_half", lambda p, h, args, root: ran.append((p, h)) or pd.DataFrame(
        {"kind": ["none"]}))
    bed.main(["--pools", "pools,pools3", "--half", "both", "--formats", "txt"])
    assert ran == [("pools", "tune"), ("pools", "test"), ("pools3", "tune")]


def test_a_literal_line_break_is_a_line_break_in_every_pool_file():
    """pools/README: the two characters \\n stand for a line break in the cell — any cell."""
    from benchmarks.layoutbed import pools as bed_pools

    tune = bed_pools.load("tune")
    cells = [v for name in bed_pools.FILES for r in tune[name] for v in r.values()]
    assert not [c for c in cells if "\\n" in c]
    assert any("\n" in r["responsible_raw"] for r in tune["responsible"])


def test_a_short_name_with_its_details_is_the_same_touchpoint():
    from benchmarks.layoutbed.score import similar

    assert similar("МФЦ", "МФЦ\nг. Заречный, ул. Лесная, 4\nпн–пт 9:00–18:00")
    assert not similar("МФЦ", "РПГУ\nМФЦ г. Заречный")          # the name must open the cell
    assert not similar("ЛК", "ЛКП сайта")                         # a whole word, not a prefix of one

