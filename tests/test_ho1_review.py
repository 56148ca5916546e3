"""A code review's findings on ho1's change (paragraph lists' needs after a dash, copula lists'
numbered items, nested PDF grids): hostile lengths, and a plan beside a touchpoint list.
Goldens were written by reading the texts each test builds."""
from __future__ import annotations

from parsers.extract.copula import copula_items
from parsers.extract.inline import last_sentence_end, numbered_item


def test_numbered_items_are_told_by_the_text_near_the_dot():
    text = "являются: а; блок 10. Прочее; VII. Кадры; б. Итог"
    assert numbered_item(text, text.index(". Прочее"))
    assert numbered_item(text, text.index(". Кадры"))
    assert not numbered_item(text, text.index(". Итог"))            # «б» is a letter, no number
    assert numbered_item("Блок 6. Текст", 6) and not numbered_item("Блок 6. Текст", 6, 1)
    far = "являются " + "очень " * 30 + "блок 10. Прочее"               # no «;» within reach
    assert not numbered_item(far, far.index(". Прочее"), 1)


def test_thousands_of_numbered_items_cost_each_dot_the_same():
    """«…; блок 10. Прочее; блок 11. Прочее; …» 4,000 times: each dot looked only a short way
    back (a search from the sentence's start took ~12 s for this paragraph; the time is shown by
    benchmarks/bench_hostile_inputs.py): the paragraph is one sentence."""
    items = "".join(f"; блок {10 + k % 80}. Прочее" for k in range(4000))
    text = "Направлениями деятельности являются: " + items
    assert last_sentence_end(text) == text
    copula_items(text)


_LIST = ["ПЕРЕЧЕНЬ точек взаимодействия с клиентами",
         "1. Лесные отношения", "1.1. Заключение договора аренды",
         "1.1.1. Региональный портал (цифровая) – подать заявку на аукцион; узнать итоги.",
         "1.1.2. Отдел лесопользования (офлайн) – получить консультацию."]
_PLAN = ["ПЛАН МЕРОПРИЯТИЙ («дорожная карта») по повышению клиентоцентричности",
         "1. Обучение сотрудников",
         "1.1. Семинар по клиентоцентричности (очно) – 2 квартал 2025 г.",
         "1.2. Вебинар для специалистов (онлайн) – ответственный: отдел кадров",
         "1.3. Анкетирование заявителей (онлайн) – ежеквартально"]


def _doc(lines: list[str]):
    from parsers.document import Document, Paragraph, Source
    return Document([Paragraph(t, source=Source(line=i)) for i, t in enumerate(lines, 1)], "txt")


def _points(lines: list[str]) -> list[tuple[str, list[str]]]:
    from parsers.extract.records import paragraph_records
    return [(r.touchpoint, r.interactions) for r in paragraph_records(_doc(lines))]


def test_a_plan_after_a_titled_list_gives_no_points_nor_needs():
    """The file titles a touchpoint list and then a plan in the same shape: the plan's events
    with a format and a term after a dash are neither points nor needs."""
    want = [("Региональный портал", ["подать заявку на аукцион; узнать итоги"]),
            ("Отдел лесопользования", ["получить консультацию"])]
    assert _points(_LIST + _PLAN) == want
    assert _points(_PLAN + _LIST) == want                     # the plan first: the list's stretch is after its title


def test_an_approved_list_ends_where_a_plan_is_titled():
    order = ["ПРИКАЗЫВАЮ:", "1. Утвердить прилагаемый перечень точек взаимодействия с клиентами.",
             "Приложение 1 к приказу", *_LIST[1:]]
    assert [p for p, _ in _points(order + _PLAN)] == ["Региональный портал", "Отдел лесопользования"]


def test_the_list_stretches_from_each_title():
    from parsers.extract.topic import kind_blocks
    lines = _PLAN + _LIST + ["Порядок ведения перечня точек взаимодействия", "1. Общие положения"]
    assert kind_blocks(_doc(lines), "touchpoint_list") == [(5, 10)]
    assert kind_blocks(_doc(_PLAN), "touchpoint_list") == []


