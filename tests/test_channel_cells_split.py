"""A channel cell naming several channels is a touchpoint per channel, each with the row's needs,
kind and process (normalizers/channel_split.py, pipeline/run/normalize.py `_one_per_channel`);
a cell naming one channel with its address, phone, hours or a second place of it stays one.

Lists name a kind's channels together: the Mordovian recommendations list «цифровые точки:
официальные сайты (порталы), мобильные приложения, …»
(https://base.garant.ru/408537767/f7ee959fd36b5699076b35abf4f52c5c), and a cell of a Word
list holds them one per line, which converted text and every reader's cell text run into one
line.  The cells below are this file's own, composed from the definitions in docs/dataset.md."""
from __future__ import annotations

import pytest

from normalizers.channel_split import channel_parts
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats import pdf as pdf_reader
from parsers.formats.text import read as read_text
from pipeline.run.normalize import normalize_touchpoints
from tests.fixtures import build
from tests.fixtures.grid_docx import grid_docx


@pytest.mark.parametrize("cell, parts", [
    ("Официальный сайт министерства, сообщество ВКонтакте",
     ["Официальный сайт министерства", "сообщество ВКонтакте"]),
    ("Электронная почта; телефон приёмной 8 (4852) 40-11-22", ["Электронная почта", "телефон приёмной 8 (4852) 40-11-22"]),
    ("Горячая линия или письменное обращение", ["Горячая линия", "письменное обращение"]),
    # lines of a cell run together: a capitalised common word opens the next channel
    ("Мобильное приложение «Госуслуги. Решаем вместе» Официальный сайт управления",
     ["Мобильное приложение «Госуслуги. Решаем вместе»", "Официальный сайт управления"]),
    ("Кабинет приёма граждан, каб. 214 Журнал регистрации заявок",
     ["Кабинет приёма граждан, каб. 214", "Журнал регистрации заявок"]),
    # a line of one word after a closing quote; a line of the same channel as the one above
    ("Опрос в приложении «Госуслуги. Решаем вместе» Видеоконференцсвязь Совещание в режиме ВКС",
     ["Опрос в приложении «Госуслуги. Решаем вместе»", "Видеоконференцсвязь", "Совещание в режиме ВКС"]),
    ("Официальный сайт министерства Официальный сайт правительства области",
     ["Официальный сайт министерства", "Официальный сайт правительства области"]),
])
def test_a_cell_of_several_channels_is_cut_into_them(cell, parts):
    assert channel_parts(cell) == parts


@pytest.mark.parametrize("cell", [
    "Личный приём, г. Ярославль, ул. Советская, д. 3, каб. 12, пн–пт 9:00–17:00",
    "Приёмная, тел. 8 (4852) 40-11-22",
    "Опрос на сайте и в социальных сетях",
    "Портал «Госуслуги», личный кабинет заявителя",       # a place on the platform named before it
    "Почта России",                                        # a name: no line starts inside it
    "Официальный сайт Министерства здравоохранения",
    "Официальный портал Госуслуги",
    "Портал Госуслуги (личный кабинет)",                  # a single word after a word: its name
    "Сайт министерства, раздел «Обратная связь»",
    # the contacts of the channel in clauses of their own; one number under two labels
    "Официальный портал: mintrud-example.ru; тел. 8 (4852) 11-22-33; пн–пт 9:00–18:00",
    "Телефон/факс: (4852) 72-10-10",
    "Анкета в приложении, размещённая на сайте министерства",   # a participle qualifies what precedes it
    "кнопка Платформы обратной связи",                           # a genitive, not a line's nominative
    "Портал государственных и муниципальных услуг",
])
def test_one_channel_with_its_places_stays_one(cell):
    assert channel_parts(cell) == [cell]


@pytest.mark.parametrize("cell, parts", [
    ("Электронная приёмная на сайте, сайт", ["Электронная приёмная на сайте", "сайт"]),
    ("Чат-бот в Telegram, Telegram", ["Чат-бот в Telegram", "Telegram"]),
    ("Электронная приёмная на сайте; сайт", ["Электронная приёмная на сайте", "сайт"]),
])
def test_a_part_met_inside_the_one_before_is_cut_where_it_stands(cell, parts):
    """A short part («сайт») also begins inside the part before it («…на сайте»): the cut is at the
    part's own place, never inside the one before."""
    assert channel_parts(cell) == parts


def test_a_cell_of_one_part_is_not_read_again(monkeypatch):
    """Every touchpoint cell passes through channel_parts: one of a single clause and line, with no
    peers, is one touchpoint whatever it reads, so it is not read a second time (match_channel
    reads it as a point; reading it here as a list item doubled the stage's channel work)."""
    import normalizers.channel_split as split

    def unread(*_):
        raise AssertionError("a cell of one part was read")
    monkeypatch.setattr(split, "read_channel", unread)
    for cell in ("Официальный сайт министерства", "Приёмная, тел. 8 (4852) 40-11-22", "Почта России"):
        assert channel_parts(cell) == [cell]


HEAD = ["№ п/п", "Наименование процесса", "Каналы взаимодействия", "Вид точки", "Потребности клиента"]
TABLE = [HEAD,
         ["1.", "Выдача охотничьих билетов", "Портал госуслуг, Официальный сайт министерства", "цифровая",
          "Подать заявление; узнать о ходе рассмотрения"],
         ["2.", "Выдача охотничьих билетов", "Многофункциональный центр Телефон справочной службы", "офлайн",
          "Получить консультацию"]]
WANT = [("Портал госуслуг", "gosuslugi", "digital"), ("Официальный сайт министерства", "website", "digital"),
        ("Многофункциональный центр", "mfc", "offline"), ("Телефон справочной службы", "phone", "offline")]


def _docx(path):
    # the third row's channel cell a channel a line
    rows = [[text.replace(" Телефон", "\nТелефон") if (i, j) == (2, 2) else text for j, text in enumerate(row)]
            for i, row in enumerate(TABLE)]
    return grid_docx(path, rows, "Перечень точек взаимодействия с клиентами")


def _rows(doc):
    rows, _ = normalize_touchpoints("d", extract_touchpoints(doc)[0])
    return rows


def _check(rows):
    assert [(r["touchpoint_raw"], r["channel"], r["point_type"]) for r in rows] == WANT
    assert [r["row_id"] for r in rows] == [1, 2, 3, 4]
    assert rows[0]["needs"] == rows[1]["needs"] and len(rows[0]["needs"]) == 2
    assert rows[2]["needs"] == rows[3]["needs"] != []
    assert all(r["channel_score"] >= 0.85 for r in rows)      # each read sure, none in review
    assert {r["process"] for r in rows} == {"Выдача охотничьих билетов"}


def test_docx_cell_of_channels_gives_a_touchpoint_each(tmp_path):
    _check(_rows(docx_reader.read(_docx(tmp_path / "c.docx"))))


def test_converted_text_cell_of_channels_gives_a_touchpoint_each(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("Перечень точек взаимодействия с клиентами\n\n" + "\n".join("\t".join(r) for r in TABLE) + "\n",
                    encoding="utf-8")
    _check(_rows(read_text(path)))


def test_pdf_cell_of_channels_gives_a_touchpoint_each(tmp_path):
    if build.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF cannot be made")
    pdf, = build.to_pdf([_docx(tmp_path / "c.docx")], tmp_path)
    _check(_rows(pdf_reader.read(pdf)))
