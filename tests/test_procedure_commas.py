"""Procedure lists parted by commas inside one sentence after a lead-in (parsers/extract/inline.py)
whose items are not bare names: an item holding a colon of its own («электронная почта: адрес»,
«внутренние клиенты: бухгалтерия», «сотрудник: получить …»), an item naming the list's own kind
(«направление: …»), a name all in quotes, a dash after the lead-in's colon, a word cut short
(«эл. почта»).  Texts composed here; Word files written with python-docx."""
from __future__ import annotations

import docx
import pytest

from parsers.extract.procedure import extract_procedure
from parsers.formats.docx import read as read_docx
from parsers.formats.text import parse_text

HEAD = ["ПОРЯДОК", "ведения перечня точек взаимодействия министерства с клиентами",
        "1. Общие положения", "1.1. Настоящий Порядок определяет правила ведения перечня.",
        "2. Содержание перечня"]
END = ["3. Заключительные положения", "3.1. Перечень актуализируется не реже одного раза в год."]

DIGITAL = ["официальный сайт министерства", "эл. почта приёмной", "моб. приложение «Мой регион»",
           "электронная почта: priem@minstroy.example.ru"]
OFFLINE = ["личный приём граждан", "телефон/факс: (8142) 00-11-22", "почтовая связь"]
DIRECTIONS = ["предоставление государственных услуг", "работа с внутренними клиентами: кадровое обеспечение",
              "«Открытое министерство»", "направление: предоставление субсидий"]
NEEDS = ["получить консультацию", "сотрудник: получить расчётный листок", "подать заявление"]
SENTENCES = [
    "2.1. Точки взаимодействия подразделяются на: цифровые точки: " + ", ".join(DIGITAL)
    + "; оффлайн-точки: " + ", ".join(OFFLINE) + ".",
    "2.2. Перечень ведётся по следующим направлениям деятельности министерства: " + ", ".join(DIRECTIONS) + ".",
    "2.3. Для каждой точки взаимодействия указываются потребности клиента: " + ", ".join(NEEDS) + "."]
ALL = sorted([("channel_digital", c) for c in DIGITAL] + [("channel_offline", c) for c in OFFLINE]
             + [("direction", d) for d in DIRECTIONS] + [("need", n) for n in NEEDS])


def _rows(doc):
    return sorted((r["list_kind"], r["text_raw"]) for r in extract_procedure(doc))


def test_comma_lists_whose_items_hold_colons_quotes_and_cut_words_txt():
    assert _rows(parse_text("\n".join(HEAD + SENTENCES + END) + "\n")) == ALL


def test_comma_lists_whose_items_hold_colons_quotes_and_cut_words_docx(tmp_path):
    d = docx.Document()
    for line in HEAD + SENTENCES + END:
        d.add_paragraph(line)
    d.save(tmp_path / "p.docx")
    assert _rows(read_docx(tmp_path / "p.docx")) == ALL


@pytest.mark.parametrize("at", [0, 1, 2])
@pytest.mark.parametrize("inner", ["внутренние клиенты: бухгалтерия", "обращения граждан: приём и рассмотрение"])
def test_an_item_holding_a_colon_anywhere_in_the_list_is_an_item_not_the_lead_in(inner, at):
    # the lead-in is the first colon whose words name a kind; the item's colon comes after it
    items = ["лицензирование", "иные функции"]
    items.insert(at, inner)
    line = "2.2. Перечень ведётся по следующим направлениям деятельности министерства: " + ", ".join(items) + "."
    got = _rows(parse_text("\n".join(HEAD + [line] + END) + "\n"))
    assert got == sorted(("direction", t) for t in items)


def test_a_dash_after_the_lead_ins_colon_opens_the_comma_list():
    line = "2.2. Перечень ведётся по направлениям деятельности: — лицензирование, контроль (надзор), иные функции."
    got = _rows(parse_text("\n".join(HEAD + [line] + END) + "\n"))
    assert got == sorted(("direction", t) for t in ("лицензирование", "контроль (надзор)", "иные функции"))


def test_offline_channels_named_by_how_the_client_comes():
    # «лично», «устно по телефону», «через МФЦ»: an adverb or a preposition first, still a channel's name
    offline = ["устно по телефону", "лично", "через МФЦ", "почтовая связь"]
    line = ("2.1. Точки взаимодействия подразделяются на: цифровые точки: официальный сайт, электронная почта; "
            "оффлайн-точки: " + ", ".join(offline) + ".")
    got = _rows(parse_text("\n".join(HEAD + [line] + END) + "\n"))
    assert got == sorted([("channel_digital", "официальный сайт"), ("channel_digital", "электронная почта")]
                         + [("channel_offline", c) for c in offline])


