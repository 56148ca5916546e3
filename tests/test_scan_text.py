"""OCR text mended by shape and dictionary (parsers/formats/scan_text.py), and the
scan page's line boxes and Latin re-read (scan_ocr): pure functions, no tesseract.

The words below are ordinary Russian words misread the way a grainy scan misreads
print (a look-alike letter swapped, a Latin letter for a Cyrillic one, a one-letter
preposition glued on); none is taken from a fixture's text."""
from __future__ import annotations

import pytest

from parsers.formats import scan_latin, scan_ocr, scan_reread
from parsers.formats.ocr_tesseract import Word
from parsers.document import Cell, Row, Table
from parsers.formats.scan import _QUARTER, _item_numbers, _number_dots, _quarter, _same_headers
from parsers.formats.scan_text import mend
from parsers.options import ScanSettings


@pytest.mark.parametrize("read, meant", [
    ("подача заявлеиия", "подача заявления"),             # и for н
    ("Заявлепие о выдаче", "Заявление о выдаче"),          # п for н, capital kept
    ("порядок работыс обращениями", "порядок работы с обращениями"),   # glued «с»
    ("сведения о ходе рассмотренияо жалобе", "сведения о ходе рассмотрения о жалобе"),
    ("3аявка на 6ланке", "Заявка на бланке"),              # digits for letters
    ("Петрова Coфья", "Петрова Софья"),                    # Latin look-alikes inside a Cyrillic word
    ("Исполнитель: Петрова C.A.", "Исполнитель: Петрова С.А."),   # initials beside a Cyrillic name
    ("запись c портала", "запись с портала"),              # a lone Latin «c» between Cyrillic words
    ("форма на web-caiiT ведомства", "форма на web-сайт ведомства"),   # a Russian word read in Latin, «й» as «ii»
    ("запись на npueм", "запись на прием"),                # mixed, with Latin letters only OCR takes for Cyrillic
    ("уведомление.напоминание, запись", "уведомление,напоминание, запись"),   # a comma read as a dot
    ("справка ‚выписка", "справка ,выписка"),              # a comma read as a low quote
    ("а) подача жалобы; 6) ответ на неё", "а) подача жалобы; б) ответ на неё"),   # «б)» read «6)» in a cell
    ("а) подача жалобы\n6) ответ на неё", "а) подача жалобы\nб) ответ на неё"),   # items on lines of a cell
    ("заявка: caiiT ведомства", "заявка: сайт ведомства"),   # a lone Latin word beside Russian ones still mended
    ("консультация МФЦв районе", "консультация МФЦ в районе"),   # a one-letter word glued to an abbreviation
    ("обращение в ЦЗНс заявлением", "обращение в ЦЗН с заявлением"),
    ("подача заявления на пеэевод", "подача заявления на перевод"),   # «р» read «э» (its bowl's tail lost)
    ("запрос на пзодление срока", "запрос на продление срока"),       # ... and «з»
    ("запись на консульт ирование", "запись на консультирование"),    # a word's letters split by a space
    ("Инфор мирование граждан", "Информирование граждан"),
    ("офис в г. Ханты.Мансийск", "офис в г. Ханты-Мансийск"),       # a hyphen read as a dot: a compound the dictionary knows
    ("в сети информационно.телекоммуникационной", "в сети информационно-телекоммуникационной"),   # «-о» adjective + adjective
    ("северо.запад области", "северо-запад области"),
    ("Цели обращения: запись на прием: выдача талона; подача отзыва: жалоба по почте",   # «;» read «:» after a lead-in
     "Цели обращения: запись на прием; выдача талона; подача отзыва; жалоба по почте"),
    ("Цели: оформить пропуск: сдать документы", "Цели: оформить пропуск; сдать документы"),   # a deed is no label
    ("Цель: справка о доходах\nСведения клиента: копия паспорта: СНИЛС",   # each line its own lead-in
     "Цель: справка о доходах\nСведения клиента: копия паспорта; СНИЛС"),
])
def test_misread_words_mended(read, meant):
    assert mend(read) == meant


