"""Procedure lists held one level inside a point (parsers/extract/procedure.py) and lists whose
items stand on lines of their own with no mark (parsers/extract/listread.py).  Texts composed here."""
from __future__ import annotations

from parsers.extract.procedure import extract_procedure
from parsers.formats.text import parse_text


def _items(text):
    return [(r["list_kind"], r["ordinal"], r["text_raw"]) for r in extract_procedure(parse_text(text))]


def test_lists_nested_as_sub_points_of_a_point_that_says_in_that_number():
    text = ("2.3. Перечень точек взаимодействия содержит сведения, в том числе:\n"
            "2.3.1. Направления деятельности министерства:\n"
            "а) предоставление государственных услуг;\nб) рассмотрение обращений граждан.\n"
            "2.3.2. К офлайн-точкам взаимодействия относятся:\n"
            "а) личный прием граждан;\nб) телефон горячей линии.\n"
            "2.4. Перечень утверждается приказом министерства.")
    assert _items(text) == [("direction", "а", "предоставление государственных услуг"),
                            ("direction", "б", "рассмотрение обращений граждан"),
                            ("channel_offline", "а", "личный прием граждан"),
                            ("channel_offline", "б", "телефон горячей линии")]


def test_an_item_over_its_own_traits_is_no_nested_lead_in():
    # «1) …, который:» under a point: its dashes describe it; the point's list stands
    text = ("7. Цифровыми точками взаимодействия являются:\n"
            "1) официальный сайт министерства, который:\n– размещается открыто;\n"
            "2) мобильное приложение.\n8. Иные положения.")
    assert _items(text) == [("channel_digital", "1", "официальный сайт министерства"),
                            ("channel_digital", "2", "мобильное приложение")]


BARE = ("2.1. Направления деятельности (группы процессов):\n"
        "контрольная (надзорная) деятельность\nпредоставление мер социальной поддержки\n"
        "рассмотрение обращений граждан\n"
        "2.2. К офлайн-точкам взаимодействия относятся:\nличный прием\nтелефон горячей линии\n"
        "3. Заключительные положения")


def test_items_on_lines_of_their_own_with_no_mark_and_no_closing_mark():
    assert _items(BARE) == [("direction", None, "контрольная (надзорная) деятельность"),
                            ("direction", None, "предоставление мер социальной поддержки"),
                            ("direction", None, "рассмотрение обращений граждан"),
                            ("channel_offline", None, "личный прием"),
                            ("channel_offline", None, "телефон горячей линии")]


def test_unmarked_lines_in_a_word_file(tmp_path):
    from docx import Document as new_docx
    from parsers.formats import docx
    d = new_docx()
    for line in BARE.split("\n"):
        d.add_paragraph(line)
    d.save(tmp_path / "order.docx")
    got = [(r["list_kind"], r["text_raw"]) for r in extract_procedure(docx.read(tmp_path / "order.docx"))]
    assert got == [("direction", "контрольная (надзорная) деятельность"),
                   ("direction", "предоставление мер социальной поддержки"),
                   ("direction", "рассмотрение обращений граждан"),
                   ("channel_offline", "личный прием"), ("channel_offline", "телефон горячей линии")]


def test_the_last_unmarked_item_may_close_with_a_stop():
    text = "Цифровые точки взаимодействия:\nофициальный сайт\nчат-бот в мессенджере\nэлектронная почта."
    assert [t for _, _, t in _items(text)] == ["официальный сайт", "чат-бот в мессенджере", "электронная почта"]


def test_unmarked_lines_followed_by_prose_are_no_list():
    # a sentence after the lines: they are paragraphs (a heading, a title), not the lead-in's items
    text = ("Цифровые точки взаимодействия:\nофициальный сайт\nРаздел второй\n"
            "Перечень актуализируется ежегодно не позднее 1 февраля.")
    assert ("channel_digital", None, "Раздел второй") not in _items(text)


def test_unmarked_lines_with_a_dash_on_some_are_one_list():
    # some items open with a dash (a phrase written so), most with nothing: all are the list's
    text = ("2.1. Направления деятельности (группы процессов):\n\n"
            "— Лицензирование отдельных видов деятельности\n\nзащита прав потребителей\n\n"
            "– Региональный государственный контроль\n\nкадровое обеспечение\n\nбюджетный учёт\n\n"
            "2.2. Перечень утверждается министром.")
    assert [t for _, _, t in _items(text)] == ["Лицензирование отдельных видов деятельности",
                                              "защита прав потребителей", "Региональный государственный контроль",
                                              "кадровое обеспечение", "бюджетный учёт"]


def test_a_dashed_list_cut_at_a_fixed_width_keeps_its_items_whole():
    # the lower-case line right under a dash (no blank line between) goes on its item
    text = ("2.1. Направления деятельности (группы процессов):\n"
            "- Предоставление государственных услуг в области\nстроительства и архитектуры\n"
            "- Региональный государственный\nстроительный надзор\nи контроль\n"
            "2.2. Перечень утверждается министром.")
    assert [t for _, _, t in _items(text)] == [
        "Предоставление государственных услуг в области строительства и архитектуры",
        "Региональный государственный строительный надзор и контроль"]
