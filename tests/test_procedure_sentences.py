"""Procedure lists («Порядок формирования и ведения перечня точек взаимодействия») written as
sentences: items parted by commas, two channel lists in one sentence, the whole of section 2 one
paragraph, an appendix table with a column per list, items capitalised as sentences.  Texts
composed here after the forms of published regional procedures; Word files written with python-docx."""
from __future__ import annotations

import docx
import pytest

from parsers.extract.procedure import extract_procedure
from parsers.formats.docx import read as read_docx
from parsers.formats.text import parse_text

HEAD = ["ПОРЯДОК", "формирования и ведения перечня точек взаимодействия министерства с клиентами",
        "1. Общие положения",
        "1.1. Настоящий Порядок определяет правила формирования и ведения перечня точек взаимодействия."]
END = ["3. Заключительные положения", "3.1. Перечень актуализируется не реже одного раза в год."]

DIRECTIONS = ["предоставление государственных услуг", "контрольно-надзорная деятельность",
              "работа с обращениями граждан"]
DIGITAL = ["официальный сайт министерства", "электронная почта", "Единый портал государственных услуг"]
OFFLINE = ["личный приём граждан", "телефон горячей линии", "почтовая связь"]
NEEDS = ["получение информации", "получение консультации", "подача заявления", "получение результата"]
ALL = [("direction", d) for d in DIRECTIONS] + [("channel_digital", c) for c in DIGITAL] + \
      [("channel_offline", c) for c in OFFLINE] + [("need", n) for n in NEEDS]


def _txt(*body: str) -> list[tuple[str, str | None, str]]:
    doc = parse_text("\n".join(HEAD + list(body) + END) + "\n")
    return [(r["list_kind"], r["ordinal"], r["text_raw"]) for r in extract_procedure(doc)]


def _unordered(items):
    return sorted((k, t) for k, _, t in items)


def test_items_parted_by_commas_two_channel_lists_in_one_sentence():
    got = _txt("2. Формирование перечня",
               "2.1. Точки взаимодействия министерства с клиентами подразделяются на: цифровые точки: "
               + ", ".join(DIGITAL) + "; оффлайн-точки: " + ", ".join(OFFLINE) + ".",
               "2.2. Перечень формируется по следующим направлениям деятельности: " + ", ".join(DIRECTIONS) + ".",
               "2.3. При формировании перечня учитываются следующие потребности клиентов: " + ", ".join(NEEDS) + ".")
    assert _unordered(got) == sorted(ALL)
    assert {o for _, o, _ in got} == {None}                 # inline lists print no ordinals


def test_a_comma_list_of_directions_whose_item_opens_with_a_hyphenated_adjective():
    # «контрольно-надзорная деятельность»: its first part alone reads as an adverb, which made the
    # whole comma list look like no list of names
    got = _txt("2.1. Перечень ведётся по направлениям деятельности министерства: лицензирование, "
               "контрольно-надзорная деятельность, социально-экономическое планирование.")
    assert got == [("direction", None, "лицензирование"), ("direction", None, "контрольно-надзорная деятельность"),
                   ("direction", None, "социально-экономическое планирование")]


def test_the_second_list_joined_by_and_in_the_same_sentence():
    for joint in (", и ", " и "):
        got = _txt("2.1. Точки взаимодействия подразделяются на цифровые точки: " + ", ".join(DIGITAL)
                   + joint + "оффлайн-точки: " + ", ".join(OFFLINE) + ".")
        assert got == [("channel_digital", None, c) for c in DIGITAL] + [("channel_offline", None, c) for c in OFFLINE]


@pytest.mark.parametrize("leads", [
    # unnumbered sentences
    ("Перечень формируется по направлениям деятельности министерства:", "К цифровым точкам взаимодействия относятся:",
     "К офлайн-точкам взаимодействия относятся:", "Потребности клиентов включают:"),
    # numbered clauses: each list ends at its sentence's dot though a number, not a capital, follows it
    ("2.1. Перечень формируется по следующим направлениям деятельности:", "2.2. Цифровыми точками взаимодействия являются:",
     "2.3. Офлайн-точками взаимодействия являются:", "2.4. Потребностями клиентов являются:"),
])
def test_section_two_as_one_paragraph(leads):
    lists = (DIRECTIONS, DIGITAL, OFFLINE, NEEDS)
    got = _txt("2. Формирование перечня. " + " ".join(f"{lead} {'; '.join(items)}." for lead, items in zip(leads, lists)))
    assert _unordered(got) == sorted(ALL)


