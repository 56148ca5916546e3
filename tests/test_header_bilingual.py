"""Header cells read by their parts (issue 17): a second state language, separators, brackets,
footnote marks; columns no field of the contract holds; a two-row header over a numbers row.

Republics publish acts in Russian and their own language: a header cell then names its column
twice — on two lines of the cell, after a slash or in brackets, Russian first or second (the
republics' bilingual forms: «Наименование / Исеме», the form's own language first on a
republic's letterhead).  The non-Russian words below are this file's own, in Tatar, Bashkir,
Chuvash and Yakut spelling (letters ә ө ү җ ң һ, ҡ ғ ҙ ҫ, ă ĕ ç, ҕ ҥ; and words with none of
them, «аата», that no Russian morphology knows).  parsers/tables/header_parts.py,
parsers/tables/columns.py (`field_scores`), parsers/data/columns.yaml (`point_details`)."""
from __future__ import annotations

import pytest
from docx import Document as new_docx

from normalizers.direction_names import read_direction
from parsers.extract.metadata import read_metadata
from parsers.extract.touchpoints import extract_touchpoints
from parsers.formats import docx as docx_reader
from parsers.formats.text import parse_text
from parsers.tables.columns import field_scores, map_columns
from parsers.tables.header_parts import russian_only, variants
from tests.fixtures.grid_docx import grid_docx

KIND = "touchpoint_list"
ROWS = [["1", "Государственная регистрация", "Выдача свидетельства", "Региональный портал госуслуг", "Цифровая",
         "внешний", "Подать заявление и получить свидетельство"],
        ["2", "Кадровое обеспечение", "Оформление отпуска", "Кадровая служба", "Офлайн", "внутренний",
         "Получить консультацию по оформлению отпуска"]]
WANT = [("Государственная регистрация", "Региональный портал госуслуг", "Подать заявление и получить свидетельство"),
        ("Кадровое обеспечение", "Кадровая служба", "Получить консультацию по оформлению отпуска")]
# the names of the columns, and each one's second-language line (Tatar)
HEAD_RU = ["№ п/п", "Направление деятельности", "Процесс", "Точка взаимодействия", "Тип точки",
           "Клиент (внешний/внутренний)", "Потребность клиента"]
HEAD_TT = ["", "Эшчәнлек юнәлеше", "Процесс", "Хезмәттәшлек ноктасы", "Нокта төре", "Клиент (тышкы/эчке)",
           "Кулланучы ихтыяҗы"]


def _records(doc):
    return [(r["direction_raw"], r["touchpoint_raw"], r["interaction_raw"]) for r in extract_touchpoints(doc)[0]]


@pytest.mark.parametrize("cell, russian", [
    ("Направление деятельности / Эшчәнлек юнәлеше", "Направление деятельности"),   # Tatar after a slash
    ("Эшчәнлек юнәлеше / Направление деятельности", "Направление деятельности"),   # ... or before it
    ("Точка взаимодействия Хезмәттәшлек ноктасы", "Точка взаимодействия"),     # two lines joined by the reader
    ("Хеҙмәттәшлек нөктәһе | Канал взаимодействия", "Канал взаимодействия"),   # Bashkir, a bar
    ("Наименование процесса (Процесстың исеме)", "Наименование процесса"),     # in brackets
    ("Ятĕ / Наименование процесса", "Наименование процесса"),                  # Chuvash in Latin look-alikes
    ("Потребности клиента\nКулланучы ихтыяҗлары", "Потребности клиента"),
    ("Тип точки взаимодействия / Түгэл аата", "Тип точки взаимодействия"),    # Yakut: «аата» has no letter of its own
])
def test_a_second_language_does_not_dilute_the_name(cell, russian):
    alone = field_scores(KIND, russian)
    field = max(alone, key=alone.get)
    scores = field_scores(KIND, cell)
    assert max(scores, key=scores.get) == field
    assert scores[field] == pytest.approx(alone[field])


def test_words_of_another_language_are_left_out_and_russian_ones_kept():
    keep = frozenset()
    assert russian_only("Точка взаимодействия Хезмәттәшлек ноктасы", keep) == "Точка взаимодействия"
    assert russian_only("Клиент (тышкы/эчке)", keep) == "Клиент"
    # words cut short and words the morphology knows are never taken for another language's
    assert russian_only("Наим. точки вз-ия", keep) == "Наим. точки вз-ия"
    assert russian_only("Канал связи", keep) == "Канал связи"


