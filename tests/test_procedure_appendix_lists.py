"""A procedure's lists in appendices of their own (parsers/extract/appendix_lists.py): the
procedure's text says where each list is («… приведен в приложении № 1 к настоящему Порядку»)
and each appendix opens with its heading, perhaps a title, then the items «1. …».

Composed in the form of regional acts' appendices: the heading written over several lines in
lower case after «Приложение 2» («к Правилам формирования и ведения» / «регионального перечня …»,
as ГАРАНТ prints the appendices of the Kursk region's rules, https://base.garant.ru/411081764/),
a title longer than a subheading, a bare «Перечень» title, and no title at all.  Goldens written
by reading the fixtures."""
from __future__ import annotations

from docx import Document as WordDocument

from parsers.extract.appendix_lists import appendix_lead_ins
from parsers.extract.lines import lines_of
from parsers.extract.procedure import extract_procedure
from parsers.formats import read_document
from parsers.formats.text import parse_text
from pipeline.run import content_cells

BODY = [
    "ПОРЯДОК ведения перечня точек взаимодействия министерства с клиентами",
    "1. Общие положения",
    "1.1. Настоящий Порядок определяет правила ведения перечня.",
    "2. Содержание перечня",
    "2.1. Перечень направлений деятельности министерства, по которым формируется перечень точек "
    "взаимодействия, приведен в приложении № 1 к настоящему Порядку.",
    "2.2. Цифровые каналы взаимодействия с клиентами указаны в приложении № 2 к настоящему Порядку.",
    "2.3. Потребности клиентов определены согласно приложению № 3 к настоящему Порядку.",
]
APPENDICES = [
    # a title of ten words: longer than a subheading may be
    (["Приложение № 1", "к Порядку ведения перечня", "точек взаимодействия министерства"],
     "Перечень направлений деятельности министерства, по которым формируется перечень точек взаимодействия",
     ["Государственная поддержка агропромышленного комплекса", "Ветеринарный надзор"]),
    # no title: the referring sentence gives the kind
    (["Приложение № 2 к Порядку ведения перечня точек взаимодействия"], None,
     ["Официальный сайт министерства", "Электронная почта приёмной"]),
    # a title naming no kind
    (["Приложение N 3", "к Порядку"], "Перечень", ["Получение консультации", "Подача заявления на субсидию"]),
]
GOLD = [("direction", "Государственная поддержка агропромышленного комплекса"), ("direction", "Ветеринарный надзор"),
        ("channel_digital", "Официальный сайт министерства"), ("channel_digital", "Электронная почта приёмной"),
        ("need", "Получение консультации"), ("need", "Подача заявления на субсидию")]


def _paragraphs() -> list[tuple[str, bool]]:
    """(text, bold) of the procedure and its appendices."""
    out = [(t, False) for t in BODY]
    for heading, title, items in APPENDICES:
        out += [(t, False) for t in heading] + ([(title, True)] if title else [])
        out += [(f"{k}. {t}{'.' if k == len(items) else ';'}", False) for k, t in enumerate(items, 1)]
    return out


def _got(doc) -> list[tuple[str, str]]:
    return [(r["list_kind"], r["text_raw"]) for r in extract_procedure(doc, titled=True)]


def test_appendix_lists_in_text():
    text = "\n\n".join(f"**{t}**" if bold else t for t, bold in _paragraphs())
    assert _got(parse_text(text + "\n")) == GOLD


def test_appendix_lists_in_word(tmp_path):
    d = WordDocument()
    for t, bold in _paragraphs():
        d.add_paragraph().add_run(t).bold = bold
    path = tmp_path / "appendices.docx"
    d.save(path)
    assert _got(read_document(path, "docx")) == GOLD


def test_the_procedures_own_appendix_is_no_list():
    """«Приложение к приказу» over the procedure's title and its numbered sections: no list."""
    text = "\n".join(["Приложение к приказу от 08.06.2024 № 491",
                      "Порядок ведения перечня точек взаимодействия с клиентами",
                      "1. Общие положения", "2. Порядок формирования перечня"])
    assert _got(parse_text(text + "\n")) == []


def test_a_sentence_naming_two_appendices_gives_no_kind():
    text = "\n".join(["2.1. Цифровые и офлайн-каналы приведены в приложениях № 1 и № 2 к настоящему Порядку.",
                      "Приложение № 1 к Порядку", "1. Официальный сайт;", "2. Приёмная."])
    assert appendix_lead_ins(lines_of(parse_text(text + "\n"))) == {}
    # the heading names no kind: the items tell theirs, each of the kind it plainly is (item_lists.py,
    # with the items' reader the pipeline gives the parsers)
    content_cells.install()
    assert _got(parse_text(text + "\n")) == [("channel_digital", "Официальный сайт"), ("channel_offline", "Приёмная")]