@pytest.mark.parametrize("text", [
    "WhatsApp, Telegram и e-mail: info@minzdrav.ru, www.gosuslugi.ru",   # Latin stays Latin
    "ЕГАИС, ГИС ЖКХ, МФЦ",                                 # abbreviations the dictionary does not know
    "справка из ЗАГСа, отказ ВУЗу, в ЗАГСе",               # an abbreviation's case ending is no glued word
    "по дача, на бор",                                       # parts that are words stay apart
    "Цели: семьи участников СВО: как оформить выплату; жители района: подать жалобу",   # a label of words before a
    #                                                          question or a deed, not a list's «;»
    "Северо-Западный округ, медико-социальная экспертиза",   # a compound's first part is no word with «о» glued
    "сообщество ВКонтакте",                                 # a brand in mixed case
    "3 заявления, 6 обращений",                            # a number before a word is a number
    "Тимирязевская и Сельскохозяйственная",                  # known words untouched
    "портал мойбизнес.рф, www.министерство.москва, итог.Далее",   # domains and a sentence's end keep the dot
    "выдано 6) экземпляров; 2) копии",                      # no «а)» before it: a number
    "почта для обращений: ropa@mail.ru",                   # an e-mail's parts are no Russian words («гора»)
    "сайт https://минобр.рф/обращения.граждан",             # nor is a web address's path a list
    "1) приём; 2) запись: а) очно; 3) звонок; 4) чат; 5) почта; 6) сайт",   # a list numbered 1)…6)
    "согласно подпункту а) пункта 2 и подпункту 6) пункта 3",   # «6)» after a word: a number
    "приём Hard copy, канал Copy Center",                   # a Latin phrase, not Russian read in Latin
    "напр.сервисы, прим.текст",                             # an abbreviation's dot, not a comma
    "сайт " + "слово." * 2000,                              # a long run with no space (bench_hostile_inputs)
    "Часы приёма: пн-пт: 9:00–18:00, сб: 10:00",            # a colon before figures is no list's
    "Порядок работы с письмами граждан и организаций: срок: тридцать дней",   # a lead-in of many words: a sentence
    "Сайт: https://gov.ru/a:b раздел",                      # a web address's colon
    "Цели обращения: запись на прием; пенсионеры: узнать размер выплаты",   # a one-word label inside an item
    "Режим работы: понедельник – пятница: с 9.00 до 18.00; суббота: с 10.00",   # a label before a time
    "Контакты: отдел кадров: телефон 8-800-100-00-00",      # a label of two words before a phone
    "Каналы: личный приём: г. Казань, ул. Баумана, д. 5",   # ... and before an address
    "Каналы взаимодействия: цифровые каналы: сайт, портал; офлайн-каналы: МФЦ, приёмная",   # a group's label
])
def test_right_text_left_alone(text):
    assert mend(text) == text


@pytest.mark.parametrize("read, meant", [
    ("Ш квартал 2024", "III квартал 2024"),
    ("I xs. 2026", "I кв. 2026"),
    ("1 KB. 2027", "I кв. 2027"),
    ("Пкв. 2025", "II кв. 2025"),
    ("ГУ квартал 2024 — I квартал 2025", "IV квартал 2024 — I квартал 2025"),
    ("Срок: Ш квартал.", "Срок: III квартал."),            # the whole word needs no year
    ("площадь 1 кв. м", "площадь 1 кв. м"),                # «кв.» with no year may be no quarter
])
def test_quarters_as_ocr_reads_them(read, meant):
    assert _QUARTER.sub(_quarter, read) == meant


def _w(text, left, top, height, conf=95.0, line=(1, 1, 1), width=40):
    return Word(text, left, top, width, height, conf, line)


def test_a_short_ink_line_gets_a_full_line_box():
    """«являются:» has no ascender or descender: its ink is a third shorter than a line's,
    so its box is grown upward from its bottom to the page's line height."""
    words = [_w("Основными", 0, 100, 30, line=(1, 1, 1)), _w("являются:", 0, 148, 18, line=(1, 1, 2))]
    spans = scan_ocr._line_spans(words, 30.0, ScanSettings())
    assert spans[(1, 1, 1)] == (100, 130)
    top, bottom = spans[(1, 1, 2)]
    assert bottom == 166 and top == pytest.approx(166 - 0.9 * 30)


