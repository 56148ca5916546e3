"""Tables copied as text out of ГАРАНТ's web versions: a cell per line closed by « |», rows
running on.  The fixtures in tests/fixtures/text_cells/ were composed by hand in that form
(the shapes of real copies: the numbers row, a full-width row as one cell or with the other
columns' bars, a lone «|» for an empty cell, a cell of several paragraphs); the expected
values below are read off them."""
from __future__ import annotations

from pathlib import Path

import pytest

from parsers.document import Paragraph, Table
from parsers.formats.text import parse_text, read

FIX = Path(__file__).resolve().parent / "fixtures" / "text_cells"


def _blocks(name):
    return read(FIX / name).blocks


def _tables(name):
    return [b for b in _blocks(name) if isinstance(b, Table)]


@pytest.fixture(scope="module")
def processed():
    from pipeline.run.process import process_path
    cache = {}
    return lambda name: cache.setdefault(name, process_path(FIX / name))


def test_touchpoint_list_rows_cells_and_full_width_rows():
    (table,) = _tables("garant_touchpoints.txt")
    assert table.rows[0].is_header and table.rows[0].texts == [
        "N п/п", "Наименование процесса", "Точка взаимодействия",
        "Осуществляемое взаимодействие с клиентом", "Тип точки"]
    # the numbers row (lines 26-30) is skipped; a direction row printed as one cell spans the row
    assert [r.source.line for r in table.rows] == [21, 31, 32, 38, 43, 48, 49]
    heading = table.rows[1]
    assert heading.texts[0] == 'Направление деятельности "Социальная поддержка семей с детьми"'
    assert [c.covered for c in heading.cells] == [False, True, True, True, True]
    # a cell of two paragraphs is one cell; a lone "|" is an empty (merged) process cell
    assert table.rows[2].texts[3] == ("Подача заявления в электронной форме; "
                                      "получение уведомления о ходе рассмотрения")
    assert table.rows[3].texts == ["2", "", "Многофункциональный центр", "Подача заявления и документов", "Офлайн"]
    # the second direction row is printed with the other columns' bars: the same full-width row
    assert table.rows[5].texts[0] == 'Направление деятельности "Реабилитация инвалидов"'
    assert [c.covered for c in table.rows[5].cells] == [False, True, True, True, True]
    assert table.rows[6].texts == ["4", "Обеспечение техническими средствами реабилитации",
                                   "Личный прием в управлении социальной защиты",
                                   "Подача заявления; получение результата", "Офлайн"]


def test_text_around_the_table_stays_prose():
    blocks = _blocks("garant_touchpoints.txt")
    paras = {b.source.line: b.text for b in blocks if isinstance(b, Paragraph)}
    # the signature block (a table of its own in the database) becomes its cells' paragraphs
    assert paras[12] == "Министр" and paras[14] == "И.И. Иванов" and 13 not in paras
    assert paras[19] == "Перечень" and paras[55] == "Примечание: перечень актуализируется ежегодно."


def test_touchpoint_list_codes(processed):
    res = processed("garant_touchpoints.txt")
    rows = res.touchpoints
    assert [r["source_locator"] for r in rows] == ["line 32", "line 38", "line 43", "line 49"]
    assert [r["direction_raw"] for r in rows] == ['Направление деятельности "Социальная поддержка семей с детьми"'] * 3 + [
        'Направление деятельности "Реабилитация инвалидов"']
    # the merged process cell: row 2 is the process above it
    assert rows[1]["process"] == "Назначение ежемесячной выплаты на ребенка"
    assert [r["channel"] for r in rows] == ["gosuslugi", "mfc", "phone", "personal_reception"]
    assert rows[0]["needs"] == ["submission", "status"] and rows[3]["needs"] == ["submission", "result"]
    doc = res.document
    # the database's title line above the act is not the title; the act's own header is read
    assert doc["title"] == "Об утверждении перечня точек взаимодействия с клиентами"
    assert (doc["order_number"], str(doc["order_date"])) == ("112-од", "2025-02-14")
    assert doc["authority"] == "Министерство социальной защиты населения Энской области"


