"""Procedure lists in three forms: channels under lettered groups numbered afresh in each, a point's
lead-in and items in ONE Word paragraph set apart by soft line breaks, and both channel lists in one
table whose column names each row's kind."""
from __future__ import annotations

from docx import Document as new_docx

from parsers.extract.procedure import extract_procedure
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text

TITLE = "ПОРЯДОК\nформирования перечня точек взаимодействия с заявителями"
GROUPED = [
    "2.2. Дистанционными каналами связи с заявителями являются:",
    "а) ресурсы сети «Интернет»:",
    "1) портал органов власти области;",
    "2) страница управления в социальной сети «ВКонтакте»;",
    "б) прочие дистанционные каналы:",
    "1) горячая линия по вопросам выплат.",
    "2.3. К очным каналам относятся:",
    "а) приём в помещениях управления:",
    "1) приёмная начальника управления;",
    "2) кабинет выдачи справок.",
]


def _kinds(recs) -> list[tuple[str, str]]:
    return [(r["list_kind"], r["text_raw"]) for r in recs]


WANT_GROUPED = [("channel_digital", "портал органов власти области"),
                ("channel_digital", "страница управления в социальной сети «ВКонтакте»"),
                ("channel_digital", "горячая линия по вопросам выплат"),
                ("channel_offline", "приёмная начальника управления"),
                ("channel_offline", "кабинет выдачи справок")]


def test_lettered_groups_head_items_numbered_afresh():
    recs = extract_procedure(parse_text(TITLE + "\n\n" + "\n\n".join(GROUPED) + "\n"))
    assert _kinds(recs) == WANT_GROUPED          # the group lines are no items, every group's items are


def test_a_lettered_item_closed_by_a_colon_alone_stays_an_item():
    lines = ["2.2. Дистанционными каналами связи с заявителями являются:", "а) портал органов власти области;",
             "б) страница управления в социальной сети:", "2.3. Порядок пересматривается ежегодно."]
    recs = extract_procedure(parse_text(TITLE + "\n\n" + "\n".join(lines) + "\n"))
    assert [r["text_raw"] for r in recs] == ["портал органов власти области", "страница управления в социальной сети"]


def test_soft_line_breaks_in_one_word_paragraph_are_lines(tmp_path):
    d = new_docx()
    for line in TITLE.split("\n"):
        d.add_paragraph(line)
    for start in (0, 6):                            # each point with its groups and items in one paragraph
        run = d.add_paragraph().add_run(GROUPED[start])
        for line in GROUPED[start + 1:start + 6 if start == 0 else None]:
            run.add_break()
            run.add_text(line)
    d.save(tmp_path / "p.docx")
    assert _kinds(extract_procedure(docx_reader.read(tmp_path / "p.docx"))) == WANT_GROUPED


ROWS = [("1.", "Портал органов власти области", "цифровой"), ("2.", "Приёмная начальника управления", "офлайн"),
        ("3.", "Горячая линия по вопросам выплат", "Цифровой"), ("4.", "Кабинет выдачи справок", "нецифровой"),
        ("5.", "Онлайн-анкета", "цифровой")]
WANT_TABLE = [("channel_digital", "Портал органов власти области"),
              ("channel_offline", "Приёмная начальника управления"),
              ("channel_digital", "Горячая линия по вопросам выплат"),
              ("channel_offline", "Кабинет выдачи справок"),
              ("channel_digital", "Онлайн-анкета")]           # a name that reads as a type is still a name
HEAD = ("№", "Канал связи с заявителем", "Тип канала (цифровой/офлайн)")


def test_one_table_of_channels_split_by_its_kind_column_in_text():
    lines = ["2.2. Каналы связи с заявителями указаны в таблице:", "\t".join(HEAD),
             *("\t".join(r) for r in ROWS), "", "2.3. Порядок пересматривается ежегодно."]
    assert _kinds(extract_procedure(parse_text(TITLE + "\n\n" + "\n".join(lines) + "\n"))) == WANT_TABLE