def test_latin_reread_keeps_the_sure_russian_words():
    """A line re-read with rus+eng: the word Russian read surely stays Cyrillic, the
    unsure one takes the rus+eng reading."""
    old = [_w("сообщество", 0, 0, 20, conf=93, width=100), _w("УБег", 110, 0, 20, conf=41, width=50)]
    new = [_w("coобщество", 2, 0, 20, conf=70, width=98), _w("Viber", 111, 0, 20, conf=88, width=48)]
    merged = scan_latin._merge_latin(old, new, 80.0, ("latin", 1))
    assert [w.text for w in merged] == ["сообщество", "Viber"]
    assert {w.line for w in merged} == {("latin", 1)}


def test_latin_reread_leaves_the_old_words_as_they_were():
    """The merged line is new words: the caller drops the old line by its number."""
    old = [_w("министра", 0, 0, 20, conf=95, width=80, line=(1, 1, 3))]
    merged = scan_latin._merge_latin(old, [], 80.0, ("latin", (1, 1, 3)))
    assert old[0].line == (1, 1, 3) and merged[0].line == ("latin", (1, 1, 3))


def test_a_garbled_item_number_between_two_read_well_is_the_one_between():
    rows = [["2.7.", "a"], ["8:8]", "b"], ["2.9.", "c"], ["12", "d"], ["1З", "e"], ["14", "f"], ["5.", "g"], ["б:", "h"]]
    table = Table([Row([Cell(a), Cell(b)]) for a, b in rows])
    _item_numbers(table)
    assert [r.cells[0].text for r in table.rows] == ["2.7.", "2.8.", "2.9.", "12", "13", "14", "5.", "б:"]
    assert [r.cells[1].text for r in table.rows] == list("abcdefgh")      # text columns untouched


def test_a_row_number_read_as_a_short_token_between_two_read_well_is_the_one_between():
    """«5.» read «Е» by Russian alone and «5i» by the Latin pass: any token of up to three characters
    between «4.» and «6.» is «5.»; a longer text there (a row of its own) is not."""
    rows = [["4.", "a"], ["5i", "b"], ["6.", "c"], ["Е", "d"], ["8.", "e"], ["Итого", "f"], ["10.", "g"]]
    table = Table([Row([Cell(a), Cell(b)]) for a, b in rows])
    _item_numbers(table)
    assert [r.cells[0].text for r in table.rows] == ["4.", "5.", "6.", "7.", "8.", "Итого", "10."]


def test_a_row_number_that_lost_its_dot_in_a_column_of_dotted_ones_gets_it_back():
    """«2» among «1.», «3.», «4.»: the dot the grain took is put back (a list printed in two parts
    by columns is joined by equal row numbers); the row of column numbers stays bare, and so do
    a column numbered without dots and a column of figures."""
    rows = [["№", "Канал", "Кол-во"], ["1", "2", "3"], ["1.", "сайт", "5"], ["2", "почта", "7"],
            ["3.", "телефон", "12"], ["4.", "МФЦ", "3."]]
    table = Table([Row([Cell(t) for t in r]) for r in rows])
    _number_dots(table)
    assert [r.cells[0].text for r in table.rows] == ["№", "1", "1.", "2.", "3.", "4."]
    assert [r.cells[2].text for r in table.rows] == ["Кол-во", "3", "5", "7", "12", "3."]
    plain = Table([Row([Cell(a), Cell(b)]) for a, b in [["1", "сайт"], ["2.", "почта"], ["3", "МФЦ"]]])
    _number_dots(plain)
    assert [r.cells[0].text for r in plain.rows] == ["1", "2.", "3"]


