"""Needs given by number («1, 4») from a numbered legend of the needs under (or above) the list
(`parsers/extract/needs_legend.py`), and footnote marks after a channel's or a need's words
explained by notes under the list.  Fixtures written for these tests, after the way orders put a
list's abbreviations and notes under its table."""
from __future__ import annotations

import pytest
from docx import Document as new_docx

from parsers.extract.needs_legend import Legend, nearest, resolve
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import read as read_text
from pipeline.run.normalize import normalize_touchpoints

HEAD = ["№ п/п", "Наименование процесса", "Точка взаимодействия", "Вид точки",
        "Потребности клиента (номера по перечню)"]
LIST = [HEAD,
        ["1.", "Выдача лицензий", "Портал государственных услуг", "цифровая", "1, 3"],
        ["2.", "Выдача лицензий", "Личный приём в министерстве", "офлайн", "2"],
        ["3.", "Рассмотрение обращений", "Электронная почта", "цифровая", "2–3"]]
NEEDS = [["№", "Потребность клиента"],
         ["1", "Подача заявления о выдаче лицензии"],
         ["2", "Получение консультации специалиста"],
         ["3", "Получение результата рассмотрения заявления"]]
# read from NEEDS by hand: 1 submission, 2 consultation, 3 result
WANT = [("Портал государственных услуг", ["submission", "result"]),
        ("Личный приём в министерстве", ["consultation"]),
        ("Электронная почта", ["consultation", "result"])]


def _rows(doc) -> list[dict]:
    raw, _ = extract_touchpoints(doc)
    return normalize_touchpoints("d", raw)[0]


def _docx(path, blocks):
    d = new_docx()
    d.add_paragraph("Перечень точек взаимодействия с клиентами")
    for block in blocks:
        if isinstance(block, str):
            d.add_paragraph(block)
            continue
        t = d.add_table(rows=len(block), cols=len(block[0]))
        for i, row in enumerate(block):
            for j, text in enumerate(row):
                t.cell(i, j).text = text
    d.save(path)
    return docx_reader.read(path)


def _txt(path, blocks):
    lines = ["Перечень точек взаимодействия с клиентами", ""]
    for block in blocks:
        lines += [block] if isinstance(block, str) else ["\t".join(r) for r in block]
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    return read_text(path)


MAKERS = pytest.mark.parametrize("make", [_docx, _txt], ids=["docx", "txt"])


@MAKERS
def test_numbers_name_the_needs_of_a_table_under_the_list(tmp_path, make):
    rows = _rows(make(tmp_path / f"l.{make.__name__[1:]}", [LIST, "Перечень потребностей клиентов:", NEEDS]))
    assert [(r["touchpoint_raw"], r["needs"]) for r in rows] == WANT
    # the legend is no row of the list, and its header no need of the last row
    assert "Потребность клиента" not in rows[-1]["interaction_raw"]
    assert rows[0]["interaction_raw"].startswith("Подача заявления о выдаче лицензии")
    # provenance: the cell and the legend's rows
    assert "needs legend" in rows[0]["source_locator"]


@MAKERS
def test_a_numbered_list_of_needs_above_the_list(tmp_path, make):
    listed = ["Потребности клиентов:"] + [f"{n}. {text}" for n, text in NEEDS[1:]]
    rows = _rows(make(tmp_path / f"l.{make.__name__[1:]}", listed + [LIST]))
    assert [(r["touchpoint_raw"], r["needs"]) for r in rows] == WANT


def test_numbers_with_no_legend_or_not_in_it_keep_their_cell():
    legend = Legend(0, {1: ("Подача заявления", None), 2: ("Получение консультации", None)})
    assert resolve("1, 2", None) is None
    assert resolve("1, 5", legend) is None               # 5 names no need: the cell is left as written
    assert resolve("Получение консультации", legend) is None
    assert [t for t, _ in resolve("1–2.", legend)] == ["Подача заявления", "Получение консультации"]


def test_a_two_column_table_not_naming_needs_is_no_legend(tmp_path):
    # a two-column table of numbers under the list that names no needs stays what it was
    other = [["1", "Министерство сельского хозяйства"], ["2", "Министерство финансов"]]
    rows = _rows(_docx(tmp_path / "l.docx", [LIST, other]))
    assert [r["interaction_raw"] for r in rows][:2] == ["1, 3", "2"]


MARKED = [HEAD[:4] + ["Потребности клиента"],
          ["1.", "Выдача лицензий", "Портал государственных услуг¹", "цифровая",
           "Подача заявления о выдаче лицензии²"],
          ["2.", "Выдача лицензий", "Личный приём в министерстве", "офлайн", "Получение консультации"]]
NOTES = ["¹ При наличии технической возможности.", "² Для зарегистрированных пользователей."]


@MAKERS
def test_footnote_marks_leave_the_texts_and_notes_are_no_rows(tmp_path, make):
    rows = _rows(make(tmp_path / f"l.{make.__name__[1:]}", [MARKED] + NOTES))
    assert [(r["touchpoint_raw"], r["channel"], r["needs"]) for r in rows] == [
        ("Портал государственных услуг", "gosuslugi", ["submission"]),
        ("Личный приём в министерстве", "personal_reception", ["consultation"])]
    assert not any("¹" in (r["interaction_raw"] or "") + r["touchpoint_raw"] for r in rows)
    assert not any("²" in (r["interaction_raw"] or "") for r in rows)


STARRED = [HEAD[:4] + ["Потребности клиента"],
           ["1.", "Выдача лицензий", "Телефон горячей линии*", "офлайн",
            "Подача заявления о выдаче лицензии*; Получение консультации"]]


@MAKERS
# a guard: main already took a glued «*» off (`clean_text`); the note under the list is no row
def test_an_asterisk_inside_a_needs_cell_and_its_note(tmp_path, make):
    rows = _rows(make(tmp_path / f"l.{make.__name__[1:]}", [STARRED, "* В рабочие дни с 9 до 18 часов."]))
    assert [(r["touchpoint_raw"], r["channel"], r["needs"]) for r in rows] == [
        ("Телефон горячей линии", "phone", ["submission", "consultation"])]
    assert "*" not in rows[0]["interaction_raw"]


def test_which_legend_a_list_reads():
    # lists in blocks 2..3 and 8..9; legends at 5 (under the first) and 12 (under the second)
    first, second = Legend(5, {}), Legend(12, {})
    assert nearest([first, second], 2, 3, -1, 8) is first
    assert nearest([first, second], 8, 9, 3, 99) is second
    # one legend at the end of the document serves a list with none of its own
    assert nearest([second], 2, 3, -1, 8) is second
    # of two legends, neither between this list and its neighbours: none is guessed
    assert nearest([Legend(0, {}), second], 4, 5, 2, 8) is None


@MAKERS
def test_a_legend_headed_in_words_nobody_knows_under_a_line_naming_the_needs(tmp_path, make):
    """The legend's own header may name nothing («Кол. 1 | Кол. 2»): the line above naming the
    needs says what it is, and the header row is no entry."""
    plain = [["Кол. 1", "Кол. 2"]] + NEEDS[1:]
    rows = _rows(make(tmp_path / f"l.{make.__name__[1:]}", [LIST, "Расшифровка потребностей получателей:", plain]))
    assert [(r["touchpoint_raw"], r["needs"]) for r in rows] == WANT
