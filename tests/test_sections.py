"""Directions stated by a list's structure: captions above tables, headings between their
parts, full-width rows in them (parsers/tables/sections.py, parsers/extract/touchpoints.py).
Tables composed here in layouts the seeds do not use."""
from __future__ import annotations

import pytest

from parsers.document import Cell, Document, Paragraph, Row, Source, Table
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats.text import parse_text
from parsers.tables.sections import read_heading, section_number

HEAD = ["№ п/п", "Наименование процесса", "Точка взаимодействия", "Потребность клиента", "Тип точки"]


def _row(*texts, spans=None):
    return Row([Cell(t, colspan=(spans or {}).get(i, 1), covered=t is None) if t is not None
                else Cell("", covered=True) for i, t in enumerate(texts)])


def _table(*rows):
    return Table([Row(r.cells, Source(row=k + 1), r.is_header) for k, r in enumerate(rows)])


def _got(doc, *fields):
    recs, _ = extract_touchpoints(doc)
    return [tuple(r[f] for f in fields) for r in recs]


@pytest.mark.parametrize("text, role, number, title", [
    ("Таблица 1. Предоставление государственных услуг", "direction", "1",
     "Предоставление государственных услуг"),
    ("Раздел II – Государственный контроль (надзор)", "direction", "II", "Государственный контроль (надзор)"),
    ("IV. Рассмотрение обращений граждан", "direction", "IV", "Рассмотрение обращений граждан"),
    ("2) Меры социальной поддержки", "direction", "2", "Меры социальной поддержки"),
    ("**Кадровые вопросы**", "direction", None, "Кадровые вопросы"),
    ("Цифровые точки взаимодействия", "point_type", None, "Цифровые точки взаимодействия"),
    ("Перечень точек взаимодействия министерства с клиентами", "skip", None,
     "Перечень точек взаимодействия министерства с клиентами"),
    ("Продолжение таблицы 1", "skip", None, "Продолжение таблицы 1"),
    ("Приложение N 2 к приказу", "skip", None, "Приложение N 2 к приказу"),
    ("Таблица 3", "skip", "3", ""),
    ("**ПРИКАЗЫВАЮ:**", "skip", None, "ПРИКАЗЫВАЮ"),                   # a lead-in introduces, never heads
    ("Цифровая трансформация", "direction", None, "Цифровая трансформация"),   # no point named
    ("Офлайн", "point_type", None, "Офлайн"),
    ("3. Услуги в электронной форме", "direction", "3", "Услуги в электронной форме"),
    ("ФОРМА", "skip", None, "ФОРМА"),
    ("Таблица 1 (продолжение)", "skip", "1", "(продолжение)"),
    ("Продолжение перечня", "skip", None, "Продолжение перечня"),       # a list cut into tables: no direction
    ("Окончание перечня", "skip", None, "Окончание перечня"),
])
def test_read_heading(text, role, number, title):
    sec = read_heading(text)
    assert (sec.role, sec.number, sec.title) == (role, number, title)


def test_a_long_heading_opened_by_a_section_word_is_still_a_heading():
    long_name = ("Предоставление мер социальной поддержки, компенсаций и выплат отдельным категориям "
                 "граждан, проживающих и работающих в сельской местности и малых городах области")
    assert len(long_name.split()) > 16
    sec = read_heading(f"Раздел 4. {long_name}")
    assert (sec.role, sec.number, sec.title) == ("direction", "4", long_name)
    assert read_heading(long_name).role == "skip"          # unlabelled, that long: body text


@pytest.mark.parametrize("text, want", [
    ("III. Меры", ("III", "Меры")), ("1.2) Меры", ("1.2", "Меры")), ("IT-обеспечение", None),
    ("2023 год", None), ("Ivanov", None), ("IIX. Кадры", None),       # not a valid numeral
    ("А. Цифровые точки", ("А", "Цифровые точки")), ("Б) Меры", ("Б", "Меры")),   # groups lettered in capitals
    ("А. С. Петров", None), ("В целях", None), ("Я.", None),              # initials, a word, a bare letter
])
def test_section_number(text, want):
    assert section_number(text) == want


