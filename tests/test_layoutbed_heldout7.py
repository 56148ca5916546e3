"""The layout bed's seventh held-out set (`--layouts heldout7`): the generator's Word files (and its converted text)
say what its gold says, for every axis value, and the set stays out of every other.

Checks of the generator only (no figures of the program): a few documents, no LibreOffice and no pipeline run."""
import calendar
import re

import pytest

from tests.test_layoutbed import _docx_text, _gold_texts, _squash, every_axis_value_used, own_set, rendered
from tests.test_layoutbed_heldout3 import _blocks
from tests.test_layoutbed_heldout4 import _gold_lists, _of

GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря")
NOMINATIVE = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
              "ноябрь", "декабрь")


@pytest.fixture(scope="module")
def heldout7(tmp_path_factory):
    return rendered("heldout7", tmp_path_factory.mktemp("layoutbed-heldout7"))


def test_heldout7_is_its_own_set():
    own_set("heldout7", "s")


def test_every_axis_value_is_used(heldout7):
    from benchmarks.layoutbed import h7_procedure, h7_roadmap, h7_touch
    every_axis_value_used(heldout7, {"touchpoint_list": h7_touch, "roadmap": h7_roadmap, "procedure": h7_procedure})
    forms = {d.axes["deadline_form"] for d, _, _ in _of(heldout7, "roadmap")}
    assert forms == set(h7_roadmap.TEXT_FORMS) | {"n/a"}  # each text form, on text deadlines only


def test_every_pool_phrase_is_in_both_files(heldout7):
    for doc, txt, docx in heldout7:
        word, text = _docx_text(docx), _squash(txt.read_text(encoding="utf-8"))
        for phrase in _gold_texts(doc):
            assert _squash(phrase).rstrip(".;") in word and _squash(phrase).rstrip(".;") in text, (doc.name, phrase)


def _end(year: int, month: int) -> str:
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


# --- what every kind shares: the stamp in a table, the approval sheet ------------------------------

def test_stamp_table_and_approval_sheet(heldout7):
    from benchmarks.layoutbed.h7_common import APPROVERS
    seen = set()
    for doc, _, docx in heldout7:
        blocks = list(_blocks(docx))
        first = next((item for kind, item in blocks if kind == "t"), None)
        cells = [c.text for c in first.rows[0].cells] if first is not None else []
        in_table = cells[:1] == [""] and len(first.rows) == 1 and cells[1].startswith("Приложение\nУТВЕРЖДЕН")
        assert in_table == (doc.axes["stamp"] == "table"), doc.name
        stamps = [t for k, t in blocks if k == "p" and t.startswith("Приложение к приказу от")]
        assert len(stamps) == (doc.axes["stamp"] == "paragraphs"), doc.name
        paras = [t for k, t in blocks if k == "p"]
        sheet = "ЛИСТ СОГЛАСОВАНИЯ" in paras
        assert sheet == (doc.axes["approval_sheet"] == "yes"), doc.name
        if sheet:
            last = [item for kind, item in blocks if kind == "t"][-1]
            names = {r.cells[1].text for r in last.rows[1:]}
            assert names and names <= {n for _, n in APPROVERS}, doc.name
            seen.add(doc.kind)
        if doc.kind == "roadmap":  # the sheet's people are no item's responsible
            assert not {n for _, n in APPROVERS} & {n for g in doc.gold for n in g["names"]}, doc.name
    assert seen == {"touchpoint_list", "roadmap", "procedure"}


# --- touchpoint lists -------------------------------------------------------------------------------

