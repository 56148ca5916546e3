"""Procedure lists read by what their items are (parsers/extract/item_lists.py, normalizers.item_kinds):
a lead-in in words no cue knows, a heading alone with no colon, a bold heading over unmarked
paragraphs, items in a two-column table «item | remark». The lead-in is a prior, not a requirement;
the procedure's own clauses and a document that is no procedure still give no list.

Texts composed here; each expectation is written from what the text says: «официальный сайт» is a
digital point, «личный приём» an offline one, «получить консультацию» a client's need."""
from __future__ import annotations

import pytest
from docx import Document as WordDocument
from docx.enum.text import WD_BREAK

from normalizers import item_kinds
from parsers.extract.procedure import extract_procedure
from parsers.formats import read_document
from parsers.formats.text import parse_text
from pipeline.run import content_cells
from pipeline.run.normalize import resolve_open_lists
from tests.fixtures.grid_docx import grid_docx

TITLE = "Порядок ведения перечня точек взаимодействия министерства с клиентами"
ALL = ["direction", "channel_digital", "channel_offline", "need"]
DIGITAL = ["официальный сайт министерства", "электронная почта", "группа министерства ВКонтакте"]


@pytest.fixture(autouse=True)
def _item_reader():
    content_cells.install()          # the pipeline gives the parsers its readers (pipeline/run/process.py)


def _read(doc) -> list[tuple[str, str]]:
    return [(r["list_kind"], r["text_raw"]) for r in resolve_open_lists(extract_procedure(doc))]


def _text(*lines: str) -> list[tuple[str, str]]:
    return _read(parse_text("\n".join((TITLE,) + lines) + "\n"))


def test_a_lead_in_in_words_no_cue_knows_over_channels():
    got = _text("2.1. Министерство поддерживает связь с населением следующими путями:",
                "1) официальный сайт министерства;", "2) электронная почта;", "3) группа министерства ВКонтакте.")
    assert got == [("channel_digital", t) for t in DIGITAL]


def test_a_long_lead_in_naming_nothing_over_dashed_items():
    got = _text("2.3. Исходя из сложившейся практики работы министерства с обращающимися к нему лицами, "
                "в работе применяются нижеперечисленные инструменты:",
                "- официальный сайт;", "- электронная почта;", "- мессенджер Telegram;", "- портал Госуслуги.")
    assert got == [("channel_digital", "официальный сайт"), ("channel_digital", "электронная почта"),
                   ("channel_digital", "мессенджер Telegram"), ("channel_digital", "портал Госуслуги")]


def test_an_inline_list_after_a_lead_in_in_words_no_cue_knows():
    got = _text("2.1. Министерство держит связь так: официальный сайт министерства, электронная почта, "
                "группа министерства ВКонтакте. Сведения о них обновляются ежемесячно.")
    assert got == [("channel_digital", t) for t in DIGITAL]
    # a line «name: value» naming no list, with values that read as no kind, is no list
    assert _text("2.2. Срок актуализации: ежегодно, до 1 марта, по мере необходимости.") == []


def test_a_numbered_heading_with_no_colon_over_points_of_both_kinds():
    got = _text("3. Способы связи с министерством",
                "3.1. Официальный сайт министерства.", "3.2. Электронная почта.",
                "3.3. Личный приём граждан.", "3.4. Телефон горячей линии.",
                "4. Заключительные положения",
                "4.1. Настоящий Порядок вступает в силу со дня его подписания.",
                "4.2. Изменения в перечень вносятся по мере необходимости.")
    assert got == [("channel_digital", "Официальный сайт министерства"), ("channel_digital", "Электронная почта"),
                   ("channel_offline", "Личный приём граждан"), ("channel_offline", "Телефон горячей линии")]


def test_a_list_goes_on_past_a_page_number_between_its_items():
    got = _text("Способы связи с министерством", "1) официальный сайт министерства;", "2) электронная почта;",
                "- 2 -", "3) группа министерства ВКонтакте.")
    assert got == [("channel_digital", t) for t in DIGITAL]