def test_one_table_per_direction_each_under_its_numbered_caption():
    doc = Document([
        Paragraph("Перечень точек взаимодействия", bold=True),
        Paragraph("Таблица 1. Предоставление государственных услуг"),
        _table(_row(*HEAD), _row("1", "Выдача лицензий", "ЕПГУ", "Подача заявления", "Цифровая")),
        Paragraph("Таблица 2. Государственный контроль (надзор)"),
        _table(_row(*HEAD), _row("1", "Плановые проверки", "Телефон", "Консультирование", "Офлайн"),
               _row("2", "Внеплановые проверки", "Личный прием", "Консультирование", "Офлайн")),
    ], format="docx")
    assert _got(doc, "group_no", "direction_raw", "touchpoint_raw") == [
        ("1", "Предоставление государственных услуг", "ЕПГУ"),
        ("2", "Государственный контроль (надзор)", "Телефон"),     # the caption's number, not the row's
        ("2", "Государственный контроль (надзор)", "Личный прием"),
    ]


def test_a_bold_caption_heads_a_single_table_but_the_lists_title_does_not():
    table = _table(_row(*HEAD), _row("1", "Выдача лицензий", "ЕПГУ", "Подача заявления", "Цифровая"))
    bold = Document([Paragraph("Перечень точек взаимодействия", bold=True),
                     Paragraph("Предоставление государственных услуг", bold=True), table], format="docx")
    assert _got(bold, "direction_raw") == [("Предоставление государственных услуг",)]
    title_only = Document([Paragraph("Перечень точек взаимодействия с клиентом", bold=True), table],
                          format="docx")
    assert _got(title_only, "direction_raw") == [(None,)]
    plain = Document([Paragraph("И.о. министра"), Paragraph("Т.А. Иванова"), table], format="docx")
    assert _got(plain, "direction_raw") == [(None,)]     # a signature is no heading


def test_roman_full_width_rows_in_a_word_table():
    n = len(HEAD)
    doc = Document([_table(
        _row(*HEAD),
        _row("I. Предоставление государственных услуг", *[None] * (n - 1), spans={0: n}),
        _row("1", "Выдача лицензий", "ЕПГУ", "Подача заявления", "Цифровая"),
        _row("II. Рассмотрение обращений", *[None] * (n - 1), spans={0: n}),
        _row("2", "Прием обращений", "Почта", "Направление обращения", "Офлайн"),
    )], format="docx")
    assert _got(doc, "group_no", "direction_raw", "process") == [
        ("I", "Предоставление государственных услуг", "Выдача лицензий"),
        ("II", "Рассмотрение обращений", "Прием обращений"),
    ]


def test_section_row_after_a_header_repeated_at_a_page_break_in_converted_text():
    head = "\t".join(HEAD)
    text = "\n".join([
        head, "1\t2\t3\t4\t5",
        "1.\tПредоставление мер социальной поддержки\t\t\t",
        "1.1\tВыплата пособий\tСайт\tИнформирование\tЦифровая",
        "", head,                                    # the page break repeats the header
        "2.\tГосударственный контроль\t",            # a short line: the converter dropped the empties
        "2.1\tПроверки\tТелефон\tКонсультирование\tОфлайн",
    ]) + "\n"
    assert _got(parse_text(text), "direction_raw", "process", "touchpoint_raw", "interaction_raw") == [
        ("Предоставление мер социальной поддержки", "Выплата пособий", "Сайт", "Информирование"),
        ("Государственный контроль", "Проверки", "Телефон", "Консультирование"),
    ]


def test_a_process_merged_down_does_not_run_on_under_the_next_directions_heading():
    # converted text: a merged process cell is empty below, and the next direction's heading
    # stands between two parts of the table; its first process is in lower case
    text = "\n".join([
        "**I. Кадровое обеспечение**",
        "\t".join(HEAD),
        "1\tПриём на службу\tОтдел кадров\tПодача документов\tОфлайн",
        "2\t\tЭлектронная почта\tКонсультирование\tЦифровая",
        "**II. Бюджетный учёт**",
        "3\tвыдача справок о доходах\tБухгалтерия\tПолучение справки\tОфлайн",
    ]) + "\n"
    assert _got(parse_text(text), "direction_raw", "process") == [
        ("Кадровое обеспечение", "Приём на службу"),
        ("Кадровое обеспечение", "Приём на службу"),
        ("Бюджетный учёт", "выдача справок о доходах"),
    ]