def test_same_rows_as_the_tab_separated_copy(processed):
    """The list read from the cell-per-line form gives the touchpoints the tab-separated copy
    of the same table gives (written out by hand below)."""
    from parsers.extract.touchpoints import extract_touchpoints
    tsv = "\n".join([
        "N п/п\tНаименование процесса\tТочка взаимодействия\tОсуществляемое взаимодействие с клиентом\tТип точки",
        'Направление деятельности "Социальная поддержка семей с детьми"\t\t\t\t',
        "1\tНазначение ежемесячной выплаты на ребенка\tЕдиный портал государственных услуг\t"
        "Подача заявления в электронной форме; получение уведомления о ходе рассмотрения\tЦифровая",
        "2\t\tМногофункциональный центр\tПодача заявления и документов\tОфлайн",
        "3\tВыдача справки о признании семьи малоимущей\tТелефон горячей линии\tПолучение консультации\tЦифровая",
        'Направление деятельности "Реабилитация инвалидов"\t\t\t\t',
        "4\tОбеспечение техническими средствами реабилитации\tЛичный прием в управлении социальной защиты\t"
        "Подача заявления; получение результата\tОфлайн"])
    # (the lines a cell's author wrote travel beside the raw columns: the tab-separated copy has none)
    strip = lambda recs: [{k: v for k, v in r.items()  # noqa: E731
                           if not k.startswith("source") and not k.endswith("_lines")} for r in recs]
    want, _ = extract_touchpoints(parse_text(tsv))
    got, _ = extract_touchpoints(read(FIX / "garant_touchpoints.txt"))
    assert len(got) == 4 and strip(got) == strip(want)
    # the copy prints a paragraph a line: the cell of two lines keeps them (written_lines.py)
    assert got[0]["interaction_lines"] == "Подача заявления в электронной форме;\nполучение уведомления о ходе рассмотрения"
    assert "interaction_lines" not in want[0]


def test_roadmap_repeated_header_skipped_and_sections(processed):
    (table,) = _tables("garant_roadmap.txt")
    assert [r.texts[0] for r in table.rows] == ["N п/п", "I. Организационные мероприятия", "1.1", "1.2",
                                                "II. Обратная связь", "2.1"]
    rows = processed("garant_roadmap.txt").roadmap
    # the Roman-numbered full-width rows are the sections heading their items
    assert [(i["item_no"], i["is_section"]) for i in rows] == [
        ("I", True), ("1.1", False), ("1.2", False), ("II", True), ("2.1", False)]
    items = [i for i in rows if not i["is_section"]]
    assert items[0]["deadline_raw"] == "до 1 апреля 2025 г." and items[0]["responsible_raw"] == "отдел кадров"
    assert items[2]["activity"] == "Проведение опроса удовлетворенности клиентов качеством взаимодействия"
    assert items[2]["deadline_raw"] == "ежеквартально" and items[2]["source_locator"] == "line 33"


def test_procedure_appendix_table(processed):
    res = processed("garant_procedure.txt")
    got = [(i["list_kind"], i["text_raw"]) for i in res.procedure_items]
    assert got == [("direction", "Содействие занятости населения"),
                   ("channel_digital", "Единый портал государственных услуг"),
                   ("channel_digital", "официальный сайт"),
                   ("channel_offline", "Центр занятости населения"),
                   ("need", "Подача заявления"), ("need", "получение консультации"),
                   ("direction", "Трудовая миграция"), ("channel_offline", "Личный прием"),
                   ("need", "Получение информации")]
    assert "procedure" in res.document["kinds"]
    assert res.document["order_number"] == "77"


