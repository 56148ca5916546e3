"""Procedure lists in forms the seeds do not use: a list's items laid out in a header-less table of
two columns (parsers/extract/item_grid.py), a point naming the list's fields whose first sub-point
only refers elsewhere (parsers/extract/held_lists.py), a list continued in a later point with two
items, and lists of duties under a lead-in that names a kind.

Texts composed here, in wordings of their own; each expectation is written from what the text says:
«портал государственных услуг» is a digital channel, «приёмная начальника» an offline one, «получить
справку» a client's need; an official's duties («обеспечивает учёт обращений») are no list."""
from __future__ import annotations

from docx import Document as WordDocument

from parsers.document import Cell, Row, Table
from parsers.extract.item_grid import grid_items
from parsers.extract.procedure import extract_procedure
from parsers.formats import read_document
from parsers.formats.text import parse_text
from parsers.options import ReaderOptions
from pipeline.run import content_cells
from pipeline.run.normalize import resolve_open_lists

import pytest

TITLE = "Порядок ведения перечня точек взаимодействия управления с заявителями"
REMOTE = "2.4. Заявители вправе использовать следующие удалённые каналы связи:"
# a Word user's layout: the first column «а)»–«в)», the second «г)»–«д)», the last cell empty
GRID = [["а) портал государственных услуг;", "г) официальный сайт управления;"],
        ["б) электронная почта управления;", "д) чат-бот в Telegram."],
        ["в) видеосвязь;", ""]]
REMOTE_ITEMS = ["портал государственных услуг", "электронная почта управления", "видеосвязь",
                "официальный сайт управления", "чат-бот в Telegram"]


@pytest.fixture(autouse=True)
def _item_reader():
    content_cells.install()          # the pipeline gives the parsers its readers (pipeline/run/process.py)


def _read(doc) -> list[tuple[str, str]]:
    return [(r["list_kind"], r["text_raw"]) for r in resolve_open_lists(extract_procedure(doc))]


def _text(*lines: str, title: str = TITLE) -> list[tuple[str, str]]:
    return _read(parse_text("\n".join(((title,) if title else ()) + lines) + "\n"))


def _word(tmp_path, before: list[str], rows: list[list[str]], after: list[str]) -> list[tuple[str, str]]:
    d = WordDocument()
    for text in before:
        d.add_paragraph(text)
    t = d.add_table(rows=len(rows), cols=2)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    for text in after:
        d.add_paragraph(text)
    path = tmp_path / "grid.docx"
    d.save(path)
    return _read(read_document(path, "docx", ReaderOptions()))


def test_items_in_a_two_column_grid_are_read_one_by_one_down_its_columns(tmp_path):
    want = [("channel_digital", t) for t in REMOTE_ITEMS]
    assert _text(REMOTE, *("\t".join(r) for r in GRID), "2.5. Прочие положения изложены ниже.") == want
    assert _word(tmp_path, [TITLE, REMOTE], GRID, ["2.5. Прочие положения изложены ниже."]) == want


def test_a_grid_numbered_along_its_rows_is_read_along_them():
    rows = ["4.2.1. приёмная начальника управления;\t4.2.2. телефон горячей линии;",
            "4.2.3. почтовое отправление;\t4.2.4. выездной приём в районах."]
    got = _text("4.2. Офлайн-каналы связи с заявителями:", *rows)
    assert got == [("channel_offline", t) for t in ("приёмная начальника управления", "телефон горячей линии",
                                                    "почтовое отправление", "выездной приём в районах")]


def _table(*rows: list[str]) -> Table:
    return Table([Row([Cell(t) for t in r]) for r in rows])