def test_items_capitalised_as_sentences():
    cap = lambda t: t[:1].upper() + t[1:] + "."              # noqa: E731  «Официальный сайт министерства.»
    body = ["2.1. К цифровым точкам взаимодействия относятся:"] + \
        [f"{k}) {cap(c)}" for k, c in enumerate(DIGITAL, 1)] + \
        ["2.2. Перечень формируется по следующим направлениям деятельности:"] + \
        [f"2.2.{k}. {cap(d)}" for k, d in enumerate(DIRECTIONS, 1)] + \
        ["2.3. Потребности клиентов:"] + [f"– {cap(n)}" for n in NEEDS]
    got = _txt(*body)
    assert got == [("channel_digital", str(k), cap(c)[:-1]) for k, c in enumerate(DIGITAL, 1)] + \
        [("direction", f"2.2.{k}", cap(d)[:-1]) for k, d in enumerate(DIRECTIONS, 1)] + \
        [("need", None, cap(n)[:-1]) for n in NEEDS]


APPENDIX = [["Направление деятельности", "Цифровые каналы взаимодействия", "Офлайн-каналы взаимодействия",
             "Потребности клиентов"],
            ["Предоставление государственных услуг", "Официальный сайт министерства", "Личный приём граждан",
             "Получение информации"],
            ["Контрольно-надзорная деятельность", "Электронная почта", "Телефон горячей линии",
             "Получение консультации"],
            ["", "Единый портал государственных услуг", "", "Подача заявления"],
            ["", "Платформа обратной связи", "", ""]]


def test_an_appendix_table_with_a_column_per_list_and_ragged_columns(tmp_path):
    d = docx.Document()
    for p in HEAD + ["2. Направления деятельности, цифровые и офлайн-каналы взаимодействия и потребности "
                     "клиентов приведены в приложении к настоящему Порядку."] + END + \
            ["Приложение к Порядку формирования и ведения перечня точек взаимодействия"]:
        d.add_paragraph(p)
    table = d.add_table(rows=len(APPENDIX), cols=4)
    for r, row in enumerate(APPENDIX):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.save(tmp_path / "order.docx")
    got = [(r["list_kind"], r["text_raw"]) for r in extract_procedure(read_docx(tmp_path / "order.docx"))]
    kinds = ("direction", "channel_digital", "channel_offline", "need")
    want = [(kinds[c], text) for row in APPENDIX[1:] for c, text in enumerate(row) if text]
    assert sorted(got) == sorted(want)
    # an empty cell gives no item: the k-th item of each list is in row k
    assert [t for k, t in got if k == "channel_digital"] == [row[1] for row in APPENDIX[1:]]


TWO_ROW = [["Направление деятельности", "Каналы взаимодействия", None, "Потребности клиентов"],
           [None, "Цифровые", "Офлайн", None],
           ["Предоставление государственных услуг", "Официальный сайт министерства", "Личный приём граждан",
            "Получение информации"],
           ["Контрольно-надзорная деятельность", "Электронная почта", "Выездная консультация", "Подача жалобы"]]
TWO_ROW_ITEMS = [("direction", "Предоставление государственных услуг"),
                 ("channel_digital", "Официальный сайт министерства"), ("channel_offline", "Личный приём граждан"),
                 ("need", "Получение информации"), ("direction", "Контрольно-надзорная деятельность"),
                 ("channel_digital", "Электронная почта"), ("channel_offline", "Выездная консультация"),
                 ("need", "Подача жалобы")]


def test_an_appendix_table_whose_channels_heading_spans_digital_and_offline(tmp_path):
    # «Каналы взаимодействия» over «Цифровые» | «Офлайн»: the sub-headings are no items, and each
    # column's items are of its sub-heading's kind
    d = docx.Document()
    for p in HEAD + ["2. Направления деятельности, каналы взаимодействия и потребности клиентов приведены "
                     "в приложении к настоящему Порядку.", "Приложение к Порядку"]:
        d.add_paragraph(p)
    table = d.add_table(rows=len(TWO_ROW), cols=4)
    for r, row in enumerate(TWO_ROW):
        for c, text in enumerate(row):
            if text is not None:
                table.cell(r, c).text = text
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 3).merge(table.cell(1, 3))
    d.save(tmp_path / "order.docx")
    got = [(r["list_kind"], r["text_raw"]) for r in extract_procedure(read_docx(tmp_path / "order.docx"))]
    assert got == TWO_ROW_ITEMS
    text = "\n".join(HEAD + ["2. Направления деятельности, каналы взаимодействия и потребности клиентов "
                             "приведены в приложении к настоящему Порядку.", "Приложение к Порядку"]
                     + ["\t".join(c or "" for c in row) for row in TWO_ROW]) + "\n"
    assert [(r["list_kind"], r["text_raw"]) for r in extract_procedure(parse_text(text))] == TWO_ROW_ITEMS
