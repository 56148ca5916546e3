"""A procedure's lists in captioned tables of an appendix, referred to by the tables' numbers
(parsers/extract/appendix_lists.py, `caption_lead_ins`): «2.2. … приведены в таблице 2 приложения к настоящему
Порядку.», then «Таблица 2. …» over a table «№ п/п | Наименование».  The kind is the one the referring sentence
gives the table's number, else the caption's own words'; and lead-ins in another region's words
(parsers/extract/leadin.py: «контактное» / «бесконтактное» взаимодействие, the problems clients come with).
Composed for these tests; goldens written by reading the texts."""
from __future__ import annotations

import pytest
from docx import Document as WordDocument

from parsers.extract.leadin import classify
from parsers.extract.procedure import extract_procedure
from parsers.formats import read_document
from parsers.formats.text import parse_text
import pipeline.run.process  # noqa: F401,E402  (the content readers the pipeline gives the table readers: read as the CLI does, whatever ran before)

BODY = ["Порядок ведения перечня точек взаимодействия с клиентами",
        "1. Общие положения",
        "1.1. Настоящий Порядок определяет правила ведения перечня.",
        "2. Содержание перечня",
        # the reference names the kind, the caption below only «Перечень» or nothing
        "2.1. Вопросы, с которыми обращаются заявители, приведены в таблице 1 приложения к настоящему Порядку.",
        "2.2. Контактные средства связи с клиентами приведены в таблице № 2 приложения к настоящему Порядку.",
        # no reference: the caption names it
        "2.3. Иные сведения приведены в приложении к настоящему Порядку.",
        "Приложение к Порядку ведения перечня точек взаимодействия"]
TABLES = [("Таблица 1. Перечень", ["Узнать, какие документы нужны для выплаты", "Обжаловать решение"]),
          ("Таблица 2", ["Кабинет приёма посетителей", "Телефон горячей линии"]),
          ("Таблица 3. Бесконтактные средства связи с клиентами", ["Официальный сайт", "Электронная почта"])]
GOLD = [("need", "Узнать, какие документы нужны для выплаты"), ("need", "Обжаловать решение"),
        ("channel_offline", "Кабинет приёма посетителей"), ("channel_offline", "Телефон горячей линии"),
        ("channel_digital", "Официальный сайт"), ("channel_digital", "Электронная почта")]


def _got(doc) -> list[tuple[str, str]]:
    return [(r["list_kind"], r["text_raw"]) for r in extract_procedure(doc, titled=True)]


def test_captioned_tables_in_converted_text():
    blocks = list(BODY)
    for caption, items in TABLES:
        blocks += [f"**{caption}**", "\n".join(["№ п/п\tНаименование"] + [f"{k}.\t{t}" for k, t in enumerate(items, 1)])]
    assert _got(parse_text("\n\n".join(blocks) + "\n")) == GOLD


def test_captioned_tables_in_word(tmp_path):
    d = WordDocument()
    for t in BODY:
        d.add_paragraph(t)
    for caption, items in TABLES:
        d.add_paragraph().add_run(caption).bold = True
        table = d.add_table(rows=1 + len(items), cols=2)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = "№ п/п", "Наименование"
        for k, t in enumerate(items, 1):
            table.rows[k].cells[0].text, table.rows[k].cells[1].text = f"{k}.", t
    path = tmp_path / "captions.docx"
    d.save(path)
    assert _got(read_document(path, "docx")) == GOLD


def test_a_caption_over_numbered_lines():
    text = "\n".join(["2.1. Потребности клиентов приведены в таблице 1.", "Таблица 1",
                      "1. Получить справку;", "2. Записаться на приём."])
    assert _got(parse_text(text + "\n")) == [("need", "Получить справку"), ("need", "Записаться на приём")]


