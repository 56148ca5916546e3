"""Line joins inside a cell of several paragraphs (a channel's name, then its address, site,
hours on lines of their own; one paragraph per need): the page writes no wrap space at a
paragraph's end, so the layout reads a mid-word break there - the words themselves say no
word broke: a script turn, a closing quote or an all-capitals word before a capital."""
from __future__ import annotations

import pytest

from parsers.formats.wordjoin import Break, glue


@pytest.mark.parametrize("left, right, joined", [
    ("Госпаблик в Одноклассниках", "https://ok.ru/x", "Госпаблик в Одноклассниках https://ok.ru/x"),
    ("Официальный сайт www.site.ru", "раздел «Контакты»", "Официальный сайт www.site.ru раздел «Контакты»"),
    ("Информационный стенд", "1 этаж, холл", "Информационный стенд 1 этаж, холл"),
    ("о присвоении звания «Ветеран труда»", "Регистрация заявления", "о присвоении звания «Ветеран труда» Регистрация заявления"),
    ("по статусу участника СВО", "Ознакомиться с условиями", "по статусу участника СВО Ознакомиться с условиями"),
])
def test_a_paragraph_end_read_as_a_broken_word_keeps_its_space(left, right, joined):
    assert glue(left, right, Break.MID_WORD) == joined


@pytest.mark.parametrize("left, right, joined", [
    ("13.04.20", "23", "13.04.2023"),                         # a date broken inside stays whole
    ("mincult-kuzbass@a", "ko.ru", "mincult-kuzbass@ako.ru"),
    ("Многофункциональ", "ный центр", "Многофункциональный центр"),
])
def test_a_word_broken_inside_one_script_is_still_mended(left, right, joined):
    assert glue(left, right, Break.MID_WORD) == joined


def test_an_address_after_an_opening_bracket_broken_inside_is_mended():
    assert glue("ЕПГУ (www.gosuslugi.r", "u)", Break.MAYBE_MID) == "ЕПГУ (www.gosuslugi.ru)"


def test_a_preposition_alone_on_a_narrow_column_s_line_is_a_word():
    # a need matrix's narrow header: "Ответ" fills its line, "на" stands alone on the next
    assert glue("Ответ", "на", Break.MAYBE_MID) == "Ответ на"
    assert glue("Ответ", "на обратную", Break.MAYBE_MID) == "Ответ на обратную"
    assert glue("Многофункциональ", "ный", Break.MAYBE_MID) == "Многофункциональный"


def test_an_abbreviation_after_a_whole_word_is_a_word():
    assert glue("Кабинет бухгалтерии", "каб. 214", Break.MID_WORD) == "Кабинет бухгалтерии каб. 214"
    assert glue("Оплат", "ы.", Break.MID_WORD) == "Оплаты."


def test_a_narrow_columns_pieces_are_mended_with_a_scans_numpy_flags():
    # a scan's geometry gives numpy booleans: each must count as "maybe mid-word"
    import numpy as np
    from parsers.formats.wordjoin import join_lines
    assert join_lines(["Предо", "став-", "ление"], [np.True_, np.True_]) == "Предоставление"
    # a word starting on a line of its own after a finished one, in three pieces
    assert join_lines(["Получение", "консу", "льта-", "ции"], [np.True_] * 3) == "Получение консультации"
    assert join_lines(["Получение", "консультации"], [np.True_]) == "Получение консультации"


def test_a_hyphen_before_a_word_broken_again_is_judged_on_the_whole_word():
    from parsers.formats.wordjoin import join_lines
    mid, maybe = Break.MID_WORD, Break.MAYBE_MID
    assert join_lines(["онлайн-", "опро", "с"], [mid, mid]) == "онлайн-опрос"
    assert join_lines(["Интернет-", "приё", "мная"], [maybe, mid]) == "Интернет-приёмная"
    assert join_lines(["Предо-", "ставле-", "ние"], [maybe, maybe]) == "Предоставление"


def test_an_address_after_a_colon_is_mended_and_a_bracket_closes_a_word():
    from parsers.formats.wordjoin import join_lines
    maybe, mid = Break.MAYBE_MID, Break.MID_WORD
    assert join_lines(["почта:spo", "rt@m", "insport.ru"], [maybe, maybe]) == "почта:sport@minsport.ru"
    assert join_lines(["адрес учреждения)", "E-", "mail:"], [mid, mid]) == "адрес учреждения) E-mail:"


def test_a_closing_bracket_before_a_small_letter_ends_a_paragraph():
    assert glue("Получить доступ к ГИС (учётную запись)", "получить бланк", Break.MID_WORD) == \
        "Получить доступ к ГИС (учётную запись) получить бланк"


def test_a_preposition_alone_on_its_line_is_not_chained_into_a_word():
    from parsers.formats.wordjoin import join_lines
    maybe = Break.MAYBE_MID
    assert join_lines(["Ответ", "на", "обрат-", "ную", "связь"], [maybe, Break.SPACE, maybe, maybe]) == \
        "Ответ на обратную связь"


def test_pieces_no_dictionary_knows_are_one_word_and_a_names_hyphen_goes():
    maybe = Break.MAYBE_MID
    assert glue("автом", "атизи", maybe) == "автоматизи"              # a narrow column's pieces
    # its last piece a letter and a dot: the abbreviation's end, though «р.» alone is a known word
    assert glue("автоматизи", "р. рабочее место", maybe) == "автоматизир. рабочее место"
    # a phrase's abbreviation «т. е.» after a word the dictionary lacks is a word of its own
    assert glue("мессенджер вотсап", "т. е. чат", maybe) == "мессенджер вотсап т. е. чат"
    assert glue("Минздрав", "ГИС", maybe) == "Минздрав ГИС"             # a capital starts a word
    assert glue("г. Ново-", "речинск, ул. Садовая", maybe) == "г. Новоречинск, ул. Садовая"
    assert glue("Офлайн-", "точка", maybe) == "Офлайн-точка"


def test_a_line_of_several_words_ends_a_paragraph_where_no_wrap_space_is_written():
    # LibreOffice writes a space at every wrap; none at a paragraph's end.  A Cyrillic word is
    # broken only when it is alone on its line (too long for the column), so a line of several
    # words with no space at its end closed a paragraph
    from parsers.formats.pdf_layout import PageLine, break_between
    words = [{"text": "получение", "x0": 0.0, "x1": 54.0}, {"text": "заключения", "x0": 57.0, "x1": 117.0}]
    line = PageLine(words, "получение заключения", 10.0)
    nxt = {"text": "информирование", "x0": 0.0, "x1": 84.0, "first_char_w": 6.0}
    assert break_between(line, nxt, 130.0, 0.3) is Break.SPACE
    alone = PageLine([{"text": "Многофункциональ", "x0": 0.0, "x1": 117.0}], "Многофункциональ", 10.0)
    assert break_between(alone, {"text": "ный", "x0": 0.0, "x1": 18.0}, 130.0, 0.3) is Break.MID_WORD
    assert glue("для подведомственных", "- получение форм", Break.MID_WORD) == "для подведомственных - получение форм"