def test_a_lost_cell_does_not_shift_the_rows_after_it():
    (table,) = _tables("garant_broken.txt")
    body = table.rows[1:]
    assert [r.texts[0] for r in body] == ["1", "2", "3", "4"]
    # row 2 lost its need cell: padded at the end, rows 3 and 4 keep their columns
    assert body[1].texts == ["2", "Электронная почта", "Цифровая", ""]
    assert body[2].texts == ["3", "Почтовая связь", "Направление письменного обращения", "Офлайн"]
    assert body[3].texts == ["4", "Личный прием граждан", "Получение консультации", "Офлайн"]


def test_prose_with_bars_is_no_table():
    blocks = _blocks("prose_bars.txt")
    paras = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert "2. Канал указывается в графе |" in paras and "Итого по разделу |" in paras
    # the markdown rows (one line a row) are text_grid's, not read as cells closed by bars
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert [r.texts for r in table.rows] == [["Графа", "Значение"], ["1", "наименование"]]


MULTI_LEVEL = """Показатели
N |
Наименование показателя |
Единица измерения |
Значение показателя |
|
2024 год |
2025 год |
|||
1 |
2 |
3 |
4 |
5 |
Цель: доступность услуг | ||||
1. |
Доля обращений, рассмотренных в срок |
процентов |
95 |
100 |
"""


def test_multi_level_header_from_the_numbers_row():
    (table,) = [b for b in parse_text(MULTI_LEVEL).blocks if isinstance(b, Table)]
    top, sub = table.rows[:2]
    assert top.texts == ["N", "Наименование показателя", "Единица измерения", "Значение показателя", ""]
    assert top.cells[4].covered and not top.cells[3].covered
    # the sub-row sits under the spanning cell; the columns left of it are merged down
    assert sub.texts == ["", "", "", "2024 год", "2025 год"] and all(c.covered for c in sub.cells[:3])
    assert table.rows[2].texts[0] == "Цель: доступность услуг" and all(c.covered for c in table.rows[2].cells[1:])
    assert table.rows[3].texts == ["1.", "Доля обращений, рассмотренных в срок", "процентов", "95", "100"]


def test_database_notes_above_a_list_without_its_act(processed):
    """A copy of the list alone: the database's title line gives the act; its notes (the
    amendments' dates, the edition note naming the amending act, the editor's note) are
    dropped, their dates and numbers are other acts'."""
    blocks = _blocks("garant_list_only.txt")
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert texts[1:3] == ["Перечень", "точек взаимодействия с клиентами"]
    assert texts[0].startswith("Приказ Министерства") and len(texts) == 4
    doc = processed("garant_list_only.txt").document
    assert (doc["order_number"], str(doc["order_date"])) == ("112-од", "2025-02-14")
    assert doc["title"] == "Перечень точек взаимодействия с клиентами"
    assert len(processed("garant_list_only.txt").touchpoints) == 4


def test_a_real_copy_spanning_header_cell_by_its_words():
    """tests/data/real/tune/vladimir_governor_18_app3.txt, a ГАРАНТ copy: «Срок» spans «начала
    реализации» | «окончания реализации», though the database prints its covered position at
    the end of the top row; the subprogramme row is one text after an empty number cell."""
    real = FIX.parent.parent / "data" / "real" / "tune" / "vladimir_governor_18_app3.txt"
    (table,) = [b for b in read(real).blocks if isinstance(b, Table)]
    top, sub = table.rows[:2]
    assert top.texts[3:5] == ["Срок", ""] and top.cells[4].covered
    assert top.texts[5].startswith("Ожидаемый результат")
    assert sub.texts[3:5] == ["начала реализации", "окончания реализации"]
    section = table.rows[2]
    assert section.texts[1].startswith("Подпрограмма") and all(c.covered for c in section.cells[2:])
    assert table.rows[3].texts[:5] == ["1", 'Основное мероприятие 1 "Развитие элитного семеноводства"',
                                       "Департамент сельского хозяйства и продовольствия администрации области",
                                       "2013 г.", "2020 г."]