def test_a_point_type_heading_keeps_an_empty_process_cell_but_starts_a_written_one():
    text = "\n".join([
        "\t".join(HEAD[:4]),
        "Цифровые точки\t\t\t",
        "1\tприём отчётов\tСЭД\tПодача отчёта",
        "Офлайн-точки\t\t\t",
        "2\t\tОтдел кадров\tКонсультирование",        # the same process, an offline point
        "Цифровые точки\t\t\t",
        "3\tвыдача справок\tЭлектронная почта\tПолучение справки",
    ]) + "\n"
    assert [p for (p,) in _got(parse_text(text), "process")] == ["приём отчётов", "приём отчётов", "выдача справок"]


def test_point_type_group_rows_lettered_in_capitals_give_their_rows_the_type():
    text = "\n".join([
        "\t".join(HEAD[:4]),
        "А. Цифровая точка\t\t\t",
        "1\tприём отчётов\tСЭД\tПодача отчёта",
        "Б. Офлайн-точка\t\t\t",
        "2\tприём отчётов\tОтдел кадров\tКонсультирование",
    ]) + "\n"
    assert _got(parse_text(text), "point_type_raw", "process") == [
        ("Цифровая точка", "приём отчётов"), ("Офлайн-точка", "приём отчётов")]


def test_a_list_continued_under_a_caption_keeps_its_direction_and_point_type():
    head = "\t".join(HEAD[:4])
    text = "\n".join(["Раздел 1. Меры поддержки", "", head, "Цифровые точки\t\t\t",
                      "1\tвыдача справок\tСЭД\tПолучение справки", "", "Продолжение перечня", "", head,
                      "2\tвыдача справок\tЭлектронная почта\tКонсультирование"]) + "\n"
    assert _got(parse_text(text), "direction_raw", "point_type_raw") == [("Меры поддержки", "Цифровые точки")] * 2


def test_a_section_row_in_the_number_column_of_a_table_with_a_direction_column():
    head = ["№", "Направление деятельности", "Процесс", "Точка взаимодействия", "Взаимодействие", "Тип точки"]
    text = "\n".join(["\t".join(head),
                      "Раздел 2. Меры поддержки\t\t\t\t\t",
                      "\t\tВыплата пособий\tСайт\tИнформирование\tЦифровая"]) + "\n"
    assert _got(parse_text(text), "group_no", "direction_raw") == [("2", "Меры поддержки")]


def test_point_type_sections_and_a_continuation_note_between_parts():
    text = "\n".join([
        "**I. Предоставление государственных услуг**",
        "\t".join(HEAD[:4]),
        "Цифровые точки\t\t\t",
        "1\tВыдача лицензий\tЕПГУ\tПодача заявления",
        "Офлайн-точки\t\t\t",
        "2\tВыдача лицензий\tМФЦ\tПолучение результата",
        "Продолжение таблицы",
        "3\tВыдача справок\tПочта\tПолучение справки",
    ]) + "\n"
    assert _got(parse_text(text), "group_no", "direction_raw", "touchpoint_raw", "point_type_raw") == [
        ("I", "Предоставление государственных услуг", "ЕПГУ", "Цифровые точки"),
        ("I", "Предоставление государственных услуг", "МФЦ", "Офлайн-точки"),
        ("I", "Предоставление государственных услуг", "Почта", "Офлайн-точки"),
    ]


# --- a list that states no direction: the process's meaning, always reviewed ---------------

def test_direction_by_the_process_meaning_lands_in_review_never_silently():
    from pipeline.run.normalize import normalize_touchpoints
    text = "\n".join(["\t".join(HEAD),
                      "1\tПлановая выездная проверка\tТелефон\tКонсультирование\tОфлайн",
                      "2\tВыплата ежемесячного пособия\tСайт\tПодача заявления\tЦифровая",
                      "3\tОрганизация досуга\tСайт\tИнформирование\tЦифровая"]) + "\n"
    raw, _ = extract_touchpoints(parse_text(text))
    rows, review = normalize_touchpoints("doc", raw)
    # nothing reads "Организация досуга": `other` ("иные функции", the remainder by definition),
    # barely scored and in review like the others — never a silent `other`
    assert [(r["direction_raw"], r["direction"]) for r in rows] == [
        (None, "control"), (None, "support_measures"), (None, "other")]
    unsure = {(r["field"], r["text_raw"]): r for r in review if r["field"] == "direction"}
    assert set(unsure) == {("direction", "Плановая выездная проверка"), ("direction", "Выплата ежемесячного пособия"),
                           ("direction", "Организация досуга")}
    assert all(r["score"] < 0.85 for r in unsure.values())
    assert unsure[("direction", "Плановая выездная проверка")]["best_code"] == "control"
    assert unsure[("direction", "Организация досуга")]["score"] < 0.5