def test_an_unsure_word_one_letter_off_a_known_word_is_that_word():
    """A letter garbled past its look-alikes («р» read «э») in a word the engine doubted: the
    one dictionary word a single letter's change gives; a sure reading, a word with two such
    neighbours, a short word and an abbreviation stay as read."""
    opts = ScanSettings()
    low = opts.retype_conf - 30
    words = [_w("(пэограммного", 0, 0, 20, conf=low), _w("обеспечения)", 100, 0, 20, conf=low),
             _w("уведомпение,", 200, 0, 20, conf=low), _w("пэограммного", 300, 0, 20, conf=opts.retype_conf + 10),
             _w("решениа", 400, 0, 20, conf=low), _w("сайтв", 500, 0, 20, conf=low), _w("ЕПГУЗ", 600, 0, 20, conf=low)]
    by_piece = {(0, 1, 1): words}
    scan_ocr.retype_unsure(by_piece, opts)
    assert [w.text for w in by_piece[(0, 1, 1)]] == ["(программного", "обеспечения)", "уведомление,", "пэограммного",
                                                     "решениа", "сайтв", "ЕПГУЗ"]


def test_an_unsure_word_is_not_retyped_into_a_word_where_it_is_a_name_or_a_brand():
    """A word the dictionary does not know may be a place or a brand, not a garbled word: one
    whose only one-letter neighbour is a surname («Брянщина», a region, is no «Брянкина»), or
    one a letter added or dropped makes known as well («Телеграм», short of «телеграмм», is no
    «Телеграф»: the change is no one's), stays under the engine's doubt too."""
    opts = ScanSettings()
    low = opts.retype_conf - 30
    words = [_w("Брянщина", 0, 0, 20, conf=low), _w("Телеграм", 100, 0, 20, conf=low),
             _w("телеграм,", 200, 0, 20, conf=low), _w("пэограммного", 300, 0, 20, conf=low)]
    by_piece = {(0, 1, 1): words}
    scan_ocr.retype_unsure(by_piece, opts)
    assert [w.text for w in words] == ["Брянщина", "Телеграм", "телеграм,", "программного"]


def _page(*rows):
    """A page of one-row tables, as _same_headers sees them."""
    from types import SimpleNamespace as NS
    return NS(tables=[NS(grid=[[Cell(t) for t in r]]) for r in rows])


def test_the_halves_of_a_word_broken_at_a_line_end_are_not_retyped():
    """«информи-» / «рование» at a line's end: the halves are no words, and «рование» one letter off
    «сование» would join into none; both stay as read for the line joining, the word after them is
    retyped again."""
    opts = ScanSettings()
    low = opts.retype_conf - 30
    words = [_w("информи-", 0, 0, 20, conf=low), _w("рование", 0, 30, 20, conf=low, line=(1, 1, 2)),
             _w("пэограммного", 100, 30, 20, conf=low, line=(1, 1, 2))]
    scan_ocr.retype_unsure({(0, 1, 1): words}, opts)
    assert [w.text for w in words] == ["информи-", "рование", "программного"]


def test_a_numbers_row_read_again_with_one_digit_misread_is_made_equal():
    """A three-column table's «1 | 2 | 3» row repeated on the next page and read «1 | 2 | 8» (3 and 8
    look alike) is the same row with a digit misread, not a part with other numbers: every number
    differs in a list's next part, one here."""
    pages = [_page(["1", "2", "3"]), _page(["1", "2", "8"])]
    _same_headers(pages, 80.0)
    assert [c.text for c in pages[1].tables[0].grid[0]] == ["1", "2", "3"]


def test_a_header_read_again_is_made_equal_but_not_one_with_other_item_numbers():
    """A list printed on its side heads each part with its points' numbers: «№ п/п | 5. | 6.» under
    «№ п/п | 1. | 2.» is no copy of the first part's header (made one, its part's points were lost);
    the same header read a little differently on the next page is."""
    pages = [_page(["№ п/п", "1.", "2.", "3."]), _page(["№ п/п", "5.", "6.", "7."]),
             _page(["Канал взаимодействия", "Вид точки"]), _page(["Канал взаимодеиствия", "Вид точки"])]
    _same_headers(pages, 80.0)
    assert [c.text for c in pages[1].tables[0].grid[0]] == ["№ п/п", "5.", "6.", "7."]
    assert [c.text for c in pages[3].tables[0].grid[0]] == ["Канал взаимодействия", "Вид точки"]


