"""The layout bed's eighth held-out set (`--layouts heldout8`): the generator's Word files say what its gold says,
for every axis value, and the set stays out of every other.

Checks of the generator only (no figures of the program): a few documents, no LibreOffice and no pipeline run."""
import calendar
import re

import pytest

from tests.test_layoutbed import _docx_text, _gold_texts, _squash, every_axis_value_used, own_set, rendered
from tests.test_layoutbed_heldout3 import _blocks
from tests.test_layoutbed_heldout4 import _gold_lists, _of

GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря")


@pytest.fixture(scope="module")
def heldout8(tmp_path_factory):
    return rendered("heldout8", tmp_path_factory.mktemp("layoutbed-heldout8"))


def test_heldout8_is_its_own_set():
    own_set("heldout8", "r")


def test_every_axis_value_is_used(heldout8):
    from benchmarks.layoutbed import h8_procedure, h8_roadmap, h8_touch
    every_axis_value_used(heldout8, {"touchpoint_list": h8_touch, "roadmap": h8_roadmap, "procedure": h8_procedure})
    for kind in ("touchpoint_list", "roadmap"):  # the column split on each kind that has it
        assert {d.axes["column_split"] for d, _, _ in _of(heldout8, kind)} >= {"one", "two_tables"}, kind


def test_every_pool_phrase_is_in_both_files(heldout8):
    for doc, txt, docx in heldout8:
        word, text = _docx_text(docx), _squash(txt.read_text(encoding="utf-8"))
        for phrase in _gold_texts(doc):
            assert _squash(phrase).rstrip(".;") in word and _squash(phrase).rstrip(".;") in text, (doc.name, phrase)


# --- the column split both kinds share ----------------------------------------------------------------

def _tables(docx) -> list[list[list[str]]]:
    return [[[c.text for c in r.cells] for r in t.rows] for k, t in _blocks(docx) if k == "t"]


def _numbers_row(rows: list[list[str]]) -> int:
    """The index of the row of graph numbers under a part's header."""
    return next(k for k, r in enumerate(rows) if all(re.fullmatch(r"\d+", c) for c in r) and r[0] == "1")


def test_a_split_table_is_printed_in_two_parts_by_columns(heldout8):
    seen = set()
    for doc, _, docx in heldout8:
        if doc.kind == "procedure":
            continue
        tables = _tables(docx)
        parts = [t for t in tables if any(r[0] == "№ п/п" for r in t)]
        graphs = [[int(c) for c in t[_numbers_row(t)]] for t in parts] if doc.axes["column_split"] == "two_tables" \
            else []
        for left, right in zip(graphs[::2], graphs[1::2]):
            # the first part holds graphs 1..k, the second the № again and the rest; together every graph once
            assert left == list(range(1, len(left) + 1)) and right[0] == 1, doc.name
            assert sorted(left + right[1:]) == list(range(1, len(left) + len(right))), doc.name
            seen.add(doc.kind)
        if doc.axes["column_split"] == "two_tables":
            assert len(parts) % 2 == 0 and graphs, doc.name
            for a, b in zip(parts[::2], parts[1::2]):  # the same rows under the graph numbers, joined by their №
                assert [r[0] for r in a[_numbers_row(a):]] == [r[0] for r in b[_numbers_row(b):]], doc.name
        else:
            assert not [t for t in parts if any(all(re.fullmatch(r"\d+", c) for c in r) for r in t)], doc.name
    assert seen == {"touchpoint_list", "roadmap"}


# --- touchpoint lists -----------------------------------------------------------------------------------

def _touch_records(docx) -> list[dict]:
    """Per touchpoint row, its fields by header label (a split table's two parts joined by №), with the direction
    header row and the process block above it (`_direction`, `_process`, `_needs`); and the other full-width rows
    (`_other`, in order)."""
    from benchmarks.layoutbed.h8_touch import LABELS
    out, others = [], []
    for rows in _tables(docx):
        head = next(r for r in rows if r[0] == LABELS["no"])
        records, direction, process, needs = [], None, None, None
        for k, r in enumerate(rows):
            if len(set(r)) == 1 and r[0]:
                text = r[0]
                if rows.index(head) > k:
                    direction = text
                elif text.startswith("Потребности клиента: "):
                    needs = text
                elif k + 1 < len(rows) and rows[k + 1][0].startswith("Потребности клиента: "):
                    process = text
                elif LABELS["channel"] in head:
                    others.append(text)
            elif re.fullmatch(r"\d+\.", r[0]):
                records.append({**dict(zip(head, r)), "_direction": direction, "_process": process, "_needs": needs})
        if LABELS["channel"] in head:
            out += records
        else:  # the second part of a split table: its columns go to the rows of the first part with that №
            mine = out[-len(records):]
            assert [m[LABELS["no"]] for m in mine] == [r[LABELS["no"]] for r in records]
            for m, r in zip(mine, records):
                m.update(r)
    return out, others


