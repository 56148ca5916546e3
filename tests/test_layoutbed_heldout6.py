"""The layout bed's sixth held-out set (`--layouts heldout6`): the generator's Word files (and its converted text,
where the form lives there) say what its gold says, for every axis value, and the set stays out of every other.

Checks of the generator only (no figures of the program): a few documents, no LibreOffice and no pipeline run."""
import calendar
import re

import pytest

from tests.test_layoutbed import _squash, every_axis_value_used, own_set, rendered
from tests.test_layoutbed_heldout3 import _blocks
from tests.test_layoutbed_heldout4 import _gold_lists, _of


@pytest.fixture(scope="module")
def heldout6(tmp_path_factory):
    return rendered("heldout6", tmp_path_factory.mktemp("layoutbed-heldout6"))


def test_heldout6_is_its_own_set():
    own_set("heldout6", "t")


def test_every_axis_value_is_used(heldout6):
    from benchmarks.layoutbed import h6_procedure, h6_roadmap, h6_touch
    every_axis_value_used(heldout6, {"touchpoint_list": h6_touch, "roadmap": h6_roadmap, "procedure": h6_procedure})


# --- touchpoint lists -------------------------------------------------------------------------------

def _body(docx) -> tuple[list, list, list[str]]:
    """(the tables, the body rows as cell lists — header and numbers rows left out —, the paragraphs)."""
    tables, rows, paras = [], [], []
    for kind, item in _blocks(docx):
        if kind == "p":
            paras.append(item)
            continue
        tables.append(item)
        for r in item.rows:
            cells = [c for c in r.cells]
            if re.fullmatch(r"\d+\.", cells[0].text):
                rows.append(cells)
    return tables, rows, paras


def _words(text: str) -> list[str]:
    """The words of a needs cell without its numbers «1) » and its punctuation."""
    return re.sub(r"(^|\s)\d+\) ", " ", _squash(text)).replace(";", " ").replace(".", " ").split()


def test_touch_rows_hold_the_gold(heldout6):
    from benchmarks.layoutbed import h6_common
    from benchmarks.layoutbed.h6_touch import KIND
    for doc, _, docx in _of(heldout6, "touchpoint_list"):
        _, rows, _ = _body(docx)
        assert [r[0].text for r in rows] == [f"{k}." for k in range(1, len(doc.gold) + 1)], doc.name
        for g, r in zip(doc.gold, rows):
            assert [c.text for c in r[2:5]] == [g["process"], g["touchpoint"], KIND[g["point_type"]]], doc.name
            if doc.axes["abbrev"] != "none" and g["channel"] in h6_common.ABBREV:
                assert g["touchpoint"] in h6_common.ABBREV[g["channel"]][0], doc.name
            paras = [p.text for p in r[5].paragraphs]
            many = len(g["needs_text"]) > 1
            if doc.axes["needs_cell"] == "numbered_lines" and many:
                assert [p.split(") ", 1)[0] for p in paras] == [str(k) for k in range(1, len(paras) + 1)]
                assert len(paras) == len(g["needs_text"]), doc.name
            elif doc.axes["needs_cell"] == "numbered_inline" and many:
                assert len(paras) == 1 and f"{len(g['needs_text'])}) " in paras[0], doc.name
            else:
                assert len(paras) == 1, doc.name  # (a pool's phrase may number its own parts)
            assert _words(" ".join(paras)) == _words(" ".join(g["needs_text"])), doc.name


def test_touch_headers_glossary_notes_and_page_numbers(heldout6):
    from benchmarks.layoutbed import h6_common
    from benchmarks.layoutbed.h6_touch import GROUP, NOTES, SUBS
    seen = set()
    for doc, txt, docx in _of(heldout6, "touchpoint_list"):
        ax = doc.axes
        tables, _, paras = _body(docx)
        head = [[c.text for c in r.cells] for r in tables[0].rows[:3]]
        grouped = ax["header_form"] != "flat"
        assert (head[0][3:5] == [GROUP, GROUP]) == grouped, doc.name  # the group cell spans two columns
        if grouped:
            assert [t.rstrip("¹²") for t in head[1][3:5]] == list(SUBS), doc.name
            assert head[1][:3] == head[0][:3], doc.name  # the other headings merged down over both rows
        numbers = [str(k) for k in range(1, 7)]
        assert (numbers in head) == (ax["header_form"] == "group_point_numbers"), doc.name
        marked = any(t.endswith(("¹", "²")) for row in head for t in row)
        assert marked == (ax["header_marks"] == "footnoted"), doc.name
        assert all(n in paras for n in NOTES) == (ax["header_marks"] == "footnoted"), doc.name
        # glossary lines «X – …» for exactly the abbreviations the cells use, above or below the table
        used = {g["touchpoint"] for g in doc.gold} & {a for names, _ in h6_common.ABBREV.values() for a in names}
        used = used if ax["abbrev"] != "none" else set()
        lines = [p for p in paras if re.match(r"[А-ЯA-Z ]{2,} – ", p)]
        assert {p.split(" – ")[0] for p in lines} == used, doc.name
        text = txt.read_text(encoding="utf-8")
        if used:
            seen.add(ax["abbrev"])
            first_row = text.index("\n1.\t")
            assert all((text.index(ln) < first_row) == (ax["abbrev"] == "glossary_above") for ln in lines), doc.name
        # cut at page ends: later parts have no header, a page number stands between the parts
        parts = len(tables)
        assert (parts > 1) == (ax["page_numbers"] == "between_parts" and len(doc.gold) >= 10), doc.name
        if parts > 1:
            seen.add("parts")
            assert all(re.fullmatch(r"\d+\.", t.rows[0].cells[0].text) for t in tables[1:]), doc.name
            pages = [p for p in paras if re.fullmatch(r"(- )?(Страница )?\d+( -)?", p)]
            assert len(pages) == parts - 1, doc.name
            assert text.count("№ п/п") == 1, doc.name
    assert {"glossary_above", "glossary_below", "parts"} <= seen