def test_latin_reread_read_worse_leaves_the_russian_reading():
    old = [_w("БУХГАЛТЕРСКОГО", 0, 0, 20, conf=62, width=200)]
    new = [_w("BYXTAJILEPC", 0, 0, 20, conf=35, width=150), _w("KOГO", 160, 0, 20, conf=40, width=40)]
    merged = scan_latin._merge_latin(old, new, 80.0, ("latin", 1))
    assert [w.text for w in merged] == ["БУХГАЛТЕРСКОГО"]


def test_a_bullet_read_as_another_mark_is_the_list_s_bullet():
    """Bullets in a cell: «*» read surely on two lines, «.» and «|--» opening two others at
    the same place (their text at the same indent) are the same bullet; a mark elsewhere is not."""
    rows = [("*", 95), (".", 91), ("|--", 40), ("*", 93)]
    words = []
    for i, (mark, conf) in enumerate(rows):
        words += [_w(mark, 10, 40 * i, 20, conf=conf, line=(1, 1, i), width=8),
                  _w("Получить", 40, 40 * i, 20, line=(1, 1, i), width=90)]
    words += [_w(".", 200, 200, 20, conf=91, line=(1, 1, 9), width=4), _w("справку", 230, 200, 20, line=(1, 1, 9))]
    scan_ocr._unsure_bullets(words, ScanSettings())
    assert [w.text for w in words if w.left in (10, 200)] == ["*", "*", "*", "*", "."]


def test_unsure_bullets_lined_up_are_a_list():
    """No bullet read surely: three unsure marks lined up, text at one indent, still a list."""
    words = []
    for i, (mark, conf) in enumerate([("*", 47), (".", 1), ("*", 32)]):
        words += [_w(mark, 32, 40 * i, 20, conf=conf, line=(1, i, 1), width=8),
                  _w("пункт", 51, 40 * i, 20, line=(1, i, 1), width=60)]
    scan_ocr._unsure_bullets(words, ScanSettings())
    assert [(w.text, w.conf >= ScanSettings().noise_conf) for w in words if w.left == 32] == [("*", True)] * 3


def test_a_short_item_read_with_a_colon_after_a_lead_in_is_an_item():
    from parsers.document import Document, Paragraph
    from parsers.formats.scan import _colon_after_lead_in
    texts = ["Цифровые каналы связи с клиентом:", "ЕПГУ:", "• Портал обратной связи;", "Потребности клиентов:",
             "• подача заявления;"]
    doc = Document([Paragraph(t) for t in texts], "pdf")
    _colon_after_lead_in(doc)
    assert [p.text for p in doc.paragraphs()] == [texts[0], "• ЕПГУ;", *texts[2:]]


def test_an_item_that_lost_its_bullet_between_two_items_takes_theirs():
    from parsers.document import Document, Paragraph
    from parsers.formats.scan import _lost_bullets
    texts = ["Офлайн-точки:", "* личный приём;", "Горячая линия;", "* журнал заявок на пропуск",
             "в здание (бумажный)", "* стенд."]       # no «;» before it: a wrapped item's next line stays
    doc = Document([Paragraph(t) for t in texts], "pdf")
    _lost_bullets(doc)
    assert [p.text for p in doc.paragraphs()] == [texts[0], texts[1], "* Горячая линия;", *texts[3:]]


def test_a_cells_bullets_read_as_stars_are_bullets_again():
    """In a cell OCR's «*» for a lined-up bullet is the «•» it stands for (the cell's lines
    are joined, and a «*» mid-text splits no needs); page text keeps «*» (a footnote mark)."""
    def marks(in_cell):
        words = []
        for i in range(2):
            words += [_w("*", 32, 40 * i, 20, conf=90, line=(1, i, 1), width=8),
                      _w("Узнать", 51, 40 * i, 20, line=(1, i, 1), width=60)]
        scan_ocr._unsure_bullets(words, ScanSettings(), in_cell=in_cell)
        return [w.text for w in words if w.left == 32]
    assert marks(True) == ["•", "•"]
    assert marks(False) == ["*", "*"]