def test_a_title_row_over_a_narrow_column_widens_no_cell():
    """A table whose first column is narrower than a cell's margin, under a title row spanning
    every column: the title is no outer cell, so the rows' cells stay cells (they were taken as a
    cut inner grid of the narrow cell, and the rows' texts read as one cell's items)."""
    from parsers.formats.pdf_grid_parts import split_nested
    rows = [[(0, 0, 100, 20), None, None],
            [(0, 20, 10, 40), (10, 20, 60, 40), (60, 20, 100, 40)],
            [(0, 40, 10, 60), (10, 40, 60, 60), (60, 40, 100, 60)]]
    assert split_nested(rows, [0, 20, 40]) == (rows, [0, 20, 40], [])


def test_a_copula_sentence_is_read_once_per_paragraph(monkeypatch):
    """The paragraph's colon follows a copula verb and an item's «;», but the copula states no
    list (a nominative subject defines): the copula reader is asked once, not again after the
    inline reader."""
    from parsers.document import Document, Paragraph, Source
    from parsers.extract import procedure
    calls = []
    real = procedure.copula_items
    monkeypatch.setattr(procedure, "copula_items", lambda text: calls.append(text) or real(text))
    text = "Цифровые каналы являются основным способом связи; телефон приёмной: +7 900 000-00-00"
    procedure.extract_procedure(Document([Paragraph(text, source=Source(line=1))], "txt"), titled=True)
    assert calls == [text]


def test_a_round_bullet_under_a_full_line_opens_an_item():
    """A wrap moves a sentence's dash to a line's start, never «•»: an item with no closing
    punctuation whose line filled the width is followed by the next item, not continued."""
    from parsers.formats.pdf_layout import paragraphs_of
    from tests.test_pdf_reader import _line, _word
    full = _line(_word("• Единый портал", 62.0), _word("услуг", 200.0 - 30.0))
    bullet = _line(_word("•", 62.0, top=112.0), _word("Официальный сайт", 75.0, top=112.0))
    assert [len(p) for p in paragraphs_of([full, bullet])] == [1, 1]
    dash = _line(_word("—", 62.0, top=112.0), _word("подал заявку.", 75.0, top=112.0))
    assert [len(p) for p in paragraphs_of([full, dash])] == [2]          # a dash: the wrap's, as before


def test_a_colon_opening_a_next_clause_s_list_is_no_item_s():
    """The colon is a copula list's item's only in the sentence of that copula, after an item's «;»:
    a next clause's copula («…; к цифровым каналам относятся: …») or a next sentence («… b. Каналы
    связи: …») opens a list of its own."""
    from parsers.extract.copula import colon_in_items
    assert colon_in_items("К офлайн-каналам относятся приемная; почта; телефон приёмной: +7 900 000-00-00")
    assert not colon_in_items("К офлайн-каналам относятся приемная министерства, почта; "
                              "к цифровым каналам относятся: официальный сайт, ЕПГУ.")
    assert not colon_in_items("Потребностями клиентов являются получение информации; подача заявления. "
                              "Цифровыми каналами являются: сайт; ЕПГУ; электронная почта.")
    assert not colon_in_items("Потребностями клиентов являются получение информации; подача заявления. "
                              "Каналы связи: сайт, ЕПГУ.")


def test_the_next_clause_s_list_is_read_with_its_own_kind():
    from parsers.document import Document, Paragraph, Source
    from parsers.extract.procedure import extract_procedure
    text = ("К офлайн-каналам относятся приемная министерства, почта; "
            "к цифровым каналам относятся: официальный сайт, ЕПГУ.")
    recs = extract_procedure(Document([Paragraph(text, source=Source(line=1))], "txt"), titled=True)
    # no offline item holds the next clause's words (the offline list itself is not read: a
    # paragraph is read as one list)
    assert not any("относятся" in r["text_raw"] for r in recs)
    assert ("channel_digital", "официальный сайт") in [(r["list_kind"], r["text_raw"]) for r in recs]