def test_only_tables_whose_every_cell_is_an_item_are_grids():
    assert [t for t, _ in grid_items(_table(["1) сайт;", "3) почта;"], ["2) портал;", ""]))] == \
        ["1) сайт;", "2) портал;", "3) почта;"]
    assert grid_items(_table(["1.", "Официальный сайт"], ["2.", "Электронная почта"])) is None    # a number column
    assert grid_items(_table(["Канал", "Примечание"], ["1) сайт;", "при наличии"])) is None       # a header, remarks
    assert grid_items(_table(["1) сайт;", "а) почта;"])) is None                                  # two styles
    assert grid_items(_table(["1) сайт;"], ["2) почта."])) is None                                # one column


def test_a_point_naming_the_fields_over_a_reference_and_lead_ins_holds_those_lists():
    got = _text("4. Содержание перечня", "4.1. Перечень состоит из сведений, указанных ниже:",
                "4.1.1. Сферы деятельности управления перечислены в пункте 1.3 настоящего Порядка.",
                "4.1.2. Офлайн-каналы связи с заявителями:", "4.1.2.1. приёмная начальника управления;",
                "4.1.2.2. телефон горячей линии.", "4.1.3. Нужды заявителей:",
                "4.1.3.1. получить справку о составе семьи;", "4.1.3.2. подать жалобу на действия специалиста.")
    assert got == [("channel_offline", "приёмная начальника управления"), ("channel_offline", "телефон горячей линии"),
                   ("need", "получить справку о составе семьи"), ("need", "подать жалобу на действия специалиста")]


def test_a_list_continued_in_a_later_point_keeps_the_kind_its_lead_in_names():
    got = _text("5. К нуждам заявителей относятся:", "1) получить справку о составе семьи;",
                "2) подать жалобу на действия специалиста.", "6. Кроме того, к нуждам заявителей относятся:",
                "3) записаться на личный приём к начальнику;", "4) позвонить на горячую линию.")
    assert [k for k, _ in got] == ["need"] * 4


def test_duties_are_no_list_whatever_kind_the_lead_in_names():
    assert _text("7. Обязанности сотрудников управления по направлениям деятельности:", "1) ведение учёта обращений;",
                 "2) подготовка ответов заявителям;", "3) размещение сведений на сайте.") == []
    assert _text("8. По каждому направлению деятельности:", "1) обеспечивает учёт обращений граждан;",
                 "2) размещает сведения на сайте управления;", "3) организует личный приём.") == []
    # directions under the same lead-in stay
    assert _text("8. По каждому направлению деятельности:", "1) опека и попечительство;",
                 "2) социальная поддержка семей;", "3) кадровое обеспечение.") == \
        [("direction", "опека и попечительство"), ("direction", "социальная поддержка семей"),
         ("direction", "кадровое обеспечение")]


def test_a_document_with_no_procedure_text_gets_no_items_from_a_grid(tmp_path):
    letter = ["Уважаемые коллеги!", "Направляем сведения о проведённых мероприятиях."]
    rows = [["1) совещание с главами районов;", "3) выездной семинар;"], ["2) конференция;", ""]]
    assert _word(tmp_path, letter, rows, ["Начальник управления И.И. Иванов"]) == []
    assert _text(*letter, *("\t".join(r) for r in rows), title="") == []


# --- review (rev13a): where the rules above must not reach ------------------------------------------------------

CHANNELS = ["1) официальный сайт управления;", "2) электронная почта;", "3) личный приём граждан."]
CHANNELS_READ = [("channel_digital", "официальный сайт управления"), ("channel_digital", "электронная почта"),
                 ("channel_offline", "личный приём граждан")]


def test_duties_named_only_as_the_occasion_of_a_channel_list_stop_nothing():
    # the lead-in lists channels (its subject or object); the duties are what they serve
    assert _text("2.3. Для исполнения обязанностей по информированию граждан используются следующие каналы:",
                 *CHANNELS) == CHANNELS_READ
    assert _text("2.3. При исполнении своих обязанностей работники используют следующие каналы связи:",
                 *CHANNELS) == CHANNELS_READ