def test_an_initial_glued_to_its_name_is_set_apart():
    from parsers.formats.scan_text import mend
    assert mend("ЛиВ., Аксенов Б.Б. (ведущий специалист)") == "Ли В., Аксенов Б.Б. (ведущий специалист)"
    assert mend("ИвановИ.И.") == "Иванов И.И."
    assert mend("портал МойБизнес") == "портал МойБизнес"      # no initial: a name written so stays


@pytest.mark.parametrize("russian, latin", [("ВК", "BK"), ("СМЭВ", "CM3B"), ("ПОС", "noc")])
def test_latin_reread_of_the_same_letters_leaves_the_russian_abbreviation(russian, latin):
    """rus+eng reads a Russian abbreviation's letters as their Latin look-alikes, more surely
    («ВК» 79 as «BK» 96): the same ink in either script is the document's Russian; a reading
    with other letters still wins where it is surer («Уег» for «Viber», test above)."""
    old = [_w(russian, 0, 0, 20, conf=70, width=50)]
    new = [_w(latin, 1, 0, 20, conf=95, width=49)]
    assert [w.text for w in scan_latin._merge_latin(old, new, 80.0, ("latin", 1))] == [russian]


def test_same_ink_tells_letters_apart_that_look_like_no_others():
    from parsers.formats.scan_text import same_ink
    assert same_ink("BK", "ВК") and same_ink("n/n", "п/п") and same_ink("CM3B", "СМЭВ")
    assert not same_ink("Viber", "Уег") and not same_ink("API", "АРГ") and not same_ink("WhatsApp", "МагзАрр")


class _FakeEngine:
    """ocr_tesseract.words as the cell re-read calls it: what it was asked, a canned answer."""
    def __init__(self, text, conf):
        self.text, self.conf, self.langs = text, conf, []

    def __call__(self, crop, psm, dpi, timeout, langs="rus+eng"):
        self.langs.append(langs)
        return [_w(self.text, 20, 20, 20, conf=self.conf)]


def _crops(*keys):
    import numpy as np
    return {k: np.full((30, 60), 255, np.uint8) for k in keys}


def test_a_cell_with_ink_the_sheet_read_nothing_in_is_read_alone(monkeypatch):
    """A cell of two capitals («КЦ») the stacked sheet gave no word for: read alone, in
    Russian; taken when read as surely as text, not when the engine is as unsure as of a speck."""
    from parsers.formats import ocr_tesseract
    opts = ScanSettings()
    engine = _FakeEngine("КЦ", 83.0)
    monkeypatch.setattr(ocr_tesseract, "words", engine)
    by_piece = {(0, 1, 1): [_w("Телефон", 0, 0, 20)]}
    scan_reread.reread_cells(by_piece, _crops((0, 1, 1), (0, 2, 1)), 200, opts, 10)
    assert [w.text for w in by_piece[(0, 2, 1)]] == ["КЦ"] and engine.langs == ["rus"]
    assert [w.text for w in by_piece[(0, 1, 1)]] == ["Телефон"]         # read surely: not read again
    monkeypatch.setattr(ocr_tesseract, "words", _FakeEngine("|", opts.noise_conf - 20))
    by_piece = {}
    scan_reread.reread_cells(by_piece, _crops((0, 2, 1)), 200, opts, 10)
    assert not by_piece.get((0, 2, 1))


def test_an_unsure_cell_is_read_again_in_russian_unless_latin_was_found_in_it(monkeypatch):
    from parsers.formats import ocr_tesseract
    engine = _FakeEngine("ПОС", 90.0)
    monkeypatch.setattr(ocr_tesseract, "words", engine)
    by_piece = {(0, 1, 1): [_w("ПОС", 0, 0, 20, conf=68)], (0, 2, 1): [_w("Telegram", 0, 0, 20, conf=70)]}
    scan_reread.reread_cells(by_piece, _crops((0, 1, 1), (0, 2, 1)), 200, ScanSettings(), 10)
    assert sorted(engine.langs) == ["rus", "rus+eng"]


class _LangEngine:
    """ocr_tesseract.words answering by language set: {langs: [(text, conf), ...]}."""
    def __init__(self, answers):
        self.answers, self.langs = answers, []

    def __call__(self, crop, psm, dpi, timeout, langs="rus+eng"):
        self.langs.append(langs)
        return [_w(t, 20 + 60 * i, 20, 20, conf=c) for i, (t, c) in enumerate(self.answers[langs])]