# --- roadmaps ---------------------------------------------------------------------------------------

def _period_end(text: str, year: int) -> str:
    """The last day of the period a deadline as generated states (a month, a quarter), or its day."""
    from benchmarks.layoutbed.h6_roadmap import MONTHS, QUARTERS
    from benchmarks.layoutbed.preamble import MONTHS as GENITIVE
    words = text.lower().replace(".", " ").split()
    if words[0] in MONTHS:
        m = MONTHS.index(words[0]) + 1
        return f"{year}-{m:02d}-{calendar.monthrange(year, m)[1]:02d}"
    if words[0].upper() in QUARTERS and words[1] in ("квартал", "кв"):
        m = 3 * (QUARTERS.index(words[0].upper()) + 1)
        return f"{year}-{m:02d}-{calendar.monthrange(year, m)[1]:02d}"
    day, month = next((int(w), GENITIVE.index(n) + 1) for w, n in zip(words, words[1:]) if w.isdigit())
    return f"{year}-{month:02d}-{day:02d}"


def test_roadmap_items_deadlines_and_names_as_written(heldout6):
    from benchmarks.layoutbed.h6_roadmap import LABELS
    seen = set()
    for doc, _, docx in _of(heldout6, "roadmap"):
        ax = doc.axes
        blocks = list(_blocks(docx))
        tables = [t for k, t in blocks if k == "t"]
        items, group = [], None
        if ax["form"] == "table":
            (table,) = tables
            head = [c.text for c in table.rows[0].cells]
            assert (LABELS["fio"] in head) == (ax["resp_form"] == "fio_column"), doc.name
            for r in table.rows[1:]:
                cells = [c.text for c in r.cells]
                if len(set(cells)) == 1:
                    group = cells[0]
                else:
                    items.append((group, dict(zip(head, cells))))
        else:
            assert not tables, doc.name
            paras = [t for k, t in blocks if k == "p"]
            start = next(k for k, p in enumerate(paras) if p.startswith("План мероприятий"))
            for p in paras[start + 1:]:
                if re.fullmatch(r"(\d{4} год|[IVX]+\. .+)", p):
                    group = p
                elif re.match(r"\d+\. ", p):
                    items.append((group, {}))
                elif ": " in p:
                    label, value = p.split(": ", 1)
                    items[-1][1][label] = value[:-1]
        assert len(items) == len(doc.gold), doc.name
        for g, (grp, fields) in zip(doc.gold, items):
            assert fields[LABELS["deadline"]].rstrip(".") == g["deadline_text"].rstrip("."), doc.name
            by_year = ax["year_from"] == "group_row"
            assert bool(re.fullmatch(r"\d{4} год", grp)) == by_year, (doc.name, grp)
            assert bool(re.search(r"\d{4}", g["deadline_text"])) != by_year, doc.name
            year = int(grp[:4]) if by_year else int(re.search(r"\d{4}", g["deadline_text"]).group())
            assert _period_end(g["deadline_text"], year) == g["deadline"], (doc.name, g["deadline_text"])
            if ax["resp_form"] == "fio_column":
                assert fields[LABELS["fio"]].rstrip(".") == (", ".join(g["names"]) or "—").rstrip("."), doc.name
                seen.add(ax["form"])
    assert seen == {"table", "labelled_paragraphs"}


# --- procedures -------------------------------------------------------------------------------------

def test_procedure_lists_in_appendices_glossary_and_form(heldout6):
    from benchmarks.layoutbed import h6_common
    from benchmarks.layoutbed.h6_procedure import FORM_HEAD, TITLES
    for doc, _, docx in _of(heldout6, "procedure"):
        ax = doc.axes
        blocks = list(_blocks(docx))
        paras = [t for k, t in blocks if k == "p"]
        want = _gold_lists(doc)
        if ax["list_container"] == "appendices":
            stamps = [p for p in paras if p.startswith("Приложение № ")]
            assert len(stamps) == 4 + (ax["form_appendix"] == "yes"), doc.name
            for kind, texts in want.items():
                at = paras.index(TITLES[kind], paras.index(stamps[0]))
                got = []
                for p in paras[at + 1:]:
                    if not re.match(r"\d+\. ", p):
                        break
                    got.append(p.split(" ", 1)[1].rstrip(".;"))
                assert got == [t.rstrip(".;") for t in texts], (doc.name, kind)
        else:
            items = [p for p in paras if re.match(r"3\.\d\.\d+\. ", p)]
            assert len(items) == sum(map(len, want.values())), doc.name
        abbrs = [t for k in ("channel_digital", "channel_offline") for t in want.get(k, [])
                 if any(t in names for names, _ in h6_common.ABBREV.values())]
        glossary = [p for p in paras if re.match(r"[А-ЯA-Z ]{2,} – ", p)]
        if ax["glossary"] == "yes":  # every abbreviation an item is has its line (a pool may write one too)
            assert {p.split(" – ")[0] for p in glossary} == set(abbrs), doc.name
        else:
            assert not glossary, doc.name
        tables = [t for k, t in blocks if k == "t"]
        assert len(tables) == (ax["form_appendix"] == "yes"), doc.name
        if tables:
            rows = [[c.text for c in r.cells] for r in tables[0].rows]
            assert rows == [list(FORM_HEAD), [str(k) for k in range(1, len(FORM_HEAD) + 1)], [""] * len(FORM_HEAD)]
