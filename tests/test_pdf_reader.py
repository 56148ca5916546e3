"""Text PDF reader: join rules on synthetic word boxes, committed PDFs, and the seeds
printed by LibreOffice from their .docx (compared with the .docx, never with one
renderer's line breaks)."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from parsers.formats import docx, pdf
from parsers.formats.pdf import _notes_below
from parsers.formats.pdf_pages import CONTINUED, Page, assemble
from parsers.formats.pdf_settings import SETTINGS
from parsers.formats.pdf_layout import PageLine, break_between, paragraphs_of
from parsers.formats.pdf_settings import PdfSettings
from parsers.formats.wordjoin import Break, document_words, glue, join_lines

DATA = Path(__file__).parent / "data" / "pdf"


# -- join rules on synthetic word boxes -------------------------------------------

def _word(text, x0, top=100.0, size=10.0, space_after=False, char_w=6.0):
    return {"text": text, "x0": x0, "x1": x0 + char_w * len(text), "top": top, "bottom": top + size,
            "size": size, "bold": False, "space_after": space_after, "first_char_w": char_w}


def _line(*words):
    return PageLine(list(words), " ".join(w["text"] for w in words), words[0]["size"])


RIGHT = 200.0          # the x a cell's lines may reach
SPACE = 0.3            # the page's space width, em (it writes wrap spaces)


def _join(a_words, b_text, wrap_space=SPACE):
    """The text of two lines: `a_words` (text, x0) ending near RIGHT and `b_text`."""
    a = _line(*[_word(t, x, space_after=sp) for t, x, sp in a_words])
    b = _line(_word(b_text, 50.0))
    return glue(a.text, b.text, break_between(a, b.words[0], RIGHT, wrap_space))


def test_a_written_wrap_space_is_a_word_boundary_whatever_the_morphology():
    assert _join([("по", 186.0, True)], "рядок") == "по рядок"


def test_no_space_where_one_would_fit_breaks_a_date_inside_any_script():
    # "13.04.20" ends 8pt short of the edge: a space (3pt) would fit, the renderer wrote none
    assert _join([("13.04.20", 144.0, False)], "23") == "13.04.2023"
    assert _join([("mincult-kuzbass@a", 90.0, False)], "ko.ru") == "mincult-kuzbass@ako.ru"


def test_an_item_mark_after_an_items_end_starts_a_new_item_not_a_broken_word():
    # a cell's paragraphs «2) … кабинет;» / «3) Видеосвязь …»: the full line left room for a space
    # but not for «3)», and no wrap space is written at a paragraph's end (a page break cut the
    # cell there too) - yet no word holds «;», and «3) » is an item's mark
    assert _join([("кабинет;", 145.0, False)], "3) Видеосвязь") == "кабинет; 3) Видеосвязь"
    assert _join([("сроки:", 157.0, False)], "а) подача") == "сроки: а) подача"
    assert _join([("справку;", 145.0, False)], "получение") == "справку; получение"
    assert _join([("соцобслуживании?", 97.0, False)], "инспектор") == "соцобслуживании? инспектор"
    assert _join([("13.04.", 157.0, False)], "2023") == "13.04.2023"     # a date's own dot


def test_a_one_word_paragraph_then_a_word_too_long_for_the_column():
    # «решения» ends its paragraph 20pt short of the edge (room for the next letter too, no wrap space
    # written at a paragraph's end); the next paragraph's long word broke where its own line ran out
    assert _join([("решения", 138.0, False)], "информирова") == "решения информирова"
    # a word broken where the line ran out fills it: no room for its next letter
    assert _join([("Многофункциональ", 100.0, False)], "ный") == "Многофункциональный"


def test_a_break_before_a_hyphen_is_mended():
    assert _join([("Офлайн", 160.0, False)], "-точка") == "Офлайн-точка"


def test_a_next_word_that_would_have_fitted_means_a_new_paragraph():
    assert _join([("Кузбасса", 50.0, False)], "Бибикова") == "Кузбасса Бибикова"


def test_several_words_on_a_line_wrap_whole_words():
    # "о" ends the line with no room for a space; the line holds other words, so no word broke
    a = _line(_word("Информирование", 100.0), _word("о", 195.0))
    b = _line(_word("мере", 50.0))
    assert glue(a.text, b.text, break_between(a, b.words[0], RIGHT, SPACE)) == "Информирование о мере"


def test_a_line_ending_with_a_footnote_mark_ends_its_word():
    # room for a space is left and none was written, but a mark closes the word it annotates:
    # one need ends «…дела²», the next («узнать …») starts on a line of its own
    assert _join([("тарифного", 100.0, True), ("дела²", 160.0, False)], "узнать") == "тарифного дела² узнать"


def test_a_word_in_three_pieces_is_mended():
    assert join_lines(["Многоф", "ункцио", "нальный центр"], [Break.MAYBE_MID, Break.MAYBE_MID]) \
        == "Многофункциональный центр"
    assert join_lines(["Предо-", "ставле-", "ние услуг"], [Break.MAYBE_MID] * 2) == "Предоставление услуг"


@pytest.mark.parametrize("hyphen", ["-", "\u2010", "\u2011"])
def test_hyphen_variants_at_a_break(hyphen):
    assert glue(f"много{hyphen}", "функциональный") == "многофункциональный"
    assert glue(f"Офлайн{hyphen}", "точка") == f"Офлайн{hyphen}точка"


def test_a_soft_hyphen_always_goes():
    assert glue("Куз\u00ad", "басса", Break.SPACE) == "Кузбасса"
    assert glue("Куз\u00ad", "басса") == "Кузбасса"


def test_the_documents_own_words_decide_an_unknown_hyphenated_word():
    with document_words(["Проведен", "реинжиниринг", "процессов"]):
        assert glue("по реинжини-", "рингу") == "по реинжинирингу"
    with document_words(["онлайн-сервис"]):
        assert glue("онлайн-", "сервисы") == "онлайн-сервисы"


def test_two_known_words_stay_apart_unless_the_layout_forced_the_break():
    assert glue("по", "рядок") == "по рядок"
    assert glue("по", "рядок", Break.MID_WORD) == "порядок"


@pytest.mark.parametrize("lines, forced, expected", [
    (["Многофункциональ", "ный центр"], None, "Многофункциональный центр"),
    (["Телефонная", "связь"], None, "Телефонная связь"),
    (["Цифрова", "я точка"], [True], "Цифровая точка"),
    (["Паксина Е.Б. -", "заместитель"], None, "Паксина Е.Б. - заместитель"),
    (["почта mincult-", "kuzbass@ako.ru"], None, "почта mincult-kuzbass@ako.ru"),
    (["kuzbass@ako.", "ru"], [True], "kuzbass@ako.ru"),
    (["kuzbass@ako.ru", "attestazia.cro@mail.ru"], [True], "kuzbass@ako.ru attestazia.cro@mail.ru"),
    (["01.", "09.2024"], [True], "01.09.2024"),
    # a site's address longer than its column, cut inside its path where the line ran out
    (["приемная (https://minzdrav.example-region.ru/recep", "tion)"], [True],
     "приемная (https://minzdrav.example-region.ru/reception)"),
    (["https://example.ru/", "reception"], [True], "https://example.ru/reception"),
    (["(https://minselho", "z.example-region.ru)"], [True], "(https://minselhoz.example-region.ru)"),
    (["сообщество vk.com/mins", "port_example"], [True], "сообщество vk.com/minsport_example"),
    (["сайт https://example.ru/a", "WhatsApp"], [True], "сайт https://example.ru/a WhatsApp"),
    (["сайт https://example.ru", "и почта"], [True], "сайт https://example.ru и почта"),
    # a narrow column: the hyphen did not fit after its word and stands on a line of its own
    (["сети информационно", "-", "телекоммуникационной"], [True, True],
     "сети информационно-телекоммуникационной"),
])
def test_join_lines(lines, forced, expected):
    assert join_lines(lines, forced) == expected


@pytest.mark.parametrize("lines, forced, expected", [
    # a whole site's address, then a phone or a house's number on the next line: no rest of the address
    (["сайт https://www.gosuslugi.ru", "8 800 100-70-10"], [True], "сайт https://www.gosuslugi.ru 8 800 100-70-10"),
    (["vk.com/minsport_example", "8 (3842) 58-11-22"], [True], "vk.com/minsport_example 8 (3842) 58-11-22"),
    # an address's query broken after its «?» or «;» where no space was written: one address
    (["https://example.ru/index.php?", "id=12"], [Break.MID_WORD], "https://example.ru/index.php?id=12"),
    (["https://example.ru/a?id=1;", "page=2"], [Break.MID_WORD], "https://example.ru/a?id=1;page=2"),
    (["и/или;", "далее"], [Break.MID_WORD], "и/или; далее"),                 # a word's «;» still ends it
    # a section's number broken after a dot: its next part, not an item's mark
    (["пункт 3.", "1. Регламента"], [Break.MID_WORD], "пункт 3.1. Регламента"),
    (["пункт 3.", "1. Регламента"], [True], "пункт 3.1. Регламента"),
    (["порядке;", "2. Запись"], [Break.MID_WORD], "порядке; 2. Запись"),      # after a word: an item
])
def test_addresses_and_numbers_keep_their_own_punctuation_at_a_break(lines, forced, expected):
    assert join_lines(lines, forced) == expected


@pytest.mark.parametrize("brk", [True, Break.MID_WORD])
def test_a_lone_hyphen_before_a_capital_is_a_lists_dash(brk):
    # a hyphen alone between a word in lower case and a capital: a list's dash, its item's first word next
    assert join_lines(["документов", "-", "Получение справки"], [brk] * 2) == "документов - Получение справки"
    # a compound's second part is in lower case: still joined
    assert join_lines(["сети информационно", "-", "телекоммуникационной"], [brk] * 2) \
        == "сети информационно-телекоммуникационной"


# -- footnotes under their separator rule, carried across pages ---------------------

def test_a_note_set_on_the_next_page_and_a_note_continued_there():
    body = _line(_word("Текст", 50.0, top=100.0))
    note_9 = _line(_word("9", 50.0, top=500.0), _word("Опционально.", 62.0, top=500.0))
    note_10 = _line(_word("10", 50.0, top=512.0), _word("Субъект", 68.0, top=512.0))
    lines, notes = _notes_below([body, note_9, note_10], rule=490.0, wrap_space=0.0)
    assert [ln.text for ln in lines] == ["Текст"]
    assert notes == {"9": "Опционально.", "10": "Субъект"}
    # the next page: the rest of note 10, then note 14 whose mark was on the previous page
    rest = _line(_word("может", 50.0, top=500.0))
    note_14 = _line(_word("14", 50.0, top=512.0), _word("Блок", 68.0, top=512.0))
    _, notes2 = _notes_below([rest, note_14], rule=490.0, wrap_space=0.0)
    assert notes2 == {CONTINUED: "может", "14": "Блок"}
    doc = assemble([Page(1, [], [body], notes, True), Page(2, [], [], notes2, True)], 2, SETTINGS)
    assert doc.footnotes == {"9": "Опционально.", "10": "Субъект может", "14": "Блок"}
    assert [p.text for p in doc.paragraphs()] == ["Текст"]        # no note became body text


def test_settings_are_validated():
    assert "superscript=0.8" in PdfSettings().version()
    with pytest.raises(ValueError):
        PdfSettings(superscript=1.5)
    with pytest.raises(ValueError):
        PdfSettings(space_em=-1)


# -- committed PDFs (bytes in tests/data/pdf, made by make.py there) ----------------

def test_committed_narrow_columns_pdf():
    """Columns far too narrow: LibreOffice broke dates, e-mails and words mid-word."""
    rows = [r.texts for t in pdf.read(DATA / "narrow_columns.pdf").tables() for r in t.rows]
    assert rows[0] == ["№", "Мероприятие", "Срок", "Канал", "Тип точки"]
    assert rows[1][:4] == ["1.", "Утвержден порядок ведения перечня", "13.04.2023", "mincult-kuzbass@ako.ru"]
    assert rows[2] == ["2.", "Многофункциональный центр", "31.12.2024", "attestazia.cro@mail.ru", "Цифровая точка"]


def test_committed_narrow_columns_pdf_compound_in_five_pieces():
    # Оф|ла|йн-|точ|ка: the hyphen is judged against the whole word after it ("точка")
    rows = [r.texts for t in pdf.read(DATA / "narrow_columns.pdf").tables() for r in t.rows]
    assert rows[1][4] == "Офлайн-точка"


def test_committed_hyphenated_pdf():
    """Russian automatic hyphenation in a narrow column: hyphens of broken words go."""
    rows = [r.texts for t in pdf.read(DATA / "hyphenated.pdf").tables() for r in t.rows]
    assert rows == [["Текст"], ["Министерство культуры и национальной политики Кузбасса утверждает порядок "
                                "информирования граждан о предоставлении государственных услуг и "
                                "реинжиниринга процессов."]]


# -- the seeds rendered by this machine's LibreOffice ------------------------------

def _rows(table, skip_repeats=False):
    return [r.texts for r in table.rows if not (skip_repeats and r.is_header and r is not table.rows[0])]


def test_seed_000_tables_stitched_across_pages(seed_files):
    doc = pdf.read(seed_files["000.pdf"])
    ref = docx.read(seed_files["000.docx"])
    tables, ref_tables = list(doc.tables()), list(ref.tables())
    assert len(tables) == len(ref_tables) == 2        # one per docx table, however many pages
    assert doc.pages == len(pdfplumber.open(seed_files["000.pdf"]).pages) > 5
    for t, r in zip(tables, ref_tables):
        assert len({row.source.page for row in t.rows}) >= 2
        # repeated header rows dropped, rows split by the page break re-joined
        assert len(t.rows) == len(r.rows)
        assert _rows(t) == _rows(r)
        assert [[(c.covered, c.rowspan, c.colspan) for c in row.cells] for row in t.rows[:12]] == \
               [[(c.covered, c.rowspan, c.colspan) for c in row.cells] for row in r.rows[:12]]
    assert tables[0].rows[0].is_header                 # it repeated on the next page
    assert [row.source.row for row in tables[1].rows] == list(range(len(tables[1].rows)))


def test_seed_000_words_the_pdf_splits_are_mended(seed_files):
    """Derived from the data, not from one renderer's breaks: the cells' words that the
    PDF does not hold whole were split by the layout; each comes back whole."""
    pdf_words = {w["text"] for page in pdfplumber.open(seed_files["000.pdf"]).pages
                 for w in page.extract_words()}
    ref_cells = {c.text for t in docx.read(seed_files["000.docx"]).tables() for r in t.rows for c in r.cells}
    split = {w for c in ref_cells for w in c.split() if w.isalpha() and len(w) > 3 and w not in pdf_words}
    if not split:
        pytest.skip("this rendering splits no word")
    got = " ".join(c.text for t in pdf.read(seed_files["000.pdf"]).tables() for r in t.rows for c in r.cells)
    assert {w for w in split if w not in got.split()} == set()


def test_seed_001_paragraphs_footnotes_and_roadmap(seed_files):
    doc = pdf.read(seed_files["001.pdf"])
    ref = docx.read(seed_files["001.docx"])
    assert [p.text for p in doc.paragraphs()] == [p.text for p in ref.paragraphs()]
    assert doc.footnotes == ref.footnotes and doc.footnotes["9"] == "Опционально."
    roadmap = list(doc.tables())[1]
    assert len(roadmap.rows) == 90 and roadmap.rows[0].texts[0] == "№ п/п"
    row_13 = next(r for r in roadmap.rows if r.cells[0].text == "1.3.")
    assert row_13.cells[1].text.endswith("[9]")
    assert row_13.source.page is not None and row_13.source.page > 1


def test_seed_000_metadata_paragraphs_in_reading_order(seed_files):
    texts = [p.text for p in pdf.read(seed_files["000.pdf"]).paragraphs()]
    assert texts.index("ПРИКАЗ") < texts.index("№ 694") < texts.index("ПРИКАЗЫВАЮ:")


def test_a_word_longer_than_its_column_is_mended_and_a_paragraph_end_is_no_broken_word():
    # the rest could not have fitted on the full line, so the layout read a wrap; neither
    # piece is a word, the two together are
    assert glue("Проконсультироват", "ься о порядке", Break.SPACE) == "Проконсультироваться о порядке"
    assert glue("в сфере", "ЖКХ", Break.SPACE) == "в сфере ЖКХ"
    # a cell's paragraphs end with no space written: a capital after a small letter starts a word
    assert glue("охотничьих ресурсов", "Ознакомиться с условиями", Break.MID_WORD) == \
        "охотничьих ресурсов Ознакомиться с условиями"
    assert glue("13.04.20", "23", Break.MID_WORD) == "13.04.2023"
    assert glue("на конкурсный отбор", "получение образца", Break.MID_WORD) == "на конкурсный отбор получение образца"
    assert glue("Многофункциональ", "ный", Break.MID_WORD) == "Многофункциональный"
    assert glue("Ответ", "на обратную связь", Break.MID_WORD) == "Ответ на обратную связь"


def test_a_centred_title_s_last_line_stays_in_its_paragraph():
    full = _line(_word("Перечень точек взаимодейс", 50.0))                 # reaches x 200
    last = _line(_word("области)", 101.0, top=112.0))                       # centred under it
    assert [len(p) for p in paragraphs_of([full, last])] == [2]
    short = _line(_word("ПРИКАЗ", 110.0))                                    # a short centred heading
    title = _line(_word("Об", 62.0, top=112.0), _word("утверждении перечня", 80.0, top=112.0))
    assert [len(p) for p in paragraphs_of([short, title])] == [1, 1]


def test_a_dash_a_wrap_moved_to_a_line_s_start_continues_the_paragraph():
    # «… узнал о конкурсе на сайте» | «— подал заявку …»: the line above filled the width, closing no item
    full = _line(_word("узнал о конкурсе на сай", 62.0), _word("те", 200.0 - 12.0))
    dash = _line(_word("—", 62.0, top=112.0), _word("подал заявку.", 75.0, top=112.0))
    assert [len(p) for p in paragraphs_of([full, dash])] == [2]
    # a list item's line above ends with «;» (or «:»): the dash opens an item
    item = _line(_word("официальный сайт министерс", 62.0), _word("тва;", 200.0 - 24.0))
    assert [len(p) for p in paragraphs_of([item, dash])] == [1, 1]
