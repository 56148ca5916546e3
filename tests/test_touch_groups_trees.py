"""Touchpoint lists in forms that move WHERE the fields are, and headings in words of one more region (all invented
here): the channel and its kind as a row across the table over the rows using it (`channel_groups.py`), direction,
process and point as a tree of numbered rows in one naming column (`tree_column.py`), two columns both naming the
channel, one by the form of the contact (`kind_heading.py`), words naming whose the column is (`client_words.py`),
the kind as the manner of the contact («при личном обращении», textcore/point_type.py)."""
from __future__ import annotations

import pytest

from parsers.document import Paragraph, Table
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text
from parsers.tables.channel_groups import with_channel_groups
from parsers.tables.columns import map_columns
from parsers.tables.tree_column import tree_levels
from textcore.point_type import match_point_type
from tests.fixtures.grid_docx import grid_docx

KIND = "touchpoint_list"


@pytest.mark.parametrize("header, want", [
    # the channel as a point of contact «with» the client, the needs as the client's reason to come
    (["№", "Сфера деятельности", "Услуга", "Точка контакта с заявителем", "Форма контакта",
      "Повод обращения гражданина"],
     {"touchpoint": 3, "point_type": 4, "interaction": 5}),
    # the form of the contact LEFT of the channel: still the kind
    (["№", "Форма взаимодействия", "Канал взаимодействия с потребителем", "Причина обращения"],
     {"point_type": 1, "touchpoint": 2, "interaction": 3}),
    # the process named «процесс взаимодействия» with a gloss, not the needs for «взаимодействие»
    (["№", "Процесс взаимодействия (услуга, функция)", "Точка контакта", "Мотив обращения получателя услуги"],
     {"process": 1, "touchpoint": 2, "interaction": 3}),
])
def test_regional_heading_classes(header, want):
    got = map_columns(KIND, header)
    assert {f: got.get(f) for f in want} == want
    assert "client_category" not in got


def test_form_of_contact_alone_is_still_the_channel():
    got = map_columns(KIND, ["№", "Услуга", "Форма обращения", "Мотив обращения"])
    assert got.get("touchpoint") == 2 and got.get("interaction") == 3 and "point_type" not in got


def test_a_column_of_recipients_keeps_its_words():
    got = map_columns(KIND, ["№", "Процесс", "Категория получателей услуги", "Канал", "Потребность"])
    assert got.get("client_category") == 2 and got.get("touchpoint") == 3


@pytest.mark.parametrize("text, want", [("при личном обращении", "offline"), ("Лично", "offline"),
                                        ("в электронной форме", "digital"), ("Личный кабинет", None),
                                        ("Личный приём", None)])
def test_kind_as_the_manner_of_contact(text, want):
    assert match_point_type(text) == want


GROUPED_HEAD = ["№", "Сфера деятельности", "Услуга", "Повод обращения гражданина"]
GROUPS = [("1. Портал госуслуг (цифровая)", [["1.1.", "Жилищная политика", "Выдача справок о составе семьи",
                                              "получить справку"],
                                             ["1.2.", "Социальная защита", "Назначение пособия на ребёнка",
                                              "подать заявление"]]),
          ("2. Приёмная министерства (при личном обращении)", [["2.1.", "Социальная защита",
                                                                "Назначение пособия на ребёнка",
                                                                "получить консультацию"]])]
GROUPED_WANT = [("Выдача справок о составе семьи", "Портал госуслуг", "цифровая"),
                ("Назначение пособия на ребёнка", "Портал госуслуг", "цифровая"),
                ("Назначение пособия на ребёнка", "Приёмная министерства", "при личном обращении")]


def _records(doc):
    return [(r["process"], r["touchpoint_raw"], r["point_type_raw"]) for r in extract_touchpoints(doc)[0]]


def test_channel_groups_in_converted_text():
    lines = ["Перечень точек взаимодействия", "", "\t".join(GROUPED_HEAD)]
    for group, rows in GROUPS:
        lines += [f"**{group}**", *("\t".join(r) for r in rows)]
    assert _records(parse_text("\n".join(lines) + "\n")) == GROUPED_WANT


def test_channel_groups_in_a_word_table(tmp_path):
    w = len(GROUPED_HEAD)
    rows, merges = [GROUPED_HEAD], []
    for group, members in GROUPS:
        merges.append((len(rows), 0, len(rows), w - 1))
        rows += [[group] + [""] * (w - 1), *members]
    path = grid_docx(tmp_path / "grouped.docx", rows, title="Перечень точек взаимодействия", merges=tuple(merges))
    assert _records(docx_reader.read(path)) == GROUPED_WANT


def test_rows_across_stating_no_kind_are_no_channel_groups():
    """Rows across naming directions (no kind in brackets) over a list lacking its channel column: left alone."""
    doc = parse_text("\n".join(["\t".join(GROUPED_HEAD), "**1. Жилищная политика**",
                                "1.1.\tЖилищная политика\tВыдача справок\tполучить справку",
                                "**2. Социальная защита**",
                                "2.1.\tСоциальная защита\tНазначение пособия\tподать заявление"]) + "\n")
    blocks, _ = with_channel_groups(doc.blocks, KIND, {})
    assert blocks == doc.blocks


@pytest.mark.parametrize("heading, want", [
    ("Направление деятельности, процесс, точка взаимодействия", ("direction", "process", "touchpoint")),
    ("Сфера деятельности / услуга / канал взаимодействия", ("direction", "process", "touchpoint")),
    ("Услуга и канал", ("process", "touchpoint")),
    ("Наименование процесса (услуги)", ()),
    ("Канал взаимодействия, процесс", ()),          # the point not last: no tree
])
def test_tree_levels_named_by_one_heading(heading, want):
    assert tree_levels(KIND, heading) == want


TREE_HEAD = ["№ п/п", "Сфера деятельности / услуга / канал взаимодействия", "Тип точки", "Потребность"]
TREE_ROWS = [["1.", "Жилищная политика", "", ""],
             ["1.1.", "Выдача справок о составе семьи", "", ""],
             ["1.1.1.", "Портал госуслуг", "цифровая", "получить справку"],
             ["1.1.2.", "Приёмная министерства", "офлайн", "подать заявление"],
             ["2.", "Социальная защита", "", ""],
             ["2.1.", "Назначение пособия на ребёнка", "", ""],
             ["2.1.1.", "Телефон горячей линии", "цифровая", "получить консультацию"]]
TREE_WANT = [("Жилищная политика", "Выдача справок о составе семьи", "Портал госуслуг", "цифровая"),
             ("Жилищная политика", "Выдача справок о составе семьи", "Приёмная министерства", "офлайн"),
             ("Социальная защита", "Назначение пособия на ребёнка", "Телефон горячей линии", "цифровая")]


def _tree_records(doc):
    return [(r["direction_raw"], r["process"], r["touchpoint_raw"], r["point_type_raw"])
            for r in extract_touchpoints(doc)[0]]


def test_tree_in_one_column_in_converted_text():
    doc = parse_text("\n".join(["Перечень точек взаимодействия", "", *("\t".join(r) for r in [TREE_HEAD, *TREE_ROWS])])
                     + "\n")
    assert _tree_records(doc) == TREE_WANT


def test_tree_in_one_column_in_a_word_table(tmp_path):
    path = grid_docx(tmp_path / "tree.docx", [TREE_HEAD, *TREE_ROWS], title="Перечень точек взаимодействия")
    assert _tree_records(docx_reader.read(path)) == TREE_WANT