def test_one_table_of_channels_split_by_its_kind_column_in_word(tmp_path):
    d = new_docx()
    for line in TITLE.split("\n"):
        d.add_paragraph(line)
    d.add_paragraph("2.2. Каналы связи с заявителями указаны в таблице:")
    t = d.add_table(rows=1 + len(ROWS), cols=3)
    for r, row in enumerate([HEAD, *ROWS]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.save(tmp_path / "t.docx")
    assert _kinds(extract_procedure(docx_reader.read(tmp_path / "t.docx"))) == WANT_TABLE


def test_a_table_whose_third_column_is_no_kind_is_not_a_channel_list():
    lines = ["\t".join(("№", "Канал связи", "Ответственный")), "1.\tПортал области\tотдел связи",
             "2.\tПриёмная\tсекретарь"]
    recs = extract_procedure(parse_text(TITLE + "\n\n" + "\n".join(lines) + "\n"))
    assert not [r for r in recs if r["list_kind"].startswith("channel")]


def test_a_soft_break_inside_a_phrase_is_a_space(tmp_path):
    from parsers.formats.docx import _break_lines
    assert _break_lines(["Клиент обращается онлайн: портал области", "раздел «Вопросы»; почта."]) == [
        "Клиент обращается онлайн: портал области раздел «Вопросы»; почта."]
    assert _break_lines(["ПОРЯДОК", "формирования перечня"]) == ["ПОРЯДОК формирования перечня"]
    assert _break_lines(["2.2. Каналы:", "1) портал;", "– почта", "а) приёмная"]) == [
        "2.2. Каналы:", "1) портал;", "– почта", "а) приёмная"]


def test_a_soft_break_after_a_cut_word_or_before_a_bare_number_wraps(tmp_path):
    # an address, a date and a term wrapped by a soft break stay one paragraph: «г.» closes no clause, a bare
    # number («15 марта», «10 рабочих дней») opens no item
    wrapped = [("Приёмная министерства: 420111, г.", "Казань, ул. Кремлёвская, д. 9"),
               ("Утвержден приказом министерства от", "15 марта 2025 г.", "№ 5-п"),
               ("Ответ направляется в течение", "10 рабочих дней со дня обращения.")]
    d = new_docx()
    for parts in wrapped:
        run = d.add_paragraph().add_run(parts[0])
        for line in parts[1:]:
            run.add_break()
            run.add_text(line)
    d.save(tmp_path / "w.docx")
    assert [b.text for b in docx_reader.read(tmp_path / "w.docx").blocks] == [" ".join(p) for p in wrapped]


def test_a_table_of_events_with_their_format_lists_no_channels():
    # «очно», «онлайн» read as point types, but the header names events and their format, not points
    lines = ["2.4. Обучение специалистов проводится по плану:", "\t".join(("№ п/п", "Мероприятие", "Формат проведения")),
             "1.\tОбучение специалистов приёмной\tочно", "2.\tСеминар для руководителей\tонлайн",
             "3.\tСовещание с территориальными отделами\tочно"]
    recs = extract_procedure(parse_text(TITLE + "\n\n" + "\n".join(lines) + "\n"))
    assert not [r for r in recs if r["list_kind"].startswith("channel")]


def test_the_lead_ins_next_point_is_no_groups_item():
    # the group's items numbered in the lead-in's style: «3.», «4.» are the document's next points, not channels
    lines = ["1. Общие положения.", "2. Дистанционными каналами связи с заявителями являются:",
             "а) ресурсы сети «Интернет»:", "1. портал органов власти области;",
             "2. страница управления в социальной сети «ВКонтакте».",
             "3. Настоящий Порядок пересматривается ежегодно.",
             "4. Ответственным за актуализацию является отдел обращений."]
    texts = [r["text_raw"] for r in extract_procedure(parse_text(TITLE + "\n\n" + "\n".join(lines) + "\n"))]
    assert not [t for t in texts if t.startswith(("Настоящий", "Ответственным"))]