def test_a_cell_garbled_in_russian_is_read_in_both_languages_and_taken_where_an_address(monkeypatch):
    """An address cell («www.example.ru») Russian alone reads as unsure words («Ум возит»), alone
    again no surer: read once more with rus+eng and taken, though no surer, for the address it
    reads; a cell rus+eng reads no address in keeps its Russian reading."""
    from parsers.formats import ocr_tesseract
    engine = _LangEngine({"rus": [("Ум", 30), ("возит", 5)], "rus+eng": [("www.", 20), ("example.ru", 20)]})
    monkeypatch.setattr(ocr_tesseract, "words", engine)
    by_piece = {(0, 1, 1): [_w("Ум", 0, 0, 20, conf=47), _w("возит", 60, 0, 20, conf=0)]}
    scan_reread.reread_cells(by_piece, _crops((0, 1, 1)), 200, ScanSettings(), 10)
    assert [w.text for w in by_piece[(0, 1, 1)]] == ["www.", "example.ru"] and engine.langs == ["rus", "rus+eng"]
    engine = _LangEngine({"rus": [("Ум", 30), ("возит", 5)], "rus+eng": [("Ym", 40), ("Bo3uT", 30)]})
    monkeypatch.setattr(ocr_tesseract, "words", engine)
    by_piece = {(0, 1, 1): [_w("Ум", 0, 0, 20, conf=47), _w("возит", 60, 0, 20, conf=0)]}
    scan_reread.reread_cells(by_piece, _crops((0, 1, 1)), 200, ScanSettings(), 10)
    assert [w.text for w in by_piece[(0, 1, 1)]] == ["Ум", "возит"]
    engine = _LangEngine({"rus": [("ПОС", 90)], "rus+eng": [("noc", 95)]})
    monkeypatch.setattr(ocr_tesseract, "words", engine)
    by_piece = {(0, 1, 1): [_w("ПОС", 0, 0, 20, conf=68)]}       # read surely alone: no second language
    scan_reread.reread_cells(by_piece, _crops((0, 1, 1)), 200, ScanSettings(), 10)
    assert engine.langs == ["rus"]


def test_a_sure_abbreviation_beside_an_unsure_word_is_read_again_with_it():
    """«REST API» read by Russian alone as «ВЕЗТ» (unsure) «АРГ» (sure): Latin runs together, so
    the capitals beside the unsure word join its run and take rus+eng's surer reading; a known
    word beside it («открытых») and capitals after a comma (a list's next item) stay out."""
    line = [_w("ВЕЗТ", 0, 0, 20, conf=65, width=60), _w("АРГ", 70, 0, 20, conf=89, width=45),
            _w("открытых", 125, 0, 20, conf=97, width=110)]
    doubted = set()
    runs = scan_latin._unsure_runs(line, 80.0, doubted)
    assert [[w.text for w in r] for r in runs] == [["ВЕЗТ", "АРГ"]] and doubted == {id(line[1])}
    new = [_w("REST", 1, 0, 20, conf=97, width=58), _w("API", 71, 0, 20, conf=96, width=44)]
    merged = scan_latin._merge_latin(line, new, 80.0, ("latin", 1), doubted)
    assert [w.text for w in merged] == ["REST", "API", "открытых"]
    listed = [_w("Вег,", 0, 0, 20, conf=60, width=50), _w("МФЦ", 60, 0, 20, conf=92, width=45)]
    assert [[w.text for w in r] for r in scan_latin._unsure_runs(listed, 80.0)] == [["Вег,"]]