def _touch_columns(docx, ax) -> list[dict[str, str]]:
    """Per touchpoint, its fields as the Word file gives them (merged cells read as their first cell)."""
    from benchmarks.layoutbed.h7_touch import KIND, LABELS
    tables = [t for k, t in _blocks(docx) if k == "t"]
    out = []
    for t in tables:
        rows = [[c.text for c in r.cells] for r in t.rows]
        if ax["layout"] == "transposed" and rows[0][0] == LABELS["no"]:
            by = {r[0]: r[1:] for r in rows}
            first = LABELS["code"] if ax["direction_as"] == "code_legend" else LABELS["direction"]
            out += [{"no": n, "direction": d, "process": p, "channel": c, "kind": k, "needs": e}
                    for n, d, p, c, k, e in zip(by[LABELS["no"]], by[first], by[LABELS["process"]],
                                                by[LABELS["channel"]], by[LABELS["kind"]], by[LABELS["needs"]])]
        elif ax["layout"] != "transposed":
            for r in rows:
                if not re.fullmatch(r"\d+\.", r[0]):
                    continue
                if ax["layout"] == "three_level":
                    marks = [v for v, m in zip(("digital", "offline"), r[4:6]) if m]
                    assert len(marks) == 1 and r[4 + ("digital", "offline").index(marks[0])] == ax["mark"], r
                    kind = KIND[marks[0]]
                else:
                    kind = r[4]
                out.append({"no": r[0], "direction": r[1], "process": r[2], "channel": r[3], "kind": kind,
                            "needs": r[-1]})
    return out


def _need_words(text: str) -> list[str]:
    return _squash(text).replace(";", " ").replace(".", " ").split()


def test_touch_fields_hold_the_gold(heldout7):
    from benchmarks.layoutbed.h7_touch import KIND
    seen = set()
    for doc, _, docx in _of(heldout7, "touchpoint_list"):
        ax = doc.axes
        cols = _touch_columns(docx, ax)
        assert [c["no"] for c in cols] == [f"{k}." for k in range(1, len(doc.gold) + 1)], doc.name
        paras = [t for k, t in _blocks(docx) if k == "p"]
        legend = {int(p.split(" – ")[0]): p.split(" – ", 1)[1].rstrip(".;") for p in paras
                  if re.match(r"\d+ – ", p)}
        assert bool(legend) == (ax["direction_as"] == "code_legend"), doc.name
        codes: dict[str, str] = {}
        for g, c in zip(doc.gold, cols):
            assert (c["process"], c["channel"], c["kind"]) == (g["process"], g["written"],
                                                                KIND[g["point_type"]]), doc.name
            if ax["channel_cell"] == "details_inline":
                assert c["channel"].startswith(g["touchpoint"].rstrip(".;")) and c["channel"] != g["touchpoint"]
            else:
                assert c["channel"] == g["touchpoint"], doc.name
            assert _need_words(c["needs"]) == _need_words(" ".join(g["needs_text"])), doc.name
            if ax["direction_as"] == "code_legend":  # a code a direction, named in the legend
                assert codes.setdefault(g["direction"], c["direction"]) == c["direction"], doc.name
                assert c["direction"].isdigit() and legend[int(c["direction"])], doc.name
            else:
                assert not c["direction"].isdigit(), doc.name
        if ax["direction_as"] == "code_legend":
            assert len(set(codes.values())) == len(codes), doc.name  # one code, one direction
        if ax["merge"] == "needs":  # a process's channels share its needs
            for a, b in zip(doc.gold, doc.gold[1:]):
                if a["process"] == b["process"]:
                    assert a["needs_text"] == b["needs_text"], doc.name
                    seen.add(ax["layout"])
    assert seen  # (which layouts a process with several channels falls on is the plan's chance)


def test_touch_merges_are_real(heldout7):
    from tests.test_layoutbed import W, _tcs
    for doc, _, docx in _of(heldout7, "touchpoint_list"):
        ax, gold = doc.axes, doc.gold
        vmerges = len(list(_tcs(docx).iter(f"{W}vMerge")))
        spans = len(list(_tcs(docx).iter(f"{W}gridSpan")))
        key = {"needs": ("process",), "type": ("process", "point_type")}.get(ax["merge"])
        runs = key is not None and any(all(a[k] == b[k] for k in key) for a, b in zip(gold, gold[1:]))
        # the three-level header's own merges: three left headings and the needs' down three rows, the channel's two
        header = 0 if ax["layout"] != "three_level" else 4 * 3 + 2
        if ax["layout"] == "transposed":
            assert vmerges == 0 and spans > 0, doc.name  # the direction row spans every column
        else:
            assert (vmerges > header) == runs, doc.name