@pytest.mark.parametrize("lead_in, kind", [
    ("При ведении перечня учитываются следующие проблемы (вопросы), с которыми обращаются клиенты:", "need"),
    ("Учитываются следующие вопросы, с которыми граждане обращаются в министерство:", "need"),
    ("Клиенты обращаются по следующим вопросам:", "need"),
    ("Контактное взаимодействие с клиентами осуществляется через:", "channel_offline"),
    ("Бесконтактное взаимодействие с клиентами осуществляется через:", "channel_digital"),
    ("Бесконтактные средства связи с клиентами:", "channel_digital"),
    # a relative clause tells nothing of a thing no list is of; contact details are no channels
    ("Используются следующие понятия, которые применяются в Порядке:", None),
    ("Перечень ведется по следующему алгоритму:", None),
    ("Контактные данные министерства:", None),
])
def test_lead_ins_in_another_regions_words(lead_in, kind):
    assert classify(lead_in) == kind


def test_a_tables_points_told_as_deeds_stay_its_list():
    """Points written as what a client does («скачивает приложение …») read as duties under a lead-in
    (`item_lists.states_duties`); in a table the procedure names as that list they are its points."""
    text = "\n\n".join(["2.1. Цифровые точки взаимодействия приведены в таблице 1 приложения к настоящему Порядку.",
                        "Таблица 1", "№ п/п\tНаименование\n1.\tскачивает мобильное приложение министерства\n"
                                     "2.\tчитает новости на официальном сайте"])
    assert _got(parse_text(text + "\n")) == [("channel_digital", "скачивает мобильное приложение министерства"),
                                              ("channel_digital", "читает новости на официальном сайте")]


def test_a_roadmaps_caption_lists_no_channels():
    """A plan of measures captioned in the procedure («Таблица 1. План мероприятий по развитию цифровых каналов»)
    holds measures to take, no channels, though its words name some: neither its caption nor the sentence
    referring to it makes its rows a list's points (`content_roles.kind_cues`: «план … мероприятий»)."""
    for ref in ([], ["1.2. План мероприятий по развитию цифровых каналов взаимодействия приведен в таблице 1."]):
        text = "\n\n".join(BODY[:3] + ref + ["Таблица 1. План мероприятий по развитию цифровых каналов взаимодействия",
                                              "№ п/п\tМероприятие\n1.\tРазработать мобильное приложение\n"
                                              "2.\tОбновить официальный сайт"])
        assert _got(parse_text(text + "\n")) == []


@pytest.mark.parametrize("title", ["Перечень действий должностных лиц при ведении цифровых каналов взаимодействия",
                                   "Цифровые каналы взаимодействия: действия сотрудников министерства"])
def test_an_appendix_of_officials_duties_titled_like_a_list_is_none(title):
    """An appendix whose title names officials over what they do («размещает …», «отвечает …»): their duties,
    no channels, though the title names channels too (`official_words`); a title naming none keeps them
    (test_a_tables_points_told_as_deeds_stay_its_list)."""
    text = "\n".join(BODY[:3] + ["Приложение 2 к Порядку", title,
                                 "1. Размещает информацию на официальном сайте министерства;",
                                 "2. Отвечает на обращения в социальных сетях;",
                                 "3. Обеспечивает работу электронной почты."])
    assert _got(parse_text(text + "\n")) == []


@pytest.mark.parametrize("lead_in, kind", [
    # contact details, no way of contact: «контактный» names the way only on the way's own noun
    ("Контактная информация для взаимодействия:", None),
    ("Контактные данные для взаимодействия с министерством:", None),
    ("Формы контактного взаимодействия:", "channel_offline"),
    # a relative clause after the listed noun tells no kind of things no list is of
    ("Перечень содержит следующие данные, которые заполняются в электронной форме:", None),
    ("Используются следующие документы, которые клиенты представляют при личном обращении:", None),
])
def test_contact_details_and_clauses_after_other_nouns_name_no_list(lead_in, kind):
    assert classify(lead_in) == kind