def _words(text: str) -> list[str]:
    return _squash(text).replace(";", " ").replace(".", " ").split()


def test_touch_rows_hold_the_gold(heldout8):
    from benchmarks.layoutbed.h8_touch import KIND, LABELS
    for doc, _, docx in _of(heldout8, "touchpoint_list"):
        ax = doc.axes
        records, _ = _touch_records(docx)
        assert [r[LABELS["no"]] for r in records] == [f"{k}." for k in range(1, len(doc.gold) + 1)], doc.name
        for g, r in zip(doc.gold, records):
            assert (r[LABELS["channel"]], r[LABELS["kind"]]) == (g["touchpoint"], KIND[g["point_type"]]), doc.name
            want = _words(" ".join(g["needs_text"]))
            if ax["needs_as"] == "cell":
                assert _words(r[LABELS["needs"]]) == want and r[LABELS["process"]] == g["process"], doc.name
            elif ax["needs_as"] == "slots":
                slots = [v for key, v in r.items() if key.startswith("Потребность ")]
                assert [s for s in slots if s] == [p.rstrip(".;") for p in g["needs_text"]], doc.name
                assert r[LABELS["process"]] == g["process"], doc.name
            else:  # the process block above the row names the process and states its needs
                assert LABELS["process"] not in r and LABELS["needs"] not in r, doc.name
                assert r["_process"].endswith(g["process"]), doc.name
                assert _words(r["_needs"].split(": ", 1)[1]) == want, doc.name
            direction = r.get(LABELS["direction"]) if ax["direction_as"] == "column" else r["_direction"]
            assert direction and (ax["direction_as"] == "column") == (LABELS["direction"] in r), doc.name


def test_touch_directions_match_the_gold_grouping(heldout8):
    """One direction text per gold direction, in either form (a column, or a table's header row)."""
    from benchmarks.layoutbed.h8_touch import LABELS
    for doc, _, docx in _of(heldout8, "touchpoint_list"):
        records, _ = _touch_records(docx)
        key = LABELS["direction"] if doc.axes["direction_as"] == "column" else "_direction"
        pairs = {(g["direction"], r[key]) for g, r in zip(doc.gold, records)}
        assert len(pairs) == len({g for g, _ in pairs}) == len({t for _, t in pairs}), doc.name


def test_touch_rows_that_are_no_touchpoint(heldout8):
    from benchmarks.layoutbed.h8_touch import REMARKS
    seen = set()
    for doc, _, docx in _of(heldout8, "touchpoint_list"):
        _, others = _touch_records(docx)
        form = doc.axes["extra_rows"]
        if form == "subtotals":
            # a subtotal per direction, then the total: their counts are the gold's
            runs = [g["direction"] for k, g in enumerate(doc.gold) if k == 0 or g["direction"] != doc.gold[k - 1]["direction"]]
            assert len(others) == len(runs) + 1 and others[-1].startswith("Всего"), doc.name
            n, d, o = map(int, re.findall(r"\d+", others[-1]))
            assert (n, d, o) == (len(doc.gold), sum(g["point_type"] == "digital" for g in doc.gold),
                                 sum(g["point_type"] == "offline" for g in doc.gold)), doc.name
        elif form == "remarks":
            assert set(others) <= set(REMARKS), doc.name
        else:
            assert not others, doc.name
        seen.add(form if others or form == "none" else "")
    assert {"subtotals", "remarks", "none"} <= seen