def test_three_level_header(heldout7):
    from benchmarks.layoutbed.h7_touch import CHANNEL, GROUP, KIND, KIND_HEAD
    for doc, txt, docx in _of(heldout7, "touchpoint_list"):
        if doc.axes["layout"] != "three_level":
            continue
        table = [t for k, t in _blocks(docx) if k == "t"][-1 - (doc.axes["approval_sheet"] == "yes")]
        head = [[c.text for c in r.cells] for r in table.rows[:3]]
        assert head[0][3:6] == [GROUP] * 3 and head[1][3:6] == [CHANNEL, KIND_HEAD, KIND_HEAD], doc.name
        assert head[2][4:6] == [KIND["digital"], KIND["offline"]] and head[2][:3] == head[0][:3], doc.name


# --- roadmaps ---------------------------------------------------------------------------------------

def _items(docx, ax) -> list[list[str]]:
    table = next(t for k, t in _blocks(docx) if k == "t" and any(
        "Наименование мероприятия" in c.text for c in t.rows[0].cells))
    rows = [[c.text for c in r.cells] for r in table.rows]
    return [r for r in rows if re.match(r"\d+\.\d+\.", r[0])]


def _date(text: str) -> str:
    """The last date a text names: «dd.mm.yyyy», or «d <month>» with the year after the last one."""
    found = [(y, int(m), int(d)) for d, m, y in re.findall(r"(\d{2})\.(\d{2})\.(\d{4})", text)]
    if not found:
        year = re.findall(r"(\d{4})", text)[-1]
        found = [(year, GENITIVE.index(m) + 1, int(d)) for d, m in re.findall(r"(?<!\d)(\d{1,2}) ([а-я]+)", text) if m in GENITIVE]
    y, m, d = found[-1]
    return f"{y}-{m:02d}-{d:02d}"


def _period(text: str, year: int) -> str:
    """The last day of a period written without its year (a quarter, a half-year, a month), or the day named."""
    words = text.replace(".", " ").split()
    if words[0] in ("I", "II", "III", "IV") and words[1] in ("квартал", "кв"):
        return _end(year, 3 * ("I", "II", "III", "IV").index(words[0]) + 3)
    if words[1:] == ["полугодие"]:
        return _end(year, 6 * len(words[0]))
    if words[0] in NOMINATIVE:
        return _end(year, NOMINATIVE.index(words[0]) + 1)
    day, month = re.search(r"(\d+) ([а-я]+)$", text).groups()
    return f"{year}-{GENITIVE.index(month) + 1:02d}-{int(day):02d}"


def test_roadmap_deadlines_as_written(heldout7):
    from benchmarks.layoutbed.h7_roadmap import MONTHS_SHORT, YEARS
    seen = set()
    for doc, _, docx in _of(heldout7, "roadmap"):
        ax = doc.axes
        items = _items(docx, ax)
        assert len(items) == len(doc.gold), doc.name
        numbered = ax["number_in"] == "column"
        for g, r in zip(doc.gold, items):
            assert (r[:2] == [g["item_no"], g["activity"]]) if numbered else r[0] == f"{g['item_no']} {g['activity']}"
            cells = r[3:] if numbered else r[2:]
            if ax["deadline_as"] == "month_grid":
                marked = [k for k, c in enumerate(cells) if c]
                assert marked == list(range(marked[0], marked[-1] + 1)) and {cells[k] for k in marked} == {ax["mark"]}
                head = next(t for k, t in _blocks(docx) if k == "t" and len(t.rows) > 2).rows[0].cells[-1].text
                assert g["deadline"] == _end(int(re.search(r"\d{4}", head).group()), marked[-1] + 1), doc.name
                assert g["deadline_text"].split()[-2] == MONTHS_SHORT[marked[-1]]
            elif ax["deadline_as"] == "year_columns":
                filled = [(y, c) for y, c in zip(YEARS, cells) if c != "–"]
                assert len(filled) == 1 and not re.search(r"\d{4}", filled[0][1]), r
                assert g["deadline"] == _period(filled[0][1], filled[0][0]), (doc.name, filled)
            else:
                text = r[2] if numbered else r[1]
                assert text == g["deadline_text"], doc.name
                if ax["deadline_form"] == "multi_date":
                    assert len(re.findall(r"\d{4}|\d+ [а-я]+", text)) >= 2 and g["deadline"] == _date(text), text
                if ax["deadline_form"] == "start_only":
                    assert g["deadline"] is None and re.match(r"(с|начиная с) ", text), text
            seen.add(ax["deadline_form"] if ax["deadline_as"] == "text" else ax["deadline_as"])
    assert seen == {"multi_date", "start_only", "pool", "month_grid", "year_columns"}