def test_a_list_with_no_row_numbers_by_its_header_words(processed):
    (table,) = _tables("garant_unnumbered.txt")
    assert table.rows[0].texts == ["Наименование процесса", "Канал взаимодействия", "Потребность клиента", "Тип точки"]
    # «Предоставление государственной услуги …» shares a word with a column's name, not a header cell
    assert [r.source.line for r in table.rows] == [2, 6, 10, 14]
    rows = processed("garant_unnumbered.txt").touchpoints
    assert [(r["channel"], r["needs"]) for r in rows] == [("gosuslugi", ["submission"]),  # РПГУ: `gosuslugi` (CONTRACT)
                                                         ("personal_reception", ["result"]),
                                                         ("email", ["submission"])]


def test_a_copy_with_blank_lines_and_crlf_gives_the_same_rows():
    """Browsers copy paragraphs with blank lines between them, and Windows ends lines with CRLF
    and trailing spaces: the same rows come out."""
    text = (FIX / "garant_touchpoints.txt").read_text(encoding="utf-8")
    want = [r.texts for r in _tables("garant_touchpoints.txt")[0].rows]
    for copy in (text.replace("\n", "\n\n"), text.replace(" |\n", " |  \r\n")):
        (table,) = [b for b in parse_text(copy).blocks if isinstance(b, Table)]
        assert [r.texts for r in table.rows] == want


def test_a_run_cut_many_times_is_tokenised_once(monkeypatch):
    """Prose then a header, over and over: one run cut at every header.  The run is read once
    (re-reading it from every cut made a long document quadratic)."""
    import parsers.formats.text_cells_rows as rows_mod
    calls = []
    real = rows_mod.next_run
    monkeypatch.setattr(rows_mod, "next_run", lambda *a: calls.append(a[1]) or real(*a))
    parts = []
    for i in range(200):
        parts += [f"Абзац {i} о порядке работы", "N п/п |", "Точка взаимодействия |", "Тип точки |"]
    doc = parse_text("\n".join(parts))
    assert calls == [0, len(parts)]              # the run, then nothing after it
    paras = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert paras[:2] == ["Абзац 0 о порядке работы", "N п/п"] and len(paras) == 800


def test_a_long_line_of_spaces_closes_its_cell():
    # a backtracking regex took tens of seconds here: the time is shown by
    # benchmarks/bench_hostile_inputs.py
    from parsers.formats.text_cells import closing
    assert closing(" " * 60_000 + "x |") == ("x", 1)
    assert closing(" " * 60_000 + "x | y |") is None and closing("  |  | ") == ("", 2)
    assert closing("a |\t||") == ("a", 3) and closing("a") is None


def test_a_short_last_row_before_the_next_table_loses_nothing():
    # the first table's last row lost a cell; the caption and the second table's header follow
    text = "\n".join(["№ п/п |", "Наименование процесса |", "Точка взаимодействия |", "1 |", "2 |", "3 |",
                      "1 |", "Назначение выплаты |", "Портал госуслуг |", "2 |", "Выдача справки |",
                      "Перечень каналов связи", "№ п/п |", "Наименование процесса |", "Канал взаимодействия |",
                      "1 |", "2 |", "3 |", "1 |", "Прием заявления |", "МФЦ |"]) + "\n"
    blocks = parse_text(text).blocks
    first, second = [b for b in blocks if isinstance(b, Table)]
    assert first.rows[-1].texts == ["2", "Выдача справки", ""]
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["Перечень каналов связи"]
    assert [r.texts for r in second.rows] == [["№ п/п", "Наименование процесса", "Канал взаимодействия"],
                                              ["1", "Прием заявления", "МФЦ"]]
    assert second.source.line == 13