def test_a_stated_direction_is_not_replaced_by_the_process_meaning():
    from pipeline.run.normalize import normalize_touchpoints
    head = ["№", "Направление деятельности", "Процесс", "Точка взаимодействия", "Взаимодействие", "Тип точки"]
    text = "\n".join(["\t".join(head),
                      "1\tПредоставление государственных услуг\tВыплата пособия\tСайт\tИнформирование\tЦифровая"])
    rows, review = normalize_touchpoints("doc", extract_touchpoints(parse_text(text + "\n"))[0])
    assert rows[0]["direction"] == "public_services"
    assert not [r for r in review if r["field"] == "direction"]


@pytest.mark.parametrize("cell, name", [
    ("Группа процессов: лицензионный контроль", "лицензионный контроль"),
    ("Направление 2. Контрольно-надзорная деятельность", "Контрольно-надзорная деятельность"),
    ("Раздел «Обращения граждан»", "Обращения граждан"),
    ("Внутренние клиенты — кадровое обеспечение", "кадровое обеспечение"),
    # a caption chains labels: each is taken off in turn
    ("Таблица 3. Внутренние клиенты — бухгалтерский учёт", "бухгалтерский учёт"),
    ("Раздел II. Направление «Обращения граждан»", "Обращения граждан"),
    ("Направление деятельности органа власти", "Направление деятельности органа власти"),   # no label: kept
    ("Предоставление государственных услуг", "Предоставление государственных услуг"),
])
def test_direction_name_without_its_label(cell, name):
    from normalizers.direction_names import direction_name
    assert direction_name(cell) == name


def test_a_labelled_direction_codes_by_its_name_and_an_unreadable_one_by_the_process():
    from pipeline.run.normalize import normalize_touchpoints
    head = ["№", "Направление деятельности", "Жизненная ситуация", "Точка взаимодействия", "Цель обращения",
            "Тип точки"]
    text = "\n".join(["\t".join(head),
                      "1\tВнутренние клиенты: хозяйственные вопросы\tВыдача пропусков\tКабинет\tПодача заявки\tОфлайн",
                      "2\tРабота отдела\tВыездная проверка\tТелефон\tКонсультирование\tОфлайн"]) + "\n"
    raw, _ = extract_touchpoints(parse_text(text))
    assert [(r["process"], r["interaction_raw"]) for r in raw] == [
        ("Выдача пропусков", "Подача заявки"), ("Выездная проверка", "Консультирование")]   # columns by meaning
    rows, review = normalize_touchpoints("doc", raw)
    assert [r["direction"] for r in rows] == ["internal_admin", "control"]
    assert [r["direction_raw"] for r in rows] == ["Внутренние клиенты: хозяйственные вопросы", "Работа отдела"]
    assert any(r["field"] == "direction" and r["text_raw"] == "Выездная проверка" and r["score"] < 0.85
               for r in review)


def test_a_heading_read_only_as_a_process_yields_to_the_rows_process():
    from pipeline.run.normalize import normalize_touchpoints
    head = ["№", "Направление деятельности", "Процесс", "Точка взаимодействия", "Взаимодействие", "Тип точки"]
    # no heading rule names business trips; the process words read HR in the cell, but the
    # row's own process (expense claims: accounting) names what this row is; a row whose
    # process reads nothing keeps the cell's reading
    text = "\n".join(["\t".join(head),
                      "1\tКомандирование сотрудников\tВозмещение командировочных расходов\tБухгалтерия\tПодача отчёта\tОфлайн",
                      "2\tКомандирование сотрудников\tОрганизация досуга\tКабинет\tКонсультирование\tОфлайн"])
    rows, review = normalize_touchpoints("doc", extract_touchpoints(parse_text(text + "\n"))[0])
    assert [r["direction"] for r in rows] == ["internal_accounting", "internal_hr"]
    assert all(r["score"] < 0.85 for r in review if r["field"] == "direction")