def test_a_sure_abbreviation_read_again_as_latin_look_alikes_stays():
    """«Bitrix ГИС» read «Вйтрикс ГИС»: «ГИС» (sure) joins the run for its capitals; rus+eng reads
    it «PMC», a little surer, but each of those letters looks like a Cyrillic one: Russian stays."""
    line = [_w("Вйтрикс", 0, 0, 20, conf=60, width=60), _w("ГИС", 70, 0, 20, conf=88, width=45)]
    doubted = set()
    assert [[w.text for w in r] for r in scan_latin._unsure_runs(line, 80.0, doubted)] == [["Вйтрикс", "ГИС"]]
    new = [_w("Bitrix", 1, 0, 20, conf=95, width=58), _w("PMC", 71, 0, 20, conf=93, width=44)]
    assert [w.text for w in scan_latin._merge_latin(line, new, 80.0, ("latin", 1), doubted)] == ["Bitrix", "ГИС"]


def test_a_compound_of_a_latin_and_a_russian_word_keeps_each_reading_where_it_is_a_word():
    old = [_w("у’еБ-форма", 0, 0, 20, conf=20, width=120), _w("обращения", 130, 0, 20, conf=96, width=110)]
    new = [_w("web-bopma", 1, 0, 20, conf=56, width=118)]
    merged = scan_latin._merge_latin(old, new, 80.0, ("latin", 1))
    assert [w.text for w in merged] == ["web-форма", "обращения"]
    assert scan_latin._compound("е-таП", "e-mail") == "e-mail"          # no Russian word in it: rus+eng's


def test_a_compound_russian_split_in_two_keeps_its_russian_dictionary_part():
    """Russian alone read «web-форма» as two unsure words, «у» and «еБ-форма»; rus+eng as one,
    «web-copma»: the Russian words joined are the compound read part by part, so «форма» stays."""
    old = [_w("у", 0, 0, 20, conf=13, width=12), _w("еБ-форма", 14, 0, 20, conf=13, width=100),
           _w("обращения", 130, 0, 20, conf=96, width=110)]
    new = [_w("web-copma", 1, 0, 20, conf=22, width=112)]
    assert [w.text for w in scan_latin._merge_latin(old, new, 80.0, ("latin", 1))] == ["web-форма", "обращения"]


def test_a_russian_abbreviation_read_as_latin_capitals_of_another_count_stays():
    """A glossary line «ЛК ЕПГУ - личный кабинет …»: rus+eng reads «JIK ENT» (Л as two strokes,
    a letter lost), surer; letters split or lost are no Latin word's reading: Russian stays."""
    old = [_w("ЛК", 0, 0, 20, conf=53, width=40), _w("ЕПГУ", 50, 0, 20, conf=53, width=70),
           _w("личный", 150, 0, 20, conf=97, width=90)]
    new = [_w("JIK", 1, 0, 20, conf=91, width=40), _w("ENT", 51, 0, 20, conf=87, width=66)]
    assert [w.text for w in scan_latin._merge_latin(old, new, 80.0, ("latin", 1))] == ["ЛК", "ЕПГУ", "личный"]


def test_two_russian_words_rus_eng_reads_as_one_latin_word_stay():
    """«ВКС с муниципальными …»: rus+eng reads «ВКС с» as one word «BKCc», surer; the
    abbreviation's letters are not as many as the Latin word's: Russian stays."""
    old = [_w("ВКС", 0, 0, 20, conf=74, width=50), _w("с", 60, 0, 20, conf=74, width=12)]
    new = [_w("BKCc", 1, 0, 20, conf=89, width=71)]
    assert [w.text for w in scan_latin._merge_latin(old, new, 80.0, ("latin", 1))] == ["ВКС", "с"]


def test_a_quarter_misread_in_a_paragraph_is_mended_as_in_a_cell():
    """A plan written as labelled paragraphs («Срок исполнения: III квартал 2026 г.») has its
    quarters in page text, not in cells: OCR's «Ш» is «III» there too."""
    from parsers.formats import scan
    words = [{"text": t, "x0": x, "x1": x + 60, "top": 100, "bottom": 112, "size": 12.0, "fontname": ""}
             for t, x in (("Срок", 50), ("исполнения:", 115), ("Ш", 180), ("квартал", 200), ("2026", 265), ("г.", 330))]
    page = {"size": 12.0, "height": 842.0, "words": words, "conf": [90.0, 1], "tables": []}
    doc = scan._document([page])
    assert [p.text for p in doc.paragraphs()] == ["Срок исполнения: III квартал 2026 г."]