def test_a_heading_cell_past_row_99_does_not_shift_the_rows():
    lines = ["№ п/п |", "Наименование процесса |", "Точка взаимодействия |", "1 |", "2 |", "3 |"]
    for i in (98, 99, 100):
        lines += [f"{i} |", f"Процесс {i} |", "МФЦ |"]
    lines += ['Направление деятельности "Опека" |']                 # a full-width row printed as one cell
    for i in (101, 102):
        lines += [f"{i} |", f"Процесс {i} |", "Портал |"]
    (table,) = [b for b in parse_text("\n".join(lines) + "\n").blocks if isinstance(b, Table)]
    assert [r.texts for r in table.rows[3:]] == [
        ["100", "Процесс 100", "МФЦ"], ['Направление деятельности "Опека"', "", ""],
        ["101", "Процесс 101", "Портал"], ["102", "Процесс 102", "Портал"]]
    assert [c.covered for c in table.rows[4].cells] == [False, True, True]


def test_a_stamp_and_title_printed_as_the_tables_first_rows():
    """The appendix's stamp and the list's title are the table's first rows in the act, so the
    copy prints them as cells before «N п/п»: they are prose above the header, not columns; a
    labelled direction row with a short name (its words name a column) is a full-width row."""
    blocks = _blocks("garant_stamp_in_table.txt")
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert table.rows[0].is_header and table.rows[0].texts == [
        "N п/п", "Наименование процесса", "Точка взаимодействия", "Тип точки", "Потребности клиента"]
    assert table.rows[1].texts[0] == "Направление деятельности: «Лицензирование»"
    assert [c.covered for c in table.rows[1].cells] == [False, True, True, True, True]
    assert table.rows[2].texts == ["1.", "Выдача лицензий на пользование недрами",
                                   "Единый портал государственных услуг", "Цифровая",
                                   "Подать заявление; узнать о ходе рассмотрения"]
    assert table.rows[3].texts == ["2.", "", "Приемная министерства, каб. 104", "Офлайн", "Получить лицензию"]
    assert table.rows[4].texts[0] == "Направление деятельности: «Экология»"
    assert table.rows[5].texts[:3] == ["3.", "Государственная экологическая экспертиза", "Электронная почта"]
    paras = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert "от 3 марта 2025 г. N 112-п" in paras
    assert any(p.startswith("Перечень точек взаимодействия Министерства природных") for p in paras)


def test_a_procedures_appendix_table_a_list_a_column(processed):
    """A procedure's lists in an appendix table, a list a column, its header every cell a list
    kind and its body no row numbers and empty cells (a lone «|»): a cell alone in a row's
    second column is that column's item, not a full-width row."""
    (table,) = _tables("garant_procedure_appendix.txt")
    assert table.rows[0].is_header and len(table.rows) == 5
    assert table.rows[3].texts == ["", "Региональный портал государственных услуг", "", ""]
    assert not any(c.covered for c in table.rows[3].cells)      # no heading spanning the row
    items = processed("garant_procedure_appendix.txt").procedure_items
    got = {(i["list_kind"], i["text_raw"]) for i in items}
    assert {("direction", "Организационные процессы"), ("direction", "Охрана труда"),
            ("channel_digital", "Региональный портал государственных услуг"),
            ("channel_offline", "Почтовая связь"), ("need", "Получение результата")} <= got
    assert len(items) == 10
    res = processed("garant_procedure_appendix.txt")
    assert res.document["kinds"] == ["procedure"] and not res.touchpoints     # no touchpoint list