def test_duties_listed_stay_no_list_whatever_kind_their_words_name():
    duties = ["1) ведение учёта обращений;", "2) подготовка ответов заявителям;", "3) размещение сведений на сайте."]
    assert _text("2.3. Обязанности работников, ответственных за каналы связи:", *duties) == []
    assert _text("2.3. Перечень обязанностей работников по направлениям деятельности:", *duties) == []
    assert _text("2.3. Права и обязанности заявителя при обращении по каналам связи:", *duties) == []


def test_two_columns_each_numbered_afresh_or_bulleted_are_no_grid(tmp_path):
    # a channel's row beside the department that runs it: two lists paired, not one laid out
    assert grid_items(_table(["1. сайт;", "1. отдел информатизации;"], ["2. почта;", "2. общий отдел;"])) is None
    assert grid_items(_table(["а) сайт;", "а) ежедневно;"], ["б) почта;", "б) по будням;"])) is None
    assert grid_items(_table(["- личный приём;", "- ежедневно с 9 до 18;"], ["- телефон;", "- круглосуточно."])) is None
    rows = [["1. официальный сайт управления;", "1. отдел информатизации;"], ["2. электронная почта;", "2. общий отдел;"]]
    got = _word(tmp_path, [TITLE, "2.4. Цифровые каналы и подразделения, ответственные за их ведение:"], rows,
                ["2.5. Прочие положения изложены ниже."])
    assert not {t for _, t in got} & {"отдел информатизации", "общий отдел"}      # departments are no items


def test_a_two_item_list_under_a_lead_in_naming_the_wrong_kind_takes_its_items_kind():
    assert _text("2.3. Цифровые каналы связи:", "1) личный приём в управлении;", "2) телефон горячей линии.") == \
        [("channel_offline", "личный приём в управлении"), ("channel_offline", "телефон горячей линии")]


def test_needs_stated_as_deeds_through_a_channel_stay_needs_however_many():
    deeds = ["записаться на личный приём к начальнику", "позвонить на горячую линию", "прийти в приёмную управления"]
    got = _text("5. Потребности заявителей:", *(f"{n}) {t};" for n, t in enumerate(deeds, 1)))
    assert got == [("need", t) for t in deeds]


def test_a_point_over_items_one_of_them_a_heading_item_keeps_them_all():
    # «2.1.3. … :» over its own lettered items is an item of 2.1's list, not a list of its own beside no items
    got = _text("2. Порядок обращения", "2.1. Обратиться можно следующими способами:",
                "2.1.1. лично в приёмную управления;", "2.1.2. по телефону горячей линии;",
                "2.1.3. с использованием цифровых каналов:", "а) через официальный сайт;", "б) по электронной почте.",
                "2.2. Прочие положения изложены ниже.")
    assert got == [("channel_offline", "лично в приёмную управления"), ("channel_offline", "по телефону горячей линии"),
                   ("channel_digital", "через официальный сайт"), ("channel_digital", "по электронной почте")]


def test_a_point_over_lead_ins_one_of_them_misspelt_still_holds_their_lists():
    # «Нжуды» names no kind, yet ends as a lead-in does: no item of 4.1's list, which holds none
    got = _text("4. Содержание перечня", "4.1. Перечень состоит из сведений, указанных ниже:", "4.1.1. Нжуды заявителей:",
                "4.1.1.1. получить справку о составе семьи;", "4.1.1.2. подать жалобу на действия специалиста.",
                "4.1.2. Офлайн-каналы связи с заявителями:", "4.1.2.1. приёмная начальника управления;",
                "4.1.2.2. телефон горячей линии.")
    assert [(k, t) for k, t in got if k != "need"] == [("channel_offline", "приёмная начальника управления"),
                                                         ("channel_offline", "телефон горячей линии")]
    assert not {t for _, t in got} & {"Нжуды заявителей", "Офлайн-каналы связи с заявителями"}