def test_roadmap_names_initials_first(heldout7):
    turned = 0
    for doc, _, docx in _of(heldout7, "roadmap"):
        for g in doc.gold:
            who = g["responsible_text"]
            for name in g["names"]:
                m = re.fullmatch(r"([А-ЯЁ][а-яё-]+) ([А-ЯЁ]\.[А-ЯЁ]\.)", name)
                if doc.axes["resp_form"] == "initials_first" and m:
                    assert f"{m.group(2)} {m.group(1)}" in who and name not in who, (doc.name, who)
                    turned += 1
    assert turned


# --- procedures -------------------------------------------------------------------------------------

def _listed(paras: list[str]) -> list[str]:
    """Every numbered item «k) …» of the paragraphs (a paragraph's lines too), its tail and end left on."""
    lines = [ln for p in paras for ln in p.split("\n")]
    return [ln.split(") ", 1)[1].rstrip(".;") for ln in lines if re.match(r"\d+\) ", ln)]


def test_procedure_lists_as_written(heldout7):
    from benchmarks.layoutbed.h7_procedure import GROUPS, TABLE_HEAD, TABLE_KIND, TAILS
    tails = {t for ts in TAILS.values() for t in ts}
    seen = set()
    for doc, _, docx in _of(heldout7, "procedure"):
        ax, want = doc.axes, _gold_lists(doc)
        blocks = list(_blocks(docx))
        paras = [t for k, t in blocks if k == "p"]
        items = _listed(paras)
        tables = [t for k, t in blocks if k == "t" and [c.text for c in t.rows[0].cells] == list(TABLE_HEAD)]
        in_table = []
        if ax["list_container"] == "kind_table":
            (table,) = tables
            rows = [[c.text for c in r.cells] for r in table.rows[1:]]
            for kind in TABLE_KIND:
                got = sorted(_untail(r[1], tails) for r in rows if r[2] == TABLE_KIND[kind])
                assert got == sorted(t.rstrip(".;") for t in want[kind]), (doc.name, kind)
            in_table = [k for k in TABLE_KIND]
        else:
            assert not tables, doc.name
        plain = [_untail(t, tails) for t in items]
        expect = [t.rstrip(".;") for kind, ts in want.items() if kind not in in_table for t in ts]
        assert sorted(plain) == sorted(expect), doc.name
        tailed = [t for t in items if _untail(t, tails) != t]
        assert bool(tailed) == (ax["item_tail"] == "note"), doc.name
        labels = [ln for p in paras for ln in p.split("\n") if re.match(r"[абв]\) .+:$", ln)]
        if ax["list_container"] == "subgroups":
            names = {n for groups in GROUPS.values() for n, _ in groups}
            assert labels and {ln[3:-1] for ln in labels} <= names, doc.name
        else:
            assert not labels, doc.name
        broken = [p for p in paras if "\n" in p]
        assert bool(broken) == (ax["item_sep"] == "line_breaks"), doc.name
        if broken:  # no item is a paragraph of its own
            assert not [p for p in paras if re.match(r"\d+\) ", p)], doc.name
        seen.add((ax["list_container"], ax["item_sep"]))
    assert {c for c, _ in seen} == {"points", "kind_table", "subgroups"}


def _untail(text: str, tails: set[str]) -> str:
    return next((text[:-len(t)] for t in tails if text.endswith(t)), text)