def test_items_over_a_soft_break_and_a_page_break_stay_one_list(tmp_path):
    d = WordDocument()
    d.add_paragraph(TITLE)
    d.add_paragraph("2.1. Министерство поддерживает связь с населением следующими путями:")
    d.add_paragraph("1) официальный сайт министерства;")
    item = d.add_paragraph("2) электронная почта ")
    item.add_run().add_break()                                     # a soft break inside the item
    item.add_run("приёмной министра;")
    d.add_paragraph("3) группа министерства ВКонтакте;")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)           # the list goes on on the next page
    d.add_paragraph("4) мессенджер Telegram.")
    d.save(tmp_path / "b.docx")
    assert _read(read_document(tmp_path / "b.docx", "docx")) == [
        ("channel_digital", "официальный сайт министерства"), ("channel_digital", "электронная почта приёмной министра"),
        ("channel_digital", "группа министерства ВКонтакте"), ("channel_digital", "мессенджер Telegram")]


def test_bold_headings_alone_over_unmarked_paragraphs(tmp_path):
    d = WordDocument()
    d.add_paragraph(TITLE)
    d.add_paragraph("1. Настоящий Порядок определяет правила ведения перечня.")
    lists = [("Как с нами связаться", DIGITAL),
             ("Куда прийти", ["Приёмная министерства", "Многофункциональный центр «Мои документы»"]),
             ("Зачем к нам обращаются", ["получить консультацию", "подать заявление",
                                         "узнать, на каком этапе рассмотрение заявления"])]
    for heading, items in lists:
        d.add_paragraph().add_run(heading).bold = True
        for t in items:
            d.add_paragraph(t)
    d.save(tmp_path / "h.docx")
    got = _read(read_document(tmp_path / "h.docx", "docx"))
    assert got == [("channel_digital", t) for t in DIGITAL] + \
        [("channel_offline", "Приёмная министерства"), ("channel_offline", "Многофункциональный центр «Мои документы»"),
         ("need", "получить консультацию"), ("need", "подать заявление"),
         ("need", "узнать, на каком этапе рассмотрение заявления")]


REMARKED = [["Официальный сайт министерства", "размещение сведений о мерах поддержки"],
            ["Электронная почта", "приём обращений граждан"],
            ["Группа министерства ВКонтакте", "оперативное информирование"]]


@pytest.mark.parametrize("lead, header", [
    ("2.2. Цифровые точки взаимодействия:", None),                  # a lead-in naming the kind
    ("2.2. Цифровые точки взаимодействия:", ["Канал", "Комментарий"]),
    ("2.2. Министерство держит связь так:", ["Наименование", "Описание"]),   # words no cue knows
    ("2.2. Связь с министерством поддерживается в порядке, описанном ниже.", None),   # no lead-in at all
])
def test_items_in_a_two_column_table_with_remarks(tmp_path, lead, header):
    path = grid_docx(tmp_path / "t.docx", ([header] if header else []) + REMARKED, TITLE, (lead,))
    got = _read(read_document(path, "docx"))
    assert got == [("channel_digital", "Официальный сайт министерства"), ("channel_digital", "Электронная почта"),
                   ("channel_digital", "Группа министерства ВКонтакте")]          # the remarks are no items


def test_items_in_a_two_column_table_in_converted_text():
    got = _text("2.4. Офлайн-точки взаимодействия:", "Приёмная министерства\tприём граждан по записи",
                "Телефон горячей линии\tконсультации в рабочие дни", "Почтовая связь\tписьменные обращения")
    assert got == [("channel_offline", "Приёмная министерства"), ("channel_offline", "Телефон горячей линии"),
                   ("channel_offline", "Почтовая связь")]


def test_a_label_and_its_text_is_no_table_of_items():
    # «Этап 1 | Подготовка предложений»: stages of the work, under a heading, are no list of points
    assert _text("Порядок работы", "Этап 1\tПодготовка предложений\tотдел",
                 "Этап 2\tУтверждение перечня\tминистр") == []


def test_the_procedures_own_clauses_are_no_list():
    got = _text("1. Общие положения",
                "1.1. Настоящий Порядок определяет правила ведения перечня точек взаимодействия.",
                "1.2. Перечень ведётся отделом информатизации.",
                "1.3. Перечень размещается на официальном сайте министерства.",
                "2. Сотрудник отдела, назначенный приказом министра, в своей работе с перечнем:",
                "1) обеспечивает его актуализацию ежегодно;", "2) размещает перечень на официальном сайте;",
                "3) направляет сведения по электронной почте.")
    assert got == []