def test_a_data_cell_is_not_taken_apart():
    """Every row is asked whether it repeats the header: a long cell is scored as it is."""
    long = ("Подать заявление на получение лицензии через региональный портал / получить результат "
            "в личном кабинете и узнать о ходе рассмотрения заявления (в электронной форме)")
    assert variants(long, frozenset()) == []


def test_footnote_marks_glued_to_a_header_word():
    """Converted text writes a superscript footnote mark as a digit glued to the word."""
    assert field_scores(KIND, "Наименование процесса1") == {"process": 1.0}
    assert field_scores(KIND, "Потребность¹") == {"interaction": 1.0}


@pytest.mark.parametrize("header, want", [
    # a client column saying who is served is no field: it neither heads nor steals one
    (["№", "Процесс", "Клиент (внешний / внутренний)", "Канал", "Потребность"],
     {"client_category": 2, "touchpoint": 3, "interaction": 4}),
    (["№", "Процесс", "Внешний / внутренний клиент", "Канал", "Потребность"],
     {"client_category": 2, "touchpoint": 3, "interaction": 4}),
    # who answers for a point, where and when it works: no field, and never the touchpoints
    (["№", "Процесс", "Ответственный за точку взаимодействия", "Канал связи", "Цель обращения", "Режим работы"],
     {"point_details": 2, "touchpoint": 3, "interaction": 4}),
])
def test_columns_with_no_field_are_recognised(header, want):
    got = map_columns(KIND, header)
    assert {f: got.get(f) for f in want} == want


def test_two_columns_with_no_field_steal_none():
    """One kind is given one column: the second such column is left unread, never the touchpoints."""
    header = ["№", "Процесс", "Режим работы точки взаимодействия", "Способ (канал) взаимодействия", "Ссылка",
              "Потребность"]
    got = map_columns(KIND, header)
    assert (got["touchpoint"], got["interaction"], got["point_details"]) == (3, 5, 4)
    assert 2 not in got.values()


def test_bilingual_header_on_two_lines_of_a_word_cell(tmp_path):
    head = [f"{ru}\n{tt}" if tt else ru for ru, tt in zip(HEAD_RU, HEAD_TT)]
    doc = docx_reader.read(grid_docx(tmp_path / "tt.docx", [head, *ROWS], title="Перечень точек взаимодействия"))
    assert _records(doc) == WANT


def test_bilingual_header_after_slashes_in_converted_text():
    head = [f"{ru} / {tt}" if tt else ru for ru, tt in zip(HEAD_RU, HEAD_TT)]
    lines = ["Перечень точек взаимодействия", "", "\t".join(head), *("\t".join(r) for r in ROWS)]
    assert _records(parse_text("\n".join(lines) + "\n")) == WANT


def test_language_first_then_russian_in_converted_text():
    """The republic's language first on the line, Russian after it (Bashkir order)."""
    ba = ["", "Эшмәкәрлек йүнәлеше", "Процесс", "Хеҙмәттәшлек нөктәһе", "Нөктә төрө", "Клиент (тышҡы/эске)",
          "Ҡулланыусы ихтыяжы"]
    head = [f"{b} / {ru}" if b else ru for ru, b in zip(HEAD_RU, ba)]
    lines = ["Перечень точек взаимодействия", "", "\t".join(head), *("\t".join(r) for r in ROWS)]
    assert _records(parse_text("\n".join(lines) + "\n")) == WANT


def test_extra_columns_dropped_in_a_word_table(tmp_path):
    # «Канал связи» is named by half its words, as «…за точку взаимодействия» was by the touchpoint's
    head = ["№", "Направление деятельности", "Процесс", "Ответственный за точку взаимодействия",
            "Канал связи", "Режим работы", "Потребности клиента"]
    rows = [[r[0], r[1], r[2], "Отдел кадров", r[3], "пн–пт 9:00–18:00", r[6]] for r in ROWS]
    doc = docx_reader.read(grid_docx(tmp_path / "extra.docx", [head, *rows], title="Перечень точек взаимодействия"))
    assert _records(doc) == WANT