@pytest.mark.parametrize("need", [
    # two actions joined by «и», each as short as a name, the whole longer than one name may be
    "представить земельный участок для осмотра инспектором районного отдела и получить акт обследования участка",
    # the client's own words, as journey maps word needs
    "хочу записаться на приём к заместителю министра",
    "нужна помощь юриста: консультация по вопросам аренды",
    "когда будет готово моё разрешение?",
    # a name of an action and its object longer than a channel's name
    "получение сведений о порядке предоставления жилых помещений детям-сиротам из специализированного жилищного фонда",
])
def test_a_need_named_by_the_clients_actions(need):
    needs = ["получить консультацию", need, "подать заявление"]
    line = "2.3. Для каждой точки взаимодействия указываются потребности клиента: " + ", ".join(needs) + "."
    got = _rows(parse_text("\n".join(HEAD + [line] + END) + "\n"))
    assert got == sorted(("need", n) for n in needs)


@pytest.mark.parametrize("digital_lead", ["к цифровым относятся:", "цифровыми являются:", "к электронным относятся:"])
def test_a_lead_in_whose_noun_is_left_out_after_a_semicolon_in_one_paragraph(digital_lead):
    # «… подразделяются на цифровые и офлайн; к цифровым относятся: …»: the adjective stands for the
    # points named before it, and the sentence before does not lengthen the directions' last item
    text = ("2. Перечень составляется по направлениям деятельности министерства, а именно: лицензирование; "
            "контроль (надзор); кадровые вопросы. Точки взаимодействия подразделяются на цифровые и офлайн; "
            f"{digital_lead} официальный сайт; электронная почта; Единый портал государственных услуг. "
            "К офлайн-точкам относятся: личный приём граждан; телефон горячей линии.")
    got = _rows(parse_text("\n".join(HEAD[:4] + [text] + END) + "\n"))
    assert got == sorted([("direction", d) for d in ("лицензирование", "контроль (надзор)", "кадровые вопросы")]
                         + [("channel_digital", c) for c in ("официальный сайт", "электронная почта",
                                                             "Единый портал государственных услуг")]
                         + [("channel_offline", c) for c in ("личный приём граждан", "телефон горячей линии")])


def test_a_lead_in_asking_the_clients_purpose_past_its_dash():
    # «Зачем клиент приходит … — возможные варианты:» names the needs; «возможные варианты» are no item
    text = ("2. Направления деятельности министерства: лицензирование; контроль (надзор). К цифровым точкам "
            "относятся: официальный сайт; электронная почта. Зачем клиент приходит в точку взаимодействия — "
            "возможные варианты: получение справки; подача заявления; запись на приём.")
    got = _rows(parse_text("\n".join(HEAD[:4] + [text] + END) + "\n"))
    assert [t for k, t in got if k == "need"] == sorted(["получение справки", "подача заявления", "запись на приём"])


def test_an_item_after_a_dash_lead_in_keeps_its_own_colon():
    text = "2.2. Цифровые точки — сайт: www.minstroy.example.ru; электронная почта; чат-бот."
    got = _rows(parse_text("\n".join(HEAD + [text] + END) + "\n"))
    assert got == sorted(("channel_digital", t) for t in ("сайт: www.minstroy.example.ru", "электронная почта", "чат-бот"))


def test_an_abbreviation_in_lower_case_is_a_name():
    line = "2.1. К цифровым точкам взаимодействия относятся: официальный сайт, сэд, вкс, электронная почта."
    got = _rows(parse_text("\n".join(HEAD + [line] + END) + "\n"))
    assert got == sorted(("channel_digital", t) for t in ("официальный сайт", "сэд", "вкс", "электронная почта"))


def test_an_address_in_the_last_item_does_not_end_its_sentence():
    # «ул. Садовая», «каб. 5»: a capital after a word cut short is no new sentence
    text = ("2. Перечень ведётся по направлениям деятельности министерства: лицензирование; контроль. "
            "К офлайн-точкам относятся: личный приём граждан; почтовое отправление по адресу: г. Энск, "
            "ул. Садовая, д. 8, каб. Приёмная. Потребности клиента: получение справки; подача заявления.")
    got = _rows(parse_text("\n".join(HEAD[:4] + [text] + END) + "\n"))
    assert [t for k, t in got if k == "channel_offline"] == [
        "личный приём граждан", "почтовое отправление по адресу: г. Энск, ул. Садовая, д. 8, каб. Приёмная"]
    assert [t for k, t in got if k == "need"] == ["подача заявления", "получение справки"]