def test_no_list_by_its_items_outside_a_procedure():
    text = ("Министерство поддерживает связь с населением следующими путями:\n"
            "1) официальный сайт министерства;\n2) электронная почта;\n3) группа министерства ВКонтакте.\n")
    assert _read(parse_text(text)) == []


def test_items_of_mixed_kinds_each_take_their_own_where_each_is_read_surely():
    assert item_kinds(["официальный сайт министерства", "личный приём граждан", "получить консультацию",
                       "подать заявление"], ALL) == \
        ["channel_digital", "channel_offline", "need", "need"]
    # an item read as nothing between two kinds is a heading among them: no item
    assert item_kinds(["официальный сайт министерства", "электронная почта", "Прочее",
                       "получить консультацию", "подать заявление"], ALL) == \
        ["channel_digital", "channel_digital", None, "need", "need"]
    # duties are no list of any kind
    assert item_kinds(["обеспечивает актуализацию перечня", "согласовывает изменения с руководителем",
                       "хранит документы в установленном порядке"], ALL) == [None, None, None]


def test_an_open_list_of_mixed_kinds_is_split_by_item():
    # a lead-in naming no kind («К ним относятся:») over points and needs: no one kind holds most
    # items, each item read surely takes its own
    raw = [{"list_kind": None, "open_kinds": ALL, "list_at": "7", "ordinal": o, "text_raw": t}
           for o, t in (("а", "официальный сайт министерства"), ("б", "личный приём граждан"),
                        ("в", "получить консультацию"), ("г", "подать заявление"))]
    assert [(r["list_kind"], r["text_raw"]) for r in resolve_open_lists(raw)] == [
        ("channel_digital", "официальный сайт министерства"), ("channel_offline", "личный приём граждан"),
        ("need", "получить консультацию"), ("need", "подать заявление")]


def test_an_item_with_a_dash_inside_a_stated_list_is_no_new_lead_in():
    # «сфера деятельности – …» is the fourth item of the list the copula states, no list's head
    got = _text("2.1. Направлениями деятельности министерства являются направление «Открытость и "
                "информирование»; бухгалтерский учёт и отчётность; сфера деятельности – льготное лекарственное "
                "обеспечение; работа с обращениями.")
    assert got == [("direction", "направление «Открытость и информирование»"),
                   ("direction", "бухгалтерский учёт и отчётность"),
                   ("direction", "сфера деятельности – льготное лекарственное обеспечение"),
                   ("direction", "работа с обращениями")]


def test_a_last_item_numbered_with_a_letter_is_read_whole():
    # «раздел 4а. Жалобы …»: the dot closes the section's number, no sentence
    got = _text("Направления деятельности министерства\tпредоставление государственных услуг; "
                "раздел 4а. Жалобы, предложения и заявления граждан (обращения).")
    assert got == [("direction", "предоставление государственных услуг"),
                   ("direction", "раздел 4а. Жалобы, предложения и заявления граждан (обращения)")]


def test_needs_after_a_lead_in_naming_nothing_a_clause_after_a_comma_stating_nothing():
    # «узнать, включён ли …»: the client's action; the participle stands in its question, no clause of the order
    got = _text("2.4. Министерство использует в работе следующее:", "1) узнать, включён ли заявитель в реестр;",
                "2) получить консультацию по вопросам трудоустройства;", "3) подать заявление на выплату;",
                "4) получить справку о размере пособия.")
    assert [k for k, _ in got] == ["need"] * 4


def test_a_table_of_items_whose_first_item_names_a_kind_keeps_it():
    # the first row «Личный контакт» is an item (its words name offline points), no header
    got = _text("2.5. Министерство использует в работе следующее:", "Личный контакт\tпри наличии",
                "Окно приёма документов\tежедневно", "Почтовая связь\tписьменные обращения")
    assert got == [("channel_offline", "Личный контакт"), ("channel_offline", "Окно приёма документов"),
                   ("channel_offline", "Почтовая связь")]