def test_process_block_shares_its_needs(heldout8):
    for doc, _, _ in _of(heldout8, "touchpoint_list"):
        if doc.axes["needs_as"] == "process_block":
            assert doc.axes["column_split"] == "n/a", doc.name
            for a, b in zip(doc.gold, doc.gold[1:]):
                if a["process"] == b["process"]:
                    assert a["needs_text"] == b["needs_text"], doc.name


# --- roadmaps ---------------------------------------------------------------------------------------------

def _roadmap_rows(docx) -> list[dict]:
    """The table's rows numbered «1.» or «1.1.» by header label (person columns by name), parts joined by №."""
    out: list[dict] = []
    for rows in _tables(docx):
        if not any(r[0] == "№ п/п" for r in rows):
            continue
        first = next(j for j, r in enumerate(rows) if re.fullmatch(r"\d+\.(\d+\.)?", r[0]))
        labels = [r for r in rows[:first] if r[0] == "№ п/п"][-1]  # a two-row header's lower row
        records = [dict(zip(labels, r)) for r in rows if re.fullmatch(r"\d+\.(\d+\.)?", r[0]) and len(set(r)) > 1]
        if "Наименование мероприятия" in labels:
            out += records
        else:
            mine = out[-len(records):]
            assert [m["№ п/п"] for m in mine] == [r["№ п/п"] for r in records]
            for m, r in zip(mine, records):
                m.update(r)
    return out


def _end(year: int, month: int) -> str:
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _meaning(text: str, year: int) -> str:
    """The date a generated deadline written without its year means in `year`."""
    words = text.replace(".", " ").split()
    if words[0] in ("I", "II", "III", "IV") and words[1] in ("квартал", "кв"):
        return _end(year, 3 * ("I", "II", "III", "IV").index(words[0]) + 3)
    if words[1:] == ["полугодие"]:
        return _end(year, 6 * len(words[0]))
    months = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
              "ноябрь", "декабрь")
    if words[0] in months:
        return _end(year, months.index(words[0]) + 1)
    m = re.search(r"(\d{2})\.(\d{2})$", text)
    if m:
        return f"{year}-{m.group(2)}-{m.group(1)}"
    day, month = re.search(r"(\d+) ([а-я]+)$", text).groups()
    return f"{year}-{GENITIVE.index(month) + 1:02d}-{int(day):02d}"


def test_roadmap_deadlines_and_the_plans_year(heldout8):
    for doc, _, docx in _of(heldout8, "roadmap"):
        ax = doc.axes
        paras = [t for k, t in _blocks(docx) if k == "p"]
        title = next(p for p in paras if p.startswith("План мероприятий"))
        in_title = re.search(r"на (\d{4}) год", title)
        assert bool(in_title) == (ax["year_from"] == "title"), doc.name
        for g in doc.gold:
            text = g["deadline_text"]
            if ax["year_from"] == "title":
                assert not re.search(r"\d{4}", text) and g["deadline"] == _meaning(text, int(in_title.group(1)))
            elif ax["year_from"] == "cell":
                year = int(re.search(r"(\d{4})", text).group(1))
                assert g["deadline"][:4] == str(year), doc.name
                assert g["deadline"] == _meaning(re.sub(r"\.?\s*\d{4}.*$", "", text).strip(), year), (doc.name, text)