def _two_rows_docx(path):
    """«Точка взаимодействия» spanning «наименование» | «тип», and a numbers row under the header."""
    d = new_docx()
    d.add_paragraph("Перечень точек взаимодействия")
    head = ["№ п/п", "Направление деятельности", "Процесс", "Точка взаимодействия", "", "Потребности клиента"]
    subs = ["", "", "", "наименование", "тип", ""]
    t = d.add_table(rows=3 + len(ROWS), cols=6)
    t.style = "Table Grid"
    for j in (0, 1, 2, 5):
        t.cell(0, j).merge(t.cell(1, j)).text = head[j]
    t.cell(0, 3).merge(t.cell(0, 4)).text = head[3]
    for j in (3, 4):
        t.cell(1, j).text = subs[j]
    for j in range(6):
        t.cell(2, j).text = str(j + 1)
    for i, r in enumerate(ROWS):
        for j, text in enumerate([r[0], r[1], r[2], r[3], r[4], r[6]]):
            t.cell(3 + i, j).text = text
    d.save(path)
    return path


def test_two_row_header_over_a_numbers_row(tmp_path):
    """header_rows reads the group over its sub-headings; the numbers row under them is no data row."""
    doc = docx_reader.read(_two_rows_docx(tmp_path / "two.docx"))
    recs = extract_touchpoints(doc)[0]
    assert _records(doc) == WANT
    assert [r["point_type_raw"] for r in recs] == ["Цифровая", "Офлайн"]


def test_a_client_column_naming_the_internal_client_is_the_direction_of_last_resort(tmp_path):
    """No direction column, row or title: «внутренний» in the client column says the internal
    client's direction; an external client says none (the process's meaning decides)."""
    head = [HEAD_RU[0], *HEAD_RU[2:]]
    rows = [[r[0], *r[2:]] for r in ROWS]
    doc = docx_reader.read(grid_docx(tmp_path / "client.docx", [head, *rows], title="Перечень точек взаимодействия"))
    got = [r["direction_raw"] for r in extract_touchpoints(doc)[0]]
    assert got == [None, "Клиент: внутренний"]
    assert read_direction(got[1]).code == "internal_hr"


def test_a_direction_column_wins_over_the_client_column(tmp_path):
    doc = docx_reader.read(grid_docx(tmp_path / "both.docx", [HEAD_RU, *ROWS], title="Перечень точек взаимодействия"))
    assert [r["direction_raw"] for r in extract_touchpoints(doc)[0]] == [ROWS[0][1], ROWS[1][1]]


@pytest.mark.parametrize("kind_line", ["ПРИКАЗ                    БОЕРЫК", "БОЙОРОҠ          ПРИКАЗ"])
def test_the_acts_kind_in_both_state_languages_is_a_kind_line(kind_line):
    """A republic's blank prints the kind beside its other name: the letterhead above it is no title."""
    lines = ["МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ РЕСПУБЛИКИ ТАТАРСТАН", "ТАТАРСТАН РЕСПУБЛИКАСЫ СӘЛАМӘТЛЕК САКЛАУ МИНИСТРЛЫГЫ",
             kind_line, "", "от 12.03.2024 № 45", "", "Об утверждении перечня точек взаимодействия", "",
             "В целях повышения качества обслуживания ПРИКАЗЫВАЮ:", "1. Утвердить прилагаемый перечень."]
    meta, _ = read_metadata(parse_text("\n".join(lines) + "\n"))
    assert (meta["title"], meta["order_number"]) == ("Об утверждении перечня точек взаимодействия", "45")


@pytest.mark.parametrize("top, subs", [
    (["№ п/п", "Направление деятельности", "Процесс", "Точка взаимодействия", "", "Потребности клиента"],
     ["", "", "", "наименование", "тип", ""]),
    # the group and its sub-headings in both languages
    (["№ п/п", "Направление деятельности / Эшчәнлек юнәлеше", "Процесс / Процесс исеме",
      "Точка взаимодействия / Хезмәттәшлек ноктасы", "", "Потребности клиента / Кулланучы ихтыяҗлары"],
     ["", "", "", "наименование / исеме", "тип / төре", ""]),
])
def test_two_row_header_over_a_numbers_row_in_converted_text(top, subs):
    """Converted text keeps no spans: the group's empty cell after it, the sub-headings under it."""
    lines = ["Перечень точек взаимодействия", "", "\t".join(top), "\t".join(subs), "\t".join(str(j) for j in range(1, 7)),
             *("\t".join([r[0], r[1], r[2], r[3], r[4], r[6]]) for r in ROWS)]
    doc = parse_text("\n".join(lines) + "\n")
    assert _records(doc) == WANT
    assert [r["point_type_raw"] for r in extract_touchpoints(doc)[0]] == ["Цифровая", "Офлайн"]