def test_a_run_of_prose_cells_is_not_lemmatised_for_a_kinds_header(monkeypatch):
    """The kinds header is looked for at every paragraph of a cell-per-line run: a first cell
    naming no list kind settles it without scoring the cell after (lemmas, per paragraph)."""
    from parsers.formats import text_cells_rows as rows
    from parsers.formats.text_cells import CellText
    seen = []
    monkeypatch.setattr(rows, "_header_like", lambda text, least=0.0: seen.append(text) or False)
    cells = [CellText(t, i, i) for i, t in enumerate(["Иванов Петр Сергеевич", "заместитель министра", "подпись"])]
    assert rows._kinds_header(cells) == 0
    assert seen == []
    head = [CellText(t, i, i) for i, t in enumerate(["Направление деятельности", "Цифровые каналы", "Охрана труда",
                                                      "Официальный сайт", "Занятость", "Портал"])]
    assert rows._kinds_header(head) == 2 and seen == ["Охрана труда"]


@pytest.mark.parametrize("title", ["ПЕРЕЧЕНЬ ТОЧЕК ВЗАИМОДЕЙСТВИЯ", "Перечень точек взаимодействия с клиентами"])
def test_a_short_title_above_the_header_names_a_column_yet_stays_prose(title):
    """A list's title short enough to read as a column's name («Перечень точек взаимодействия»)
    printed as a cell before «N п/п»: the ordinal column is the table's first, so the title is
    still prose above the header, not a column."""
    text = (FIX / "garant_stamp_in_table.txt").read_text(encoding="utf-8").replace(
        "Перечень точек взаимодействия Министерства природных ресурсов и экологии Примерной области с клиентами",
        title)
    blocks = parse_text(text).blocks
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert table.rows[0].texts == ["N п/п", "Наименование процесса", "Точка взаимодействия", "Тип точки",
                                   "Потребности клиента"]
    assert title in [b.text for b in blocks if isinstance(b, Paragraph)]


def test_row_one_short_of_a_cell_keeps_the_headers_last_column():
    """Row 1 lost a cell (its next row's number comes one cell early): the header is still
    five columns — its last cell names a column whole, so it is no full-width row printed
    between the header and row 1."""
    lines = ["N п/п |", "Наименование процесса |", "Точка взаимодействия |", "Тип точки |", "Потребности клиента |",
             "1. |", "Выдача лицензий |", "Портал |", "Цифровая |"]
    for i in range(2, 5):
        lines += [f"{i}. |", f"Процесс {i} |", "МФЦ |", "Офлайн |", f"Получить справку {i} |"]
    (table,) = [b for b in parse_text("\n".join(lines) + "\n").blocks if isinstance(b, Table)]
    assert table.rows[0].texts[-1] == "Потребности клиента" and len(table.rows) == 5
    assert table.rows[2].texts == ["2.", "Процесс 2", "МФЦ", "Офлайн", "Получить справку 2"]


def test_a_numbered_full_width_row_whose_words_name_a_column_is_no_header_cell():
    """«I. Процессы предоставления услуг (сервисов) |» right after the header and before row «1.1.»: a
    section of the plan printed as one cell, though «процессы … услуг» names a touchpoint list's column —
    the header keeps its five cells and every row its own (before, the section made a sixth header cell
    and the rows after it ran into one another)."""
    head = ["N п/п", "Наименование мероприятия", "Ответственный исполнитель", "Соисполнители", "Срок исполнения"]
    rows = [["I. Процессы предоставления услуг (сервисов)"],
            ["1.1.", "Разработать порядок получения обратной связи", "Гумерова Р.Р.", "–", "в течение 2025 года"],
            ["II. Общеорганизационные мероприятия"],
            ["2.1.", "Закрепить ответственность за внедрение стандарта", "Ягудина А.Р.", "подведомственные учреждения",
             "в течение 2026 года"],
            ["2.2.", "Описать целевое состояние процессов", "Юсупов А.М.", "–", "до конца 2026 года"]]
    text = "План мероприятий («дорожная карта»)\n\n" + "".join(f"{c} |\n" for c in head) + \
        "".join(f"{c} |\n" for r in rows for c in r)
    table = next(iter(parse_text(text).tables()))
    got = [[c.text for c in r.cells if c.text] for r in table.rows]
    assert got == [head, *rows]