@pytest.mark.parametrize("cell, code", [
    ("Сфера: лицензирование", "public_services"),                       # a label and a colon
    ("Направление «Служебные отношения»", "internal_hr"),               # the name in quotes
    ("Внутренние клиенты (бухгалтерия)", "internal_accounting"),         # the name in parentheses
    # a chain of labels whose last part names nothing: the inner label still says which clients
    ("Таблица 2. Внутренние клиенты — обеспечение деятельности", "internal_hr"),
])
def test_read_direction_tries_the_parts_that_may_be_the_name(cell, code):
    from normalizers.direction_names import read_direction
    assert read_direction(cell).code == code


@pytest.mark.parametrize("heading, role", [
    # the list of one direction, named in quotes or after a colon: a direction heading
    ("II. Перечень точек взаимодействия по направлению «Контроль и надзор»", "direction"),
    ("Точки взаимодействия. Направление: меры поддержки", "direction"),
    # ... or after the list's name, by a scope word or a colon: what this part covers
    ("Раздел 3. Точки взаимодействия по работе с обращениями", "direction"),
    ("Таблица 1. Точки взаимодействия при оказании государственных услуг", "direction"),
    ("Перечень точек взаимодействия: меры поддержки в сфере культуры", "direction"),
    ("Точки взаимодействия с внутренним клиентом по вопросам кадрового обеспечения", "direction"),
    # the title of the whole list
    ("Перечень точек взаимодействия по направлениям деятельности", "skip"),
    ("Перечень точек взаимодействия", "skip"),
    ("Перечень точек взаимодействия министерства с внешними и внутренними клиентами по основным "
     "направлениям деятельности", "skip"),
    ("Перечень точек взаимодействия с клиентом в министерстве культуры", "skip"),
])
def test_a_list_title_naming_its_direction_heads_a_section(heading, role):
    assert read_heading(heading).role == role


def test_a_stated_name_read_only_fuzzily_yields_to_the_process_words_not_to_a_guess():
    from pipeline.run.normalize import normalize_touchpoints
    head = ["№", "Направление деятельности", "Процесс", "Точка взаимодействия", "Взаимодействие", "Тип точки"]
    text = "\n".join(["\t".join(head),
                      # a misspelt name (read fuzzily), a process nothing reads: the name's reading stays
                      "1\tРассмотрение обрщений\tОрганизация досуга\tСайт\tИнформирование\tЦифровая",
                      # the same name, a process a rule reads: the process's words win
                      "2\tРассмотрение обрщений\tПлановая выездная проверка\tТелефон\tКонсультирование\tОфлайн"])
    rows, review = normalize_touchpoints("doc", extract_touchpoints(parse_text(text + "\n"))[0])
    assert [r["direction"] for r in rows] == ["appeals", "control"]
    assert all(r["score"] < 0.85 for r in review if r["field"] == "direction")


def test_a_long_direction_name_set_apart_as_a_heading_still_heads_its_rows():
    long_name = ("Предоставление мер государственной (социальной) поддержки, компенсаций и выплат "
                 "отдельным категориям граждан, проживающих в районах Крайнего Севера и приравненных к ним местностях")
    assert read_heading(long_name).role == "skip"             # a plain, unlabelled line that long is text
    assert read_heading(f"Раздел 2. {long_name}", set_apart=True).title == long_name
    tsv = "\t".join(HEAD)
    recs, _ = extract_touchpoints(parse_text("\n".join([
        tsv, "**Раздел 1. Работа с обращениями**",
        "1\tРассмотрение жалоб\tТелефон\tКонсультирование\tОфлайн",
        f"**Раздел 2. {long_name}**",
        "1\tВыплата компенсаций\tЕПГУ\tПодача заявления\tЦифровая"]) + "\n"))
    assert [(r["group_no"], r["direction_raw"]) for r in recs] == [("1", "Работа с обращениями"), ("2", long_name)]


@pytest.mark.parametrize("text, role", [
    ("2. Контроль за исполнением настоящего приказа оставляю за собой.", "skip"),
    ("Контроль за исполнением настоящего распоряжения возложить на заместителя министра", "skip"),
    ("Признать утратившим силу пункт 3 настоящего постановления", "skip"),
    # a direction naming control is still one: no act names itself in it
    ("Контроль за исполнением предписаний", "direction"),
    ("Государственный контроль (надзор) в сфере образования", "direction")])
def test_a_line_naming_its_own_act_heads_no_rows(text, role):
    """An order's clause above its table names the act it stands in («настоящего приказа»): the
    order's text, never a direction of the rows under it (its words would read as control)."""
    assert read_heading(text).role == role