def test_roadmap_items_terms_and_people_where_the_layout_puts_them(heldout8):
    from benchmarks.layoutbed import pools
    from benchmarks.layoutbed.pools import split_list
    # a legend line is a pool row's responsible as written; its people are the row's names
    staff = {r["responsible_raw"].replace("\n", " ").rstrip(".;"): split_list(r["names"])
             for r in pools.load("tune")["responsible"]}
    seen = set()
    for doc, _, docx in _of(heldout8, "roadmap"):
        ax = doc.axes
        rows = _roadmap_rows(docx)
        items = [r for r in rows if r["№ п/п"].count(".") == 2]
        stages = {r["№ п/п"]: r for r in rows if r["№ п/п"].count(".") == 1}
        assert [r["Наименование мероприятия"] for r in items] == [g["activity"] for g in doc.gold], doc.name
        paras = [t for k, t in _blocks(docx) if k == "p"]
        legend = {int(p.split(" – ", 1)[0]): p.split(" – ", 1)[1] for p in paras if re.match(r"\d+ – ", p)}
        assert bool(legend) == (ax["resp_as"] == "legend_numbers"), doc.name
        for g, r in zip(doc.gold, items):
            where = stages[r["№ п/п"].split(".")[0] + "."] if ax["term_at"] == "stage_row" else r
            if ax["term_at"] == "stage_row":
                assert r["Срок исполнения"] == "" and where["Срок исполнения"] == g["deadline_text"], doc.name
            else:
                assert r["Срок исполнения"] == g["deadline_text"], doc.name
            if ax["resp_as"] == "name_columns":
                marked = {k for k, v in where.items() if v == ax["mark"]}
                assert marked == set(g["names"]) and marked, doc.name
            elif ax["resp_as"] == "legend_numbers":
                numbers = [int(n) for n in where["Ответственный исполнитель"].split(", ")]
                named = [n for k in numbers for n in staff[legend[k].rstrip(".;")] if n]
                assert g["names"] == list(dict.fromkeys(named)), doc.name
            else:
                assert where["Ответственный исполнитель"] == g["responsible_text"], doc.name
            seen.add((ax["term_at"], ax["resp_as"]))
    assert {t for t, _ in seen} == {"item", "stage_row"} and {r for _, r in seen} == {"column", "name_columns",
                                                                                      "legend_numbers"}


# --- procedures -------------------------------------------------------------------------------------------

def _lines(docx) -> list[str]:
    """The body's paragraphs and the cells of its tables (a two-column list row by row), in order."""
    out = []
    for kind, item in _blocks(docx):
        if kind == "p":
            out.append(item)
        else:
            out += [c.text for r in item.rows for c in r.cells if c.text]
    return out


def _item_text(line: str) -> str:
    return re.sub(r"^(\d+\)|(\d+\.){3,4})\s", "", line).rstrip(".;")


def test_procedure_lists_where_the_layout_puts_them(heldout8):
    from benchmarks.layoutbed.h8_procedure import GOES_ON, NAMED
    seen = set()
    for doc, _, docx in _of(heldout8, "procedure"):
        ax, want = doc.axes, _gold_lists(doc)
        lines = _lines(docx)
        stamp = next(k for k, ln in enumerate(lines) if ln.startswith("Приложение к приказу"))
        # items: numbered lines that are no point opening a list (a lead-in ends with «:») nor a reference
        items = [(k, _item_text(ln)) for k, ln in enumerate(lines) if re.match(r"(\d+\)|(\d+\.){3,4}) ", ln)
                 and not ln.endswith(":") and "определены подпунктом" not in ln]
        expect = sorted(t.rstrip(".;") for ts in want.values() for t in ts)
        assert sorted(t for _, t in items) == expect, doc.name
        in_order = {t for k, t in items if k < stamp}
        refs = [ln for ln in lines if "определены подпунктом" in ln]
        if ax["lists_in"] == "order_body":
            kinds = {kind for kind, ts in want.items() if {t.rstrip(".;") for t in ts} <= in_order}
            assert len(kinds) == 2 == len(refs) and {r.split(" ", 1)[1] for r in refs} == {
                f"{NAMED[k]} определены подпунктом {r.split('подпунктом ')[1]}" for k in kinds for r in refs
                if NAMED[k] in r}, doc.name
        else:
            assert not in_order and not refs, doc.name
        goes_on = [ln for ln in lines if "Кроме того, к " in ln]
        assert len(goes_on) <= (ax["list_split"] == "continued"), doc.name
        if goes_on:
            kind = next(k for k, v in GOES_ON.items() if v in goes_on[0])
            after = lines[lines.index(goes_on[0]) + 1]
            if ax["numbering"] == "paren":  # the numbering runs on from the first part
                assert after.split(")")[0] == str((len(want[kind]) + 1) // 2 + 1), doc.name
            seen.add("continued")
        deep = [ln for ln in lines if re.match(r"(\d+\.){4} ", ln)]
        assert bool(deep) == (ax["numbering"] == "decimal_deep"), doc.name
        grid = [t for k, t in _blocks(docx) if k == "t"]
        assert bool(grid) == (ax["item_grid"] == "two_columns"), doc.name
        for t in grid:
            assert len(t.columns) == 2 and all(re.match(r"(\d+\)|(\d+\.){3,4}) ", c.text) for r in t.rows
                                               for c in r.cells[:1]), doc.name
    assert seen == {"continued"}
